"""Tables drawn with horizontal rules only (booktabs style: a rule over and under the header,
one under the body, maybe one between rows).

    rules_to_hrule_groups -> split_at_prose -> hrules_to_region -> with_header_above
        -> with_rows_below -> (region_to_grid)

A rule alone over one row of columns is a header left at a page's foot (``foot_header``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from councilplans.extractors.geometry import Line, line_to_segments, words_to_lines
from councilplans.extractors.page import Edge, Rect
from councilplans.extractors.settings import PdfSettings
from councilplans.extractors.tables.candidates import PageSearch
from councilplans.extractors.tables.grid import MIN_COLUMNS
from councilplans.extractors.tables.region import Region, edge_inside

FRAME_RULES = 2  # a frame's top and foot


def find_hrules(search: PageSearch, rules: Sequence[Edge], fills: Sequence[Rect]) -> None:
    """Offer every stack of horizontal rules outside the tables found so far, and every lone
    rule with one row of columns under it (``foot_header``)."""
    settings = search.settings
    lines = words_to_lines([w for w in search.free if w.upright], settings.y_tolerance)
    for stack in rules_to_hrule_groups(rules, settings):
        if len(stack) == 1:
            header = foot_header(stack[0], lines, settings)
            if header is not None:
                search.try_region(header, fills)
            continue
        for group in split_at_prose(stack, lines, settings):
            # two rules alone far apart frame a page's text; a table ruled by rows has more
            framed = (
                len(group) == FRAME_RULES
                and group[1].top - group[0].top >= settings.hrule_stack_gap
            )
            if not framed and not edge_inside(group[0], search.found, settings.box_pad):
                region = hrules_to_region(group, rules, settings)
                grown = with_header_above(region, lines, settings)
                if grown.box != region.box:
                    # the header's band counts as one more: rules under the header and
                    # between two body rows part rows, not groups of them
                    split = len(group) + 1 <= settings.hrule_split_upto
                    grown = replace(grown, split_bands=split)
                search.try_region(with_rows_below(grown, lines, settings), fills)


def foot_header(rule: Edge, lines: Sequence[Line], settings: PdfSettings) -> Region | None:
    """Given a rule that stacks with no other and the page's free lines, return the region of
    the one line of columns just under it: a table's header left alone at a page's foot,
    the rest of the table on the next page. It is one row, never a table by itself: the
    page-break pass keeps it only if the next page's table goes on from it."""
    region = Region((rule.x0, rule.top, rule.x1, rule.top), "h-rules", (rule,), ())
    grown = with_rows_below(region, lines, settings, most=1)
    return grown if grown.box != region.box else None


def with_rows_below(
    region: Region, lines: Sequence[Line], settings: PdfSettings, most: int | None = None
) -> Region:
    """Given a stack's region and the page's free lines, return it grown down over a row set
    under its last rule with no rule under it (a total row at the table's foot, or a row the
    page break cuts): the lines just below, at line spacing and inside its width, the first
    split into columns and none a line of prose across it; at most ``most`` of them."""
    x0, top, x1, bottom = region.box
    tol = settings.hrule_align_tolerance
    below = sorted(
        (ln for ln in lines if ln.top >= bottom - 1 and ln.x0 >= x0 - tol and ln.x1 <= x1 + tol),
        key=lambda ln: ln.top,
    )
    edge = bottom
    for ln in below[:most]:
        if ln.top - edge > settings.line_gap_ratio * ln.size:
            break
        columns = len(line_to_segments(ln, settings)) >= MIN_COLUMNS
        prose = ln.x1 - ln.x0 >= settings.hrule_prose_share * (x1 - x0)
        if not columns and (edge == bottom or prose):
            break
        edge = ln.bottom + 1
    return replace(region, box=(x0, top, x1, edge)) if edge > bottom else region


def with_header_above(region: Region, lines: Sequence[Line], settings: PdfSettings) -> Region:
    """Given a stack's region and the page's free lines, return it grown up over a header
    set above its first rule with no rule over it (a rule under the header only): the lines
    just above, at line spacing, inside its width and split into columns, or interleaved
    with such a line."""
    x0, top, x1, bottom = region.box
    tol = settings.hrule_align_tolerance
    above = sorted(
        (ln for ln in lines if ln.bottom <= top + 1 and ln.x0 >= x0 - tol and ln.x1 <= x1 + tol),
        key=lambda ln: ln.bottom,
        reverse=True,
    )
    edge = top
    for ln in above:
        if edge - ln.bottom > settings.line_gap_ratio * ln.size:
            break
        # a line of one segment is a title, unless it sits level with the line under it
        # (headers of one, two and three lines each set to the foot of their cell)
        if len(line_to_segments(ln, settings)) < MIN_COLUMNS and ln.bottom <= edge + 1:
            break
        edge = ln.top - 1
    return replace(region, box=(x0, edge, x1, bottom)) if edge < top else region


def split_at_prose(
    group: list[Edge], lines: Sequence[Line], settings: PdfSettings
) -> list[list[Edge]]:
    """Given a stack of rules and the page's free lines, part it at every band holding
    paragraphs of prose across the text's width (the text between a table's foot rule and
    the next table's top rule, or a page's text between the rules of its running header
    and footer); the parts of two rules or more."""
    x0, x1 = min(e.x0 for e in group), max(e.x1 for e in group)
    tol = settings.hrule_align_tolerance
    parts = [[group[0]]]
    for a, b in zip(group, group[1:], strict=False):
        band = [
            ln
            for ln in lines
            if a.top < (ln.top + ln.bottom) / 2 < b.top and ln.x0 >= x0 - tol and ln.x1 <= x1 + tol
        ]
        if band:
            left, right = min(ln.x0 for ln in band), max(ln.x1 for ln in band)
            prose = [
                ln
                for ln in band
                if ln.x0 - left <= tol
                and ln.x1 - ln.x0 >= settings.hrule_prose_share * (right - left)
                and len(line_to_segments(ln, settings)) == 1
            ]
            if len(prose) >= settings.hrule_prose_lines:
                parts.append([])
        parts[-1].append(b)
    return [p for p in parts if len(p) > 1]


def rules_to_hrule_groups(rules: Sequence[Edge], settings: PdfSettings) -> list[list[Edge]]:
    """Given horizontal rules, group stacked ones of about the same span (one table each, a
    rule alone a group of one), however far apart: a row of long paragraphs may fill most
    of a page, and prose across the width parts two tables (``split_at_prose``)."""
    tol = settings.hrule_align_tolerance
    groups: list[list[Edge]] = []
    for e in sorted(rules, key=lambda e: (e.top, e.x0)):
        for g in groups:
            if abs(g[0].x0 - e.x0) <= tol and abs(g[0].x1 - e.x1) <= tol:
                g.append(e)
                break
        else:
            groups.append([e])
    return groups


def hrules_to_region(group: Sequence[Edge], rules: Sequence[Edge], settings: PdfSettings) -> Region:
    """Given a stack of rules, return its region with every rule inside (partial ones too)."""
    box = (min(e.x0 for e in group), group[0].top, max(e.x1 for e in group), group[-1].top)
    width = box[2] - box[0]
    inner = [
        e
        for e in rules
        if box[1] - 1 <= e.top <= box[3] + 1
        and min(e.x1, box[2]) - max(e.x0, box[0]) > settings.hrule_min_share * width
    ]
    split = len(group) <= settings.hrule_split_upto
    return Region(box, "h-rules", tuple(inner), (), split_bands=split)
