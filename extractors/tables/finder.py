"""Find the table fragments of one page: every finder in turn, each stage kept for a look.

``find_page_tables`` runs the finders in this order; words taken by one table are not offered
to the next:

    ruled      rules that cross each other (not a chart's gridlines)
    hrules     stacks of horizontal rules without verticals (the fills inside shade rows)
    filled     zebra bands and heat-map cells drawn as coloured fills
    contents   page numbers set apart by leaders, or by white space under "Contents"
    unruled    columns of words aligned by white space (not the labels of a figure)

Its ``PageTables`` holds the rules and fills it read, every candidate with its verdict and
the fragments kept, top to bottom. A lone row of filled cells is kept as a fragment for the
page-break pass to judge (stitch.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from councilplans.extractors.page import Edge, PageModel, Rect
from councilplans.extractors.settings import PdfSettings
from councilplans.extractors.tables.candidates import Candidate, PageSearch
from councilplans.extractors.tables.contents import find_contents
from councilplans.extractors.tables.filled import find_filled, page_to_fills
from councilplans.extractors.tables.grid import FoundTable
from councilplans.extractors.tables.hrules import find_hrules
from councilplans.extractors.tables.region import edge_inside, fill_inside
from councilplans.extractors.tables.ruled import find_ruled, page_to_rules, try_frames
from councilplans.extractors.tables.unruled import find_unruled


@dataclass(frozen=True, slots=True)
class PageTables:
    """What table finding made of one page: its rules and fills, every candidate a finder
    offered (with its verdict), and the fragments kept, top to bottom."""

    page: int
    rules: tuple[Edge, ...]
    fills: tuple[Rect, ...]
    candidates: tuple[Candidate, ...]
    tables: tuple[FoundTable, ...]


def find_page_tables(page: PageModel, settings: PdfSettings | None = None) -> PageTables:
    """Given a page model, return its rules, fills, candidates and table fragments."""
    settings = settings or PdfSettings()
    search = PageSearch(page, settings, list(page.words))
    rules = page_to_rules(page, settings)
    fills = page_to_fills(page, settings)
    frames = find_ruled(search, rules, fills)
    free_fills = [b for b in fills if not fill_inside(b, search.found)]
    sides = {e for f in frames for e in f.h_rules}
    hrules = [
        e
        for e in rules
        if e.orientation == "h"
        and e not in sides
        and not edge_inside(e, search.found, settings.box_pad)
    ]
    find_hrules(search, hrules, free_fills)
    try_frames(search, frames, fills)
    find_filled(search, [b for b in free_fills if not fill_inside(b, search.found)])
    find_contents(search)
    shapes = [s for s in page.shapes if not fill_inside(s, search.found)]
    find_unruled(search, free_fills, shapes)
    tables = sorted(search.found, key=lambda t: (t.bbox.top, t.bbox.x0))
    return PageTables(
        page.number, tuple(rules), tuple(fills), tuple(search.candidates), tuple(tables)
    )


def find_tables(page: PageModel, settings: PdfSettings | None = None) -> list[FoundTable]:
    """Given a page model, return its table fragments, top to bottom."""
    return list(find_page_tables(page, settings).tables)
