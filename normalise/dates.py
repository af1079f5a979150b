"""Parse date cells ('June/July 2012', '31 March 2013', '2010/11', 'Q3 2015', 'Ongoing')."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from functools import cache
from typing import cast

from councilplans.normalise.record import DateStatus, Precision, When
from councilplans.normalise.vocab import load_toml

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
YEAR_RE = r"((?:19|20)\d{2})"
DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_RE})\.?\s+{YEAR_RE}\b", re.I)
MONTHS_YEAR = re.compile(rf"\b({MONTH_RE})\.?(?:\s*[/–-]\s*({MONTH_RE})\.?)?\s+{YEAR_RE}\b", re.I)
NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})\b")
QUARTER = re.compile(
    r"\b(?:q|quarter)\s*([1-4])\s*,?\s*((?:19|20)\d{2})(?:\s*[/–-]\s*(\d{2,4}))?", re.I
)
FIN_YEAR = re.compile(r"\b((?:19|20)\d{2})\s*/\s*(\d{2})\b")
YEAR = re.compile(r"\b((?:19|20)\d{2})\b")


@cache
def _statuses() -> tuple[tuple[re.Pattern[str], DateStatus], ...]:
    """(word as a whole-word pattern, status) from data/words.toml, in file order."""
    lists = load_toml("words.toml")["statuses"]
    return tuple(
        (re.compile(rf"\b{re.escape(word.lower())}\b"), cast(DateStatus, status))
        for status, words in lists.items()
        for word in words
    )


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _status(text: str) -> DateStatus | None:
    lowered = text.lower()
    for pattern, status in _statuses():
        if pattern.search(lowered):
            return status
    return None


def _day(text: str) -> tuple[dt.date, dt.date] | None:
    match = DAY_MONTH_YEAR.search(text)
    if match:
        day = dt.date(int(match.group(3)), MONTHS[match.group(2).lower()], int(match.group(1)))
        return day, day
    match = NUMERIC.search(text)
    if match:
        year = int(match.group(3))
        year = year + 2000 if year < 100 else year
        try:
            day = dt.date(year, int(match.group(2)), int(match.group(1)))
        except ValueError:
            return None
        return day, day
    return None


def _months(text: str) -> tuple[dt.date, dt.date] | None:
    match = MONTHS_YEAR.search(text)
    if not match:
        return None
    year = int(match.group(3))
    first = MONTHS[match.group(1).lower()]
    last = MONTHS[match.group(2).lower()] if match.group(2) else first
    return dt.date(year, first, 1), _month_end(year, last)


def _quarter(text: str) -> tuple[dt.date, dt.date] | None:
    match = QUARTER.search(text)
    if not match:
        return None
    q, year = int(match.group(1)), int(match.group(2))
    if match.group(3):  # financial-year quarters: Q1 is April-June
        month = 3 * q + 1 if q < 4 else 1
        year = year if q < 4 else year + 1
    else:
        month = 3 * q - 2
    return dt.date(year, month, 1), _month_end(year, month + 2)


def _financial_year(text: str) -> tuple[dt.date, dt.date] | None:
    match = FIN_YEAR.search(text)
    if not match:
        return None
    start = int(match.group(1))
    if (start + 1) % 100 != int(match.group(2)):
        return None
    return dt.date(start, 4, 1), dt.date(start + 1, 3, 31)


def _year(text: str) -> tuple[dt.date, dt.date] | None:
    years = YEAR.findall(text)
    if len(set(years)) != 1:
        return None
    year = int(years[0])
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


PARSERS: tuple[tuple[Precision, Callable[[str], tuple[dt.date, dt.date] | None]], ...] = (
    ("day", _day),
    ("quarter", _quarter),
    ("month", _months),
    ("financial_year", _financial_year),
    ("year", _year),
)


def parse_when(raw: str | None) -> When | None:
    """Given a date cell, return When with start/end and precision, or just the raw text."""
    if raw is None or not raw.strip():
        return None
    text = " ".join(raw.split())
    for precision, parser in PARSERS:
        found = parser(text)
        if found:
            return When(raw, found[0], found[1], precision, _status(text))
    return When(raw, status=_status(text))
