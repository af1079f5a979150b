"""Both PDF readers give the same tables, sections and records.

pdfium (the default) and pdfplumber (the reference) read every sample and every document of
the real development set (bench/real/pdfs); what each gives is compared as it would be
exported: each table's cells, each section (heading path, text, pages), each record's
fields. Every file that differs
is listed in DIFFERENT with the reason, read from its rendered page; a listed file that no
longer differs fails too, so that the list only shrinks.
"""

from __future__ import annotations

import dataclasses
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from councilplans.extractors import extract
from councilplans.normalise import normalise

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted((ROOT / "samples").glob("*.pdf")) + sorted((ROOT / "bench/real/pdfs").glob("*.pdf"))

DIFFERENT = {
    "plan-fenland-lds-2025-03.pdf": (
        "pdfplumber joins the last two paragraphs in page 1's shaded box ('The Council has "
        "adopted several SPDs ...', 'More information on ...') into one; pdfium keeps them "
        "apart, as the page prints them"
    ),
    "wsx-crawley-falls-action-pack-p3-10-14.pdf": (
        "page 2's 'Sussex MSK Health provide advice': pdfminer gives no space char between "
        "'Health' and 'provide' (a gap of 2.1 pt, under the word gap), so pdfplumber reads "
        "'Healthprovide'; pdfium gives the space char, and reads 'Health provide'"
    ),
    "wsx-dementia-strategy-2020-23-p11-39.pdf": (
        "page 5's pie chart labels its slices in white on small dark boxes whose fill "
        "pdfminer reads as no colour: pdfplumber drops the labels as white on white, pdfium "
        "reads them ('35%', '39%', '26%'), and they join the page's paragraphs"
    ),
}


@cache
def reading(path: Path, reader: str) -> dict[str, Any]:
    doc = extract(path, settings={"reader": reader})
    norm = normalise(doc)
    return {
        "tables": [(t.grid(), t.spans(), t.pages) for t in doc.tables],
        "sections": [dataclasses.astuple(s) for s in norm.sections],
        "records": [dataclasses.astuple(r) for r in norm.records],
    }


def differences(path: Path) -> list[str]:
    ours, reference = reading(path, "pdfium"), reading(path, "pdfplumber")
    return [
        f"{part}: {len(ours[part])} from pdfium, {len(reference[part])} from pdfplumber"
        for part in ours
        if ours[part] != reference[part]
    ]


def test_the_files_are_there() -> None:
    assert len(FILES) >= 60 and set(DIFFERENT) <= {f.name for f in FILES}


@pytest.mark.parametrize("path", FILES, ids=[f.name for f in FILES])
def test_both_readers_agree(path: Path) -> None:
    found = differences(path)
    if path.name in DIFFERENT:
        assert found, f"{path.name} reads the same now: take it off DIFFERENT"
    else:
        assert not found, f"{path.name}: " + "; ".join(found)
