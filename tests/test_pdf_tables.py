"""Table finding on hand-made page models and on tables drawn at random with reportlab."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from councilplans.extractors.geometry import Line, words_to_lines
from councilplans.extractors.model import Cell, Provenance, Table
from councilplans.extractors.page import Edge, PageModel, Rect, Word
from councilplans.extractors.pdf import read_pdf
from councilplans.extractors.settings import PdfSettings
from councilplans.extractors.tables import find_tables, rules_to_lattices
from councilplans.extractors.tables.grid import cell_text, join_lines, rows_run_on

sys.path.insert(0, str(Path(__file__).parent))
from tablegen import make_case  # noqa: E402


def word(text: str, x0: float, top: float, bold: bool = False) -> Word:
    return Word(text, x0, top, x0 + 5.5 * len(text), top + 10, "Helvetica", 10, bold)


def ruled_page(merge_down: bool = False) -> PageModel:
    xs, ys = [50, 150, 250, 350], [100, 120, 140, 160]
    edges = [Edge("v", x, 100, x, 160) for x in xs]
    for y in ys:
        start = 150 if merge_down and y == 140 else 50
        edges.append(Edge("h", start, y, 350, y))
    words = [
        word("Action", 55, 105, True),
        word("Step", 155, 105, True),
        word("Date", 255, 105, True),
    ]
    words += [word("Plan", 55, 125), word("One", 155, 125), word("May", 255, 125)]
    words += [word("Two", 155, 145), word("June", 255, 145)]
    if not merge_down:
        words.append(word("Act", 55, 145))
    return PageModel(1, 600, 800, tuple(words), tuple(edges))


def test_ruled_grid_and_header():
    (t,) = find_tables(ruled_page())
    assert t.table.grid() == [
        ["Action", "Step", "Date"],
        ["Plan", "One", "May"],
        ["Act", "Two", "June"],
    ]
    assert t.table.header_rows == 1


def test_missing_rule_is_a_rowspan():
    (t,) = find_tables(ruled_page(merge_down=True))
    assert t.table.spans() == [[1, 0, 2, 1]]
    assert t.table.grid()[2] == ["", "Two", "June"]


def test_word_cut_by_a_narrow_cell_is_joined_and_a_wrap_is_not():
    """Word and LibreOffice cut a word too long for its column ("Responsibl" / "e officer"); a
    column fitted to its longest word wraps whole words ("Completion" / "date", "Accountable" /
    "tbc") that also reach the far side. Words are 5.5 pt a letter, cells padded 5 pt."""
    xs, ys = [50, 120, 190, 260], [100, 130, 160]
    edges = [Edge("v", x, 100, x, 160) for x in xs] + [Edge("h", 50, y, 260, y) for y in ys]
    words = [
        word("Responsibl", 55, 104, True),
        word("e", 55, 116, True),
        word("officer", 66, 116, True),
        word("Completion", 125, 104, True),
        word("date", 125, 116, True),
        word("Plan", 195, 104, True),
        word("and", 195, 116, True),
        word("Improvement", 55, 134),
        word("of", 55, 146),
        word("Effectivene", 125, 134),
        word("ss", 125, 146),
        word("Accountable", 195, 134),
        word("tbc", 195, 146),
        # below the table the page prints "tbc" as a word of its own
        word("Owner", 55, 200),
        word("is", 86, 200),
        word("tbc", 100, 200),
    ]
    (t,) = find_tables(PageModel(1, 600, 800, tuple(words), tuple(edges)))
    assert t.table.grid() == [
        ["Responsible officer", "Completion date", "Plan and"],
        ["Improvement of", "Effectiveness", "Accountable tbc"],
    ]


def test_a_line_broken_after_a_slash_keeps_its_space_unless_it_is_an_address():
    assert join_lines(["levels of independence/", "independent living"]) == (
        "levels of independence/ independent living"
    )
    assert join_lines(["see http://www.stoke.gov.uk/Schools/", "Admissions/"]) == (
        "see http://www.stoke.gov.uk/Schools/Admissions/"
    )
    assert join_lines(["Ali Stathers-", "Tracey"]) == "Ali Stathers-Tracey"
    assert join_lines(["2007–", "08"]) == "2007–08"
    assert join_lines(["Pages 4 –", "Summary"]) == "Pages 4 – Summary"


def line_of(text: str, top: float) -> Line:
    (ln,) = words_to_lines([word(t, 10 + 30 * i, top) for i, t in enumerate(text.split())], 3)
    return ln


def test_a_number_cut_by_a_narrow_column_is_one_number():
    """A column too narrow for "11,755" prints "11,75" over "5", and "351%" as "351" over
    "%": the cell holds one number. Two whole values, one above the other, stay two."""
    cut = [("11,75", "5", "11,755"), ("10,15", "3", "10,153"), ("351", "%", "351%")]
    for upper, lower, whole in cut:
        assert cell_text([line_of(upper, 100), line_of(lower, 112)], PdfSettings()) == whole
    for upper, lower in [("1,046", "955"), ("12,5", "1234"), ("Total", "%")]:
        text = cell_text([line_of(upper, 100), line_of(lower, 112)], PdfSettings())
        assert text == f"{upper} {lower}"


def two_level_header(data_rows: int) -> PageModel:
    """A ruled table whose bold header cell "Action" runs down beside "Progress", which is
    split below into plain "Q1" and "Q2"; then ``data_rows`` plain rows."""
    bottom = 140 + 20 * data_rows
    edges = [
        Edge("v", 50, 100, 50, bottom),
        Edge("v", 150, 100, 150, bottom),
        Edge("v", 250, 120, 250, bottom),
        Edge("v", 350, 100, 350, bottom),
        Edge("h", 50, 100, 350, 100),
        Edge("h", 150, 120, 350, 120),
    ]
    edges += [Edge("h", 50, 140 + 20 * i, 350, 140 + 20 * i) for i in range(data_rows + 1)]
    words = [
        word("Action", 55, 105, True),
        word("Progress", 155, 105, True),
        word("Q1", 155, 125),
        word("Q2", 255, 125),
    ]
    for i in range(data_rows):
        words += [
            word(f"Act{i}", 55, 145 + 20 * i),
            word("Done", 155, 145 + 20 * i),
            word("Late", 255, 145 + 20 * i),
        ]
    return PageModel(1, 600, 800, tuple(words), tuple(edges))


def test_header_takes_the_rows_its_cells_run_down_into():
    (t,) = find_tables(two_level_header(data_rows=2))
    assert t.table.spans() == [[0, 0, 2, 1], [0, 1, 1, 2]]
    assert t.table.header_rows == 2
    assert t.table.grid()[2] == ["Act0", "Done", "Late"]
    # with no data rows, the plain "Q1 | Q2" row is not taken for a header: only an all-bold
    # table is all header
    (t,) = find_tables(two_level_header(data_rows=0))
    assert t.table.header_rows == 1


def test_lattice_needs_crossings():
    hs = [Edge("h", 0, 10, 100, 10), Edge("h", 0, 50, 100, 50)]
    vs = [Edge("v", 0, 10, 0, 50), Edge("v", 100, 10, 100, 50), Edge("v", 300, 10, 300, 50)]
    (group,) = rules_to_lattices(hs + vs, 3)
    assert len(group[1]) == 2


def test_bullet_list_is_not_a_table():
    words = []
    for i in range(5):
        words += [
            word("•", 60, 100 + 14 * i),
            word("Improve", 80, 100 + 14 * i),
            word("things", 122, 100 + 14 * i),
        ]
    assert find_tables(PageModel(1, 600, 800, tuple(words))) == []


def test_heatmap_cells_from_fills():
    rects, words = [], []
    for r in range(3):
        for c in range(3):
            x, y = 100 + c * 60, 100 + r * 22
            rects.append(Rect(x + 1, y + 1, x + 59, y + 21, (0.9, 0.5 + 0.1 * c, 0.4)))
            words.append(word(f"v{r}{c}", x + 5, y + 6))
    (t,) = find_tables(PageModel(1, 600, 800, tuple(words), (), tuple(rects)))
    assert t.table.grid() == [[f"v{r}{c}" for c in range(3)] for r in range(3)]


def norm(text: str) -> str:
    return " ".join(text.split())


def cell_accuracy(case, tables) -> float:
    best = 0.0
    for t in tables:
        grid = t.grid()
        ok = sum(
            1
            for r, row in enumerate(case.rows)
            for c, v in enumerate(row)
            if r < len(grid) and c < len(grid[r]) and norm(grid[r][c]) == norm(v)
        )
        best = max(best, ok / sum(len(row) for row in case.rows))
    return best


# An h-rules table whose merged-down first column runs over a page break with no repeated
# header: the continuation's partial rules are read as a separate table. Known, not yet fixed.
KNOWN_STITCH_FAILURES: set[tuple[str, int]] = set()


# Mean cell accuracy over the 12 generated tables of each style, within a point of what is
# measured (2026-12-02: h-rules 98.1 %, the others 100 %); every multi-page table stitched.
STYLE_FLOORS = {"ruled": 0.99, "h-rules": 0.975, "no-rules": 0.99, "zebra": 0.99, "heatmap": 0.99}


@pytest.mark.parametrize("style", sorted(STYLE_FLOORS))
def test_generated_tables(tmp_path, style):
    scores, stitched, multi = [], 0, 0
    for seed in range(12):
        path = tmp_path / f"{style}-{seed}.pdf"
        case = make_case(seed, str(path), style=style)
        doc = read_pdf(path, sha256="x")
        scores.append(cell_accuracy(case, doc.tables))
        if case.pages > 1 and (style, seed) not in KNOWN_STITCH_FAILURES:
            multi += 1
            stitched += len(doc.tables) == 1
    assert sum(scores) / len(scores) >= STYLE_FLOORS[style], scores
    assert stitched == multi, (stitched, multi)


def test_hrules_merged_cell_over_break(tmp_path):
    """A row of an h-rules table cut by the break: its rest heading the next page wraps in
    every column at once, so it is one carried row, not a table of its own; the table is
    one."""
    path = tmp_path / "h9.pdf"
    make_case(9, str(path), style="h-rules")
    assert len(read_pdf(path, sha256="x").tables) == 1


def table_of(rows: list[list[str]]) -> Table:
    cells = tuple(Cell(text, r, c) for r, row in enumerate(rows) for c, text in enumerate(row))
    return Table(cells, len(rows), len(rows[0]), prov=(Provenance(3),), row_pages=(3,) * len(rows))


def test_a_table_whose_text_runs_on_from_row_to_row_is_reported():
    """Boxes of wrapped text read one line a row: sentences cut at most row breaks."""
    notes = table_of(
        [
            ["Child voice", "Technology"],
            ["I need to know that the", "I need systems to be seen as"],
            ["child is at the centre of", "enablers for practice and"],
            ["our practice.", "not a barrier."],
        ]
    )
    assert rows_run_on(notes) == (
        "page 3: a table's text runs on from row to row (2 of 3 row breaks cut a sentence);"
        " its rows may not be the table's"
    )


def test_lower_case_entries_row_after_row_are_not_text_running_on():
    statuses = table_of(
        [
            ["Action", "Status"],
            ["Open two family hubs", "in progress"],
            ["Train safeguarding leads", "complete"],
            ["Review the offer", "not started"],
        ]
    )
    assert rows_run_on(statuses) is None
