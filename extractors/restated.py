"""Headers over page breaks: whether the table opening a page brings a header of its own
that differs from the one its table began with, restates that header (rows to drop), or
has no header at all (a body row that only looks like one); and the lines a page restates
above a continuation (a caption, a title marked 'continued')."""

from __future__ import annotations

import re

from councilplans.extractors.geometry import Line
from councilplans.extractors.margins import RunningKeys, body_lines
from councilplans.extractors.model import Table
from councilplans.extractors.page import PageModel, colour_distance
from councilplans.extractors.settings import PdfSettings
from councilplans.extractors.tables.grid import FoundTable

CONTINUED = re.compile(r"[\s(\[–-]*\b(continued|cont['’]?d)\b[.)\]]*\s*$", re.IGNORECASE)


def header_texts(table: Table, n: int) -> list[list[str]]:
    return [[" ".join(t.split()) for t in row] for row in table.grid()[:n]]


def same_header(piece: Table, head: Table) -> bool:
    """Given a later piece of a table and its first, say whether the piece brings no column
    header of its own that differs: the header rows both count (a continuation may take its
    first, cut row for a second header row) are equal, and a group title across the whole
    table (a band restated at the top of a page) labels no columns."""
    n = min(column_header_rows(piece), head.header_rows)
    return (
        n == 0
        or header_texts(piece, n) == header_texts(head, n)
        or same_labels(head, head.header_rows, piece, column_header_rows(piece))
    )


def column_labels(table: Table, n: int) -> list[list[str]]:
    """The words labelling each column in a table's first ``n`` rows, top to bottom."""
    labels: list[list[str]] = [[] for _ in range(table.n_cols)]
    for row in table.grid()[:n]:
        for col, text in enumerate(row):
            labels[col] += text.split()
    return labels


def same_labels(a: Table, na: int, b: Table, nb: int) -> bool:
    """Given two tables and their header rows, say whether every column is labelled alike,
    however the labels are parted into rows: word for word, or the one ending in the other
    (a title set over the first page's header and not over the restated one)."""
    la, lb = column_labels(a, na), column_labels(b, nb)
    return any(la) and all(
        x == y or bool(x and y and (x[-len(y) :] == y or y[-len(x) :] == x))
        for x, y in zip(la, lb, strict=True)
    )


def column_header_rows(table: Table) -> int:
    """The header rows of a table that label columns: none when its header is one band
    (a single cell across the table)."""
    bands = sum(
        1
        for r in range(table.header_rows)
        if sum(1 for c in table.cells if c.row == r and c.text.strip()) <= 1
    )
    return 0 if bands == table.header_rows else table.header_rows


def body_fill_header(head: FoundTable, frag: FoundTable, settings: PdfSettings) -> bool:
    """Given a table's first fragment and the next page's, say whether the header counted on
    the latter is only a body row filled in a colour of its own: it was told by its fill
    alone (no bold), and that fill is not the header's (rows shaded by group)."""
    if frag.table.header_rows == 0 or any(frag.row_bold[: frag.table.header_rows]):
        return False
    fills = [f.grid.fills[0] if f.grid.fills else None for f in (head, frag)]
    return None not in fills and colour_distance(*fills) > settings.header_fill_contrast


def repeated_header(head: Table, frag: Table) -> int:
    """Given the first fragment and a later one, count the later one's rows repeating the header."""
    n, m = head.header_rows, frag.header_rows
    if n and frag.n_rows > n and header_texts(frag, n) == header_texts(head, n):
        return n
    if n and m and frag.n_rows > m and same_labels(head, n, frag, m):
        return m
    return 0


def texts_above(
    frag: FoundTable, page: PageModel, settings: PdfSettings, keys: RunningKeys
) -> set[str]:
    """The texts of the body lines above a fragment on its page, as ``line_key`` reads them."""
    return {line_key(ln) for ln in body_lines(page, 0, frag.bbox.top - 1, settings, keys)}


def line_key(line: Line) -> str:
    """A line's text as restated over a break: case, spacing and 'continued' aside."""
    text = " ".join(w.text for w in line.words)
    return " ".join(CONTINUED.sub("", text).lower().split())
