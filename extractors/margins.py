"""Running headers and footers: margin lines repeated on most pages, page numbers, DRAFT.

A page number counts only in the margin (the top or bottom ``margin_ratio`` of the page); a
line repeated at the same place on most pages counts in twice that band, where partnership
banners and logos' captions sit under the running header.

Both the layout (which drops them from the body text) and the stitcher (which looks past
them to see whether a table reaches the foot of a page) ask the same question here. The
stitcher also looks past footnotes (``footnotes_top``).
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Sequence

from councilplans.extractors.geometry import Line, words_to_lines
from councilplans.extractors.glyphs import RUNNING_PAGE_NUMBER
from councilplans.extractors.page import PageModel
from councilplans.extractors.settings import PdfSettings

RunningKeys = set[tuple[str, int]]  # (a margin line's text, digits as "#"; its place) repeated


def margin_key(line: Line) -> str:
    return re.sub(r"\d+", "#", " ".join(line.text.lower().split()))


def in_margin(line: Line, page: PageModel, settings: PdfSettings, widen: float = 1) -> bool:
    m = page.height * settings.margin_ratio * widen
    return line.bottom < m or line.top > page.height - m


BANNER_WIDEN = 2  # repeated lines count as running this many margins deep


def place(line: Line, settings: PdfSettings) -> int:
    """The height band a margin line sits in."""
    return round(line.top / settings.running_place)


def running_keys(pages: Sequence[PageModel], settings: PdfSettings) -> RunningKeys:
    """Given the pages, return (text, place) of margin lines repeated on most pages."""
    seen: Counter[tuple[str, int]] = Counter()
    for page in pages:
        keys = {
            (margin_key(ln), place(ln, settings))
            for ln in words_to_lines(page.words, settings.y_tolerance)
            if in_margin(ln, page, settings, BANNER_WIDEN)
        }
        seen.update(keys)
    need = max(settings.running_min_pages, (len(pages) + 1) // 2)
    return {k for k, n in seen.items() if n >= need and len(pages) >= settings.running_min_pages}


def is_running(line: Line, page: PageModel, keys: RunningKeys, settings: PdfSettings) -> bool:
    """Given a line, say whether it is page furniture: DRAFT, a page number in the margin, or
    a margin line repeated on most pages at about this height."""
    text = line.text.strip()
    if text.upper() == "DRAFT":
        return True
    if in_margin(line, page, settings) and RUNNING_PAGE_NUMBER.match(text):
        return True
    if not in_margin(line, page, settings, BANNER_WIDEN):
        return False
    key = margin_key(line)
    at = place(line, settings)
    return any((key, p) in keys for p in (at - 1, at, at + 1))


def running_texts(
    pages: Sequence[PageModel], keys: RunningKeys, settings: PdfSettings
) -> tuple[str, ...]:
    """Given the pages and their running keys, the running headers' and footers' texts, each
    once, as the first page that prints it prints it (page numbers and DRAFT aside)."""
    texts: dict[str, str] = {}
    for page in pages:
        for ln in words_to_lines(page.words, settings.y_tolerance):
            key = margin_key(ln)
            if (
                key not in texts
                and any(k == key for k, _ in keys)
                and is_running(ln, page, keys, settings)
            ):
                if not RUNNING_PAGE_NUMBER.match(ln.text.strip()):
                    texts[key] = " ".join(ln.text.split())
    return tuple(texts.values())


def footnotes_top(lines: Sequence[Line], settings: PdfSettings) -> float | None:
    """Given body lines at the foot of a page, top to bottom, return the top of its footnotes:
    the first line that opens with a footnote mark (a number at the lines' left edge, set in
    smaller type than they are); None when there is none."""
    if not lines:
        return None
    size = statistics.median(w.size for ln in lines for w in ln.words)
    left = min(ln.x0 for ln in lines)
    for ln in lines:
        mark = ln.words[0]
        if (
            mark.text.isdigit()
            and mark.size <= settings.footnote_mark_ratio * size
            and mark.x0 - left <= settings.snap_tolerance
        ):
            return ln.top
    return None


def body_lines(
    page: PageModel, top: float, bottom: float, settings: PdfSettings, keys: RunningKeys
) -> list[Line]:
    """Given a page and a band, return the lines of body text in it (not a running header,
    footer or page number)."""
    band = [w for w in page.words if top < w.ymid < bottom]
    return [
        ln
        for ln in words_to_lines(band, settings.y_tolerance)
        if not is_running(ln, page, keys, settings)
    ]


def text_between(
    page: PageModel, top: float, bottom: float, settings: PdfSettings, keys: RunningKeys
) -> bool:
    """Given a page and a band, say whether body text lies in it."""
    return bool(body_lines(page, top, bottom, settings, keys))
