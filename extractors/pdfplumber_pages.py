"""Read a PDF's pages with pdfplumber (and pdfminer under it) into our page model.

Only this module and ``pdf.read_pdf`` touch pdfplumber: table finding, stitching and layout
work on the page model (page.py), so the reader behind it can be swapped.

What a reader sees is what a person sees: text hidden by a clipping path, white text on
white, glyphs printed twice to fake bold and text set at a slant (a watermark) are not words.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.layout import LTChar, LTContainer, LTPage
from pdfminer.pdfinterp import PDFGraphicState, PDFPageInterpreter
from pdfminer.utils import apply_matrix_pt
from pdfplumber.page import PDFPageAggregatorWithMarkedContent
from pdfplumber.utils.exceptions import PdfminerException
from pdfplumber.utils.text import WordExtractor

from councilplans.extractors.errors import CorruptFile, EncryptedFile
from councilplans.extractors.geometry import rects_to_edges
from councilplans.extractors.glyphs import BULLET_CODE_POINTS, unmapped_share
from councilplans.extractors.page import DEFAULT_SIZE, Colour, Edge, PageModel, Rect, Word, is_white
from councilplans.extractors.settings import PdfSettings

BOLD = re.compile(r"bold|black|heavy|semibold|demibold|,b$|-bd$|bd$", re.IGNORECASE)
# Facts of the PDF format and of how writers draw, the same in every document (not settings):
GREY, RGB, CMYK = 1, 3, 4  # components of a colour in each colour space
SKEW = 1e-3  # a text matrix term this small is rounding, not a slant
STRAIGHT = 1.0  # a segment whose ends differ less than this across its length is straight
MIN_SEGMENT = 2.0  # shorter segments are parts of curves (min_rule_length decides rules)
DOUBLE_STRIKE = 1.0  # fake bold prints a glyph again within this of itself


def to_rgb(colour: Any) -> Colour | None:
    """Given a pdfminer colour (grey, RGB, CMYK or a pattern), return RGB or None."""
    if colour is None or isinstance(colour, str):
        return None
    if isinstance(colour, int | float):
        colour = (colour,)
    values = [v for v in colour if isinstance(v, int | float)]
    if len(values) == GREY:
        return (values[0], values[0], values[0])
    if len(values) == RGB:
        return (values[0], values[1], values[2])
    if len(values) == CMYK:
        c, m, y, k = values
        return ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    return None


def is_bold_font(fontname: str) -> bool:
    return bool(BOLD.search(fontname.split("+")[-1]))


def visible_char(
    char: dict[str, Any], bbox: tuple[float, ...], dark: Sequence[Rect], settings: PdfSettings
) -> bool:
    """Given a char, say whether a reader sees it: on the page, and not white on white. A
    space is kept (it shows nothing, but parts two words however narrow it is)."""
    if (
        char["x1"] < bbox[0]
        or char["x0"] > bbox[2]
        or char["bottom"] < bbox[1]
        or char["top"] > bbox[3]
    ):
        return False
    if not axis_aligned(char):
        return False
    if not char["text"].strip():
        return True
    if not is_white(to_rgb(char.get("non_stroking_color")), settings.white_text):
        return True
    x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
    return any(r.x0 <= x <= r.x1 and r.top <= y <= r.bottom for r in dark)


ClipBox = tuple[float, float, float, float]  # x0, y0, x1, y1 in pdfminer's device space


class ClipState(PDFGraphicState):
    """pdfminer's graphics state plus the bounding box of the clipping path: what a page
    can show at most (None: no clip). pdfminer reads W and W* but keeps no clip of its own;
    each char it lays out carries a copy of this state."""

    clip: ClipBox | None = None

    def copy(self) -> ClipState:
        state = ClipState()
        state.__dict__.update(self.__dict__)
        return state


class ClipInterpreter(PDFPageInterpreter):
    """pdfminer's page interpreter, keeping the clip box in the graphics state: saved and
    restored with it (q/Q), narrowed by each clipping path (W, W*), handed to form XObjects."""

    inherited_clip: ClipBox | None = None

    def dup(self) -> PDFPageInterpreter:
        interpreter = super().dup()
        if isinstance(interpreter, ClipInterpreter):
            interpreter.inherited_clip = getattr(self.graphicstate, "clip", None)
        return interpreter

    def init_state(self, ctm: Any) -> None:
        super().init_state(ctm)
        self.graphicstate = ClipState()
        self.graphicstate.clip = self.inherited_clip

    def do_W(self) -> None:
        self.clip_to_path()

    def do_W_a(self) -> None:
        self.clip_to_path()

    def clip_to_path(self) -> None:
        """Narrow the clip to the current path's bounding box (a curved or odd-shaped clip
        shows no more than its box, so nothing the page shows is ever lost)."""
        pts = [
            apply_matrix_pt(self.ctm, (x, y))
            for seg in self.curpath
            for k in range(1, len(seg) - 1, 2)
            if isinstance(x := seg[k], int | float) and isinstance(y := seg[k + 1], int | float)
        ]
        if not pts:
            return
        box = (
            min(x for x, _ in pts),
            min(y for _, y in pts),
            max(x for x, _ in pts),
            max(y for _, y in pts),
        )
        old = getattr(self.graphicstate, "clip", None)
        if old is not None:
            box = (
                max(box[0], old[0]),
                max(box[1], old[1]),
                min(box[2], old[2]),
                min(box[3], old[3]),
            )
        if isinstance(self.graphicstate, ClipState):
            self.graphicstate.clip = box


CLIP_TOLERANCE = 0.5


def shown_by_clip(char: LTChar) -> bool:
    """Given a laid-out char, say whether its middle lies inside the clip it was drawn under."""
    clip = getattr(char.graphicstate, "clip", None)
    if clip is None:
        return True
    x, y = (char.x0 + char.x1) / 2, (char.y0 + char.y1) / 2
    tol = CLIP_TOLERANCE
    return bool(clip[0] - tol <= x <= clip[2] + tol and clip[1] - tol <= y <= clip[3] + tol)


def drop_clipped(container: LTContainer[Any]) -> None:
    """Remove, in place, every char the clipping path hides, at any depth (form XObjects)."""
    kept = []
    for obj in container._objs:
        if isinstance(obj, LTChar) and not shown_by_clip(obj):
            continue
        if isinstance(obj, LTContainer):
            drop_clipped(obj)
        kept.append(obj)
    container._objs = kept


def clipped_layout(page: Any) -> LTPage:
    """Given a pdfplumber page, lay it out as pdfplumber does, but with the clip followed
    and the chars it hides left out."""
    device = PDFPageAggregatorWithMarkedContent(
        page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams
    )
    ClipInterpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    layout = device.get_result()
    drop_clipped(layout)
    return layout


def follow_clip(page: Any) -> None:
    """Make a pdfplumber page read its objects from ``clipped_layout``. pdfplumber caches
    the layout it makes in ``_layout``; setting it first is the one way in. If pdfplumber
    ever lays pages out differently, the page is read as before, clipped text and all."""
    if hasattr(page, "_layout") or not hasattr(page, "page_obj"):
        return
    try:
        page._layout = clipped_layout(page)
    except Exception:  # pdfminer's own failures surface, as before, when pdfplumber reads
        return


def axis_aligned(char: dict[str, Any]) -> bool:
    """Text set at a slant (a diagonal 'DRAFT' watermark) is decoration, not content; text
    turned a quarter (a rotated column header) is content."""
    a, b, c, d = (float(v) for v in (char.get("matrix") or (1, 0, 0, 1))[:4])
    return (abs(b) < SKEW and abs(c) < SKEW) or (abs(a) < SKEW and abs(d) < SKEW)


def page_rects(page: Any) -> list[Rect]:
    rects = []
    for r in page.rects:
        fill = to_rgb(r.get("non_stroking_color")) if r.get("fill") else None
        rects.append(Rect(r["x0"], r["top"], r["x1"], r["bottom"], fill, bool(r.get("stroke"))))
    return rects


def page_edges(page: Any) -> list[Edge]:
    """Given a pdfplumber page, return its straight axis-aligned strokes (lines and curves)."""
    edges: list[Edge] = []
    for obj in [*page.lines, *page.curves]:
        pts = obj.get("pts") or []
        width = float(obj.get("linewidth") or 1.0)
        for (ax, ay), (bx, by) in zip(pts, pts[1:], strict=False):
            if abs(ay - by) < STRAIGHT and abs(ax - bx) >= MIN_SEGMENT:
                edges.append(
                    Edge("h", min(ax, bx), (ay + by) / 2, max(ax, bx), (ay + by) / 2, width)
                )
            elif abs(ax - bx) < STRAIGHT and abs(ay - by) >= MIN_SEGMENT:
                edges.append(
                    Edge("v", (ax + bx) / 2, min(ay, by), (ax + bx) / 2, max(ay, by), width)
                )
    return edges


def dedupe(chars: Sequence[dict[str, Any]]) -> tuple[list[dict[str, Any]], set[int]]:
    """Given chars, drop those printed again within 1pt of an equal char (fake bold), in one
    pass over hashed positions; return the kept chars and the ids of those that were doubled."""
    seen: dict[tuple[str, int, int], list[dict[str, Any]]] = {}
    kept: list[dict[str, Any]] = []
    doubled: set[int] = set()
    for c in chars:
        key = (c["text"], round(c["x0"]), round(c["top"]))
        twin = next(
            (
                o
                for dx in (-1, 0, 1)
                for dy in (-1, 0, 1)
                for o in seen.get((key[0], key[1] + dx, key[2] + dy), ())
                if abs(o["x0"] - c["x0"]) <= DOUBLE_STRIKE
                and abs(o["top"] - c["top"]) <= DOUBLE_STRIKE
            ),
            None,
        )
        if twin is not None:
            doubled.add(id(twin))
            continue
        seen.setdefault(key, []).append(c)
        kept.append(c)
    return kept, doubled


UNMAPPED = re.compile(r"^\(cid:\d+\)$")


def word_text(w: dict[str, Any]) -> str:
    """A word's text with ligatures expanded. A lone glyph the font maps to no character
    ("(cid:127)") standing as a word of its own is a symbol: read as a bullet, since that
    is the only such glyph a plan's text lines start with."""
    text = str(w["text"])
    width = float(w["x1"]) - float(w["x0"])
    if UNMAPPED.match(text) and width <= float(w.get("size", DEFAULT_SIZE)):
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


Role = tuple[str | None, int | None]  # (role, id of the TD/TH element holding the text)


def structure_roles(page: Any) -> dict[int, Role]:
    """Given a pdfplumber page, map each marked-content id to the role its tagged structure
    gives it (the nearest H1..H6, P, LBody, TD ... above it) and, inside a table, the cell
    element it sits in; empty for an untagged page."""
    try:
        tree = page.structure_tree
    except Exception:  # no structure tree, or one pdfplumber cannot read: no evidence
        return {}
    roles: dict[int, Role] = {}
    cells = itertools.count(1)

    def walk(nodes: Sequence[dict[str, Any]], role: str | None, cell: int | None) -> None:
        for node in nodes:
            kind = node.get("type")
            own = kind if kind in ROLES else role
            here = next(cells) if kind in {"TD", "TH"} else cell
            for mcid in node.get("mcids") or ():
                roles.setdefault(mcid, (own, here))
            walk(node.get("children") or (), own, here)

    walk(tree, None, None)
    return roles


def to_word(w: dict[str, Any], doubled: set[int], roles: dict[int, Role] | None = None) -> Word:
    chars = w.get("chars") or []
    fake_bold = any(id(c) in doubled for c in chars[:3])
    fontname = str(w.get("fontname", ""))
    return Word(
        text=word_text(w),
        x0=float(w["x0"]),
        top=float(w["top"]),
        x1=float(w["x1"]),
        bottom=float(w["bottom"]),
        fontname=fontname,
        size=round(float(w.get("size", DEFAULT_SIZE)), 2),
        bold=is_bold_font(fontname) or fake_bold,
        upright=bool(w.get("upright", True)),
        **tagged_as(chars, roles or {}),
    )


def tagged_as(chars: Sequence[dict[str, Any]], roles: dict[int, Role]) -> dict[str, Any]:
    mcid = chars[0].get("mcid") if chars else None
    role, cell = roles.get(mcid, (None, None)) if isinstance(mcid, int) else (None, None)
    return {"tag": role, "cell": cell}


def upright_by_matrix(char: dict[str, Any]) -> dict[str, Any]:
    """Given a pdfplumber char, return it marked upright or not from its text matrix, a
    rounding error in it aside (pdfminer calls a glyph turned a quarter turn upright when
    the matrix holds 1e-09 where it should hold 0, as Excel's PDFMaker writes them). A
    turned glyph's size is its box's extent across its line: pdfminer gives its advance,
    which differs letter by letter and would part every letter into a word of its own."""
    a, b, c, d = (float(v) for v in char.get("matrix", (1, 0, 0, 1))[:4])
    if abs(b) + abs(c) <= abs(a) + abs(d):
        return char
    return {**char, "upright": False, "size": round(float(char["x1"]) - float(char["x0"]), 2)}


def chars_to_words(
    chars: Sequence[dict[str, Any]], settings: PdfSettings, with_chars: bool
) -> list[dict[str, Any]]:
    """Given a page's chars, return its words: pdfplumber's, each of one font and size,
    glyphs turned to read upwards (a spreadsheet's column headers) read bottom to top, their
    lines left to right."""
    upward = [c for c in chars if not c.get("upright", True) and reads_upward(c)]
    rest = [c for c in chars if c.get("upright", True) or not reads_upward(c)]
    words: list[dict[str, Any]] = []
    for group, up in ((rest, False), (upward, True)):
        extractor = WordExtractor(
            x_tolerance_ratio=settings.x_tolerance_ratio,
            y_tolerance=settings.y_tolerance,
            extra_attrs=["fontname", "size"],
            line_dir_rotated="ltr" if up else None,
            char_dir_rotated="btt" if up else None,
        )
        words += extractor.extract_words(group, return_chars=with_chars) if group else []
    return words


def reads_upward(char: dict[str, Any]) -> bool:
    """Whether a turned glyph's baseline runs up the page (a turn to the left)."""
    return float(char.get("matrix", (1, 0, 0, 1))[1]) > 0


def page_slants(page: Any) -> list[Rect]:
    """Given a pdfplumber page, return the box of each stroke segment that runs neither
    across nor down."""
    return [
        Rect(min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))
        for obj in [*page.lines, *page.curves]
        for (ax, ay), (bx, by) in zip(
            obj.get("pts") or [], (obj.get("pts") or [])[1:], strict=False
        )
        if abs(ay - by) >= STRAIGHT and abs(ax - bx) >= STRAIGHT
    ]


def page_to_model(page: Any, settings: PdfSettings | None = None) -> PageModel:
    """Given a pdfplumber page, return our page model of what the page shows."""
    settings = settings or PdfSettings()
    follow_clip(page)
    rects = page_rects(page)
    dark = [r for r in rects if r.fill is not None and not is_white(r.fill, settings.dark_fill)]
    bbox = tuple(page.bbox)
    shown = [upright_by_matrix(c) for c in page.chars if visible_char(c, bbox, dark, settings)]
    chars, doubled = dedupe(shown)
    roles = structure_roles(page) if settings.use_structure_tree else {}
    edges = page_edges(page)
    walls = [e for e in [*edges, *rects_to_edges(rects, settings)] if e.orientation == "v"]
    words = chars_to_words(chars, settings, bool(doubled or roles or walls))
    if walls:
        words = [part for w in words for part in split_at_rules(w, walls)]
    return PageModel(
        number=page.page_number,
        width=float(page.width),
        height=float(page.height),
        words=tuple(to_word(w, doubled, roles) for w in words),
        edges=tuple(edges),
        rects=tuple(rects),
        rotation=int(page.rotation or 0),
        slants=tuple(page_slants(page)),
    )


def split_at_rules(word: dict[str, Any], walls: Sequence[Edge]) -> list[dict[str, Any]]:
    """Given a word (with its chars) and the page's vertical rules, split it wherever a rule
    stands between two of its chars: text set tight against a cell's border on each side
    ("1.00" | "Parish") is two words in two cells."""
    chars = word.get("chars") or []
    mid = (float(word["top"]) + float(word["bottom"])) / 2
    cuts = [
        i
        for i, (a, b) in enumerate(zip(chars, chars[1:], strict=False), start=1)
        if any(
            a["x1"] - RULE_SLACK <= e.x0 <= b["x0"] + RULE_SLACK and e.top <= mid <= e.bottom
            for e in walls
        )
    ]
    if not cuts:
        return [word]
    pieces = [chars[i:j] for i, j in zip([0, *cuts], [*cuts, len(chars)], strict=True)]
    return [piece_word(word, piece) for piece in pieces]


RULE_SLACK = 1.0  # a rule this near the gap between two glyphs stands in it: glyph boxes round


def piece_word(word: dict[str, Any], chars: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The part of a word made of some of its chars, with its own text and box."""
    return {
        **word,
        "text": "".join(c["text"] for c in chars),
        "x0": min(c["x0"] for c in chars),
        "x1": max(c["x1"] for c in chars),
        "top": min(c["top"] for c in chars),
        "bottom": max(c["bottom"] for c in chars),
        "chars": list(chars),
    }


@contextmanager
def open_pdf(path: str | Path) -> Iterator[Any]:
    """Open a PDF, turning pdfminer's failures into EncryptedFile or CorruptFile."""
    try:
        pdf = pdfplumber.open(path)
    except PdfminerException as exc:
        raise named_error(path, exc) from None
    except Exception as exc:  # pdfminer raises many unrelated types on damaged files
        raise CorruptFile(str(path), f"cannot be opened as a PDF ({describe(exc)})") from None
    try:
        yield pdf
    finally:
        pdf.close()


def describe(exc: BaseException) -> str:
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    text = str(inner).strip() or type(inner).__name__
    return text[:200]


def named_error(path: str | Path, exc: BaseException) -> Exception:
    inner = exc.args[0] if exc.args else exc
    if "Password" in type(inner).__name__ or "encrypt" in str(inner).lower():
        return EncryptedFile(str(path))
    return CorruptFile(str(path), f"cannot be opened as a PDF ({describe(exc)})")


def read_pages(
    pdf: Any, path: str | Path, settings: PdfSettings
) -> tuple[list[PageModel], list[str]]:
    """Given an open PDF, return each readable page's model and a warning per bad page."""
    models: list[PageModel] = []
    warnings: list[str] = []
    try:
        pages = list(pdf.pages)
    except Exception as exc:
        raise named_error(path, exc) from None
    for i, page in enumerate(pages, start=1):
        try:
            models.append(readable_text(page_to_model(page, settings), settings, warnings))
        except Exception as exc:
            warnings.append(f"page {i}: skipped, cannot be read ({describe(exc)})")
        finally:
            page.close()
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
