"""Headings a Word author made by hand: a short bold (or larger) paragraph standing on its
own, which no heading style or outline level marks.

Many Word documents title their sections with direct formatting instead of the Heading
styles. A body paragraph or list item is read as such a heading when it is short (HEADING_WORDS
words at most), does not end as a sentence or a lead-in does, is all bold or larger than the
body text by LARGER, is not a caption ("Table 2 – ...", CAPTION) nor a web address, stands
alone if in a text box (a banner; a box of several lines is a label or a call-out), and is
followed by more of the document and not by a table (a bold line over a table is the
table's caption).

Which of them count depends on how the author made headings elsewhere in the document:
- styles for most (more styled headings than hand-made ones): a hand-made heading is a
  sub-heading of the styled heading above it; none is read before the first styled heading
  (the cover and the front matter come before it), nor straight after one (a subtitle, such
  as a plan's motto under its vision's heading);
- by hand: they are the document's headings, but for the cover (the run of them before the
  first body text, less its last, which titles that text); the kinds of them the document
  uses (a banner, larger text, bold text, a bold list item, in that order) are its levels.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from councilplans.extractors.glyphs import CAPTION, NUMBERED_HEADING
from councilplans.extractors.model import Block, Heading, ListItem, Paragraph, Table

HEADING_WORDS = 15
LARGER = 1.2  # a size this many times the body text's sets a paragraph apart unbolded
ENDINGS = (".", ":", ";", ",")  # a sentence, a lead-in to a list, or a line running on
WEB_ADDRESS = re.compile(r"https?://|www\.", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Look:
    """How a paragraph is printed: all bold or not, its largest font size in points (None
    where neither its runs nor its style nor the document's defaults give one), and how many
    paragraphs of text the text box holding it has (0: it is in the body)."""

    bold: bool
    size: float | None
    box_lines: int = 0


def body_size(printed: Sequence[tuple[Look, str]]) -> float | None:
    """The size most of the document's plain (not bold) text is printed in, given each
    paragraph's look and text."""
    sizes: Counter[float] = Counter()
    for look, text in printed:
        if not look.bold and look.size is not None:
            sizes[look.size] += len(text)
    return sizes.most_common(1)[0][0] if sizes else None


def looks_like_heading(text: str, look: Look, body: float | None) -> bool:
    """Short, set apart by weight or size, alone in its text box if in one, and neither a
    sentence, a lead-in, a caption nor a web address (a notice of where data is)."""
    return (
        (look.bold or _larger(look, body))
        and look.box_lines <= 1  # a box of several lines is a label, a logo or a call-out
        and len(text.split()) <= HEADING_WORDS
        and not text.rstrip().endswith(ENDINGS)
        and CAPTION.match(text) is None
        and WEB_ADDRESS.search(text) is None
    )


def _larger(look: Look, body: float | None) -> bool:
    return look.size is not None and body is not None and look.size >= body * LARGER


def promote(blocks: Sequence[Block], looks: dict[int, Look]) -> tuple[Block, ...]:
    """``blocks`` with the paragraphs read as hand-made headings (see the module) made
    Headings. ``looks`` holds each body paragraph's Look by the paragraph's id()."""
    texts = [b for b in blocks if isinstance(b, (Paragraph, ListItem)) and id(b) in looks]
    body = body_size([(looks[id(b)], b.text) for b in texts])
    kinds = [_kind(blocks, i, looks, body) for i in range(len(blocks))]
    styled = sum(isinstance(b, Heading) for b in blocks)
    if styled >= sum(kind is not None for kind in kinds):
        levels = _under_styled(blocks, kinds)
    else:
        levels = _by_hand(blocks, kinds)
    return tuple(
        _heading(b, level) if level and isinstance(b, (Paragraph, ListItem)) else b
        for b, level in zip(blocks, levels, strict=True)
    )


def _heading(block: Paragraph | ListItem, level: int) -> Heading:
    """The block as a heading: its list number, or a section number typed before its
    words, kept apart (a bullet is no number)."""
    text = block.text
    number = block.marker if isinstance(block, ListItem) else None
    if number is not None and not NUMBERED_HEADING.match(f"{number} x"):
        number = None
    match = NUMBERED_HEADING.match(text)
    if number is None and match and len(text) > match.end():
        number, text = match.group(1), text[match.end() :].strip()
    return Heading(text, level, number.rstrip(".") if number else None, block.prov)


# How a hand-made heading is set apart, most prominent first: in a document whose author
# made headings by hand, the kinds it uses are its levels, in this order.
BANNER, LARGER_TEXT, BOLD, BOLD_ITEM = range(4)


def _kind(
    blocks: Sequence[Block], i: int, looks: dict[int, Look], body: float | None
) -> int | None:
    """How blocks[i] is set apart as a hand-made heading; None when it is not one."""
    block = blocks[i]
    if not isinstance(block, (Paragraph, ListItem)) or id(block) not in looks:
        return None
    following = blocks[i + 1] if i + 1 < len(blocks) else None
    look = looks[id(block)]
    if following is None or isinstance(following, Table):
        return None
    if not looks_like_heading(block.text, look, body):
        return None
    if look.box_lines == 1:
        return BANNER
    if _larger(look, body):
        return LARGER_TEXT
    return BOLD_ITEM if isinstance(block, ListItem) else BOLD


def _under_styled(blocks: Sequence[Block], kinds: Sequence[int | None]) -> list[int]:
    """Each hand-made heading's level below the styled heading above it; none before the
    first, and none straight after a styled heading, whose subtitle such a line is."""
    levels, above = [], 0
    for i, (block, kind) in enumerate(zip(blocks, kinds, strict=True)):
        if isinstance(block, Heading):
            above = block.level
        subtitle = i > 0 and isinstance(blocks[i - 1], Heading)
        levels.append(above + 1 if kind is not None and above and not subtitle else 0)
    return levels


def _by_hand(blocks: Sequence[Block], kinds: Sequence[int | None]) -> list[int]:
    """Each hand-made heading's level by its kind, among the kinds the document uses; none
    for the cover's: those before the first body text, less the last of them."""
    first_body = next(
        (
            i
            for i, (block, kind) in enumerate(zip(blocks, kinds, strict=True))
            if isinstance(block, (Paragraph, ListItem)) and kind is None
        ),
        len(blocks),
    )
    cover = [i for i in range(first_body) if kinds[i] is not None][:-1]
    kept = [None if i in cover else kind for i, kind in enumerate(kinds)]
    used = sorted({kind for kind in kept if kind is not None})
    return [0 if kind is None else used.index(kind) + 1 for kind in kept]
