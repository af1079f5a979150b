"""Read a PDF into a Document: pages into the page model, then tables, stitching and layout.

    pdfium_pages.read_document     each page -> PageModel (what a reader sees); pdfplumber_pages
                                   reads the same model, as the reference and the fallback
    tables.find_page_tables        each page -> its table fragments
    stitch.stitch_pages            fragments -> whole tables over page breaks
    layout.document_blocks         the text around them -> headings, paragraphs, list items

``read_pdf_stages`` keeps every stage, for the debug picture.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from councilplans.extractors.clock import NO_CLOCK, StageClock
from councilplans.extractors.errors import CorruptFile
from councilplans.extractors.layout import document_blocks
from councilplans.extractors.limits import check_pages
from councilplans.extractors.margins import running_keys, running_texts
from councilplans.extractors.model import Block, Document
from councilplans.extractors.ocr import mark_ocr, read_scans
from councilplans.extractors.page import PageModel
from councilplans.extractors.pdfium_pages import CannotOpen
from councilplans.extractors.reading import PdfRead, describe
from councilplans.extractors.settings import PdfSettings, resolve
from councilplans.extractors.stitch import Stitched, stitch_pages
from councilplans.extractors.tables import PageTables, find_page_tables
from councilplans.extractors.tables.grid import rows_run_on


@dataclass(frozen=True, slots=True)
class PdfStages:
    """Every stage of reading one PDF: the pages, what table finding made of each, what the
    page-break pass kept and joined, and the blocks in reading order."""

    pages: tuple[PageModel, ...]
    found: tuple[PageTables, ...]
    stitched: Stitched
    blocks: tuple[Block, ...]
    page_count: int
    title: str | None
    warnings: tuple[str, ...]
    author: str | None = None
    running: tuple[str, ...] = ()
    reader: str = "pdfium"
    notes: tuple[str, ...] = ()  # the pages read by OCR (``Document.notes``)


def find_all_tables(
    models: Sequence[PageModel], settings: PdfSettings, warnings: list[str]
) -> list[PageTables]:
    found: list[PageTables] = []
    for m in models:
        try:
            found.append(find_page_tables(m, settings))
        except Exception as exc:  # keep the page's text even if its tables defeat us
            warnings.append(f"page {m.number}: tables not read ({describe(exc)})")
            found.append(PageTables(m.number, (), (), (), ()))
    return found


def read_with(
    path: str | Path,
    settings: PdfSettings,
    clock: StageClock = NO_CLOCK,
    password: str | None = None,
) -> tuple[PdfRead, str]:
    """Read a PDF's pages with the reader the settings name; a file pdfium cannot open is
    read by pdfplumber (a password-protected one is not: it fails the same either way).
    Returns what was read and the name of the reader that read it."""
    from councilplans.extractors import pdfium_pages, pdfplumber_pages

    if settings.reader == "pdfium":
        try:
            return pdfium_pages.read_document(path, settings, clock, password), "pdfium"
        except CannotOpen:
            pass
    return pdfplumber_pages.read_document(path, settings, clock, password), "pdfplumber"


def page_count(path: str | Path, password: str | None = None) -> int | None:
    """The number of pages in a PDF's page tree, before any is read (None when pdfium cannot
    open the file; EncryptedFile without the right password)."""
    from councilplans.extractors.pdfium_pages import open_pdf

    try:
        with open_pdf(path, password) as pdf:
            return len(pdf)
    except CannotOpen:
        return None


def read_pdf_stages(
    path: str | Path,
    settings: Any = None,
    clock: StageClock = NO_CLOCK,
    *,
    password: str | None = None,
    max_pages: int | None = None,
) -> PdfStages:
    """Given a PDF path, read it and keep every stage (timing each on ``clock``).

    Raises EncryptedFile for a password-protected PDF opened without its ``password``,
    OverLimit for one of more than ``max_pages`` pages (counted before any is read), and
    CorruptFile for one that cannot be read at all; a page that cannot be read is skipped
    with a warning.
    """
    cfg = resolve(settings)
    if max_pages is not None and (count := page_count(path, password)) is not None:
        check_pages(path, count, max_pages)
    read, reader = read_with(path, cfg, clock, password)
    read, ocr_pages, ocr_note = read_scans(path, read, cfg, clock, password)
    models, warnings, n_pages = read.pages, read.warnings, read.page_count
    if n_pages and not models:
        raise CorruptFile(str(path), "none of its pages can be read")
    with clock.stage("tables"):
        found = find_all_tables(models, cfg, warnings)
    with clock.stage("stitch"):
        keys = running_keys(models, cfg)
        stitched = stitch_pages(
            models, [f.tables for f in found], cfg, keys, rules=[f.rules for f in found]
        )
    with clock.stage("layout"):
        blocks = mark_ocr(
            document_blocks(models, stitched.fragments, stitched.tables, cfg, keys), ocr_pages
        )
    warnings += stitched.doubts
    warnings += [w for t in stitched.tables if t.role == "data" and (w := rows_run_on(t))]
    return PdfStages(
        tuple(models),
        tuple(found),
        stitched,
        tuple(blocks),
        n_pages,
        read.title,
        tuple(warnings),
        read.author,
        running_texts(models, keys, cfg),
        reader,
        (ocr_note,) if ocr_note else (),
    )


def read_pdf(
    path: str | Path,
    sha256: str,
    settings: Any = None,
    clock: StageClock = NO_CLOCK,
    *,
    password: str | None = None,
    max_pages: int | None = None,
) -> Document:
    """Given a PDF path and its sha256, return its Document (see ``read_pdf_stages``)."""
    stages = read_pdf_stages(path, settings, clock, password=password, max_pages=max_pages)
    return Document(
        path=str(path),
        sha256=sha256,
        format="pdf",
        pages=stages.page_count,
        blocks=stages.blocks,
        title=stages.title,
        warnings=stages.warnings,
        author=stages.author,
        running=stages.running,
        notes=stages.notes,
    )
