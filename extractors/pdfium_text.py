"""pdfium's text page as pdfplumber's char dicts, for the pdfium reader (pdfium_pages).

pdfium gives each character's code point, origin, matrix and text object; the text object
gives font, fill colour, marked-content id and clip. A character's box is made as pdfminer
makes it (origin, advance, the font's descent and one em up, through the character's
matrix), so that both readers hand the shared code the same boxes. Where pdfium departs
from the content stream, this module puts it back: a ligature's letters are one glyph, a
line-end hyphen is a hyphen, a space pdfium adds stays only where it stands in a gap.
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Callable
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from typing import Any, Final

import pypdfium2.raw as pdfium_c

from councilplans.extractors.page import Colour
from councilplans.extractors.pdfium_objects import (
    TOP,
    FormPlace,
    Matrix,
    TextPlace,
    address,
    clip_box,
    clip_within,
    mult,
    object_box,
    object_colour,
)
from councilplans.extractors.reading import DOUBLE_STRIKE, SKEW, Box, Point

NAME_BUFFER = 256  # bytes for a font name
SPACE = 0x20
ADDED_SPACE_GAP = 0.05  # of an em: the narrowest a word space is printed, however tight
# the codes pdfium gives a hyphen it finds at the end of a line (one call, then the other)
HYPHEN_MARKS = (0x02, 0xFFFE)
# a font that gives no descent below its baseline (pdfium measures a 'g' the font may not
# have): the descent of Arial, Helvetica and Times, near enough for any text face
TYPICAL_DESCENT = -0.21


Vector = tuple[float, float]
Shape = tuple[Matrix, Vector, Vector, Vector]  # see TextReader.shape


@dataclass(frozen=True, slots=True)
class TextObject:
    """What the characters of one text object share, worked out once: pdfium sets every
    character of an object with the object's matrix and font size. ``unit``, ``low`` and
    ``high`` are, in the page's coordinates, one unit of advance along the line and the
    reach of the glyph box below and above the baseline, so that a character's box is its
    origin plus these (the shapes are all affine)."""

    key: int  # its address: which object it is
    fontname: str
    colour: Colour | None
    mcid: int | None
    clip: Box | None  # in user space
    font: Any
    font_key: int  # its font's address: the objects set in one font share it
    matrix: tuple[float, float, float, float]  # the characters' matrix, in user space
    size: float  # in text space
    descent: float  # how far the glyph box reaches below the baseline, in text space
    turned: Matrix  # the matrix in pdfminer's page space, as char["matrix"]
    unit: Vector
    low: Vector
    high: Vector
    unmapped: bool  # its font has glyphs that map to no character
    upright: bool  # pdfminer's test of its matrix
    level: bool  # set along the line, upright: its box's corners need no sorting

    @property
    def em(self) -> float:
        return self.size * self.matrix[0]


CLIP_TOLERANCE = 0.5


# a glyph on its way to a char: (index, code, text, origin x, origin y, text object, kind)
Glyph = tuple[int, int, str, float, float, TextObject, int]
PRINTED, LIGATURE, ADDED = 0, 1, 2  # its kind: as printed, letters joined, a space pdfium adds
OBJECT: Final = 5
KIND: Final = 6


class TextReader:
    """The characters of one pdfium text page as pdfplumber's char dicts."""

    def __init__(
        self,
        textpage: Any,
        device: Matrix,
        to_page: Callable[[float, float], Point],
        texts: list[TextPlace],
    ) -> None:
        self.textpage = textpage
        self.device = device
        self.to_page = to_page
        (e, f), (a, b), (c, d) = to_page(0.0, 0.0), to_page(1.0, 0.0), to_page(0.0, 1.0)
        self.affine = (a - e, b - f, c - e, d - f, e, f)  # to_page as a matrix
        self.texts = texts
        self.in_forms = {key: place for _, place, key in texts if place != TOP}
        self.objects: dict[int, TextObject] = {}
        self.widths: dict[int, dict[int, float]] = {}  # by font, by code, at size 1
        self.fonts: dict[int, tuple[str, float]] = {}  # name and descent, by font
        self.shapes: dict[tuple[float, ...], Shape] = {}
        self.x, self.y = ctypes.c_double(), ctypes.c_double()
        self.box = pdfium_c.FS_RECTF()

    def chars(self) -> list[dict[str, Any]]:
        glyphs = self.glyphs()
        by_object: dict[int, list[dict[str, Any]]] = {}
        read: list[dict[str, Any]] = []
        for obj, run in groupby(glyphs, key=itemgetter(OBJECT)):
            chars = self.object_chars(obj, list(run))
            if chars:  # an object whose clip hides all of it is as good as unread
                by_object.setdefault(obj.key, []).extend(chars)
                read += chars
        return read + self.struck_again(by_object)

    def glyphs(self) -> list[Glyph]:
        """The page's glyphs in pdfium's order, a ligature's letters joined into one glyph
        and a space pdfium adds kept only where it parts two glyphs (one pass, per char)."""
        objects, x, y = self.objects, self.x, self.y
        tp, at_x, at_y = ctypes.c_void_p(address(self.textpage)), ctypes.byref(x), ctypes.byref(y)
        glyphs: list[Glyph] = []
        last: Glyph | None = None
        for i, code in enumerate(page_codes(self.textpage)):
            if code in LINE_BREAKS:
                continue  # pdfium's own: a line's end is no text
            if code == SPACE and generated(tp, i):
                if last is None or not level(last[OBJECT].matrix):
                    continue
                obj, kind, text = last[OBJECT], ADDED, " "
            else:
                key = text_object_at(tp, i)
                if not key:
                    continue
                obj = objects.get(key) or self.text_object(key, i)
                kind, text = PRINTED, chr(code)
                if obj.unmapped or code in HYPHEN_MARKS:
                    text = char_text(self.textpage, i, code, obj)
            origin_at(tp, i, at_x, at_y)
            ox, oy = x.value, y.value
            if last is not None and last[KIND] == ADDED:
                if ox - last[3] < ADDED_SPACE_GAP * last[OBJECT].em:
                    glyphs.pop()  # an added space between glyphs that touch
                    last = glyphs[-1] if glyphs else None
            if (
                kind == PRINTED
                and last is not None
                and last[KIND] != ADDED
                and last[OBJECT] is obj
                and last[3] == ox
                and last[4] == oy
            ):  # a ligature: pdfium gives each of its letters at the ligature's origin
                glyphs[-1] = last = (*last[:2], last[2] + text, ox, oy, obj, LIGATURE)
            else:
                glyphs.append(last := (i, code, text, ox, oy, obj, kind))
        return glyphs

    def object_chars(self, obj: TextObject, run: list[Glyph]) -> list[dict[str, Any]]:
        """A run of one text object's glyphs as pdfminer boxes them, those its clip hides
        left out."""
        a, b, c, d, e, f = self.affine
        ux, uy, (lx, ly), (hx, hy) = *obj.unit, obj.low, obj.high
        name, upright, turned, colour, mcid = (
            obj.fontname,
            obj.upright,
            obj.turned,
            obj.colour,
            obj.mcid,
        )
        chars = []
        widths = self.widths.setdefault(obj.font_key, {})
        for g in run:
            _, code, text, ox, oy, _, kind = g
            advance = widths.get(code, 0.0) if kind != LIGATURE else 0.0
            advance = advance * obj.size if advance > 0 else self.advance(obj, g, widths)
            if obj.clip is not None and not self.shown(obj, g, advance):
                continue
            x, top = a * ox + c * oy + e, b * ox + d * oy + f
            if obj.level:  # the common case, without the sorting of corners
                x0, x1 = (x, x + ux * advance) if ux >= 0 else (x + ux * advance, x)
                y0, y1 = top + hy, top + ly
            else:
                xs = (x + lx, x + hx, x + ux * advance + lx, x + ux * advance + hx)
                ys = (top + ly, top + hy, top + uy * advance + ly, top + uy * advance + hy)
                x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
            chars.append(
                {
                    "text": text,
                    "x0": x0,
                    "x1": x1,
                    "top": y0,
                    "doctop": y0,
                    "bottom": y1,
                    "width": x1 - x0,
                    "height": y1 - y0,
                    "size": y1 - y0,
                    "fontname": name,
                    "upright": upright,
                    "matrix": turned,
                    "non_stroking_color": colour,
                    "mcid": mcid,
                }
            )
        return chars

    def struck_again(self, by_object: dict[int, list[dict[str, Any]]]) -> list[dict[str, Any]]:
        """The chars of each text object pdfium leaves off its text page because it prints
        another's glyphs again a hair's breadth away (fake bold): made from its twin's,
        moved by the difference, so that the shared code sees the glyphs doubled, as
        pdfminer gives them. pdfium keeps no text for an object it leaves off, so a twin is
        known by its box: the same size, its corner within a point."""
        unread = [(h, place) for h, place, key in self.texts if key not in by_object]
        if not unread:
            return []
        twins: dict[tuple[int, int], list[tuple[Box, int]]] = {}
        for h, place, key in self.texts:
            if key in by_object:
                box = object_box(h, place)
                twins.setdefault(box_size(box), []).append((box, key))
        copies: list[dict[str, Any]] = []
        for h, place in unread:
            box = object_box(h, place)
            for twin, key in twins.get(box_size(box), ()):
                dx, dy = box[0] - twin[0], box[3] - twin[3]
                if abs(dx) <= DOUBLE_STRIKE and abs(dy) <= DOUBLE_STRIKE:
                    (x, top), (tx, ttop) = (
                        self.to_page(box[0], box[3]),
                        self.to_page(twin[0], twin[3]),
                    )
                    copies += [moved(c, x - tx, top - ttop) for c in by_object[key]]
                    break
        return copies

    def shown(self, obj: TextObject, g: Glyph, advance: float) -> bool:
        """Whether the middle of a glyph's box lies inside its object's clip."""
        a, b, c, d = obj.matrix
        mid_x, mid_y = advance / 2, obj.descent + obj.size / 2
        x = g[3] + a * mid_x + c * mid_y
        y = g[4] + b * mid_x + d * mid_y
        return obj.clip is None or inside(obj.clip, x, y)

    def advance(self, obj: TextObject, g: Glyph, widths: dict[int, float]) -> float:
        """A glyph's advance in text space: its font's width for its letter (``widths``
        holds those read so far), else (a ligature, a letter the font cannot map back) its
        loose box's length."""
        width = 0.0
        if g[KIND] != LIGATURE:
            width = widths.get(g[1], -1.0)
            if width < 0:
                out = ctypes.c_float()
                ok = pdfium_c.FPDFFont_GetGlyphWidth(obj.font, g[1], ctypes.c_float(1.0), out)
                width = widths[g[1]] = float(out.value) if ok else 0.0
        if width > 0:
            return width * obj.size
        pdfium_c.FPDFText_GetLooseCharBox(self.textpage, g[0], self.box)
        scale = math.hypot(obj.matrix[0], obj.matrix[1]) or 1.0
        return float(abs(self.box.right - self.box.left)) / scale

    def text_object(self, key: int, i: int) -> TextObject:
        obj = self.objects[key] = self.read_text_object(key, i, self.in_forms.get(key, TOP))
        return obj

    def read_text_object(self, key: int, i: int, place: FormPlace) -> TextObject:
        """What the text object at address ``key`` gives its chars (``i`` is one of them),
        its clip taken to the page's space."""
        tp = self.textpage
        handle = ctypes.cast(key, pdfium_c.FPDF_PAGEOBJECT)
        font = pdfium_c.FPDFTextObj_GetFont(handle)
        font_key = address(font)
        fontname, descent = self.fonts.get(font_key) or self.read_font(font, font_key)
        m = pdfium_c.FS_MATRIX()
        pdfium_c.FPDFText_GetMatrix(tp, i, m)
        matrix = (m.a, m.b, m.c, m.d)
        size = pdfium_c.FPDFText_GetFontSize(tp, i)
        low = descent * size
        mcid = pdfium_c.FPDFPageObj_GetMarkedContentID(handle)
        turned, unit, low_v, high_v = self.shape(matrix, low, size)
        return TextObject(
            key=key,
            fontname=fontname,
            colour=object_colour(handle, pdfium_c.FPDFPageObj_GetFillColor),
            mcid=mcid if mcid >= 0 else None,
            clip=clip_within(clip_box(handle, place.matrix), place.clip),
            font=font,
            font_key=font_key,
            matrix=matrix,
            size=size,
            descent=low,
            turned=turned,
            unit=unit,
            low=low_v,
            high=high_v,
            unmapped=bool(pdfium_c.FPDFText_HasUnicodeMapError(tp, i)),
            upright=turned[0] * turned[3] > 0 and turned[1] * turned[2] <= 0,
            level=unit[1] == 0 and low_v[0] == 0 and high_v[0] == 0 and high_v[1] <= low_v[1],
        )

    def read_font(self, font: Any, key: int) -> tuple[str, float]:
        """A font's name and descent, read once a page (a font is one object to pdfium)."""
        self.fonts[key] = (font_name(font), font_descent(font))
        return self.fonts[key]

    def shape(self, matrix: tuple[float, float, float, float], low: float, size: float) -> Shape:
        """The matrix in pdfminer's page space, one unit of advance, and the reach of the
        glyph box below and above the baseline, for chars set with a matrix and size (a
        page's text objects share a few: worked out once each)."""
        key = (*matrix, low, size)
        shape = self.shapes.get(key)
        if shape is None:
            turned = mult((*matrix, 0.0, 0.0), self.device)
            unit = self.linear(matrix, 1.0, 0.0)
            low_v, high_v = self.linear(matrix, 0.0, low), self.linear(matrix, 0.0, low + size)
            shape = self.shapes[key] = (turned, unit, low_v, high_v)
        return shape

    def linear(self, m: tuple[float, float, float, float], gx: float, gy: float) -> Vector:
        """A vector in text space taken to the page's coordinates (no translation)."""
        ux, uy = m[0] * gx + m[2] * gy, m[1] * gx + m[3] * gy
        ox, otop = self.to_page(0.0, 0.0)
        px, ptop = self.to_page(ux, uy)
        return (px - ox, ptop - otop)


LINE_BREAKS = (0x0A, 0x0D)


def bare(function: Any, restype: Any) -> Any:
    """A pdfium function called as it is, its arguments not converted by ctypes: the caller
    hands it C values ready made (the text page as a c_void_p, ints, byref pointers). The
    three functions asked once a character cost three times as much with pypdfium2's
    conversions as without them."""
    return ctypes.CFUNCTYPE(restype)(ctypes.cast(function, ctypes.c_void_p).value or 0)


# FPDFText_GetTextObject answers with the object's address, an int (pypdfium2's, with a new
# pointer object each call): the address is what identifies the object
text_object_at = bare(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p)
origin_at = bare(pdfium_c.FPDFText_GetCharOrigin, ctypes.c_int)
generated = bare(pdfium_c.FPDFText_IsGenerated, ctypes.c_int)


def page_codes(textpage: Any) -> list[int]:
    """Every character's code point on a text page, read in one call."""
    count = pdfium_c.FPDFText_CountChars(textpage)
    if count <= 0:
        return []
    buffer = (ctypes.c_ushort * (count + 1))()
    pdfium_c.FPDFText_GetText(textpage, 0, count, buffer)
    codes = list(buffer[:count])
    for i, code in enumerate(codes):
        if SURROGATE_LOW <= code <= SURROGATE_HIGH:
            codes[i] = pdfium_c.FPDFText_GetUnicode(textpage, i)
    return codes


SURROGATE_LOW, SURROGATE_HIGH = 0xD800, 0xDFFF  # half of a character beyond the BMP


def font_descent(font: Any) -> float:
    """A font's descent below the baseline, as a share of its size."""
    descent = ctypes.c_float()
    pdfium_c.FPDFFont_GetDescent(font, ctypes.c_float(1.0), descent)
    return float(descent.value) if descent.value < 0 else TYPICAL_DESCENT


def level(m: tuple[float, float, float, float]) -> bool:
    """Text set left to right, upright, unturned."""
    return m[0] > 0 and m[3] > 0 and abs(m[1]) < SKEW and abs(m[2]) < SKEW


def char_text(textpage: Any, i: int, code: int, obj: TextObject) -> str:
    """A char's text as printed: pdfium marks a hyphen that ends a line, and a glyph its
    font maps to no character is "(cid:N)" as pdfminer prints it."""
    if code in HYPHEN_MARKS:
        return "-"
    if obj.unmapped and pdfium_c.FPDFText_HasUnicodeMapError(textpage, i):
        return f"(cid:{code})"
    return chr(code)


def inside(clip: Box, x: float, y: float) -> bool:
    tol = CLIP_TOLERANCE
    return clip[0] - tol <= x <= clip[2] + tol and clip[1] - tol <= y <= clip[3] + tol


def box_size(box: Box) -> tuple[int, int]:
    """A box's width and height to a tenth of a point: what a twin shares."""
    return (round((box[2] - box[0]) * SIZE_STEPS), round((box[3] - box[1]) * SIZE_STEPS))


SIZE_STEPS = 10


def moved(char: dict[str, Any], dx: float, dtop: float) -> dict[str, Any]:
    return {
        **char,
        "x0": char["x0"] + dx,
        "x1": char["x1"] + dx,
        "top": char["top"] + dtop,
        "doctop": char["top"] + dtop,
        "bottom": char["bottom"] + dtop,
    }


def font_name(font: Any) -> str:
    buffer = ctypes.create_string_buffer(NAME_BUFFER)
    length = pdfium_c.FPDFFont_GetBaseFontName(font, buffer, NAME_BUFFER)
    return buffer.raw[: max(length - 1, 0)].decode("utf-8", "replace") if length else ""
