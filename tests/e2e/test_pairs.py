"""One document, two formats: a plan's DOCX and the PDF printed from it give the same records.

The pairs are the samples (built through LibreOffice from DOCX: samples/build.py) and the
development set's DOCX files with the PDFs LibreOffice prints from them
(tests/fixtures/pairs/). Records are compared on every field that holds a cell's text, with
white space and list marks ignored: a DOCX list's bullet is the '•' its numbering defines,
while the PDF prints whatever glyph the font draws ('-', '▪'), and a line broken after a
hyphen loses the space the DOCX may have after it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from councilplans.extractors import extract
from councilplans.normalise import normalise

ROOT = Path(__file__).resolve().parents[2]
FIELDS = ("kind", "priority", "action", "measure", "baseline", "target", "owner", "date")
FIELDS += ("start", "status", "impact", "likelihood", "score", "mitigation")
MARKS = re.compile(r"[•▪●◦‣∙·]|(?:^|(?<=\s))[-–](?=\s)|\s+")


def pairs() -> list[tuple[Path, Path]]:
    found = [(d, d.with_suffix(".pdf")) for d in sorted((ROOT / "samples").glob("*.docx"))]
    fixtures = ROOT / "tests" / "fixtures" / "pairs"
    for docx in sorted((ROOT / "bench" / "authority" / "docs").glob("*/*.docx")):
        found.append((docx, fixtures / f"{docx.stem}.pdf"))
    return [(d, p) for d, p in found if p.exists()]


def record_keys(path: Path) -> list[tuple[str, ...]]:
    records = normalise(extract(path)).records
    return sorted(tuple(MARKS.sub("", getattr(r, f) or "") for f in FIELDS) for r in records)


def test_there_are_pairs_from_both_sources() -> None:
    sources = {docx.parent.name for docx, _ in pairs()}
    assert len(pairs()) >= 10 and "samples" in sources and len(sources) >= 3


@pytest.mark.parametrize(("docx", "pdf"), pairs(), ids=[d.name for d, _ in pairs()])
def test_docx_and_its_pdf_give_the_same_records(docx: Path, pdf: Path) -> None:
    assert record_keys(docx) == record_keys(pdf)
