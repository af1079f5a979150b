# ruff: noqa: E501
"""Convert DOCX to PDF with LibreOffice, and find on which pages the headings and tables of a
LibreOffice-made PDF landed, by searching each page's text from poppler's pdftotext.

This is the only read-back the builder does: page numbers, never cell text or structure.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

from .model import Heading, Table

LO_PROFILE = "file:///tmp/councilplans-samples-lo-profile"


def docx_to_pdf(docx_paths: list[Path], out_dir: Path) -> None:
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
           "--outdir", str(out_dir), *map(str, docx_paths)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=600)
    for docx in docx_paths:
        _fix_metadata(out_dir / (docx.stem + ".pdf"))


def _fix_metadata(pdf: Path) -> None:
    """Replace LibreOffice's creation date and file ID by fixed values of the same length
    (byte offsets unchanged), so a rebuild gives an identical file."""
    data = pdf.read_bytes()
    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20200101000000", data)
    data = re.sub(rb"<[0-9A-F]{32}>", lambda m: b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    pdf.write_bytes(data)


def page_count(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", "", text)


def page_texts(pdf: Path) -> list[str]:
    texts = []
    for n in range(1, page_count(pdf) + 1):
        out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", "-f", str(n), "-l", str(n),
                              str(pdf), "-"], check=True, capture_output=True, text=True).stdout
        texts.append(_norm(out))
    return texts


class PageFinder:
    """Finds keys in reading order: each search starts at the page of the previous hit."""

    def __init__(self, pdf: Path):
        self.pages = page_texts(pdf)
        self.cursor = 0  # 0-based page index

    def find(self, text: str, *, advance: bool = True) -> int:
        key = _norm(text)
        for length in (60, 30, 15):
            k = key[:length]
            for i in range(self.cursor, len(self.pages)):
                if k in self.pages[i]:
                    if advance:
                        self.cursor = i
                    return i + 1
        raise LookupError(f"not found from page {self.cursor + 1}: {text[:60]!r}")

    def find_end(self, text: str) -> int:
        """Page holding the end of `text` (its last characters), at or after the cursor."""
        key = _norm(text)
        for length in (40, 20, 10):
            k = key[-length:]
            for i in range(self.cursor, len(self.pages)):
                if k in self.pages[i]:
                    return i + 1
        raise LookupError(f"end not found from page {self.cursor + 1}: {text[-60:]!r}")


def locate(pdf: Path, blocks: list):
    """(heading pages, table pages, split rows) for the Heading and Table blocks, in order.
    split rows: (table index, row) pairs whose text starts and ends on different pages."""
    finder = PageFinder(pdf)
    heading_pages, table_pages, split_rows = [], [], []
    for b in blocks:
        if isinstance(b, Heading):
            heading_pages.append(finder.find(b.display))
        elif isinstance(b, Table):
            pages = set()
            for r, row in enumerate(b.rows):
                cells = [c for c in row if c.strip()]
                if not cells:
                    continue
                longest = max(cells, key=len)  # the most distinctive text of the row
                start = finder.find(longest)
                end = max(finder.find_end(longest), start)
                pages.update(range(start, end + 1))
                if end != start:
                    split_rows.append((len(table_pages), r))
                finder.cursor = start - 1
            table_pages.append(sorted(pages))
            finder.cursor = max(pages) - 1
    return heading_pages, table_pages, split_rows
