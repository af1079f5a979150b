"""Word list numbering: turn a paragraph's (numId, ilvl) into the marker Word would print.

python-docx exposes the numbering part's XML but does not count. Word keeps one counter per
level of each list instance; a level's counter restarts when a shallower level advances.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field

from docx.oxml.ns import qn

_ROMAN = [
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
]


@dataclass(frozen=True, slots=True)
class Level:
    fmt: str  # decimal, bullet, lowerLetter, upperLetter, lowerRoman, upperRoman, none
    text: str  # lvlText, e.g. "%1.%2."
    start: int = 1


def to_roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def to_letters(n: int) -> str:
    """Word's letter numbering: a..z, then aa..zz, then aaa..."""
    letters = string.ascii_lowercase
    return letters[(n - 1) % len(letters)] * ((n - 1) // len(letters) + 1)


def format_number(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return to_letters(n)
    if fmt == "upperLetter":
        return to_letters(n).upper()
    if fmt == "lowerRoman":
        return to_roman(n)
    if fmt == "upperRoman":
        return to_roman(n).upper()
    return str(n)


def _val(el: object, tag: str) -> str | None:
    child = el.find(qn(tag)) if el is not None else None  # type: ignore[attr-defined]
    return child.get(qn("w:val")) if child is not None else None


def _read_levels(abstract: object) -> dict[int, Level]:
    levels = {}
    for lvl in abstract.findall(qn("w:lvl")):  # type: ignore[attr-defined]
        ilvl = int(lvl.get(qn("w:ilvl"), "0"))
        start = _val(lvl, "w:start")
        levels[ilvl] = Level(
            fmt=_val(lvl, "w:numFmt") or "decimal",
            text=_val(lvl, "w:lvlText") or "",
            start=int(start) if start and start.isdigit() else 1,
        )
    return levels


def read_numbering(numbering_root: object | None) -> dict[str, dict[int, Level]]:
    """Given the numbering part's root element, map each numId to its levels."""
    if numbering_root is None:
        return {}
    abstracts = {
        a.get(qn("w:abstractNumId")): _read_levels(a)
        for a in numbering_root.findall(qn("w:abstractNum"))  # type: ignore[attr-defined]
    }
    result = {}
    for num in numbering_root.findall(qn("w:num")):  # type: ignore[attr-defined]
        abstract_id = _val(num, "w:abstractNumId")
        result[num.get(qn("w:numId"))] = abstracts.get(abstract_id, {})
    return result


@dataclass
class Counter:
    """Counts list items as Word does, one instance per numId."""

    levels: dict[str, dict[int, Level]]
    counts: dict[str, dict[int, int]] = field(default_factory=dict)

    def is_bullet(self, num_id: str, ilvl: int) -> bool:
        level = self.levels.get(num_id, {}).get(ilvl)
        return level is None or level.fmt == "bullet"

    def next_marker(self, num_id: str, ilvl: int) -> str | None:
        levels = self.levels.get(num_id, {})
        level = levels.get(ilvl)
        if level is None or level.fmt in {"none"}:
            return None
        if level.fmt == "bullet":
            return "•"
        counts = self.counts.setdefault(num_id, {})
        counts[ilvl] = counts.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        return self._render(level.text, levels, counts)

    @staticmethod
    def _render(text: str, levels: dict[int, Level], counts: dict[int, int]) -> str:
        def substitute(match: re.Match[str]) -> str:
            ilvl = int(match.group(1)) - 1
            level = levels.get(ilvl, Level("decimal", ""))
            return format_number(counts.get(ilvl, level.start), level.fmt)

        return re.sub(r"%(\d)", substitute, text).strip()
