"""Parse baseline and target cells into Value, keeping the raw text.

A number is taken only when the cell states exactly one value of its own (comparators in
brackets such as "(N 66%)" and periods such as "(2014-2015)" aside). A cell listing several
values ("Primary 4.3% ... Secondary 5.9%") keeps number None: choosing one would be a guess.
"""

from __future__ import annotations

import re
from functools import cache
from typing import cast

from councilplans.normalise.authorities import regions_and_nations
from councilplans.normalise.record import Direction, Value
from councilplans.normalise.vocab import load_toml

NUMBER = re.compile(
    r"(?P<cur>£)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<pct>\s?%)?"
    r"(?P<per>\s+per\s+[\d,]+)?"
)
PERIOD = re.compile(
    r"\(([^()]*\b(?:19|20)\d{2}\b[^()]*)\)|\b((?:19|20)\d{2}\s*[-–/]\s*(?:19|20)?\d{2})\b"
)
YEAR_ONLY = re.compile(r"^(?:19|20)\d{2}$")
RANGE_RATIO = re.compile(r"\d\s*[-–]\s*\d")


@cache
def comparator_pattern() -> re.Pattern[str]:
    """A comparator in brackets: "(National 66%)", "(North East (2015) 87%)", "(N 66%)", opened
    by a word of data/words.toml or a region or nation of the authority register."""
    words = {*load_toml("words.toml")["comparators"]["words"], *regions_and_nations()}
    names = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )
    return re.compile(rf"\(\s*(?:{names})\b(?:\s*\([^()]*\))?[^()]*\)", re.IGNORECASE)


@cache
def _directions() -> dict[str, tuple[str, ...]]:
    return {
        d: tuple(w.lower() for w in ws) for d, ws in load_toml("words.toml")["directions"].items()
    }


def _direction(text: str) -> Direction | None:
    lowered = text.lower()
    found = [d for d, words in _directions().items() if any(w in lowered for w in words)]
    return cast(Direction, found[0]) if len(found) == 1 else None


def _own_numbers(text: str) -> list[re.Match[str]]:
    stripped = comparator_pattern().sub(" ", text)
    stripped = PERIOD.sub(" ", stripped)
    matches = [m for m in NUMBER.finditer(stripped) if not YEAR_ONLY.match(m.group("num"))]
    return [m for m in matches if not _inside_word(stripped, m)]


def _inside_word(text: str, match: re.Match[str]) -> bool:
    before = text[match.start() - 1] if match.start() else " "
    after = text[match.end()] if match.end() < len(text) else " "
    return before.isalpha() or (after.isalpha() and not match.group("pct"))


def _unit(match: re.Match[str]) -> str:
    if match.group("pct"):
        return "%"
    if match.group("cur"):
        return "£"
    if match.group("per"):
        return "per " + match.group("per").split("per", 1)[1].strip()
    return "count"


def period_of(text: str) -> str | None:
    """The period a text names: '2024/25', '2014-2015', 'Dec 2024'; None when none."""
    match = PERIOD.search(text)
    if not match:
        return None
    return (match.group(1) or match.group(2)).strip()


LEADING_NUMBER = re.compile(r"^\s*(\d+(?:\.\d+)?)(?![\d,./:-])")


def leading_number(raw: str | None) -> float | None:
    """A risk score as printed: '4' -> 4.0, '16 (4x4)' -> 16.0; a rating word ('High') or a
    date gives None, never a guessed number."""
    match = LEADING_NUMBER.match(raw or "")
    return float(match.group(1)) if match else None


def parse_value(raw: str | None) -> Value | None:
    """Given a baseline or target cell, return a Value (number only when unambiguous)."""
    if raw is None or not raw.strip():
        return None
    text = " ".join(raw.split())
    numbers = _own_numbers(text)
    comparator = comparator_pattern().search(text)
    number = unit = None
    if len(numbers) == 1 and not RANGE_RATIO.search(numbers[0].group(0)):
        match = numbers[0]
        number = float(match.group("num").replace(",", ""))
        unit = _unit(match)
    return Value(
        raw=raw,
        number=number,
        unit=unit,
        period=period_of(text),
        comparator=comparator.group(0).strip("() ") if comparator else None,
        direction=_direction(text),
    )
