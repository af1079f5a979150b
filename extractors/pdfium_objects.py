"""pdfium's page objects: matrices, clips, form XObjects, and paths sorted as pdfminer sorts
them (a rectangle, else a line or curve), for the pdfium reader (pdfium_pages).

Coordinates here are the page's user space (PDF points, origin bottom-left, before the page's
/Rotate): ``Frame.point`` (pdfium_pages) turns them into pdfplumber's.
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pypdfium2.raw as pdfium_c

from councilplans.extractors.page import Colour, Rect
from councilplans.extractors.reading import Box, Point, Stroke, bounds, intersect

Matrix = tuple[float, float, float, float, float, float]  # a b c d e f, row vectors
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
CHANNEL = 255.0  # pdfium gives colour channels as 0..255
SAME_POINT = 1e-3  # corners this close are one corner (pdfium's coordinates are floats)
BEZIER_POINTS = 3  # pdfium gives a curve as its two control points and its end


def mult(m1: Matrix, m0: Matrix) -> Matrix:
    """m1 then m0 (PDF's row-vector convention, as pdfminer's mult_matrix)."""
    a1, b1, c1, d1, e1, f1 = m1
    a0, b0, c0, d0, e0, f0 = m0
    return (
        a1 * a0 + b1 * c0,
        a1 * b0 + b1 * d0,
        c1 * a0 + d1 * c0,
        c1 * b0 + d1 * d0,
        e1 * a0 + f1 * c0 + e0,
        e1 * b0 + f1 * d0 + f0,
    )


def apply(m: Matrix, x: float, y: float) -> Point:
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def address(handle: Any) -> int:
    return ctypes.cast(handle, ctypes.c_void_p).value or 0


@dataclass(frozen=True, slots=True)
class FormPlace:
    """Where a form XObject draws an object: the forms' matrices, to the page's space, and
    the clip the forms were drawn under (pdfium keeps on an object only the clip set inside
    its own form)."""

    matrix: Matrix
    clip: Box | None


TOP = FormPlace(IDENTITY, None)  # drawn by the page itself
TextPlace = tuple[Any, FormPlace, int]  # a text object, where it is drawn, its address


def object_colour(handle: Any, getter: Any) -> Colour | None:
    r, g, b, a = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
    if not getter(handle, r, g, b, a):
        return None
    return (r.value / CHANNEL, g.value / CHANNEL, b.value / CHANNEL)


def clip_box(handle: Any, outer: Matrix) -> Box | None:
    """The box of an object's clipping path (each path's box, intersected), or None."""
    clip = pdfium_c.FPDFPageObj_GetClipPath(handle)
    if not clip:
        return None
    box: Box | None = None
    x, y = ctypes.c_float(), ctypes.c_float()
    for p in range(max(pdfium_c.FPDFClipPath_CountPaths(clip), 0)):
        pts = []
        for s in range(max(pdfium_c.FPDFClipPath_CountPathSegments(clip, p), 0)):
            segment = pdfium_c.FPDFClipPath_GetPathSegment(clip, p, s)
            if segment and pdfium_c.FPDFPathSegment_GetPoint(segment, x, y):
                pts.append(apply(outer, x.value, y.value))
        if pts:
            box = bounds(pts) if box is None else intersect(box, bounds(pts))
    return box


def clip_within(own: Box | None, outer: Box | None) -> Box | None:
    if own is None or outer is None:
        return own or outer
    return intersect(own, outer)


class PathReader:
    """A page's path objects, at any depth of form XObjects, as pdfminer sorts them, their
    points taken to the page's coordinates by ``to_page``."""

    def __init__(self, to_page: Callable[[float, float], Point]) -> None:
        self.to_page = to_page
        self.rects: list[Rect] = []
        self.strokes: list[Stroke] = []
        self.texts: list[TextPlace] = []  # every text object, where it is drawn
        self.images: list[Box] = []  # every image's box, in the page's coordinates

    def read(self, page: Any) -> tuple[list[Rect], list[Stroke]]:
        count = pdfium_c.FPDFPage_CountObjects(page)
        objects = (pdfium_c.FPDFPage_GetObject(page, i) for i in range(count))
        self.walk(objects, TOP)
        return self.rects, self.strokes

    def walk(self, objects: Iterator[Any], place: FormPlace) -> None:
        for obj in objects:
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
                self.path(obj, mult(object_matrix(obj), place.matrix))
            elif kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
                self.texts.append((obj, place, address(obj)))
            elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                x0, y0, x1, y1 = object_box(obj, place)
                self.images.append(bounds([self.to_page(x, y) for x in (x0, x1) for y in (y0, y1)]))
            elif kind == pdfium_c.FPDF_PAGEOBJ_FORM:
                clip = clip_within(clip_box(obj, place.matrix), place.clip)
                inner = FormPlace(mult(object_matrix(obj), place.matrix), clip)
                count = pdfium_c.FPDFFormObj_CountObjects(obj)
                self.walk((pdfium_c.FPDFFormObj_GetObject(obj, i) for i in range(count)), inner)

    def path(self, obj: Any, matrix: Matrix) -> None:
        fillmode, stroked = ctypes.c_int(), ctypes.c_int()
        if not pdfium_c.FPDFPath_GetDrawMode(obj, fillmode, stroked):
            return
        filled = fillmode.value != pdfium_c.FPDF_FILLMODE_NONE
        if not (filled or stroked.value):
            return
        fill = object_colour(obj, pdfium_c.FPDFPageObj_GetFillColor) if filled else None
        width = ctypes.c_float()
        pdfium_c.FPDFPageObj_GetStrokeWidth(obj, width)
        line_width = float(width.value) * math.hypot(matrix[0], matrix[1]) or 1.0
        for shape, pts in subpaths(obj, matrix):
            self.add(shape, pts, fill, bool(stroked.value), line_width)

    def add(
        self, shape: str, pts: list[Point], fill: Colour | None, stroked: bool, width: float
    ) -> None:
        """Sort one subpath as pdfminer's paint_path does: a rectangle, else a line or curve."""
        if len(shape) > len("mlh") and shape.endswith("lh") and same(pts[-2], pts[0]):
            shape, pts = shape[:-2] + "h", pts[:-1]
        shown = [self.to_page(x, y) for x, y in pts]
        if shape in ("mlllh", "mllll") and is_rectangle(pts):
            xs, tops = [p[0] for p in shown], [p[1] for p in shown]
            self.rects.append(Rect(min(xs), min(tops), max(xs), max(tops), fill, stroked))
        else:
            self.strokes.append(Stroke(tuple(shown), width))


def same(a: Point, b: Point) -> bool:
    return abs(a[0] - b[0]) <= SAME_POINT and abs(a[1] - b[1]) <= SAME_POINT


def is_rectangle(pts: list[Point]) -> bool:
    """Five points closing on the first with sides along the axes, either way round."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
    return same(pts[0], pts[4]) and (
        (near(x0, x1) and near(y1, y2) and near(x2, x3) and near(y3, y0))
        or (near(y0, y1) and near(x1, x2) and near(y2, y3) and near(x3, x0))
    )


def near(a: float, b: float) -> bool:
    return abs(a - b) <= SAME_POINT


def object_box(obj: Any, place: FormPlace) -> Box:
    """An object's bounding box in the page's user space."""
    left, bottom, right, top = (ctypes.c_float() for _ in "lbrt")
    pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
    if place.matrix == IDENTITY:  # on the page itself, as most are
        xs, ys = (left.value, right.value), (bottom.value, top.value)
        return (min(xs), min(ys), max(xs), max(ys))
    return bounds(
        [apply(place.matrix, x.value, y.value) for x in (left, right) for y in (bottom, top)]
    )


def object_matrix(obj: Any) -> Matrix:
    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, m):
        return IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def subpaths(obj: Any, matrix: Matrix) -> Iterator[tuple[str, list[Point]]]:
    """A path object's subpaths as pdfminer's shapes ("mlllh") and their end points in user
    space: a Bézier curve is one "c" whose point is its end, a close adds the start point."""
    shape: list[str] = []  # its operators, a letter each
    pts: list[Point] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    bezier = 0
    for i in range(max(pdfium_c.FPDFPath_CountSegments(obj), 0)):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, i)
        if not segment or not pdfium_c.FPDFPathSegment_GetPoint(segment, x, y):
            continue
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        point = apply(matrix, x.value, y.value)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            if shape:
                yield "".join(shape), pts
            shape, pts, bezier = ["m"], [point], 0
        elif kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            bezier += 1
            if bezier % BEZIER_POINTS == 0:
                shape.append("c")
                pts.append(point)
        else:
            shape.append("l")
            pts.append(point)
        if shape and pdfium_c.FPDFPathSegment_GetClose(segment):
            shape.append("h")
            pts.append(pts[0])
    if shape:
        yield "".join(shape), pts
