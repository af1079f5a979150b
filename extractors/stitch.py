"""Everything that crosses a page break: one pass over the pages' table fragments.

A fragment continues the previous page's last fragment when it is the first thing on its page,
the previous one reaches the bottom of its page, the columns line up and it does not bring a
header of its own that differs (``continues``). Repeated header rows are dropped, a row cut by
the break is joined back, and a merged cell that runs over the break stays one cell
(``chain_to_table``).

Two kinds of fragment only the page before can explain, judged here once:

- a lone row of filled cells (``grid.is_lone_row``): the last row of a table carried onto a
  new page, or a row of coloured boxes that is no table at all. It is first settled against
  the text tables found over it on its own page (``settle_lone_rows``), then kept only if it
  continues the table ending the page before; otherwise its words go back to the text.
- a carried row (carried.py): the plain last row of a table, alone at the top of a new page
  and drawn with no rule or fill, which no finder sees as a table, or the rest of a row the
  break cut; or a ruled box across the table's width heading the page.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from councilplans.extractors.carried import boxed_row, carried_row, top_body_words
from councilplans.extractors.margins import (
    RunningKeys,
    body_lines,
    footnotes_top,
    running_keys,
    text_between,
)
from councilplans.extractors.model import BBox, Cell, Table
from councilplans.extractors.page import Edge, PageModel, colour_distance
from councilplans.extractors.restated import (
    body_fill_header,
    line_key,
    repeated_header,
    same_header,
    texts_above,
)
from councilplans.extractors.settings import PdfSettings
from councilplans.extractors.tables.columns import settle_columns
from councilplans.extractors.tables.grid import (
    JOINING,
    FoundTable,
    is_lone_row,
    join_lines,
)
from councilplans.extractors.tables.ruled import (
    page_to_rules,
)

ENDS_SENTENCE = re.compile(r"[.!?;)]$")


@dataclass(frozen=True, slots=True)
class Stitched:
    """The page-break pass's result: the fragments kept on each page, and the tables they
    make, each whole."""

    fragments: tuple[tuple[FoundTable, ...], ...]
    tables: tuple[Table, ...]
    doubts: tuple[str, ...] = ()  # page breaks a table may run over, left unjoined


def stitch_pages(
    pages: Sequence[PageModel],
    fragments: Sequence[Sequence[FoundTable]],
    settings: PdfSettings | None = None,
    keys: RunningKeys | None = None,
    rules: Sequence[Sequence[Edge]] | None = None,
) -> Stitched:
    """Given the pages and each page's table fragments, return the fragments kept and the
    document's tables: lone rows settled, carried rows found, fragments chained over breaks.
    ``rules`` are each page's rules as table finding read them (read again where absent)."""
    settings = settings or PdfSettings()
    keys = running_keys(pages, settings) if keys is None else keys
    kept: list[list[FoundTable]] = []
    chains: list[list[FoundTable]] = []
    doubts: list[str] = []
    for i, page in enumerate(pages):
        frags = settle_lone_rows(fragments[i], settings)
        prev = kept[i - 1][-1] if i and kept[i - 1] else None
        if prev is not None and reaches_bottom(prev, pages[i - 1], settings, keys):
            page_rules = rules[i] if rules is not None else page_to_rules(page, settings)
            restated = texts_above(prev, pages[i - 1], settings, keys)
            frags = carry_over(prev, page, page_rules, frags, settings, keys, restated)
        kept.append(
            chain_page(frags, prev, pages[i - 1] if i else None, page, chains, settings, keys)
        )
        starts = {id(c[0]) for c in chains}
        if prev is not None and kept[i] and id(kept[i][0]) in starts and not is_lone_row(prev):
            doubts += doubt_at_break(prev, pages[i - 1], kept[i][0], page, settings, keys)
    alone = {id(c[0]) for c in chains if len(c) == 1 and needs_a_table(c[0])}
    tables = tuple(settle_columns(chain_to_table(c)) for c in chains if id(c[0]) not in alone)
    settled = tuple(tuple(f for f in k if id(f) not in alone) for k in kept)
    return Stitched(settled, tables, tuple(doubts))


def doubt_at_break(
    prev: FoundTable,
    prev_page: PageModel,
    frag: FoundTable,
    page: PageModel,
    settings: PdfSettings,
    keys: RunningKeys,
) -> list[str]:
    """Given the last fragment of a page and the first of the next, which starts a table of
    its own, say why that may be wrong: the one reaches the page's foot, the other heads the
    next page with no header that differs, and only their columns keep them apart (a table
    whose columns were read differently on the two pages, or two tables: nothing tells)."""
    if (
        prev.table.role == frag.table.role == "data"
        and reaches_bottom(prev, prev_page, settings, keys)
        and starts_at_top(frag, page, settings, keys)
        and same_header(frag.table, prev.table)
        and not columns_match(prev, frag, settings)
    ):
        return [
            f"pages {prev_page.number}-{page.number}: a table may run on over the page break, "
            f"but its columns ({prev.table.n_cols} and {frag.table.n_cols}) do not line up; "
            "kept as two tables"
        ]
    return []


def chain_page(
    frags: Sequence[FoundTable],
    prev: FoundTable | None,
    prev_page: PageModel | None,
    page: PageModel,
    chains: list[list[FoundTable]],
    settings: PdfSettings,
    keys: RunningKeys,
) -> list[FoundTable]:
    """Given one page's fragments and the last fragment kept on the page before, add each to
    the chain it continues or a new one (in ``chains``); return the fragments kept. The
    first fragment kept on the page may continue the previous page's table, a later one the
    fragment just above it (``stacks_on``). A lone row is kept if, first on its page, it
    continues the previous page's table; if it stacks on the table above it (a total row
    after a spreadsheet's blank row); or if, last on its page, it reaches the page's foot,
    where it may head the next page's table (``stitch_pages`` drops it if nothing joins it)."""
    kept: list[FoundTable] = []
    for j, frag in enumerate(frags):
        joins = (
            not kept
            and prev is not None
            and prev_page is not None
            and continues(prev, prev_page, frag, page, chains[-1], settings, keys)
        )
        heads = j == len(frags) - 1 and reaches_bottom(frag, page, settings, keys)
        stacked = bool(kept) and stacks_on(
            kept[-1], frag, page, chains[-1][0].table, settings, keys
        )
        if needs_a_table(frag) and not (j == 0 and joins) and not heads and not stacked:
            continue
        kept.append(frag)
        if joins or stacked:
            chains[-1].append(frag)
        else:
            chains.append([frag])
    return kept


def needs_a_table(frag: FoundTable) -> bool:
    """Whether a fragment is kept only as part of a table it goes on from or heads: a lone
    row, or rows carried onto a page."""
    return is_lone_row(frag) or frag.grid.kind == "carried"


def carry_over(
    prev: FoundTable,
    page: PageModel,
    rules: Sequence[Edge],
    frags: Sequence[FoundTable],
    settings: PdfSettings,
    keys: RunningKeys,
    restated: set[str],
) -> list[FoundTable]:
    """Given the fragment that ends the page before at its foot, this page's fragments and
    the texts set above that fragment on its page, return the fragments with the row that
    table carries onto this page put first: a ruled box across the table's width
    (``boxed_row``), else plain lines at the top (``carried_row``), what is restated aside."""
    boxed = boxed_row(prev, page, rules, settings, keys)
    if boxed is not None:
        return [boxed, *(f for f in frags if not within(f.bbox, boxed.bbox, settings.box_pad))]
    words = top_body_words(page, frags, settings, keys, restated)
    # under a cut row, a rule opening the next body row of the same columns closes it: all
    # the row's paragraphs lie above that rule (a header there opens a table, or restates one)
    closed = (
        bool(frags)
        and 0 in frags[0].grid.ruled_rows
        and frags[0].table.header_rows == 0
        and lines_up(frags[0], page, prev, page, settings)
    )
    row = carried_row(prev, words, page.number, settings, closed)
    return [row, *frags] if row is not None else list(frags)


def settle_lone_rows(found: Sequence[FoundTable], settings: PdfSettings) -> list[FoundTable]:
    """Given a page's fragments, settle each lone row of filled cells against the tables
    later finders made of its words: one reaching beyond the row wins (the row is the shaded
    header of a table whose body is plain text); one wholly inside the row gives way to it."""
    lone = [f for f in found if is_lone_row(f)]
    beaten: set[int] = set()
    for row in lone:
        for other in found:
            if other is row or not boxes_overlap(row.bbox, other.bbox):
                continue
            if within(other.bbox, row.bbox, settings.box_pad):
                beaten.add(id(other))
            else:
                beaten.add(id(row))
    return [f for f in found if id(f) not in beaten]


def boxes_overlap(a: BBox, b: BBox) -> bool:
    return min(a.x1, b.x1) > max(a.x0, b.x0) and min(a.bottom, b.bottom) > max(a.top, b.top)


def within(inner: BBox, outer: BBox, pad: float) -> bool:
    return (
        inner.x0 >= outer.x0 - pad
        and inner.x1 <= outer.x1 + pad
        and inner.top >= outer.top - pad
        and inner.bottom <= outer.bottom + pad
    )


@dataclass(slots=True)
class MutableCell:
    text: str
    row: int
    col: int
    rowspan: int
    colspan: int


def reaches_bottom(
    frag: FoundTable, page: PageModel, settings: PdfSettings, keys: RunningKeys
) -> bool:
    """Whether nothing but page furniture and footnotes lies under a fragment on its page."""
    lines = body_lines(page, frag.bbox.bottom + 1, page.height, settings, keys)
    foot = footnotes_top(lines, settings)
    return all(foot is not None and ln.top >= foot for ln in lines)


def starts_at_top(
    frag: FoundTable, page: PageModel, settings: PdfSettings, keys: RunningKeys
) -> bool:
    return not text_between(page, 0, frag.bbox.top - 1, settings, keys)


def opens_page(
    frag: FoundTable,
    page: PageModel,
    prev: FoundTable,
    prev_page: PageModel,
    settings: PdfSettings,
    keys: RunningKeys,
) -> bool:
    """Whether a fragment opens its page after nothing but what stood above the previous
    fragment on its page, restated (a caption such as 'All figures in £m', or a title
    marked 'continued')."""
    above = body_lines(page, 0, frag.bbox.top - 1, settings, keys)
    if not above:
        return True
    before = texts_above(prev, prev_page, settings, keys)
    return all(line_key(ln) in before for ln in above)


def stacks_on(
    upper: FoundTable,
    lower: FoundTable,
    page: PageModel,
    head: Table,
    settings: PdfSettings,
    keys: RunningKeys,
) -> bool:
    """Given two fragments one above the other on a page, say whether they are one table
    drawn in two pieces (a spreadsheet's blank row left without borders): the same columns,
    a small gap with no text in it, and no header of the lower's own that differs."""
    gap = lower.bbox.top - upper.bbox.bottom
    if upper.table.role != lower.table.role or not 0 <= gap <= settings.stack_gap:
        return False
    if not lines_up(upper, page, lower, page, settings):
        return False
    if text_between(page, upper.bbox.bottom + 1, lower.bbox.top - 1, settings, keys):
        return False
    return same_header(lower.table, head)


def columns_match(a: FoundTable, b: FoundTable, settings: PdfSettings) -> bool:
    """Given two fragments, say whether their column bounds line up."""
    xa, xb = a.grid.xs, b.grid.xs
    if len(xa) != len(xb):
        return False
    narrow = min(y - x for x, y in zip(xa, xa[1:], strict=False))
    tol = max(settings.stitch_x_tolerance, settings.stitch_column_share * narrow)
    return all(abs(x - y) <= tol for x, y in zip(xa, xb, strict=True))


def lines_up(
    a: FoundTable, a_page: PageModel, b: FoundTable, b_page: PageModel, settings: PdfSettings
) -> bool:
    """Given two fragments and their pages, say whether their columns line up: the same
    bounds, or a lone row's words inside the other's columns (``row_fits``)."""
    return (
        columns_match(a, b, settings)
        or (is_lone_row(a) and row_fits(a, a_page, b, settings))
        or (is_lone_row(b) and row_fits(b, b_page, a, settings))
    )


def row_fits(lone: FoundTable, page: PageModel, frag: FoundTable, settings: PdfSettings) -> bool:
    """Given a lone row on a page and a fragment, say whether each word of the row lies
    inside the fragment's column of the same number. A single line's column bounds fall
    anywhere in the gaps between its words, so the bounds themselves are not compared."""
    xs, bounds = lone.grid.xs, frag.grid.xs
    if len(xs) != len(bounds):
        return False
    tol, box = settings.stitch_x_tolerance, lone.bbox
    for w in page.words:
        if box.top <= w.ymid <= box.bottom and box.x0 <= w.xmid <= box.x1:
            c = min(max(bisect_right(xs, w.xmid) - 1, 0), lone.grid.n_cols - 1)
            if w.x0 < bounds[c] - tol or w.x1 > bounds[c + 1] + tol:
                return False
    return True


def continues(
    prev: FoundTable,
    prev_page: PageModel,
    frag: FoundTable,
    page: PageModel,
    chain: Sequence[FoundTable],
    settings: PdfSettings,
    keys: RunningKeys,
) -> bool:
    """Given the last fragment on a page, the first on the next and the chain the former
    ends, say if they are one table. A page opening with the table's header again starts a
    new table where that table went on over an earlier break without it (it does not repeat
    it) or where the header is now filled in another colour (the next section's table)."""
    if prev.table.role != frag.table.role or not lines_up(prev, prev_page, frag, page, settings):
        return False
    at_break = reaches_bottom(prev, prev_page, settings, keys) and opens_page(
        frag, page, prev, prev_page, settings, keys
    )
    head = chain[0].table
    if not at_break or not (
        same_header(frag.table, head) or body_fill_header(chain[0], frag, settings)
    ):
        return False
    if repeated_header(head, frag.table) == 0:
        return True
    fills = [f.grid.fills[0] for f in (chain[0], frag) if f.grid.fills and f.grid.fills[0]]
    recoloured = len(fills) == 2 and colour_distance(*fills) > settings.header_fill_contrast
    over_breaks = [b for a, b in zip(chain, chain[1:], strict=False) if b.page != a.page]
    return not recoloured and all(repeated_header(head, f.table) > 0 for f in over_breaks)


def to_mutable(table: Table, offset: int, skip: int) -> list[MutableCell]:
    return [
        MutableCell(c.text, c.row - skip + offset, c.col, c.rowspan, c.colspan)
        for c in table.cells
        if c.row >= skip
    ]


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
    header_rows = chain_header_rows(chain)
    cells = to_mutable(head, 0, 0)
    n_rows = head.n_rows
    row_pages = [chain[0].page] * n_rows  # a row cut by a break keeps the page it starts on
    for before, frag in zip(chain, chain[1:], strict=False):
        skip = repeated_header(head, frag.table)
        rows = to_mutable(frag.table, n_rows, skip)
        # a page break may cut a row, but not a header row, unless a header left alone at a
        # page's foot goes on at the next page's top; a gap on one page cuts none
        whole = frag.page == before.page or n_rows <= header_rows
        if frag.page != before.page and is_cut_header(before, frag, skip):
            first = {c.col: c for c in rows if c.row == n_rows}
            cells = cells + merge_rows(last_row_cells(cells, n_rows - 1), first, rows, n_rows)
        else:
            cells = cells + rows if whole else join_over_break(cells, rows, n_rows)
        n_rows = max_row(cells) + 1
        row_pages += [frag.page] * (n_rows - len(row_pages))
    cells.sort(key=lambda c: (c.row, c.col))
    return Table(
        cells=tuple(Cell(c.text, c.row, c.col, c.rowspan, c.colspan) for c in cells),
        n_rows=n_rows,
        n_cols=head.n_cols,
        header_rows=header_rows,
        prov=tuple(p for f in chain for p in f.table.prov),
        role=head.role,
        row_pages=tuple(row_pages),
    )


def chain_header_rows(chain: Sequence[FoundTable]) -> int:
    """The header rows of a chained table: its first fragment's, or, where that fragment is
    a lone row in bold (a header left alone at a page's foot), that row, and the next
    fragment's header rows when the row goes on in them (``is_cut_header``)."""
    head = chain[0]
    if len(chain) > 1 and is_lone_row(head) and head.row_bold == (True,):
        cut = is_cut_header(head, chain[1], repeated_header(head.table, chain[1].table))
        return max(1, chain[1].table.header_rows) if cut else 1
    return head.table.header_rows


def is_cut_header(before: FoundTable, frag: FoundTable, skip: int) -> bool:
    """Whether a lone row (a header left at a page's foot) goes on in the header row that
    opens the next page's fragment: that row repeats nothing and has no rule over it."""
    return (
        is_lone_row(before)
        and skip == 0
        and frag.table.header_rows > 0
        and 0 not in frag.grid.ruled_rows
    )


def max_row(cells: Sequence[MutableCell]) -> int:
    return max((c.row + c.rowspan - 1 for c in cells), default=-1)
