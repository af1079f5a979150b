# ruff: noqa: E501
"""Convert DOCX to PDF with LibreOffice, and find on which pages the headings and tables of a
LibreOffice-made PDF landed, by searching each page's text from poppler's pdftotext.

This is the only read-back the builder does: page numbers, never cell text or structure.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from bisect import bisect_right
from itertools import accumulate
from pathlib import Path

from .model import Heading, Table, TablePages

LO_PROFILE = "file:///tmp/councilplans-samples-lo-profile"


def docx_to_pdf(docx_paths: list[Path], out_dir: Path) -> None:
    cmd = [
        "soffice",
        f"-env:UserInstallation={LO_PROFILE}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(out_dir),
        *map(str, docx_paths),
    ]
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
        out = subprocess.run(
            ["pdftotext", "-raw", "-enc", "UTF-8", "-f", str(n), "-l", str(n), str(pdf), "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        texts.append(_norm(out))
    return texts


class PageFinder:
    """Finds keys in reading order in the text of all pages run together: each search starts
    where the previous hit starts, so a row whose text opens like an earlier row's (a
    repeated 'Strategic Plan 2010/15 &' paragraph) is found after that row, not at it."""

    def __init__(self, pdf: Path):
        pages = page_texts(pdf)
        self.text = "".join(pages)
        self.page_ends = list(accumulate(len(p) for p in pages))  # offset just past each page
        self.pos = 0  # offset of the previous hit

    def page_at(self, offset: int) -> int:
        """1-based page holding the character at `offset`."""
        return bisect_right(self.page_ends, offset) + 1

    def find(self, text: str) -> int:
        """Page where `text` starts (its opening characters), at or after the cursor."""
        key = _norm(text)
        for length in (60, 30, 15):
            hit = self.text.find(key[:length], self.pos)
            if hit >= 0:
                self.pos = hit
                return self.page_at(hit)
        raise LookupError(f"not found from page {self.page_at(self.pos)}: {text[:60]!r}")

    def find_end(self, text: str) -> int:
        """Page holding the end of `text` (its last characters), at or after the cursor."""
        key = _norm(text)
        for length in (40, 20, 10):
            k = key[-length:]
            hit = self.text.find(k, self.pos)
            if hit >= 0:
                return self.page_at(hit + len(k) - 1)
        raise LookupError(f"end not found from page {self.page_at(self.pos)}: {text[-60:]!r}")


def locate(pdf: Path, blocks: list) -> tuple[list[int], list[TablePages]]:
    """(heading pages, table placements) for the Heading and Table blocks, in order. A row's
    page is where its most distinctive (longest) cell starts; a row is split when that cell
    ends on a later page. A row with no text takes the page the row before it ended on."""
    finder = PageFinder(pdf)
    heading_pages, tables = [], []
    for b in blocks:
        if isinstance(b, Heading):
            heading_pages.append(finder.find(b.display))
        elif isinstance(b, Table):
            tables.append(_locate_rows(finder, b))
    return heading_pages, tables


def _locate_rows(finder: PageFinder, table: Table) -> TablePages:
    pages, row_pages, split_rows = set(), [], []
    end = finder.page_at(finder.pos)
    for r, row in enumerate(table.rows):
        cells = [c for c in row if c.strip()]
        if not cells:
            row_pages.append(end)
            continue
        longest = max(cells, key=len)  # the most distinctive text of the row
        start = finder.find(longest)
        end = max(finder.find_end(longest), start)
        pages.update(range(start, end + 1))
        row_pages.append(start)
        if end != start:
            split_rows.append(r)
    return TablePages(sorted(pages), row_pages, split_rows)
