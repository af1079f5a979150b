"""Shared fixtures: stores on SQLite (always) and PostgreSQL (when COUNCILPLANS_TEST_PG_URL is
set), hand-built Documents and Normalised results, and a fake extract/normalise pipeline.

The fake pipeline reads a text file whose name ends .pdf or .docx: each line
"priority | measure | baseline | target" becomes one indicator record; a file starting with
"CORRUPT" makes extract raise CorruptFile, one starting with "CRASH" makes normalise raise.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from councilplans.extractors import sha256_of
from councilplans.extractors.errors import CorruptFile
from councilplans.extractors.model import Cell, Document, Heading, Paragraph, Provenance, Table
from councilplans.ingest import batch
from councilplans.normalise.authorities import find_authority
from councilplans.normalise.metadata import read_metadata
from councilplans.normalise.record import (
    Authority,
    Metadata,
    Normalised,
    Owner,
    Record,
    Section,
    TableInfo,
    Value,
    When,
)
from councilplans.store import connect
from councilplans.store.db import drop_schema

PG_URL = os.environ.get("COUNCILPLANS_TEST_PG_URL")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty store: a SQLite file, or the PostgreSQL test database wiped clean."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    if not PG_URL:
        pytest.skip("set COUNCILPLANS_TEST_PG_URL to run the PostgreSQL tests")
    with connect(PG_URL) as store:
        drop_schema(store)
    yield PG_URL
    with connect(PG_URL) as store:
        drop_schema(store)


@pytest.fixture
def store(db_url: str):
    with connect(db_url) as opened:
        yield opened


def make_table() -> Table:
    cells = (
        Cell("Outcome", 0, 0),
        Cell("Measure", 0, 1),
        Cell("Baseline", 0, 2),
        Cell("Target", 0, 3),
        Cell("Be healthy", 1, 0, rowspan=2),
        Cell("Obesity in Year 6", 1, 1),
        Cell("19.8%", 1, 2),
        Cell("18%", 1, 3),
        Cell("Breastfeeding at 6-8 weeks", 2, 1),
        Cell("32%", 2, 2),
        Cell("40%", 2, 3),
    )
    prov = (Provenance(4), Provenance(5))
    return Table(cells=cells, n_rows=3, n_cols=4, header_rows=1, prov=prov)


def make_document(
    path: str = "/plans/stoke-on-trent-cyp-plan.pdf",
    sha256: str = "a" * 64,
    warnings: tuple[str, ...] = (),
) -> Document:
    blocks = (
        Heading("Stoke-on-Trent City Council", 1, prov=(Provenance(1),)),
        Paragraph("Children, Young People and Families Plan 2016-2020", prov=(Provenance(1),)),
        make_table(),
    )
    return Document(
        path=path,
        sha256=sha256,
        format="pdf",
        pages=6,
        blocks=blocks,
        title="Children, Young People and Families Plan",
        warnings=warnings,
    )


def make_records(measures: list[str] | None = None) -> tuple[Record, ...]:
    first = Record(
        kind="indicator",
        priority="Be healthy",
        measure="Obesity in Year 6",
        baseline="19.8%",
        target="18%",
        owner="Public Health (J Smith)",
        date="March 2020",
        page=4,
        table=0,
        row=1,
        heading_path=("Outcomes", "Be healthy"),
        extra=(("RAG", "Amber"), ("RAG", "Green")),
        baseline_value=Value("19.8%", 19.8, "%"),
        target_value=Value("18%", 18.0, "%", direction="decrease"),
        when=When("March 2020", dt.date(2020, 3, 1), dt.date(2020, 3, 31), "month"),
        owner_parsed=Owner("Public Health (J Smith)", ("J Smith",), (), ("Public Health",)),
        indicator_code="NI 56",
        theme="obesity",
    )
    second = Record(
        kind="indicator",
        priority="Be healthy",
        measure="Breastfeeding at 6-8 weeks",
        baseline="32%",
        target="40%",
        page=5,
        table=0,
        row=2,
        theme="breastfeeding",
    )
    records = (first, second)
    if measures is not None:
        records = tuple(Record(kind="action", priority="P", measure=m) for m in measures)
    return records


def make_normalised(
    records: tuple[Record, ...] | None = None,
    lost: tuple[str, ...] = (),
    authority: str | None = "STE",
) -> Normalised:
    """A normalised Stoke plan; ``lost``: what the extractor could not read (partial)."""
    sections = (
        Section(("Introduction",), 1, "This plan sets out our priorities.", 1, 2),
        Section(("Outcomes", "Be healthy"), 2, "We want children to be healthy.", 3, 5),
    )
    return Normalised(
        records=make_records() if records is None else records,
        sections=sections,
        tables=(
            TableInfo(0, "indicator", make_table(), ("Outcomes",), "What difference will we make?"),
        ),
        metadata=Metadata(
            title="Children, Young People and Families Plan 2016-2020",
            authority=find_authority(authority) if authority else None,
            period="2016-2020",
        ),
        warnings=lost,
        lost=lost,
    )


def fake_extract(path: str | Path, settings: object | None = None, **opening: Any) -> Document:
    """Read a fake plan: one Paragraph per line; CORRUPT files raise like a real extractor."""
    content = Path(path).read_text(encoding="utf-8")
    if content.startswith("CORRUPT"):
        raise CorruptFile(str(path), "not a PDF (the file does not start with %PDF)")
    blocks = tuple(Paragraph(line) for line in content.splitlines() if line.strip())
    return Document(path=str(path), sha256=sha256_of(path), format="pdf", pages=1, blocks=blocks)


def fake_normalise(doc: Document, authority: Authority | None = None) -> Normalised:
    """Each "priority | measure | baseline | target" line becomes one indicator record; the
    metadata (authority included) is read as the real normaliser reads it."""
    if doc.blocks and doc.blocks[0].text.startswith("CRASH"):
        raise RuntimeError("normaliser fell over")
    records = tuple(_line_record(b.text) for b in doc.blocks if b.text.count("|") == 3)
    return Normalised(
        records=records, sections=(), tables=(), metadata=read_metadata(doc, authority)
    )


def _line_record(line: str) -> Record:
    priority, measure, baseline, target = (p.strip() for p in line.split("|"))
    return Record(
        kind="indicator",
        priority=priority,
        measure=measure,
        baseline=baseline,
        target=target,
        theme="obesity" if "obes" in measure.lower() else None,
    )


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "extract", fake_extract)
    monkeypatch.setattr(batch, "normalise", fake_normalise)


@pytest.fixture
def plans(tmp_path: Path) -> Path:
    """A folder of fake plans from three authorities, plus a temp file that must be skipped."""
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "stoke-on-trent-cyp-plan.pdf").write_text(
        "Stoke-on-Trent City Council\n"
        "Be healthy | Obesity in Year 6 | 19.8% | 18%\n"
        "Be healthy | Breastfeeding at 6-8 weeks | 32% | 40%\n",
        encoding="utf-8",
    )
    (folder / "staffordshire-delivery-plan.pdf").write_text(
        "Staffordshire Children's Trust\nStafford Borough Council\n"
        "Reduce inequalities | Childhood obesity at reception | 9.9% | 9%\n",
        encoding="utf-8",
    )
    (folder / "west-cheshire.docx").write_text(
        "West Cheshire Children's Trust\n"
        "Starting well | Young people not in education (NEET) | 6.1% | 5%\n",
        encoding="utf-8",
    )
    (folder / "~$west-cheshire.docx").write_text("owner file", encoding="utf-8")
    return folder
