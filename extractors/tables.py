"""Find tables on one page of the page model, whatever draws them.

The chain, each step a pure function over the page model:

    page_to_rules / page_to_boxes      lines, thin bars, rect borders; coloured fills
    rules_to_lattices                  rules that cross each other: ruled tables (not a
                                       chart's gridlines: is_plausible_lattice)
    fills_to_stacks -> boxes_to_groups fills as the eye sees them (Word's line-by-line
                                       shading is one shape): zebra bands, heat-map cells;
                                       fill_row_bounds reads a heat map's rows from them
    rules_to_hrule_groups              stacked horizontal rules without verticals
    lines_to_contents                  page numbers set apart by leaders (or white space,
                                       under a "Contents" title): a contents list
    lines_to_unruled_regions           columns of words aligned by white space (not the
                                       labels of a chart: holds_figure)
    region_to_grid -> grid_to_table    boundaries, open boundaries (merges), cells, headers
    settle_lone_rows                   one row of filled cells against text tables over it

``find_tables(page, settings)`` runs them in that order; words taken by one table are not
offered to the next finder. A lone row of filled cells is kept only if it continues the
table ending the page before (pdf.keep_joined_rows); so is ``carried_row``, the plain last
row of a table alone at the top of a new page.
"""

from __future__ import annotations

import re
import statistics
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from councilplans.extractors.geometry import (
    Line,
    cluster_positions,
    column_gap,
    fills_to_stacks,
    join_words,
    line_to_segments,
    merge_edges,
    rects_to_boxes,
    rects_to_edges,
    union_rects,
    words_to_lines,
)
from councilplans.extractors.grid import (
    FoundTable,
    Grid,
    grid_to_table,
    is_marker,
    is_plausible,
    is_plausible_lattice,
)
from councilplans.extractors.model import BBox
from councilplans.extractors.page import Edge, PageModel, Rect, Word, colour_distance
from councilplans.extractors.settings import PdfSettings

Box = tuple[float, float, float, float]
LEADERS = re.compile(r"(\s*[.·…_]\s*){3,}")
PAGE_NO = re.compile(r"^\d{1,4}$")


@dataclass(frozen=True, slots=True)
class Region:
    box: Box
    kind: str
    h_rules: tuple[Edge, ...] = ()
    v_rules: tuple[Edge, ...] = ()
    split_bands: bool = True


def page_to_rules(page: PageModel, settings: PdfSettings) -> list[Edge]:
    """Given a page, return its rules: drawn lines, thin filled bars and rectangle borders."""
    return merge_edges(list(page.edges) + rects_to_edges(page.rects, settings), settings)


def page_to_boxes(page: PageModel, settings: PdfSettings) -> list[Rect]:
    """Given a page, return its coloured fills (gradient strips joined)."""
    return rects_to_boxes(page.rects, page.width * page.height, settings)


def crosses(h: Edge, v: Edge, tol: float) -> bool:
    return h.x0 - tol <= v.x0 <= h.x1 + tol and v.top - tol <= h.top <= v.bottom + tol


def rules_to_lattices(rules: Sequence[Edge], tol: float) -> list[tuple[list[Edge], list[Edge]]]:
    """Given rules, return groups of horizontal and vertical rules connected by crossings."""
    hs = [e for e in rules if e.orientation == "h"]
    vs = sorted((e for e in rules if e.orientation == "v"), key=lambda e: e.x0)
    vx = [v.x0 for v in vs]
    parent = list(range(len(hs) + len(vs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, h in enumerate(hs):
        for j in range(bisect_left(vx, h.x0 - tol), bisect_right(vx, h.x1 + tol)):
            if crosses(h, vs[j], tol):
                parent[find(i)] = find(len(hs) + j)
    groups: dict[int, tuple[list[Edge], list[Edge]]] = {}
    for i, e in enumerate(hs + vs):
        groups.setdefault(find(i), ([], []))[0 if i < len(hs) else 1].append(e)
    return [g for g in groups.values() if len(g[0]) >= 2 and len(g[1]) >= 2]


def lattice_to_region(hs: list[Edge], vs: list[Edge]) -> Region:
    box = (
        min(e.x0 for e in hs + vs),
        min(e.top for e in hs + vs),
        max(e.x1 for e in hs + vs),
        max(e.bottom for e in hs + vs),
    )
    return Region(box, "ruled", tuple(hs), tuple(vs), split_bands=False)


def covered(rules: Sequence[Edge], pos: float, a: float, b: float, tol: float) -> bool:
    """Given rules of one orientation, say whether one at ``pos`` runs over the middle of a..b."""
    mid = (a + b) / 2
    reach = min((b - a) / 2 - tol, (b - a) * 0.3)
    return any(
        abs(e.pos - pos) <= tol and e.start <= mid - reach and e.end >= mid + reach for e in rules
    )


def rule_bounds(rules: Sequence[Edge], lo: float, hi: float, tol: float) -> list[float]:
    """Given rules, return their positions strictly inside lo..hi, plus lo and hi."""
    inner = [e.pos for e in rules if lo + tol < e.pos < hi - tol]
    return cluster_positions([lo, hi, *inner], tol)


def words_in(words: Sequence[Word], box: Box) -> list[Word]:
    return [w for w in words if box[0] <= w.xmid <= box[2] and box[1] <= w.ymid <= box[3]]


def lines_to_column_bounds(lines: Sequence[Line], box: Box, settings: PdfSettings) -> list[float]:
    """Given the lines of a region, return column boundaries at white gaps that run through it.

    Only lines of two or more segments vote; a gap may be crossed by a few lines (a title or
    a merged cell) when the region is tall enough for that to be an exception.
    """
    segs = [s for ln in lines for s in line_to_segments(ln, settings) if len(ln.words) > 0]
    multi = [ln for ln in lines if len(line_to_segments(ln, settings)) >= 2]
    if len(multi) < 2:
        return [box[0], box[2]]
    voters = [s for ln in multi for s in line_to_segments(ln, settings)]
    allowed = len(multi) // 12
    bounds = [box[0]]
    for a, b in low_coverage_gaps(voters, allowed):
        if box[0] < a and b < box[2]:
            # just left of where the next column's text starts: a header label wider than
            # the body text above a left-aligned column then stays in its own column
            bounds.append(b - min(1.5, (b - a) / 2))
    bounds.append(box[2])
    return bounds if segs else [box[0], box[2]]


def low_coverage_gaps(segs: Sequence, allowed: int) -> list[tuple[float, float]]:
    """Given segments, return the x-intervals covered by at most ``allowed`` of them."""
    events = sorted([(s.x0, 1) for s in segs] + [(s.x1, -1) for s in segs])
    gaps: list[tuple[float, float]] = []
    depth = 0
    start: float | None = None
    for x, d in events:
        depth += d
        if depth <= allowed and start is None and d == -1:
            start = x
        elif depth > allowed and start is not None:
            if x - start >= 1.0:
                gaps.append((start, x))
            start = None
    return gaps


def column_lines(
    lines: Sequence[Line], xs: Sequence[float], y_tolerance: float
) -> list[list[Line]]:
    """Given lines across a table and its column bounds, return each column's own lines."""
    words = [w for ln in lines for w in ln.words]
    return [
        words_to_lines([w for w in words if xs[c] <= w.xmid < xs[c + 1]], y_tolerance)
        for c in range(len(xs) - 1)
    ]


def wrap_gap(
    columns: Sequence[Sequence[Line]], settings: PdfSettings
) -> tuple[float, float] | None:
    """Given each column's lines, return (the gap between wrapped lines, the cut above which a
    gap starts a new row), or None when no gap stands out from the tightest."""
    gaps = [b.top - a.bottom for col in columns for a, b in zip(col, col[1:], strict=False)]
    gaps = [g for g in gaps if g >= -0.5]
    if not gaps:
        return None
    size = statistics.median(ln.size for col in columns for ln in col)
    tight = min(gaps)
    cut = tight + settings.row_gap_ratio * size
    return (tight, cut) if max(gaps) > cut else None


def lines_to_row_breaks(
    lines: Sequence[Line], xs: Sequence[float], settings: PdfSettings
) -> list[float]:
    """Given the lines of one band and its column bounds, return the y where new rows start.

    Spacing is read column by column, since a cell wrapping in one column overlaps the next
    row's first line in another: a gap wider than the wrap spacing in any column starts a new
    row just above the line after it. With even spacing, a line whose first column is empty
    continues the row above.
    """
    if len(lines) < 2:
        return []
    columns = column_lines(lines, xs, settings.y_tolerance)
    spacing = wrap_gap(columns, settings)
    if spacing is not None:
        starts = sorted(
            b.top for col in columns for a, b in zip(col, col[1:], strict=False)
            if b.top - a.bottom > spacing[1]
        )
        return [y - 0.5 for y in cluster_starts(starts, statistics.median(ln.size for ln in lines))]
    return [
        (a.bottom + b.top) / 2
        for a, b in zip(lines, lines[1:], strict=False)
        if any(w.xmid < xs[1] for w in b.words)
    ]


def cluster_starts(starts: Sequence[float], size: float) -> list[float]:
    """Given the tops of lines that start rows, keep one (the highest) per row."""
    out: list[float] = []
    for y in starts:
        if not out or y - out[-1] > 0.6 * size:
            out.append(y)
    return out


def paragraphs_open(
    lines: Sequence[Line], xs: Sequence[float], ys: Sequence[float], keep: frozenset[int],
    settings: PdfSettings,
) -> set[tuple[int, int]]:
    """Given lines and bounds, return (row, col) where a cell's text runs on at line spacing
    across an unruled row bound into the next row: one cell merged down (an Action shown once
    over its milestones). Bounds in ``keep`` (drawn rules) never open."""
    columns = column_lines(lines, xs, settings.y_tolerance)
    spacing = wrap_gap(columns, settings)
    if spacing is None:
        return set()
    opened = set()
    for c, col in enumerate(columns):
        for a, b in zip(col, col[1:], strict=False):
            ra = bisect_right(ys, (a.top + a.bottom) / 2) - 1
            rb = bisect_right(ys, (b.top + b.bottom) / 2) - 1
            if rb == ra + 1 and rb not in keep and b.top - a.bottom <= spacing[1]:
                opened.add((rb, c))
    return opened


def segments_open(
    lines: Sequence[Line], grid_xs: Sequence[float], ys: Sequence[float], settings: PdfSettings
) -> set[tuple[int, int]]:
    """Given lines and bounds, return (row, col) where a run of words straddles a column bound."""
    opened: set[tuple[int, int]] = set()
    for ln in lines:
        r = bisect_right(ys, (ln.top + ln.bottom) / 2) - 1
        for s in line_to_segments(ln, settings):
            for c in range(1, len(grid_xs) - 1):
                x = grid_xs[c]
                if s.x0 < x - 1 and s.x1 > x + 1 and flows_across(s.words, x):
                    opened.add((r, c))
    return opened


def flows_across(words: Sequence[Word], x: float) -> bool:
    """Given a run of words over a column bound, say whether text flows across it: a word
    straddles the bound, or the bound falls in an ordinary word space. A wider gap that
    happens to sit on the bound separates two cells (a tight header, say)."""
    for a, b in zip(words, words[1:], strict=False):
        if a.x0 < x < a.x1:
            return True
        if a.x1 <= x <= b.x0:
            return b.x0 - a.x1 <= WORD_SPACE * max(a.size, b.size)
    return any(w.x0 < x < w.x1 for w in words[-1:])


WORD_SPACE = 0.45  # of the font size: wider than the spaces of justified text


def region_to_grid(region: Region, words: Sequence[Word], settings: PdfSettings) -> Grid | None:
    """Given a region and its words, return its grid: bounds from rules where there are
    enough of them, otherwise from white space; open bounds where rules or gaps are missing."""
    x0, top, x1, bottom = region.box
    tol = settings.snap_tolerance
    lines = words_to_lines(words, settings.y_tolerance)
    vx = rule_bounds(region.v_rules, x0, x1, tol)
    xs = vx if len(vx) > 2 else lines_to_column_bounds(lines, region.box, settings)
    ys = rule_bounds(region.h_rules, top, bottom, tol)
    ruled = frozenset(range(1, len(ys) - 1))
    if region.split_bands or len(ys) == 2:
        ys = split_bands(ys, lines, xs, settings)
        ruled = frozenset(i for i, y in enumerate(ys) if covered_anywhere(region.h_rules, y, tol))
    xs = drop_slivers(list(xs), [w.xmid for w in words])
    ys = drop_slivers(ys, [w.ymid for w in words])
    ruled = frozenset(
        i for i in ruled if i < len(ys) - 1 and covered_anywhere(region.h_rules, ys[i], tol)
    )
    if len(xs) < 3 or len(ys) < 3:
        return None
    h_open = {
        (r, c)
        for r in ruled
        for c in range(len(xs) - 1)
        if not covered(region.h_rules, ys[r], xs[c], xs[c + 1], tol)
    }
    if len(vx) <= 2:
        # a zebra band's edge is a fill, not a rule: text may run on across it
        drawn = frozenset() if region.kind == "zebra" else ruled
        h_open |= paragraphs_open(lines, xs, ys, drawn, settings)
    if len(vx) > 2:
        v_open = {
            (r, c)
            for r in range(len(ys) - 1)
            for c in range(1, len(xs) - 1)
            if not covered(region.v_rules, xs[c], ys[r], ys[r + 1], tol)
        }
    else:
        v_open = segments_open(lines, xs, ys, settings)
    return Grid(
        tuple(xs), tuple(ys), region.kind, frozenset(h_open), frozenset(v_open), ruled_rows=ruled
    )


def covered_anywhere(rules: Sequence[Edge], y: float, tol: float) -> bool:
    return any(abs(e.pos - y) <= tol for e in rules)


def split_bands(
    ys: list[float], lines: Sequence[Line], xs: Sequence[float], settings: PdfSettings
) -> list[float]:
    """Given band bounds, add a row bound wherever a band holds more than one row of text."""
    out = list(ys)
    for a, b in zip(ys, ys[1:], strict=False):
        band = [ln for ln in lines if a <= (ln.top + ln.bottom) / 2 <= b]
        out.extend(lines_to_row_breaks(band, xs, settings))
    return sorted(out)


def drop_slivers(
    bounds: list[float], centres: Sequence[float], minimum: float = 4.0
) -> list[float]:
    """Given sorted bounds, drop inner ones that cut off a strip too thin for text and empty."""
    out = [bounds[0]]
    for b in bounds[1:]:
        thin = b - out[-1] < minimum
        empty = not any(out[-1] < c < b for c in centres)
        if thin and empty and len(out) > 1:
            out[-1] = b if b == bounds[-1] else out[-1]
            continue
        out.append(b)
    return out


def boxes_to_groups(boxes: Sequence[Rect], reach: float = 10.0) -> list[list[Rect]]:
    """Given fills, group those within ``reach`` of each other (cells of one table); bands of
    one width, and cells lined up under a cell of the group, group over a wider gap, since
    banded tables leave every other row unfilled."""
    groups: list[list[Rect]] = []
    bounds: list[list[float]] = []
    for b in sorted(boxes, key=lambda b: b.top):
        for g, bb in zip(groups, bounds, strict=False):
            same_width = abs(b.x0 - bb[0]) <= 3 and abs(b.x1 - bb[2]) <= 3
            lined_up = same_width or any(
                abs(b.x0 - o.x0) <= 3 and abs(b.x1 - o.x1) <= 3 for o in g[-50:]
            )
            down = 2.5 * max(b.height, g[-1].height) if lined_up else reach
            if b.top <= bb[3] + down and b.x0 <= bb[2] + reach and b.x1 >= bb[0] - reach:
                g.append(b)
                bb[:] = [min(bb[0], b.x0), bb[1], max(bb[2], b.x1), max(bb[3], b.bottom)]
                break
        else:
            groups.append([b])
            bounds.append([b.x0, b.top, b.x1, b.bottom])
    return [g for g in groups if len(g) >= 2]


def is_zebra(group: Sequence[Rect], tol: float = 3.0) -> bool:
    """Given grouped fills, say whether each spans the group's width (row bands)."""
    x0 = min(b.x0 for b in group)
    x1 = max(b.x1 for b in group)
    return all(abs(b.x0 - x0) <= tol and abs(b.x1 - x1) <= tol for b in group)


def zebra_to_region(group: Sequence[Rect], words: Sequence[Word], settings: PdfSettings) -> Region:
    """Given row bands, return their region, grown by one unshaded row above and below."""
    x0 = min(b.x0 for b in group)
    x1 = max(b.x1 for b in group)
    top = min(b.top for b in group)
    bottom = max(b.bottom for b in group)
    pitch = statistics.median(b.height for b in group)
    edges = [Edge("h", x0, y, x1, y) for b in group for y in (b.top, b.bottom)]
    below = row_below(words, (x0, bottom, x1, bottom + pitch * 1.2), settings)
    if below:
        bottom = max(w.bottom for w in below) + 1
        edges.append(Edge("h", x0, bottom, x1, bottom))
    above = row_above(words, (x0, top - pitch * 4, x1, top), pitch, settings)
    if above:
        top = min(w.top for w in above) - 1
        edges.append(Edge("h", x0, top, x1, top))
    return Region((x0, top, x1, bottom), "zebra", tuple(edges), (), split_bands=False)


def row_below(words: Sequence[Word], box: Box, settings: PdfSettings) -> list[Word]:
    """Given words and a strip under a table, return the unshaded last row starting in it:
    a line of cells and the wrapped lines that follow it at line spacing."""
    near = [w for w in words if box[0] - 1 <= w.x0 and w.x1 <= box[2] + 1 and w.top >= box[1] - 1]
    lines = words_to_lines(near, settings.y_tolerance)
    if not lines or lines[0].top > box[3] or len(line_to_segments(lines[0], settings)) < 2:
        return []
    kept = [lines[0]]
    for ln in lines[1:]:
        if ln.top - kept[-1].bottom > 0.6 * ln.size:
            break
        kept.append(ln)
    return [w for ln in kept for w in ln.words]


def row_above(
    words: Sequence[Word], box: Box, pitch: float, settings: PdfSettings,
    max_gap: float | None = None,
) -> list[Word]:
    """Given words and a strip over a table, return the unshaded header row ending just above
    it: lines at line spacing (a wrapped header), one of them split into two or more cells.
    ``max_gap`` lets the climb cross wider gaps (label rows over a matrix)."""
    near = [
        w for w in words
        if box[0] - 1 <= w.x0 and w.x1 <= box[2] + 1 and box[1] <= w.top <= w.bottom <= box[3] + 1
    ]
    lines = words_to_lines(near, settings.y_tolerance)
    if not lines or box[3] - lines[-1].bottom > pitch:
        return []
    kept = [lines[-1]]
    for ln in reversed(lines[:-1]):
        if kept[-1].top - ln.bottom > (0.6 * ln.size if max_gap is None else max_gap):
            break
        kept.append(ln)
    if max(len(line_to_segments(ln, settings)) for ln in kept) < 2:
        return []
    return [w for ln in kept for w in ln.words]


def row_of_cells(words: Sequence[Word], box: Box, settings: PdfSettings) -> list[Word]:
    """Given words and a strip beside a table, return the strip's words if they lie wholly
    inside it and split into two or more cells (not a title or a paragraph)."""
    inside = [
        w for w in words if box[0] - 1 <= w.x0 and w.x1 <= box[2] + 1 and box[1] <= w.ymid <= box[3]
    ]
    inside = [w for w in inside if w.top >= box[1] - 1 and w.bottom <= box[3] + 1]
    lines = words_to_lines(inside, settings.y_tolerance)
    if not lines or any(len(line_to_segments(ln, settings)) < 2 for ln in lines):
        return []
    return inside


def row_fills(grid: Grid, boxes: Sequence[Rect]) -> tuple:
    """Given a grid and fills, return the fill under the middle of each row (or None)."""
    fills = []
    for a, b in zip(grid.ys, grid.ys[1:], strict=False):
        y = (a + b) / 2
        hit = [f for f in boxes if f.top <= y <= f.bottom and f.x0 <= grid.xs[0] + 5]
        fills.append(hit[0].fill if hit else None)
    return tuple(fills)


def box_bounds(lo: Sequence[float], hi: Sequence[float], gap: float) -> list[float]:
    """Given the low and high sides of cells, return bounds: a side, or the middle of a gap."""
    return cluster_positions([*lo, *hi], gap)


def heatmap_to_grid(
    group: Sequence[Rect], words: Sequence[Word], settings: PdfSettings
) -> Grid | None:
    """Given cells drawn as fills with white gaps, return their grid, merging across any
    bound that a fill covers, with a label column on the left, a header row above and, in a
    banded table, an unshaded last row below."""
    xs = box_bounds([b.x0 for b in group], [b.x1 for b in group], 8.0)
    ys = fill_row_bounds(group, words, xs, settings)
    if len(xs) < 3 or len(ys) < 2:
        return None
    pitch = fill_pitch(group, settings)
    left = [
        w for w in words if ys[0] < w.ymid < ys[-1] and w.x1 <= xs[0] + 1 and w.x0 > xs[0] - 250
    ]
    if left:
        xs = [min(w.x0 for w in left) - 1, *xs]
    banded = is_banded(group, ys)
    # over a banded table, the row above the first shaded one may be as tall as any
    reach = max(3 * pitch, *(b - a for a, b in zip(ys, ys[1:], strict=False))) if banded else None
    ys = [*label_rows_above(pitch, words, xs, ys, settings, reach), *ys]
    if banded:
        below = row_below(words, (xs[0], ys[-1], xs[-1], ys[-1] + pitch * 1.2), settings)
        if below:
            ys.append(max(w.bottom for w in below) + 1)
    tol = 2.0
    h_open = {
        (r, c)
        for r in range(1, len(ys) - 1)
        for c in range(len(xs) - 1)
        if any_box_over(group, (xs[c] + xs[c + 1]) / 2, ys[r], "y", tol)
        and not text_parts_rows(words, (xs[c], ys[r - 1], xs[c + 1], ys[r + 1]), ys[r], settings)
    }
    v_open = {
        (r, c)
        for r in range(len(ys) - 1)
        for c in range(1, len(xs) - 1)
        if any_box_over(group, xs[c], (ys[r] + ys[r + 1]) / 2, "x", tol)
        and not text_parts_columns(words, (xs[c - 1], ys[r], xs[c + 1], ys[r + 1]), xs[c], settings)
    }
    return Grid(tuple(xs), tuple(ys), "heatmap", frozenset(h_open), frozenset(v_open))


def text_parts_rows(words: Sequence[Word], box: Box, y: float, settings: PdfSettings) -> bool:
    """Given words, a box over two cells one above the other and the bound between them,
    say whether the text parts there into two rows even though one fill covers both (same
    coloured cells touching): lines on both sides, further apart than wrapped lines."""
    lines = words_to_lines(words_in(words, box), settings.y_tolerance)
    gap = gap_at(lines, y)
    return gap is not None and gap > 0.6 * statistics.median(ln.size for ln in lines)


def gap_at(lines: Sequence[Line], y: float, lo: float = -1e9, hi: float = 1e9) -> float | None:
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
    bounds = edge_runs(group, settings.cell_gap)
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


def edge_runs(group: Sequence[Rect], gap: float) -> list[tuple[float, bool]]:
    """Given fills, return each run of their top and bottom edges (within 8pt) as (its
    middle, whether every edge in it is a seam: a fill meeting one of the same colour)."""
    edges = [(b.top, b, True) for b in group] + [(b.bottom, b, False) for b in group]
    edges.sort(key=lambda e: e[0])
    runs: list[list[tuple[float, Rect, bool]]] = []
    for e in edges:
        if runs and e[0] - runs[-1][-1][0] <= 8.0:
            runs[-1].append(e)
        else:
            runs.append([e])
    return [
        (
            sum(e[0] for e in run) / len(run),
            all(meets_same(b, top, group, gap) for _, b, top in run),
        )
        for run in runs
    ]


def meets_same(box: Rect, top: bool, group: Sequence[Rect], gap: float) -> bool:
    """Given a fill and one of its edges (top or bottom), say whether a fill of the same
    colour meets it there edge to edge."""
    y = box.top if top else box.bottom
    for o in group:
        if o is box or colour_distance(o.fill, box.fill) > SAME_FILL:
            continue
        side = o.bottom if top else o.top
        if abs(side - y) <= gap and min(o.x1, box.x1) - max(o.x0, box.x0) > 1:
            return True
    return False


SAME_FILL = 0.02  # fills whose colours differ by no more than this are one colour


def wrap_cut(columns: Sequence[Sequence[Line]], settings: PdfSettings) -> float | None:
    """Given each column's lines, return the gap above which a line starts a new row, when
    the tightest gap looks like wrapped lines (under a third of the font size) and a wider
    one stands out; None when spacing alone cannot tell."""
    spacing = wrap_gap(columns, settings)
    if spacing is None:
        return None
    size = statistics.median(ln.size for col in columns for ln in col)
    return spacing[1] if spacing[0] <= WRAPPED * size else None


WRAPPED = 0.3  # of the font size: the white space between wrapped lines is less than this


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


def text_parts_columns(words: Sequence[Word], box: Box, x: float, settings: PdfSettings) -> bool:
    """Given words, a box over two cells side by side and the bound between them, say
    whether the text parts there into two cells even though one fill covers both: words on
    both sides, and none running across the bound."""
    inside = words_in(words, box)
    if not any(w.xmid < x for w in inside) or not any(w.xmid > x for w in inside):
        return False
    return not any(
        s.x0 < x < s.x1 and flows_across(s.words, x)
        for ln in words_to_lines(inside, settings.y_tolerance)
        for s in line_to_segments(ln, settings)
    )


def fill_pitch(group: Sequence[Rect], settings: PdfSettings) -> float:
    """Given cell fills, return the usual height of a shaded cell (a stack of touching fills
    of one colour counts as one)."""
    stacks = fills_to_stacks(group, settings.cell_gap)
    return statistics.median(union_rects(st).height for st in stacks)


def label_rows_above(
    pitch: float, words: Sequence[Word], xs: Sequence[float], ys: Sequence[float],
    settings: PdfSettings, reach: float | None = None,
) -> list[float]:
    """Given the cell pitch and bounds of a table of fills, return the tops of the unshaded
    rows over it, within ``reach`` (three cells): a header, or label rows over a matrix
    ("Impact*  Low (1) ...", then "Likelihood *"), a new row wherever the gap is wider
    than a wrap."""
    box = (xs[0], ys[0] - (reach or 3 * pitch), xs[-1], ys[0])
    above = row_above(words, box, pitch, settings, max_gap=0.8 * pitch)
    lines = words_to_lines(above, settings.y_tolerance)
    return [
        ln.top - 1 for i, ln in enumerate(lines)
        if i == 0 or ln.top - lines[i - 1].bottom > 0.6 * ln.size
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


def boxes_hold_text(group: Sequence[Rect], words: Sequence[Word]) -> bool:
    held = sum(
        1
        for b in group
        if any(b.x0 <= w.xmid <= b.x1 and b.top <= w.ymid <= b.bottom for w in words)
    )
    return held >= max(2, len(group) // 2)


def rules_to_hrule_groups(rules: Sequence[Edge], tol: float = 12.0) -> list[list[Edge]]:
    """Given horizontal rules, group stacked ones of about the same span (one table each)."""
    groups: list[list[Edge]] = []
    for e in sorted(rules, key=lambda e: (e.top, e.x0)):
        for g in groups:
            if (
                abs(g[0].x0 - e.x0) <= tol
                and abs(g[0].x1 - e.x1) <= tol
                and e.top - g[-1].top < 250
            ):
                g.append(e)
                break
        else:
            groups.append([e])
    return [g for g in groups if len(g) >= 2]


def hrules_to_region(group: Sequence[Edge], rules: Sequence[Edge]) -> Region:
    """Given a stack of rules, return its region with every rule inside (partial ones too)."""
    box = (min(e.x0 for e in group), group[0].top, max(e.x1 for e in group), group[-1].top)
    width = box[2] - box[0]
    inner = [
        e
        for e in rules
        if box[1] - 1 <= e.top <= box[3] + 1
        and min(e.x1, box[2]) - max(e.x0, box[0]) > 0.15 * width
    ]
    return Region(box, "h-rules", tuple(inner), (), split_bands=len(group) <= 3)


def lines_to_contents(lines: Sequence[Line], settings: PdfSettings) -> list[tuple[int, int]]:
    """Given lines, return index ranges of contents lists: 3+ right-aligned lines ending in
    a page number set apart from the entry, either by dotted leaders on every line or, under
    a "Contents" title, by white space, the page numbers never going down."""
    runs: list[tuple[int, int]] = []
    start = None
    for i, ln in enumerate([*lines, None]):
        ok = ln is not None and is_contents_line(ln, settings)
        if ok and start is not None and abs(ln.x1 - lines[i - 1].x1) > 4:
            runs.append((start, i))
            start = None
        if ok and start is None:
            start = i
        elif not ok and start is not None:
            runs.append((start, i))
            start = None
    return [(a, b) for a, b in runs if b - a >= 3 and is_contents_run(lines, a, b)]


def is_contents_line(line: Line, settings: PdfSettings) -> bool:
    """Given a line, say whether it ends in a page number set apart from its entry."""
    words = line.words
    if len(words) < 2 or not PAGE_NO.match(words[-1].text):
        return False
    return bool(LEADERS.search(line.text)) or words[-1].x0 - words[-2].x1 >= column_gap(
        line, settings
    )


def is_contents_run(lines: Sequence[Line], a: int, b: int) -> bool:
    run = lines[a:b]
    if all(LEADERS.search(ln.text) for ln in run):
        return True
    numbers = [int(ln.words[-1].text) for ln in run]
    titled = a > 0 and CONTENTS_TITLE.match(lines[a - 1].text.strip()) is not None
    return titled and numbers == sorted(numbers)


CONTENTS_TITLE = re.compile(r"^(table of )?contents:?$", re.IGNORECASE)


def contents_to_table(lines: Sequence[Line], page: int) -> FoundTable:
    """Given contents lines, return a two-column table (entry, page) with role "contents"."""
    x0 = min(ln.x0 for ln in lines)
    x1 = max(ln.x1 for ln in lines)
    split = min(ln.words[-1].x0 for ln in lines) - 1
    ys = [lines[0].top - 1] + [
        (a.bottom + b.top) / 2 for a, b in zip(lines, lines[1:], strict=False)
    ]
    grid = Grid((x0, split, x1), (*ys, lines[-1].bottom + 1), "contents")
    words = [strip_leaders(w) for ln in lines for w in ln.words]
    words = [w for w in words if w.text]
    return grid_to_table(grid, words, page, 3.0, role="contents")


def strip_leaders(word: Word) -> Word:
    return replace(word, text=re.sub(r"[.…·_]{3,}", "", word.text).strip())


def lines_to_unruled_regions(lines: Sequence[Line], settings: PdfSettings) -> list[Box]:
    """Given free lines top to bottom, return regions where 3+ lines split into aligned columns.

    A run of lines breaks at a wide vertical gap, a change of font size, or a line of prose
    (one segment over most of the run's width); single-segment lines at either end are trimmed.
    """
    regions: list[Box] = []
    for run in lines_to_runs(lines):
        width = max(ln.x1 for ln in run) - min(ln.x0 for ln in run)
        piece: list[tuple[Line, int]] = []
        for ln in [*run, None]:
            segments = line_to_segments(ln, settings) if ln is not None else []
            n = len(segments)
            prose = ln is not None and n == 1 and ln.x1 - ln.x0 > 0.6 * width and len(ln.words) > 6
            listed = n == 2 and is_marker(join_words(segments[0].words))  # "•  text": list item
            if ln is None or prose or listed:
                regions.extend(piece_to_region(piece, settings))
                piece = []
            else:
                piece.append((ln, n))
    return regions


def lines_to_runs(lines: Sequence[Line]) -> list[list[Line]]:
    """Given lines, split them where the gap is over two line heights or the size jumps."""
    runs: list[list[Line]] = []
    for ln in lines:
        if runs:
            prev = runs[-1][-1]
            height = max(prev.bottom - prev.top, 1.0)
            same = 0.75 < ln.size / prev.size < 1.33
            if ln.top - prev.bottom < 2.2 * height and same:
                runs[-1].append(ln)
                continue
        runs.append([ln])
    return runs


def piece_to_region(piece: list[tuple[Line, int]], settings: PdfSettings) -> list[Box]:
    """Given a run of lines, return the region from its first to its last line of columns,
    plus the wrapped lines that trail the last row at line spacing."""
    multi = [i for i, (_, n) in enumerate(piece) if n >= 2]
    if len(multi) < settings.min_unruled_lines:
        return []
    end = multi[-1] + 1
    kept = [ln for ln, _ in piece[multi[0] : end]]
    gaps = [b.top - a.bottom for a, b in zip(kept, kept[1:], strict=False)]
    tight = min(gaps) + 1.0
    while end < len(piece) and piece[end][0].top - piece[end - 1][0].bottom <= tight:
        kept.append(piece[end][0])
        end += 1
    return [
        (
            min(ln.x0 for ln in kept) - 1,
            kept[0].top - 1,
            max(ln.x1 for ln in kept) + 1,
            kept[-1].bottom + 1,
        )
    ]


def take(words: list[Word], box: Box) -> tuple[list[Word], list[Word]]:
    """Given words and a box, return (inside, outside)."""
    inside: list[Word] = []
    outside: list[Word] = []
    for w in words:
        hit = box[0] - 1 <= w.xmid <= box[2] + 1 and box[1] - 1 <= w.ymid <= box[3] + 1
        (inside if hit else outside).append(w)
    return inside, outside


def find_tables(page: PageModel, settings: PdfSettings | None = None) -> list[FoundTable]:
    """Given a page model, return its table fragments, top to bottom."""
    settings = settings or PdfSettings()
    free = list(page.words)
    rules = page_to_rules(page, settings)
    boxes = page_to_boxes(page, settings)
    found: list[FoundTable] = []
    for hs, vs in rules_to_lattices(rules, settings.snap_tolerance):
        free = accept(lattice_to_region(hs, vs), free, found, page, settings, boxes)
    boxes = [b for b in boxes if not any_inside(b, found)]
    free = find_box_tables(boxes, free, found, page, settings)
    hrules = [e for e in rules if e.orientation == "h" and not edge_inside(e, found)]
    for group in rules_to_hrule_groups(hrules):
        if not edge_inside(group[0], found):
            free = accept(hrules_to_region(group, hrules), free, found, page, settings, boxes)
    free = find_text_tables(free, found, page, settings, boxes)
    return sorted(settle_lone_rows(found), key=lambda t: (t.bbox.top, t.bbox.x0))


def any_inside(box: Rect, found: Sequence[FoundTable]) -> bool:
    x, y = (box.x0 + box.x1) / 2, (box.top + box.bottom) / 2
    return any(t.bbox.x0 <= x <= t.bbox.x1 and t.bbox.top <= y <= t.bbox.bottom for t in found)


def edge_inside(e: Edge, found: Sequence[FoundTable]) -> bool:
    x, y = (e.x0 + e.x1) / 2, (e.top + e.bottom) / 2
    return any(
        t.bbox.x0 - 2 <= x <= t.bbox.x1 + 2 and t.bbox.top - 2 <= y <= t.bbox.bottom + 2
        for t in found
    )


def accept(
    region: Region,
    free: list[Word],
    found: list[FoundTable],
    page: PageModel,
    settings: PdfSettings,
    boxes: Sequence[Rect] = (),
) -> list[Word]:
    """Given a candidate region, build its table; keep it (and take its words) if plausible."""
    inside, outside = take(free, region.box)
    grid = region_to_grid(region, inside, settings)
    if grid is None:
        return free
    if boxes:
        grid = replace(grid, fills=row_fills(grid, boxes))
    table = grid_to_table(grid, inside, page.number, settings.y_tolerance, page_words=page.words)
    if region.kind != "ruled" and not is_plausible(table, page.width):
        return free
    if region.kind == "ruled" and not is_plausible_lattice(table):
        return free
    found.append(table)
    return outside


def find_box_tables(
    boxes: list[Rect],
    free: list[Word],
    found: list[FoundTable],
    page: PageModel,
    settings: PdfSettings,
) -> list[Word]:
    """Given fills, find zebra tables (row bands) and heat maps (cells with white gaps).
    Tables are told apart by the shapes the fills make (a stack of touching fills of one
    colour is one shape); a heat map's rows are read from the fills themselves."""
    stacks = fills_to_stacks(boxes, settings.cell_gap)
    shapes = [union_rects(st) for st in stacks]
    parts = {id(shape): st for shape, st in zip(shapes, stacks, strict=True)}
    for group in boxes_to_groups(shapes):
        fills = [part for shape in group for part in parts[id(shape)]]
        if not boxes_hold_text(group, free) and not is_zebra(fills):
            continue
        if is_zebra(fills):
            free = accept(
                zebra_to_region(fills, free, settings), free, found, page, settings, fills
            )
            continue
        grid = heatmap_to_grid(fills, free, settings)
        if grid is None:
            continue
        inside, outside = take(free, (grid.xs[0], grid.ys[0], grid.xs[-1], grid.ys[-1]))
        table = grid_to_table(
            grid, inside, page.number, settings.y_tolerance, page_words=page.words
        )
        if is_plausible(table, page.width):
            found.append(table)
            free = outside
        elif is_lone_row(table):
            found.append(table)  # its words stay free: see settle_lone_rows
    return free


def settle_lone_rows(found: Sequence[FoundTable]) -> list[FoundTable]:
    """Given a page's fragments, settle each lone row of filled cells against the tables
    later finders made of its words: one reaching beyond the row wins (the row is the shaded
    header of a table whose body is plain text); one wholly inside the row gives way to it."""
    lone = [f for f in found if is_lone_row(f)]
    beaten: set[int] = set()
    for row in lone:
        for other in found:
            if other is row or not boxes_overlap(row.bbox, other.bbox):
                continue
            if within(other.bbox, row.bbox):
                beaten.add(id(other))
            else:
                beaten.add(id(row))
    return [f for f in found if id(f) not in beaten]


def boxes_overlap(a: BBox, b: BBox) -> bool:
    return min(a.x1, b.x1) > max(a.x0, b.x0) and min(a.bottom, b.bottom) > max(a.top, b.top)


def within(inner: BBox, outer: BBox, pad: float = 2.0) -> bool:
    return (
        inner.x0 >= outer.x0 - pad
        and inner.x1 <= outer.x1 + pad
        and inner.top >= outer.top - pad
        and inner.bottom <= outer.bottom + pad
    )


def carried_row(
    prev: FoundTable, words: Sequence[Word], page: int, settings: PdfSettings
) -> FoundTable | None:
    """Given the fragment ending the page before and the body words heading this page,
    return their first block of lines (lines at line spacing) as one more row of that table,
    when it reads as one: inside the table's width, text in two or more of its columns and
    none running across a column bound. A table's last row, alone on a new page and drawn
    with no rule or fill, is found no other way."""
    lines = words_to_lines(words, settings.y_tolerance)
    if not lines:
        return None
    block = [lines[0]]
    for ln in lines[1:]:
        if ln.top - block[-1].bottom > 0.6 * ln.size:
            break
        block.append(ln)
    xs = prev.grid.xs
    ws = [w for ln in block for w in ln.words]
    if any(w.x0 < xs[0] - 2 or w.x1 > xs[-1] + 2 for w in ws):
        return None
    if any(
        s.x0 < x - 1 < x + 1 < s.x1 and flows_across(s.words, x)
        for ln in block
        for s in line_to_segments(ln, settings)
        for x in xs[1:-1]
    ):
        return None
    if len({bisect_right(xs, w.xmid) for w in ws}) < 2:
        return None
    grid = Grid(tuple(xs), (block[0].top - 1, block[-1].bottom + 1), "carried")
    return grid_to_table(grid, ws, page, settings.y_tolerance)


def is_lone_row(found: FoundTable) -> bool:
    """Given a fragment, say whether it is one row of filled cells, two or more holding
    text: the last row of a table carried over onto a new page, or a row of coloured boxes
    that is no table at all. Only joining a table on the page before can tell which, so
    such a row is kept only if it does (pdf.keep_joined_rows). So is a row carried over
    (``carried_row``)."""
    t = found.table
    return (
        found.grid.kind in ("heatmap", "carried")
        and t.n_rows == 1
        and sum(1 for c in t.cells if c.text.strip()) >= 2
    )


def find_text_tables(
    free: list[Word],
    found: list[FoundTable],
    page: PageModel,
    settings: PdfSettings,
    boxes: Sequence[Rect] = (),
) -> list[Word]:
    """Given the words no drawn table took (and the fills no table took), find contents
    lists and unruled tables; text laid over a figure is not one."""
    lines = words_to_lines([w for w in free if w.upright], settings.y_tolerance)
    for a, b in lines_to_contents(lines, settings):
        table = contents_to_table(lines[a:b], page.number)
        found.append(table)
        _, free = take(free, (table.bbox.x0, table.bbox.top, table.bbox.x1, table.bbox.bottom))
    lines = words_to_lines([w for w in free if w.upright], settings.y_tolerance)
    for box in lines_to_unruled_regions(lines, settings):
        if not holds_figure(box, boxes, free):
            free = accept(Region(box, "no-rules"), free, found, page, settings)
    return free


def holds_figure(box: Box, fills: Sequence[Rect], words: Sequence[Word]) -> bool:
    """Given a region of aligned text and the fills left on the page, say whether the text
    labels a figure: fills holding no text (a chart's bars, a diagram's shapes) cover a
    tenth of the region. A text table draws nothing, or small marks (RAG dots)."""
    area = max((box[2] - box[0]) * (box[3] - box[1]), 1.0)
    empty = sum(
        overlap(f, box)
        for f in fills
        if not any(f.x0 <= w.xmid <= f.x1 and f.top <= w.ymid <= f.bottom for w in words)
    )
    return empty >= FIGURE_SHARE * area


def overlap(r: Rect, box: Box) -> float:
    """The area a rectangle shares with a box."""
    w = min(r.x1, box[2]) - max(r.x0, box[0])
    h = min(r.bottom, box[3]) - max(r.top, box[1])
    return w * h if w > 0 and h > 0 else 0.0


FIGURE_SHARE = 0.1
