"""What both PDF readers share: from what a reader found on a page to the page model.

A reader (pdfium_pages, the default, or pdfplumber_pages, the reference) turns a page into a
``RawPage``: its characters as dicts in pdfplumber's form (``text``, ``x0``, ``top``, ``x1``,
``bottom``, ``fontname``, ``size``, ``matrix``, ``non_stroking_color`` as RGB, ``mcid``), its
rectangles, its stroked paths and the roles its tagged structure gives each marked-content id,
all in pdfplumber's coordinates (PDF points, origin at the top-left of the page as shown).
Everything from there on, which glyphs a reader sees, words, rules, is this module's, so
the two readers differ only in how they read a page, never in what they make of it.

What a reader sees is what a person sees: text hidden by a clipping path (each reader drops
it), white text on white, glyphs printed twice to fake bold and text set at a slant (a
watermark) are not words.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

import numpy as np

from councilplans.extractors.clock import NO_CLOCK, StageClock
from councilplans.extractors.geometry import rects_to_edges
from councilplans.extractors.glyphs import BULLET_CODE_POINTS, unmapped_share
from councilplans.extractors.page import (
    DEFAULT_SIZE,
    Colour,
    Edge,
    PageModel,
    Rect,
    Word,
    is_white,
)
from councilplans.extractors.settings import PdfSettings
from councilplans.extractors.words import chars_to_words, split_at_rules, split_leaders

BOLD = re.compile(r"bold|black|heavy|semibold|demibold|,b$|-bd$|bd$", re.IGNORECASE)
# Facts of the PDF format and of how writers draw, the same in every document (not settings):
SKEW = 1e-3  # a text matrix term this small is rounding, not a slant
STRAIGHT = 1.0  # a segment whose ends differ less than this across its length is straight
MIN_SEGMENT = 2.0  # shorter segments are parts of curves (min_rule_length decides rules)
DOUBLE_STRIKE = 1.0  # fake bold prints a glyph again within this of itself

Point = tuple[float, float]
K = TypeVar("K", bound=Hashable)
Role = tuple[str | None, int | None]  # (role, id of the TD/TH element holding the text)


@dataclass(frozen=True, slots=True)
class Stroke:
    """A stroked path as its points in drawing order (Bézier control points left out)."""

    pts: tuple[Point, ...]
    width: float = 1.0


Box = tuple[float, float, float, float]  # x0, y0, x1, y1


@dataclass(frozen=True, slots=True)
class RawPage:
    """One page as a reader found it, before any judgement of what it shows."""

    number: int
    width: float
    height: float
    bbox: tuple[float, float, float, float]  # the media box, in the page's coordinates
    chars: list[dict[str, Any]]
    rects: list[Rect]
    strokes: list[Stroke]
    rotation: int = 0
    roles: dict[int, Role] = field(default_factory=dict)
    images: list[Box] = field(default_factory=list)  # each image's box, x0 top x1 bottom


def bounds(points: Sequence[Point]) -> Box:
    """The smallest box holding every point."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return (min(xs), min(ys), max(xs), max(ys))


def intersect(a: Box, b: Box) -> Box:
    return (max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3]))


@dataclass(frozen=True, slots=True)
class PdfRead:
    """What a reader read of a whole PDF: its page models and its properties."""

    pages: list[PageModel]
    warnings: list[str]
    page_count: int
    title: str | None
    author: str | None


@functools.cache  # a document has a few dozen font names
def is_bold_font(fontname: str) -> bool:
    return bool(BOLD.search(fontname.split("+")[-1]))


def visible_chars(
    chars: Iterable[dict[str, Any]],
    bbox: Sequence[float],
    dark: Sequence[Rect],
    settings: PdfSettings,
) -> list[dict[str, Any]]:
    """Given a page's chars, return those a reader sees: on the page, set along its axes
    (text at a slant, a diagonal 'DRAFT' watermark, is decoration; text turned a quarter, a
    rotated column header, is content), not a control code and not white on white. A space
    is kept: it shows nothing, but parts two words however narrow it is. A char turned a
    quarter comes marked so (``turned``)."""
    left, top, right, bottom = bbox[:4]
    whites: dict[Colour | None, bool] = {}
    seen = []
    # the last char's matrix and colour (a text object's chars share them: pdfium), and
    # nothing yet: no matrix or colour is this dict
    matrix: object = whites
    shade: object = whites
    white: bool | None = None
    for c in chars:
        if c["x1"] < left or c["x0"] > right or c["bottom"] < top or c["top"] > bottom:
            continue
        if (m := c.get("matrix")) is not matrix:
            matrix = m
            aligned, quarter = turn_of(m or UPRIGHT)
        if not aligned:
            continue
        text = c["text"]
        if text.strip():
            if not text.isprintable() and CONTROL.search(text):
                continue  # a control code the font maps a glyph to prints nothing readable
            colour = c.get("non_stroking_color")
            if colour is not shade:  # a new colour, not the last char's one
                shade, white = colour, whites.get(colour)
                if white is None:
                    white = whites[colour] = is_white(colour, settings.white_text)
            if white and not on_dark(c, dark):
                continue
        seen.append(turned(c) if quarter else c)
    return seen


def on_dark(char: dict[str, Any], dark: Sequence[Rect]) -> bool:
    """Whether the middle of a char lies on one of the page's dark fills."""
    x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
    return any(r.x0 <= x <= r.x1 and r.top <= y <= r.bottom for r in dark)


UPRIGHT = (1.0, 0.0, 0.0, 1.0)


@functools.lru_cache(maxsize=4096)
def turn_of(matrix: tuple[float, ...]) -> tuple[bool, bool]:
    """Given a char's matrix, say whether it is set along the page's axes and whether it
    is turned a quarter (its matrix mostly off the diagonal). Cached: a page's chars share
    a few matrices (pdfium hands one tuple per text object)."""
    a, b, c, d = (float(v) for v in matrix[:4])
    aligned = (abs(b) < SKEW and abs(c) < SKEW) or (abs(a) < SKEW and abs(d) < SKEW)
    return aligned, abs(b) + abs(c) > abs(a) + abs(d)


def stroke_edges(strokes: Iterable[Stroke]) -> list[Edge]:
    """Given stroked paths, return their straight axis-aligned segments as rules."""
    edges: list[Edge] = []
    for stroke in strokes:
        for (ax, ay), (bx, by) in itertools.pairwise(stroke.pts):
            if abs(ay - by) < STRAIGHT and abs(ax - bx) >= MIN_SEGMENT:
                y = (ay + by) / 2
                edges.append(Edge("h", min(ax, bx), y, max(ax, bx), y, stroke.width))
            elif abs(ax - bx) < STRAIGHT and abs(ay - by) >= MIN_SEGMENT:
                x = (ax + bx) / 2
                edges.append(Edge("v", x, min(ay, by), x, max(ay, by), stroke.width))
    return edges


def stroke_slants(strokes: Iterable[Stroke]) -> list[Rect]:
    """Given stroked paths, return the box of each segment that runs neither across nor
    down (a chart's data lines, a diagram's arrows)."""
    return [
        Rect(min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))
        for stroke in strokes
        for (ax, ay), (bx, by) in itertools.pairwise(stroke.pts)
        if abs(ay - by) >= STRAIGHT and abs(ax - bx) >= STRAIGHT
    ]


def dedupe(chars: Sequence[dict[str, Any]]) -> tuple[list[dict[str, Any]], set[int]]:
    """Given chars, drop those printed again within 1pt of an equal char (fake bold); return
    the kept chars and the ids of those that were doubled. Only chars with an equal char
    near them can be either (``twin_candidates``), so only those go through the pass that
    decides, char by char."""
    near = [chars[i] for i in twin_candidates(chars)]
    if not near:
        return list(chars), set()
    kept, doubled = drop_twins(near)
    if len(kept) == len(near):
        return list(chars), doubled
    dropped = {id(c) for c in near} - {id(c) for c in kept}
    return [c for c in chars if id(c) not in dropped], doubled


def twin_candidates(chars: Sequence[dict[str, Any]]) -> list[int]:
    """Given chars, return the index of each that has an equal char near it: sharing a
    cell of TWIN_CELL in one of four grids, offset from each other by half a cell
    across and down, so that two chars within DOUBLE_STRIKE of each other share a cell in
    at least one. Done on arrays: a page has thousands of chars and few twins."""
    n = len(chars)
    if n < 2:
        return []
    texts = np.fromiter(map(hash, [c["text"] for c in chars]), np.int64, n)
    x = np.fromiter([c["x0"] for c in chars], float, n) / TWIN_CELL
    y = np.fromiter([c["top"] for c in chars], float, n) / TWIN_CELL
    near = np.zeros(n, bool)
    with np.errstate(over="ignore", invalid="ignore"):  # a key may wrap: it only joins more
        for gx in (np.floor(x), np.floor(x + HALF)):
            for gy in (np.floor(y), np.floor(y + HALF)):
                key = texts * KEY_TEXT + gx.astype(np.int64) * KEY_ROW + gy.astype(np.int64)
                _, which, counts = np.unique(key, return_inverse=True, return_counts=True)
                near |= counts[which] > 1
    return list(np.flatnonzero(near).tolist())


TWIN_CELL = 4 * DOUBLE_STRIKE  # wide enough that two twins share a cell in one grid
KEY_TEXT, KEY_ROW = 1_000_003, 1 << 20  # a cell's key: its chars' text, its column, its row


def drop_twins(chars: Sequence[dict[str, Any]]) -> tuple[list[dict[str, Any]], set[int]]:
    """Given chars, drop those printed again within 1pt of an equal char (fake bold), in one
    pass in their order over a grid of 2pt cells (a twin lies in the char's cell or the next
    one towards it, across and down); return the kept chars and the ids of those that were
    doubled."""
    seen: dict[tuple[str, int, int], list[dict[str, Any]]] = {}
    kept: list[dict[str, Any]] = []
    doubled: set[int] = set()
    step = 2 * DOUBLE_STRIKE
    for c in chars:
        text, x0, top = c["text"], c["x0"], c["top"]
        fx, fy = x0 / step, top / step
        gx, gy = math.floor(fx), math.floor(fy)
        nx = gx - 1 if fx - gx < HALF else gx + 1
        ny = gy - 1 if fy - gy < HALF else gy + 1
        twin = None
        for cell in ((text, gx, gy), (text, nx, gy), (text, gx, ny), (text, nx, ny)):
            for o in seen.get(cell, ()):
                if abs(o["x0"] - x0) <= DOUBLE_STRIKE and abs(o["top"] - top) <= DOUBLE_STRIKE:
                    twin = o
                    break
            if twin is not None:
                break
        if twin is not None:
            doubled.add(id(twin))
            continue
        seen.setdefault((text, gx, gy), []).append(c)
        kept.append(c)
    return kept, doubled


HALF = 0.5


UNMAPPED = re.compile(r"^\(cid:\d+\)$")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def word_text(w: dict[str, Any]) -> str:
    """A word's text with ligatures expanded. A lone glyph the font maps to no character
    ("(cid:127)") standing as a word of its own is a symbol: read as a bullet, since that
    is the only such glyph a plan's text lines start with."""
    text = str(w["text"])
    width = float(w["x1"]) - float(w["x0"])
    if text[:1] == "(" and UNMAPPED.match(text) and width <= float(w.get("size", DEFAULT_SIZE)):
        return "•"
    return text.translate(BULLET_CODE_POINTS)


ROLES = {
    "H",
    "H1",
    "H2",
    "H3",
    "H4",
    "H5",
    "H6",
    "P",
    "LI",
    "Lbl",
    "LBody",
    "TD",
    "TH",
    "Caption",
    "TOCI",
    "Note",
    "Quote",
}


def roles_from_tree(
    tree: Sequence[Any],
    kind: Callable[[Any], str | None],
    mcids: Callable[[Any], Iterable[K]],
    children: Callable[[Any], Sequence[Any]],
) -> dict[K, Role]:
    """Given a page's structure tree (its top nodes and how to read a node's type, marked
    content ids and children), map each marked-content id to the role its tagged structure
    gives it (the nearest H1..H6, P, LBody, TD ... above it) and, inside a table, the cell
    element it sits in."""
    roles: dict[K, Role] = {}
    cells = itertools.count(1)

    def walk(nodes: Sequence[Any], role: str | None, cell: int | None) -> None:
        for node in nodes:
            type_ = kind(node)
            own = type_ if type_ in ROLES else role
            here = next(cells) if type_ in {"TD", "TH"} else cell
            for mcid in mcids(node):
                roles.setdefault(mcid, (own, here))
            walk(children(node), own, here)

    walk(tree, None, None)
    return roles


def to_word(w: dict[str, Any], doubled: set[int], roles: dict[int, Role]) -> Word:
    chars = w.get("chars") or []
    fake_bold = bool(doubled) and any(id(c) in doubled for c in chars[:3])
    fontname = str(w.get("fontname", ""))
    return Word(
        text=word_text(w),
        x0=w["x0"],
        top=w["top"],
        x1=w["x1"],
        bottom=w["bottom"],
        fontname=fontname,
        size=round(float(w.get("size", DEFAULT_SIZE)), 2),
        bold=is_bold_font(fontname) or fake_bold,
        upright=bool(w.get("upright", True)),
        **tagged_as(chars, roles),
    )


def tagged_as(chars: Sequence[dict[str, Any]], roles: dict[int, Role]) -> dict[str, Any]:
    mcid = chars[0].get("mcid") if chars else None
    role, cell = roles.get(mcid, (None, None)) if isinstance(mcid, int) else (None, None)
    return {"tag": role, "cell": cell}


def turned(char: dict[str, Any]) -> dict[str, Any]:
    """Given a char turned a quarter, return it marked so (not upright), whatever pdfminer
    made of its matrix: pdfminer calls such a glyph upright when the matrix holds 1e-09
    where it should hold 0, as Excel's PDFMaker writes them. Its size is its box's extent
    across its line: its advance differs letter by letter and would part every letter into
    a word of its own."""
    return {**char, "upright": False, "size": round(float(char["x1"]) - float(char["x0"]), 2)}


def model_page(raw: RawPage, settings: PdfSettings) -> PageModel:
    """Given what a reader found on a page, return our page model of what the page shows."""
    rects = raw.rects
    dark = [r for r in rects if r.fill is not None and not is_white(r.fill, settings.dark_fill)]
    chars, doubled = dedupe(visible_chars(raw.chars, raw.bbox, dark, settings))
    roles = raw.roles if settings.use_structure_tree else {}
    edges = stroke_edges(raw.strokes)
    walls = [e for e in [*edges, *rects_to_edges(rects, settings)] if e.orientation == "v"]
    words = [part for w in chars_to_words(chars, settings) for part in split_leaders(w)]
    if walls:
        words = [part for w in words for part in split_at_rules(w, walls)]
    return PageModel(
        number=raw.number,
        width=raw.width,
        height=raw.height,
        words=tuple(to_word(w, doubled, roles) for w in words),
        edges=tuple(edges),
        rects=tuple(rects),
        rotation=raw.rotation,
        slants=tuple(stroke_slants(raw.strokes)),
        image_share=covered_share(raw.images, raw.bbox),
        images=tuple(raw.images),
    )


def covered_share(boxes: Iterable[Box], page: Box) -> float:
    """Given boxes and the page's box, the share of the page they cover: each box cut to the
    page, their areas summed (overlaps counted twice, so at most 1)."""
    area = (page[2] - page[0]) * (page[3] - page[1])
    if area <= 0:
        return 0.0
    covered = 0.0
    for box in boxes:
        x0, y0, x1, y1 = intersect(box, page)
        covered += max(x1 - x0, 0.0) * max(y1 - y0, 0.0)
    return min(covered / area, 1.0)


def model_pages(
    raw_pages: Iterable[tuple[int, Callable[[], RawPage]]],
    settings: PdfSettings,
    clock: StageClock = NO_CLOCK,
) -> tuple[list[PageModel], list[str]]:
    """Given each page's number and how to read it, return each readable page's model and a
    warning per page that cannot be read. A page is read, modelled and let go in turn, so
    no more than one page's objects are held at once."""
    models: list[PageModel] = []
    warnings: list[str] = []
    for number, read in raw_pages:
        try:
            with clock.stage("read"):
                raw = read()
            with clock.stage("words"):
                models.append(readable_text(model_page(raw, settings), settings, warnings))
        except Exception as exc:  # noqa: BLE001 - one bad page is that page's warning
            warnings.append(f"page {number}: skipped, cannot be read ({describe(exc)})")
    return models, warnings


def readable_text(model: PageModel, settings: PdfSettings, warnings: list[str]) -> PageModel:
    """Given a page model, return it without its text when the text maps to garbage (a font
    with no Unicode map), with a warning: the page prints, but what it says cannot be read."""
    share = unmapped_share([w.text for w in model.words])
    if share < settings.unmapped_share:
        return model
    warnings.append(
        f"page {model.number}: text not stored, {share:.0%} of its glyphs map to no "
        "character (a font embedded without a Unicode map)"
    )
    return replace(model, words=())


def describe(exc: BaseException) -> str:
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    text = str(inner).strip() or type(inner).__name__
    return text[:200]
