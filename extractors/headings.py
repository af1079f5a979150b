"""Which free lines are headings, and of what level; which is the title.

A heading is bigger than the body text, or bold, or in capitals, and short. Levels count from
the biggest heading size down (the title's size, used by the title alone, is not a level). In a
soundly tagged PDF the structure tags decide instead. A bold line of body size is a heading
only when it sits closer to its own text than paragraphs sit to each other.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from councilplans.extractors.glyphs import BULLET, CAPTION, NUMBERED_HEADING, list_marker
from councilplans.extractors.model import BBox
from councilplans.extractors.settings import PdfSettings
from councilplans.extractors.textlines import Piece, take_run

HEADING_TAG = re.compile(r"^H([1-6]?)$")
MAX_LEVEL = 6  # heading levels stop at 6, as in Word, HTML and PDF tags
DEFAULT_BODY = 10.0  # the body size of a document with no free text at all


def is_tagged(pieces: Sequence[Piece], settings: PdfSettings) -> bool:
    """The document's structure tags are sound evidence: it tags headings at all, and most
    of its lines carry a tag."""
    tagged = [p for p in pieces if p.tag]
    headings = any(HEADING_TAG.match(p.tag or "") for p in tagged)
    return headings and len(tagged) >= settings.tagged_share * len(pieces)


def tag_level(tag: str | None) -> int | None:
    match = HEADING_TAG.match(tag or "")
    return int(match.group(1)) if match and match.group(1) else None


def size_key(p: Piece) -> float:
    return round(p.size * 2) / 2


def body_size(pieces: Sequence[Piece]) -> float:
    """Given all free text, return the most common font size, weighted by characters."""
    sizes: Counter[float] = Counter()
    for p in pieces:
        for w in p.line.words:
            sizes[round(w.size * 2) / 2] += len(w.text)
    return sizes.most_common(1)[0][0] if sizes else DEFAULT_BODY


def is_bigger(p: Piece, body: float, settings: PdfSettings) -> bool:
    return p.size >= body * settings.heading_size_ratio


def is_numbered_heading(p: Piece, body: float, settings: PdfSettings) -> bool:
    """A line starting with a section number, bold or a little bigger than the body."""
    return bool(NUMBERED_HEADING.match(p.text)) and (
        p.bold or p.size > body * settings.numbered_heading_ratio
    )


def looks_like_heading(p: Piece, body: float, settings: PdfSettings) -> bool:
    """Given a line, say whether it looks like a heading: bigger, bold or capitals, and short."""
    text = p.text.strip()
    words = text.split()
    if not words or len(words) > settings.max_heading_words or BULLET.match(text):
        return False
    if CAPTION.match(text):
        return False  # "Table 2 – ...", "Figure 1 ...": a caption, however it is set
    if not re.search(r"[A-Za-z]", text) or text.endswith((",", ";")):
        return False
    if is_bigger(p, body, settings):
        return True
    if text.endswith(":"):
        return False  # a body-size label ("Be Healthy:", "Strategic Objective:") leads its text
    letters = len(re.sub(r"[^A-Za-z]", "", text))
    caps = (
        text.isupper()
        and letters >= settings.min_caps_heading_letters
        and len(words) <= settings.max_caps_heading_words
    )
    return (p.bold or caps) and not text.endswith(".")


def heading_level(p: Piece, number: str | None, levels: dict[float, int]) -> int:
    if number and re.fullmatch(r"(\d+\.)*\d+\.?", number):
        return min(MAX_LEVEL, number.rstrip(".").count(".") + 1)
    return levels.get(size_key(p), len(levels) + 1)


def size_levels(
    pieces: Sequence[Piece], body: float, settings: PdfSettings, title: Sequence[Piece] = ()
) -> dict[float, int]:
    """Given all lines, map each heading font size to a level, biggest first; a size only the
    title uses is not a level."""
    rest = [p for p in pieces if not any(p is t for t in title)]
    sizes = sorted({size_key(p) for p in rest if is_bigger(p, body, settings)}, reverse=True)
    return {s: i + 1 for i, s in enumerate(sizes)}


def title_run(pieces: Sequence[Piece], body: float, settings: PdfSettings) -> list[Piece]:
    """Given all lines, return the document title's: the lines of the biggest size, when they
    are few, all on the first page and one after the other (a cover or a page-top title)."""
    big = [p for p in pieces if is_bigger(p, body, settings)]
    if not big:
        return []
    top = max(size_key(p) for p in big)
    at = [i for i, p in enumerate(pieces) if size_key(p) == top]
    run = [pieces[i] for i in at]
    one_run = at == list(range(at[0], at[0] + len(at)))
    if one_run and len(run) <= settings.max_title_lines and run[0].page == pieces[0].page:
        return run
    return []


def cover_text(
    pieces: Sequence[Piece], title: Sequence[Piece], body: float, settings: PdfSettings
) -> list[Piece]:
    """Given the lines and the title's, return the body-size lines on the title's page above
    its first real heading: the cover's publisher, version and date, not headings."""
    if not title:
        return []
    page = [p for p in pieces if p.page == title[0].page and not any(p is t for t in title)]
    out = []
    for p in page:
        if is_bigger(p, body, settings):
            break
        out.append(p)
    return out


def paragraph_gap(pieces: Sequence[Piece], body: float, settings: PdfSettings) -> float | None:
    """Given all free lines, return the usual space between one body paragraph and the next:
    the commonest gap between plain body lines that is clearly wider than the commonest (the
    space between the lines of one paragraph). None when the text has no such gap."""
    gaps: Counter[float] = Counter()
    for a, b in zip(pieces, pieces[1:], strict=False):
        plain = not (a.bold or b.bold or list_marker(a.text) or list_marker(b.text))
        if a.page == b.page and plain and size_key(a) == size_key(b) == body:
            gap = b.line.top - a.line.bottom
            if -1 < gap < settings.max_paragraph_gap_ratio * body:
                gaps[round(gap * 2) / 2] += 1
    if not gaps:
        return None
    line = gaps.most_common(1)[0][0]
    wider = Counter({g: n for g, n in gaps.items() if g > line + settings.paragraph_gap_margin})
    return wider.most_common(1)[0][0] if wider else None


def bold_paragraphs(
    pieces: Sequence[Piece],
    body: float,
    settings: PdfSettings,
    gap: float | None,
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

        def same_style(q: Piece, p: Piece = p) -> bool:
            return q.bold == p.bold and q.size == p.size

        j = take_run(pieces, i, same_style, settings)
        lone = is_bold_lead_in(pieces, i, j, body, settings, gap, tables, stacked)
        if lone:
            out.extend(pieces[i:j])
        stacked = lone
        i = j
    return out


def is_bold_lead_in(
    pieces: Sequence[Piece],
    i: int,
    j: int,
    body: float,
    settings: PdfSettings,
    gap: float,
    tables: Sequence[BBox],
    stacked: bool,
) -> bool:
    """Given a run of bold lines (pieces[i:j]), say whether it is a bold paragraph: set a
    paragraph gap above what follows, not before a table, and not over a bigger heading
    unless it sits on a stack of such lines."""
    p = pieces[i]
    candidate = (
        p.bold
        and not is_bigger(p, body, settings)
        and not NUMBERED_HEADING.match(p.text)
        and looks_like_heading(p, body, settings)
    )
    after = pieces[j] if j < len(pieces) else None
    if not candidate or after is None:
        return False
    bottom = pieces[j - 1].line.bottom
    below = after.line.top
    if any(bottom - 1 <= t.top <= below + 1 for t in tables):
        return False
    bigger = is_bigger(after, body, settings) or (
        after.bold and NUMBERED_HEADING.match(after.text) is not None
    )
    return below - bottom >= gap - 1 and (stacked or not bigger)
