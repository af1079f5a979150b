"""Load what reading a document needs into this process before workers are forked from it.

A worker is a fork of the ingesting process, one per document: whatever the parent has not
loaded, each worker loads again. Reading one small PDF first (made here, in memory, with
pdfium) imports the readers' modules and fills pdfium's font caches; measured over the 55
development PDFs, forks from a process that had read nothing took twice as long.
"""

from __future__ import annotations

import ctypes
import tempfile
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

PAGE = (200.0, 100.0)  # a small page, in points
TEXT_AT = (10.0, 50.0)
RULE_Y = 40.0
SIZE = 10.0


def tiny_pdf(path: Path) -> None:
    """Write a one-page PDF: a line of text in a standard font over a rule."""
    pdf = pdfium.PdfDocument.new()
    try:
        page = pdf.new_page(*PAGE)
        font = pdfium_c.FPDFText_LoadStandardFont(pdf, b"Helvetica")
        text = pdfium_c.FPDFPageObj_CreateTextObj(pdf, font, ctypes.c_float(SIZE))
        letters = ctypes.create_string_buffer("Priority Measure Target 2026\0".encode("utf-16-le"))
        pdfium_c.FPDFText_SetText(text, ctypes.cast(letters, ctypes.POINTER(ctypes.c_ushort)))
        pdfium_c.FPDFPageObj_Transform(text, 1, 0, 0, 1, *TEXT_AT)
        pdfium_c.FPDFPage_InsertObject(page, text)
        rule = pdfium_c.FPDFPageObj_CreateNewPath(
            ctypes.c_float(TEXT_AT[0]), ctypes.c_float(RULE_Y)
        )
        pdfium_c.FPDFPath_LineTo(rule, ctypes.c_float(PAGE[0] - TEXT_AT[0]), ctypes.c_float(RULE_Y))
        pdfium_c.FPDFPath_SetDrawMode(rule, pdfium_c.FPDF_FILLMODE_NONE, 1)
        pdfium_c.FPDFPage_InsertObject(page, rule)
        pdfium_c.FPDFPage_GenerateContent(page)
        page.close()
        pdf.save(str(path))
    finally:
        pdf.close()


def warm_extractors() -> None:
    """Read a tiny PDF and load the DOCX reader, in this process."""
    from councilplans.extractors import docx, extract  # noqa: F401 - loaded for the forks

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "warm-up.pdf"
        tiny_pdf(path)
        extract(path)
