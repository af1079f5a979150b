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
    "Contents" title, by white space, the page numbers never going down."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for i, ln in enumerate([*lines, None]):
        ok = ln is not None and is_contents_line(ln, settings)
        if (
            ln is not None
            and ok
            and start is not None
            and (abs(ln.x1 - lines[i - 1].x1) > settings.contents_align)
        ):
            runs.append((start, i))
            start = None
        if ok and start is None:
            start = i
        elif not ok and start is not None:
            runs.append((start, i))
            start = None
    return [
        (a, b)
        for a, b in runs
        if b - a >= settings.min_contents_lines and is_contents_run(lines, a, b)
    ]


def is_contents_line(line: Line, settings: PdfSettings) -> bool:
    """Given a line, say whether it ends in a page number set apart from its entry."""
    words = line.words
    if len(words) < 2 or not PAGE_NUMBER.match(words[-1].text):
        return False
    return bool(SPACED_LEADERS.search(line.text)) or words[-1].x0 - words[-2].x1 >= column_gap(
        line, settings
    )


def is_contents_run(lines: Sequence[Line], a: int, b: int) -> bool:
    run = lines[a:b]
    if all(SPACED_LEADERS.search(ln.text) for ln in run):
        return True
    numbers = [int(ln.words[-1].text) for ln in run]
    titled = a > 0 and CONTENTS_TITLE.match(lines[a - 1].text.strip()) is not None
    return titled and numbers == sorted(numbers)


def contents_to_table(lines: Sequence[Line], page: int, settings: PdfSettings) -> FoundTable:
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
    return grid_to_table(grid, words, page, settings, role="contents")


def strip_leaders(word: Word) -> Word:
    return replace(word, text=LEADER_RUN.sub("", word.text).strip())
