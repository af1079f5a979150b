# ruff: noqa: E501
"""Lay blocks out as a Word document with python-docx: real styles, real merges, header rows."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from .model import Bullets, Heading, PageBreak, Para, Section, Table, Title

FIXED_TIME = datetime(2020, 1, 1, tzinfo=UTC)
HEADER_FILL = "D9D9D9"


def write_docx(
    blocks: list,
    path: Path,
    *,
    title: str,
    font: str = "Arial",
    size: float = 10,
    header_text: str | None = None,
    page_numbers: bool = False,
    margins_mm: float = 20,
) -> None:
    doc = Document()
    _set_styles(doc, font, size)
    _page_setup(doc.sections[0], landscape=False, margins_mm=margins_mm)
    _header_footer(doc.sections[0], header_text, page_numbers)
    width_mm = {False: 210 - 2 * margins_mm, True: 297 - 2 * margins_mm}
    landscape = False
    for b in blocks:
        if isinstance(b, Title):
            doc.add_paragraph(b.text, style="Title")
        elif isinstance(b, Heading):
            doc.add_paragraph(b.display, style=f"Heading {b.level}")
        elif isinstance(b, Para):
            p = doc.add_paragraph()
            run = p.add_run(b.text)
            run.bold = b.bold or None
            run.italic = b.italic or None
        elif isinstance(b, Bullets):
            _add_list(doc, b)
        elif isinstance(b, Table):
            _add_table(doc, b, width_mm[landscape])
            doc.add_paragraph()
        elif isinstance(b, PageBreak):
            doc.add_page_break()
        elif isinstance(b, Section):
            landscape = b.landscape
            sec = doc.add_section(WD_SECTION.NEW_PAGE)
            _page_setup(sec, landscape=landscape, margins_mm=margins_mm)
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by = title, "councilplans samples", "councilplans samples"
    cp.created = cp.modified = FIXED_TIME
    cp.revision = 1
    doc.save(str(path))
    _normalise_zip(path)


def _set_styles(doc, font: str, size: float) -> None:
    for name in (
        "Normal",
        "Title",
        "Heading 1",
        "Heading 2",
        "Heading 3",
        "List Bullet",
        "List Bullet 2",
        "List Number",
    ):
        st = doc.styles[name]
        st.font.name = font
        rpr = st.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(attr), font)
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if fonts.get(qn(attr)) is not None:
                del fonts.attrib[qn(attr)]
    doc.styles["Normal"].font.size = Pt(size)


def _page_setup(sec, *, landscape: bool, margins_mm: float) -> None:
    sec.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    w, h = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
    sec.page_width, sec.page_height = w, h
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Mm(margins_mm))


def _header_footer(sec, header_text, page_numbers) -> None:
    if header_text:
        p = sec.header.paragraphs[0]
        p.text = header_text
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if page_numbers:
        p = sec.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _add_field(p, "PAGE")


def _add_field(paragraph, instr: str) -> None:
    run = paragraph.add_run()
    for kind, text in (
        ("begin", None),
        (None, instr),
        ("separate", None),
        (None, "1"),
        ("end", None),
    ):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == instr:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {instr} "
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)


def _add_list(doc, b: Bullets) -> None:
    for depth, text in b.items:
        if b.numbered:
            style = "List Number"
        else:
            style = "List Bullet 2" if depth else "List Bullet"
        doc.add_paragraph(text, style=style)


def _add_table(doc, t: Table, width_mm: float) -> None:
    t.check()
    nrows, ncols = len(t.rows), t.ncols
    table = doc.add_table(rows=nrows, cols=ncols)
    table.style = doc.styles["Table Grid"]
    table.autofit = False
    rel = t.widths or [1] * ncols
    widths = [Mm(width_mm * w / sum(rel)) for w in rel]
    for i, col in enumerate(table.columns):
        col.width = widths[i]
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            cell.width = widths[i]
    covered = set()
    for r, c, rs, cs in t.spans:
        table.cell(r, c).merge(table.cell(r + rs - 1, c + cs - 1))
        covered.update(
            (rr, cc) for rr in range(r, r + rs) for cc in range(c, c + cs) if (rr, cc) != (r, c)
        )
    full = t.full_width_rows()
    for r in range(nrows):
        for c in range(ncols):
            if (r, c) in covered:
                continue
            bold = r < t.header_rows or r in full or c in t.bold_cols
            _fill_cell(table.cell(r, c), t.rows[r][c], bold=bold, size=t.font_size)
            fill = t.fills.get((r, c)) or (HEADER_FILL if r < t.header_rows else None)
            if fill:
                _shade(table.cell(r, c), fill)
    if t.repeat_header:
        for r in range(t.header_rows):
            trpr = table.rows[r]._tr.get_or_add_trPr()
            el = OxmlElement("w:tblHeader")
            trpr.append(el)


def _fill_cell(cell, text: str, *, bold: bool, size) -> None:
    lines = text.split("\n") if text else [""]
    paragraphs = cell.paragraphs
    first = paragraphs[0]
    for extra in paragraphs[1:]:  # merged cells may have collected empty paragraphs
        extra._p.getparent().remove(extra._p)
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        if line:
            run = p.add_run(line)
            run.bold = bold or None
            if size:
                run.font.size = Pt(size)


def _shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _normalise_zip(path: Path) -> None:
    """Rewrite the package with fixed member timestamps so rebuilding gives identical bytes."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
