"""The text around the tables: headings, paragraphs and list items in reading order.

Works on the page model only. Running headers and footers (the same text at the same place
on most pages, page numbers, "DRAFT") are dropped; text inside a table is left to the table.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from councilplans.extractors.geometry import Line, words_to_lines
from councilplans.extractors.grid import FoundTable
from councilplans.extractors.margins import is_running, running_keys
from councilplans.extractors.model import (
    BBox,
    Block,
    Heading,
    ListItem,
    Paragraph,
    Provenance,
    Table,
)
from councilplans.extractors.page import PageModel, Word
from councilplans.extractors.settings import PdfSettings

BULLET = re.compile(r"^([•·▪◦●■‣➢➤✓\-–o*])(\s+|$)")
NUMBERED_ITEM = re.compile(r"^(\(?\d{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])(\s+|$)")
HEADING_NUMBER = re.compile(
    r"^((?:\d{1,2}\.)*\d{1,2}\.?|[A-Z]\.|[IVX]{1,4}\.|[ivx]{1,4}\.)\s+(\S.*)$"
)


@dataclass(frozen=True, slots=True)
class Piece:
    """A line of free text with its style, on one page."""

    line: Line
    page: int
    size: float
    bold: bool

    @property
    def text(self) -> str:
        return self.line.text

    @property
    def tag(self) -> str | None:
        tags = Counter(w.tag for w in self.line.words if w.tag)
        return tags.most_common(1)[0][0] if tags else None


HEADING_TAG = re.compile(r"^H([1-6]?)$")


def is_tagged(pieces: Sequence[Piece]) -> bool:
    """The document's structure tags are sound evidence: it tags headings at all, and most
    of its lines carry a tag."""
    tagged = [p for p in pieces if p.tag]
    return any(HEADING_TAG.match(p.tag or "") for p in tagged) and len(tagged) >= 0.8 * len(
        pieces
    )


def tag_level(tag: str | None) -> int | None:
    match = HEADING_TAG.match(tag or "")
    return int(match.group(1)) if match and match.group(1) else None


def free_words(page: PageModel, frags: Sequence[FoundTable]) -> list[Word]:
    """Given a page and its table fragments, return the words outside every table."""
    boxes = [f.bbox for f in frags]
    return [
        w
        for w in page.words
        if w.upright
        and not any(
            b.x0 - 1 <= w.xmid <= b.x1 + 1 and b.top - 1 <= w.ymid <= b.bottom + 1 for b in boxes
        )
    ]


def split_wide_gaps(line: Line) -> list[Line]:
    """Given a line, split it where words are far apart (side-by-side columns of text)."""
    parts: list[list[Word]] = [[line.words[0]]]
    for a, b in zip(line.words, line.words[1:], strict=False):
        if b.x0 - a.x1 > 2.5 * max(a.size, b.size):
            parts.append([b])
        else:
            parts[-1].append(b)
    return [
        Line(
            tuple(p), p[0].x0, min(w.top for w in p), max(w.x1 for w in p), max(w.bottom for w in p)
        )
        for p in parts
    ]


def page_pieces(
    page: PageModel, frags: Sequence[FoundTable], keys: set, settings: PdfSettings
) -> list[Piece]:
    pieces = []
    for ln in words_to_lines(free_words(page, frags), settings.y_tolerance):
        if is_running(ln, page, keys, settings):
            continue
        for part in split_wide_gaps(ln):
            bold = all(w.bold for w in part.words)
            pieces.append(Piece(part, page.number, part.size, bold))
    return pieces


def body_size(pieces: Sequence[Piece]) -> float:
    """Given all free text, return the most common font size, weighted by characters."""
    sizes: Counter[float] = Counter()
    for p in pieces:
        for w in p.line.words:
            sizes[round(w.size * 2) / 2] += len(w.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def looks_like_heading(p: Piece, body: float, settings: PdfSettings) -> bool:
    """Given a line, say whether it looks like a heading: bigger, bold or capitals, and short."""
    text = p.text.strip()
    words = text.split()
    if not words or len(words) > settings.max_heading_words or BULLET.match(text):
        return False
    if not re.search(r"[A-Za-z]", text) or text.endswith((",", ";")):
        return False
    if p.size >= body * settings.heading_size_ratio:
        return True
    if text.endswith(":"):
        return False  # a body-size label ("Be Healthy:", "Strategic Objective:") leads its text
    caps = text.isupper() and len(re.sub(r"[^A-Za-z]", "", text)) >= 4 and len(words) <= 10
    return (p.bold or caps) and not text.endswith(".")


def list_marker(text: str) -> tuple[str, str] | None:
    """Given a line, return (marker, rest) if it starts with a bullet or an item number."""
    for rx in (BULLET, NUMBERED_ITEM):
        m = rx.match(text)
        if m:
            return m.group(1), text[m.end() :].strip()
    return None


def heading_level(p: Piece, number: str | None, levels: dict[float, int]) -> int:
    if number and re.fullmatch(r"(\d+\.)*\d+\.?", number):
        return min(6, number.rstrip(".").count(".") + 1)
    return levels.get(size_key(p), len(levels) + 1)


def size_key(p: Piece) -> float:
    return round(p.size * 2) / 2


def size_levels(
    pieces: Sequence[Piece], body: float, settings: PdfSettings, title: Sequence[Piece] = ()
) -> dict[float, int]:
    """Given all lines, map each heading font size to a level, biggest first; a size only the
    title uses is not a level."""
    rest = [p for p in pieces if not any(p is t for t in title)]
    sizes = sorted(
        {size_key(p) for p in rest if p.size >= body * settings.heading_size_ratio}, reverse=True
    )
    return {s: i + 1 for i, s in enumerate(sizes)}


def title_run(pieces: Sequence[Piece], body: float, settings: PdfSettings) -> list[Piece]:
    """Given all lines, return the document title's: the lines of the biggest size, when they
    are few, all on the first page and one after the other (a cover or a page-top title)."""
    big = [p for p in pieces if p.size >= body * settings.heading_size_ratio]
    if not big:
        return []
    top = max(size_key(p) for p in big)
    at = [i for i, p in enumerate(pieces) if size_key(p) == top]
    run = [pieces[i] for i in at]
    one_run = at == list(range(at[0], at[0] + len(at)))
    if one_run and len(run) <= 4 and run[0].page == pieces[0].page:
        return run
    return []


def cover_text(pieces: Sequence[Piece], title: Sequence[Piece], body: float,
               settings: PdfSettings) -> list[Piece]:
    """Given the lines and the title's, return the body-size lines on the title's page above
    its first real heading: the cover's publisher, version and date, not headings."""
    if not title:
        return []
    page = [p for p in pieces if p.page == title[0].page and not any(p is t for t in title)]
    out = []
    for p in page:
        if p.size >= body * settings.heading_size_ratio:
            break
        out.append(p)
    return out


def paragraph_gap(pieces: Sequence[Piece], body: float) -> float | None:
    """Given all free lines, return the usual space between one body paragraph and the next:
    the commonest gap between plain body lines that is clearly wider than the commonest (the
    space between the lines of one paragraph). None when the text has no such gap."""
    gaps: Counter[float] = Counter()
    for a, b in zip(pieces, pieces[1:], strict=False):
        plain = not (a.bold or b.bold or list_marker(a.text) or list_marker(b.text))
        if a.page == b.page and plain and size_key(a) == size_key(b) == body:
            gap = b.line.top - a.line.bottom
            if -1 < gap < 3 * body:
                gaps[round(gap * 2) / 2] += 1
    if not gaps:
        return None
    line = gaps.most_common(1)[0][0]
    wider = Counter({g: n for g, n in gaps.items() if g > line + 1.5})
    return wider.most_common(1)[0][0] if wider else None


def bold_paragraphs(
    pieces: Sequence[Piece], body: float, settings: PdfSettings, gap: float | None,
    tables: Sequence[BBox] = (),
) -> list[Piece]:
    """Given one page's lines, return the body-size bold lines that are not headings.

    A heading sits closer to the text it heads than paragraphs sit to each other. A bold line
    of body size set a whole paragraph gap above plain text is a bold paragraph (a lead-in such
    as 'Every Child Matters – No Child Left Behind'), and so is a stack of such lines (a banner,
    a contents page's title). A line straight before a table is left to the caption rule, and
    one last on its page or followed by a bigger heading (an empty section) stays a heading.
    """
    if gap is None:
        return []
    out: list[Piece] = []
    stacked = False  # the line just before was itself a bold paragraph of this kind
    i = 0
    while i < len(pieces):
        p = pieces[i]
        j = take_run(pieces, i, lambda q, p=p: q.bold == p.bold and q.size == p.size)
        candidate = (
            p.bold and p.size < body * settings.heading_size_ratio
            and not HEADING_NUMBER.match(p.text) and looks_like_heading(p, body, settings)
        )
        after = pieces[j] if j < len(pieces) else None
        bottom = pieces[j - 1].line.bottom
        below = after.line.top if after else float("inf")
        before_table = any(bottom - 1 <= t.top <= below + 1 for t in tables)
        lone = False
        if candidate and after is not None and not before_table:
            bigger = after.size >= body * settings.heading_size_ratio or (
                after.bold and HEADING_NUMBER.match(after.text) is not None
            )
            apart = below - bottom >= gap - 1
            lone = apart and (stacked or not bigger)
        if lone:
            out.extend(pieces[i:j])
        stacked = lone
        i = j
    return out


def prov(pieces: Sequence[Piece]) -> tuple[Provenance, ...]:
    out: list[Provenance] = []
    for p in pieces:
        box = BBox(p.line.x0, p.line.top, p.line.x1, p.line.bottom)
        if out and out[-1].page == p.page and out[-1].bbox is not None:
            out[-1] = Provenance(p.page, out[-1].bbox.union(box))
        else:
            out.append(Provenance(p.page, box))
    return tuple(out)


def close_below(a: Piece, b: Piece) -> bool:
    """Given two lines, say whether the second follows the first within one paragraph."""
    gap = b.line.top - a.line.bottom
    return a.page == b.page and -1 < gap < 0.9 * a.size and abs(a.size - b.size) < 0.6


def take_run(pieces: Sequence[Piece], i: int, fits) -> int:
    """Given lines and a start, return the end of the run of following lines that ``fits``."""
    j = i + 1
    while j < len(pieces) and close_below(pieces[j - 1], pieces[j]) and fits(pieces[j]):
        j += 1
    return j


def marker_depths(pieces: Sequence[Piece]) -> dict[int, int]:
    """Given a page's lines, map the left edge of each list marker to a nesting depth."""
    xs = sorted({round(p.line.x0) for p in pieces if list_marker(p.text)})
    depth: dict[int, int] = {}
    level = -1
    last = -100.0
    for x in xs:
        if x - last > 6:
            level += 1
        depth[x] = level
        last = x
    return depth


def make_heading(group: Sequence[Piece], levels: dict[float, int]) -> Heading:
    text = " ".join(p.text.strip() for p in group)
    m = HEADING_NUMBER.match(text)
    number, title = (m.group(1).rstrip("."), m.group(2)) if m else (None, text)
    level = tag_level(group[0].tag) or heading_level(group[0], number, levels)
    return Heading(title, level, number, prov(group))


def make_item(group: Sequence[Piece], depths: dict[int, int]) -> ListItem:
    marker, first = list_marker(group[0].text) or ("", group[0].text)
    text = " ".join([first, *(p.text.strip() for p in group[1:])]).strip()
    return ListItem(text, depths.get(round(group[0].line.x0), 0), marker, prov(group))


def page_blocks(
    pieces: Sequence[Piece], body: float, levels: dict[float, int], settings: PdfSettings,
    tagged: bool = False, title: Sequence[Piece] = (), plain: Sequence[Piece] = (),
) -> list[Block]:
    """Given one page's free lines in reading order, group them into headings, list items
    and paragraphs. In a soundly tagged document a line is a heading when its tag says so.
    The ``title`` lines become the title paragraph; ``plain`` lines are never headings."""
    title_ids, plain_ids = {id(p) for p in title}, {id(p) for p in plain}

    def is_heading(p: Piece, body: float, settings: PdfSettings) -> bool:
        if id(p) in plain_ids:
            return False
        if tagged and p.tag:
            return HEADING_TAG.match(p.tag) is not None
        return looks_like_heading(p, body, settings)

    def starts_item(q: Piece) -> bool:
        # a dash at the start of a wrapped heading's line ("– 2015 – starting well") is text
        return list_marker(q.text) is not None and q.size < body * settings.heading_size_ratio

    depths = marker_depths(pieces)
    blocks: list[Block] = []
    i = 0
    while i < len(pieces):
        p = pieces[i]
        if id(p) in title_ids:
            j = i + 1
            while j < len(pieces) and id(pieces[j]) in title_ids:
                j += 1
            text = " ".join(q.text.strip() for q in pieces[i:j])
            blocks.append(Paragraph(text, prov(pieces[i:j]), bold=p.bold, role="title"))
            i = j
            continue
        marker = list_marker(p.text)
        numbered_heading = bool(HEADING_NUMBER.match(p.text)) and (p.bold or p.size > body * 1.05)
        if is_heading(p, body, settings) and (marker is None or numbered_heading):
            j = take_run(
                pieces,
                i,
                lambda q, p=p: (
                    (is_heading(q, body, settings) or not re.search(r"[A-Za-z]", q.text))
                    and q.size == p.size
                    and q.bold == p.bold
                    and not starts_item(q)
                ),
            )
            group = pieces[i:j]
            body_sized = group[0].size < body * settings.heading_size_ratio
            words = sum(len(q.text.split()) for q in group)
            if body_sized and not numbered_heading and words > settings.max_heading_words:
                # headings are short: a long run of bold lines is a bold paragraph (a caption)
                text = " ".join(q.text.strip() for q in group)
                blocks.append(Paragraph(text, prov(group), bold=all(q.bold for q in group)))
            else:
                blocks.append(make_heading(group, levels))
        elif marker is not None:
            j = take_run(
                pieces, i, lambda q, p=p: list_marker(q.text) is None and q.line.x0 > p.line.x0 + 2
            )
            blocks.append(make_item(pieces[i:j], depths))
        else:
            j = take_run(
                pieces,
                i,
                # a wrapped paragraph's short last line may look like a heading: same weight
                # and size as the line above, close below it, keeps it in the paragraph
                lambda q, p=p: list_marker(q.text) is None
                and (not is_heading(q, body, settings) or (q.bold == p.bold and q.size == p.size)),
            )
            group = pieces[i:j]
            text = " ".join(q.text.strip() for q in group)
            blocks.append(Paragraph(text, prov(group), bold=all(q.bold for q in group)))
        i = j
    return blocks


def block_key(block: Block, page_index: dict[int, int]) -> tuple[int, float, float]:
    first = block.prov[0] if block.prov else Provenance(None)
    box = first.bbox or BBox(0, 0, 0, 0)
    return (page_index.get(first.page or 0, 0), round(box.top, 1), box.x0)


def document_blocks(
    pages: Sequence[PageModel],
    fragments: Sequence[Sequence[FoundTable]],
    tables: Sequence[Table],
    settings: PdfSettings | None = None,
    keys: set[tuple[str, int]] | None = None,
) -> list[Block]:
    """Given the pages, their table fragments and the stitched tables, return every block of
    the document in reading order."""
    settings = settings or PdfSettings()
    keys = running_keys(pages, settings) if keys is None else keys
    per_page = [
        page_pieces(pg, fr, keys, settings) for pg, fr in zip(pages, fragments, strict=True)
    ]
    everything = [p for ps in per_page for p in ps]
    body = body_size(everything)
    tagged = is_tagged(everything)
    title = [] if tagged else title_run(everything, body, settings)
    levels = size_levels(everything, body, settings, title)
    plain = cover_text(everything, title, body, settings)
    if not tagged:
        gap = paragraph_gap(everything, body)
        for ps, fr in zip(per_page, fragments, strict=True):
            plain += bold_paragraphs(ps, body, settings, gap, [f.bbox for f in fr])
    blocks: list[Block] = [
        b for ps in per_page for b in page_blocks(ps, body, levels, settings, tagged, title, plain)
    ]
    blocks.extend(tables)
    page_index = {pg.number: i for i, pg in enumerate(pages)}
    ordered = sorted(blocks, key=lambda b: block_key(b, page_index))
    return captions_before_tables(ordered, len(levels) + 1)


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


def pick_title(blocks: Sequence[Block]) -> str | None:
    """Given the blocks, return the title paragraph's text, else the first top-level heading's
    (or the first heading's)."""
    titles = [b for b in blocks if isinstance(b, Paragraph) and b.role == "title"]
    if titles:
        return titles[0].text
    headings = [b for b in blocks if isinstance(b, Heading)]
    top = [h for h in headings if h.level == 1] or headings
    return top[0].text if top else None
