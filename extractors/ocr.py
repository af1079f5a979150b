"""Pages with no text layer (a scanned plan), read by OCR: Tesseract, through pytesseract.

    scanned_pages    which pages have no text layer: (almost) no letters of text, and images
                     covering much of the page (a blank page is no scan)
    read_scans       each such page rendered (pypdfium2) and read by Tesseract into words
                     with their boxes, in the page model's coordinates, so table finding,
                     stitching and layout read them as they read any page's words
    mark_ocr         the blocks on those pages marked so in their provenance

A page read by OCR is named in the document's warnings (its text is in doubt), and so is a
page that could not be: without Tesseract (the program or the pytesseract binding missing),
with OCR turned off, or without the language's data, the warning says how to enable it. The
document is then stored as partial, with that reason.
"""

from __future__ import annotations

import math
import os
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PIL.Image import Resampling

from councilplans.extractors.clock import NO_CLOCK, StageClock
from councilplans.extractors.model import Block, Provenance
from councilplans.extractors.page import PageModel, Rect, Word
from councilplans.extractors.pdfium_pages import CannotOpen, open_pdf
from councilplans.extractors.reading import PdfRead, describe
from councilplans.extractors.settings import PdfSettings

POINTS_PER_INCH = 72.0
OMP_LIMIT = "OMP_THREAD_LIMIT"
# Tesseract's time grows with the pixels it reads: an A4 page at 300 dpi is 8.7 million; a
# poster-sized page is read at a lower resolution rather than at hundreds of millions.
MAX_PIXELS = 40_000_000
WORD, LINE = 5, 4  # the levels of Tesseract's layout analysis that image_to_data reports
# a line from this share of the body text's height to this many times it is body text: a
# line of digits or of small letters only is shorter than one with capitals and descenders
SHORTER, TALLER = 0.5, 1.1
RULE = "|"  # a "word" of nothing else is a table's rule or a scan's edge, read as a letter
WIDE_GAP = 1.5  # a space this many times the body text's size parts two cells of a table
SIZE_STEP = 0.5  # line heights are rounded to this many points before the body size is taken
FILL_CELL = 2.0  # a scan's shapes are looked for in cells this many points wide
MIN_FILL = 6.0  # a shape narrower or lower than this many points is a mark, not a fill
WHITE = 255.0  # white in an 8-bit grey image
SOLID = 0.5  # a patch of ink covering this share of its box is a shape, not lines or text

INSTALL_TESSERACT = "install Tesseract (Debian: apt-get install tesseract-ocr)"
INSTALL_BINDING = "install pytesseract (pip install 'councilplans[ocr]')"


@dataclass(frozen=True, slots=True)
class Engine:
    """The Tesseract that reads scanned pages: its version and the language it reads."""

    version: str
    language: str

    @property
    def label(self) -> str:
        return f"Tesseract {self.version}, {self.language}"


def find_engine(language: str) -> Engine | str:
    """Given Tesseract's language ("eng", "eng+cym"), return the Tesseract pytesseract
    reaches with that language's data, or what to install to have one."""
    try:
        import pytesseract
    except ImportError:
        return INSTALL_BINDING
    try:
        version = pytesseract.get_tesseract_version()
        installed = set(pytesseract.get_languages())
    except (OSError, SystemExit):  # SystemExit: pytesseract's answer to a version it can't parse
        return INSTALL_TESSERACT
    missing = [code for code in language.split("+") if code not in installed]
    if missing:
        packages = " ".join(f"tesseract-ocr-{code.lower().replace('_', '-')}" for code in missing)
        return f"install Tesseract's {'+'.join(missing)} data (Debian: apt-get install {packages})"
    return Engine(str(version), language)


def is_scan(page: PageModel, settings: PdfSettings) -> bool:
    """Given a page model, say whether the page has no text layer: at most a few letters of
    text, and images covering much of it."""
    letters = sum(len(w.text) for w in page.words)
    return letters <= settings.ocr_max_chars and page.image_share >= settings.ocr_image_share


def scanned_pages(pages: Iterable[PageModel], settings: PdfSettings) -> list[int]:
    return [p.number for p in pages if is_scan(p, settings)]


def page_list(numbers: Sequence[int]) -> str:
    """Given page numbers in order, name them: "page 3", "pages 1-4, 7"."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = [f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs]
    return ("page " if len(numbers) == 1 else "pages ") + ", ".join(parts)


def not_read(numbers: Sequence[int], how: str) -> str:
    """The warning for scanned pages OCR did not read, saying how to have them read."""
    one = len(numbers) == 1
    what = "a scanned page?" if one else "scanned pages?"
    it = "it" if one else "them"
    return f"{page_list(numbers)}: no text layer ({what}); {how} to read {it} by OCR"


def read_scans(
    path: str | Path,
    read: PdfRead,
    settings: PdfSettings,
    clock: StageClock = NO_CLOCK,
    password: str | None = None,
) -> tuple[PdfRead, frozenset[int], str | None]:
    """Given a PDF and what its reader read of it, read each page with no text layer by OCR.
    Returns what was read, with those pages' words and shapes, the numbers of the pages OCR
    read, and the note that says so ("pages 1 and 3: read by OCR (Tesseract 5.3.0, eng)"):
    a page read loses nothing, so it is no warning; one that could not be read is."""
    scans = scanned_pages(read.pages, settings)
    if not scans:
        return read, frozenset(), None
    engine = find_engine(settings.ocr_language) if settings.ocr else "turn on PdfSettings.ocr"
    if isinstance(engine, str):
        warning = not_read(scans, engine)
        return replace(read, warnings=[*read.warnings, warning]), frozenset(), None
    sizes = {p.number: (p.width, p.height) for p in read.pages}
    with clock.stage("ocr"):
        seen, failed = ocr_pages(path, [(n, sizes[n]) for n in scans], engine, settings, password)
    pages = [
        replace(p, words=seen[p.number][0], shapes=seen[p.number][1]) if p.number in seen else p
        for p in read.pages
    ]
    done = sorted(seen)
    note = f"{page_list(done)}: read by OCR ({engine.label})" if done else None
    return replace(read, pages=pages, warnings=[*read.warnings, *failed]), frozenset(done), note


def ocr_pages(
    path: str | Path,
    pages: Sequence[tuple[int, tuple[float, float]]],
    engine: Engine,
    settings: PdfSettings,
    password: str | None,
) -> tuple[dict[int, tuple[tuple[Word, ...], tuple[Rect, ...]]], list[str]]:
    """Given a PDF and the number and size of each page to read, render each in turn and
    read it with Tesseract; return each page's words and shapes (``read_page``) and a warning
    per page that failed."""
    seen: dict[int, tuple[tuple[Word, ...], tuple[Rect, ...]]] = {}
    failed: list[str] = []
    try:
        with open_pdf(path, password) as pdf:
            for number, size in pages:
                try:
                    seen[number] = read_page(pdf[number - 1], size, engine, settings)
                except Exception as exc:  # noqa: BLE001 - one page OCR cannot read is its warning
                    failed.append(f"page {number}: no text layer, and OCR failed ({describe(exc)})")
    except CannotOpen as exc:
        numbers = page_list([n for n, _ in pages])
        failed.append(f"{numbers}: no text layer, and cannot be rendered for OCR ({describe(exc)})")
    return seen, failed


def read_page(
    page: Any, size: tuple[float, float], engine: Engine, settings: PdfSettings
) -> tuple[tuple[Word, ...], tuple[Rect, ...]]:
    """Given a pdfium page and its size in the page model (as shown), render it and return
    the words Tesseract reads on it, their boxes in the page model's coordinates, and the
    solid shapes it shows (``image_shapes``)."""
    import pytesseract

    width, height = size
    scale = min(
        settings.ocr_resolution / POINTS_PER_INCH, math.sqrt(MAX_PIXELS / max(width * height, 1))
    )
    try:
        image = page.render(scale=scale, grayscale=True).to_pil()
    finally:
        page.close()
    with threads(settings.ocr_threads):
        data = pytesseract.image_to_data(
            image, lang=engine.language, output_type=pytesseract.Output.DICT
        )
    to_points = width / image.width
    words = tesseract_words(data, to_points, settings.ocr_min_confidence)
    return words, image_shapes(image, to_points, words, settings)


def image_shapes(
    image: Any, to_points: float, words: Sequence[Word], settings: PdfSettings
) -> tuple[Rect, ...]:
    """Given a scanned page's image (grey), its scale and the words read on it, return the
    solid shapes it shows: a coloured icon's disc, a shaded panel, a dark title bar. A text
    layer draws these as fills, the signs of a figure (``holds_figure``); a scan must have
    them found in its pixels. The page is looked at in cells of ``FILL_CELL`` points; a cell
    darker than ``white_fill`` times the paper's shade (the page's median) that no word
    covers is ink, and each connected patch of ink
    that fills most of its box (``SOLID``), at least ``MIN_FILL`` points each way and less
    than ``background_share`` of the page, is a shape. Text, rules and a table's grid fill
    little of their box.
    """
    import numpy as np

    cols = max(1, round(image.width * to_points / FILL_CELL))
    rows = max(1, round(image.height * to_points / FILL_CELL))
    grey = (
        np.asarray(image.convert("L").resize((cols, rows), Resampling.BOX), dtype=np.float32)
        / WHITE
    )
    ink = grey < settings.white_fill * float(np.median(grey))  # darker than the paper
    cell_x, cell_y = image.width * to_points / cols, image.height * to_points / rows
    for w in words:
        ink[
            int(w.top / cell_y) : math.ceil(w.bottom / cell_y),
            int(w.x0 / cell_x) : math.ceil(w.x1 / cell_x),
        ] = False
    fills = []
    background = settings.background_share * rows * cols
    for patch in ink_patches(ink):
        (r0, c0, r1, c1), size = patch
        box_w, box_h = (c1 - c0) * cell_x, (r1 - r0) * cell_y
        if min(box_w, box_h) < MIN_FILL or size < SOLID * (r1 - r0) * (c1 - c0):
            continue
        if (r1 - r0) * (c1 - c0) >= background:  # a tinted page: no shape
            continue
        shade = float(grey[r0:r1, c0:c1][ink[r0:r1, c0:c1]].mean())
        fills.append(
            Rect(c0 * cell_x, r0 * cell_y, c1 * cell_x, r1 * cell_y, (shade, shade, shade))
        )
    return tuple(fills)


def ink_patches(ink: Any) -> list[tuple[tuple[int, int, int, int], int]]:
    """Given a grid of booleans, return each 4-connected patch of True cells as its box
    (row0, col0, row1, col1; ends exclusive) and the number of its cells."""
    rows, cols = ink.shape
    seen = ink.copy()
    patches = []
    for start in zip(*seen.nonzero(), strict=True):
        if not seen[start]:
            continue
        seen[start] = False
        stack, size = [start], 0
        r0, c0, r1, c1 = start[0], start[1], start[0] + 1, start[1] + 1
        while stack:
            r, c = stack.pop()
            size += 1
            r0, c0, r1, c1 = min(r0, r), min(c0, c), max(r1, r + 1), max(c1, c + 1)
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and seen[nr, nc]:
                    seen[nr, nc] = False
                    stack.append((nr, nc))
        patches.append(((int(r0), int(c0), int(r1), int(c1)), size))
    return patches


@contextmanager
def threads(count: int) -> Iterator[None]:
    """Run Tesseract with at most ``count`` threads. Its OpenMP threads spin while they wait:
    on a machine whose cores are all busy (ingest runs a worker per core) a page read with
    several takes four to eight times as long as with one. Tesseract takes the limit only
    from its environment, which pytesseract hands it whole."""
    before = os.environ.get(OMP_LIMIT)
    os.environ[OMP_LIMIT] = str(count)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(OMP_LIMIT, None)
        else:
            os.environ[OMP_LIMIT] = before


def tesseract_words(
    data: dict[str, list[Any]], to_points: float, min_confidence: float
) -> tuple[Word, ...]:
    """Given what Tesseract's image_to_data reports (one list per field: level, block_num,
    par_num, line_num, left, top, width, height, conf, text), return its words in points.

    A word spans its line's height, from the tallest letter's top to the lowest descender's
    foot, as a word of a text layer spans its font's, whatever its own letters; and that
    height, about the type's size, is its size (Tesseract knows no font sizes)."""
    rows = [dict(zip(data, values, strict=True)) for values in zip(*data.values(), strict=True)]
    lines = {line_key(r): span(r, to_points) for r in rows if r["level"] == LINE}
    body = body_size(bottom - top for top, bottom in lines.values())
    kept: dict[tuple[int, int, int], list[Word]] = {}
    for r in rows:
        text = str(r["text"]).strip()
        if r["level"] == WORD and text.strip(RULE) and float(r["conf"]) >= min_confidence:
            top, bottom = span(r, to_points)
            x0, width = float(r["left"]) * to_points, float(r["width"]) * to_points
            kept.setdefault(line_key(r), []).append(Word(text, x0, top, x0 + width, bottom))
    return tuple(w for key, words in kept.items() for w in line_words(words, lines.get(key), body))


def span(row: dict[str, Any], to_points: float) -> tuple[float, float]:
    """Given a row of image_to_data, its top and bottom in points."""
    top = float(row["top"]) * to_points
    return top, top + float(row["height"]) * to_points


def line_words(
    words: Sequence[Word], line: tuple[float, float] | None, body: float | None
) -> list[Word]:
    """Given the words of one of Tesseract's lines (in its order), the line's top and bottom
    and the body text's size, return the words spanning their line, sized by it. A line
    taller than body text may be two lines of a table's cells set a little apart, which
    Tesseract took for one: each stretch of it between wide gaps is then a line of its own."""
    if line is not None and (body is None or line[1] - line[0] <= TALLER * body):
        parts = [list(words)]
        spans = [line]
    else:
        gap = WIDE_GAP * (body or max(w.bottom - w.top for w in words))
        parts = split_at_gaps(words, gap)
        spans = [(min(w.top for w in p), max(w.bottom for w in p)) for p in parts]
    return [
        replace(w, top=top, bottom=bottom, size=as_size(bottom - top, body))
        for part, (top, bottom) in zip(parts, spans, strict=True)
        for w in part
    ]


def split_at_gaps(words: Sequence[Word], gap: float) -> list[list[Word]]:
    """Given words left to right, part them where the space between two is wider than gap."""
    parts: list[list[Word]] = []
    for w in sorted(words, key=lambda w: w.x0):
        if parts and w.x0 - parts[-1][-1].x1 <= gap:
            parts[-1].append(w)
        else:
            parts.append([w])
    return parts


def line_key(row: dict[str, Any]) -> tuple[int, int, int]:
    return (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))


def body_size(heights: Iterable[float]) -> float | None:
    """The height most of a page's lines share (to SIZE_STEP): its body text's size."""
    counts = Counter(round(h / SIZE_STEP) * SIZE_STEP for h in heights if h > 0)
    return counts.most_common(1)[0][0] if counts else None


def as_size(height: float, body: float | None) -> float:
    """A line's size: the body text's when its height is close to it or less, down to half
    (a line of digits or small letters only is shorter than one with capitals and
    descenders), else its own."""
    if body is not None and SHORTER * body <= height <= TALLER * body:
        return body
    return round(height / SIZE_STEP) * SIZE_STEP


def mark_ocr(blocks: Iterable[Block], pages: frozenset[int]) -> tuple[Block, ...]:
    """Given blocks and the pages OCR read, return the blocks with their provenance on those
    pages marked as read by OCR."""
    if not pages:
        return tuple(blocks)
    return tuple(replace(b, prov=marked(b.prov, pages)) for b in blocks)


def marked(prov: tuple[Provenance, ...], pages: frozenset[int]) -> tuple[Provenance, ...]:
    return tuple(replace(p, ocr=True) if p.page in pages else p for p in prov)
