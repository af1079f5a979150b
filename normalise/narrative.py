"""Walk a Document's blocks in order: heading paths, sections, narrative priority lists."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from councilplans.extractors.model import Block, Heading, ListItem, Paragraph, Table
from councilplans.normalise.record import Record, Section
from councilplans.normalise.vocab import fold, load_toml


def _page(block: Block) -> int | None:
    pages = [p.page for p in block.prov if p.page is not None]
    return pages[0] if pages else None


@dataclass
class HeadingPath:
    """The stack of headings above the current block."""

    stack: list[Heading] = field(default_factory=list)

    def push(self, heading: Heading) -> None:
        while self.stack and self.stack[-1].level >= heading.level:
            self.stack.pop()
        self.stack.append(heading)

    def texts(self) -> tuple[str, ...]:
        return tuple(h.text for h in self.stack)


def walk(blocks: tuple[Block, ...]) -> Iterator[tuple[Block, tuple[str, ...]]]:
    """Given blocks, yield each with the heading path it sits under (a heading includes itself)."""
    path = HeadingPath()
    for block in blocks:
        if isinstance(block, Heading):
            path.push(block)
        yield block, path.texts()


@dataclass
class _OpenSection:
    """A section being read: its heading's path and level, its lines and pages so far."""

    path: tuple[str, ...]
    level: int
    lines: list[str] = field(default_factory=list)
    pages: list[int | None] = field(default_factory=list)

    def close(self) -> Section:
        pages = [p for p in self.pages if p is not None]
        return Section(
            heading_path=self.path,
            level=self.level,
            text="\n".join(self.lines),
            first_page=min(pages) if pages else None,
            last_page=max(pages) if pages else None,
        )


PREAMBLE_LEVEL = 0  # the text before the first heading: above every heading, under none


def sections(blocks: tuple[Block, ...]) -> list[Section]:
    """One Section per heading: its narrative text (paragraphs and list items) and pages;
    the text before the first heading (all of it, in a document without headings) is a
    section of its own, with no heading, when there is any."""
    out: list[Section] = []
    current = _OpenSection((), PREAMBLE_LEVEL)
    for block, path in walk(blocks):
        if isinstance(block, Heading):
            if current.path or current.lines:
                out.append(current.close())
            current = _OpenSection(path, block.level, pages=[_page(block)])
        elif isinstance(block, Paragraph | ListItem):
            current.lines.append(("• " if isinstance(block, ListItem) else "") + block.text)
            current.pages.append(_page(block))
        elif isinstance(block, Table):
            current.pages.extend(block.pages)
    if current.path or current.lines:
        out.append(current.close())
    return out


@cache
def _vocab() -> tuple[tuple[str, ...], frozenset[str], tuple[str, ...]]:
    data = load_toml("priorities.toml")["announce"]
    return (
        tuple(fold(p) for p in data["phrases"]),
        frozenset(fold(p) for p in data["labels"]),
        tuple(fold(p) for p in data["never"]),
    )


@cache
def _continue_endings() -> tuple[str, ...]:
    return tuple(fold(e) for e in load_toml("priorities.toml")["continue"]["endings"])


def continues_priorities(text: str) -> bool:
    """Does a lead-in right after a priority list go on with it ('... to:')?"""
    folded = fold(text)
    return len(text) <= SHORT_LABEL and folded.endswith(_continue_endings())


def announces_priorities(text: str) -> bool:
    """Does a heading or label such as 'Our Priorities' or 'Be Healthy:' introduce priorities?"""
    phrases, labels, never = _vocab()
    folded = fold(text)
    if any(folded.startswith(n) for n in never):
        return False
    return folded in labels or any(p in folded for p in phrases)


SHORT_LABEL = 80  # characters: "Be Healthy:" relabels a list, a lead-in sentence does not


SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")


def one_sentence(text: str) -> bool:
    """Is the text a single sentence (a label or lead-in), not a passage of running text?"""
    return SENTENCE_END.search(text.strip()) is None


def _is_label(paragraph: Paragraph) -> bool:
    text = paragraph.text.strip()
    return text.endswith(":") or (len(text) <= SHORT_LABEL and not text.endswith("."))


@dataclass
class _PriorityLists:
    """Tracks the label a list sits under while walking blocks."""

    label: str | None = None
    from_heading: bool = False
    out: list[Record] = field(default_factory=list)
    after_priority: bool = False  # the last block was a priority bullet

    def see(self, block: Block, path: tuple[str, ...]) -> None:
        after_priority, self.after_priority = self.after_priority, False
        if isinstance(block, Heading):
            self._set(block.text, from_heading=True)
        elif isinstance(block, Paragraph) and after_priority and continues_priorities(block.text):
            self.label = block.text.strip().rstrip(":").strip()
        elif isinstance(block, Paragraph) and _is_label(block):
            relabels = announces_priorities(block.text) and len(block.text) <= SHORT_LABEL
            lead_in = one_sentence(block.text)
            if lead_in and (not self.from_heading or relabels):
                self._set(block.text, from_heading=False)
            elif not self.from_heading:
                self.label = None  # running text whose last sentence ends "...priorities:"
            elif block.text.rstrip().endswith(":") and "priorit" not in block.text.lower():
                self.label = None  # "These would include:" leads into a list of its own
        elif isinstance(block, ListItem) and self.label and block.depth == 0:
            self.out.append(
                Record(
                    kind="priority",
                    priority=self.label,
                    measure=block.text,
                    page=_page(block),
                    heading_path=path,
                )
            )
            self.after_priority = True
        elif isinstance(block, Table):
            self.label = None

    def _set(self, text: str, from_heading: bool) -> None:
        self.label = text.strip().rstrip(":").strip() if announces_priorities(text) else None
        self.from_heading = from_heading and self.label is not None


def priority_records(blocks: tuple[Block, ...]) -> list[Record]:
    """Bullets under headings or labels that announce priorities, as records of kind priority."""
    lists = _PriorityLists()
    for block, path in walk(blocks):
        lists.see(block, path)
    return lists.out
