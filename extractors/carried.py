"""Rows a page break carries onto the next page that no finder sees as a table, read
against the table ending the page before (``stitch.carry_over`` asks):

- a ruled box across the table's width heading the page (``boxed_row``): a full-width row
  drawn with no column rule, in which white space would invent columns;
- plain lines at the top of the page (``carried_row``): the last rows of a table drawn with
  no rule or fill, too few for a finder, or the rest of a row the break cut, down to the
  next ruled row.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from councilplans.extractors.geometry import words_to_lines
from councilplans.extractors.margins import RunningKeys, is_running, text_between
from councilplans.extractors.page import Edge, PageModel, Word
from councilplans.extractors.restated import line_key
from councilplans.extractors.settings import PdfSettings
from councilplans.extractors.tables.grid import FoundTable, Grid, grid_to_table
from councilplans.extractors.tables.region import Region, runs_across
from councilplans.extractors.tables.rows import lines_to_row_breaks
from councilplans.extractors.tables.ruled import is_single_box, lattice_to_region, rules_to_lattices


def boxed_row(
    prev: FoundTable,
    page: PageModel,
    rules: Sequence[Edge],
    settings: PdfSettings,
    keys: RunningKeys,
) -> FoundTable | None:
    """Given the fragment that ends the page before, this page and its rules, return the
    ruled box heading this page as one more row of that table, one cell across it, when the
    box spans the table's width: a full-width row (risks, notes) that Word draws on the next
    page with its borders and no column rule, so that white space would invent columns."""
    xs = prev.grid.xs
    tol = settings.stitch_x_tolerance
    for hs, vs in rules_to_lattices(rules, settings.snap_tolerance):
        region = lattice_to_region(hs, vs)
        x0, top, x1, bottom = region.box
        if not is_single_box(region, settings.snap_tolerance) or rules_inside(region, rules):
            continue
        if abs(x0 - xs[0]) > tol or abs(x1 - xs[-1]) > tol:
            continue
        words = [w for w in page.words if x0 <= w.xmid <= x1 and top <= w.ymid <= bottom]
        if words and not text_between(page, 0, top - 1, settings, keys):
            span = frozenset((0, c) for c in range(1, len(xs) - 1))
            grid = Grid(tuple(xs), (top, bottom), "carried", v_open=span)
            return grid_to_table(grid, words, page.number, settings)
    return None


def rules_inside(region: Region, rules: Sequence[Edge]) -> bool:
    """Whether any rule other than a box's own lies inside it (a page frame round a table)."""
    own = {id(e) for e in (*region.h_rules, *region.v_rules)}
    x0, top, x1, bottom = region.box
    return any(
        id(e) not in own and x0 < e.x0 and e.x1 < x1 and top < e.top and e.bottom < bottom
        for e in rules
    )


def top_body_words(
    page: PageModel,
    frags: Sequence[FoundTable],
    settings: PdfSettings,
    keys: RunningKeys,
    restated: set[str],
) -> list[Word]:
    """Given a page, its fragments and the texts restated from the page before, return the
    body words above the first fragment (all the page's, when it has none): not running
    headers, page numbers, rotated text or a restated line (``line_key``)."""
    limit = frags[0].bbox.top if frags else page.height
    lines = words_to_lines(
        [w for w in page.words if w.upright and w.ymid < limit], settings.y_tolerance
    )
    return [
        w
        for ln in lines
        if not is_running(ln, page, keys, settings) and line_key(ln) not in restated
        for w in ln.words
    ]


def carried_row(
    prev: FoundTable, words: Sequence[Word], page: int, settings: PdfSettings, closed: bool
) -> FoundTable | None:
    """Given the fragment ending the page before and the body words heading this page,
    return their first block of lines (lines at line spacing, up to a note set across the
    columns) as the rows that table carries onto this page, when they read as its rows:
    inside the table's width, text in two or more of its columns on one line at least (not
    a box beside a paragraph) and none running across a column bound. Where a ruled row of
    the same table follows (``closed``), all the lines above it are one row, the rest of
    the row the break cut, in one column or more."""
    lines = words_to_lines(words, settings.y_tolerance)
    if not lines:
        return None
    xs = prev.grid.xs
    block = [lines[0]]
    for ln in lines[1:]:
        if not closed and (
            ln.top - block[-1].bottom > settings.line_gap_ratio * ln.size
            or runs_across([ln], xs, settings)
        ):
            break
        block.append(ln)
    ws = [w for ln in block for w in ln.words]
    pad = settings.box_pad
    if any(w.x0 < xs[0] - pad or w.x1 > xs[-1] + pad for w in ws):
        return None
    if runs_across(block, xs, settings):
        return None
    if not closed and all(len({bisect_right(xs, w.xmid) for w in ln.words}) <= 1 for ln in block):
        return None
    top, bottom = block[0].top - 1, block[-1].bottom + 1
    rows = [] if closed else lines_to_row_breaks(block, xs, settings)
    grid = Grid(tuple(xs), (top, *rows, bottom), "carried")
    return grid_to_table(grid, ws, page, settings)
