"""The text around the tables: headings, paragraphs and list items in reading order.

Works on the page model only: each page's free lines (textlines.py) are grouped into blocks,
headings judged by headings.py, and the blocks of every page merged with the tables by their
place on the page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from councilplans.extractors.glyphs import NUMBERED_HEADING, list_marker
from councilplans.extractors.headings import (
    HEADING_TAG,
    body_size,
    bold_paragraphs,
    cover_text,
    heading_level,
    is_bigger,
    is_numbered_heading,
    is_tagged,
    looks_like_heading,
    paragraph_gap,
    size_levels,
    tag_level,
    title_run,
)
from councilplans.extractors.margins import RunningKeys, running_keys
from councilplans.extractors.model import (
    BBox,
    Block,
    Heading,
    ListItem,
    Paragraph,
    Provenance,
    Table,
)
from councilplans.extractors.page import PageModel
from councilplans.extractors.settings import PdfSettings
from councilplans.extractors.tables import FoundTable
from councilplans.extractors.textlines import Piece, joined_text, page_pieces, prov, take_run

HAS_LETTER = re.compile(r"[A-Za-z]")


@dataclass(frozen=True, slots=True)
class TextStyle:
    """What every page's lines are judged against: the body size, the level of each heading
    size, whether the tags are trusted, the title's lines and the lines never headings."""

    body: float
    levels: dict[float, int]
    settings: PdfSettings
    tagged: bool = False
    title: frozenset[int] = frozenset()  # ids of the title's pieces
    plain: frozenset[int] = frozenset()  # ids of pieces that are never headings

    def is_heading(self, p: Piece) -> bool:
        if id(p) in self.plain:
            return False
        if self.tagged and p.tag:
            return HEADING_TAG.match(p.tag) is not None
        return looks_like_heading(p, self.body, self.settings)

    def starts_item(self, q: Piece) -> bool:
        # a dash at the start of a wrapped heading's line ("– 2015 – starting well") is text
        return list_marker(q.text) is not None and not is_bigger(q, self.body, self.settings)


def marker_depths(pieces: Sequence[Piece], settings: PdfSettings) -> dict[int, int]:
    """Given a page's lines, map the left edge of each list marker to a nesting depth."""
    xs = sorted({round(p.line.x0) for p in pieces if list_marker(p.text)})
    depth: dict[int, int] = {}
    level = -1
    last: float | None = None
    for x in xs:
        if last is None or x - last > settings.list_indent:
            level += 1
        depth[x] = level
        last = x
    return depth


def make_heading(group: Sequence[Piece], levels: dict[float, int]) -> Heading:
    text = joined_text(group)
    m = NUMBERED_HEADING.match(text)
    number = m.group(1).rstrip(".") if m else None
    title = text[m.end() :] if m else text
    level = tag_level(group[0].tag) or heading_level(group[0], number, levels)
    return Heading(title, level, number, prov(group))


def make_item(group: Sequence[Piece], depths: dict[int, int]) -> ListItem:
    marker, first = list_marker(group[0].text) or ("", group[0].text)
    text = " ".join([first, *(p.text.strip() for p in group[1:])]).strip()
    return ListItem(text, depths.get(round(group[0].line.x0), 0), marker, prov(group))


def paragraph(group: Sequence[Piece]) -> Paragraph:
    return Paragraph(joined_text(group), prov(group), bold=all(q.bold for q in group))


def title_block(pieces: Sequence[Piece], i: int, style: TextStyle) -> tuple[Block, int]:
    j = i + 1
    while j < len(pieces) and id(pieces[j]) in style.title:
        j += 1
    group = pieces[i:j]
    return Paragraph(joined_text(group), prov(group), bold=group[0].bold, role="title"), j


def heading_block(pieces: Sequence[Piece], i: int, style: TextStyle) -> tuple[Block, int]:
    """A run of heading lines of one size and weight; a long run of body-size bold lines is a
    bold paragraph (a caption), since headings are short."""
    p = pieces[i]

    def fits(q: Piece) -> bool:
        return (
            (style.is_heading(q) or not HAS_LETTER.search(q.text))
            and q.size == p.size
            and q.bold == p.bold
            and not style.starts_item(q)
        )

    j = take_run(pieces, i, fits, style.settings)
    group = pieces[i:j]
    words = sum(len(q.text.split()) for q in group)
    numbered = is_numbered_heading(p, style.body, style.settings)
    body_sized = not is_bigger(group[0], style.body, style.settings)
    if body_sized and not numbered and words > style.settings.max_heading_words:
        return paragraph(group), j
    return make_heading(group, style.levels), j


def item_block(
    pieces: Sequence[Piece], i: int, style: TextStyle, depths: dict[int, int]
) -> tuple[Block, int]:
    """A list item: its marker's line and the lines indented under it."""
    x0 = pieces[i].line.x0 + style.settings.hanging_indent

    def fits(q: Piece) -> bool:
        return list_marker(q.text) is None and q.line.x0 > x0

    j = take_run(pieces, i, fits, style.settings)
    return make_item(pieces[i:j], depths), j


def paragraph_block(pieces: Sequence[Piece], i: int, style: TextStyle) -> tuple[Block, int]:
    """A paragraph: lines up to a list marker or a heading. A wrapped paragraph's short last
    line may look like a heading: the same weight and size as the line above, close below
    it, keeps it in the paragraph."""
    p = pieces[i]

    def fits(q: Piece) -> bool:
        same = q.bold == p.bold and q.size == p.size
        return list_marker(q.text) is None and (not style.is_heading(q) or same)

    j = take_run(pieces, i, fits, style.settings)
    return paragraph(pieces[i:j]), j


def page_blocks(pieces: Sequence[Piece], style: TextStyle) -> list[Block]:
    """Given one page's free lines in reading order, group them into the title, headings,
    list items and paragraphs."""
    depths = marker_depths(pieces, style.settings)
    blocks: list[Block] = []
    i = 0
    while i < len(pieces):
        p = pieces[i]
        marker = list_marker(p.text)
        block: Block
        if id(p) in style.title:
            block, i = title_block(pieces, i, style)
        elif style.is_heading(p) and (
            marker is None or is_numbered_heading(p, style.body, style.settings)
        ):
            block, i = heading_block(pieces, i, style)
        elif marker is not None:
            block, i = item_block(pieces, i, style, depths)
        else:
            block, i = paragraph_block(pieces, i, style)
        blocks.append(block)
    return blocks


def block_key(block: Block, page_index: dict[int, int]) -> tuple[int, float, float]:
    first = block.prov[0] if block.prov else Provenance(None)
    box = first.bbox or BBox(0, 0, 0, 0)
    return (page_index.get(first.page or 0, 0), round(box.top, 1), box.x0)


def text_style(
    per_page: Sequence[Sequence[Piece]],
    fragments: Sequence[Sequence[FoundTable]],
    settings: PdfSettings,
) -> TextStyle:
    """Given every page's free lines and table fragments, judge the document's text: body
    size, heading levels, whether tags are trusted, the title, and the lines that are never
    headings (the cover's small print, bold lead-ins)."""
    everything = [p for ps in per_page for p in ps]
    body = body_size(everything)
    tagged = is_tagged(everything, settings)
    title = [] if tagged else title_run(everything, body, settings)
    levels = size_levels(everything, body, settings, title)
    plain = cover_text(everything, title, body, settings)
    if not tagged:
        gap = paragraph_gap(everything, body, settings)
        for ps, fr in zip(per_page, fragments, strict=True):
            plain += bold_paragraphs(ps, body, settings, gap, [f.bbox for f in fr])
    return TextStyle(
        body, levels, settings, tagged, frozenset(map(id, title)), frozenset(map(id, plain))
    )


def document_blocks(
    pages: Sequence[PageModel],
    fragments: Sequence[Sequence[FoundTable]],
    tables: Sequence[Table],
    settings: PdfSettings | None = None,
    keys: RunningKeys | None = None,
) -> list[Block]:
    """Given the pages, their table fragments and the stitched tables, return every block of
    the document in reading order."""
    settings = settings or PdfSettings()
    keys = running_keys(pages, settings) if keys is None else keys
    per_page = [
        page_pieces(pg, fr, keys, settings) for pg, fr in zip(pages, fragments, strict=True)
    ]
    style = text_style(per_page, fragments, settings)
    blocks: list[Block] = [b for ps in per_page for b in page_blocks(ps, style)]
    blocks.extend(tables)
    page_index = {pg.number: i for i, pg in enumerate(pages)}
    ordered = sorted(blocks, key=lambda b: block_key(b, page_index))
    return captions_before_tables(ordered, len(style.levels) + 1)


def captions_before_tables(blocks: Sequence[Block], bold_level: int) -> list[Block]:
    """Given blocks in order, turn a bold body-size 'heading' right before a table into the
    table's caption: a bold paragraph (a title row drawn without borders, 'Risk Register')."""
    out = list(blocks)
    for i, (block, after) in enumerate(zip(blocks, blocks[1:], strict=False)):
        if (
            isinstance(block, Heading)
            and isinstance(after, Table)
            and block.level == bold_level
            and block.number is None
        ):
            out[i] = Paragraph(block.text, block.prov, bold=True)
    return out
