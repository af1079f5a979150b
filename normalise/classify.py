"""Decide what a table is: action plan, indicator grid, risk register, key/value, matrix..."""

from __future__ import annotations

import re
from collections.abc import Iterable

from councilplans.extractors.glyphs import PAGE_NUMBER, VALUE
from councilplans.extractors.model import Table
from councilplans.normalise.dates import parse_when
from councilplans.normalise.record import TableKind
from councilplans.normalise.vocab import fold

SCORE_CELL = re.compile(r"^\d{1,2}\s*(\(\s*\d\s*[x×]\s*\d\s*\))?$")
# an action plan's subject column lists things to do, each once; a ledger's lists the few
# categories its rows fall into (expense areas, cost centres) again and again
DISTINCT_SUBJECTS = 0.5
MIN_SUBJECTS = 10  # fewer rows cannot tell a category repeated from two actions alike
# a column is dated when this share of its cells (placeholders aside) names a day, month,
# quarter or season: a timetable's dates, whatever its header says ('February 2025')
DATED_SHARE = 0.8
PLACEHOLDER = re.compile(r"^[-–—]+$|^n/?a$|^tbc$", re.IGNORECASE)
DATE_WORDS = 6  # 'Completed – August-October 2022'; a longer cell is a sentence
SHARE = re.compile(r"\s*\(\s*[\d.,]+\s*%\s*\)$")
MONEY = re.compile(r"^[-–(]?[£$€]\s*(?:\d|[-–]$)")
AMOUNT = re.compile(r"^[-–(]?[£$€]\s*(?:[\d,]+(?:\.\d+)?|[-–])\)?$")
SEASON = re.compile(r"\b(spring|summer|autumn|winter)\b.*\b\d{4}\b", re.IGNORECASE)


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
    """Given the fields a table's columns hold, say which kind of table it is (None: not a
    plan): a risk register has a likelihood or a mitigation, or an impact with a score (an
    impact alone is an options appraisal's); a KPI summary an actual beside a target or a
    floor; an indicator grid values
    (a baseline, or a target with no one and no date to deliver it) or a way each policy is
    implemented beside how it is measured (a monitoring framework); an action plan things to
    do with a date, an owner or a status, goals with what each means, or actions alone."""
    present = {f for f in fields if f}
    subject = present & {"measure", "priority", "action"}
    if present & {"likelihood", "mitigation"} or {"impact", "score"} <= present:
        return "risk"
    if "actual" in present and present & {"target", "floor"} and subject:
        return "kpi"
    if "baseline" in present and subject:
        return "indicator"
    if present & {"measure", "action"} and present & {"date", "owner", "start", "status"}:
        return "action"  # an action plan may state the outcome it wants as a target
    if "target" in present and subject or {"measure", "action"} <= present:
        return "indicator"
    if "priority" in present and present & {"measure", "action"} or present == {"action"}:
        return "action"
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


def is_dated(texts: list[str]) -> bool:
    """Given a column's body texts, say whether they are dates finer than a year ('May 2026',
    'Q3 2025', 'Autumn 2025', '12 November 2018'): a year alone heads statistics too."""
    cells = filled(texts)
    return bool(cells) and sum(1 for t in cells if is_when(t)) >= DATED_SHARE * len(cells)


def is_when(text: str) -> bool:
    """Whether a cell is a date finer than a year or a season ('Autumn 2025')."""
    return fine_date(text) or (len(text.split()) <= DATE_WORDS and bool(SEASON.search(text)))


def fine_date(text: str) -> bool:
    """Whether a cell is a date finer than a year, not a sentence that mentions one."""
    if len(text.split()) > DATE_WORDS:
        return False
    when = parse_when(text)
    return when is not None and when.precision in ("day", "month", "quarter")


def is_figures(texts: list[str]) -> bool:
    """Given a column's body texts, say whether most of them (placeholders aside) are values:
    amounts, counts, percentages (a ledger's or a statistical table's columns)."""
    cells = filled(texts)
    return bool(cells) and 2 * sum(1 for t in cells if is_figure(t)) > len(cells)


def is_money(texts: list[str]) -> bool:
    """Given a column's body texts, say whether most of them are sums of money ('£32,400',
    '£ 3,000.00', '£-'): a ledger's, a contract register's or a budget's column."""
    cells = filled(texts)
    return bool(cells) and 2 * sum(1 for t in cells if MONEY.match(t)) > len(cells)


def is_figure(text: str) -> bool:
    """A value ('62.7%', '1,017'), one with its share ('5,592 (9%)') or an amount as a ledger
    prints it ('£ 3,000.00', '£-')."""
    text = SHARE.sub("", text.strip())
    return bool(VALUE.match(text) or AMOUNT.match(text))


def filled(texts: Iterable[str]) -> list[str]:
    """A column's texts that say something: not empty, not a placeholder ('-', 'n/a')."""
    return [t.strip() for t in texts if t.strip() and not PLACEHOLDER.match(t.strip())]
