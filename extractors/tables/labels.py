"""Column labels set apart from their values, in tables drawn without column rules.

A label centred in its column over numbers set right (or a label set wider than its
numbers, off to one side) can leave white space between the label and its values on every
line: the white-space finder then makes the label a column of its own, and the values
another, with no label. Once the header is known, such a header-only column is put back
with the values beside it, the nearer of its two neighbours.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from councilplans.extractors.page import Word
from councilplans.extractors.tables.grid import FoundTable, Grid, words_to_positions

# a header-only column joins the neighbour whose text is nearer by this factor than the
# text on its other side; nearer by less, which it labels cannot be told
NEARER = 2.0


def label_bounds(found: FoundTable, words: Sequence[Word]) -> list[int]:
    """Given an unruled fragment and its words, return the indices of the column bounds that
    part a header-only column from the values it labels."""
    grid, header = found.grid, found.table.header_rows
    if not header or grid.kind not in ("h-rules", "no-rules"):
        return []
    slots = words_to_positions(grid, words)
    rows_of = [
        {r for (r, c) in slots if c == col} for col in range(grid.n_cols)
    ]  # the rows each column has text in
    cols_words = [
        [w for (r, c), ws in slots.items() if c == col for w in ws] for col in range(grid.n_cols)
    ]
    bounds: list[int] = []
    for col, rows in enumerate(rows_of):
        if not rows or max(rows) >= header:
            continue
        near = nearer_neighbour(col, cols_words)
        if near is not None and not rows & rows_of[near] and max(rows_of[near]) >= header:
            bounds.append(max(col, near))
    return sorted(set(bounds))


def nearer_neighbour(col: int, cols_words: Sequence[Sequence[Word]]) -> int | None:
    """Given a column and the words of every column, return the neighbour whose text comes
    clearly nearer the column's text than the text on its other side, or None."""
    own = cols_words[col]
    x0, x1 = min(w.x0 for w in own), max(w.x1 for w in own)
    gaps: dict[int, float] = {}
    if col > 0 and cols_words[col - 1]:
        gaps[col - 1] = x0 - max(w.x1 for w in cols_words[col - 1])
    if col + 1 < len(cols_words) and cols_words[col + 1]:
        gaps[col + 1] = min(w.x0 for w in cols_words[col + 1]) - x1
    if not gaps:
        return None
    near = min(gaps, key=lambda k: gaps[k])
    far = max(gaps.values()) if len(gaps) == 2 else float("inf")
    return near if NEARER * gaps[near] < far else None


def without_bounds(grid: Grid, drop: Sequence[int]) -> Grid:
    """Given a grid and the indices of inner column bounds, return it with those bounds gone,
    each pair of columns they parted made one. A row bound stays open in a column made of
    two only where it was open in both: a rule over either part still parts the rows."""

    def new_col(c: int) -> int:
        return c - sum(1 for k in drop if k <= c)

    xs = tuple(x for i, x in enumerate(grid.xs) if i not in drop)
    v_open = frozenset((r, new_col(c)) for r, c in grid.v_open if c not in drop)
    every = [(r, c) for r in range(grid.n_rows) for c in range(grid.n_cols)]
    closed = {(r, new_col(c)) for r, c in every if (r, c) not in grid.h_open}
    h_open = frozenset((r, new_col(c)) for r, c in grid.h_open) - closed
    return replace(grid, xs=xs, v_open=v_open, h_open=h_open)
