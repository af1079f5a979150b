"""The debug picture: one PDF page drawn with what each stage of table finding saw.

    >>> from councilplans.extractors.debug import debug_page
    >>> picture = debug_page("samples/staffordshire-risk-register-h-rules.pdf", 1)
    >>> picture.image.save("page.png")

Drawn over the rendered page (pdfplumber's ``debug_tablefinder`` is the model): every word's
box in grey, the rules in red, the coloured fills in blue, each finder's candidate regions in
its own colour (thick when kept, thin when not), and the final grid of each fragment the
page-break pass kept, cell by cell, in navy. A legend under the page names the colours.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from councilplans.extractors import sniff_format
from councilplans.extractors.errors import ExtractError, UnsupportedFormat
from councilplans.extractors.pdf import PdfStages, read_pdf_stages
from councilplans.extractors.pdfplumber_pages import open_pdf
from councilplans.extractors.tables import Candidate, FoundTable
from councilplans.extractors.tables.grid import GridKind, grid_to_spans

RGBA = tuple[int, int, int, int]
WORD: RGBA = (120, 120, 120, 160)
RULE: RGBA = (220, 30, 30, 230)
FILL: RGBA = (40, 110, 230, 60)
GRID: RGBA = (0, 0, 110, 255)
FINDER: dict[GridKind, RGBA] = {
    "ruled": (255, 140, 0, 255),
    "zebra": (0, 160, 60, 255),
    "heatmap": (200, 0, 200, 255),
    "h-rules": (120, 60, 200, 255),
    "no-rules": (0, 170, 200, 255),
    "contents": (140, 90, 40, 255),
    "carried": (90, 90, 90, 255),
}
KEPT_WIDTH, OTHER_WIDTH, GRID_WIDTH, RULE_WIDTH = 4, 1, 2, 2  # pixels
LEGEND_LINE = 14  # pixels per line of the legend
DEFAULT_RESOLUTION = 100  # pixels per inch: a page fits a screen
SWATCH = (8, 28)  # pixels: where a legend line's colour swatch starts and ends
LABEL_X = 36  # pixels: where a legend line's label starts


class NoSuchPage(ExtractError):
    reason = "has no such page"


@dataclass(frozen=True, slots=True)
class DebugPicture:
    """A page drawn with its table finding, and what it shows."""

    image: Image.Image
    page: int
    candidates: tuple[Candidate, ...]
    kept: tuple[FoundTable, ...]
    warnings: tuple[str, ...] = ()  # what went wrong reading this page

    def summary(self) -> str:
        """One line per candidate (finder, verdict, box, grid size), then the kept fragments."""
        lines = [f"page {self.page}: {len(self.candidates)} candidates"]
        for c in self.candidates:
            size = f"{c.found.table.n_rows}x{c.found.table.n_cols}" if c.found else "-"
            box = ", ".join(f"{v:.0f}" for v in c.box)
            lines.append(f"  {c.finder:<9} {c.verdict:<12} ({box}) {size}")
        lines.extend(f"  warning: {w}" for w in self.warnings)
        lines.append(f"kept after the page-break pass: {len(self.kept)}")
        for f in self.kept:
            b = f.bbox
            lines.append(
                f"  {f.grid.kind:<9} {f.table.n_rows}x{f.table.n_cols} "
                f"({b.x0:.0f}, {b.top:.0f}, {b.x1:.0f}, {b.bottom:.0f})"
            )
        return "\n".join(lines)


def debug_page(
    path: str | Path, page: int, settings: Any = None, resolution: int = DEFAULT_RESOLUTION
) -> DebugPicture:
    """Given a PDF and a page number (from 1), draw the page with every stage of its table
    finding. Raises UnsupportedFormat for a DOCX (it has no pages) and NoSuchPage."""
    if sniff_format(path) != "pdf":
        raise UnsupportedFormat(str(path), "debug draws PDF pages; a DOCX has none")
    stages = read_pdf_stages(path, settings)
    index = next((i for i, m in enumerate(stages.pages) if m.number == page), None)
    if index is None:
        raise NoSuchPage(str(path), f"has no page {page} (it has {stages.page_count})")
    with open_pdf(path) as pdf:
        picture = pdf.pages[page - 1].to_image(resolution=resolution)
        draw_stages(picture, stages, index)
        image = with_legend(picture.annotated.convert("RGB"))
    found = stages.found[index]
    warnings = tuple(w for w in stages.warnings if w.startswith(f"page {page}:"))
    return DebugPicture(image, page, found.candidates, stages.stitched.fragments[index], warnings)


def draw_stages(picture: Any, stages: PdfStages, index: int) -> None:
    """Draw, in order, the words, fills, rules, candidates and the final grid of one page."""
    model, found = stages.pages[index], stages.found[index]
    picture.draw_rects(
        [(w.x0, w.top, w.x1, w.bottom) for w in model.words], fill=(0, 0, 0, 0), stroke=WORD
    )
    picture.draw_rects([(r.x0, r.top, r.x1, r.bottom) for r in found.fills], fill=FILL, stroke=FILL)
    for e in found.rules:
        picture.draw_line(((e.x0, e.top), (e.x1, e.bottom)), stroke=RULE, stroke_width=RULE_WIDTH)
    for c in found.candidates:
        width = KEPT_WIDTH if c.verdict == "table" else OTHER_WIDTH
        picture.draw_rect(c.box, fill=(0, 0, 0, 0), stroke=FINDER[c.finder], stroke_width=width)
    draw_grids(picture, stages.stitched.fragments[index])


def draw_grids(picture: Any, fragments: Sequence[FoundTable]) -> None:
    """Draw each kept fragment's cells as the grid makes them (merged cells as one box)."""
    for frag in fragments:
        xs, ys = frag.grid.xs, frag.grid.ys
        cells = [
            (xs[c], ys[r], xs[c + cs], ys[r + rs]) for r, c, rs, cs in grid_to_spans(frag.grid)
        ]
        picture.draw_rects(cells, fill=(0, 0, 0, 0), stroke=GRID, stroke_width=GRID_WIDTH)


def legend_entries() -> list[tuple[str, RGBA]]:
    kinds = [(f"candidate: {kind} (thick: kept)", colour) for kind, colour in FINDER.items()]
    return [("word", WORD), ("rule", RULE), ("fill", FILL), *kinds, ("final grid", GRID)]


def with_legend(image: Image.Image) -> Image.Image:
    """The image with a legend of its colours below it."""
    entries = legend_entries()
    out = Image.new("RGB", (image.width, image.height + LEGEND_LINE * (len(entries) + 1)), "white")
    out.paste(image, (0, 0))
    draw = ImageDraw.Draw(out)
    for i, (label, colour) in enumerate(entries):
        y = image.height + LEGEND_LINE // 2 + i * LEGEND_LINE
        swatch = (SWATCH[0], y + OTHER_WIDTH, SWATCH[1], y + LEGEND_LINE - KEPT_WIDTH)
        draw.rectangle(swatch, outline=colour[:3], width=GRID_WIDTH)
        draw.text((LABEL_X, y), label, fill=(0, 0, 0))
    return out
