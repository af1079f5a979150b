"""The free text of a page: lines outside every table, with their style and page.

Running headers and footers (the same text at the same place on most pages, page numbers,
"DRAFT") are dropped here, and side-by-side columns of text are split apart.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from councilplans.extractors.geometry import Line, make_line, words_to_lines
from councilplans.extractors.margins import RunningKeys, is_running
from councilplans.extractors.model import BBox, Provenance
from councilplans.extractors.page import PageModel, Word
from councilplans.extractors.settings import PdfSettings
from councilplans.extractors.tables import FoundTable


@dataclass(frozen=True, slots=True)
class Piece:
    """A line of free text with its style, on one page."""

    line: Line
    page: int
    size: float
    bold: bool

    @property
    def text(self) -> str:
        return self.line.text

    @property
    def tag(self) -> str | None:
        tags = Counter(w.tag for w in self.line.words if w.tag)
        return tags.most_common(1)[0][0] if tags else None


def free_words(page: PageModel, frags: Sequence[FoundTable]) -> list[Word]:
    """Given a page and its table fragments, return the upright words outside every table."""
    boxes = [f.bbox for f in frags]
    return [
        w
        for w in page.words
        if w.upright
        and not any(
            b.x0 - 1 <= w.xmid <= b.x1 + 1 and b.top - 1 <= w.ymid <= b.bottom + 1 for b in boxes
        )
    ]


def split_wide_gaps(line: Line, settings: PdfSettings) -> list[Line]:
    """Given a line, split it where words are far apart (side-by-side columns of text)."""
    parts: list[list[Word]] = [[line.words[0]]]
    for a, b in zip(line.words, line.words[1:], strict=False):
        if b.x0 - a.x1 > settings.text_column_gap_ratio * max(a.size, b.size):
            parts.append([b])
        else:
            parts[-1].append(b)
    return [make_line(p) for p in parts]


def page_pieces(
    page: PageModel, frags: Sequence[FoundTable], keys: RunningKeys, settings: PdfSettings
) -> list[Piece]:
    """Given a page and its table fragments, return its free lines of body text in order."""
    pieces = []
    for ln in words_to_lines(free_words(page, frags), settings.y_tolerance):
        if is_running(ln, page, keys, settings):
            continue
        for part in split_wide_gaps(ln, settings):
            bold = all(w.bold for w in part.words)
            pieces.append(Piece(part, page.number, part.size, bold))
    return pieces


def prov(pieces: Sequence[Piece]) -> tuple[Provenance, ...]:
    """The provenance of a block made of these lines: one box per page."""
    out: list[Provenance] = []
    for p in pieces:
        box = BBox(p.line.x0, p.line.top, p.line.x1, p.line.bottom)
        if out and out[-1].page == p.page and out[-1].bbox is not None:
            out[-1] = Provenance(p.page, out[-1].bbox.union(box))
        else:
            out.append(Provenance(p.page, box))
    return tuple(out)


def close_below(a: Piece, b: Piece, settings: PdfSettings) -> bool:
    """Given two lines, say whether the second follows the first within one paragraph."""
    gap = b.line.top - a.line.bottom
    return (
        a.page == b.page
        and -1 < gap < settings.paragraph_line_ratio * a.size
        and abs(a.size - b.size) < settings.same_size_tolerance
    )


def take_run(
    pieces: Sequence[Piece], i: int, fits: Callable[[Piece], bool], settings: PdfSettings
) -> int:
    """Given lines and a start, return the end of the run of following lines that ``fits``."""
    j = i + 1
    while j < len(pieces) and close_below(pieces[j - 1], pieces[j], settings) and fits(pieces[j]):
        j += 1
    return j


def joined_text(pieces: Sequence[Piece]) -> str:
    return " ".join(p.text.strip() for p in pieces)
