"""Document facts from its first pages: title, authority, plan period, version and date."""

from __future__ import annotations

import re

from councilplans.extractors.model import Document, Heading, Paragraph
from councilplans.normalise.authorities import Authority, recognise_authority
from councilplans.normalise.dates import parse_when
from councilplans.normalise.record import Metadata

PERIOD = re.compile(r"\b((?:19|20)\d{2})\s*(?:[-–—/]|to)\s*((?:19|20)?\d{2})\b")
VERSION = re.compile(r"\b(?:version|ver\.|v\.?)\s*(\d+(?:\.\d+)*)\b", re.IGNORECASE)
COUNCIL = r"(?:\s+(?:City|County|Borough|Metropolitan Borough|District)?\s*Council)?"
DATED = re.compile(
    r"\bdate[d:]?\s*:?\s*((?:\d{1,2}[./]\d{1,2}[./]\d{2,4})|(?:[A-Z][a-z]+\s+(?:19|20)\d{2}))",
    re.IGNORECASE,
)


def _first_texts(doc: Document, limit: int = 40) -> list[str]:
    return [b.text for b in doc.blocks[:limit] if isinstance(b, Heading | Paragraph)]


def plan_period(text: str) -> tuple[str, str] | None:
    """'Children and Young People's Plan 2012 – 2015' -> ('2012-2015', raw match)."""
    for match in PERIOD.finditer(text):
        start, end = match.group(1), match.group(2)
        end = start[:2] + end if len(end) == 2 else end
        if 0 < int(end) - int(start) <= 10:
            return f"{start}-{end}", match.group(0)
    return None


def mention(authority: Authority, text: str) -> str | None:
    """Given an authority and text, return the first of its names as the text prints it,
    with a following 'City Council' or the like."""
    names = sorted({authority.official_name, authority.name, *authority.alt_names}, key=len)
    hits = [
        m
        for name in reversed(names)
        if name
        and (m := re.search(re.escape(name).replace(r"\ ", r"[\s-]+") + COUNCIL, text, re.I))
    ]
    return min(hits, key=lambda m: m.start()).group(0) if hits else None


def read_metadata(doc: Document) -> Metadata:
    """Given a Document, read title, authority, period, version and date from its opening
    blocks; each keeps the text it was read from."""
    texts = _first_texts(doc)
    title = doc.title or next(iter(texts), None)
    opening = "\n".join([title or "", *texts])
    authority = recognise_authority(opening)
    period = next(filter(None, (plan_period(t) for t in [title or "", *texts])), None)
    version = next(filter(None, (VERSION.search(t) for t in texts)), None)
    dated = next(filter(None, (DATED.search(t) for t in texts)), None)
    return Metadata(
        title=title,
        authority=authority.name if authority else None,
        authority_raw=mention(authority, opening) if authority else None,
        period=period[0] if period else None,
        period_raw=period[1] if period else None,
        version=version.group(1) if version else None,
        version_raw=version.group(0) if version else None,
        date_raw=dated.group(1) if dated else None,
        date=parse_when(dated.group(1)) if dated else None,
    )
