"""Read a DOCX into the Document model with python-docx.

The body is walked in document order (paragraphs and tables interleaved, as
``iter_inner_content`` gives them). Headings come from paragraph styles and outline levels,
and from short bold or larger paragraphs standing alone (docx_headings.py); a chart's
labels are a paragraph where it is drawn (docx_charts.py);
list items from Word numbering or list styles, table spans from ``gridSpan`` and ``vMerge``.
A DOCX has no pages: every block's provenance is ``Provenance(page=None)``.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.parts.coreprops import CorePropertiesPart
from docx.oxml.coreprops import CT_CoreProperties
from docx.oxml.ns import qn
from docx.table import Table as WordTable
from docx.text.paragraph import Paragraph as WordParagraph

from councilplans.extractors.docx_charts import CHART, chart_text
from councilplans.extractors.docx_headings import Look, promote
from councilplans.extractors.docx_numbering import Counter, read_numbering
from councilplans.extractors.errors import CorruptFile, ExtractError
from councilplans.extractors.glyphs import BULLET, NUMBERED_HEADING, TYPED_BULLET
from councilplans.extractors.limits import check_parts
from councilplans.extractors.model import (
    Block,
    Cell,
    Document,
    Heading,
    ListItem,
    Paragraph,
    Provenance,
    Table,
)

NO_PAGE = (Provenance(page=None),)
BODY_TEXT_LEVEL = 9  # Word's outline levels run 0-8; 9 is body text
MAX_STYLE_DEPTH = 20  # base styles followed at most this deep (a loop would never end)

# Strict Open XML uses other namespace URIs for the same vocabulary; python-docx knows only
# the Transitional ones, so Strict parts are rewritten to them before opening.
_STRICT = re.compile(
    rb"http://purl\.oclc\.org/ooxml/(wordprocessingml|drawingml|officeDocument|spreadsheetml"
    rb"|presentationml)/"
)


# A macro-enabled document (.docm) or a template holds the same body under another content
# type, which python-docx refuses; read as a document, its macros are never run.
_OTHER_MAIN_TYPES = re.compile(
    rb"application/vnd\.(ms-word\.document\.macroEnabled\.main\+xml"
    rb"|ms-word\.template\.macroEnabledTemplate\.main\+xml"
    rb"|openxmlformats-officedocument\.wordprocessingml\.template\.main\+xml)"
)
_MAIN_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _rewritten(package: zipfile.ZipFile) -> bytes | None:
    """The package with Strict namespaces made Transitional and another main content type
    made a document's, or None when it needs neither."""
    strict = bool(_STRICT.search(package.read("_rels/.rels")))
    retyped = bool(_OTHER_MAIN_TYPES.search(package.read("[Content_Types].xml")))
    if not (strict or retyped):
        return None
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in package.infolist():
            content = package.read(item.filename)
            if strict and item.filename.endswith((".xml", ".rels")):
                content = _STRICT.sub(rb"http://schemas.openxmlformats.org/\1/2006/", content)
            if retyped and item.filename == "[Content_Types].xml":
                content = _OTHER_MAIN_TYPES.sub(_MAIN_TYPE, content)
            target.writestr(item, content)
    return out.getvalue()


def open_word(path: str | Path, part_mb: int | None = None) -> WordDocument:
    """Given a .docx path, open it with python-docx, converting Strict Open XML and reading a
    macro-enabled document or a template as a document. OverLimit when a part would
    decompress to more than ``part_mb``; CorruptFile when the package is damaged."""
    data = Path(path).read_bytes()
    try:
        if not zipfile.is_zipfile(io.BytesIO(data)):
            raise CorruptFile(str(path), "damaged DOCX: its ZIP directory cannot be read")
        package = zipfile.ZipFile(io.BytesIO(data))
        check_parts(path, package, part_mb)
        return docx.Document(io.BytesIO(_rewritten(package) or data))
    except ExtractError:
        raise
    except KeyError as exc:
        raise CorruptFile(str(path), f"not a Word document (missing part {exc})") from exc
    except Exception as exc:  # python-docx and lxml raise many types for damaged packages
        raise CorruptFile(str(path), damage(exc)) from exc


def damage(exc: Exception) -> str:
    """What is wrong with a package python-docx or lxml could not open, in a few words."""
    if "Excessive depth" in str(exc):  # lxml's guard against a stack overflow
        return f"elements nested too deeply to read (tables within tables?): {exc}"
    return f"damaged DOCX: {exc}"


@dataclass
class _Style:
    """What a paragraph style contributes, resolved through its base styles."""

    heading_level: int | None = None
    num: tuple[str, int] | None = None
    list_kind: str | None = None  # "bullet" | "number" from style names like "List Bullet 2"
    list_depth: int = 0
    bold: bool = False
    is_title: bool = False
    size: float | None = None  # points, from the nearest style that sets one


def _style_heading_level(name: str, outline: int | None) -> int | None:
    match = re.fullmatch(r"heading\s*(\d)", name.strip().lower())
    if match:
        return int(match.group(1))
    return outline + 1 if outline is not None and outline < BODY_TEXT_LEVEL else None


def _outline_level(ppr: object | None) -> int | None:
    node = ppr.find(qn("w:outlineLvl")) if ppr is not None else None  # type: ignore[attr-defined]
    return int(node.get(qn("w:val"))) if node is not None else None


def _num_pr(ppr: object | None) -> tuple[str, int] | None:
    num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None  # type: ignore[attr-defined]
    if num_pr is None:
        return None
    num_id = num_pr.find(qn("w:numId"))
    ilvl = num_pr.find(qn("w:ilvl"))
    if num_id is None or num_id.get(qn("w:val")) == "0":
        return None
    return num_id.get(qn("w:val")), int(ilvl.get(qn("w:val"))) if ilvl is not None else 0


def resolve_style(style: object | None) -> _Style:
    """Given a python-docx paragraph style, resolve heading level, numbering and boldness."""
    result = _Style()
    seen = 0
    while style is not None and seen < MAX_STYLE_DEPTH:
        name = (style.name or "").strip()  # type: ignore[attr-defined]
        ppr = style.element.pPr  # type: ignore[attr-defined]
        lname = name.lower()
        result.is_title = result.is_title or lname in {"title", "subtitle"} and seen == 0
        if result.heading_level is None:
            result.heading_level = _style_heading_level(name, _outline_level(ppr))
        if result.num is None:
            result.num = _num_pr(ppr)
        if result.list_kind is None and lname.startswith(("list bullet", "list number")):
            result.list_kind = "bullet" if "bullet" in lname else "number"
            digits = re.findall(r"\d+", lname)
            result.list_depth = int(digits[0]) - 1 if digits else 0
        result.bold = result.bold or bool(style.font.bold)  # type: ignore[attr-defined]
        if result.size is None and style.font.size is not None:  # type: ignore[attr-defined]
            result.size = style.font.size.pt  # type: ignore[attr-defined]
        style = style.base_style  # type: ignore[attr-defined]
        seen += 1
    return result


def _is_bold(paragraph: WordParagraph, style: _Style) -> bool:
    runs = [r for r in paragraph.runs if r.text.strip()]
    if not runs:
        return False
    return all(r.bold or (r.bold is None and style.bold) for r in runs)


def _size(paragraph: WordParagraph, style: _Style, default: float | None) -> float | None:
    """The largest font size of the paragraph's text, in points: each run's own, else its
    paragraph style's, else the document's default."""
    sizes = [
        r.font.size.pt if r.font.size is not None else style.size or default
        for r in paragraph.runs
        if r.text.strip()
    ]
    known = [size for size in sizes if size is not None]
    return max(known) if known else None


def _default_size(word: WordDocument) -> float | None:
    """The document's default font size (docDefaults), in points."""
    node = word.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    sz = node.find(qn("w:sz")) if node is not None else None
    value = sz.get(qn("w:val")) if sz is not None else None
    return int(value) / 2 if value is not None and value.isdigit() else None  # half-points


@dataclass
class _Reader:
    """Walks one Word document; keeps list counters and the style cache across blocks."""

    word: WordDocument
    counter: Counter = field(init=False)
    styles: dict[str | None, _Style] = field(default_factory=dict)
    looks: dict[int, Look] = field(default_factory=dict)  # a body paragraph's, by its id()
    warnings: list[str] = field(default_factory=list)
    default_size: float | None = field(init=False)

    def __post_init__(self) -> None:
        self.default_size = _default_size(self.word)
        part = self.word.part
        numbering = None
        try:
            numbering = part.numbering_part.element
        except (KeyError, NotImplementedError):
            numbering = None
        self.counter = Counter(read_numbering(numbering))

    def style_of(self, paragraph: WordParagraph) -> _Style:
        """The paragraph's resolved style, cached by the style id it names (None: the default
        style). ``paragraph.style`` looks the id up among every style of the document each
        time, so it is asked once per id: a body of many paragraphs is not read quadratically."""
        key = paragraph._p.style
        if key not in self.styles:
            self.styles[key] = resolve_style(paragraph.style)
        return self.styles[key]

    def blocks(self) -> Iterator[Block]:
        for item in self.word.iter_inner_content():
            if isinstance(item, WordParagraph):
                yield from self.paragraph_blocks(item)
            else:
                yield from self.table_blocks(item, parent=None)

    def paragraph_blocks(self, paragraph: WordParagraph, box_lines: int = 0) -> Iterator[Block]:
        """A paragraph's block, then the blocks of the text boxes anchored in it, where the
        reader meets them (a box floats on the page beside the text that holds it).
        ``box_lines``: how many paragraphs of text the box holding this one has (0: none)."""
        block = self.paragraph_block(paragraph, box_lines)
        if block is not None:
            yield block
        yield from self.chart_blocks(paragraph)
        for box in text_boxes(paragraph._p):
            lines = sum(1 for p in box.iterchildren(qn("w:p")) if _has_text(p))
            for child in box.iterchildren():
                if child.tag == qn("w:p"):
                    yield from self.paragraph_blocks(WordParagraph(child, self.word.part), lines)
                elif child.tag == qn("w:tbl"):
                    yield from self.table_blocks(WordTable(child, self.word.part), parent=None)

    def chart_blocks(self, paragraph: WordParagraph) -> Iterator[Paragraph]:
        """A paragraph of labels for each chart drawn in the paragraph (docx_charts.py); a
        chart whose part cannot be read is left out with a warning."""
        for rid in chart_ids(paragraph._p):
            part = self.word.part.related_parts.get(rid)
            try:
                text = chart_text(part.blob) if part is not None else None
            except SyntaxError as exc:  # lxml's XMLSyntaxError is one
                self.warnings.append(f"a chart's labels not read: {part.partname}: {exc}")
                continue
            if text:
                yield Paragraph(text, NO_PAGE)

    def paragraph_block(self, paragraph: WordParagraph, box_lines: int = 0) -> Block | None:
        """A heading, list item or paragraph; a list item's or paragraph's look is kept in
        ``looks``, by its id(), for docx_headings."""
        text = paragraph.text.strip()
        if not text:
            return None
        style = self.style_of(paragraph)
        own_level = _outline_level(paragraph._p.pPr)
        if own_level is not None and own_level < BODY_TEXT_LEVEL:
            level: int | None = own_level + 1
        else:
            level = style.heading_level
        num = _num_pr(paragraph._p.pPr) or style.num
        marker = self.counter.next_marker(*num) if num else None
        if level is not None and not style.is_title:
            return _heading(text, level, marker)
        bold = _is_bold(paragraph, style)
        block = _body_block(text, style, num, marker, bold)
        if not style.is_title:
            size = _size(paragraph, style, self.default_size)
            self.looks[id(block)] = Look(bold, size, box_lines)
        return block

    def cell_lines(self, tc: object) -> Iterator[str]:
        """The lines of a table cell (or of a text box in one)."""
        for child in tc.iterchildren():  # type: ignore[attr-defined]
            if child.tag == qn("w:p"):
                line = self.cell_paragraph(WordParagraph(child, self.word.part))
                if line:
                    yield line
                for box in text_boxes(child):
                    yield from self.cell_lines(box)
            elif child.tag == qn("w:tbl"):
                nested = _build_table(WordTable(child, self.word.part), self, None)
                yield from (" | ".join(t for t in row if t) for row in nested.grid())

    def cell_paragraph(self, paragraph: WordParagraph) -> str:
        text = paragraph.text.strip()
        if not text:
            return ""
        style = self.style_of(paragraph)
        num = _num_pr(paragraph._p.pPr) or style.num
        if num is not None and self.counter.is_bullet(*num) or style.list_kind == "bullet":
            return "• " + text
        if num is not None:
            marker = self.counter.next_marker(*num)
            return f"{marker} {text}" if marker else text
        typed = TYPED_BULLET.match(text)
        return "• " + text[typed.end() :].strip() if typed else text

    def table_blocks(self, table: WordTable, parent: tuple[int, int] | None) -> Iterator[Table]:
        built = _build_table(table, self, parent)
        yield built
        for (row, col), nested in _nested_tables(table):
            yield from self.table_blocks(nested, parent=(row, col))


TEXT_BOX = qn("w:txbxContent")
# Word writes each shape twice: as DrawingML, and inside mc:Fallback as VML for older readers
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def text_boxes(paragraph: Any) -> Iterator[Any]:
    """The contents (w:txbxContent) of the text boxes anchored in a paragraph, each once: not
    the fallback copy of a shape, nor a box within a box (read with the box holding it)."""
    return (box for box in paragraph.iter(TEXT_BOX) if _own(box, paragraph))


def chart_ids(paragraph: Any) -> Iterator[str]:
    """The relationship ids of the charts drawn in a paragraph, each once: not a fallback
    copy, nor a chart in a text box (read with the box)."""
    for chart in paragraph.iter(CHART):
        if _own(chart, paragraph) and chart.get(qn("r:id")):
            yield chart.get(qn("r:id"))


def _own(element: Any, paragraph: Any) -> bool:
    """Whether an element drawn in a paragraph is the paragraph's own: in no text box and no
    fallback copy between it and the paragraph."""
    holder = element.getparent()
    while holder is not None and holder is not paragraph:
        if holder.tag in (TEXT_BOX, MC_FALLBACK):
            return False
        holder = holder.getparent()
    return True


def _body_block(
    text: str, style: _Style, num: tuple[str, int] | None, marker: str | None, bold: bool
) -> ListItem | Paragraph:
    """A paragraph that no style or outline level makes a heading: a list item when numbered,
    in a list style or typed after a bullet, else a paragraph (the title, in a Title style)."""
    if num is not None or style.list_kind is not None:
        depth = max(num[1] if num else 0, style.list_depth)
        return ListItem(text, depth, marker or _style_marker(style), NO_PAGE)
    typed = BULLET.match(text)
    if typed and text[typed.end() :].strip():
        return ListItem(text[typed.end() :].strip(), 0, typed.group(1), NO_PAGE)
    return Paragraph(text, NO_PAGE, bold=bold, role="title" if style.is_title else "body")


def _has_text(p: Any) -> bool:
    return any((t.text or "").strip() for t in p.iter(qn("w:t")))


def _style_marker(style: _Style) -> str | None:
    return "•" if style.list_kind == "bullet" else None


def _heading(text: str, level: int, marker: str | None) -> Heading:
    number = marker.rstrip(".") if marker and marker != "•" else None
    match = NUMBERED_HEADING.match(text)
    if number is None and match and len(text) > match.end():
        number = match.group(1).rstrip(".")
        text = text[match.end() :]
    return Heading(text.strip(), level, number, NO_PAGE)


@dataclass
class _Anchor:
    text: str
    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1


def _grid_before(tr: object) -> int:
    trpr = tr.trPr  # type: ignore[attr-defined]
    node = trpr.find(qn("w:gridBefore")) if trpr is not None else None
    return int(node.get(qn("w:val"))) if node is not None else 0


def _rows_to_anchors(table: WordTable, reader: _Reader) -> tuple[list[_Anchor], int, int]:
    anchors: list[_Anchor] = []
    open_by_col: dict[int, _Anchor] = {}
    n_cols = len(table._tbl.tblGrid.gridCol_lst) if table._tbl.tblGrid is not None else 0
    rows = table._tbl.tr_lst
    for r, tr in enumerate(rows):
        col = _grid_before(tr)
        for tc in tr.tc_lst:
            span = tc.grid_span
            if tc.vMerge == "continue" and col in open_by_col:
                open_by_col[col].rowspan = r - open_by_col[col].row + 1
            else:
                anchor = _Anchor("\n".join(reader.cell_lines(tc)), r, col, 1, span)
                anchors.append(anchor)
                open_by_col.pop(col, None)
                if tc.vMerge == "restart":
                    open_by_col[col] = anchor
            col += span
        n_cols = max(n_cols, col)
    return anchors, len(rows), n_cols


def _header_rows(table: WordTable) -> int:
    count = 0
    for tr in table._tbl.tr_lst:
        trpr = tr.trPr
        if trpr is None or trpr.find(qn("w:tblHeader")) is None:
            break
        if trpr.find(qn("w:tblHeader")).get(qn("w:val")) in {"0", "false"}:
            break
        count += 1
    return count or _bold_header_rows(table)


def _bold_header_rows(table: WordTable) -> int:
    """Without a repeat-header mark, the first row is a header when every run in it is bold."""
    rows = table._tbl.tr_lst
    if len(rows) <= 1:
        return 0
    runs = [r for tc in rows[0].tc_lst for r in tc.iter(qn("w:r")) if "".join(r.itertext()).strip()]
    bold = [r for r in runs if r.find(qn("w:rPr")) is not None and r.rPr.b is not None]
    return 1 if runs and len(bold) == len(runs) else 0


def _build_table(table: WordTable, reader: _Reader, parent: tuple[int, int] | None) -> Table:
    anchors, n_rows, n_cols = _rows_to_anchors(table, reader)
    cells = tuple(Cell(a.text, a.row, a.col, a.rowspan, a.colspan) for a in anchors)
    return Table(cells, n_rows, n_cols, _header_rows(table), NO_PAGE, parent=parent)


def _nested_tables(table: WordTable) -> Iterator[tuple[tuple[int, int], WordTable]]:
    for r, tr in enumerate(table._tbl.tr_lst):
        col = _grid_before(tr)
        for tc in tr.tc_lst:
            for tbl in tc.findall(qn("w:tbl")):
                yield (r, col), WordTable(tbl, table._parent)
            col += tc.grid_span


def read_docx(path: str | Path, sha256: str, part_mb: int | None = None) -> Document:
    """Given a .docx path and its sha256, return its Document (blocks in body order); see
    ``open_word`` for ``part_mb``."""
    word = open_word(path, part_mb)
    reader = _Reader(word)
    try:
        read = tuple(reader.blocks())
    except Exception as exc:  # a damaged body part: report the file, not lxml's traceback
        raise CorruptFile(str(path), f"damaged DOCX body: {exc}") from exc
    blocks = promote(read, reader.looks)
    title, author, warnings = _core_properties(word)
    warnings = (*warnings, *reader.warnings)
    return Document(
        path=str(path),
        sha256=sha256,
        format="docx",
        pages=None,
        blocks=blocks,
        title=title,
        author=author,
        company=_company(word),
        running=_running(word),
        warnings=warnings,
    )


CORE_UNREAD = "title and author not read: the core-properties part is not a cp:coreProperties part"


def _core_properties(word: WordDocument) -> tuple[str | None, str | None, tuple[str, ...]]:
    """Title and author from the core properties (docProps/core.xml), None when absent, and a
    warning when the part the package names is not core properties (another content type or
    root element), which python-docx fails on with an AttributeError at the first read."""
    try:
        part = word.part.package.part_related_by(RT.CORE_PROPERTIES)
    except KeyError:
        return None, None, ()
    if not isinstance(part, CorePropertiesPart) or not isinstance(part.element, CT_CoreProperties):
        return None, None, (CORE_UNREAD,)
    core = part.core_properties
    return (core.title or "").strip() or None, (core.author or "").strip() or None, ()


def _running(word: Any) -> tuple[str, ...]:
    """The texts of the document's section headers and footers, each once."""
    texts: dict[str, None] = {}
    for section in word.sections:
        for part in (section.header, section.footer, section.first_page_header):
            if part is None or part.is_linked_to_previous:
                continue
            for paragraph in part.paragraphs:
                text = " ".join(paragraph.text.split())
                if text:
                    texts.setdefault(text)
    return tuple(texts)


COMPANY = re.compile(r"<(?:\w+:)?Company>([^<]*)</(?:\w+:)?Company>")


def _company(word: Any) -> str | None:
    """The Company of the file's extended properties (docProps/app.xml), or None."""
    for rel in word.part.package.rels.values():
        if rel.reltype.endswith("/extended-properties") and not rel.is_external:
            found = COMPANY.search(rel.target_part.blob.decode("utf-8", "ignore"))
            return (found.group(1).strip() or None) if found else None
    return None
