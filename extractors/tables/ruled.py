"""Ruled tables: horizontal and vertical rules that cross each other make a lattice.

    page_to_rules -> rules_to_lattices -> lattice_to_region -> (region_to_grid)

A chart's gridlines and axes cross too; ``grid.is_plausible_lattice`` tells them apart by
the text their grid holds.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace

from councilplans.extractors.geometry import (
    cluster_positions,
    connected_groups,
    merge_edges,
    rects_to_edges,
)
from councilplans.extractors.page import Edge, PageModel, Rect, Word
from councilplans.extractors.settings import PdfSettings
from councilplans.extractors.tables.candidates import PageSearch, bbox_of
from councilplans.extractors.tables.hrules import rules_to_hrule_groups
from councilplans.extractors.tables.region import Box, Region, encloses

# a table nested in a cell leaves at least this share of the cell's height to its text
NESTED_ROOM = 0.1
# an underline lies between these shares of its text's size below the text's top and bottom
UNDERLINE_FROM, UNDERLINE_TO = 0.7, 0.1
UNDERLINED_SHARE = 0.6  # ... with text over most of its length (gaps between words aside)
UNDERLINE_GAP = 1.5  # ... and no gap wider than this share of the text's size: a column gap


def find_ruled(search: PageSearch, rules: Sequence[Edge], fills: Sequence[Rect]) -> list[Region]:
    """Offer every lattice of crossing rules as a ruled table (its rows' fills as evidence
    of a shaded header), stacks of boxes side by side joined first; return the boxes around
    other rules (``is_box_around``), to be tried once the tables inside them are found."""
    tol = search.settings.snap_tolerance
    lattices = [
        lattice_to_region(hs, vs)
        for lattice in rules_to_lattices(rules, tol)
        for hs, vs in split_nested(*lattice, tol)
    ]
    regions = join_side_by_side(lattices, search.settings)
    boxed = [is_box_around(r, regions, rules, search.settings) for r in regions]
    # a table nested in another's cell (its own lattice, inside the other's box) first: it
    # takes its words, and the cell keeps the rest of its text
    inner_first = sorted(
        (r for r, box in zip(regions, boxed, strict=True) if not box),
        key=lambda r: -sum(1 for o in regions if o is not r and encloses(o.box, r.box)),
    )
    for region in inner_first:
        search.try_region(region, fills)
    return [r for r, box in zip(regions, boxed, strict=True) if box]


def try_frames(search: PageSearch, frames: Sequence[Region], fills: Sequence[Rect]) -> None:
    """Given the boxes around other rules, set each aside as a frame if a table was kept
    inside it, or offer it as a table of its own."""
    for region in frames:
        if any(encloses(region.box, bbox_of(t.grid)) for t in search.found):
            search.set_aside("ruled", region.box, "frame")
        else:
            search.try_region(region, fills)


def is_box_around(
    region: Region, regions: Sequence[Region], rules: Sequence[Edge], settings: PdfSettings
) -> bool:
    """Whether a lattice is a single ruled box around other rules: a Word text frame or a
    page border round another lattice, or round a stack of horizontal rules of one span
    that meet neither of its sides (a table ruled by rows only). Once a table is kept inside
    it, the box is a frame, not a table, and the words the tables leave stay free for the
    other finders. (A lattice with a grid of its own is a table; one nested in a cell of it
    is tried first, and is a table of its own: ``split_nested``.)"""
    tol = settings.snap_tolerance
    if not is_single_box(region, tol):
        return False
    x0, top, x1, bottom = region.box
    loose = [
        e
        for e in rules
        if e.orientation == "h"
        and top + tol < e.top < bottom - tol
        and x0 + tol < e.x0
        and e.x1 < x1 - tol
    ]
    stacked = any(len(g) > 1 for g in rules_to_hrule_groups(loose, settings))
    return stacked or any(
        other is not region and encloses(region.box, other.box) for other in regions
    )


def is_single_box(region: Region, tol: float) -> bool:
    """Whether a lattice is one ruled box: two horizontal and two vertical rule positions."""
    return (
        len(cluster_positions((e.top for e in region.h_rules), tol)) == 2
        and len(cluster_positions((e.x0 for e in region.v_rules), tol)) == 2
    )


def page_to_rules(page: PageModel, settings: PdfSettings) -> list[Edge]:
    """Given a page, return its rules: drawn lines, thin filled bars and rectangle borders,
    less the underlines of its text (``is_underline``), each judged against the words whose
    foot lies within a line's height of it, not the whole page. A picture's border
    (``is_picture_frame``) draws no rule."""
    tol = settings.snap_tolerance
    rects = [r for r in page.rects if not is_picture_frame(r, page.images, tol)]
    drawn = merge_edges(list(page.edges) + rects_to_edges(rects, settings), settings)
    rules = [e for e in (on_page(e, page, settings) for e in drawn) if e is not None]
    if not page.words:
        return rules
    words = sorted(page.words, key=lambda w: w.bottom)
    bottoms = [w.bottom for w in words]
    reach = max(max(w.size, w.bottom - w.top) for w in words)
    return [
        e
        for e in rules
        if e.orientation != "h"
        or not is_underline(
            e, words[bisect_left(bottoms, e.top - reach) : bisect_right(bottoms, e.top + reach)]
        )
    ]


def is_picture_frame(rect: Rect, images: Sequence[Box], tol: float) -> bool:
    """Whether a stroked rectangle traces an image's four sides: a border drawn round a
    picture (a Word picture's outline), not a table's. What lies inside is the picture's
    (or, on a scanned page, the words OCR read from it), and a table in it has no rules
    that this border could be one of."""
    return rect.stroked and any(
        all(
            abs(a - b) <= tol
            for a, b in zip((rect.x0, rect.top, rect.x1, rect.bottom), image, strict=True)
        )
        for image in images
    )


def on_page(rule: Edge, page: PageModel, settings: PdfSettings) -> Edge | None:
    """Given a rule, return the part of it the page shows, or None: a document laid out as
    one long sheet may draw its whole table on every page, each page showing its own part.
    A rule on the page's edge, or a hair beyond it (``snap_tolerance``), still shows."""
    pad, width, height = settings.snap_tolerance, page.width, page.height
    if rule.x1 < -pad or rule.x0 > width + pad or rule.bottom < -pad or rule.top > height + pad:
        return None
    x0, x1 = min(max(rule.x0, 0.0), width), min(max(rule.x1, 0.0), width)
    top, bottom = min(max(rule.top, 0.0), height), min(max(rule.bottom, 0.0), height)
    if max(x1 - x0, bottom - top) < settings.min_rule_length:
        return None
    return replace(rule, x0=x0, x1=x1, top=top, bottom=bottom)


def is_underline(rule: Edge, words: Sequence[Word]) -> bool:
    """Whether a horizontal rule underlines text (a link, an emphasis): it lies in the
    descender band of words above it (below their baseline, not below their box by more
    than a tenth of their size) and runs no further than they do, under text along most of
    its length and across no gap as wide as columns leave. A table's rule runs past its
    cells' text, or across the gaps between them."""
    if rule.orientation != "h":
        return False
    over = [
        w
        for w in words
        if w.x1 > rule.x0
        and w.x0 < rule.x1
        and w.top + UNDERLINE_FROM * w.size <= rule.top <= w.bottom + UNDERLINE_TO * w.size
    ]
    if not over:
        return False
    size = max(w.size for w in over)
    if rule.x0 < min(w.x0 for w in over) - size / 2 or rule.x1 > max(w.x1 for w in over) + size / 2:
        return False
    xs = sorted((w.x0, w.x1) for w in over)
    if any(b[0] - a[1] > UNDERLINE_GAP * size for a, b in zip(xs, xs[1:], strict=False)):
        return False  # it runs across a gap between columns
    under = sum(min(w.x1, rule.x1) - max(w.x0, rule.x0) for w in over)
    return under >= UNDERLINED_SHARE * (rule.x1 - rule.x0)


def crosses(h: Edge, v: Edge, tol: float) -> bool:
    return h.x0 - tol <= v.x0 <= h.x1 + tol and v.top - tol <= h.top <= v.bottom + tol


def rules_to_lattices(
    rules: Sequence[Edge], tol: float, least_h: int = 2
) -> list[tuple[list[Edge], list[Edge]]]:
    """Given rules, return groups of horizontal and vertical rules connected by crossings,
    each with two or more vertical and ``least_h`` or more horizontal ones."""
    hs = [e for e in rules if e.orientation == "h"]
    vs = sorted((e for e in rules if e.orientation == "v"), key=lambda e: e.x0)
    vx = [v.x0 for v in vs]
    links = (
        (i, len(hs) + j)
        for i, h in enumerate(hs)
        for j in range(bisect_left(vx, h.x0 - tol), bisect_right(vx, h.x1 + tol))
        if crosses(h, vs[j], tol)
    )
    lattices = []
    for group in connected_groups(len(hs) + len(vs), links):
        h_group = [hs[i] for i in group if i < len(hs)]
        v_group = [vs[i - len(hs)] for i in group if i >= len(hs)]
        if len(h_group) >= least_h and len(v_group) > 1:
            lattices.append((h_group, v_group))
    return lattices


def split_nested(hs: list[Edge], vs: list[Edge], tol: float) -> list[tuple[list[Edge], list[Edge]]]:
    """Given a lattice, return it less the tables nested in its cells, and each of those:
    the rules running its whole width and height make a coarse grid, and a group of the
    other rules that lies in one coarse cell, clear of both its side walls (a table set
    inside a cell, with the cell's padding around it, though it may stand on the cell's
    foot), is a lattice of its own. A merged cell's rules run from wall to wall."""
    x0, x1 = min(e.x0 for e in hs), max(e.x1 for e in hs)
    top, bottom = min(e.top for e in vs), max(e.bottom for e in vs)
    full_h = [e for e in hs if e.x0 <= x0 + tol and e.x1 >= x1 - tol]
    full_v = [e for e in vs if e.top <= top + tol and e.bottom >= bottom - tol]
    walls = cluster_positions((e.x0 for e in full_v), tol)
    floors = cluster_positions((e.top for e in full_h), tol)
    if len(walls) < 2 or len(floors) < 2:
        return [(hs, vs)]
    frame = {id(e) for e in full_h + full_v}
    rest = [e for e in hs + vs if id(e) not in frame]
    nested = [
        with_floor(gh, gv, floors, tol)
        for gh, gv in rules_to_lattices(rest, tol, least_h=1)
        if in_one_cell(gh + gv, walls, floors, tol)
    ]
    nested = [(gh, gv) for gh, gv in nested if len(gh) > 1]
    if not nested:
        return [(hs, vs)]
    inner = {id(e) for gh, gv in nested for e in gh + gv}
    outer = ([e for e in hs if id(e) not in inner], [e for e in vs if id(e) not in inner])
    return [outer, *nested]


def with_floor(
    hs: list[Edge], vs: list[Edge], floors: Sequence[float], tol: float
) -> tuple[list[Edge], list[Edge]]:
    """Given a nested table's rules, return them with the cell's floor or ceiling its rules
    down reach as its own rule there, where it draws none: cut by a page break, it stands on
    the cell's edge."""
    x0, x1 = min(e.x0 for e in hs + vs), max(e.x1 for e in hs + vs)
    ends = [y for v in vs for y in (v.top, v.bottom)]
    drawn = [h.top for h in hs]
    added = [
        Edge("h", x0, y, x1, y)
        for y in floors
        if any(abs(y - end) <= tol for end in ends) and all(abs(y - d) > tol for d in drawn)
    ]
    return [*hs, *added], vs


def in_one_cell(
    rules: Sequence[Edge], walls: Sequence[float], floors: Sequence[float], tol: float
) -> bool:
    """Whether rules lie within one cell of a coarse grid, clear of its two side walls, and
    leave room in it for the cell's own text (``NESTED_ROOM`` of its height, above or below).
    A header cell boxed apart from its neighbours, with its sub-columns ruled inside, fills
    its cell's height: it is part of the table, not a table in it."""
    x0, x1 = min(e.x0 for e in rules), max(e.x1 for e in rules)
    top, bottom = min(e.top for e in rules), max(e.bottom for e in rules)
    col = bisect_right(walls, x0 + tol) - 1
    row = bisect_right(floors, top + tol) - 1
    if not (0 <= col < len(walls) - 1 and 0 <= row < len(floors) - 1):
        return False
    height = floors[row + 1] - floors[row]
    inside = x1 <= walls[col + 1] + tol and bottom <= floors[row + 1] + tol
    room = bottom - top <= (1 - NESTED_ROOM) * height
    return inside and room and x0 > walls[col] + tol and x1 < walls[col + 1] - tol


def lattice_to_region(hs: list[Edge], vs: list[Edge]) -> Region:
    box = (
        min(e.x0 for e in hs + vs),
        min(e.top for e in hs + vs),
        max(e.x1 for e in hs + vs),
        max(e.bottom for e in hs + vs),
    )
    return Region(box, "ruled", tuple(hs), tuple(vs), split_bands=False)


def join_side_by_side(regions: Sequence[Region], settings: PdfSettings) -> list[Region]:
    """Given lattices, join each run of them set side by side across a narrow gutter whose
    rows line up, pair by pair (``row_edges_pair``): a table drawn as one stack of boxes per
    column, the stacks' edges a few points apart, is one table whose columns part at the
    middle of each gutter."""
    out: list[Region] = []
    for region in sorted(regions, key=lambda r: r.box[0]):
        partner = next((r for r in out if beside(r, region, settings)), None)
        if partner is None:
            out.append(region)
        else:
            out[out.index(partner)] = join_two(partner, region, settings)
    return out


def beside(left: Region, right: Region, settings: PdfSettings) -> bool:
    """Whether a lattice stands just right of another, its rows lined up with the other's."""
    gutter = right.box[0] - left.box[2]
    return 0 < gutter <= settings.stack_gutter and row_edges_pair(left, right, settings)


def row_edges(region: Region, settings: PdfSettings) -> list[float]:
    return cluster_positions((e.top for e in region.h_rules), settings.snap_tolerance)


def row_edges_pair(a: Region, b: Region, settings: PdfSettings) -> bool:
    """Whether two lattices have as many row edges, three at least, each within
    ``stack_align`` of its partner (top and bottom among them)."""
    ea, eb = row_edges(a, settings), row_edges(b, settings)
    return len(ea) == len(eb) > 2 and all(
        abs(x - y) <= settings.stack_align for x, y in zip(ea, eb, strict=True)
    )


def join_two(left: Region, right: Region, settings: PdfSettings) -> Region:
    """Two lattices side by side as one: a rule across both at each pair of row edges, the
    left one's column rules but its last, the right one's but its first, and a rule down the
    middle of the gutter between them."""
    pairs = zip(row_edges(left, settings), row_edges(right, settings), strict=True)
    ys = [(a + b) / 2 for a, b in pairs]
    x0, x1 = left.box[0], right.box[2]
    top, bottom = ys[0], ys[-1]
    hs = [Edge("h", x0, y, x1, y) for y in ys]
    middle = (left.box[2] + right.box[0]) / 2
    inner = [e for e in left.v_rules if e.x0 < left.box[2] - settings.snap_tolerance] + [
        e for e in right.v_rules if e.x0 > right.box[0] + settings.snap_tolerance
    ]
    vs = [*inner, Edge("v", middle, top, middle, bottom)]
    box = (x0, min(left.box[1], right.box[1]), x1, max(left.box[3], right.box[3]))
    return Region(box, "ruled", tuple(hs), tuple(vs), split_bands=False)
