"""Each stitching case of issue 4 on the PDF samples, against samples/truth.

The truth says on which page each row starts (row_pages) and which rows a page break cut
(split_rows), both found at build time from poppler's text, never from councilplans. From
them: every cut row comes back as one row; a merged cell that runs over a break comes back
as one cell; a header repeated on the next page is not repeated in the table; two tables that
follow each other over a break stay two tables.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from bench.score import align_rows, best_table, load_truth, norm
from councilplans.extractors import Table, extract

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
PDF = sorted((SAMPLES / "truth").glob("*.pdf.json"))

# (file, truth table, truth row): why it fails
KNOWN = {
    ("cheshire-west-cyp-plan-2012-15.pdf", 7, 11): (
        "the rest of the cut row starts with a capital after an unfinished phrase in one column "
        "and nothing in the key: read as a new row"
    ),
    ("cheshire-west-action-plan-zebra.pdf", 0, 7): (
        "zebra table without rules: merged Action cells are not all read as spans (rows 1 and 7 "
        "lose theirs, away from the break too); their text and the empty cells are right"
    ),
}


@cache
def tables_of(name: str) -> tuple[Table, ...]:
    return extract(SAMPLES / name).top_tables


def best(truth_table: dict, name: str) -> Table:
    tables = tables_of(name)
    index, _ = best_table(truth_table["rows"], [t.grid() for t in tables])
    assert index >= 0, f"table {truth_table['index']} not found"
    return tables[index]


def cases(kind: str) -> list:
    out = []
    for path in PDF:
        truth = load_truth(path)
        for table in truth["tables"]:
            if kind == "split":
                rows = table["split_rows"]
            else:
                rows = [s[0] for s in table["spans"] if crosses_break(table, s)]
            for row in rows:
                key = (truth["file"], table["index"], row)
                marks = [pytest.mark.xfail(strict=True, reason=KNOWN[key])] if key in KNOWN else []
                out.append(
                    pytest.param(truth["file"], table, row, id="-".join(map(str, key)), marks=marks)
                )
    return out


def crosses_break(table: dict, span: list[int]) -> bool:
    row, _, rowspan, _ = span
    pages = table["row_pages"]
    return rowspan > 1 and pages[row] != pages[row + rowspan - 1]


def aligned_row(truth_table: dict, got: Table, row: int) -> int:
    pairs = dict(align_rows(truth_table["rows"], got.grid()))
    assert row in pairs, f"truth row {row} has no row in the extracted table"
    return pairs[row]


@pytest.mark.parametrize(("name", "table", "row"), cases("split"))
def test_row_cut_by_a_page_break_is_one_row(name: str, table: dict, row: int) -> None:
    got = best(table, name)
    found = got.grid()[aligned_row(table, got, row)]
    want = table["rows"][row]
    assert [norm(c) for c in found] == [norm(c) for c in want]


@pytest.mark.parametrize(("name", "table", "row"), cases("span"))
def test_merged_cell_over_a_page_break_is_one_cell(name: str, table: dict, row: int) -> None:
    got = best(table, name)
    at = aligned_row(table, got, row)
    want = [s for s in table["spans"] if s[0] == row and crosses_break(table, s)]
    assert {(c, rs, cs) for _, c, rs, cs in want} <= {
        (c, rs, cs) for r, c, rs, cs in got.spans() if r == at
    }


def multipage_with_header() -> list:
    return [
        pytest.param(load_truth(p)["file"], t, id=f"{load_truth(p)['file']}-{t['index']}")
        for p in PDF
        for t in load_truth(p)["tables"]
        if len(t["pages"]) > 1 and t["header_rows"]
    ]


@pytest.mark.parametrize(("name", "table"), multipage_with_header())
def test_repeated_header_appears_once(name: str, table: dict) -> None:
    got = best(table, name).grid()
    header = [norm(c) for c in table["rows"][0]]
    assert sum(1 for row in got if [norm(c) for c in row] == header) == 1


def adjacent_over_break() -> list:
    out = []
    for path in PDF:
        truth = load_truth(path)
        tables = truth["tables"]
        for a, b in zip(tables, tables[1:], strict=False):
            if a["pages"] and b["pages"] and a["pages"][-1] + 1 == b["pages"][0]:
                out.append(
                    pytest.param(
                        truth["file"], a, b, id=f"{truth['file']}-{a['index']}-{b['index']}"
                    )
                )
    return out


@pytest.mark.parametrize(("name", "first", "second"), adjacent_over_break())
def test_tables_that_meet_at_a_break_stay_apart(name: str, first: dict, second: dict) -> None:
    assert best(first, name) is not best(second, name)
