"""The default reader: a PDF's pages through pdfium (pypdfium2), several times faster than
pdfminer, into what ``reading.model_page`` takes.

Each page is read in turn and let go: its paths (pdfium_objects), then its text
(pdfium_text), both turned into pdfplumber's coordinates (the page as shown, origin
top-left, the media box as the page) by the page's Frame. The tagged structure is read
once for the whole document (structure.DocumentRoles). A file pdfium cannot open raises
CannotOpen, and pdf.read_with hands it to the reference reader.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from councilplans.extractors.clock import NO_CLOCK, StageClock
from councilplans.extractors.errors import CorruptFile, EncryptedFile
from councilplans.extractors.pdfium_objects import Matrix, PathReader, apply
from councilplans.extractors.pdfium_text import TextReader
from councilplans.extractors.reading import PdfRead, Point, RawPage, describe, model_pages
from councilplans.extractors.settings import PdfSettings
from councilplans.extractors.structure import DocumentRoles

QUARTER, HALF, THREE_QUARTERS, FULL_TURN = 90, 180, 270, 360  # a page's /Rotate, in degrees


class CannotOpen(Exception):
    """pdfium cannot open the file (not for want of a password): the other reader may."""


@dataclass(frozen=True, slots=True)
class Frame:
    """How a page's user space becomes pdfplumber's coordinates: ``device`` is pdfminer's
    page matrix (the /Rotate turn, the media box's corner at the origin); ``point`` then
    flips y and shifts as pdfplumber does. ``bbox`` is the media box in the new coordinates."""

    device: Matrix
    width: float
    height: float
    x_shift: float
    top_shift: float
    bbox: tuple[float, float, float, float]

    def point(self, x: float, y: float) -> Point:
        dx, dy = apply(self.device, x, y)
        return (dx + self.x_shift, self.height - dy + self.top_shift)


def page_frame(mediabox: tuple[float, float, float, float], rotation: int) -> Frame:
    x0, x1 = sorted((mediabox[0], mediabox[2]))
    y0, y1 = sorted((mediabox[1], mediabox[3]))
    device: Matrix = {
        QUARTER: (0.0, -1.0, 1.0, 0.0, -y0, x1),
        HALF: (-1.0, 0.0, 0.0, -1.0, x1, y1),
        THREE_QUARTERS: (0.0, 1.0, -1.0, 0.0, y1, -x0),
    }.get(rotation, (1.0, 0.0, 0.0, 1.0, -x0, -y0))
    turned = rotation in (QUARTER, THREE_QUARTERS)
    nx0, ny0, nx1, ny1 = (y0, x0, y1, x1) if turned else (x0, y0, x1, y1)
    height = ny1 - ny0
    top = height - ny1
    bbox = (nx0, top, nx1, height - ny0)
    return Frame(device, nx1 - nx0, height, nx0, top, bbox)


@contextmanager
def open_pdf(path: str | Path, password: str | None = None) -> Iterator[Any]:
    """Open a PDF with pdfium; EncryptedFile without the right password, CannotOpen when
    pdfium cannot read it at all."""
    try:
        pdf = pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise EncryptedFile(str(path)) from None
        raise CannotOpen(describe(exc)) from None
    try:
        yield pdf
    finally:
        pdf.close()


def read_document(
    path: str | Path,
    settings: PdfSettings,
    clock: StageClock = NO_CLOCK,
    password: str | None = None,
) -> PdfRead:
    """Given a PDF path, read each page into the page model, a page at a time."""
    with open_pdf(path, password) as pdf:
        try:
            count = len(pdf)
            info = pdf.get_metadata_dict(skip_empty=True)
        except pdfium.PdfiumError as exc:
            raise CorruptFile(str(path), f"cannot be opened as a PDF ({describe(exc)})") from None
        roles = DocumentRoles(path, settings.use_structure_tree)
        readers = ((i + 1, page_reader(pdf, i, roles)) for i in range(count))
        models, warnings = model_pages(readers, settings, clock)
        return PdfRead(models, warnings, count, info_text(info, "Title"), info_text(info, "Author"))


def info_text(info: dict[str, str], key: str) -> str | None:
    value = info.get(key)
    return value.strip() or None if isinstance(value, str) else None


def page_reader(pdf: Any, index: int, roles: DocumentRoles) -> Callable[[], RawPage]:
    def read() -> RawPage:
        page = pdf[index]
        try:
            return raw_page(page, index + 1, roles)
        finally:
            page.close()

    return read


def raw_page(page: Any, number: int, roles: DocumentRoles) -> RawPage:
    """Given a pdfium page, return what it holds, in pdfplumber's coordinates."""
    rotation = page.get_rotation() % FULL_TURN
    frame = page_frame(page.get_mediabox(), rotation)
    paths = PathReader(frame.point)
    rects, strokes = paths.read(page)
    textpage = page.get_textpage()
    try:
        chars = TextReader(textpage.raw, frame.device, frame.point, paths.texts).chars()
    finally:
        textpage.close()
    return RawPage(
        number=number,
        width=frame.width,
        height=frame.height,
        bbox=frame.bbox,
        chars=chars,
        rects=rects,
        strokes=strokes,
        rotation=rotation,
        roles=roles.for_page(number),
        images=paths.images,
    )
