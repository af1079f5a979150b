"""Small pure helpers over the page model: rules, filled boxes, text lines and segments.

Each function is a step ``a_to_b`` of the table finder or the layout; none reads a PDF.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import attrgetter

from councilplans.extractors.page import Edge, Rect, Word, colour_distance, is_white
from councilplans.extractors.settings import PdfSettings


@dataclass(frozen=True, slots=True)
class Line:
    """Words sharing a baseline, left to right."""

    words: tuple[Word, ...]
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def size(self) -> float:
        return statistics.median(w.size for w in self.words)

    @property
    def text(self) -> str:
        return join_words(self.words)


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of words on one line with no column-sized gap inside."""

    words: tuple[Word, ...]
    x0: float
    x1: float


def cluster_values(values: Iterable[float], tolerance: float) -> list[list[float]]:
    """Given numbers, group those closer than ``tolerance`` to their neighbour, in order."""
    groups: list[list[float]] = []
    for v in sorted(values):
        if groups and v - groups[-1][-1] <= tolerance:
            groups[-1].append(v)
        else:
            groups.append([v])
    return groups


def cluster_positions(values: Iterable[float], tolerance: float) -> list[float]:
    """Given numbers, return the mean of each cluster of near-equal ones."""
    return [sum(g) / len(g) for g in cluster_values(values, tolerance)]


def rects_to_edges(rects: Sequence[Rect], settings: PdfSettings) -> list[Edge]:
    """Given rectangles, return the rules they draw: thin filled bars and stroked borders."""
    edges: list[Edge] = []
    thick = settings.max_rule_thickness
    for r in rects:
        if r.height <= thick and r.width >= settings.min_rule_length:
            y = (r.top + r.bottom) / 2
            edges.append(Edge("h", r.x0, y, r.x1, y, max(r.height, HAIRLINE)))
        elif r.width <= thick and r.height >= settings.min_rule_length:
            x = (r.x0 + r.x1) / 2
            edges.append(Edge("v", x, r.top, x, r.bottom, max(r.width, HAIRLINE)))
        elif r.stroked:
            edges.extend(rect_border(r))
    return edges


SUPERSCRIPT_SIZE = 0.8  # type this much smaller than its line's, set above its baseline
SUPERSCRIPT_CHARS = 4  # a footnote mark: "80", "iv", "*", "a,b"
HAIRLINE = 0.1  # the width recorded for a bar drawn with no thickness: a fact, not a threshold


def rect_border(r: Rect) -> list[Edge]:
    return [
        Edge("h", r.x0, r.top, r.x1, r.top),
        Edge("h", r.x0, r.bottom, r.x1, r.bottom),
        Edge("v", r.x0, r.top, r.x0, r.bottom),
        Edge("v", r.x1, r.top, r.x1, r.bottom),
    ]


def merge_edges(edges: Iterable[Edge], settings: PdfSettings) -> list[Edge]:
    """Given rules, snap near-collinear ones together and join overlapping pieces."""
    merged: list[Edge] = []
    for orientation in ("h", "v"):
        same = [e for e in edges if e.orientation == orientation]
        same.sort(key=lambda e: e.pos)
        groups: list[list[Edge]] = []
        for e in same:
            if groups and e.pos - groups[-1][-1].pos <= settings.snap_tolerance:
                groups[-1].append(e)
            else:
                groups.append([e])
        for group in groups:
            merged.extend(join_collinear(group, settings))
    return [e for e in merged if e.end - e.start >= settings.min_rule_length]


def join_collinear(group: list[Edge], settings: PdfSettings) -> list[Edge]:
    """Given rules at about one position, join those that overlap or nearly touch."""
    pos = sum(e.pos for e in group) / len(group)
    width = max(e.width for e in group)
    spans: list[list[float]] = []
    for e in sorted(group, key=lambda e: e.start):
        if spans and e.start <= spans[-1][1] + settings.join_tolerance:
            spans[-1][1] = max(spans[-1][1], e.end)
        else:
            spans.append([e.start, e.end])
    o = group[0].orientation
    if o == "h":
        return [Edge("h", a, pos, b, pos, width) for a, b in spans]
    return [Edge("v", pos, a, pos, b, width) for a, b in spans]


def rects_to_boxes(rects: Sequence[Rect], page_area: float, settings: PdfSettings) -> list[Rect]:
    """Given rectangles, return the coloured fills that can be cells or row bands.

    Thin bars are rules, white fills are invisible and a page-sized fill is a background.
    Touching strips of nearly the same colour (a gradient drawn as strips) become one box;
    so many fills that even then they are thousands are a chart or a drawing.
    """
    thick = settings.max_rule_thickness
    fills = [
        r
        for r in rects
        if not is_white(r.fill, settings.white_fill)
        and r.width * r.height < settings.background_share * page_area
    ]
    if len(fills) > MAX_FILLS:
        return []
    boxes = merge_touching(fills, settings.cell_gap)
    if len(boxes) > MAX_BOXES:
        return []
    return [b for b in boxes if b.height > thick and b.width > thick]


# Bounds on work rather than judgements of layout, so not settings:
MAX_FILLS = 50_000  # more fills than this on one page: a drawing, not worth joining
MAX_BOXES = 3_000  # more fills than this once gradient strips are joined: a chart, a drawing
# How writers draw a gradient, the same in every document:
STRIP = 4.0  # a fill this thin is a strip of a gradient, not a cell
GRADIENT_STEP = 0.12  # neighbouring strips of a gradient differ by no more than this
TOUCH_SLACK = 0.5  # sides that meet may differ by the gap plus this much rounding


def merge_touching(boxes: list[Rect], gap: float) -> list[Rect]:
    """Given filled boxes, union strips of a gradient: thin across the side where they touch
    (both of them: a thin padding strip beside a cell-sized fill stays apart), with colours
    close."""
    links = (
        (i, j)
        for i, j, across in touching_pairs(boxes, gap)
        if is_gradient_step(boxes[i], boxes[j], across)
    )
    return [union_rects([boxes[i] for i in g]) for g in connected_groups(len(boxes), links)]


def is_gradient_step(a: Rect, b: Rect, across: bool) -> bool:
    """Given two fills that meet (side by side when ``across``), say whether they are strips
    of one gradient: thin where they meet and nearly one colour."""
    thin = max(a.width, b.width) <= STRIP if across else max(a.height, b.height) <= STRIP
    return thin and colour_distance(a.fill, b.fill) <= GRADIENT_STEP


def connected_groups(n: int, links: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Given n items and pairs of linked items, return the groups of items linked directly
    or through others (union-find): each group in index order, groups by their first item."""
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in links:
        parent[find(a)] = find(b)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def touching_pairs(boxes: Sequence[Rect], gap: float) -> Iterable[tuple[int, int, bool]]:
    """Given boxes, yield (i, j, side by side) for pairs whose sides meet along their whole
    length; hashed on rounded edges, so linear."""
    by_x0: dict[int, list[int]] = {}
    by_top: dict[int, list[int]] = {}
    for i, b in enumerate(boxes):
        by_x0.setdefault(round(b.x0), []).append(i)
        by_top.setdefault(round(b.top), []).append(i)
    span = range(-int(gap) - 1, int(gap) + 2)
    for i, a in enumerate(boxes):
        for d in span:
            for j in by_x0.get(round(a.x1) + d, ()):
                b = boxes[j]
                if (
                    j != i
                    and abs(b.x0 - a.x1) <= gap
                    and abs(b.top - a.top) <= gap + TOUCH_SLACK
                    and abs(b.bottom - a.bottom) <= gap + TOUCH_SLACK
                ):
                    yield i, j, True
            for j in by_top.get(round(a.bottom) + d, ()):
                b = boxes[j]
                if (
                    j != i
                    and abs(b.top - a.bottom) <= gap
                    and abs(b.x0 - a.x0) <= gap + TOUCH_SLACK
                    and abs(b.x1 - a.x1) <= gap + TOUCH_SLACK
                ):
                    yield i, j, False


def fills_to_stacks(boxes: Sequence[Rect], gap: float, same: float) -> list[list[Rect]]:
    """Given fills, return the stacks they make: fills of one width and colour, each meeting
    the one above edge to edge, top to bottom (a lone fill is a stack of one). Word shades
    a cell one text line at a time: the eye sees the stack, one shape. Stacks are hashed on
    the rounded edges where they end, so this is linear."""
    stacks: list[list[Rect]] = []
    ends: dict[tuple[int, int, int], list[int]] = {}  # rounded x0, x1, bottom -> stacks
    near = [(a, b, c) for a in (-1, 0, 1) for b in (-1, 0, 1) for c in (-1, 0, 1)]
    for box in sorted(boxes, key=lambda r: (r.top, r.x0)):
        key = (round(box.x0), round(box.x1), round(box.top))
        home = next(
            (
                k
                for dx0, dx1, dy in near
                for k in ends.get((key[0] + dx0, key[1] + dx1, key[2] + dy), ())
                if continues_stack(stacks[k][-1], box, gap, same)
            ),
            None,
        )
        if home is None:
            home = len(stacks)
            stacks.append([])
        else:
            last = stacks[home][-1]
            ends[(round(last.x0), round(last.x1), round(last.bottom))].remove(home)
        stacks[home].append(box)
        ends.setdefault((round(box.x0), round(box.x1), round(box.bottom)), []).append(home)
    return stacks


def continues_stack(last: Rect, box: Rect, gap: float, same: float) -> bool:
    return (
        abs(last.x0 - box.x0) <= gap
        and abs(last.x1 - box.x1) <= gap
        and abs(box.top - last.bottom) <= gap
        and colour_distance(last.fill, box.fill) <= same
    )


def union_rects(group: list[Rect]) -> Rect:
    return Rect(
        min(r.x0 for r in group),
        min(r.top for r in group),
        max(r.x1 for r in group),
        max(r.bottom for r in group),
        group[0].fill,
        any(r.stroked for r in group),
    )


def words_to_lines(words: Iterable[Word], y_tolerance: float) -> list[Line]:
    """Given words, group those on one baseline into lines, top to bottom."""
    lines: list[list[Word]] = []
    tops: list[float] = []
    for w in sorted(words, key=lambda w: (round(w.bottom), w.x0)):
        if lines and abs(w.bottom - tops[-1]) <= y_tolerance:
            lines[-1].append(w)
        else:
            lines.append([w])
            tops.append(w.bottom)
    return [make_line(ws) for ws in raise_superscripts(lines)]


def raise_superscripts(lines: list[list[Word]]) -> list[list[Word]]:
    """Given groups of words by baseline, top to bottom, put each group of footnote marks
    (short words in small type, set above the baseline right after a word: "growth.80")
    into the group of the line they are printed on, the next one down."""
    out: list[list[Word]] = []
    for i, ws in enumerate(lines):
        below = lines[i + 1] if i + 1 < len(lines) else None
        if below and all(is_superscript(w, below) for w in ws):
            below.extend(ws)
        else:
            out.append(ws)
    return out


def is_superscript(mark: Word, line: Sequence[Word]) -> bool:
    """Whether a word is a footnote mark on a line: at most a few characters, in type
    smaller than the line's, its foot inside the line's height, right after one of its
    words."""
    if len(mark.text) > SUPERSCRIPT_CHARS:
        return False
    size = statistics.median(w.size for w in line)
    top, bottom = min(w.top for w in line), max(w.bottom for w in line)
    return (
        mark.size <= SUPERSCRIPT_SIZE * size
        and top < mark.bottom < bottom
        and any(w.xmid < mark.x0 <= w.x1 + SUPERSCRIPT_SIZE * size for w in line)
    )


def make_line(words: list[Word]) -> Line:
    words = sorted(words, key=BY_X0)
    return Line(
        tuple(words),
        words[0].x0,
        min([w.top for w in words]),
        max([w.x1 for w in words]),
        max([w.bottom for w in words]),
    )


BY_X0 = attrgetter("x0")


def column_gap(line: Line, settings: PdfSettings) -> float:
    """Given a line, return the narrowest gap between its words that can part two columns:
    wider than a space in this font (monospace spaces are wide, hence the character width)."""
    chars = sum(len(w.text) for w in line.words)
    char_width = sum(w.x1 - w.x0 for w in line.words) / max(chars, 1)
    return max(
        settings.min_column_gap,
        settings.column_gap_ratio * line.size,
        settings.column_gap_chars * char_width,
    )


def line_to_segments(line: Line, settings: PdfSettings) -> list[Segment]:
    """Given a line, split it where the white gap between words is column-sized. A justified
    line of prose, every space widened alike, is one segment however wide its spaces."""
    gap = column_gap(line, settings)
    if is_justified(line, settings):
        return [Segment(line.words, line.x0, line.x1)]
    runs: list[list[Word]] = [[line.words[0]]]
    for prev, w in zip(line.words, line.words[1:], strict=False):
        if w.x0 - prev.x1 >= gap:
            runs.append([w])
        else:
            runs[-1].append(w)
    return [Segment(tuple(r), r[0].x0, max(w.x1 for w in r)) for r in runs]


def is_justified(line: Line, settings: PdfSettings) -> bool:
    """Given a line, say whether it is justified prose: several word gaps, all (but for
    rounding) of one width, as a justified line's widened spaces are; the gaps between a
    table's columns differ with the widths of the cells' texts."""
    gaps = [b.x0 - a.x1 for a, b in zip(line.words, line.words[1:], strict=False)]
    return len(gaps) >= settings.justified_gaps and max(gaps) - min(gaps) <= settings.even_gap


# Pieces of one word printed in two fonts (a bold first letter) touch; words of a line are a
# space apart. Not a setting: ``Line.text`` reads it, where no settings reach.
GLUE_GAP = 0.12  # of the font size


def join_words(words: Sequence[Word]) -> str:
    """Given words on one line, join them with spaces, except pieces that touch (a font change)."""
    parts: list[str] = []
    prev: Word | None = None
    for w in words:
        if prev is not None:
            if w.x0 - prev.x1 > GLUE_GAP * min(w.size, prev.size):
                parts.append(" ")
        parts.append(w.text)
        prev = w
    return "".join(parts)
