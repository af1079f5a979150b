"""The Document model: what every extractor returns and every later stage reads.

Coordinates are PDF points with the origin at the top-left corner of the page (pdfplumber's
``x0, top, x1, bottom``). Pages are numbered from 1. A DOCX has no geometry and no pages of its
own: its blocks carry ``Provenance(page=None, bbox=None)``, never a made-up position.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Format = Literal["pdf", "docx"]
TableRole = Literal["data", "contents", "layout"]


@dataclass(frozen=True, slots=True)
class BBox:
    """A rectangle on a page, in PDF points, origin top-left."""

    x0: float
    top: float
    x1: float
    bottom: float

    def union(self, other: BBox) -> BBox:
        return BBox(
            min(self.x0, other.x0),
            min(self.top, other.top),
            max(self.x1, other.x1),
            max(self.bottom, other.bottom),
        )


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a block (or one page's fragment of it) sits in the source file. ``ocr``: the page
    has no text layer (a scan), and its text was read from its image by OCR."""

    page: int | None
    bbox: BBox | None = None
    ocr: bool = False


@dataclass(frozen=True, slots=True)
class Heading:
    text: str
    level: int
    number: str | None = None  # "2.1", "A", "iv" when the heading is numbered
    prov: tuple[Provenance, ...] = ()


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    prov: tuple[Provenance, ...] = ()
    bold: bool = False  # the whole paragraph is bold: often a caption or a priority title
    role: Literal["body", "title"] = "body"  # "title": the document's title, not a heading


@dataclass(frozen=True, slots=True)
class ListItem:
    text: str
    depth: int = 0
    marker: str | None = None  # the bullet or number as printed: "•", "3.1", "a.", "ii."
    prov: tuple[Provenance, ...] = ()


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell of a table, anchored at its top-left grid position."""

    text: str
    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1


@dataclass(frozen=True, slots=True)
class Table:
    """A rectangular grid of cells. A table that runs over several pages is ONE table.

    ``cells`` holds one Cell per anchor (row-major); the grid positions a merged cell covers
    have no Cell of their own. ``prov`` has one entry per page fragment, in page order.
    ``parent`` is set on a table nested inside a cell of the table just before it in the
    document's blocks: the (row, col) of that cell. ``row_pages`` gives, for a PDF, the page
    each grid row starts on (empty for DOCX, which has no pages).
    """

    cells: tuple[Cell, ...]
    n_rows: int
    n_cols: int
    header_rows: int = 0
    prov: tuple[Provenance, ...] = ()
    role: TableRole = "data"
    parent: tuple[int, int] | None = None
    row_pages: tuple[int, ...] = ()

    def page_of_row(self, row: int) -> int | None:
        if 0 <= row < len(self.row_pages):
            return self.row_pages[row]
        pages = self.pages
        return pages[0] if pages else None

    def grid(self) -> list[list[str]]:
        """The table as rows of strings: a merged cell's text at its top-left, "" where covered."""
        rows = [["" for _ in range(self.n_cols)] for _ in range(self.n_rows)]
        for cell in self.cells:
            rows[cell.row][cell.col] = cell.text
        return rows

    def spans(self) -> list[list[int]]:
        """Every merged cell as [row, col, rowspan, colspan]."""
        return [
            [c.row, c.col, c.rowspan, c.colspan]
            for c in self.cells
            if c.rowspan > 1 or c.colspan > 1
        ]

    def anchor_grid(self) -> list[list[Cell | None]]:
        """Each grid position mapped to the Cell that covers it (None for a hole)."""
        rows: list[list[Cell | None]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for cell in self.cells:
            for r in range(cell.row, min(cell.row + cell.rowspan, self.n_rows)):
                for c in range(cell.col, min(cell.col + cell.colspan, self.n_cols)):
                    rows[r][c] = cell
        return rows

    @property
    def pages(self) -> list[int]:
        return sorted({p.page for p in self.prov if p.page is not None})


Block = Heading | Paragraph | ListItem | Table


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed file: its blocks in reading order, plus what identifies it."""

    path: str
    sha256: str
    format: Format
    pages: int | None
    blocks: tuple[Block, ...]
    title: str | None = None
    warnings: tuple[str, ...] = field(default=())
    author: str | None = None  # the Author its properties declare, as stored
    company: str | None = None  # the Company an Office file's properties declare
    running: tuple[str, ...] = ()  # its running headers and footers, each text once
    # what a reader should know that loses nothing, unlike a warning: the pages read by OCR
    notes: tuple[str, ...] = ()

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    @property
    def top_tables(self) -> list[Table]:
        """Tables not nested in another table's cell: what a table index counts."""
        return [b for b in self.blocks if isinstance(b, Table) and b.parent is None]

    @property
    def headings(self) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading)]

    def text(self) -> str:
        """All text of the document in reading order, one block per line."""
        parts: list[str] = []
        for block in self.blocks:
            if isinstance(block, Table):
                parts.extend(" | ".join(row) for row in block.grid())
            else:
                parts.append(block.text)
        return "\n".join(parts)
