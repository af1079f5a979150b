"""Contents lists: entries whose page numbers are set apart by dotted leaders on every line or,
under a "Contents" title, by white space.

    lines_to_contents -> contents_to_table
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from councilplans.extractors.geometry import Line, column_gap, words_to_lines
from councilplans.extractors.glyphs import LEADER_RUN, PAGE_NUMBER, SPACED_LEADERS
from councilplans.extractors.page import Word
from councilplans.extractors.settings import PdfSettings
from councilplans.extractors.tables.candidates import PageSearch
from councilplans.extractors.tables.grid import FoundTable, Grid, grid_to_table

CONTENTS_TITLE = re.compile(r"^(table of )?contents:?$", re.IGNORECASE)


def find_contents(search: PageSearch) -> None:
    """Keep every contents list among the words no table has taken."""
    settings = search.settings
    lines = words_to_lines([w for w in search.free if w.upright], settings.y_tolerance)
    for a, b in lines_to_contents(lines, settings):
        search.take_table(contents_to_table(lines[a:b], search.page.number, settings))


def lines_to_contents(lines: Sequence[Line], settings: PdfSettings) -> list[tuple[int, int]]:
    """Given lines, return index ranges of contents lists: right-aligned lines ending in a
    page number set apart from the entry, either by dotted leaders on every line or, under a
    "Contents" title, by white space, the page numbers never going down. An entry may wrap:
    its first lines, without a number, are set within the entries' width."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    last: Line | None = None  # the run's last line ending in a page number
    for i, ln in enumerate(lines):
        if is_contents_line(ln, settings):
            if last is not None and abs(ln.x1 - last.x1) > settings.contents_align:
                runs.append((start or 0, i))
                start = None
            start = i if start is None else start
            last = ln
        elif start is not None and not wraps_entry(lines, i, settings):
            runs.append((start, i))
            start, last = None, None
    if start is not None:
        runs.append((start, len(lines)))
    return [
        (a, b)
        for a, b in runs
        if is_contents_run(lines[a:b], lines[a - 1] if a else None, settings)
    ]


def wraps_entry(lines: Sequence[Line], i: int, settings: PdfSettings) -> bool:
    """Given lines and one without a page number, say whether it is the first line of a
    wrapped contents entry: the next line ends one, and this one stops short of its number."""
    if i + 1 >= len(lines) or not is_contents_line(lines[i + 1], settings):
        return False
    return lines[i].x1 < lines[i + 1].words[-1].x0


def is_contents_line(line: Line, settings: PdfSettings) -> bool:
    """Given a line, say whether it ends in a page number set apart from its entry."""
    words = line.words
    if len(words) <= 1 or not PAGE_NUMBER.match(words[-1].text):
        return False
    return bool(SPACED_LEADERS.search(line.text)) or words[-1].x0 - words[-2].x1 >= column_gap(
        line, settings
    )


def is_contents_run(run: Sequence[Line], above: Line | None, settings: PdfSettings) -> bool:
    """Given a run of contents-like lines and the line above it, say whether it is a contents
    list: enough entries, and dotted leaders on every one, or a "Contents" title above and
    page numbers that never go down."""
    numbered = [ln for ln in run if is_contents_line(ln, settings)]
    if len(numbered) < settings.min_contents_lines:
        return False
    if all(SPACED_LEADERS.search(ln.text) for ln in numbered):
        return True
    numbers = [int(ln.words[-1].text) for ln in numbered]
    titled = above is not None and CONTENTS_TITLE.match(above.text.strip()) is not None
    return titled and numbers == sorted(numbers)


def contents_to_table(lines: Sequence[Line], page: int, settings: PdfSettings) -> FoundTable:
    """Given contents lines, return a two-column table (entry, page) with role "contents",
    one row per entry (a wrapped entry's lines together)."""
    x0 = min(ln.x0 for ln in lines)
    x1 = max(ln.x1 for ln in lines)
    numbered = [ln for ln in lines if is_contents_line(ln, settings)]
    split = min(ln.words[-1].x0 for ln in numbered) - 1
    ends = [i for i, ln in enumerate(lines) if is_contents_line(ln, settings)]
    ys = [lines[0].top - 1] + [(lines[i].bottom + lines[i + 1].top) / 2 for i in ends[:-1]]
    grid = Grid((x0, split, x1), (*ys, lines[-1].bottom + 1), "contents")
    words = [strip_leaders(w) for ln in lines for w in ln.words]
    words = [w for w in words if w.text]
    return grid_to_table(grid, words, page, settings, role="contents")


def strip_leaders(word: Word) -> Word:
    return replace(word, text=LEADER_RUN.sub("", word.text).strip())
