"""Check a document's headings against its own contents page.

A contents page is the author's list of the sections: each entry should be a heading further
on. Entries are matched to headings by their words (a contents line is often longer or
shorter than the heading: "Introduction and Foreword by the Chair" / "Introduction and
foreword"). An entry no heading matches, but whose exact text is a short paragraph, promotes
that paragraph to a heading: the layout read it as body text, the contents says otherwise.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import TypeGuard

from councilplans.extractors.glyphs import INNER_BULLET, LEADER_CHARS, LEADING_BULLET, PAGE_LABEL
from councilplans.extractors.model import Block, Heading, Paragraph, Table
from councilplans.normalise.record import ContentsCheck, ContentsEntry
from councilplans.normalise.vocab import fold

# "2.1 Aims", "3. Aims", "B – Risk Register", "iv) Glossary"; a lone capital needs a
# separator, or "A Fresh Start" would lose its "A"
NUMBER = re.compile(
    r"^(?:(?P<n>(?:\d{1,2}\.)*\d{1,2})(?:[.)]?\s+|[.)]\s*)"
    r"|(?P<a>[A-Z]|[IVX]{1,4}|[ivx]{1,4})(?:[.)]\s*|\s+[–-]\s+))(?=\S)"
)
NUMBER_CELL = re.compile(r"^((?:\d{1,2}\.)*\d{1,2}|[A-Z]|[IVX]{1,4}|[ivx]{1,4})\.?$")
HEADER_WORDS = frozenset({"section", "page", "contents", "no", "title", "chapter"})
WINDOW = 12  # headings an entry may skip: subheadings the contents does not list
# an entry's page number at its end, after dotted leaders or a space
LEADER = re.compile(rf"(?:\s*[{LEADER_CHARS}]{{3,}}\s*|\s+)(\d{{1,3}}|[ivx]{{1,5}})\s*$")
SAME = 0.8  # similarity of folded texts above which an entry and a heading are one


def entries_from_row(row: Sequence[str]) -> list[ContentsEntry]:
    """Given a contents table row ("1", "Introduction", "3") or ("Introduction ..... 3"),
    return its entries: one, and one more per bulleted line under it ("Appendices –" /
    "• A – Risk Register"); none for a header or empty row."""
    cells = [c.strip() for c in row if c.strip()]
    if not cells:
        return []
    page = cells.pop() if len(cells) > 1 and PAGE_LABEL.match(cells[-1]) else None
    number = cells.pop(0) if len(cells) > 1 and NUMBER_CELL.match(cells[0]) else None
    # a PDF cell's lines may come joined: a bullet starts a line wherever it stands
    text = INNER_BULLET.sub("\n", "\n".join(cells))
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if not lines:
        return []
    head = [lines[0], *(ln for ln in lines[1:] if not LEADING_BULLET.match(ln))]
    first = entry(" ".join(head), number, page)
    subs = [
        entry(LEADING_BULLET.sub("", ln), None, None)
        for ln in lines[1:]
        if LEADING_BULLET.match(ln)
    ]
    return [e for e in (first, *subs) if e is not None]


def entry(text: str, number: str | None, page: str | None) -> ContentsEntry | None:
    """Given an entry's text (maybe with its number and dotted leader), return the entry."""
    text = " ".join(text.split())
    leader = LEADER.search(text)
    if page is None and leader:
        page, text = leader.group(1), text[: leader.start()]
    numbered = NUMBER.match(text)
    if number is None and numbered:
        number, text = numbered.group("n") or numbered.group("a"), text[numbered.end() :]
    text = text.strip(" .·…_–-")
    if not re.search(r"[A-Za-z]", text) or set(fold(text).split()) <= HEADER_WORDS:
        return None
    return ContentsEntry(text, number.rstrip(".") if number else None, page)


def contents_entries(table: Table) -> list[ContentsEntry]:
    return [e for row in table.grid() for e in entries_from_row(row)]


def similarity(entry: str, heading: str) -> float:
    """Given an entry's and a heading's text, say how surely they name one section: 1 for the
    same words, high when one's words hold all of the other's (a contents line is often
    longer or shorter than its heading), else how alike the texts are."""
    a, b = fold(entry), fold(heading)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    shorter, longer = sorted((a.split(), b.split()), key=len)
    if len(shorter) >= 2 and longer[: len(shorter)] == shorter:
        return 0.9
    if len(shorter) >= max(2, len(longer) / 2) and set(shorter) <= set(longer):
        return 0.9
    return SequenceMatcher(None, a, b).ratio()


def check_contents(
    blocks: Sequence[Block], contents: Sequence[Table]
) -> tuple[tuple[Block, ...], ContentsCheck | None]:
    """Given a document's blocks and its contents tables, return the blocks (paragraphs the
    contents names promoted to headings) and how headings and contents agree.

    Entries are taken in order: each is matched to the most similar of the next few headings
    after the one the entry before it matched."""
    entries = [e for t in contents for e in contents_entries(t)]
    if not entries:
        return tuple(blocks), None
    out = list(blocks)
    after = max(i for i, b in enumerate(blocks) if any(b is t for t in contents))
    headings = [b for b in blocks[after:] if isinstance(b, Heading)]
    matched, promoted, missing = [], [], []
    cursor = 0
    for e in entries:
        window = enumerate(headings[cursor : cursor + WINDOW], start=cursor)
        scored = [(similarity(e.text, h.text), i) for i, h in window]
        best = max(scored, default=(0.0, -1))
        if best[0] >= SAME:
            matched.append((e, headings[best[1]]))
            cursor = best[1] + 1
            continue
        found = next(
            ((i, b) for i, b in enumerate(out) if i > after and is_entry_paragraph(b, e)), None
        )
        if found is None:
            missing.append(e)
            continue
        at, paragraph = found
        heading = Heading(paragraph.text, e.level or usual_level(matched), e.number, paragraph.prov)
        out[at] = heading
        promoted.append((e, heading))
    check = ContentsCheck(tuple(entries), tuple(matched), tuple(promoted), tuple(missing))
    return tuple(out), check


def is_entry_paragraph(block: Block, entry: ContentsEntry) -> TypeGuard[Paragraph]:
    return (
        isinstance(block, Paragraph)
        and block.role == "body"
        and fold(block.text) == fold(entry.text)
    )


def usual_level(matched: Sequence[tuple[ContentsEntry, Heading]]) -> int:
    """The level most matched headings have (contents pages list one or two levels)."""
    levels = Counter(h.level for _, h in matched)
    return levels.most_common(1)[0][0] if levels else 1
