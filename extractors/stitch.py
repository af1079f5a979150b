"""Join table fragments that continue over page breaks into one Table.

A fragment continues the previous page's last fragment when it is the first thing on its page,
the previous one reaches the bottom of its page, the columns line up and it does not bring a
header of its own that differs. Repeated header rows are dropped, a row cut by the break is
joined back, and a merged cell that runs over the break stays one cell.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from councilplans.extractors.geometry import words_to_lines
from councilplans.extractors.grid import FoundTable, join_lines
from councilplans.extractors.margins import is_running, running_keys
from councilplans.extractors.model import Cell, Table
from councilplans.extractors.page import PageModel
from councilplans.extractors.settings import PdfSettings

ENDS_SENTENCE = re.compile(r"[.!?;)]$")
# words a cell's text does not end on unless the page break cut it
JOINING = frozenset("a an and at by for from in of on or the to with".split())


@dataclass(slots=True)
class MutableCell:
    text: str
    row: int
    col: int
    rowspan: int
    colspan: int


def text_between(
    page: PageModel, top: float, bottom: float, settings: PdfSettings, keys: set[tuple[str, int]]
) -> bool:
    """Given a page and a band, say whether body text (not a running header, footer or page
    number) lies in it."""
    band = [w for w in page.words if top < w.ymid < bottom]
    return any(
        not is_running(ln, page, keys, settings)
        for ln in words_to_lines(band, settings.y_tolerance)
    )


def reaches_bottom(
    frag: FoundTable, page: PageModel, settings: PdfSettings, keys: set[tuple[str, int]]
) -> bool:
    return not text_between(page, frag.bbox.bottom + 1, page.height, settings, keys)


def starts_at_top(
    frag: FoundTable, page: PageModel, settings: PdfSettings, keys: set[tuple[str, int]]
) -> bool:
    return not text_between(page, 0, frag.bbox.top - 1, settings, keys)


def columns_match(a: FoundTable, b: FoundTable, settings: PdfSettings) -> bool:
    """Given two fragments, say whether their column bounds line up."""
    xa, xb = a.grid.xs, b.grid.xs
    if len(xa) != len(xb):
        return False
    narrow = min(y - x for x, y in zip(xa, xa[1:], strict=False))
    loose = a.grid.kind in ("no-rules", "zebra", "h-rules")
    tol = max(settings.stitch_x_tolerance, 0.3 * narrow) if loose else settings.stitch_x_tolerance
    return all(abs(x - y) <= tol for x, y in zip(xa, xb, strict=True))


def header_texts(table: Table, n: int) -> list[list[str]]:
    return [[" ".join(t.split()) for t in row] for row in table.grid()[:n]]


def continues(
    prev: FoundTable,
    prev_page: PageModel,
    frag: FoundTable,
    page: PageModel,
    head: Table,
    settings: PdfSettings,
    keys: set[tuple[str, int]] | None = None,
) -> bool:
    """Given the last fragment on a page and the first on the next, say if they are one table."""
    if prev.table.role != frag.table.role or not columns_match(prev, frag, settings):
        return False
    keys = keys or set()
    at_break = reaches_bottom(prev, prev_page, settings, keys) and starts_at_top(
        frag, page, settings, keys
    )
    if not at_break:
        return False
    # compare the header rows both count: a continuation may take its first (cut) row for
    # a second header row
    n = min(frag.table.header_rows, head.header_rows)
    return n == 0 or header_texts(frag.table, n) == header_texts(head, n)


def chain_fragments(
    pages: Sequence[PageModel],
    fragments: Sequence[Sequence[FoundTable]],
    settings: PdfSettings,
    keys: set[tuple[str, int]] | None = None,
) -> list[list[FoundTable]]:
    """Given fragments per page, group those that make one table, in reading order."""
    chains: list[list[FoundTable]] = []
    for i, frags in enumerate(fragments):
        for j, frag in enumerate(frags):
            prev_chain = chains[-1] if chains and j == 0 and i > 0 else None
            if prev_chain and prev_chain[-1].page == pages[i - 1].number and fragments[i - 1]:
                prev = prev_chain[-1]
                if prev is fragments[i - 1][-1] and continues(
                    prev, pages[i - 1], frag, pages[i], prev_chain[0].table, settings, keys
                ):
                    prev_chain.append(frag)
                    continue
            chains.append([frag])
    return chains


def to_mutable(table: Table, offset: int, skip: int) -> list[MutableCell]:
    return [
        MutableCell(c.text, c.row - skip + offset, c.col, c.rowspan, c.colspan)
        for c in table.cells
        if c.row >= skip
    ]


def repeated_header(head: Table, frag: Table) -> int:
    """Given the first fragment and a later one, count the later one's rows repeating the header."""
    n = head.header_rows
    if n and frag.n_rows > n and header_texts(frag, n) == header_texts(head, n):
        return n
    return 0


def last_row_cells(cells: list[MutableCell], row: int) -> dict[int, MutableCell]:
    """Given cells, return for each column the cell covering ``row``."""
    out: dict[int, MutableCell] = {}
    for c in cells:
        if c.row <= row < c.row + c.rowspan:
            for col in range(c.col, c.col + c.colspan):
                out[col] = c
    return out


def join_over_break(
    cells: list[MutableCell], new: list[MutableCell], row: int
) -> list[MutableCell]:
    """Given the cells so far and a continuation starting at ``row``, merge what the break cut.

    Each column of the continuation's first row is judged on its own: its text goes on from
    the cell above, starts afresh, or cannot tell. A row where some text goes on and none
    starts afresh is the rest of the row above, and the two are joined; so is a row with an
    empty key under a keyed row that it does not fill like a row of its own. Otherwise the row
    is new, but a cell whose text goes on is a merged cell run over the break and stays one
    cell, as does an empty key under a merged key.
    """
    above = last_row_cells(cells, row - 1)
    first = {c.col: c for c in new if c.row == row}
    key_above = above.get(0)
    key = first.get(0)
    if key_above is None or key is None or key.colspan != key_above.colspan:
        return cells + new
    verdicts = {col: phrase_verdict(above.get(col), cell) for col, cell in first.items()}
    carried = not key.text and key_above.rowspan > 1
    unkeyed = not key.text and key_above.text and not carried
    if (GOES_ON in verdicts.values() and STARTS not in verdicts.values()) or (
        unkeyed and not fills_like(above, first)
    ):
        return cells + merge_rows(above, first, new, row)
    if carried:
        verdicts[0] = GOES_ON
    going_on = [first[col] for col, v in verdicts.items() if v == GOES_ON]
    for cell in going_on:
        extend_down(above[cell.col], cell)
    absorbed = {id(c) for c in going_on}
    return cells + [c for c in new if id(c) not in absorbed]


GOES_ON, STARTS = "goes on", "starts"


def phrase_verdict(upper: MutableCell | None, lower: MutableCell) -> str | None:
    """Given the cell above a break and one below it in the same column, say whether the
    lower's text plainly goes on from the upper's (a lower-case word, or after 'of', '&', a
    hyphen...), plainly starts afresh (after a full stop, or under nothing), or neither."""
    if not lower.text:
        return None
    if upper is None or not upper.text or upper.col != lower.col:
        return STARTS
    if ENDS_SENTENCE.search(upper.text):
        return STARTS if lower.text[0].isupper() else None
    last = upper.text.split()[-1].lower()
    if lower.text[0].islower() or last in JOINING or upper.text[-1] in "-–,&/:":
        return GOES_ON
    return None


def extend_down(upper: MutableCell, lower: MutableCell) -> None:
    upper.text = join_lines([upper.text, lower.text]) if lower.text else upper.text
    upper.rowspan += lower.rowspan


def fills_like(above: dict[int, MutableCell], first: dict[int, MutableCell]) -> bool:
    """A row that has text in every column its predecessor has (the key column aside) is a
    new row (another milestone under the same action), not the rest of a row the break cut."""
    filled = {c for c, cell in above.items() if c > 0 and cell.text}
    return bool(filled) and filled <= {c for c, cell in first.items() if c > 0 and cell.text}


def merge_rows(
    above: dict[int, MutableCell], first: dict[int, MutableCell], new: list[MutableCell], row: int
) -> list[MutableCell]:
    """Given a cut row's two halves, append the lower half's text to the upper and drop it.

    A lower-half cell merged down over more rows makes the upper-half cell span them too."""
    for col, cell in first.items():
        target = above.get(col)
        if target is not None and cell.text:
            target.text = join_lines([target.text, cell.text])
    rest = [c for c in new if c.row != row]
    for c in rest:
        c.row -= 1
    for c in new:
        if c.row != row or c.rowspan == 1:
            continue
        target = above.get(c.col)
        if target is not None and target.col == c.col and target.colspan == c.colspan:
            target.rowspan += c.rowspan - 1
        else:
            c.rowspan -= 1
            c.text = ""
            rest.append(c)
    return rest


def chain_to_table(chain: Sequence[FoundTable]) -> Table:
    """Given fragments of one table, return it as one Table with a Provenance per page."""
    head = chain[0].table
    cells = to_mutable(head, 0, 0)
    n_rows = head.n_rows
    row_pages = [chain[0].page] * n_rows  # a row cut by a break keeps the page it starts on
    for frag in chain[1:]:
        skip = repeated_header(head, frag.table)
        cells = join_over_break(cells, to_mutable(frag.table, n_rows, skip), n_rows)
        n_rows = max_row(cells) + 1
        row_pages += [frag.page] * (n_rows - len(row_pages))
    cells.sort(key=lambda c: (c.row, c.col))
    return Table(
        cells=tuple(Cell(c.text, c.row, c.col, c.rowspan, c.colspan) for c in cells),
        n_rows=n_rows,
        n_cols=head.n_cols,
        header_rows=head.header_rows,
        prov=tuple(p for f in chain for p in f.table.prov),
        role=head.role,
        row_pages=tuple(row_pages),
    )


def max_row(cells: Sequence[MutableCell]) -> int:
    return max((c.row + c.rowspan - 1 for c in cells), default=-1)


def stitch_tables(
    pages: Sequence[PageModel],
    fragments: Sequence[Sequence[FoundTable]],
    settings: PdfSettings | None = None,
    keys: set[tuple[str, int]] | None = None,
) -> list[Table]:
    """Given the pages and their table fragments, return the document's tables, each whole."""
    settings = settings or PdfSettings()
    keys = running_keys(pages, settings) if keys is None else keys
    return [chain_to_table(c) for c in chain_fragments(pages, fragments, settings, keys)]
