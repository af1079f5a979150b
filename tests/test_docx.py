"""extractors/docx.py on DOCX files built in the test and on real fixtures."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from councilplans.extractors import CorruptFile, EmptyFile, extract
from councilplans.extractors.model import Heading, ListItem, Paragraph, Table
from councilplans.normalise.metadata import document_title

FIXTURES = Path(__file__).parent / "fixtures" / "docx"


def _repeat_header(row) -> None:
    mark = OxmlElement("w:tblHeader")
    mark.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(mark)


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    word = docx.Document()
    word.add_paragraph("Children and Young People's Plan 2012 – 2015", style="Title")
    word.add_heading("4. Delivery Priorities for 2012-15 are:", 1)
    word.add_paragraph("Early Support – new approaches", style="List Bullet")
    word.add_paragraph("Families Together", style="List Bullet 2")
    word.add_heading("Priorities and Milestones", 2)
    table = word.add_table(rows=4, cols=3)
    for col, text in enumerate(["Action", "Milestone", "Review Date"]):
        table.cell(0, col).text = text
    _repeat_header(table.rows[0])
    table.cell(1, 0).merge(table.cell(2, 0)).text = "Produce the Early Support Strategy"
    table.cell(1, 1).text = "Draft Strategy is consulted upon"
    table.cell(2, 1).text = "Launch Team around the Family Assessment Tool"
    table.cell(3, 0).merge(table.cell(3, 2)).text = "Families Together"
    inner = table.cell(1, 2).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "June 2012"
    inner.cell(0, 1).text = "September 2012"
    word.add_paragraph("Closing words.")
    path = tmp_path / "plan.docx"
    word.save(path)
    return path


def test_blocks_keep_body_order(plan: Path) -> None:
    kinds = [type(b).__name__ for b in extract(plan).blocks]
    assert kinds == [
        "Paragraph",
        "Heading",
        "ListItem",
        "ListItem",
        "Heading",
        "Table",
        "Table",
        "Paragraph",
    ]


def test_title_and_headings(plan: Path) -> None:
    doc = extract(plan)
    titles = [b.text for b in doc.blocks if isinstance(b, Paragraph) and b.role == "title"]
    assert titles == ["Children and Young People's Plan 2012 – 2015"]
    assert doc.title is None  # the file's properties declare none
    assert document_title(doc) == "Children and Young People's Plan 2012 – 2015"
    headings = doc.headings
    assert [(h.level, h.number, h.text) for h in headings] == [
        (1, "4", "Delivery Priorities for 2012-15 are:"),
        (2, None, "Priorities and Milestones"),
    ]
    assert all(h.prov[0].page is None and h.prov[0].bbox is None for h in headings)


def test_list_items_have_depth_and_bullets(plan: Path) -> None:
    items = [b for b in extract(plan).blocks if isinstance(b, ListItem)]
    assert [(i.text, i.depth, i.marker) for i in items] == [
        ("Early Support – new approaches", 0, "•"),
        ("Families Together", 1, "•"),
    ]


def test_table_spans_header_and_nested(plan: Path) -> None:
    outer, nested = extract(plan).tables
    assert outer.header_rows == 1
    assert outer.spans() == [[1, 0, 2, 1], [3, 0, 1, 3]]
    grid = outer.grid()
    assert grid[1][0] == "Produce the Early Support Strategy"
    assert grid[2][0] == ""
    assert grid[2][1] == "Launch Team around the Family Assessment Tool"
    assert grid[1][2] == "June 2012 | September 2012"
    assert nested.parent == (1, 2)
    assert nested.grid() == [["June 2012", "September 2012"]]


def test_numbered_list_markers_count_like_word(tmp_path: Path) -> None:
    word = docx.Document()
    for text in ["First", "Second", "Third"]:
        word.add_paragraph(text, style="List Number")
    path = tmp_path / "numbers.docx"
    word.save(path)
    items = [b for b in extract(path).blocks if isinstance(b, ListItem)]
    assert [i.text for i in items] == ["First", "Second", "Third"]
    assert all(i.depth == 0 for i in items)


def test_bold_paragraph_is_marked(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph().add_run("Improved outcomes for Children in Care").bold = True
    word.add_paragraph("Plain text.")
    path = tmp_path / "bold.docx"
    word.save(path)
    first, second = extract(path).blocks
    assert isinstance(first, Paragraph) and first.bold
    assert isinstance(second, Paragraph) and not second.bold


def test_real_merged_cells_fixture() -> None:
    table = extract(FIXTURES / "merged_cells.docx").tables[0]
    assert (table.n_rows, table.n_cols) == (5, 4)
    assert table.spans() == [[0, 1, 1, 2], [1, 0, 2, 1], [3, 1, 2, 3]]
    assert table.grid()[0] == ["0-0", "0-12", "", "0-3"]


def test_strict_open_xml_opens() -> None:
    doc = extract(FIXTURES / "strict.docx")
    items = [b.text for b in doc.blocks if isinstance(b, ListItem)]
    assert items == ["Bullet1", "Bullet2", "Number1", "Number2"]
    assert doc.tables[0].grid() == [["Cellaa", "Cellab"], ["Cellba", "Cellbb"]]


@pytest.mark.parametrize(
    "name", ["libreoffice_conversion.docx", "test-docx2python-conversion-google_docs.docx"]
)
def test_other_producers_read(name: str) -> None:
    doc = extract(FIXTURES / name)
    assert doc.format == "docx" and doc.pages is None
    assert any(isinstance(b, Paragraph) and b.text for b in doc.blocks)


def test_libreoffice_table_cells() -> None:
    tables = extract(FIXTURES / "libreoffice_conversion.docx").tables
    assert isinstance(tables[1], Table)
    assert tables[1].grid()[0] == ["序号", "项目名称", "服务期限", "预算金额"]


def test_empty_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    path.write_bytes(b"")
    with pytest.raises(EmptyFile, match="empty.docx: the file is empty"):
        extract(path)


def test_docx_that_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "fake.docx"
    path.write_text("not a word document")
    with pytest.raises(CorruptFile, match="fake.docx: not a DOCX"):
        extract(path)


def test_zip_without_word_parts(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(CorruptFile, match="other.docx"):
        extract(path)


def test_heading_styles_are_headings_not_paragraphs(plan: Path) -> None:
    texts = {b.text for b in extract(plan).blocks if isinstance(b, Heading)}
    assert "Priorities and Milestones" in texts
