"""Columns of a whole table that are not columns of its body, settled once the table is whole.

Two kinds, both judged on the body rows (below the header):

- an empty column: no body cell holds text in it or runs over it (a colour swatch, the white
  gap between two stacks of boxes). It is dropped; a header cell over it spans one less.
- an overflow column: no body cell starts in it, but body text from the column on its left runs
  over it. A spreadsheet draws its grid line only where no text crosses it, so a wide "Details"
  column printed over three sheet columns shows rules in the short rows and none in the long
  ones. The column is folded into its left neighbour; a header label standing in it moves there.
"""

from __future__ import annotations

from dataclasses import replace

from councilplans.extractors.model import Cell, Table
from councilplans.extractors.tables.grid import MIN_COLUMNS


def settle_columns(table: Table) -> Table:
    """Given a whole table, drop its empty columns and fold its overflow columns left."""
    empty, overflow = empty_columns(table), overflow_columns(table)
    removed = empty | overflow
    if not removed or table.n_cols - len(removed) < MIN_COLUMNS:
        return table
    kept = [col for col in range(table.n_cols) if col not in removed]
    new_index = {col: i for i, col in enumerate(kept)}
    cells: list[Cell] = []
    folded: list[Cell] = []
    for c in table.cells:
        span = [new_index[k] for k in range(c.col, c.col + c.colspan) if k in new_index]
        if span:
            cells.append(Cell(c.text, c.row, span[0], c.rowspan, len(span)))
        elif c.text.strip() and c.col in overflow:
            folded.append(replace(c, col=nearest_kept(c.col, new_index)))
    for c in folded:
        cells = fold_into(cells, c)
    return replace(table, cells=tuple(cells), n_cols=len(kept))


def body_cells(table: Table) -> list[Cell]:
    return [c for c in table.cells if c.row >= table.header_rows and c.text.strip()]


def empty_columns(table: Table) -> set[int]:
    """Columns no body text is in or over and no one-column header label stands in; a header
    cell merged over several may run over them."""
    filled = {
        col
        for c in table.cells
        if c.text.strip() and (c.colspan == 1 or c.row >= table.header_rows)
        for col in range(c.col, c.col + c.colspan)
    }
    return {col for col in range(table.n_cols) if col not in filled}


def overflow_columns(table: Table) -> set[int]:
    """Columns no body cell starts in but body text from the left runs over. A band row over
    every column is no overflow: it says nothing of the columns under it."""
    body = body_cells(table)
    starts = {c.col for c in body}
    runs_over = {
        col for c in body if c.colspan < table.n_cols for col in range(c.col + 1, c.col + c.colspan)
    }
    return {col for col in runs_over if col not in starts}


def nearest_kept(col: int, new_index: dict[int, int]) -> int:
    """The new index of the kept column nearest ``col`` on its left (the first, if none)."""
    left = [new_index[k] for k in new_index if k < col]
    return max(left) if left else 0


def fold_into(cells: list[Cell], label: Cell) -> list[Cell]:
    """The cells with ``label`` (already given its new column) joined to the cell covering
    that column in its row, or standing there when no cell does."""
    for i, c in enumerate(cells):
        if c.row <= label.row < c.row + c.rowspan and c.col <= label.col < c.col + c.colspan:
            text = f"{c.text} {label.text}".strip() if c.text.strip() else label.text
            return [*cells[:i], replace(c, text=text), *cells[i + 1 :]]
    return [*cells, replace(label, colspan=1, rowspan=1)]
