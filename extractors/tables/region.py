"""From a candidate region of a page to its grid: row and column bounds, and which are open.

Every finder hands a ``Region`` (a box, the rules inside it) to ``region_to_grid``. Bounds come
from rules where there are enough of them, otherwise from white space: columns at white gaps
that run down the region, rows where the spacing between lines says a new row starts. A bound
is open (two grid positions merge) where no rule parts them and text runs on across it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from councilplans.extractors.geometry import (
    Line,
    Segment,
    cluster_positions,
    line_to_segments,
    words_to_lines,
)
from councilplans.extractors.glyphs import VALUE, is_marker
from councilplans.extractors.page import Colour, Edge, Rect, Word
from councilplans.extractors.settings import PdfSettings
from councilplans.extractors.tables.grid import MIN_COLUMNS, FoundTable, Grid, GridKind
from councilplans.extractors.tables.rows import lines_to_row_breaks, paragraphs_open

Box = tuple[float, float, float, float]  # x0, top, x1, bottom


@dataclass(frozen=True, slots=True)
class Region:
    """A candidate table: its box, the rules inside it, and whether a band between two rules
    may hold more than one row (rows told apart by white space)."""

    box: Box
    kind: GridKind
    h_rules: tuple[Edge, ...] = ()
    v_rules: tuple[Edge, ...] = ()
    split_bands: bool = True


def encloses(outer: Box, inner: Box, pad: float = 0.0) -> bool:
    """Whether a box lies inside another, or within ``pad`` of it."""
    return (
        outer[0] - pad <= inner[0]
        and outer[1] - pad <= inner[1]
        and inner[2] <= outer[2] + pad
        and inner[3] <= outer[3] + pad
    )


def words_in(words: Sequence[Word], box: Box) -> list[Word]:
    return [w for w in words if box[0] <= w.xmid <= box[2] and box[1] <= w.ymid <= box[3]]


def take(words: Sequence[Word], box: Box) -> tuple[list[Word], list[Word]]:
    """Given words and a box, return (inside, outside), a point's slack either way."""
    inside: list[Word] = []
    outside: list[Word] = []
    for w in words:
        hit = box[0] - 1 <= w.xmid <= box[2] + 1 and box[1] - 1 <= w.ymid <= box[3] + 1
        (inside if hit else outside).append(w)
    return inside, outside


def covered(rules: Sequence[Edge], pos: float, a: float, b: float, settings: PdfSettings) -> bool:
    """Given rules of one orientation, say whether one at ``pos`` runs over the middle of a..b."""
    tol = settings.snap_tolerance
    mid = (a + b) / 2
    reach = min((b - a) / 2 - tol, (b - a) * settings.rule_reach_ratio)
    return any(
        abs(e.pos - pos) <= tol and e.start <= mid - reach and e.end >= mid + reach for e in rules
    )


def covered_anywhere(rules: Sequence[Edge], y: float, tol: float) -> bool:
    return any(abs(e.pos - y) <= tol for e in rules)


def rule_bounds(rules: Sequence[Edge], lo: float, hi: float, tol: float) -> list[float]:
    """Given rules, return their positions strictly inside lo..hi, plus lo and hi."""
    inner = [e.pos for e in rules if lo + tol < e.pos < hi - tol]
    return cluster_positions([lo, hi, *inner], tol)


def lines_to_column_bounds(lines: Sequence[Line], box: Box, settings: PdfSettings) -> list[float]:
    """Given the lines of a region, return column boundaries at white gaps that run through it.

    Only lines of two or more segments vote; a gap may be crossed by a few lines (a title or
    a merged cell) when the region is tall enough for that to be an exception. A region of
    one line (a header alone at a page's foot) takes its segments for columns.
    """
    segmented = [line_to_segments(ln, settings) for ln in lines]
    voters = [s for segs in segmented if len(segs) > 1 for s in segs]
    multi = sum(1 for segs in segmented if len(segs) > 1)
    if multi == 0 or (multi == 1 and len(lines) > 1):
        return [box[0], box[2]]
    gaps = [
        (a, b)
        for a, b in low_coverage_gaps(voters, multi // settings.column_cross_every)
        if box[0] < a and b < box[2]
    ]
    edges = [box[0], *(x for gap in gaps for x in gap), box[2]]
    spans = list(zip(edges[::2], edges[1::2], strict=True))  # each column's text, left to right
    clear = low_coverage_gaps([s for segs in segmented for s in segs], 0)
    inner = [
        gap_bound(
            clear_part(gap, clear),
            column_segments(voters, *spans[i]),
            column_segments(voters, *spans[i + 1]),
            settings,
        )
        for i, gap in enumerate(gaps)
    ]
    return [box[0], *inner, box[2]]


def clear_part(
    gap: tuple[float, float], clear: Sequence[tuple[float, float]]
) -> tuple[float, float]:
    """Given a gap that a few lines cross and the stretches no line crosses, return the widest
    clear stretch inside it, or the gap itself when none is left: a header that starts in
    the gap (a number column's label, set wider than its numbers) belongs to one side of it,
    and the bound must not cut it."""
    inside = [(max(a, gap[0]), min(b, gap[1])) for a, b in clear if a < gap[1] and b > gap[0]]
    return max(inside, key=lambda g: g[1] - g[0], default=gap)


def column_segments(segs: Sequence[Segment], lo: float, hi: float) -> list[Segment]:
    return [s for s in segs if s.x0 >= lo - 1 and s.x1 <= hi + 1]


def aligned(values: Sequence[float], edge: float, settings: PdfSettings) -> bool | None:
    """Whether most values (a column's left or right text edges) sit at one edge; None when
    there are too few to tell."""
    if len(values) < settings.min_aligned_lines:
        return None
    near = sum(1 for v in values if abs(v - edge) <= settings.snap_tolerance)
    return near >= settings.aligned_share * len(values)


def gap_bound(
    gap: tuple[float, float],
    left: Sequence[Segment],
    right: Sequence[Segment],
    settings: PdfSettings,
) -> float:
    """Given a white gap between two columns and their text, return the bound between them,
    on the side where the text is aligned, since a header wider than its column's body runs
    the other way: just left of a left-aligned column's text (and wherever too few lines say
    otherwise), just right of a right-aligned column's text, else in the middle of the gap
    (text of one width, labels or numbers, looks aligned on both edges)."""
    a, b = gap
    inset = min(settings.column_bound_inset, (b - a) / 2)
    right_starts, right_ends = edges_aligned(right, settings)
    if right_starts is None or (right_starts and not right_ends):
        return b - inset
    left_starts, left_ends = edges_aligned(left, settings)
    if left_ends and not left_starts:
        return a + inset
    return (a + b) / 2


def edges_aligned(
    segs: Sequence[Segment], settings: PdfSettings
) -> tuple[bool | None, bool | None]:
    """Whether a column's text starts at one edge, and whether it ends at one."""
    if not segs:
        return None, None
    starts = aligned([s.x0 for s in segs], min(s.x0 for s in segs), settings)
    return starts, aligned([s.x1 for s in segs], max(s.x1 for s in segs), settings)


def low_coverage_gaps(segs: Sequence[Segment], allowed: int) -> list[tuple[float, float]]:
    """Given segments, return the x-intervals covered by at most ``allowed`` of them."""
    # a segment's start before any end at the same x: touching text leaves no gap, and a
    # glyph of no width (a bullet its font gives none) still covers its place
    events = sorted([(s.x0, -1) for s in segs] + [(s.x1, 1) for s in segs])
    events = [(x, -d) for x, d in events]
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
                if s.x0 < x - 1 and s.x1 > x + 1 and flows_across(s.words, x, settings):
                    opened.add((r, c))
    return opened


def flows_across(words: Sequence[Word], x: float, settings: PdfSettings) -> bool:
    """Given a run of words over a column bound, say whether text flows across it: a word
    straddles the bound, or the bound falls in an ordinary word space. A wider gap that
    happens to sit on the bound separates two cells (a tight header, say)."""
    for a, b in zip(words, words[1:], strict=False):
        if a.x0 < x < a.x1:
            return True
        if a.x1 <= x <= b.x0:
            return b.x0 - a.x1 <= settings.word_space_ratio * max(a.size, b.size)
    return any(w.x0 < x < w.x1 for w in words[-1:])


def runs_across(lines: Sequence[Line], xs: Sequence[float], settings: PdfSettings) -> bool:
    """Given lines and column bounds, say whether text runs across an inner bound anywhere."""
    return any(
        s.x0 < x - 1 < x + 1 < s.x1 and flows_across(s.words, x, settings)
        for ln in lines
        for s in line_to_segments(ln, settings)
        for x in xs[1:-1]
    )


def region_to_grid(region: Region, words: Sequence[Word], settings: PdfSettings) -> Grid | None:
    """Given a region and its words, return its grid: bounds from rules where there are
    enough of them, otherwise from white space; open bounds where rules or gaps are missing."""
    lines = words_to_lines(words, settings.y_tolerance)
    bounds = region_bounds(region, words, lines, settings)
    if bounds is None:
        return None
    xs, ys, ruled, vertical_rules = bounds
    h_open = {
        (r, c)
        for r in ruled
        for c in range(len(xs) - 1)
        if not covered(region.h_rules, ys[r], xs[c], xs[c + 1], settings)
    }
    if vertical_rules:
        v_open = {
            (r, c)
            for r in range(len(ys) - 1)
            for c in range(1, len(xs) - 1)
            if not covered(region.v_rules, xs[c], ys[r], ys[r + 1], settings)
        }
        v_open -= text_parted(v_open, words, xs, ys, settings)
    else:
        # a zebra band's edge is a fill, not a rule: text may run on across it
        drawn = frozenset() if region.kind == "zebra" else ruled
        h_open |= paragraphs_open(lines, xs, ys, drawn, settings)
        v_open = segments_open(lines, xs, ys, settings)
    return Grid(
        tuple(xs), tuple(ys), region.kind, frozenset(h_open), frozenset(v_open), ruled_rows=ruled
    )


def text_parted(
    v_open: set[tuple[int, int]],
    words: Sequence[Word],
    xs: Sequence[float],
    ys: Sequence[float],
    settings: PdfSettings,
) -> set[tuple[int, int]]:
    """Given the bounds no rule draws, return those of each row whose text parts every one of
    them (``text_parts``): a header row on a solid fill drawn without its column rules, its
    words one column each. A row with a merged cell leaves at least one bound unparted."""
    rows: dict[int, list[int]] = {}
    for r, c in v_open:
        rows.setdefault(r, []).append(c)
    return {
        (r, c)
        for r, cs in rows.items()
        if all(text_parts(words, xs, ys, r, c, settings) for c in cs)
        for c in cs
    }


def text_parts(
    words: Sequence[Word],
    xs: Sequence[float],
    ys: Sequence[float],
    r: int,
    c: int,
    settings: PdfSettings,
) -> bool:
    """Whether the text of row ``r`` parts columns ``c - 1`` and ``c`` where no rule does:
    text on both sides of the bound, and on every line with text on both, a gap across it
    as wide as columns leave (a header row on a solid fill, drawn without its column rules).
    A merged cell's text sits on one side, or runs across at word spacing."""
    row = [w for w in words if ys[r] <= w.ymid < ys[r + 1]]
    x = xs[c]
    left = [w for w in row if xs[c - 1] <= w.xmid < x]
    right = [w for w in row if x <= w.xmid < xs[c + 1]]
    if not left or not right:
        return False
    for ln in words_to_lines(left + right, settings.y_tolerance):
        before = [w.x1 for w in ln.words if w.xmid < x]
        after = [w.x0 for w in ln.words if w.xmid >= x]
        wide = max(settings.min_column_gap, settings.column_gap_ratio * ln.size)
        if before and after and min(after) - max(before) < wide:
            return False
    return True


def region_bounds(
    region: Region, words: Sequence[Word], lines: Sequence[Line], settings: PdfSettings
) -> tuple[list[float], list[float], frozenset[int], bool] | None:
    """Given a region, its words and lines, return (column bounds, row bounds, the rows with
    a rule above, whether vertical rules set the columns); None when fewer than two rows or
    columns remain."""
    x0, top, x1, bottom = region.box
    tol = settings.snap_tolerance
    vx = rule_bounds(region.v_rules, x0, x1, tol)
    vertical_rules = len(vx) > 2
    if vertical_rules:
        xs = vx
    else:
        xs = join_marker_columns(lines_to_column_bounds(lines, region.box, settings), words)
    ys = rule_bounds(region.h_rules, top, bottom, tol)
    # a band between rules holds one row unless its lines say otherwise: many rows where the
    # finder expects them, or values under values (a statistical table ruled by groups)
    values_only = not region.split_bands and len(ys) > 2
    ys = split_bands(ys, lines, xs, settings, values_only, drawn=vertical_rules)
    ruled = frozenset(i for i, y in enumerate(ys) if covered_anywhere(region.h_rules, y, tol))
    xs = drop_slivers(list(xs), [w.xmid for w in words], settings.min_band)
    ys = drop_slivers(ys, [w.ymid for w in words], settings.min_band)
    ruled = frozenset(
        i for i in ruled if i < len(ys) - 1 and covered_anywhere(region.h_rules, ys[i], tol)
    )
    # one ruled row may be a table's header left alone at a page's foot (stitch.py judges)
    lone = region.kind == "h-rules" or (vertical_rules and region.kind == "ruled")
    min_rows = 1 if lone else settings.min_table_rows
    if len(xs) - 1 < MIN_COLUMNS or len(ys) - 1 < min_rows:
        return None
    return xs, ys, ruled, vertical_rules


def split_bands(
    ys: list[float],
    lines: Sequence[Line],
    xs: Sequence[float],
    settings: PdfSettings,
    values_only: bool = False,
    drawn: bool = False,
) -> list[float]:
    """Given band bounds, add a row bound wherever a band holds more than one row of text
    (with ``values_only``, only where values stand under values; ``drawn``: rules set the
    column bounds)."""
    out = list(ys)
    for a, b in zip(ys, ys[1:], strict=False):
        band = [ln for ln in lines if a <= (ln.top + ln.bottom) / 2 <= b]
        out.extend(lines_to_row_breaks(band, xs, settings, values_only, drawn))
    return sorted(out)


def join_marker_columns(xs: list[float], words: Sequence[Word]) -> list[float]:
    """Given column bounds found in white space and the words, join each column that holds
    nothing but list markers to the column on its right: bullets set apart from their items
    by a tab are part of the cells beside them, not a column. Beside a column of values,
    "52.6" is a value too, not an item number."""
    out = list(xs)
    c = 0
    while c < len(out) - 2:
        inside = [w for w in words if out[c] <= w.xmid < out[c + 1]]
        beside = [w for w in words if out[c + 1] <= w.xmid < out[c + 2]]
        values = bool(beside) and all(VALUE.match(w.text) for w in beside)
        if inside and not values and all(is_marker(w.text) for w in inside):
            del out[c + 1]
        else:
            c += 1
    return out


def drop_slivers(bounds: list[float], centres: Sequence[float], minimum: float) -> list[float]:
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


def row_fills(
    grid: Grid, fills: Sequence[Rect], settings: PdfSettings
) -> tuple[Colour | None, ...]:
    """Given a grid and fills, return the fill under the middle of each row (or None)."""
    out: list[Colour | None] = []
    for a, b in zip(grid.ys, grid.ys[1:], strict=False):
        y = (a + b) / 2
        reach = grid.xs[0] + settings.fill_left_reach
        hit = [f for f in fills if f.top <= y <= f.bottom and f.x0 <= reach]
        out.append(hit[0].fill if hit else None)
    return tuple(out)


def point_inside(x: float, y: float, found: Sequence[FoundTable], pad: float) -> bool:
    return any(
        t.bbox.x0 - pad <= x <= t.bbox.x1 + pad and t.bbox.top - pad <= y <= t.bbox.bottom + pad
        for t in found
    )


def fill_inside(box: Rect, found: Sequence[FoundTable]) -> bool:
    """Given a fill and the tables found, say whether its middle lies in one of them."""
    return point_inside((box.x0 + box.x1) / 2, (box.top + box.bottom) / 2, found, 0.0)


def edge_inside(e: Edge, found: Sequence[FoundTable], pad: float) -> bool:
    """Given a rule and the tables found, say whether its middle lies in (or by) one."""
    return point_inside((e.x0 + e.x1) / 2, (e.top + e.bottom) / 2, found, pad)
