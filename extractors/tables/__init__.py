"""Table finding on one page of the page model: a package of finders, one per layout family.

    finder.py      find_page_tables: runs the finders in turn, keeps every stage
    ruled.py       rules that cross each other: ruled tables
    filled.py      coloured fills: zebra bands, heat-map cells
    hrules.py      stacks of horizontal rules without verticals
    contents.py    contents lists (leaders, or white space under a "Contents" title)
    unruled.py     columns of words aligned by white space
    region.py      from a candidate region to its grid (bounds from rules or white space)
    grid.py        from a grid to its cells, header rows and plausibility
    candidates.py  the state of one page's search and each candidate's verdict

Each finder is a chain of small pure functions over the page model (``a_to_b``). What crosses
a page break (lone rows, carried rows, continuation, stitching) is stitch.py's.
"""

from councilplans.extractors.tables.candidates import Candidate
from councilplans.extractors.tables.finder import PageTables, find_page_tables, find_tables
from councilplans.extractors.tables.grid import FoundTable, Grid
from councilplans.extractors.tables.ruled import rules_to_lattices

__all__ = [
    "Candidate",
    "FoundTable",
    "Grid",
    "PageTables",
    "find_page_tables",
    "find_tables",
    "rules_to_lattices",
]
