"""A document's contents page checked against its headings (normalise/contents.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from councilplans.extractors import extract
from councilplans.extractors.model import Cell, Heading, Paragraph, Provenance, Table
from councilplans.normalise import normalise
from councilplans.normalise.contents import check_contents, entries_from_row

P = (Provenance(page=None),)
SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def contents_table(rows: list[list[str]]) -> Table:
    cells = tuple(Cell(t, r, c) for r, row in enumerate(rows) for c, t in enumerate(row))
    return Table(cells, len(rows), len(rows[0]), 0, P, role="contents")


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (["1", "Introduction", "3"], [("Introduction", "1", "3", 1)]),
        (["Introduction ........ 3"], [("Introduction", None, "3", None)]),
        (["2.1 Our aims and values", "5"], [("Our aims and values", "2.1", "5", 2)]),
        (["A Fresh Start for families", "7"], [("A Fresh Start for families", None, "7", None)]),
        (["B – Risk Register", "30"], [("Risk Register", "B", "30", None)]),
        (["SECTION", "", "PAGE"], []),
        (
            ["14", "Appendices –\n• A – Priorities\n• Glossary", "29"],
            [
                ("Appendices", "14", "29", 1),
                ("Priorities", "A", None, None),
                ("Glossary", None, None, None),
            ],
        ),
        (
            ["14", "Appendices – • A – Priorities • Glossary", "29"],
            [
                ("Appendices", "14", "29", 1),
                ("Priorities", "A", None, None),
                ("Glossary", None, None, None),
            ],
        ),
    ],
)
def test_entries_from_row(row: list[str], expected: list[tuple]) -> None:
    got = [(e.text, e.number, e.page_label, e.level) for e in entries_from_row(row)]
    assert got == expected


def test_check_matches_in_order_promotes_and_reports_missing() -> None:
    contents = contents_table(
        [
            ["1", "Introduction and Foreword by the Chair", "3"],
            ["2", "Our Priorities", "4"],
            ["2.1", "Early Help", "5"],
            ["3", "Glossary", "9"],
        ]
    )
    blocks = (
        Heading("Contents", 1, None, P),
        contents,
        Heading("Introduction and foreword", 1, None, P),
        Heading("What children say", 2, None, P),
        Heading("Our priorities", 1, None, P),
        Paragraph("Early Help", P, bold=True),
        Paragraph("Early help means support at the first sign of need.", P),
    )
    out, check = check_contents(blocks, [contents])
    assert check is not None
    assert [(e.text, h.text) for e, h in check.matched] == [
        ("Introduction and Foreword by the Chair", "Introduction and foreword"),
        ("Our Priorities", "Our priorities"),
    ]
    assert [(e.text, h.text, h.level) for e, h in check.promoted] == [
        ("Early Help", "Early Help", 2)
    ]
    assert out[5] == Heading("Early Help", 2, "2.1", P)
    assert [e.text for e in check.missing] == ["Glossary"]
    assert check.warnings() == ["contents entry 'Glossary' matches no heading"]


def test_no_contents_page_no_check() -> None:
    blocks = (Heading("Introduction", 1, None, P), Paragraph("Text.", P))
    out, check = check_contents(blocks, [])
    assert check is None and out == blocks


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_sample_contents_entries_find_their_headings(suffix: str) -> None:
    """Cheshire West's contents page (its truth table 0) against its truth headings: every
    entry whose section is a heading finds it; 'Appendices', 'Glossary of terms' and
    'Timeline' are entries no heading of the plan carries."""
    name = "cheshire-west-cyp-plan-2012-15" + suffix
    truth = json.loads((SAMPLES / "truth" / f"{name}.json").read_text(encoding="utf-8"))
    truth_headings = {h["text"] for h in truth["headings"]}
    check = normalise(extract(SAMPLES / name)).contents
    assert check is not None
    assert {h.text for _, h in check.matched} <= truth_headings
    assert len(check.matched) == 17
    assert [e.text for e in check.missing] == ["Appendices", "Glossary of terms", "Timeline"]
