"""Tables drawn with coloured fills: zebra bands (every row, or every other row, shaded across
the table) and heat maps (each cell filled, white gaps between).

    page_to_fills -> fills_to_groups -> is_zebra ? zebra_to_region : heatmap_to_grid

Fills are taken as the eye sees them: Word shades a cell one text line at a time, so a stack
of touching fills of one colour is one shape. A heat map's rows are read from the fills
themselves (``fill_row_bounds``); an unshaded header above and last row below join them.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence

from councilplans.extractors.geometry import (
    Line,
    cluster_positions,
    fills_to_stacks,
    line_to_segments,
    rects_to_boxes,
    union_rects,
    words_to_lines,
)
from councilplans.extractors.page import Edge, PageModel, Rect, Word, colour_distance
from councilplans.extractors.settings import PdfSettings
from councilplans.extractors.tables.candidates import PageSearch
from councilplans.extractors.tables.grid import MIN_COLUMNS, Grid
from councilplans.extractors.tables.region import (
    Box,
    Region,
    flows_across,
    words_in,
)
from councilplans.extractors.tables.rows import column_lines, wrap_gap

RECENT_FILLS = 50  # a fill is lined up against the last this many of a group: bounds work only


def find_filled(search: PageSearch, fills: Sequence[Rect]) -> None:
    """Offer every group of fills holding text: zebra bands as a region, a heat map as the
    grid its fills draw."""
    settings = search.settings
    for shapes, parts in fills_to_groups(fills, settings):
        zebra = is_zebra(parts, settings)
        if zebra:
            search.try_region(zebra_to_region(parts, search.free, settings), parts)
        elif boxes_hold_text(shapes, search.free):
            grid = heatmap_to_grid(parts, search.free, settings)
            if grid is not None:
                search.try_grid(grid)


def page_to_fills(page: PageModel, settings: PdfSettings) -> list[Rect]:
    """Given a page, return its coloured fills (gradient strips joined)."""
    return rects_to_boxes(page.rects, page.width * page.height, settings)


def fills_to_groups(
    fills: Sequence[Rect], settings: PdfSettings
) -> list[tuple[list[Rect], list[Rect]]]:
    """Given fills, return the groups that make one table each, as (shapes, fills): a shape
    is a stack of touching fills of one colour, as the eye sees it."""
    stacks = fills_to_stacks(fills, settings.cell_gap, settings.same_colour)
    shapes = [union_rects(st) for st in stacks]
    parts = {id(shape): st for shape, st in zip(shapes, stacks, strict=True)}
    return [
        (group, [part for shape in group for part in parts[id(shape)]])
        for group in shapes_to_groups(shapes, settings)
    ]


def shapes_to_groups(boxes: Sequence[Rect], settings: PdfSettings) -> list[list[Rect]]:
    """Given fills, group those near each other (cells of one table); bands of one width, and
    cells lined up under a cell of the group, group over a wider gap, since banded tables leave
    every other row unfilled."""
    reach, tol = settings.fill_group_reach, settings.fill_align_tolerance
    groups: list[list[Rect]] = []
    bounds: list[list[float]] = []
    for b in sorted(boxes, key=lambda b: b.top):
        for g, bb in zip(groups, bounds, strict=False):
            same_width = abs(b.x0 - bb[0]) <= tol and abs(b.x1 - bb[2]) <= tol
            lined_up = same_width or any(
                abs(b.x0 - o.x0) <= tol and abs(b.x1 - o.x1) <= tol for o in g[-RECENT_FILLS:]
            )
            down = settings.band_gap_ratio * max(b.height, g[-1].height) if lined_up else reach
            if b.top <= bb[3] + down and b.x0 <= bb[2] + reach and b.x1 >= bb[0] - reach:
                g.append(b)
                bb[:] = [min(bb[0], b.x0), bb[1], max(bb[2], b.x1), max(bb[3], b.bottom)]
                break
        else:
            groups.append([b])
            bounds.append([b.x0, b.top, b.x1, b.bottom])
    return [g for g in groups if len(g) > 1]


def is_zebra(group: Sequence[Rect], settings: PdfSettings) -> bool:
    """Given grouped fills, say whether each spans the group's width (row bands)."""
    tol = settings.fill_align_tolerance
    x0 = min(b.x0 for b in group)
    x1 = max(b.x1 for b in group)
    return all(abs(b.x0 - x0) <= tol and abs(b.x1 - x1) <= tol for b in group)


def boxes_hold_text(group: Sequence[Rect], words: Sequence[Word]) -> bool:
    """Given fills, say whether half of them (two at least) hold text."""
    held = sum(
        1
        for b in group
        if any(b.x0 <= w.xmid <= b.x1 and b.top <= w.ymid <= b.bottom for w in words)
    )
    return held >= max(2, len(group) // 2)


def zebra_to_region(group: Sequence[Rect], words: Sequence[Word], settings: PdfSettings) -> Region:
    """Given row bands, return their region, grown by one unshaded row above and below."""
    x0 = min(b.x0 for b in group)
    x1 = max(b.x1 for b in group)
    top = min(b.top for b in group)
    bottom = max(b.bottom for b in group)
    pitch = statistics.median(b.height for b in group)
    edges = [Edge("h", x0, y, x1, y) for b in group for y in (b.top, b.bottom)]
    below = row_below(words, (x0, bottom, x1, bottom + pitch * settings.row_below_ratio), settings)
    if below:
        bottom = max(w.bottom for w in below) + 1
        edges.append(Edge("h", x0, bottom, x1, bottom))
    strip = (x0, top - pitch * settings.header_above_ratio, x1, top)
    above = row_above(words, strip, pitch, settings)
    if above:
        top = min(w.top for w in above) - 1
        edges.append(Edge("h", x0, top, x1, top))
    return Region((x0, top, x1, bottom), "zebra", tuple(edges), (), split_bands=False)


def row_below(words: Sequence[Word], box: Box, settings: PdfSettings) -> list[Word]:
    """Given words and a strip under a table, return the unshaded last row starting in it:
    a line of cells and the wrapped lines that follow it at line spacing."""
    near = [w for w in words if box[0] - 1 <= w.x0 and w.x1 <= box[2] + 1 and w.top >= box[1] - 1]
    lines = words_to_lines(near, settings.y_tolerance)
    if not lines or lines[0].top > box[3] or len(line_to_segments(lines[0], settings)) <= 1:
        return []
    kept = [lines[0]]
    for ln in lines[1:]:
        if ln.top - kept[-1].bottom > settings.line_gap_ratio * ln.size:
            break
        kept.append(ln)
    return [w for ln in kept for w in ln.words]


def row_above(
    words: Sequence[Word],
    box: Box,
    pitch: float,
    settings: PdfSettings,
    max_gap: float | None = None,
) -> list[Word]:
    """Given words and a strip over a table, return the unshaded header row ending just above
    it: lines at line spacing (a wrapped header), one of them split into two or more cells.
    ``max_gap`` lets the climb cross wider gaps (label rows over a matrix)."""
    near = [
        w
        for w in words
        if box[0] - 1 <= w.x0 and w.x1 <= box[2] + 1 and box[1] <= w.top <= w.bottom <= box[3] + 1
    ]
    lines = words_to_lines(near, settings.y_tolerance)
    if not lines or box[3] - lines[-1].bottom > pitch:
        return []
    kept = [lines[-1]]
    for ln in reversed(lines[:-1]):
        gap = settings.line_gap_ratio * ln.size if max_gap is None else max_gap
        if kept[-1].top - ln.bottom > gap:
            break
        kept.append(ln)
    if max(len(line_to_segments(ln, settings)) for ln in kept) <= 1:
        return []
    return [w for ln in kept for w in ln.words]


def heatmap_to_grid(
    group: Sequence[Rect], words: Sequence[Word], settings: PdfSettings
) -> Grid | None:
    """Given cells drawn as fills with white gaps, return their grid, merging across any
    bound that a fill covers, with a label column on the left, a header row above and, in a
    banded table, an unshaded last row below."""
    cluster = settings.fill_edge_cluster
    xs = cluster_positions([*(b.x0 for b in group), *(b.x1 for b in group)], cluster)
    ys = fill_row_bounds(group, words, xs, settings)
    if len(xs) - 1 < MIN_COLUMNS or len(ys) <= 1:  # a row of fills at least
        return None
    pitch = fill_pitch(group, settings)
    reach = xs[0] - settings.label_column_reach
    left = [w for w in words if ys[0] < w.ymid < ys[-1] and w.x1 <= xs[0] + 1 and w.x0 > reach]
    if left:
        xs = [min(w.x0 for w in left) - 1, *xs]
    banded = is_banded(group, ys)
    # over a banded table, the row above the first shaded one may be as tall as any
    tallest = max(
        settings.label_rows_ratio * pitch, *(b - a for a, b in zip(ys, ys[1:], strict=False))
    )
    ys = [*label_rows_above(pitch, words, xs, ys, settings, tallest if banded else None), *ys]
    if banded:
        strip = (xs[0], ys[-1], xs[-1], ys[-1] + pitch * settings.row_below_ratio)
        below = row_below(words, strip, settings)
        if below:
            ys.append(max(w.bottom for w in below) + 1)
    return Grid(
        tuple(xs),
        tuple(ys),
        "heatmap",
        frozenset(fills_merge_rows(group, words, xs, ys, settings)),
        frozenset(fills_merge_columns(group, words, xs, ys, settings)),
    )


def fills_merge_rows(
    group: Sequence[Rect],
    words: Sequence[Word],
    xs: Sequence[float],
    ys: Sequence[float],
    settings: PdfSettings,
) -> set[tuple[int, int]]:
    """(row, col) where one fill runs down over the bound above the row and the text does not
    part there."""
    tol = settings.fill_cover_tolerance
    return {
        (r, c)
        for r in range(1, len(ys) - 1)
        for c in range(len(xs) - 1)
        if any_box_over(group, (xs[c] + xs[c + 1]) / 2, ys[r], "y", tol)
        and not text_parts_rows(words, (xs[c], ys[r - 1], xs[c + 1], ys[r + 1]), ys[r], settings)
    }


def fills_merge_columns(
    group: Sequence[Rect],
    words: Sequence[Word],
    xs: Sequence[float],
    ys: Sequence[float],
    settings: PdfSettings,
) -> set[tuple[int, int]]:
    """(row, col) where one fill runs across the bound left of the column and the text does
    not part there."""
    tol = settings.fill_cover_tolerance
    return {
        (r, c)
        for r in range(len(ys) - 1)
        for c in range(1, len(xs) - 1)
        if any_box_over(group, xs[c], (ys[r] + ys[r + 1]) / 2, "x", tol)
        and not text_parts_columns(words, (xs[c - 1], ys[r], xs[c + 1], ys[r + 1]), xs[c], settings)
    }


def text_parts_rows(words: Sequence[Word], box: Box, y: float, settings: PdfSettings) -> bool:
    """Given words, a box over two cells one above the other and the bound between them,
    say whether the text parts there into two rows even though one fill covers both (same
    coloured cells touching): lines on both sides, further apart than wrapped lines."""
    lines = words_to_lines(words_in(words, box), settings.y_tolerance)
    gap = gap_at(lines, y)
    return gap is not None and gap > settings.line_gap_ratio * statistics.median(
        ln.size for ln in lines
    )


def text_parts_columns(words: Sequence[Word], box: Box, x: float, settings: PdfSettings) -> bool:
    """Given words, a box over two cells side by side and the bound between them, say
    whether the text parts there into two cells even though one fill covers both: words on
    both sides, and none running across the bound."""
    inside = words_in(words, box)
    if not any(w.xmid < x for w in inside) or not any(w.xmid > x for w in inside):
        return False
    return not any(
        s.x0 < x < s.x1 and flows_across(s.words, x, settings)
        for ln in words_to_lines(inside, settings.y_tolerance)
        for s in line_to_segments(ln, settings)
    )


def gap_at(
    lines: Sequence[Line], y: float, lo: float = -math.inf, hi: float = math.inf
) -> float | None:
    """Given lines top to bottom, the white space between the last line above y and the
    first below it (only lines between lo and hi), or None when one side has none."""
    above = [ln for ln in lines if lo < (ln.top + ln.bottom) / 2 < y]
    below = [ln for ln in lines if y <= (ln.top + ln.bottom) / 2 < hi]
    return below[0].top - above[-1].bottom if above and below else None


def fill_row_bounds(
    group: Sequence[Rect], words: Sequence[Word], xs: Sequence[float], settings: PdfSettings
) -> list[float]:
    """Given cell fills and their column bounds, return their row bounds.

    Each run of fill edges is a bound (a white gap, the edge of an unshaded row, a change of
    colour), except a seam where fills of one colour meet edge to edge: Word shades a cell
    one text line at a time, so most of its seams fall between the wrapped lines of one
    cell or beside padding. A seam parts two rows only where the text breaks there by more
    than wrapped lines do; seams with no text between them count once.
    """
    bounds = edge_runs(group, settings)
    if all(not seam for _, seam in bounds):
        return [y for y, _ in bounds]
    region = words_in(words, (xs[0], bounds[0][0], xs[-1], bounds[-1][0]))
    columns = column_lines(words_to_lines(region, settings.y_tolerance), xs, settings.y_tolerance)
    cut = wrap_cut(columns, settings)
    hard = [y for y, seam in bounds if not seam]
    kept = []
    for y, seam in bounds:
        if seam:
            lo = max(h for h in hard if h < y)
            hi = min(h for h in hard if h > y)
            gaps = [g for col in columns if (g := gap_at(col, y, lo, hi)) is not None]
            if not gaps or (cut is not None and min(gaps) <= cut):
                continue
        kept.append((y, seam))
    return once_between_text(kept, [w.ymid for w in region])


def edge_runs(group: Sequence[Rect], settings: PdfSettings) -> list[tuple[float, bool]]:
    """Given fills, return each run of their top and bottom edges (close together) as (its
    middle, whether every edge in it is a seam: a fill meeting one of the same colour)."""
    edges = [(b.top, b, True) for b in group] + [(b.bottom, b, False) for b in group]
    edges.sort(key=lambda e: e[0])
    runs: list[list[tuple[float, Rect, bool]]] = []
    for e in edges:
        if runs and e[0] - runs[-1][-1][0] <= settings.fill_edge_cluster:
            runs[-1].append(e)
        else:
            runs.append([e])
    return [
        (
            sum(e[0] for e in run) / len(run),
            all(meets_same(b, top, group, settings) for _, b, top in run),
        )
        for run in runs
    ]


def meets_same(box: Rect, top: bool, group: Sequence[Rect], settings: PdfSettings) -> bool:
    """Given a fill and one of its edges (top or bottom), say whether a fill of the same
    colour meets it there edge to edge."""
    y = box.top if top else box.bottom
    for o in group:
        if o is box or colour_distance(o.fill, box.fill) > settings.same_colour:
            continue
        side = o.bottom if top else o.top
        if abs(side - y) <= settings.cell_gap and min(o.x1, box.x1) - max(o.x0, box.x0) > 1:
            return True
    return False


def wrap_cut(columns: Sequence[Sequence[Line]], settings: PdfSettings) -> float | None:
    """Given each column's lines, return the gap above which a line starts a new row, when
    the tightest gap looks like wrapped lines and a wider one stands out; None when spacing
    alone cannot tell."""
    spacing = wrap_gap(columns, settings)
    if spacing is None:
        return None
    size = statistics.median(ln.size for col in columns for ln in col)
    return spacing[1] if spacing[0] <= settings.wrapped_gap_ratio * size else None


def once_between_text(
    bounds: Sequence[tuple[float, bool]], centres: Sequence[float]
) -> list[float]:
    """Given bounds (y, seam) top to bottom and the middles of the words, drop a seam that
    has no text between it and the bound before it (padding), keeping drawn edges."""
    out: list[tuple[float, bool]] = []
    for y, seam in bounds:
        if out and not any(out[-1][0] < c < y for c in centres):
            if seam:
                continue
            if out[-1][1] and len(out) > 1:
                out.pop()
        out.append((y, seam))
    return [y for y, _ in out]


def fill_pitch(group: Sequence[Rect], settings: PdfSettings) -> float:
    """Given cell fills, return the usual height of a shaded cell (a stack of touching fills
    of one colour counts as one)."""
    stacks = fills_to_stacks(group, settings.cell_gap, settings.same_colour)
    return statistics.median(union_rects(st).height for st in stacks)


def label_rows_above(
    pitch: float,
    words: Sequence[Word],
    xs: Sequence[float],
    ys: Sequence[float],
    settings: PdfSettings,
    reach: float | None = None,
) -> list[float]:
    """Given the cell pitch and bounds of a table of fills, return the tops of the unshaded
    rows over it, within ``reach`` (a few cells): a header, or label rows over a matrix
    ("Impact*  Low (1) ...", then "Likelihood *"), a new row wherever the gap is wider
    than a wrap."""
    box = (xs[0], ys[0] - (reach or settings.label_rows_ratio * pitch), xs[-1], ys[0])
    above = row_above(words, box, pitch, settings, max_gap=settings.label_gap_ratio * pitch)
    lines = words_to_lines(above, settings.y_tolerance)
    return [
        ln.top - 1
        for i, ln in enumerate(lines)
        if i == 0 or ln.top - lines[i - 1].bottom > settings.line_gap_ratio * ln.size
    ]


def is_banded(group: Sequence[Rect], ys: Sequence[float]) -> bool:
    """Given cell fills and the row bounds around them, say whether rows alternate shaded
    and unshaded: some row between two shaded ones has no fill at all."""
    mids = [(a + z) / 2 for a, z in zip(ys, ys[1:], strict=False)]
    shaded = [i for i, y in enumerate(mids) if any(b.top <= y <= b.bottom for b in group)]
    return bool(shaded) and len(shaded) < shaded[-1] - shaded[0] + 1


def any_box_over(group: Sequence[Rect], x: float, y: float, axis: str, tol: float) -> bool:
    """Given fills, say whether one runs across the bound through (x, y) on ``axis``."""
    if axis == "x":
        return any(b.x0 < x - tol and b.x1 > x + tol and b.top <= y <= b.bottom for b in group)
    return any(b.top < y - tol and b.bottom > y + tol and b.x0 <= x <= b.x1 for b in group)
