"""The reference reader: a PDF's pages through pdfplumber (and pdfminer under it).

Slower than pdfium (pdfium_pages) by several times, and kept as the reference the default
reader is tested against (tests/e2e/test_readers.py) and as the fallback for a file pdfium
cannot open. It hands ``reading.model_page`` what it finds; pdfminer keeps no clip, so this
module follows the clipping path itself and leaves out the chars it hides.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.layout import LTChar, LTContainer, LTPage
from pdfminer.pdfinterp import PDFGraphicState, PDFPageInterpreter
from pdfminer.utils import apply_matrix_pt
from pdfplumber.page import PDFPageAggregatorWithMarkedContent
from pdfplumber.utils.exceptions import PdfminerException

from councilplans.extractors.clock import NO_CLOCK, StageClock
from councilplans.extractors.errors import CorruptFile, EncryptedFile
from councilplans.extractors.page import Colour, PageModel, Rect
from councilplans.extractors.reading import (
    PdfRead,
    RawPage,
    Stroke,
    bounds,
    describe,
    intersect,
    model_page,
    model_pages,
)
from councilplans.extractors.settings import PdfSettings
from councilplans.extractors.structure import DocumentRoles

GREY, RGB, CMYK = 1, 3, 4  # components of a colour in each colour space


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
        old = getattr(self.graphicstate, "clip", None)
        box = bounds(pts) if old is None else intersect(bounds(pts), old)
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


def page_rects(page: Any) -> list[Rect]:
    rects = []
    for r in page.rects:
        fill = to_rgb(r.get("non_stroking_color")) if r.get("fill") else None
        rects.append(Rect(r["x0"], r["top"], r["x1"], r["bottom"], fill, bool(r.get("stroke"))))
    return rects


def page_strokes(page: Any) -> list[Stroke]:
    """Given a pdfplumber page, return its lines and curves as strokes."""
    return [
        Stroke(tuple(obj.get("pts") or ()), float(obj.get("linewidth") or 1.0))
        for obj in [*page.lines, *page.curves]
    ]


def raw_page(page: Any, roles: DocumentRoles | None = None) -> RawPage:
    """Given a pdfplumber page, return what it holds, the chars the clip hides left out."""
    follow_clip(page)
    chars = [{**c, "non_stroking_color": to_rgb(c.get("non_stroking_color"))} for c in page.chars]
    return RawPage(
        number=page.page_number,
        width=float(page.width),
        height=float(page.height),
        bbox=tuple(page.bbox),
        chars=chars,
        rects=page_rects(page),
        strokes=page_strokes(page),
        rotation=int(page.rotation or 0),
        roles=roles.for_page(page.page_number) if roles else {},
        images=[(i["x0"], i["top"], i["x1"], i["bottom"]) for i in page.images],
    )


def page_to_model(
    page: Any, settings: PdfSettings | None = None, roles: DocumentRoles | None = None
) -> PageModel:
    """Given a pdfplumber page (and its document's tags), return our page model of what the
    page shows."""
    settings = settings or PdfSettings()
    return model_page(raw_page(page, roles), settings)


@contextmanager
def open_pdf(path: str | Path, password: str | None = None) -> Iterator[Any]:
    """Open a PDF, turning pdfminer's failures into EncryptedFile or CorruptFile."""
    try:
        pdf = pdfplumber.open(path, password=password or "")
    except PdfminerException as exc:
        raise named_error(path, exc) from None
    except Exception as exc:  # pdfminer raises many unrelated types on damaged files
        raise CorruptFile(str(path), f"cannot be opened as a PDF ({describe(exc)})") from None
    try:
        yield pdf
    finally:
        try:
            pdf.close()
        except Exception:  # noqa: BLE001 - close() builds every page again, raising what that raised
            pdf.stream.close()


def named_error(path: str | Path, exc: BaseException) -> Exception:
    inner = exc.args[0] if exc.args else exc
    if "Password" in type(inner).__name__ or "encrypt" in str(inner).lower():
        return EncryptedFile(str(path))
    return CorruptFile(str(path), f"cannot be opened as a PDF ({describe(exc)})")


def read_document(
    path: str | Path,
    settings: PdfSettings,
    clock: StageClock = NO_CLOCK,
    password: str | None = None,
) -> PdfRead:
    """Given a PDF path, read each page into the page model, a page at a time."""
    with open_pdf(path, password) as pdf:
        try:
            pages = list(pdf.pages)
        except Exception as exc:
            raise named_error(path, exc) from None
        roles = DocumentRoles(path, settings.use_structure_tree)
        models, warnings = model_pages(
            ((i, page_reader(page, roles)) for i, page in enumerate(pages, start=1)),
            settings,
            clock,
        )
        return PdfRead(
            models, warnings, len(pages), info_text(pdf, "Title"), info_text(pdf, "Author")
        )


def page_reader(page: Any, roles: DocumentRoles) -> Callable[[], RawPage]:
    def read() -> RawPage:
        try:
            return raw_page(page, roles)
        finally:
            page.close()

    return read


def info_text(pdf: Any, key: str) -> str | None:
    """A field of the PDF's document information (Title, Author), decoded, or None."""
    value = (pdf.metadata or {}).get(key)
    if isinstance(value, bytes):
        value = value.decode("utf-8", "ignore")
    if not isinstance(value, str):
        return None
    return value.strip() or None
