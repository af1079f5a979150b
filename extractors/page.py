"""Our own small page model: what the table finder, the stitcher and the layout read.

Everything after ``pdf.page_to_model`` works on these frozen records only, so it can be tested
with hand-made pages. Coordinates are PDF points, origin top-left, like pdfplumber's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Colour = tuple[float, float, float]
DEFAULT_SIZE = 10.0  # the font size of a word whose size its reader does not know


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    fontname: str = ""
    size: float = DEFAULT_SIZE
    bold: bool = False
    upright: bool = True
    tag: str | None = None  # the role a tagged PDF gives this text: H1, P, LBody, TD ...
    cell: int | None = None  # in a tagged table, which TD/TH element holds this text

    @property
    def xmid(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def ymid(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(frozen=True, slots=True)
class Edge:
    """A straight rule: ``h`` runs left to right at y=top=bottom, ``v`` top to bottom at x."""

    orientation: Literal["h", "v"]
    x0: float
    top: float
    x1: float
    bottom: float
    width: float = 1.0

    @property
    def pos(self) -> float:
        return self.top if self.orientation == "h" else self.x0

    @property
    def start(self) -> float:
        return self.x0 if self.orientation == "h" else self.top

    @property
    def end(self) -> float:
        return self.x1 if self.orientation == "h" else self.bottom


@dataclass(frozen=True, slots=True)
class Rect:
    """A rectangle as drawn: ``fill`` is its RGB fill colour (None if not filled)."""

    x0: float
    top: float
    x1: float
    bottom: float
    fill: Colour | None = None
    stroked: bool = False

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True, slots=True)
class PageModel:
    number: int
    width: float
    height: float
    words: tuple[Word, ...] = ()
    edges: tuple[Edge, ...] = ()
    rects: tuple[Rect, ...] = ()
    rotation: int = 0
    # the box of each straight stroke that runs neither across nor down (a chart's data
    # lines, a diagram's arrows): no rule, but a sign of a figure
    slants: tuple[Rect, ...] = ()
    image_share: float = 0.0  # the share of the page its images cover (a scan: nearly all)
    images: tuple[tuple[float, float, float, float], ...] = ()  # each image's x0, top, x1, bottom
    # the solid shapes OCR saw in a scanned page's pixels (a coloured icon, a shaded panel):
    # a figure's shapes, as fills are, but too rough in outline to bound a table's cells
    shapes: tuple[Rect, ...] = ()


def is_white(colour: Colour | None, threshold: float) -> bool:
    """Given an RGB colour, say whether it is (nearly) white; no colour counts as white."""
    return colour is None or min(colour) >= threshold


def colour_distance(a: Colour | None, b: Colour | None) -> float:
    if a is None or b is None:
        return 0.0 if a is b else 1.0
    return max(abs(x - y) for x, y in zip(a, b, strict=True))
