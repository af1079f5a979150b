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
from dataclasses import dataclass, replace
from typing import Any

import pypdfium2.raw as pdfium_c

from councilplans.extractors.page import Colour
from councilplans.extractors.pdfium_objects import (
    TOP,
    FormPlace,
    Matrix,
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


@dataclass(frozen=True, slots=True)
class Glyph:
    """One glyph of a text page: where pdfium put it and the letters it stands for."""

    index: int
    code: int
    text: str
    origin: Point
    obj: TextObject
    ligature: bool = False
    added: bool = False  # a space pdfium adds

    def joins(self, other: Glyph) -> bool:
        """Whether the next glyph is another letter of this one (pdfium gives each letter
        of a ligature at the ligature's origin)."""
        return (
            other.obj is self.obj
            and other.origin == self.origin
            and not (self.added or other.added)
        )

    def parts(self, other: Glyph) -> bool:
        """Whether this added space stands in a gap before the next glyph: pdfium adds
        spaces where a writer sets each glyph apart, before glyphs that touch."""
        return other.origin[0] - self.origin[0] >= ADDED_SPACE_GAP * self.obj.em

    def joined(self, other: Glyph) -> Glyph:
        return replace(self, text=self.text + other.text, ligature=True)


class TextReader:
    """The characters of one pdfium text page as pdfplumber's char dicts."""

    def __init__(
        self,
        textpage: Any,
        device: Matrix,
        to_page: Callable[[float, float], Point],
        texts: list[tuple[Any, FormPlace]],
    ) -> None:
        self.textpage = textpage
        self.device = device
        self.to_page = to_page
        (e, f), (a, b), (c, d) = to_page(0.0, 0.0), to_page(1.0, 0.0), to_page(0.0, 1.0)
        self.affine = (a - e, b - f, c - e, d - f, e, f)  # to_page as a matrix
        self.texts = texts
        self.in_forms = {address(h): place for h, place in texts if place != TOP}
        self.objects: dict[int, TextObject] = {}
        self.widths: dict[int, dict[int, float]] = {}  # by text object, by code
        self.x, self.y = ctypes.c_double(), ctypes.c_double()
        self.box = pdfium_c.FS_RECTF()

    def chars(self) -> list[dict[str, Any]]:
        glyphs: list[Glyph] = []
        codes = page_codes(self.textpage)
        for i, code in enumerate(codes):
            last = glyphs[-1] if glyphs else None
            glyph = self.glyph(i, code, last)
            if glyph is None:
                continue
            if last is not None and last.added and not last.parts(glyph):
                glyphs.pop()
                last = glyphs[-1] if glyphs else None
            if last is not None and last.joins(glyph):
                glyphs[-1] = last.joined(glyph)  # a ligature: one glyph, several letters
            else:
                glyphs.append(glyph)
        read = [(g.obj.key, char) for g in glyphs if (char := self.char(g)) is not None]
        by_object: dict[int, list[dict[str, Any]]] = {}
        for key, char in read:
            by_object.setdefault(key, []).append(char)
        return [char for _, char in read] + self.struck_again(by_object)

    def struck_again(self, by_object: dict[int, list[dict[str, Any]]]) -> list[dict[str, Any]]:
        """The chars of each text object pdfium leaves off its text page because it prints
        another's glyphs again a hair's breadth away (fake bold): made from its twin's,
        moved by the difference, so that the shared code sees the glyphs doubled, as
        pdfminer gives them. pdfium keeps no text for an object it leaves off, so a twin is
        known by its box: the same size, its corner within a point."""
        unread = [(h, place) for h, place in self.texts if address(h) not in by_object]
        if not unread:
            return []
        twins: dict[tuple[int, int], list[tuple[Box, int]]] = {}
        for h, place in self.texts:
            if address(h) in by_object:
                box = object_box(h, place)
                twins.setdefault(box_size(box), []).append((box, address(h)))
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

    def glyph(self, i: int, code: int, last: Glyph | None) -> Glyph | None:
        tp = self.textpage
        if code in LINE_BREAKS:
            return None  # pdfium's own: a line's end is no text
        if code == SPACE and pdfium_c.FPDFText_IsGenerated(tp, i):
            return self.added_space(i, last)
        key = text_object_at(tp, i)
        if not key:
            return None
        obj = self.objects.get(key) or self.text_object(key, i)
        pdfium_c.FPDFText_GetCharOrigin(tp, i, self.x, self.y)
        return Glyph(i, code, char_text(tp, i, code, obj), (self.x.value, self.y.value), obj)

    def added_space(self, i: int, last: Glyph | None) -> Glyph | None:
        """A space pdfium adds where a writer moved the pen instead of printing one (or
        printed one narrower than the font's): it parts two words on a line of level text,
        set like the glyph before it."""
        if last is None or not level(last.obj.matrix):
            return None
        pdfium_c.FPDFText_GetCharOrigin(self.textpage, i, self.x, self.y)
        origin = (self.x.value, self.y.value)
        return replace(
            last, index=i, code=SPACE, text=" ", origin=origin, ligature=False, added=True
        )

    def char(self, g: Glyph) -> dict[str, Any] | None:
        """A glyph as pdfminer boxes it; None when its clip hides it."""
        obj = g.obj
        advance = self.advance(g)
        if obj.clip is not None and not self.shown(g, advance):
            return None
        (ox, oy), p = g.origin, self.affine
        x, top = p[0] * ox + p[2] * oy + p[4], p[1] * ox + p[3] * oy + p[5]
        ux, uy = obj.unit[0] * advance, obj.unit[1] * advance
        if obj.level:  # the common case, without the sorting of corners
            x0, x1 = (x, x + ux) if ux >= 0 else (x + ux, x)
            y0, y1 = top + obj.high[1], top + obj.low[1]
        else:
            xs = (x + obj.low[0], x + obj.high[0], x + ux + obj.low[0], x + ux + obj.high[0])
            ys = (
                top + obj.low[1],
                top + obj.high[1],
                top + uy + obj.low[1],
                top + uy + obj.high[1],
            )
            x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        return {
            "text": g.text,
            "x0": x0,
            "x1": x1,
            "top": y0,
            "doctop": y0,
            "bottom": y1,
            "width": x1 - x0,
            "height": y1 - y0,
            "fontname": obj.fontname,
            "size": y1 - y0,
            "upright": obj.upright,
            "matrix": obj.turned,
            "non_stroking_color": obj.colour,
            "mcid": obj.mcid,
        }

    def shown(self, g: Glyph, advance: float) -> bool:
        """Whether the middle of a glyph's box lies inside its object's clip."""
        obj = g.obj
        a, b, c, d = obj.matrix
        mid_x, mid_y = advance / 2, obj.descent + obj.size / 2
        x = g.origin[0] + a * mid_x + c * mid_y
        y = g.origin[1] + b * mid_x + d * mid_y
        return obj.clip is None or inside(obj.clip, x, y)

    def advance(self, g: Glyph) -> float:
        """A glyph's advance in text space: its font's width for its letter, else (a
        ligature, a letter the font cannot map back) its loose box's length."""
        width = 0.0
        if not g.ligature:
            widths = self.widths.setdefault(g.obj.key, {})
            width = widths.get(g.code, -1.0)
            if width < 0:
                out = ctypes.c_float()
                ok = pdfium_c.FPDFFont_GetGlyphWidth(g.obj.font, g.code, ctypes.c_float(1.0), out)
                width = widths[g.code] = float(out.value) if ok else 0.0
        if width > 0:
            return width * g.obj.size
        pdfium_c.FPDFText_GetLooseCharBox(self.textpage, g.index, self.box)
        scale = math.hypot(g.obj.matrix[0], g.obj.matrix[1]) or 1.0
        return float(abs(self.box.right - self.box.left)) / scale

    def text_object(self, key: int, i: int) -> TextObject:
        handle = ctypes.cast(key, pdfium_c.FPDF_PAGEOBJECT)
        place = self.in_forms.get(key, TOP)
        obj = self.objects[key] = self.read_text_object(handle, i, place)
        return obj

    def read_text_object(self, handle: Any, i: int, place: FormPlace) -> TextObject:
        """What a text object's chars share (``i`` is one of them), its clip taken to the
        page's space."""
        tp = self.textpage
        font = pdfium_c.FPDFTextObj_GetFont(handle)
        m = pdfium_c.FS_MATRIX()
        pdfium_c.FPDFText_GetMatrix(tp, i, m)
        matrix = (m.a, m.b, m.c, m.d)
        size = pdfium_c.FPDFText_GetFontSize(tp, i)
        low = font_descent(font) * size
        mcid = pdfium_c.FPDFPageObj_GetMarkedContentID(handle)
        turned = mult((*matrix, 0.0, 0.0), self.device)
        unit = self.linear(matrix, 1.0, 0.0)
        low_v, high_v = self.linear(matrix, 0.0, low), self.linear(matrix, 0.0, low + size)
        return TextObject(
            key=address(handle),
            fontname=font_name(font),
            colour=object_colour(handle, pdfium_c.FPDFPageObj_GetFillColor),
            mcid=mcid if mcid >= 0 else None,
            clip=clip_within(clip_box(handle, place.matrix), place.clip),
            font=font,
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

    def linear(self, m: tuple[float, float, float, float], gx: float, gy: float) -> Vector:
        """A vector in text space taken to the page's coordinates (no translation)."""
        ux, uy = m[0] * gx + m[2] * gy, m[1] * gx + m[3] * gy
        ox, otop = self.to_page(0.0, 0.0)
        px, ptop = self.to_page(ux, uy)
        return (px - ox, ptop - otop)


LINE_BREAKS = (0x0A, 0x0D)
# FPDFText_GetTextObject answering with the object's address, an int, where pypdfium2's
# answers with a new pointer object each call: it is asked once a character, and the
# address is what identifies the object
text_object_at = ctypes.CFUNCTYPE(ctypes.c_void_p, pdfium_c.FPDF_TEXTPAGE, ctypes.c_int)(
    ctypes.cast(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p).value or 0
)


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
