"""Whose document it is: the council that wrote it or whose plan it is, read from the places
a document names its author, never from a council its text merely mentions.

The places, strongest first: running headers and footers, the title and the cover's first
lines, the Author its properties declare, publisher and contact lines ("Published by",
"Prepared for", "©", an address at a council's gov.uk domain), the file's name, and the rest
of the cover. A body that is not a principal council (a town or parish council, a national
body, an NHS body: data/publishers.toml) named there is the publisher in its own right; a
council's name inside its name ("Royal Sutton Coldfield Town Council") is no mention of that
council.

    >>> from councilplans.extractors.model import Document, Paragraph
    >>> doc = Document("plan.pdf", "0" * 64, "pdf", 1, (Paragraph("Kent County Council"),))
    >>> found = recognise_authorship(doc, None)
    >>> found.authority.name, found.evidence
    ('Kent', "title: 'Kent County Council'")
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from councilplans.extractors.model import Block, Document, Heading, Paragraph, Table
from councilplans.normalise.authorities import authorities, find_mentions, name_words
from councilplans.normalise.record import Authority
from councilplans.normalise.vocab import load_toml

# how much a name in each place says about whose document it is
WEIGHTS = {"running": 5, "title": 4, "properties": 4, "publisher": 3, "file name": 2, "cover": 1}
TITLE_BLOCKS = 6  # the cover's first blocks: its title, subtitle, the council's name
TITLE_WORDS = 12  # a longer paragraph is text, even on a cover
COVER_BLOCKS = 40  # a document without pages (DOCX): its first blocks are its cover
ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")
MIN_ACRONYM = 3  # 'KCC'; two letters ('LA') say nothing
DOMAIN = re.compile(r"\b([a-z0-9-]+)\.gov\.uk\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Place:
    name: str  # "running", "title", "properties", "publisher", "file name", "cover"
    text: str


@dataclass(frozen=True, slots=True)
class Authorship:
    """The council a document belongs to (None when it is not a principal council's), the
    body that published it when that is no principal council, how sure (the share of the
    weighted naming that went to the winner) and where it was named."""

    authority: Authority | None
    publisher: str | None
    confidence: float
    evidence: str | None


@cache
def _body_patterns() -> tuple[tuple[re.Pattern[str], bool], ...]:
    """Each body pattern, and whether it names a local (town, parish) council."""
    bodies = load_toml("publishers.toml")["bodies"]
    return tuple(
        (re.compile(p), kind == "local") for kind in ("local", "other") for p in bodies[kind]
    )


@cache
def _cue() -> re.Pattern[str]:
    words = load_toml("publishers.toml")["cues"]["words"]
    return re.compile(r"^\W*(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.I)


@cache
def _domains() -> dict[str, str]:
    """A council's name run together, as its gov.uk domain spells it -> its code."""
    out: dict[str, str] = {}
    for auth in sorted(authorities().values(), key=lambda a: not a.current):
        for name in (auth.name, auth.official_name):
            out.setdefault(name_words(name).lower().replace(" ", ""), auth.code)
    return out


def places(doc: Document, title: str | None) -> Iterator[Place]:
    """Given a Document and its title, the places that name its author, strongest first."""
    for text in doc.running:
        yield Place("running", text)
    cover = _cover(doc.blocks, doc.format == "pdf")
    heads = [b for b in cover[:TITLE_BLOCKS] if _is_heading(b)]
    for text in [title or "", *(_text(b) for b in heads)]:
        yield Place("title", text)
    for declared in (doc.author, doc.company):
        if declared:
            yield Place("properties", declared)
    for block in doc.blocks:
        for line in _text(block).split("\n"):
            if _cue().search(line) or DOMAIN.search(line):
                yield Place("publisher", line)
    yield Place("file name", Path(doc.path).stem)
    for block in cover:
        if not any(block is h for h in heads):
            yield Place("cover", _text(block))


def _cover(blocks: tuple[Block, ...], paged: bool) -> list[Block]:
    if not paged:
        return list(blocks[:COVER_BLOCKS])
    return [b for b in blocks if b.prov and b.prov[0].page == 1]


def _is_heading(block: Block) -> bool:
    """A heading, a title, or a line short enough to be one ('Kent County Council'); not a
    paragraph of the text, not a table."""
    if isinstance(block, Heading):
        return True
    return isinstance(block, Paragraph) and len(block.text.split()) <= TITLE_WORDS


def _text(block: Block) -> str:
    if isinstance(block, Table):
        return "\n".join(c.text for c in block.cells if c.text.strip())
    return block.text


def other_bodies(text: str) -> list[tuple[int, int, str]]:
    """Given text, the (start, end, name) of each body in it that is no principal council."""
    found: list[tuple[int, int, str]] = []
    for pattern, _ in _body_patterns():
        for match in pattern.finditer(text):
            if not any(s <= match.start() < e for s, e, _ in found):
                found.append((match.start(), match.end(), " ".join(match.group(0).split())))
    return found


def is_local_council(body: str) -> bool:
    return any(local and pattern.fullmatch(body) for pattern, local in _body_patterns())


def councils_in(place: Place, bodies: list[tuple[int, int, str]]) -> set[str]:
    """Given a place and the other bodies in it (``other_bodies``), the codes of the
    councils it names outside them: by name (a one-word name capitalised, but in a file
    name), or by a gov.uk address."""
    text = place.text
    codes = {
        _domains()[key]
        for m in DOMAIN.finditer(text)
        if (key := m.group(1).lower().replace("-", "")) in _domains()
    }
    for start, end, _ in bodies:
        text = text[:start] + " " * (end - start) + text[end:]
    file = place.name == "file name"
    codes |= {code for _, code in find_mentions(text, case_sensitive_words=not file)}
    if place.name in {"running", "title", "properties"}:
        codes |= {_acronyms()[word] for word in ACRONYM.findall(text) if word in _acronyms()}
    return codes


@cache
def _acronyms() -> dict[str, str]:
    """A current council's initials ('KCC', 'WSCC') -> its code, where no other council
    shares them; lower-case words ('of', 'upon') give none."""
    seen: dict[str, set[str]] = {}
    for auth in authorities().values():
        if auth.current:
            words = name_words(auth.official_name).split()
            initials = "".join(w[0] for w in words if w[0].isupper())
            if len(initials) >= MIN_ACRONYM:
                seen.setdefault(initials, set()).add(auth.code)
    return {initials: codes.pop() for initials, codes in seen.items() if len(codes) == 1}


def recognise_authorship(doc: Document, title: str | None) -> Authorship:
    """Given a Document and its title, say whose it is (see the module's docstring). Each
    place counts a name once, at its weight; a name only in the cover's running text (not
    its title lines) is a mention, not an author. A council needs more weight than any
    other body named, or as much as a national one (a department funds a council's pilot);
    a town or parish council named as often as its county is the author. Ties between
    councils go to a current one."""
    councils: Counter[str] = Counter()
    bodies: Counter[str] = Counter()
    seen: dict[str, Place] = {}  # the strongest place naming each
    for place in places(doc, title):
        found = other_bodies(place.text)
        for code in sorted(councils_in(place, found)):  # a set: sorted, the same ties each run
            councils[code] += WEIGHTS[place.name]
            seen.setdefault(code, place)
        for _, _, body in found:
            bodies[body] += WEIGHTS[place.name]
            seen.setdefault(body, place)
    total = sum(councils.values()) + sum(bodies.values())
    # in the order first named (the strongest place first), so that ties go the same way
    named = [key for key, place in seen.items() if place.name != "cover"]
    table = authorities()
    best = max(
        (c for c in named if c in councils),
        key=lambda c: (councils[c], table[c].current),
        default=None,
    )
    other = max((b for b in named if b in bodies), key=lambda b: bodies[b], default=None)
    if other is not None and (
        best is None
        or bodies[other] > councils[best]
        or bodies[other] == councils[best]
        and is_local_council(other)
    ):
        return Authorship(None, other, bodies[other] / total, _evidence(seen[other]))
    if best is None:
        return Authorship(None, None, 0.0, None)
    return Authorship(table[best], None, councils[best] / total, _evidence(seen[best]))


def _evidence(place: Place) -> str:
    text = " ".join(place.text.split())
    return f"{place.name}: {text[:80]!r}"
