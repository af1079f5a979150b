"""Document facts: title, authority, plan period, version and date, each judged once here.

The title is the one the file's properties declare (unless it is a writer's placeholder), else
the title paragraph, else the first top-level heading, else the first text. The authority is
the council the places a document names its author name most (normalise/authorship.py), or
the body that published it when that is no principal council; unless the user set it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from councilplans.extractors.model import Block, Document, Heading, Paragraph
from councilplans.normalise.authorship import Authorship, recognise_authorship
from councilplans.normalise.dates import parse_when
from councilplans.normalise.record import Authority, Metadata
from councilplans.normalise.vocab import load_toml

PERIOD = re.compile(r"\b((?:19|20)\d{2})\s*(?:[-–—/]|to)\s*((?:19|20)?\d{2})\b")
VERSION = re.compile(r"\b(?:version|ver\.|v\.?)\s*(\d+(?:\.\d+)*)\b", re.IGNORECASE)
COUNCIL = r"(?:\s+(?:City|County|Borough|Metropolitan Borough|District)?\s*Council)?"
DATED = re.compile(
    r"\bdate[d:]?\s*:?\s*((?:\d{1,2}[./]\d{1,2}[./]\d{2,4})|(?:[A-Z][a-z]+\s+(?:19|20)\d{2}))",
    re.IGNORECASE,
)
FILE_NAME = re.compile(r"\.(docx?|pptx?|xlsx?)$", re.IGNORECASE)
OPENING_BLOCKS = 40  # the cover and first pages: where a plan states its facts
MAX_PLAN_YEARS = 10  # a plan period longer than this is two unrelated years


def opening_texts(blocks: Sequence[Block]) -> list[str]:
    return [b.text for b in blocks[:OPENING_BLOCKS] if isinstance(b, Heading | Paragraph)]


def plan_period(text: str) -> tuple[str, str] | None:
    """'Children and Young People's Plan 2012 – 2015' -> ('2012-2015', raw match)."""
    for match in PERIOD.finditer(text):
        start, end = match.group(1), match.group(2)
        end = start[:2] + end if len(end) == 2 else end
        if 0 < int(end) - int(start) <= MAX_PLAN_YEARS:
            return f"{start}-{end}", match.group(0)
    return None


def mention(authority: Authority, text: str) -> str | None:
    """Given an authority and text, return the first of its names as the text prints it (a
    whole word: "Gloucester" is not in "Gloucestershire"), with a following 'City Council' or
    the like."""
    names = sorted({authority.official_name, authority.name, *authority.alt_names}, key=len)
    hits = [
        m
        for name in reversed(names)
        if name and (m := re.search(name_pattern(name), text, re.IGNORECASE))
    ]
    return min(hits, key=lambda m: m.start()).group(0) if hits else None


def name_pattern(name: str) -> str:
    """A council's name as a whole word, spaces or hyphens between its words."""
    words = re.escape(name).replace(r"\ ", r"[\s-]+")
    return rf"\b{words}{COUNCIL}\b"


@cache
def _title_words() -> tuple[frozenset[str], tuple[str, ...]]:
    titles = load_toml("words.toml")["titles"]
    return frozenset(t.lower() for t in titles["placeholders"]), tuple(titles["prefixes"])


def declared_title(raw: str | None) -> str | None:
    """Given the Title a file's properties declare, return it without a writer's prefix
    ("Microsoft Word - "); None for a file name or a writer's placeholder ("Untitled")."""
    placeholders, prefixes = _title_words()
    title = (raw or "").strip()
    for prefix in prefixes:
        title = title.removeprefix(prefix).strip()
    if not title or FILE_NAME.search(title) or title.lower() in placeholders:
        return None
    return title


def document_title(doc: Document) -> str | None:
    """The document's title: declared by its properties, else its title paragraph, else its
    first top-level heading (or first heading), else its first text."""
    declared = declared_title(doc.title)
    if declared:
        return declared
    titles = [b for b in doc.blocks if isinstance(b, Paragraph) and b.role == "title"]
    if titles:
        return titles[0].text
    headings = [b for b in doc.blocks if isinstance(b, Heading)]
    top = [h for h in headings if h.level == 1] or headings
    if top:
        return top[0].text
    return next(iter(opening_texts(doc.blocks)), None)


def read_metadata(doc: Document, authority: Authority | None = None) -> Metadata:
    """Given a Document, read title, authority, period, version and date from its opening
    blocks; each keeps the text it was read from. ``authority`` overrides recognition."""
    texts = opening_texts(doc.blocks)
    title = document_title(doc)
    opening = "\n".join([title or "", *texts])
    if authority is None:
        found = recognise_authorship(doc, title)
    else:
        found = Authorship(authority, None, 1.0, "set by the user")
    authority = found.authority
    period = next(filter(None, (plan_period(t) for t in [title or "", *texts])), None)
    version = next(filter(None, (VERSION.search(t) for t in texts)), None)
    dated = next(filter(None, (DATED.search(t) for t in texts)), None)
    return Metadata(
        title=title,
        authority=authority,
        authority_raw=mention(authority, opening) if authority else None,
        authority_evidence=found.evidence,
        authority_confidence=found.confidence if found.evidence else None,
        publisher=found.publisher,
        period=period[0] if period else None,
        period_raw=period[1] if period else None,
        version=version.group(1) if version else None,
        version_raw=version.group(0) if version else None,
        date_raw=dated.group(1) if dated else None,
        date=parse_when(dated.group(1)) if dated else None,
    )
