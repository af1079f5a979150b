# ruff: noqa: E501
"""The builder's own document model: what a sample lays out, and what its truth is written from."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Title:
    text: str


@dataclass
class Heading:
    level: int
    text: str
    number: str | None = None

    @property
    def display(self) -> str:
        """The heading as printed: '1. OBJECTIVE/S', '1.2 People and places...', 'Our Vision'."""
        if not self.number:
            return self.text
        sep = ". " if "." not in self.number else " "
        return f"{self.number}{sep}{self.text}"


@dataclass
class Para:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class Bullets:
    items: list[tuple[int, str]]  # (depth, text); depth 0 = top level
    numbered: bool = False
    priority: str | None = None  # set when the list announces priorities (narrative records)


@dataclass
class PageBreak:
    pass


@dataclass
class Section:
    landscape: bool


@dataclass
class TablePages:
    """Where a table landed in a PDF: its pages, the page each row starts on (aligned with
    the rows), and the rows whose text continues onto a later page."""

    pages: list[int]
    row_pages: list[int]
    split_rows: list[int] = field(default_factory=list)


@dataclass
class Table:
    """A table as a full grid. A merged cell's text sits at its top-left position; covered
    positions hold "". spans are (row, col, rowspan, colspan)."""

    rows: list[list[str]]
    spans: list[tuple[int, int, int, int]] = field(default_factory=list)
    header_rows: int = 1
    kind: str = "other"  # action | indicator | risk | keyvalue | matrix | contents | other
    title: str | None = None
    rule: str | None = None  # record rule: action_plan | action_list | indicator | risk | keyvalue
    cols: dict = field(default_factory=dict)  # record field -> column index (or list of indexes)
    priority: str | None = None  # title row / caption text that the rows serve
    widths: list[float] | None = None  # relative column widths
    repeat_header: bool = True
    fills: dict = field(default_factory=dict)  # (row, col) -> hex fill
    bold_cols: tuple = ()
    font_size: float | None = None
    layout: str = "ruled"

    @property
    def ncols(self) -> int:
        return len(self.rows[0])

    def check(self) -> None:
        n = self.ncols
        assert all(len(r) == n for r in self.rows), "ragged table"
        for r, c, rs, cs in self.spans:
            for rr in range(r, r + rs):
                for cc in range(c, c + cs):
                    if (rr, cc) != (r, c):
                        assert self.rows[rr][cc] == "", f"covered cell not empty at {rr},{cc}"

    def full_width_rows(self) -> set[int]:
        out = set()
        for r, c, rs, cs in self.spans:
            if c == 0 and cs == self.ncols:
                out.update(range(r, r + rs))
        return out


def add_vertical_merges(
    rows: list[list[str]], cols, start_row: int
) -> list[tuple[int, int, int, int]]:
    """Spans for cells in `cols` that continue down over the empty cells below them
    (from start_row on). Only used where the seed shows one value covering several rows."""
    spans = []
    for c in cols:
        r = start_row
        while r < len(rows):
            if rows[r][c]:
                end = r + 1
                while end < len(rows) and rows[end][c] == "" and _row_has_content(rows[end]):
                    end += 1
                if end - r > 1:
                    spans.append((r, c, end - r, 1))
                r = end
            else:
                r += 1
    return spans


def _row_has_content(row) -> bool:
    return any(row)
