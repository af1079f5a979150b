"""Settling a whole table's columns: tables.columns.settle_columns on hand-made tables.

Each case is a table as the grid step makes it (cells anchored top-left, merged cells with
their spans); the expected grid is the table as its author meant it.
"""

from __future__ import annotations

from councilplans.extractors.model import Cell, Table
from councilplans.extractors.tables.columns import settle_columns


def table(cells: list[Cell], n_rows: int, n_cols: int, header_rows: int = 1) -> Table:
    return Table(cells=tuple(cells), n_rows=n_rows, n_cols=n_cols, header_rows=header_rows)


def test_overflow_columns_fold_left_with_their_header_label() -> None:
    t = table(
        [
            Cell("Date", 0, 0),
            Cell("Details", 0, 2),
            Cell("Amount", 0, 4),
            Cell("02-Apr", 1, 0),
            Cell("Postage", 1, 1),
            Cell("42.50", 1, 4),
            Cell("07-May", 2, 0),
            Cell("Village hall rent for the year", 2, 1, colspan=3),
            Cell("24.00", 2, 4),
        ],
        n_rows=3,
        n_cols=5,
    )
    assert settle_columns(t).grid() == [
        ["Date", "Details", "Amount"],
        ["02-Apr", "Postage", "42.50"],
        ["07-May", "Village hall rent for the year", "24.00"],
    ]


def test_column_with_a_header_and_no_body_text_stays() -> None:
    """An empty 'Comments' column of a template is a column: nothing runs into it."""
    t = table(
        [
            Cell("Action", 0, 0),
            Cell("Owner", 0, 1),
            Cell("Comments", 0, 2),
            Cell("Publish the plan", 1, 0),
            Cell("Clerk", 1, 1),
        ],
        n_rows=2,
        n_cols=3,
    )
    assert settle_columns(t).grid() == t.grid()


def test_band_row_over_every_column_does_not_fold_them() -> None:
    """A group title across the table says nothing of the columns under it."""
    t = table(
        [
            Cell("Action", 0, 0),
            Cell("Owner", 0, 1),
            Cell("Comments", 0, 2),
            Cell("Priority 1: early help", 1, 0, colspan=3),
            Cell("Publish the plan", 2, 0),
            Cell("Clerk", 2, 1),
        ],
        n_rows=3,
        n_cols=3,
    )
    assert settle_columns(t).grid() == t.grid()


def test_merged_body_cell_over_real_columns_keeps_its_span() -> None:
    """A body cell merged over two columns others start in spans both still."""
    t = table(
        [
            Cell("Risk", 0, 0),
            Cell("Likelihood", 0, 1),
            Cell("Impact", 0, 2),
            Cell("Flooding", 1, 0),
            Cell("3", 1, 1),
            Cell("4", 1, 2),
            Cell("Fraud", 2, 0),
            Cell("not yet scored", 2, 1, colspan=2),
        ],
        n_rows=3,
        n_cols=3,
    )
    settled = settle_columns(t)
    assert settled.grid() == t.grid()
    assert Cell("not yet scored", 2, 1, 1, 2) in settled.cells
