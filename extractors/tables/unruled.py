"""Tables with no rules at all: columns of words aligned by white space.

    lines_to_runs -> lines_to_unruled_regions -> (holds_figure) -> (region_to_grid)

A run of lines breaks at a wide vertical gap, a change of font size, or a line of prose (one
segment over most of the run's width); a list ("•  text") is not a table, nor text laid over
a figure (the labels of a chart), nor text that runs across the side of a drawn box.
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
from councilplans.extractors.tables.region import Box, Region, encloses, lines_to_column_bounds

BADGE = 1.5  # a shape no more than this many times as wide as tall, or as tall as wide


def find_unruled(search: PageSearch, fills: Sequence[Rect], shapes: Sequence[Rect] = ()) -> None:
    """Offer every region of aligned text among the words no table has taken, unless it
    labels a figure: drawn with the fills (or a scan's shapes) left on the page, or over a
    chart's gridlines."""
    settings = search.settings
    lines = words_to_lines([w for w in search.free if w.upright], settings.y_tolerance)
    # the text under every table found so far may end the page's text
    floor = max((t.bbox.bottom for t in search.found), default=0.0)
    frames = [c.box for c in search.candidates if c.finder == "ruled" and c.verdict != "table"]
    for box in lines_to_unruled_regions(lines, settings, search.page.height, floor):
        figure = holds_figure(box, fills, search.free, settings, shapes)
        if figure or labels_chart(box, search.charts):
            search.set_aside("no-rules", box, "figure")
        elif crosses_frame(box, frames, settings.snap_tolerance):
            search.set_aside("no-rules", box, "frame")
        else:
            search.try_region(Region(box, "no-rules"))


def lines_to_unruled_regions(
    lines: Sequence[Line], settings: PdfSettings, page_height: float, floor: float = 0.0
) -> list[Box]:
    """Given free lines top to bottom, the page's height and the foot of the lowest table
    found on it, return regions where enough lines split into aligned columns; single-
    segment lines at either end are trimmed. Two pieces parted by a short note across the
    columns (``join_across_notes``) are one region, as is a table with the short note that
    ends the page's text under it (below ``floor``, above the bottom margin)."""
    regions: list[Box] = []
    runs = lines_to_runs(lines, settings)
    margin = page_height * (1 - settings.margin_ratio)
    body = [i for i, run in enumerate(runs) if any(ln.top < margin for ln in run)]
    for i, run in enumerate(runs):
        width = max(ln.x1 for ln in run) - min(ln.x0 for ln in run)
        pieces: list[Piece | None] = []  # None: a list item, which parts what it stands between
        piece: Piece = []
        for ln in [*run, None]:
            segments = line_to_segments(ln, settings) if ln is not None else []
            if ln is None:
                pieces.append(piece)
            elif is_list_line(segments):
                pieces += [piece, None]
                piece = []
            elif ends_piece(ln, len(segments), width, settings):
                pieces += [piece, [(ln, len(segments))]]
                piece = []
            else:
                piece.append((ln, len(segments)))
        at_foot = bool(body) and i == body[-1] and run[0].top > floor
        for joined, notes in join_across_notes(pieces, settings, at_foot):
            regions.extend(piece_to_region(joined, settings, notes))
    return regions


Piece = list[tuple[Line, int]]  # lines, each with its number of segments


def join_across_notes(
    pieces: Sequence[Piece | None], settings: PdfSettings, at_foot: bool
) -> list[tuple[Piece, int]]:
    """Given a run's pieces of lines in turn (runs of lines, lines of prose on their own,
    None where a list item parts them), join each table to the next one when no more than
    ``unruled_note_lines`` lines of prose part them and the next one's columns (two lines
    of them at least) start where the table's do: notes set across a table's columns
    ('(These standards include provision for visitors)'). Where the run ends the page's
    text (``at_foot``), a note as short that ends it belongs to the table above it: the
    table may go on over the page. Each piece comes with the number of note lines that end
    it."""
    out: list[Piece] = []
    notes: Piece = []
    for piece in pieces:
        if piece is not None and not piece:
            continue
        if piece is not None and len(piece) == 1 and piece[0][1] == 1:
            notes += piece
            continue
        if (
            piece is not None
            and out
            and notes
            and len(notes) <= settings.unruled_note_lines
            and is_table(out[-1], settings)
            and sum(1 for _, n in piece if n > 1) > 1
            and same_starts(out[-1], piece, settings)
        ):
            out[-1] = [*out[-1], *notes, *piece]
        elif piece is not None:
            out.append(piece)
        notes = []
    ends = [0] * len(out)
    if at_foot and out and 0 < len(notes) <= settings.unruled_note_lines:
        if is_table(out[-1], settings):
            out[-1] = [*out[-1], *notes]
            ends[-1] = len(notes)
    return list(zip(out, ends, strict=True))


def is_table(piece: Piece, settings: PdfSettings) -> bool:
    return sum(1 for _, n in piece if n > 1) >= settings.min_unruled_lines


def same_starts(upper: Piece, lower: Piece, settings: PdfSettings) -> bool:
    """Whether two pieces' columns start at the same places (their text's left edges)."""
    starts = [column_starts([ln for ln, _ in p], settings) for p in (upper, lower)]
    return len(starts[0]) == len(starts[1]) and all(
        abs(a - b) <= settings.stitch_x_tolerance for a, b in zip(*starts, strict=True)
    )


def column_starts(lines: Sequence[Line], settings: PdfSettings) -> list[float]:
    """The left edges of a piece's columns, from its lines of two segments or more."""
    box = (
        min(ln.x0 for ln in lines),
        min(ln.top for ln in lines),
        max(ln.x1 for ln in lines),
        max(ln.bottom for ln in lines),
    )
    bounds = lines_to_column_bounds(lines, box, settings)
    segments = [s for ln in lines for s in line_to_segments(ln, settings)]
    return [
        min((s.x0 for s in segments if a <= (s.x0 + s.x1) / 2 < b), default=a)
        for a, b in zip(bounds, bounds[1:], strict=False)
    ]


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


def piece_to_region(piece: list[tuple[Line, int]], settings: PdfSettings, notes: int) -> list[Box]:
    """Given a run of lines and how many of its last lines are a note that ends it, return
    the region from its first to its last line of columns, plus the wrapped lines that
    trail the last row at line spacing, and the note."""
    multi = [i for i, (_, n) in enumerate(piece) if n > 1]
    if len(multi) < settings.min_unruled_lines:
        return []
    end = len(piece) if notes else multi[-1] + 1
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
    box: Box,
    fills: Sequence[Rect],
    words: Sequence[Word],
    settings: PdfSettings,
    shapes: Sequence[Rect] = (),
) -> bool:
    """Given a region of aligned text and the fills left on the page, say whether the text
    labels a figure: fills holding no text (a chart's bars, a diagram's shapes) cover part
    of the region. A text table draws nothing, or small marks (RAG dots). Of the shapes a
    scan shows, a badge (``is_badge``) counts whatever OCR read on it: an icon's lines are
    read as letters ("@", "Oo"), and a table's shaded cells and bands are wider."""
    area = max((box[2] - box[0]) * (box[3] - box[1]), 1.0)
    empty = sum(
        overlap(f, box)
        for f in [*fills, *shapes]
        if (f in shapes and is_badge(f))
        or not any(f.x0 <= w.xmid <= f.x1 and f.top <= w.ymid <= f.bottom for w in words)
    )
    return empty >= settings.figure_fill_share * area


def is_badge(shape: Rect) -> bool:
    """Whether a shape is about as tall as it is wide: a disc, an icon, a badge."""
    return shape.width <= BADGE * shape.height and shape.height <= BADGE * shape.width


def labels_chart(box: Box, charts: Sequence[Box]) -> bool:
    """Given a region of aligned text and the regions a chart's gridlines rule off, say
    whether most of the text's region lies over a chart: its axis and value labels."""
    area = max((box[2] - box[0]) * (box[3] - box[1]), 1.0)
    return any(2 * overlap(Rect(*chart), box) >= area for chart in charts)


def crosses_frame(box: Box, frames: Sequence[Box], pad: float) -> bool:
    """Given a region of aligned text and the boxes drawn around things that hold no table
    (a chart's frame, a text box), say whether the region runs across a box's side: text
    inside a drawn box and text outside it are not the cells of one table."""
    return any(
        overlap(Rect(*frame), box) > 0
        and not encloses(frame, box, pad)
        and not encloses(box, frame, pad)
        for frame in frames
    )


def overlap(r: Rect, box: Box) -> float:
    """The area a rectangle shares with a box."""
    w = min(r.x1, box[2]) - max(r.x0, box[0])
    h = min(r.bottom, box[3]) - max(r.top, box[1])
    return w * h if w > 0 and h > 0 else 0.0
