"""Decide what a table is: action plan, indicator grid, risk register, key/value, matrix..."""

from __future__ import annotations

import re

from councilplans.extractors.glyphs import PAGE_NUMBER
from councilplans.extractors.model import Table
from councilplans.normalise.record import TableKind
from councilplans.normalise.vocab import fold

SCORE_CELL = re.compile(r"^\d{1,2}\s*(\(\s*\d\s*[x×]\s*\d\s*\))?$")
# an action plan's subject column lists things to do, each once; a ledger's lists the few
# categories its rows fall into (expense areas, cost centres) again and again
DISTINCT_SUBJECTS = 0.5
MIN_SUBJECTS = 10  # fewer rows cannot tell a category repeated from two actions alike


def is_full_width(table: Table, row: int) -> bool:
    """A row whose only non-empty cell covers every column: a title or group row."""
    anchors = {id(c): c for c in table.anchor_grid()[row] if c is not None}
    texts = [c for c in anchors.values() if c.text.strip()]
    if len(texts) != 1 or table.n_cols < 2:
        return False
    return texts[0].colspan == table.n_cols or (len(anchors) == 1 and texts[0].row == row)


def looks_like_matrix(table: Table) -> bool:
    """A scoring matrix: most body cells are small scores such as '15 (5x3)'."""
    body = [c.text.strip() for c in table.cells if c.row >= 1 and c.col >= 1 and c.text.strip()]
    if len(body) < 9:
        return False
    scores = sum(1 for t in body if SCORE_CELL.match(t))
    return scores / len(body) >= 0.8


def looks_like_contents(table: Table) -> bool:
    if table.role == "contents":
        return True
    grid = table.grid()
    if table.n_cols < 2 or not grid:
        return False
    header = fold(" ".join(grid[0]))
    last = [row[-1].strip() for row in grid[1:] if any(cell.strip() for cell in row)]
    numbers = sum(1 for t in last if PAGE_NUMBER.match(t))
    return ("page" in header.split() and numbers >= 0.6 * max(len(last), 1)) or (
        len(last) >= 4 and numbers == len(last) and "contents" in header
    )


def looks_like_keyvalue(table: Table, key_fields: dict[int, str]) -> bool:
    """Two columns with labels on the left: known keys, or short labels beside longer values."""
    if table.n_cols != 2:
        return False
    if len(key_fields) >= 2:
        return True
    pairs = [row for row in table.grid() if row[0].strip() and row[1].strip()]
    short = [row for row in pairs if len(row[0]) <= 40 and len(row[0]) < len(row[1])]
    return len(pairs) >= 2 and len(short) == len(pairs)


def kind_from_fields(fields: list[str | None]) -> TableKind | None:
    """Given the fields a header maps to, say which kind of table it heads (None: unknown)."""
    present = {f for f in fields if f}
    subject = present & {"measure", "priority", "action"}
    if {"impact", "likelihood"} & present or "mitigation" in present:
        return "risk"
    if "baseline" in present and subject:
        return "indicator"
    if present & {"measure", "action"} and present & {"date", "owner", "start", "rag"}:
        return "action"  # an action plan may state the outcome it wants as a target
    if "target" in present and subject or {"measure", "priority"} <= present:
        return "indicator"
    return None


def repeats_categories(table: Table, col: int, first_body_row: int) -> bool:
    """Given a table, the column a header names as its actions or measures, and its first
    body row, say whether that column repeats a few category values down many rows (a
    payments list's 'Expense area': 1,500 rows, a dozen areas) rather than naming a thing
    to do in each row. Merged cells count once."""
    texts = [
        fold(c.text)
        for c in table.cells
        if c.col == col and c.row >= first_body_row and c.text.strip()
    ]
    if len(texts) < MIN_SUBJECTS:
        return False
    return len(set(texts)) < DISTINCT_SUBJECTS * len(texts)
