"""From a table's grid (column and row boundaries, which boundaries are open) to its cells.

A ``Grid`` is what every table finder produces, whatever drew the table: rules, fills or
white space. ``grid_to_table`` fills it with words, merges positions across open boundaries
(rowspan/colspan) and counts the header rows.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from councilplans.extractors.geometry import Line, connected_groups, words_to_lines
from councilplans.extractors.glyphs import GLUED_BULLET, VALUE, is_marker, strip_marks
from councilplans.extractors.model import BBox, Cell, Provenance, Table, TableRole
from councilplans.extractors.page import Colour, Word, colour_distance
from councilplans.extractors.settings import PdfSettings

MIN_COLUMNS = 2  # a table has two columns at least: one is a list
# words a cell's text does not end on unless something (a page break, a row bound) cut it
JOINING = frozenset("a an and at by for from in of on or the to with".split())
# a column of labels beside one of descriptions: its cells this many times shorter
DESCRIBED = 2.0
# a cell that starts with a number: "5.2%", "18.2 per 1,000"
FIGURE = re.compile(r"^[-–(£$€]?\d")
MIN_FIGURES = 3  # a row of headline figures, or of captions, has this many cells at least
MOST = 2 / 3  # ... and this share of them are figures, or read on

# what drew a table: the finder that found it ("carried": a row carried over a page break)
GridKind = Literal["ruled", "zebra", "heatmap", "h-rules", "no-rules", "contents", "carried"]


@dataclass(frozen=True, slots=True)
class Grid:
    """Boundaries of a table. ``h_open`` holds (r, c) where no rule parts row r-1 from row r in
    column c; ``v_open`` holds (r, c) where nothing parts column c-1 from column c in row r."""

    xs: tuple[float, ...]
    ys: tuple[float, ...]
    kind: GridKind
    h_open: frozenset[tuple[int, int]] = frozenset()
    v_open: frozenset[tuple[int, int]] = frozenset()
    fills: tuple[Colour | None, ...] = ()  # the fill of each row, where rows are shaded
    ruled_rows: frozenset[int] = field(default_factory=frozenset)  # rows with a rule above

    @property
    def n_rows(self) -> int:
        return len(self.ys) - 1

    @property
    def n_cols(self) -> int:
        return len(self.xs) - 1

    @property
    def bbox(self) -> BBox:
        return BBox(self.xs[0], self.ys[0], self.xs[-1], self.ys[-1])


@dataclass(frozen=True, slots=True)
class FoundTable:
    """One page's fragment of a table, with the geometry the stitcher needs."""

    page: int
    grid: Grid
    table: Table
    row_bold: tuple[bool, ...] = ()

    @property
    def bbox(self) -> BBox:
        return self.grid.bbox


def words_to_positions(grid: Grid, words: Sequence[Word]) -> dict[tuple[int, int], list[Word]]:
    """Given a grid and words, file each word under the grid position holding its centre."""
    slots: dict[tuple[int, int], list[Word]] = {}
    for w in words:
        c = bisect_right(grid.xs, w.xmid) - 1
        r = bisect_right(grid.ys, w.ymid) - 1
        if 0 <= r < grid.n_rows and 0 <= c < grid.n_cols:
            slots.setdefault((r, c), []).append(w)
    return slots


def grid_to_spans(grid: Grid) -> list[tuple[int, int, int, int]]:
    """Given a grid, return its cells as (row, col, rowspan, colspan), merged over open bounds."""
    n_cols = grid.n_cols
    links = [
        (r * n_cols + c, (r - 1) * n_cols + c)
        for r, c in grid.h_open
        if 0 < r < grid.n_rows and 0 <= c < n_cols
    ] + [
        (r * n_cols + c, r * n_cols + c - 1)
        for r, c in grid.v_open
        if 0 <= r < grid.n_rows and 0 < c < n_cols
    ]
    spans: list[tuple[int, int, int, int]] = []
    for group in connected_groups(grid.n_rows * n_cols, links):
        spans.extend(group_to_spans([divmod(p, n_cols) for p in group]))
    return sorted(spans)


def group_to_spans(members: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """Given merged positions, return one span if they form a rectangle, else one per position."""
    r0 = min(r for r, _ in members)
    c0 = min(c for _, c in members)
    r1 = max(r for r, _ in members)
    c1 = max(c for _, c in members)
    if (r1 - r0 + 1) * (c1 - c0 + 1) == len(members):
        return [(r0, c0, r1 - r0 + 1, c1 - c0 + 1)]
    return [(r, c, 1, 1) for r, c in members]


def cell_text(
    lines: Sequence[Line],
    settings: PdfSettings,
    right: float | None = None,
    context: Sequence[Word] = (),
) -> str:
    """Given the lines of one cell (and the right limit of its text inside the padding, and
    the words of the page around it), return its text line by line, bullets followed by a
    space."""
    pairs = zip(lines, lines[1:], strict=False)
    glued = [
        cut_number(a, b) or (right is not None and cut_word(a, b, right, settings, context))
        for a, b in pairs
    ]
    text = join_lines([line.text for line in lines], glued)
    return GLUED_BULLET.sub(r"\1 ", text).strip()


def printed_inside_a_line(piece: str, words: Sequence[Word], settings: PdfSettings) -> bool:
    """Given a piece of text and a page's words, say whether the page prints it as a word of
    its own right after another word, a space apart (not across a gap between columns)."""
    hits = [w for w in words if w.text.lower().strip(".,;:()") == piece]
    return any(
        abs(w.top - h.top) < settings.same_line_ratio * h.size
        and 0 <= h.x0 - w.x1 < settings.inline_space_ratio * h.size
        for h in hits
        for w in words
    )


def column_padding(grid: Grid, slots: dict[tuple[int, int], list[Word]]) -> list[float]:
    """Given a grid and its words, return each column's padding: the least space between its
    left edge and a line of text in it (a left-aligned cell shows it; centred cells do not)."""
    pads = [float("inf")] * grid.n_cols
    for (_, c), ws in slots.items():
        for w in ws:
            pads[c] = min(pads[c], max(0.0, w.x0 - grid.xs[c]))
    return [p if p != float("inf") else 0.0 for p in pads]


# Lower-case English words of up to three letters: a line starting with one of these after a
# line that fills its cell is an ordinary wrap (a column fitted to its longest word), not the
# rest of a cut word.
SHORT_WORDS = frozenset(
    "a am an and any are as at be but by can did do for go had has he her him his how i if in "
    "is it its may me my new no nor not now of off old on one or our out own per see she so "
    "than that the to too two up us use via was way we who why yet you".split()
)


def cut_word(
    line: Line, after: Line, right: float, settings: PdfSettings, context: Sequence[Word] = ()
) -> bool:
    """Given two lines of a cell, where its text must end on the right and the words of the
    page, say whether the first line is one word cut where the cell ran out of width
    ("Responsibl" / "e officer"): Word and LibreOffice break a word too long for a narrow
    column. The line is a single word ending within one letter of the limit, and the next
    line starts with a short lower-case piece that is no word of its own: not a common short
    word, and not one the page prints elsewhere inside a line ("Synthèse" / "des")."""
    text = line.text.strip()
    piece = after.text.strip().split(" ")[0].rstrip(".,;:")
    if not (text.isalpha() and len(text) >= settings.min_cut_word):
        return False
    if not (piece.isalpha() and piece.islower() and len(piece) <= settings.max_cut_piece):
        return False
    if piece in SHORT_WORDS:
        return False
    first = after.words[0]
    letter = (first.x1 - first.x0) / max(1, len(first.text))
    reaches = -1 < right - line.x1 < letter + HALF_POINT
    return reaches and not printed_inside_a_line(piece, context, settings)


HALF_POINT = 0.5  # rounding of glyph boxes, the same in every writer: not a setting

# a number a narrow column cut: a thousands group short of its three digits ("11,75" / "5"),
# or a sign that is never a value of its own ("351" / "%")
CUT_GROUP = re.compile(r"(?:^|\s)[-(£$€]?\d{1,3}(?:,\d{3})*,\d{1,2}$")
GROUP_REST = re.compile(r"^\d{1,2}\b")
UNIT_ALONE = re.compile(r"^%\)?(?:\s|$)")


def cut_number(line: Line, after: Line) -> bool:
    """Given two lines of a cell, say whether the break cut a number: the first ends in a
    thousands group short of its digits and the next supplies them, or the next starts
    with a per cent sign standing alone, after a number."""
    text, rest = line.text.strip(), after.text.strip()
    digits = GROUP_REST.match(rest)
    if CUT_GROUP.search(text) and digits:
        return len(text.rsplit(",", 1)[1]) + len(digits.group()) == 3
    return bool(text[-1:].isdigit() and UNIT_ALONE.match(rest))


def join_lines(lines: Sequence[str], glued: Sequence[bool] = ()) -> str:
    """Given wrapped lines, join them with spaces; a line broken after a hyphen inside a word
    ("Stathers-" / "Tracey"), after a slash (a wrapped URL) or inside a word (``glued[i]`` says
    line i+1 goes on with line i's word) joins without one."""
    text = ""
    for i, line in enumerate(lines):
        line = line.strip()
        cut = 0 < i <= len(glued) and glued[i - 1]
        joins = cut or (HYPHEN_BREAK.search(text) and line[:1].isalnum())
        if text and not joins:
            text += " "
        text += line
    return text


# "Stathers-" / "Tracey"; a range "2007–" / "08"; a wrapped address ("http://.../Strategies/" /
# "Secondary"), but not a slash between two words ("independence/" / "independent living")
HYPHEN_BREAK = re.compile(r"[A-Za-z0-9]-$|\d–$|(?:://|www\.|/[^\s/]+/)\S*/$")


def row_is_bold(words_by_row: Sequence[Sequence[Word]]) -> list[bool]:
    """Given the words of each row, say which rows have text that is all bold."""
    return [bool(ws) and all(w.bold for w in ws if strip_marks(w.text)) for ws in words_by_row]


def count_header_rows(
    bold: Sequence[bool], fills: Sequence[Colour | None], n_rows: int, settings: PdfSettings
) -> int:
    """Given which rows are bold and each row's fill, count the header rows at the top."""
    n = 0
    while n < min(settings.max_header_rows, n_rows - 1) and bold[n]:
        n += 1
    if n == 0 and len(fills) == n_rows > 1 and fills[0] is not None:
        body = [f for f in fills[1:] if f is not None]
        if all(colour_distance(fills[0], f) > settings.header_fill_contrast for f in body):
            n = 1
    return n


def typed_header_rows(cells: Sequence[Cell], n_rows: int, most: int) -> int:
    """Given a fragment's cells, count the rows at its top that label columns of numbers:
    words, and no value, over columns whose cells below hold values (``VALUE``). A header
    set in plain type, with no fill and no rule of its own, is told by what it holds."""
    texts = [(c, c.text.strip()) for c in cells if c.text.strip()]
    n = 0
    while n < min(most, n_rows - 2):
        row = [(c, t) for c, t in texts if c.row == n]
        if not row or any(VALUE.match(t) for _, t in row):
            break
        below = [(c.col, t) for c, t in texts if c.row > n and c.colspan == 1]
        if not any(
            values_column(below, col) for c, _ in row for col in range(c.col, c.col + c.colspan)
        ):
            break
        n += 1
    return n


def values_column(cells: Sequence[tuple[int, str]], col: int) -> bool:
    """Whether a column's texts (given as (column, text) pairs) are mostly values, two or more."""
    texts = [t for c, t in cells if c == col]
    values = sum(1 for t in texts if VALUE.match(t))
    return values >= 2 and 3 * values >= 2 * len(texts)


def header_down_spans(
    header: int, spans: Sequence[tuple[int, int, int, int]], bold: Sequence[bool], most: int
) -> int:
    """Given the header rows counted, the cells' spans and which rows are bold, return the
    header rows with every row a header cell runs down into ("Progress Assessment" over
    "Quarter one | two ..."), at most ``most``. A table can be all header (an empty template)
    only when every row is bold."""
    n, n_rows = header, len(bold)
    while n:
        deeper = min(max((r + rs for r, _, rs, _ in spans if r < n), default=n), most)
        if deeper == n_rows and not all(bold):
            deeper = n_rows - 1
        if deeper <= n:
            return n
        n = deeper
    return n


def close_tagged_bounds(grid: Grid, slots: dict[tuple[int, int], list[Word]]) -> Grid:
    """Given a grid and its words, close every open bound whose two sides hold text of two
    different tagged cells (a tagged PDF's TD/TH elements): the tags say they are two cells
    even where the page draws no rule between them."""

    def cells_of(pos: tuple[int, int]) -> set[int]:
        return {w.cell for w in slots.get(pos, ()) if w.cell is not None}

    def apart(a: tuple[int, int], b: tuple[int, int]) -> bool:
        ca, cb = cells_of(a), cells_of(b)
        return bool(ca and cb) and not ca & cb

    v_open = frozenset(p for p in grid.v_open if not apart((p[0], p[1] - 1), p))
    h_open = frozenset(p for p in grid.h_open if not apart((p[0] - 1, p[1]), p))
    if v_open == grid.v_open and h_open == grid.h_open:
        return grid
    return replace(grid, v_open=v_open, h_open=h_open)


def grid_to_table(
    grid: Grid,
    words: Sequence[Word],
    page: int,
    settings: PdfSettings,
    role: TableRole = "data",
    page_words: Sequence[Word] = (),
) -> FoundTable:
    """Given a grid and the words inside it (and all the page's words, to tell a word cut by
    a narrow column from a whole word: see ``cut_word``), return the filled table fragment
    for one page."""
    slots = words_to_positions(grid, words)
    grid = close_tagged_bounds(grid, slots)
    pads = column_padding(grid, slots)
    cells: list[Cell] = []
    rows_words: list[list[Word]] = [[] for _ in range(grid.n_rows)]
    spans = grid_to_spans(grid)
    for r, c, rs, cs in spans:
        ws = [
            w for rr in range(r, r + rs) for cc in range(c, c + cs) for w in slots.get((rr, cc), ())
        ]
        rows_words[r].extend(ws)
        right = grid.xs[c + cs] - pads[c + cs - 1]
        lines = words_to_lines(ws, settings.y_tolerance)
        cells.append(Cell(cell_text(lines, settings, right, page_words or words), r, c, rs, cs))
    bold = row_is_bold(rows_words)
    header = count_header_rows(bold, grid.fills, grid.n_rows, settings) if role == "data" else 0
    if role == "data" and not header:
        header = typed_header_rows(cells, grid.n_rows, settings.max_header_rows)
    table = Table(
        cells=tuple(cells),
        n_rows=grid.n_rows,
        n_cols=grid.n_cols,
        header_rows=header_down_spans(header, spans, bold, settings.max_header_rows),
        prov=(Provenance(page, grid.bbox),),
        role=role,
        row_pages=(page,) * grid.n_rows,
    )
    return FoundTable(page, grid, table, tuple(bold))


def is_plausible(found: FoundTable, page_width: float, settings: PdfSettings) -> bool:
    """Given a table fragment found without full rules, say whether it is really a table.

    Rejects: fewer than two rows or columns, a list (a column of bullets or numbers beside
    text), two columns of running prose (a two-column page), items set in two columns
    (``items_in_two_columns``), cards side by side (``side_by_side_cards``), figures
    over their captions (``figures_with_captions``), captions cut off from their figures
    (``starts_mid_text``), scattered text whose words straddle
    the columns more often than they sit in them, and a grid that stays mostly empty (a
    chart's gridlines with a few value labels between them).
    """
    t = found.table
    grid = t.grid()
    if t.n_rows < settings.min_table_rows or t.n_cols < MIN_COLUMNS:
        return False
    if not is_plausible_lattice(found, settings):
        return False
    full_rows = sum(1 for row in grid if sum(1 for x in row if x) > 1)
    unruled = found.grid.kind == "no-rules"
    if full_rows < (settings.min_unruled_full_rows if unruled else settings.min_full_rows):
        return False
    firsts = [row[0].strip() for row in grid if row[0].strip()]
    if t.n_cols == MIN_COLUMNS and (
        all(is_marker(f) for f in firsts) or (len(set(firsts)) == 1 and len(firsts[0]) == 1)
    ):
        return False  # a list: bullets, or one symbol-font glyph mapped to a letter, a line
    if unruled and looks_like_prose_columns(found, page_width, settings):
        return False
    if unruled and t.n_cols == MIN_COLUMNS and runs_on_right(t):
        return False
    if unruled and (
        items_in_two_columns(t)
        or side_by_side_cards(t)
        or figures_with_captions(t)
        or starts_mid_text(t)
    ):
        return False
    spanning = sum(1 for c in t.cells if c.colspan > 1)
    return spanning <= max(1, settings.max_spanning_share * len(t.cells))


def cut_mid_sentence(upper: str, lower: str) -> bool:
    """Whether a cell's text breaks off mid-sentence and goes on in the cell below: it ends
    on a joining word ("of", "and", "to"...), a comma or a hyphen, and the next starts in
    lower case."""
    upper, lower = upper.strip(), lower.strip()
    return bool(upper and lower[:1].islower()) and (
        upper.split()[-1].lower() in JOINING or upper.endswith((",", "-", "–"))
    )


def rows_run_on(table: Table) -> str | None:
    """Given a table, say why its rows may not be the table's, or None: at more than a third
    of its row breaks, some column's text is cut mid-sentence (``cut_mid_sentence``), as
    when wrapped cells set in boxes (an infographic, a board of sticky notes) are read one
    line a row. Each row of a table holds an entry of its own."""
    grid = table.grid()
    runs = sum(
        1
        for upper, lower in zip(grid, grid[1:], strict=False)
        if any(cut_mid_sentence(a, b) for a, b in zip(upper, lower, strict=True))
    )
    if len(grid) < 3 or 3 * runs <= len(grid) - 1:
        return None
    return (
        f"page {table.pages[0]}: a table's text runs on from row to row ({runs} of "
        f"{len(grid) - 1} row breaks cut a sentence); its rows may not be the table's"
    )


def items_in_two_columns(table: Table) -> bool:
    """Given an unruled fragment, say whether it is items set in two columns (names of the
    people present, two columns of a bulleted list) rather than a table of two: no header,
    no label column (labels ending in a colon, or short beside descriptions at least
    ``DESCRIBED`` times as long) and no column of values."""
    if table.n_cols != MIN_COLUMNS or table.header_rows:
        return False
    anchors = [c for c in table.cells if c.text.strip()]
    firsts = [c.text.strip() for c in anchors if c.col == 0]
    labelled = sum(1 for t in firsts if t.endswith(":")) * 2 >= len(firsts) or (
        words_per_cell(table, 1) >= DESCRIBED * words_per_cell(table, 0)
    )
    values = any(
        sum(1 for c in anchors if c.col == col and VALUE.match(c.text.strip())) * 2
        >= sum(1 for c in anchors if c.col == col)
        for col in range(MIN_COLUMNS)
    )
    return not labelled and not values


def side_by_side_cards(table: Table) -> bool:
    """Given an unruled fragment, say whether it is blocks of the same form set side by side
    (two contact cards: "Telephone number" over a number in each), not columns of a table:
    two rows or more whose cells all hold one and the same label, no value."""
    repeated = [
        row
        for row in table.grid()
        if row[0].strip() and not VALUE.match(row[0].strip()) and len(set(row)) == 1
    ]
    return len({row[0] for row in repeated}) >= MIN_COLUMNS


def figures_with_captions(table: Table) -> bool:
    """Given an unruled fragment, say whether it is headline figures set over their captions
    (an infographic: "5.2%" over "of all sessions absent"), not a table: a row of three
    figures or more (cells starting with a number), two thirds of its cells at least,
    under two thirds of which the next row reads on in lower case."""
    grid = table.grid()
    for row, below in zip(grid, grid[1:], strict=False):
        cols = [c for c, text in enumerate(row) if FIGURE.match(text.strip())]
        filled = sum(1 for text in row if text.strip())
        if len(cols) < MIN_FIGURES or len(cols) < MOST * filled:
            continue
        reads_on = sum(1 for c in cols if below[c].strip()[:1].islower())
        if reads_on >= MOST * len(cols):
            return True
    return False


def starts_mid_text(table: Table) -> bool:
    """Given an unruled fragment, say whether its first row reads on from text above it:
    two thirds or more of its cells, three at least, start in lower case. A table's first
    row is its header or its first entry; captions cut off from their figures are not."""
    starts = [text.strip()[:1] for text in table.grid()[0] if text.strip()]
    lower = sum(1 for ch in starts if ch.islower())
    return len(starts) >= MIN_FIGURES and lower >= MOST * len(starts)


def is_plausible_lattice(found: FoundTable, settings: PdfSettings) -> bool:
    """Given a fragment inside crossing rules, say whether it is a table: not a stack of
    boxes, every text in a cell across the whole width (a form's questions and answers),
    and not a grid that stays mostly empty (``is_mostly_empty``). A questionnaire whose
    answer columns are left empty is a table."""
    t = found.table
    boxes = all(c.colspan == t.n_cols for c in t.cells if c.text)
    return not boxes and not is_mostly_empty(found, settings)


def is_mostly_empty(found: FoundTable, settings: PdfSettings) -> bool:
    """Given a fragment, say whether its grid stays mostly empty, as a chart's gridlines,
    axes and outlined bars leave it, their few labels scattered over it: text in fewer than
    half its rows (unless a label stands over every column and some row under them is
    filled in: a template's rows left to fill) or in fewer than a tenth of its positions."""
    grid = found.table.anchor_grid()
    filled = [[c is not None and bool(c.text) for c in row] for row in grid]
    rows = sum(1 for row in filled if any(row))
    positions = sum(sum(row) for row in filled)
    headed = len(filled[0]) >= MIN_COLUMNS and all(filled[0]) and rows > 1
    return not (
        rows > 0
        and (headed or rows >= settings.min_text_rows_share * len(grid))
        and positions >= settings.min_text_cells_share * len(grid) * len(grid[0])
    )


def looks_like_prose_columns(found: FoundTable, page_width: float, settings: PdfSettings) -> bool:
    """Given an unruled fragment, say whether it is two columns of running text, not a table:
    two wide columns, both of long cells (a column of short labels beside descriptions is a
    table). Text running on in the right column, however wide, is ``runs_on_right``."""
    t = found.table
    if t.n_cols != MIN_COLUMNS:
        return False
    xs = found.grid.xs
    widths = [xs[1] - xs[0], xs[2] - xs[1]]
    total = xs[2] - xs[0]
    wide = all(w > settings.prose_column_share * total for w in widths) and (
        total > settings.prose_width_share * page_width
    )
    return wide and all(
        words_per_cell(t, col) > settings.prose_words_per_cell for col in range(MIN_COLUMNS)
    )


def runs_on_right(table: Table) -> bool:
    """Whether a third or more of a two-column fragment's right-hand cells start in lower
    case: text running on, cut into rows by the left column's lines."""
    starts = [c.text.strip()[:1] for c in table.cells if c.col == 1 and c.text.strip()]
    return 3 * sum(1 for ch in starts if ch.islower()) >= len(starts) > 0


def words_per_cell(table: Table, col: int) -> float:
    """The mean number of words in a column's cells that hold text."""
    words = [len(c.text.split()) for c in table.cells if c.col == col and c.text.strip()]
    return sum(words) / max(1, len(words))


def is_lone_row(found: FoundTable) -> bool:
    """Given a fragment, say whether it is one row of cells, two or more holding text, found
    from fills or rules or carried over a page break: the last row of a table carried over
    onto a new page, a table's header left alone at the foot of a page, or a row of coloured
    boxes that is no table at all. Only the neighbouring pages can tell which (stitch.py)."""
    t = found.table
    return (
        found.grid.kind in ("heatmap", "carried", "ruled", "h-rules")
        and t.n_rows == 1
        and sum(1 for c in t.cells if c.text.strip()) > 1
    )
