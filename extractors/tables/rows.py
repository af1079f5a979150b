"""Rows where no rule draws them: told apart by spacing and by how text lines up across columns.

A band between two rules (or a whole table with none) may hold many rows. Two kinds of table
set their rows differently, and a table is judged by its own lines, not by one threshold:

- paragraph tables (action plans) put paragraphs in their cells and space rows further apart
  than the wrapped lines of a cell: a gap wider than the wrap spacing starts a row;
- statistical tables put one row per text line, evenly spaced, so spacing says nothing:
  a line starts a row where its cells start afresh across columns (a number under a number,
  a new label under a complete one), and continues the row where a cell's text wraps (the
  line above was full: the next word would not have fitted) or a list goes on in its cell.
"""

from __future__ import annotations

import statistics
from bisect import bisect_right
from collections.abc import Sequence

from councilplans.extractors.geometry import Line, join_words, words_to_lines
from councilplans.extractors.glyphs import REFERENCE, VALUE, list_marker
from councilplans.extractors.page import Word
from councilplans.extractors.settings import PdfSettings

ROW_LEAD = 0.5  # a row bound sits this far above its first line: clear of it, not a threshold
Cells = dict[int, list[Word]]  # one text line's words in each column that has any


def column_lines(
    lines: Sequence[Line], xs: Sequence[float], y_tolerance: float
) -> list[list[Line]]:
    """Given lines across a table and its column bounds, return each column's own lines."""
    words = [w for ln in lines for w in ln.words]
    return [
        words_to_lines([w for w in words if xs[c] <= w.xmid < xs[c + 1]], y_tolerance)
        for c in range(len(xs) - 1)
    ]


def wrap_gap(
    columns: Sequence[Sequence[Line]], settings: PdfSettings
) -> tuple[float, float] | None:
    """Given each column's lines, return (the gap between wrapped lines, the cut above which a
    gap starts a new row), or None when no gap stands out from the tightest."""
    gaps = [b.top - a.bottom for col in columns for a, b in zip(col, col[1:], strict=False)]
    gaps = [g for g in gaps if g >= -settings.line_overlap]
    if not gaps:
        return None
    size = statistics.median(ln.size for col in columns for ln in col)
    tight = min(gaps)
    cut = tight + settings.row_gap_ratio * size
    return (tight, cut) if max(gaps) > cut else None


def line_cells(line: Line, xs: Sequence[float]) -> Cells:
    """Given a line and column bounds, return the line's words in each column."""
    cells: Cells = {}
    for w in line.words:
        c = bisect_right(xs, w.xmid) - 1
        if 0 <= c < len(xs) - 1:
            cells.setdefault(c, []).append(w)
    return cells


def text_widths(
    lines: Sequence[Line], xs: Sequence[float], drawn: bool = False
) -> dict[int, float]:
    """Given lines and column bounds, return the width a wrapped line of each column fills:
    between rules drawn (``drawn``), the column's width less its padding on both sides;
    otherwise how wide the column's text runs, from its leftmost start to its rightmost end."""
    lo: dict[int, float] = {}
    hi: dict[int, float] = {}
    for ln in lines:
        for c, ws in line_cells(ln, xs).items():
            lo[c] = min(lo.get(c, ws[0].x0), ws[0].x0)
            hi[c] = max(hi.get(c, ws[-1].x1), ws[-1].x1)
    if drawn:
        return {c: xs[c + 1] - xs[c] - 2 * max(0.0, lo[c] - xs[c]) for c in lo}
    return {c: hi[c] - lo[c] for c in lo}


def is_value(words: Sequence[Word]) -> bool:
    """A cell's line that is one value of a statistical table (numbers do not wrap)."""
    return len(words) == 1 and VALUE.match(words[0].text) is not None


def soft_wrap(
    above: Sequence[Word], below: Sequence[Word], width: float, settings: PdfSettings
) -> bool:
    """Given a cell's line, the line under it in the same column and how wide the column's
    text runs, say whether the lower line goes on with the upper's text: the upper line is
    full (the lower's first word would not have fitted after it) and is not a lone value."""
    if is_value(above):
        return False
    size = max(w.size for w in above)
    used = above[-1].x1 - above[0].x0
    first = below[0].x1 - below[0].x0
    return used + settings.space_ratio * size + first > width


def cell_verdicts(
    above: Cells, below: Cells, widths: dict[int, float], settings: PdfSettings
) -> tuple[int, int, int]:
    """Given two consecutive lines' cells, count the lower line's cells that go on with the
    cell above (wraps), start afresh under one (fresh), and start where the line above had
    none (new)."""
    wraps = fresh = new = 0
    for c, words in below.items():
        if list_marker(join_words(words)):
            continue  # a list goes on in its cell
        if c not in above:
            new += 1
        elif soft_wrap(above[c], words, widths[c], settings):
            wraps += 1
        else:
            fresh += 1
    return wraps, fresh, new


def remembered(cells: Sequence[Cells]) -> list[Cells]:
    """For each line, each column's words on the nearest line at or above it that has any."""
    out: list[Cells] = []
    last: Cells = {}
    for line in cells:
        last = {**last, **line}
        out.append(last)
    return out


def starts_row(
    above: Cells, memory: Cells, below: Cells, widths: dict[int, float], settings: PdfSettings
) -> bool:
    """Given two consecutive evenly spaced lines' cells (and what each column last held),
    say whether the lower starts a row.

    Values under values start one; so does a line with text in the first column, unless
    most cells it holds go on with the text their columns last held (``goes_on_across``: a
    wrapped label, or a row of cells wrapping together, their lines not always level with
    each other); a line with nothing in the first column continues the row above."""
    if values_start_row(above, memory, below, widths, settings):
        return True
    if 0 not in below:
        return False
    return not goes_on_across(memory, below, widths, settings)


def starts_spaced_row(
    above: Cells, memory: Cells, below: Cells, widths: dict[int, float], settings: PdfSettings
) -> bool:
    """Given two lines at wrap spacing in a table whose rows spacing mostly parts, say whether
    the lower starts a row all the same: values under values, text starting afresh in the
    first column and in every other column it holds, two at least (rows whose cells all
    filled the same number of lines leave no wider gap in any column), or a first-column
    label alone under one set in another weight (a bold group title over its first item)."""
    if values_start_row(above, memory, below, widths, settings):
        return True
    alone = len(below) == 1
    if alone and 0 in below and 0 in memory:
        return is_bold(memory[0]) != is_bold(below[0])
    return (
        0 in below
        and not alone
        and all(
            c in memory and not cell_goes_on(memory[c], words, widths[c], settings, alone)
            for c, words in below.items()
        )
    )


def goes_on_across(
    memory: Cells, below: Cells, widths: dict[int, float], settings: PdfSettings
) -> bool:
    """Whether a line's cells go on with the text their columns last held: more of them do
    (``cell_goes_on``) than start afresh or start in a column that held nothing."""
    alone = len(below) == 1
    n = sum(
        1
        for c, words in below.items()
        if c in memory and cell_goes_on(memory[c], words, widths[c], settings, alone)
    )
    return 2 * n > len(below)


def cell_goes_on(
    above: Sequence[Word],
    below: Sequence[Word],
    width: float,
    settings: PdfSettings,
    alone: bool,
) -> bool:
    """Whether a cell's line goes on with its column's text above: that text was full
    (``soft_wrap``), does not end a label with a colon, and is set in the same weight; the
    line is not a value (a value never goes on with text) and, unless it is all its row
    line holds, does not open with a capital, as the next entry of a list of short items
    would (each of which fills the width its longest sets)."""
    return (
        not above[-1].text.endswith(":")
        and not is_value(below)
        and (alone or not below[0].text[:1].isupper())
        and is_bold(above) == is_bold(below)
        and soft_wrap(above, below, width, settings)
    )


def is_bold(words: Sequence[Word]) -> bool:
    return all(w.bold for w in words)


def values_start_row(
    above: Cells, memory: Cells, below: Cells, widths: dict[int, float], settings: PdfSettings
) -> bool:
    """Values under values in two or more columns (each under the value its column last
    held, across a wrapped line of text between): a row of a statistical table or a
    register, whatever the spacing says and whatever a narrow text column seems to do (a
    number never goes on onto the next line; a text line may only look full)."""
    return (
        sum(1 for c, ws in below.items() if c in memory and is_value(memory[c]) and is_value(ws))
        > 1
    )


def label_and_value_start_row(memory: Cells, below: Cells) -> bool:
    """A label, and a value under the value the second column last held."""
    return 0 in below and 1 in below and 1 in memory and is_value(memory[1]) and is_value(below[1])


def reference_starts_row(memory: Cells, below: Cells, n_cols: int) -> bool:
    """A reference number under a reference number in the first column, on a line with text
    in more than half the columns."""
    return (
        0 in memory
        and 0 in below
        and all(len(ws) == 1 and REFERENCE.match(ws[0].text) for ws in (memory[0], below[0]))
        and 2 * len(below) > n_cols
    )


def lines_to_row_breaks(
    lines: Sequence[Line],
    xs: Sequence[float],
    settings: PdfSettings,
    values_only: bool = False,
    drawn: bool = False,
) -> list[float]:
    """Given the lines of one band and its column bounds, return the y where new rows start.

    Spacing is read column by column, since a cell wrapping in one column overlaps the next
    row's first line in another: a gap wider than the wrap spacing in any column starts a
    row just above the line after it. Where spacing parts fewer than two rows (even spacing,
    or one gap under a header), lines start rows by their first column (``starts_row``);
    where it parts several, a tight gap still starts a row under values (``values_start_row``).
    With ``values_only`` (a band between two rules, one row unless values say otherwise),
    only values under values start rows. ``drawn``: rules set the column bounds.
    """
    if len(lines) <= 1:
        return []
    if values_only:
        return value_row_breaks(lines, xs, settings, drawn)
    columns = column_lines(lines, xs, settings.y_tolerance)
    spacing = wrap_gap(columns, settings)
    starts = []
    if spacing is not None:
        starts = [
            b.top
            for col in columns
            for a, b in zip(col, col[1:], strict=False)
            if b.top - a.bottom > spacing[1]
        ]
    size = statistics.median(ln.size for ln in lines)
    spaced = len(cluster_starts(sorted(starts), size, settings)) > 1
    judge = starts_spaced_row if spaced else starts_row
    widths = text_widths(lines, xs, drawn)
    cells = [line_cells(ln, xs) for ln in lines]
    memo = remembered(cells)
    starts += [
        lines[i + 1].top
        for i in range(len(lines) - 1)
        if (spacing is None or lines[i + 1].top - lines[i].bottom <= spacing[1])
        and judge(cells[i], memo[i], cells[i + 1], widths, settings)
    ]
    return [y - ROW_LEAD for y in cluster_starts(sorted(starts), size, settings)]


def value_row_breaks(
    lines: Sequence[Line], xs: Sequence[float], settings: PdfSettings, drawn: bool
) -> list[float]:
    """The y where values under values start rows, whatever the spacing. In a band of two
    columns, labels and one column of values, that column is all the evidence there is: a
    label beside a value under a value starts a row. In a register, a new reference number
    under the last, on a line that fills most columns, starts a row though a value is missing.
    """
    widths = text_widths(lines, xs, drawn)
    cells = [line_cells(ln, xs) for ln in lines]
    memo = remembered(cells)
    starts = [
        lines[i + 1].top
        for i in range(len(lines) - 1)
        if values_start_row(cells[i], memo[i], cells[i + 1], widths, settings)
        or (len(xs) == 3 and label_and_value_start_row(memo[i], cells[i + 1]))
        or reference_starts_row(memo[i], cells[i + 1], len(xs) - 1)
    ]
    size = statistics.median(ln.size for ln in lines)
    return [y - ROW_LEAD for y in cluster_starts(starts, size, settings)]


def cluster_starts(starts: Sequence[float], size: float, settings: PdfSettings) -> list[float]:
    """Given the tops of lines that start rows, keep one (the highest) per row."""
    out: list[float] = []
    for y in starts:
        if not out or y - out[-1] > settings.line_gap_ratio * size:
            out.append(y)
    return out


def paragraphs_open(
    lines: Sequence[Line],
    xs: Sequence[float],
    ys: Sequence[float],
    keep: frozenset[int],
    settings: PdfSettings,
) -> set[tuple[int, int]]:
    """Given lines and bounds, return (row, col) where a cell's text runs on across an
    unruled row bound into the next row: one cell merged down (an Action shown once over
    its milestones). The text goes on at line spacing (a wrapped line, or a list continuing)
    across a bound that spacing set: some other column's text leaves a row's gap there. A
    bound set only by how cells line up (a statistical table's) never opens, nor do bounds in
    ``keep`` (drawn rules)."""
    columns = column_lines(lines, xs, settings.y_tolerance)
    spacing = wrap_gap(columns, settings)
    if spacing is None:
        return set()
    crossings = [
        (c, a, b, row_of(ys, a), row_of(ys, b))
        for c, col in enumerate(columns)
        for a, b in zip(col, col[1:], strict=False)
    ]
    spaced = {rb for _, a, b, ra, rb in crossings if rb == ra + 1 and b.top - a.bottom > spacing[1]}
    widths = text_widths(lines, xs)
    return {
        (rb, c)
        for c, a, b, ra, rb in crossings
        if rb == ra + 1
        and rb in spaced
        and rb not in keep
        and b.top - a.bottom <= spacing[1]
        and goes_on(a, b, widths[c], settings)
    }


def row_of(ys: Sequence[float], line: Line) -> int:
    return bisect_right(ys, (line.top + line.bottom) / 2) - 1


def goes_on(above: Line, below: Line, width: float, settings: PdfSettings) -> bool:
    """A cell's line under another goes on with its text: a wrap, or a list continuing."""
    listed = list_marker(below.text) is not None
    return listed or soft_wrap(above.words, below.words, width, settings)
