"""extractors/docx.py on DOCX files built in the test and on real fixtures."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from docx.shared import Pt

from councilplans.extractors import CorruptFile, EmptyFile, extract
from councilplans.extractors.model import Heading, ListItem, Paragraph, Table
from councilplans.normalise.metadata import document_title

FIXTURES = Path(__file__).parent / "fixtures" / "docx"
REAL_DOCX = Path(__file__).parents[1] / "bench" / "authority" / "docs"


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
    word.add_paragraph().add_run("Improved outcomes for Children in Care come first.").bold = True
    word.add_paragraph("Plain text.")
    path = tmp_path / "bold.docx"
    word.save(path)
    first, second = extract(path).blocks
    assert isinstance(first, Paragraph) and first.bold
    assert isinstance(second, Paragraph) and not second.bold


def bold(word, text: str, size: float | None = None, style: str | None = None) -> None:
    run = word.add_paragraph(style=style).add_run(text)
    run.bold = True
    if size is not None:
        run.font.size = Pt(size)


def headings_of(word, tmp_path: Path) -> list[tuple[int, str, str | None]]:
    path = tmp_path / "plan.docx"
    word.save(path)
    return [(b.level, b.text, b.number) for b in extract(path).blocks if isinstance(b, Heading)]


def test_hand_made_headings_where_no_style_makes_one(tmp_path: Path) -> None:
    word = docx.Document()
    bold(word, "Annual Plan", size=16)  # the cover
    bold(word, "March 2013")
    bold(word, "Key Points")  # the cover's last line titles the text under it
    word.add_paragraph("Plain text about the plan.")
    bold(word, "Table 1 Population by district")  # a caption
    word.add_paragraph("More plain text.")
    bold(word, "Population by district")  # over a table: its caption
    word.add_table(rows=1, cols=1).cell(0, 0).text = "Adur"
    bold(word, "Strategic Objective:")  # a lead-in
    word.add_paragraph("Text after the lead-in.")
    bold(word, "All data are at https://jsna.example.org")  # a notice
    word.add_paragraph("Text after the notice.")
    bold(word, "3. Our priorities")
    word.add_paragraph("Text about the priorities.")
    bold(word, "Map 2030: the route to net zero")  # a year, not a caption's number
    word.add_paragraph("Text about the route.")
    assert headings_of(word, tmp_path) == [
        (1, "Key Points", None),
        (1, "Our priorities", "3"),
        (1, "Map 2030: the route to net zero", None),
    ]


def test_hand_made_headings_of_kinds_nest_by_prominence(tmp_path: Path) -> None:
    # larger text over bold text over bold list items, as a reader sees them
    word = docx.Document()
    word.add_paragraph("Introduction to the plan.")
    bold(word, "Population", size=16)
    bold(word, "Gender")
    word.add_paragraph("Most residents are women.")
    bold(word, "Data from the Census", style="List Number")
    word.add_paragraph("The Census counts everyone.")
    assert headings_of(word, tmp_path) == [
        (1, "Population", None),
        (2, "Gender", None),
        (3, "Data from the Census", "1"),
    ]


def test_hand_made_headings_under_heading_styles(tmp_path: Path) -> None:
    # where styles make most headings, a bold line is a sub-heading of the styled one above
    # it; none comes before the first (the cover and front matter), and one straight after
    # a styled heading is its subtitle
    word = docx.Document()
    bold(word, "Contents")
    word.add_paragraph("Summary, costs.")
    word.add_paragraph("Summary", style="Heading 1")
    bold(word, "Every child matters")
    word.add_paragraph("Sight loss is common.")
    bold(word, "Why sight loss matters")
    word.add_paragraph("It affects many people.")
    word.add_paragraph("Costs", style="Heading 1")
    word.add_paragraph("They are high.")
    word.add_paragraph("Care", style="Heading 2")
    word.add_paragraph("Care comes in two kinds.")
    bold(word, "Primary care")
    word.add_paragraph("Opticians test sight.")
    for title in ("Outcomes", "References"):
        word.add_paragraph(title, style="Heading 1")
        word.add_paragraph("Text.")
    assert headings_of(word, tmp_path) == [
        (1, "Summary", None),
        (2, "Why sight loss matters", None),
        (1, "Costs", None),
        (2, "Care", None),
        (3, "Primary care", None),
        (1, "Outcomes", None),
        (1, "References", None),
    ]


LIFE_EXPECTANCY = (
    REAL_DOCX
    / "west-sussex-jsna"
    / ("life_expectancy_at_birth_in_west_sussex_2001_2012_data_briefing.docx")
)


def chart_lines(path: Path) -> list[set[str]]:
    texts = [b.text for b in extract(path).blocks if isinstance(b, Paragraph)]
    return [set(text.split(" · ")) for text in texts if " · " in text]


def test_real_chart_labels_are_read_where_the_chart_is() -> None:
    # Figure 1 of a West Sussex JSNA briefing (Open Government Licence), typed from its page
    # 4 as LibreOffice renders it: title, axis titles, legend and categories; not the
    # axis numbers, which the renderer makes
    years = {"2001-3", "2002-4", "2003-5", "2004-6", "2005-7", "2006-8", "2007-9", "2008-10"}
    years |= {"2009-11", "2010-12"}
    males = {
        "Life Expectancy at Birth (Males)",
        "Years",
        "Life Expectancy at Birth",
        *("West Sussex", "Adur", "Arun", "Chichester", "Crawley", "Horsham", "Mid Sussex"),
        "Worthing",
    } | years
    charts = chart_lines(LIFE_EXPECTANCY)
    assert len(charts) == 3
    assert charts[0] == males


def test_a_chart_that_cannot_be_read_is_left_out_with_a_warning(tmp_path: Path) -> None:
    broken = tmp_path / "broken-chart.docx"
    with zipfile.ZipFile(LIFE_EXPECTANCY) as source, zipfile.ZipFile(broken, "w") as out:
        for item in source.infolist():
            broken_part = item.filename == "word/charts/chart1.xml"
            out.writestr(item, b"<c:chartSpace" if broken_part else source.read(item.filename))
    doc = extract(broken)
    assert len(chart_lines(broken)) == 2
    assert any("a chart's labels not read: /word/charts/chart1.xml" in w for w in doc.warnings)


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


# Text boxes: Word writes each shape twice, as DrawingML and, inside mc:Fallback, as VML for
# older readers; python-docx's paragraph text holds neither.
BOX_NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _box_content(paragraphs: list[str]) -> str:
    return "<w:txbxContent>" + "".join(paragraphs) + "</w:txbxContent>"


def _text_box(paragraphs: list[str]) -> str:
    """A run holding a text box of the given w:p elements, as Word writes one."""
    content = _box_content(paragraphs)
    return (
        f"<w:r {BOX_NAMESPACES}><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic>'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<wps:wsp><wps:txbx>{content}</wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:rect><v:textbox>{content}</v:textbox></v:rect></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )


def _p(text: str, *runs: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r>{''.join(runs)}</w:p>"


def _anchor(paragraph, run_xml: str) -> None:
    paragraph._p.append(parse_xml(run_xml))


def test_text_boxes_are_read_once_where_they_are_anchored(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("Before the box.")
    holder = word.add_paragraph("")  # Word anchors a floating box in a paragraph of its own
    inner = _text_box([_p("Inside the inner box.")])
    _anchor(holder, _text_box([_p("Protected characteristics"), _p("A note.", inner)]))
    word.add_paragraph("After the box.")
    table = word.add_table(rows=1, cols=1)
    _anchor(table.cell(0, 0).paragraphs[0], _text_box([_p("Boxed in a cell")]))
    path = tmp_path / "boxes.docx"
    word.save(path)
    doc = extract(path)
    texts = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    assert texts == [
        "Before the box.",
        "Protected characteristics",
        "A note.",
        "Inside the inner box.",
        "After the box.",
    ]
    assert doc.tables[0].grid() == [["Boxed in a cell"]]


def test_real_text_boxes_banner_and_callouts() -> None:
    # A West Sussex JSNA briefing (bench/authority/docs; Open Government Licence) titles each
    # section in a banner box and notes its population pyramid in callout boxes; typed from
    # its pages 3 and 6 as LibreOffice renders them.
    path = REAL_DOCX / "west-sussex-jsna" / "equality_act_update_2013.docx"
    texts = [b.text for b in extract(path).blocks if not isinstance(b, Table)]
    banner = "Protected Characteristics – AGE AND SEX"
    assert texts.count(banner) == 1
    after = texts[texts.index(banner) + 1]
    assert after == "Resident Population – Updated Information from 2011 Census"
    assert (
        "The graph shows that compared to the England population, West Sussex has a greater "
        "proportion of older people (aged 55-59 years onwards) and a lower proportion of "
        "people aged 0-39 years." in texts
    )
    assert texts.count("The line relates to the West Sussex population") == 1
