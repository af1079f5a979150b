"""The state of table finding on one page, and what became of each candidate.

Finders run one after another over a ``PageSearch``: each offers regions (or grids), the
search builds their tables, keeps the plausible ones and takes their words, so that a later
finder sees only the words no table has taken. Every offer is recorded as a ``Candidate``
with its verdict, for the debug picture and for tests.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from councilplans.extractors.page import PageModel, Rect, Word
from councilplans.extractors.settings import PdfSettings
from councilplans.extractors.tables.grid import (
    FoundTable,
    Grid,
    GridKind,
    grid_to_table,
    is_lone_row,
    is_mostly_empty,
    is_plausible,
    is_plausible_lattice,
)
from councilplans.extractors.tables.labels import label_bounds, without_bounds
from councilplans.extractors.tables.region import (
    Box,
    Region,
    encloses,
    region_to_grid,
    row_fills,
    take,
)

# table: kept; lone row: kept for the page-break pass to judge (stitch.py, which also settles
# it against the tables over it); no grid: fewer than two rows or columns; not a table:
# failed the plausibility checks; figure: a chart (its gridlines, or text over them);
# frame: a ruled box around other tables (a text frame or page border), which holds
# tables and is not one
Verdict = Literal["table", "lone row", "no grid", "not a table", "figure", "frame"]


@dataclass(frozen=True, slots=True)
class Candidate:
    """One region a finder offered, and what became of it."""

    finder: GridKind
    box: Box
    verdict: Verdict
    found: FoundTable | None = None


@dataclass(slots=True)
class PageSearch:
    """Table finding in progress on one page: the words no table has taken yet, the tables
    kept so far and every candidate offered."""

    page: PageModel
    settings: PdfSettings
    free: list[Word]
    found: list[FoundTable] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    charts: list[Box] = field(default_factory=list)  # a chart's gridlines' regions, its frame

    def try_region(self, region: Region, fills: Sequence[Rect] = ()) -> None:
        """Build the region's table; keep it, and take its words, if it is plausible."""
        inside, outside = take(self.free, region.box)
        grid = region_to_grid(region, inside, self.settings)
        if grid is None:
            self.candidates.append(Candidate(region.kind, region.box, "no grid"))
            return
        if fills:
            grid = replace(grid, fills=row_fills(grid, fills, self.settings))
        table = self.build(grid, inside)
        chart = (
            is_mostly_empty(table, self.settings)
            or self.plotted(region.box)
            or self.frames_chart(region.box)
        )
        if chart and not is_lone_row(table):
            # a chart's gridlines and axes: they rule off a grid that stays mostly empty,
            # or one its data lines run through; or a chart's frame, around them
            self.charts.append(region.box)
            self.candidates.append(Candidate(region.kind, region.box, "figure", table))
            return
        if region.kind == "ruled":
            plausible = table.table.n_rows >= self.settings.min_table_rows and (
                is_plausible_lattice(table, self.settings)
            )
        else:
            plausible = is_plausible(table, self.page.width, self.settings)
        self.decide(table, outside, plausible)

    def plotted(self, box: Box) -> bool:
        """Whether slanted strokes run through a region across ``chart_line_share`` of its
        width: a line chart's data. A table's rounded corners, or a signature under it,
        span a sliver of it."""
        spans = sorted(
            (s.x0, s.x1)
            for s in self.page.slants
            if box[0] <= (s.x0 + s.x1) / 2 <= box[2] and box[1] <= (s.top + s.bottom) / 2 <= box[3]
        )
        covered, reach = 0.0, box[0]
        for x0, x1 in spans:
            covered += max(0.0, x1 - max(x0, reach))
            reach = max(reach, x1)
        return covered >= self.settings.chart_line_share * (box[2] - box[0])

    def frames_chart(self, box: Box) -> bool:
        """Whether a region holds a chart found before it (the frame around a chart, with its
        title, axis labels and legend) or lies inside one (the legend's box)."""
        pad = self.settings.box_pad
        return any(encloses(box, c, pad) or encloses(c, box, pad) for c in self.charts)

    def try_grid(self, grid: Grid) -> None:
        """Fill a grid a finder built itself; keep it if plausible, or as a lone row."""
        inside, outside = take(self.free, bbox_of(grid))
        table = self.build(grid, inside)
        self.decide(table, outside, is_plausible(table, self.page.width, self.settings))

    def build(self, grid: Grid, words: Sequence[Word]) -> FoundTable:
        """Fill the grid; once its header is known, put columns of labels set apart from
        their values back with them (``labels.label_bounds``) and fill it again."""
        page, settings = self.page, self.settings
        table = grid_to_table(grid, words, page.number, settings, page_words=page.words)
        drop = label_bounds(table, words)
        if not drop:
            return table
        grid = without_bounds(grid, drop)
        return grid_to_table(grid, words, page.number, settings, page_words=page.words)

    def decide(self, table: FoundTable, outside: list[Word], plausible: bool) -> None:
        box = bbox_of(table.grid)
        if plausible:
            self.found.append(table)
            self.free = outside
            self.candidates.append(Candidate(table.grid.kind, box, "table", table))
        elif is_lone_row(table):
            self.found.append(table)  # its words stay free: the page-break pass judges it
            self.candidates.append(Candidate(table.grid.kind, box, "lone row", table))
        else:
            self.candidates.append(Candidate(table.grid.kind, box, "not a table", table))

    def set_aside(self, kind: GridKind, box: Box, verdict: Literal["figure", "frame"]) -> None:
        """Record a region passed over as a figure or a frame, its words left free."""
        self.candidates.append(Candidate(kind, box, verdict))

    def take_table(self, table: FoundTable) -> None:
        """Keep a table a finder built and judged itself (a contents list)."""
        self.found.append(table)
        _, self.free = take(self.free, bbox_of(table.grid))
        self.candidates.append(Candidate(table.grid.kind, bbox_of(table.grid), "table", table))


def bbox_of(grid: Grid) -> Box:
    return (grid.xs[0], grid.ys[0], grid.xs[-1], grid.ys[-1])
