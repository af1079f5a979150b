"""Document facts from its first pages: title, plan period, version and date."""

from __future__ import annotations

import re

from councilplans.extractors.model import Document, Heading, Paragraph
from councilplans.normalise.record import Metadata

PERIOD = re.compile(r"\b((?:19|20)\d{2})\s*(?:[-–—/]|to)\s*((?:19|20)?\d{2})\b")
VERSION = re.compile(r"\bversion\s+(\d+(?:\.\d+)*)", re.IGNORECASE)
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


def read_metadata(doc: Document) -> Metadata:
    """Given a Document, read title, period, version and date from its opening blocks."""
    texts = _first_texts(doc)
    title = doc.title or next(iter(texts), None)
    period = next(filter(None, (plan_period(t) for t in [title or "", *texts])), None)
    version = next(filter(None, (VERSION.search(t) for t in texts)), None)
    dated = next(filter(None, (DATED.search(t) for t in texts)), None)
    return Metadata(
        title=title,
        period=period[0] if period else None,
        period_raw=period[1] if period else None,
        version=version.group(1) if version else None,
        date_raw=dated.group(1) if dated else None,
    )
