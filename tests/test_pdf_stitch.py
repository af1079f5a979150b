"""Joining what a page break cut: stitch.join_over_break on hand-made fragments.

Each case is a table's cells so far (ending at the page bottom) and the first rows of its
continuation on the next page, as the page finders return them; the expected grid is the
table as its author wrote it.
"""

from __future__ import annotations

from councilplans.extractors.model import Cell, Table
from councilplans.extractors.restated import repeated_header, same_header
from councilplans.extractors.stitch import MutableCell, join_over_break


def cells(rows: list[list[str]], offset: int = 0, spans: dict | None = None) -> list[MutableCell]:
    """Cells of a grid; ``spans`` maps (row, col) to a rowspan, and positions it covers
    must hold None."""
    spans = spans or {}
    return [
        MutableCell(text, r + offset, c, spans.get((r, c), 1), 1)
        for r, row in enumerate(rows)
        for c, text in enumerate(row)
        if text is not None
    ]


def grid(joined: list[MutableCell]) -> list[list[str | None]]:
    n_rows = max(c.row + c.rowspan for c in joined)
    n_cols = max(c.col + c.colspan for c in joined)
    out: list[list[str | None]] = [[None] * n_cols for _ in range(n_rows)]
    for c in joined:
        out[c.row][c.col] = c.text
    return out


def rowspans(joined: list[MutableCell]) -> dict[tuple[int, int], int]:
    return {(c.row, c.col): c.rowspan for c in joined if c.rowspan > 1}


def test_row_cut_mid_phrase_is_joined() -> None:
    before = cells([["Action", "Milestone", "Date"], ["Review of effective", "Analysis of", "May"]])
    after = cells([["adoption service", "national policy", "2012"], ["Next", "Other", "June"]], 2)
    joined = join_over_break(before, after, 2)
    assert grid(joined) == [
        ["Action", "Milestone", "Date"],
        ["Review of effective adoption service", "Analysis of national policy", "May 2012"],
        ["Next", "Other", "June"],
    ]


def test_row_cut_under_merged_key_is_joined_and_key_runs_on() -> None:
    before = cells(
        [
            ["Outcome", "Measure", "Target"],
            ["Fewer contacts", "Rate of", "10%"],
            [None, "9% Early Help plan", "Decrease in the number of"],
        ],
        spans={(1, 0): 2},
    )
    after = cells([["", "required", "contacts"], [None, "New measure", "5%"]], 3, spans={(0, 0): 2})
    joined = join_over_break(before, after, 3)
    assert grid(joined) == [
        ["Outcome", "Measure", "Target"],
        ["Fewer contacts", "Rate of", "10%"],
        [None, "9% Early Help plan required", "Decrease in the number of contacts"],
        [None, "New measure", "5%"],
    ]
    assert rowspans(joined) == {(1, 0): 3}


def test_new_row_keeps_a_merged_cell_that_runs_over_the_break() -> None:
    before = cells(
        [
            ["Priority", "Measure", "Outcome"],
            ["Safe", "Enquiries (previously the Access Team)", "Everyone will play a role in"],
        ]
    )
    after = cells([["", "Outcome of contacts", "safeguarding children"], ["", "Rate", "Fewer"]], 2)
    joined = join_over_break(before, after, 2)
    assert grid(joined) == [
        ["Priority", "Measure", "Outcome"],
        [
            "Safe",
            "Enquiries (previously the Access Team)",
            "Everyone will play a role in safeguarding children",
        ],
        ["", "Outcome of contacts", None],
        ["", "Rate", "Fewer"],
    ]
    assert rowspans(joined) == {(1, 2): 2}


def test_next_milestone_under_a_merged_action_is_a_row_of_its_own() -> None:
    before = cells(
        [
            ["Action", "Milestone", "Lead"],
            ["Produce the strategy", "Draft agreed.", "Ali"],
            [None, "Consulted on.", "Liz"],
        ],
        spans={(1, 0): 2},
    )
    after = cells([["", "Published on the website.", "Sam"]], 3)
    joined = join_over_break(before, after, 3)
    assert grid(joined) == [
        ["Action", "Milestone", "Lead"],
        ["Produce the strategy", "Draft agreed.", "Ali"],
        [None, "Consulted on.", "Liz"],
        [None, "Published on the website.", "Sam"],
    ]
    assert rowspans(joined) == {(1, 0): 3}


def test_list_after_a_colon_goes_on_in_the_same_cell() -> None:
    before = cells([["Key actions", "Date"], ["Implement these strategies:", ""]])
    after = cells([["• Teenage pregnancy strategy", ""]], 2)
    assert grid(join_over_break(before, after, 2)) == [
        ["Key actions", "Date"],
        ["Implement these strategies: • Teenage pregnancy strategy", ""],
    ]


def test_row_after_a_finished_row_stays_apart() -> None:
    before = cells([["Risk", "Owner"], ["Budget cuts reduce services.", "Finance lead"]])
    after = cells([["Staff turnover rises.", "HR lead"]], 2)
    assert grid(join_over_break(before, after, 2)) == [
        ["Risk", "Owner"],
        ["Budget cuts reduce services.", "Finance lead"],
        ["Staff turnover rises.", "HR lead"],
    ]


def test_hyphen_cut_joins_without_a_space() -> None:
    before = cells([["Action", "Lead"], ["Ensure training on brief advice-", "Public Health"]])
    after = cells([["information for services", ""]], 2)
    assert grid(join_over_break(before, after, 2))[1][0] == (
        "Ensure training on brief advice-information for services"
    )


def table(rows: list[list[str]], header_rows: int) -> Table:
    cells = tuple(Cell(t, r, c) for r, row in enumerate(rows) for c, t in enumerate(row))
    return Table(cells=cells, n_rows=len(rows), n_cols=len(rows[0]), header_rows=header_rows)


FIRST_PAGE = [
    ["7 | Reserves monitor", "", "All figures in £m"],
    ["", "Opening", "Projected"],
    ["Reserve", "balance 2024", "balance 2025"],
    ["General fund", "-43.0", "-35.9"],
]


def test_header_restated_without_the_first_pages_title_is_the_same_header() -> None:
    """The first page sets a title over the header, inside the table's frame; the next page
    restates the header alone, its two lines read as one row. Column by column the labels
    are the same, so the restated rows are dropped, not kept as a row of data."""
    head = table(FIRST_PAGE, header_rows=3)
    frag = table(
        [
            ["Reserve", "Opening balance 2024", "Projected balance 2025"],
            ["Insurance", "-12.4", "-13.6"],
            ["Trading", "-1.7", "-1.7"],
        ],
        header_rows=1,
    )
    assert same_header(frag, head)
    assert repeated_header(head, frag) == 1


def test_header_of_other_labels_is_another_table() -> None:
    head = table(FIRST_PAGE, header_rows=3)
    frag = table(
        [
            ["Reserve", "Opening balance 2023", "Projected balance 2024"],
            ["Insurance", "-12.4", "-13.6"],
            ["Trading", "-1.7", "-1.7"],
        ],
        header_rows=1,
    )
    assert not same_header(frag, head)
    assert repeated_header(head, frag) == 0
