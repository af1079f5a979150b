"""Headings, levels, title and labels from a PDF's type alone (no tags), on pages drawn here.

The document is drawn with reportlab the way council plans look: a cover with a large title,
the partnership's name above it and the version and date below; inside, two sizes of
heading, bold body-size subheadings, labels ending in a colon that lead a list, and a bold
line right above a table. The expected values are what was drawn.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from councilplans.extractors.model import Heading, ListItem, Paragraph, Table
from councilplans.extractors.pdf import read_pdf
from councilplans.normalise.metadata import document_title

WIDTH, HEIGHT = A4
BODY = "Partners will work together so that children grow up safe, healthy and happy here."


class Page:
    def __init__(self, canvas: Canvas) -> None:
        self.canvas, self.y = canvas, HEIGHT - 72

    def line(self, text: str, size: float = 10, bold: bool = False, gap: float = 1.4) -> None:
        self.canvas.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        self.canvas.drawString(72, self.y - size, text)
        self.y -= size * gap

    def space(self, points: float = 12) -> None:
        self.y -= points

    def table(self, rows: list[list[str]]) -> None:
        top = self.y
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.canvas.setFont("Helvetica-Bold" if r == 0 else "Helvetica", 10)
                self.canvas.drawString(78 + 200 * c, self.y - 14, text)
            self.y -= 20
        for i in range(len(rows) + 1):
            self.canvas.line(72, top - 20 * i, 472, top - 20 * i)
        for x in (72, 272, 472):
            self.canvas.line(x, top, x, self.y)


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("layout") / "plan.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    cover = Page(canvas)
    cover.line("Northshire Children's Trust", bold=True)
    cover.space(120)
    cover.line("Children and Young People's Plan", size=26, gap=1.2)
    cover.line("– 2014 to 2017 –", size=26)
    cover.space(40)
    cover.line("DELIVERY PLAN Version 2.0", bold=True)
    cover.space()
    cover.line("DATE March 2014", bold=True)
    canvas.showPage()
    inside = Page(canvas)
    inside.line("Introduction", size=16, bold=True)
    for _ in range(3):
        inside.line(BODY)
    inside.space()
    inside.line("Our Vision", size=13, bold=True)
    inside.line(BODY)
    inside.space()
    inside.line("How we will work", bold=True)
    inside.line(BODY)
    inside.space()
    inside.line("Be Healthy:", bold=True)
    inside.line("• Fewer children are obese")
    inside.line("• More young people are active")
    inside.space()
    inside.line("Risk Register", bold=True)
    inside.space(4)
    inside.table([["Risk", "Owner"], ["Funding falls", "Finance lead"], ["Staff leave", "HR"]])
    canvas.showPage()
    canvas.save()
    return path


def test_title_is_the_cover_title_not_a_heading(plan: Path) -> None:
    doc = read_pdf(plan, sha256="x")
    titles = [b for b in doc.blocks if isinstance(b, Paragraph) and b.role == "title"]
    assert [t.text for t in titles] == ["Children and Young People's Plan – 2014 to 2017 –"]
    assert document_title(doc) == titles[0].text


def test_heading_levels_count_from_the_biggest_heading(plan: Path) -> None:
    doc = read_pdf(plan, sha256="x")
    assert [(h.text, h.level) for h in doc.headings] == [
        ("Introduction", 1),
        ("Our Vision", 2),
        ("How we will work", 3),
    ]
    assert all(isinstance(h, Heading) and h.prov[0].page == 2 for h in doc.headings)


def test_cover_lines_labels_and_captions_are_paragraphs(plan: Path) -> None:
    doc = read_pdf(plan, sha256="x")
    paragraphs = {b.text: b for b in doc.blocks if isinstance(b, Paragraph)}
    for text in (
        "Northshire Children's Trust",
        "DELIVERY PLAN Version 2.0",
        "DATE March 2014",
        "Be Healthy:",
        "Risk Register",
    ):
        assert text in paragraphs, text
        assert paragraphs[text].bold
    at = [type(b) for b in doc.blocks].index(Table)
    assert doc.blocks[at - 1] == paragraphs["Risk Register"]
    items = [b.text for b in doc.blocks if isinstance(b, ListItem)]
    assert items == ["Fewer children are obese", "More young people are active"]


@pytest.fixture(scope="module")
def spacing(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Bold body-size lines that only the space around them tells apart."""
    path = tmp_path_factory.mktemp("layout") / "spacing.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    page = Page(canvas)
    for line in (
        "Northshire Strategic Partnership",
        "Northshire Children's Trust",
        "Working together for children and young people",
    ):
        page.line(line, bold=True)  # a banner: bold lines a paragraph apart, nothing between
        page.space()
    page.line("Introduction", size=16, bold=True)
    page.line(BODY)
    page.line(BODY)
    page.space()
    page.line(BODY)
    page.space()
    page.line("Every Child Matters", bold=True)  # a lead-in: a paragraph gap below it
    page.space()
    page.line(BODY)
    page.space()
    page.line("What next?", bold=True)  # a heading: set close to its own text
    page.line(BODY)
    page.space()
    page.line("Still to come", bold=True)  # an empty section before a bigger heading
    page.space()
    page.line("Delivery", size=16, bold=True)
    page.line(BODY)
    canvas.showPage()
    canvas.save()
    return path


def test_bold_body_lines_are_headings_only_beside_their_text(spacing: Path) -> None:
    doc = read_pdf(spacing, sha256="x")
    assert [(h.text, h.level) for h in doc.headings] == [
        ("Introduction", 1),
        ("What next?", 2),
        ("Still to come", 2),
        ("Delivery", 1),
    ]
    bold = [b.text for b in doc.blocks if isinstance(b, Paragraph) and b.bold]
    assert bold == [
        "Northshire Strategic Partnership",
        "Northshire Children's Trust",
        "Working together for children and young people",
        "Every Child Matters",
    ]


BANNER = ("Northshire Strategic Partnership", "Working together for children and young people")
SECTIONS = [
    ("Early Help", "Families get help as soon as a need shows, from the service they trust."),
    ("Be Healthy", "Fewer children are obese at eleven and more take part in sport weekly."),
    ("Stay Safe", "Children in care have a stable home and a social worker they know well."),
    ("Achieve", "Every school is good or better and attendance rises in every ward of town."),
]


@pytest.fixture(scope="module")
def noisy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four pages with a running header, a partnership banner, page numbers, a footer, and a
    big grey DRAFT watermark drawn diagonally across the body."""
    path = tmp_path_factory.mktemp("noise") / "noisy.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    for n, (heading, text) in enumerate(SECTIONS, start=1):
        canvas.saveState()
        canvas.setFillGray(0.85)
        canvas.setFont("Helvetica-Bold", 96)
        canvas.translate(WIDTH / 2, HEIGHT / 2)
        canvas.rotate(45)
        canvas.drawCentredString(0, 0, "DRAFT")
        canvas.restoreState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, HEIGHT - 30, "Northshire Children and Young People's Plan 2014-17")
        canvas.setFont("Helvetica-Bold", 10)
        canvas.drawCentredString(WIDTH / 2, HEIGHT - 96, BANNER[0])
        canvas.drawCentredString(WIDTH / 2, HEIGHT - 110, BANNER[1])
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, 30, "Version 2 - DRAFT for consultation")
        canvas.drawRightString(WIDTH - 72, 30, f"Page {n} of {len(SECTIONS)}")
        page = Page(canvas)
        page.y = HEIGHT - 150
        page.line(heading, size=14, bold=True)
        for _ in range(4):
            page.line(text)
        canvas.showPage()
    canvas.save()
    return path


def test_headers_footers_banners_and_watermarks_are_not_text(noisy: Path) -> None:
    doc = read_pdf(noisy, sha256="x")
    assert [(h.text, h.level, h.prov[0].page) for h in doc.headings] == [
        (heading, 1, n) for n, (heading, _) in enumerate(SECTIONS, start=1)
    ]
    paragraphs = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    assert paragraphs == [" ".join([text] * 4) for _, text in SECTIONS]
