"""Tables with no rules at all: columns of words aligned by white space.

    lines_to_runs -> lines_to_unruled_regions -> (holds_figure) -> (region_to_grid)

A run of lines breaks at a wide vertical gap, a change of font size, or a line of prose (one
segment over most of the run's width); a list ("•  text") is not a table, nor text laid over
a figure (the labels of a chart).
"""

from __future__ import annotations

from collections.abc import Sequence

from councilplans.extractors.geometry import (
    Line,
    Segment,
    join_words,
    line_to_segments,
    words_to_lines,
)
from councilplans.extractors.glyphs import is_marker
from councilplans.extractors.page import Rect, Word
from councilplans.extractors.settings import PdfSettings
from councilplans.extractors.tables.candidates import PageSearch
from councilplans.extractors.tables.region import Box, Region


def find_unruled(search: PageSearch, fills: Sequence[Rect]) -> None:
    """Offer every region of aligned text among the words no table has taken, unless it
    labels a figure: drawn with the fills left on the page, or over a chart's gridlines."""
    settings = search.settings
    lines = words_to_lines([w for w in search.free if w.upright], settings.y_tolerance)
    for box in lines_to_unruled_regions(lines, settings):
        if holds_figure(box, fills, search.free, settings) or labels_chart(box, search.charts):
            search.set_aside("no-rules", box, "figure")
        else:
            search.try_region(Region(box, "no-rules"))


def lines_to_unruled_regions(lines: Sequence[Line], settings: PdfSettings) -> list[Box]:
    """Given free lines top to bottom, return regions where enough lines split into aligned
    columns; single-segment lines at either end are trimmed."""
    regions: list[Box] = []
    for run in lines_to_runs(lines, settings):
        width = max(ln.x1 for ln in run) - min(ln.x0 for ln in run)
        piece: list[tuple[Line, int]] = []
        for ln in [*run, None]:
            segments = line_to_segments(ln, settings) if ln is not None else []
            if (
                ln is None
                or ends_piece(ln, len(segments), width, settings)
                or is_list_line(segments)
            ):
                regions.extend(piece_to_region(piece, settings))
                piece = []
            else:
                piece.append((ln, len(segments)))
    return regions


def ends_piece(line: Line, n_segments: int, width: float, settings: PdfSettings) -> bool:
    """A line of prose: one segment across most of the run, with many words."""
    return (
        n_segments == 1
        and line.x1 - line.x0 > settings.prose_line_share * width
        and len(line.words) > settings.prose_min_words
    )


def is_list_line(segments: Sequence[Segment]) -> bool:
    """A list item: a marker, a white gap, then its text ("•  text", "3.  text")."""
    return len(segments) == 2 and is_marker(join_words(segments[0].words))


def lines_to_runs(lines: Sequence[Line], settings: PdfSettings) -> list[list[Line]]:
    """Given lines, split them where the gap is tall (in line heights) or the size jumps."""
    runs: list[list[Line]] = []
    ratio = settings.run_size_ratio
    for ln in lines:
        if runs:
            prev = runs[-1][-1]
            height = max(prev.bottom - prev.top, 1.0)
            same = 1 / ratio < ln.size / prev.size < ratio
            if ln.top - prev.bottom < settings.run_gap_lines * height and same:
                runs[-1].append(ln)
                continue
        runs.append([ln])
    return runs


def piece_to_region(piece: list[tuple[Line, int]], settings: PdfSettings) -> list[Box]:
    """Given a run of lines, return the region from its first to its last line of columns,
    plus the wrapped lines that trail the last row at line spacing."""
    multi = [i for i, (_, n) in enumerate(piece) if n > 1]
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


def holds_figure(
    box: Box, fills: Sequence[Rect], words: Sequence[Word], settings: PdfSettings
) -> bool:
    """Given a region of aligned text and the fills left on the page, say whether the text
    labels a figure: fills holding no text (a chart's bars, a diagram's shapes) cover part
    of the region. A text table draws nothing, or small marks (RAG dots)."""
    area = max((box[2] - box[0]) * (box[3] - box[1]), 1.0)
    empty = sum(
        overlap(f, box)
        for f in fills
        if not any(f.x0 <= w.xmid <= f.x1 and f.top <= w.ymid <= f.bottom for w in words)
    )
    return empty >= settings.figure_fill_share * area


def labels_chart(box: Box, charts: Sequence[Box]) -> bool:
    """Given a region of aligned text and the regions a chart's gridlines rule off, say
    whether most of the text's region lies over a chart: its axis and value labels."""
    area = max((box[2] - box[0]) * (box[3] - box[1]), 1.0)
    return any(2 * overlap(Rect(*chart), box) >= area for chart in charts)


def overlap(r: Rect, box: Box) -> float:
    """The area a rectangle shares with a box."""
    w = min(r.x1, box[2]) - max(r.x0, box[0])
    h = min(r.bottom, box[3]) - max(r.top, box[1])
    return w * h if w > 0 and h > 0 else 0.0
