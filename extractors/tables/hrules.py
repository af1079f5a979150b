"""Tables drawn with horizontal rules only (booktabs style: a rule over and under the header,
one under the body, maybe one between rows).

    rules_to_hrule_groups -> split_at_prose -> hrules_to_region -> (region_to_grid)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from councilplans.extractors.geometry import Line, line_to_segments, words_to_lines
from councilplans.extractors.page import Edge, Rect
from councilplans.extractors.settings import PdfSettings
from councilplans.extractors.tables.candidates import PageSearch
from councilplans.extractors.tables.region import Region, edge_inside


def find_hrules(search: PageSearch, rules: Sequence[Edge], fills: Sequence[Rect]) -> None:
    """Offer every stack of horizontal rules outside the tables found so far."""
    settings = search.settings
    lines = words_to_lines([w for w in search.free if w.upright], settings.y_tolerance)
    for stack in rules_to_hrule_groups(rules, settings):
        for group in split_at_prose(stack, lines, settings):
            if not edge_inside(group[0], search.found, settings.box_pad):
                region = hrules_to_region(group, rules, settings)
                grown = with_header_above(region, lines, settings)
                if grown.box != region.box:
                    # the header's band counts as one more: rules under the header and
                    # between two body rows part rows, not groups of them
                    split = len(group) + 1 <= settings.hrule_split_upto
                    grown = replace(grown, split_bands=split)
                search.try_region(grown, fills)


def with_header_above(region: Region, lines: Sequence[Line], settings: PdfSettings) -> Region:
    """Given a stack's region and the page's free lines, return it grown up over a header
    set above its first rule with no rule over it (a rule under the header only): the lines
    just above, at line spacing, inside its width and split into columns."""
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
        if len(line_to_segments(ln, settings)) < 2:
            break
        edge = ln.top - 1
    return replace(region, box=(x0, edge, x1, bottom)) if edge < top else region


def split_at_prose(
    group: list[Edge], lines: Sequence[Line], settings: PdfSettings
) -> list[list[Edge]]:
    """Given a stack of rules and the page's free lines, part it at every band holding
    paragraphs of prose across its width (the text between a table's foot rule and the
    next table's top rule); the parts of two rules or more."""
    x0, x1 = min(e.x0 for e in group), max(e.x1 for e in group)
    parts = [[group[0]]]
    for a, b in zip(group, group[1:], strict=False):
        prose = [
            ln
            for ln in lines
            if a.top < (ln.top + ln.bottom) / 2 < b.top
            and abs(ln.x0 - x0) <= settings.hrule_align_tolerance
            and ln.x1 - ln.x0 >= settings.hrule_prose_share * (x1 - x0)
            and len(line_to_segments(ln, settings)) == 1
        ]
        if len(prose) >= settings.hrule_prose_lines:
            parts.append([])
        parts[-1].append(b)
    return [p for p in parts if len(p) > 1]


def rules_to_hrule_groups(rules: Sequence[Edge], settings: PdfSettings) -> list[list[Edge]]:
    """Given horizontal rules, group stacked ones of about the same span (one table each)."""
    tol = settings.hrule_align_tolerance
    groups: list[list[Edge]] = []
    for e in sorted(rules, key=lambda e: (e.top, e.x0)):
        for g in groups:
            if (
                abs(g[0].x0 - e.x0) <= tol
                and abs(g[0].x1 - e.x1) <= tol
                and e.top - g[-1].top < settings.hrule_stack_gap
            ):
                g.append(e)
                break
        else:
            groups.append([e])
    return [g for g in groups if len(g) > 1]


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
