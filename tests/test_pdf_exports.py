"""Tables as office exports draw them, and pages that hold no table at all.

Every fixture is drawn here with reportlab and its truth written from what was drawn: the
cell texts laid out, or the fact that a page holds narrative, a list, a chart or a contents
list. Office exports draw cells as fills with white gaps (Excel, PowerPoint), shade a Word
cell one text line at a time, fill cells with gradients of thin strips and move a slide
table's columns a little from page to page: none of these adds rows or columns or splits a
table. Text the page does not show (clipped, white on white, off the page) is in no cell.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from councilplans.extractors.model import Document, Table
from councilplans.extractors.pdf import read_pdf
from councilplans.normalise import normalise
from councilplans.normalise.classify import looks_like_contents

sys.path.insert(0, str(Path(__file__).parent))
from tablegen import BANDS, EXPORT_STYLES, make_case, make_slides  # noqa: E402

WIDTH, HEIGHT = A4
PROSE = (
    "The Children and Young People's Plan sets out how the council and its partners will "
    "work together over the next four years to improve outcomes for every child in the city. "
    "It was shaped by what children, young people and their families told us during a long "
    "consultation, and by what the data tells us about where we most need to improve. "
    "We will review progress every quarter and publish an annual report so that residents "
    "can see what has changed and where we still have more to do."
)


def norm_grid(rows: list[list[str]]) -> list[list[str]]:
    return [[" ".join(c.split()) for c in row] for row in rows]


def data_tables(doc: Document) -> list[Table]:
    return [t for t in doc.top_tables if t.role == "data"]


def paragraph(c: Canvas, text: str, x: float, y: float, width: float, size: float = 10) -> float:
    """Draw wrapped text with its first baseline at y; return the baseline below its end."""
    c.setFont("Helvetica", size)
    for line in simpleSplit(text, "Helvetica", size, width):
        c.drawString(x, y, line)
        y -= size * 1.25
    return y - size * 0.8


# -- office exports: fills, line shading, gradients, slides ------------------------------


SEEDS = [(seed, None) for seed in range(8)] + [(seed, 28) for seed in (20, 21, 22)]


@pytest.mark.parametrize(("seed", "n_rows"), SEEDS, ids=[f"{s}-{n or 'short'}" for s, n in SEEDS])
@pytest.mark.parametrize("style", EXPORT_STYLES)
def test_export_styles_give_the_drawn_grid(tmp_path, style, seed, n_rows):
    path = tmp_path / f"{style}-{seed}.pdf"
    case = make_case(seed, str(path), style=style, n_rows=n_rows)
    assert n_rows is None or case.pages > 1
    doc = read_pdf(path, sha256="x")
    assert len(doc.top_tables) == 1, [t.grid() for t in doc.top_tables]
    (table,) = doc.top_tables
    assert norm_grid(table.grid()) == norm_grid(case.rows)
    assert table.header_rows == 1


@pytest.mark.parametrize("seed", range(6))
def test_slides_with_moving_columns_are_one_table(tmp_path, seed):
    path = tmp_path / f"slides-{seed}.pdf"
    case = make_slides(seed, str(path))
    assert case.pages >= 2
    doc = read_pdf(path, sha256="x")
    assert len(doc.top_tables) == 1, [t.grid() for t in doc.top_tables]
    (table,) = doc.top_tables
    assert table.pages == list(range(1, case.pages + 1))
    assert norm_grid(table.grid()) == norm_grid(case.rows)


SMALL = [
    ["Measure", "Baseline", "Target"],
    ["Attendance rate", "94.1%", "95%"],
    ["Persistent absence", "11%", "9%"],
    ["Exclusions", "42", "30"],
    ["NEET young people", "6.2%", "5%"],
]


def test_shaded_header_over_plain_rows(tmp_path):
    """Only the header row is shaded, cell by cell; the body is plain text."""
    path = tmp_path / "header.pdf"
    c = Canvas(str(path), pagesize=A4)
    xs = [60, 200, 330, 460]
    y = HEIGHT - 120
    for r, row in enumerate(SMALL):
        if r == 0:
            c.setFillColorRGB(0.27, 0.45, 0.77)
            for a, b in zip(xs, xs[1:], strict=False):
                c.rect(a, y - 6, b - a, 20, stroke=0, fill=1)
        c.setFillColorRGB(*((1, 1, 1) if r == 0 else (0, 0, 0)))
        c.setFont("Helvetica-Bold" if r == 0 else "Helvetica", 10)
        for k, text in enumerate(row):
            c.drawString(xs[k] + 5, y, text)
        y -= 22
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert norm_grid(table.grid()) == SMALL
    assert table.header_rows == 1


def test_touching_cells_of_one_colour_in_tight_rows(tmp_path):
    """A spreadsheet with every body cell filled alike and no gaps: 15pt rows of 11pt text,
    so the white space between two rows' text is no wider than between wrapped lines."""
    path = tmp_path / "tight.pdf"
    c = Canvas(str(path), pagesize=A4)
    xs = [60, 200, 290, 380]
    rows = [*SMALL, ["Obesity in Year 6", "19.8%", "18%"]]
    y = HEIGHT - 120
    for r, row in enumerate(rows):
        c.setFillColorRGB(*((0.27, 0.45, 0.77) if r == 0 else (0.9, 0.95, 0.9)))
        for a, b in zip(xs, xs[1:], strict=False):
            c.rect(a, y, b - a, 15, stroke=0, fill=1)
        c.setFillColorRGB(*((1, 1, 1) if r == 0 else (0, 0, 0)))
        c.setFont("Helvetica-Bold" if r == 0 else "Helvetica", 11)
        for k, text in enumerate(row):
            c.drawString(xs[k] + 3, y + 3.5, text)
        y -= 15
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert norm_grid(table.grid()) == rows
    assert table.spans() == []


def test_slide_table_with_white_borders_over_row_fills(tmp_path):
    """PowerPoint's default table style: a fill per row, white lines between the cells."""
    path = tmp_path / "white-borders.pdf"
    width, height = landscape(A4)
    c = Canvas(str(path), pagesize=(width, height))
    xs = [60, 220, 380, 540]
    ys = [height - 80 - 26 * i for i in range(len(SMALL) + 1)]
    for r in range(len(SMALL)):
        c.setFillColorRGB(*((0.27, 0.45, 0.77) if r == 0 else BANDS[r % 2]))
        c.rect(xs[0], ys[r + 1], xs[-1] - xs[0], 26, stroke=0, fill=1)
    c.setStrokeColorRGB(1, 1, 1)
    for x in xs[1:-1]:
        c.line(x, ys[0], x, ys[-1])
    for y in ys[1:-1]:
        c.line(xs[0], y, xs[-1], y)
    for r, row in enumerate(SMALL):
        c.setFillColorRGB(*((1, 1, 1) if r == 0 else (0, 0, 0)))
        c.setFont("Helvetica-Bold" if r == 0 else "Helvetica", 11)
        for k, text in enumerate(row):
            c.drawString(xs[k] + 6, ys[r] - 17, text)
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert norm_grid(table.grid()) == SMALL


# -- pages with no table -----------------------------------------------------------------


def chart_drawing(kind: str) -> Drawing:
    """A chart as report tools draw it: value gridlines, axis labels, a title, a legend of
    colour swatches; bars (upright or across) with value labels, or lines."""
    d = Drawing(440, 250)
    data = [(62, 58, 71, 66, 74), (55, 61, 64, 70, 69)]
    years = ["2015/16", "2016/17", "2017/18", "2018/19", "2019/20"]
    blue, orange = colors.HexColor("#4472C4"), colors.HexColor("#ED7D31")
    chart = {"bars": VerticalBarChart, "across": HorizontalBarChart, "lines": HorizontalLineChart}[
        kind
    ]()
    chart.x, chart.y, chart.width, chart.height = 50, 50, 300, 160
    chart.data = data
    chart.categoryAxis.categoryNames = years
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 80, 10
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.lightgrey
    if kind == "lines":
        chart.lines[0].strokeColor, chart.lines[1].strokeColor = blue, orange
    else:
        chart.bars[0].fillColor, chart.bars[1].fillColor = blue, orange
        chart.barLabelFormat = "%d%%"
        chart.barLabels.nudge = 7
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = 365, 160
    legend.colorNamePairs = [(blue, "Stoke-on-Trent"), (orange, "England")]
    d.add(legend)
    d.add(String(50, 228, "Good level of development at age five (%)", fontSize=11))
    d.add(String(160, 20, "School year", fontSize=9))
    return d


@pytest.mark.parametrize("kind", ["bars", "across", "lines"])
def test_chart_beside_narrative_is_not_a_table(tmp_path, kind):
    path = tmp_path / "chart.pdf"
    c = Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, HEIGHT - 70, "How we are doing")
    y = paragraph(c, PROSE, 60, HEIGHT - 95, 470)
    renderPDF.draw(chart_drawing(kind), c, 60, y - 260)
    paragraph(c, PROSE, 60, y - 285, 470)
    c.save()
    doc = read_pdf(path, sha256="x")
    assert doc.top_tables == []
    assert "How we are doing" in doc.text()


def test_row_of_coloured_boxes_is_not_a_table(tmp_path):
    """Three callout boxes side by side, each a fill holding a title and a few lines."""
    path = tmp_path / "callouts.pdf"
    c = Canvas(str(path), pagesize=A4)
    y = paragraph(c, PROSE, 60, HEIGHT - 80, 470)
    for k, (title, text) in enumerate(
        [
            ("Be healthy", "More children at a healthy weight when they start school."),
            ("Stay safe", "Fewer children needing a child protection plan for a second time."),
            ("Achieve", "Every school judged good or outstanding by the end of the plan."),
        ]
    ):
        x = 60 + k * 160
        c.setFillColorRGB(*((0.85, 0.92, 0.83), (0.99, 0.9, 0.8), (0.87, 0.9, 0.97))[k])
        c.rect(x, y - 110, 150, 100, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(x + 8, y - 28, title)
        paragraph(c, text, x + 8, y - 46, 134, 9.5)
    paragraph(c, PROSE, 60, y - 140, 470)
    c.save()
    doc = read_pdf(path, sha256="x")
    assert doc.top_tables == []
    assert "Stay safe" in doc.text()


def test_running_header_and_footer_with_rules_are_not_a_table(tmp_path):
    path = tmp_path / "running.pdf"
    c = Canvas(str(path), pagesize=A4)
    for page in range(1, 4):
        c.setFont("Helvetica", 8)
        c.drawString(60, HEIGHT - 40, "Stoke-on-Trent City Council")
        c.drawRightString(WIDTH - 60, HEIGHT - 40, "Children and Young People's Plan 2016-2020")
        c.setLineWidth(0.5)
        c.line(60, HEIGHT - 46, WIDTH - 60, HEIGHT - 46)
        c.line(60, 52, WIDTH - 60, 52)
        c.drawString(60, 40, "Published March 2016")
        c.drawRightString(WIDTH - 60, 40, f"Page {page} of 3")
        c.setFont("Helvetica-Bold", 13)
        c.drawString(60, HEIGHT - 80, f"{page}. Our priorities")
        c.line(60, HEIGHT - 86, WIDTH - 60, HEIGHT - 86)
        y = HEIGHT - 110
        for _ in range(4):
            y = paragraph(c, PROSE, 60, y, WIDTH - 120)
        c.showPage()
    c.save()
    doc = read_pdf(path, sha256="x")
    assert doc.top_tables == []
    assert "Page 2 of 3" not in doc.text()


def test_two_column_narrative_is_not_a_table(tmp_path):
    path = tmp_path / "two-column.pdf"
    c = Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, HEIGHT - 60, "A great place to grow up")
    col_width = (WIDTH - 100 - 24) / 2
    for x in (50, 50 + col_width + 24):
        y = HEIGHT - 95
        for k, title in enumerate(("Our vision", "What we heard", "What we will do")):
            c.setFont("Helvetica-Bold", 11)
            c.drawString(x, y, title)
            y = paragraph(c, PROSE[k * 40 :] if x > 50 else PROSE, x, y - 16, col_width, 9.5)
    c.save()
    doc = read_pdf(path, sha256="x")
    assert doc.top_tables == []


NUMBERED = [
    (
        "1.",
        "Improve school attendance and reduce persistent absence in every phase, working "
        "with schools, families and the education welfare service.",
    ),
    ("2.", "Reduce the number of young people not in education, employment or training."),
    ("3.", "Support families earlier, before their problems become entrenched and costly."),
    ("4.", "Make sure that children in care have stable homes and a say in their plans."),
    ("5.", "Improve the emotional health and wellbeing of children and young people."),
]
SUB_NUMBERED = [
    ("1.1", "Publish attendance data for every school each term."),
    (
        "1.2",
        "Train school staff to spot the early signs of persistent absence, and to refer "
        "families to early help before fines are considered.",
    ),
    ("1.3", "Review the attendance strategy with head teachers every year."),
    ("1.4", "Agree one attendance protocol across all academies in the city."),
]


def draw_list(c: Canvas, items, x: float, y: float, indent: float) -> float:
    for marker, text in items:
        c.setFont("Helvetica", 10)
        c.drawString(x, y, marker)
        lines = simpleSplit(text, "Helvetica", 10, WIDTH - x - indent - 60)
        for line in lines:
            c.drawString(x + indent, y, line)
            y -= 12.5
        y -= 4
    return y


def test_numbered_and_bulleted_lists_are_not_tables(tmp_path):
    path = tmp_path / "numbered.pdf"
    c = Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, HEIGHT - 70, "Our priorities")
    y = paragraph(c, PROSE, 60, HEIGHT - 95, 470)
    y = draw_list(c, NUMBERED, 60, y, 20)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(60, y - 10, "Priority 1: what we will do")
    y = draw_list(c, SUB_NUMBERED, 60, y - 32, 28)
    draw_list(c, [("\u2022", text) for _, text in NUMBERED], 72, y - 10, 14)
    c.save()
    doc = read_pdf(path, sha256="x")
    assert doc.top_tables == []


CONTENTS = [
    ("1. Foreword", "3"),
    ("2. Introduction", "4"),
    ("2.1 Our vision for children and young people", "5"),
    ("2.2 How we wrote this plan", "6"),
    ("3. What children and young people told us", "8"),
    ("4. Our priorities", "10"),
    ("5. Measuring success", "14"),
    ("Appendix A: Glossary", "21"),
]


def draw_contents(c: Canvas, leaders: bool) -> None:
    c.setFont("Helvetica-Bold", 18)
    c.drawString(60, HEIGHT - 80, "Contents")
    right = WIDTH - 70
    y = HEIGHT - 120
    for entry, page in CONTENTS:
        indent = 20 if "." in entry.split()[0][:-1] else 0
        c.setFont("Helvetica", 11)
        c.drawString(60 + indent, y, entry)
        c.drawRightString(right, y, page)
        if leaders:
            start = 60 + indent + stringWidth(entry, "Helvetica", 11) + 6
            end = right - stringWidth(page, "Helvetica", 11) - 6
            dots = "." * int((end - start) / stringWidth(".", "Helvetica", 11))
            c.drawRightString(end, y, dots)
        y -= 24
    c.setFont("Helvetica", 9)
    c.drawCentredString(WIDTH / 2, 40, "2")


@pytest.mark.parametrize("leaders", [True, False], ids=["dotted-leaders", "page-numbers-only"])
def test_contents_page_is_contents_not_data(tmp_path, leaders):
    path = tmp_path / "contents.pdf"
    c = Canvas(str(path), pagesize=A4)
    draw_contents(c, leaders)
    c.save()
    doc = read_pdf(path, sha256="x")
    assert data_tables(doc) == []
    (table,) = doc.top_tables
    assert table.role == "contents"
    assert looks_like_contents(table)
    assert norm_grid(table.grid()) == [[e, p] for e, p in CONTENTS]
    result = normalise(doc)
    assert [t.kind for t in result.tables] == ["contents"]
    assert not any(r.table is not None for r in result.records)


# -- text the page does not show ---------------------------------------------------------


def test_hidden_text_is_in_no_cell(tmp_path):
    """A ruled table as a spreadsheet export draws it. A label too long for its cell is
    clipped at the cell's edge, which falls in the space after its first word (the
    neighbour has text of its own); a note sits in a cell under a clip that shows none of
    it; a cell holds white text on white; text is drawn beside the table off the page."""
    path = tmp_path / "hidden.pdf"
    c = Canvas(str(path), pagesize=A4)
    overflow = "Attendance of pupils eligible for free school meals"
    first = stringWidth("Attendance", "Helvetica", 10) + stringWidth(" ", "Helvetica", 10) / 2
    xs = [60, 60 + 5 + first, 200, 330]
    top = HEIGHT - 100
    ys = [top - 24 * i for i in range(5)]
    rows = [
        ["Measure", "Baseline", "Target"],
        ["Attendance", "94.1%", "95%"],
        ["Absence", "11%", "9%"],
        ["Exclusion", "42", "30"],
    ]
    c.setLineWidth(0.5)
    for x in xs:
        c.line(x, ys[0], x, ys[-1])
    for y in ys:
        c.line(xs[0], y, xs[-1], y)
    for r, row in enumerate(rows):
        for k, text in enumerate(row):
            if (r, k) == (1, 0):
                continue
            c.setFont("Helvetica-Bold" if r == 0 else "Helvetica", 10)
            c.drawString(xs[k] + 5, ys[r] - 16, text)
    # a label clipped at its cell's edge: the rest would run into the Baseline cell
    c.saveState()
    p = c.beginPath()
    p.rect(xs[0], ys[2], xs[1] - xs[0], ys[1] - ys[2])
    c.clipPath(p, stroke=0, fill=0)
    c.setFont("Helvetica", 10)
    c.drawString(xs[0] + 5, ys[1] - 16, overflow)
    c.restoreState()
    # a note under a clip that shows none of it
    c.saveState()
    p = c.beginPath()
    p.rect(0, 0, 10, 10)
    c.clipPath(p, stroke=0, fill=0)
    c.setFont("Helvetica", 10)
    c.drawString(xs[2] + 30, ys[2] - 16, "clipped note")
    c.restoreState()
    # white on white, and off the page
    c.setFont("Helvetica", 10)
    c.setFillColorRGB(1, 1, 1)
    c.drawString(xs[1] + 40, ys[3] - 16, "white secret")
    c.setFillColorRGB(0, 0, 0)
    c.drawString(WIDTH + 20, ys[1] - 16, "offpage right")
    c.drawString(xs[1] + 5, HEIGHT + 30, "offpage top")
    c.drawString(-300, ys[2] - 16, "offpage left")
    c.save()
    doc = read_pdf(path, sha256="x")
    (table,) = doc.top_tables
    assert norm_grid(table.grid()) == rows
    text = doc.text()
    for hidden in ("pupils", "meals", "clipped", "note", "secret", "offpage"):
        assert hidden not in text
