"""Glyph classes: the marks that print lists, numbering, contents leaders and page numbers.

One home for every pattern that reads such a mark, used by both extractors and by normalise
(contents entries, contents tables), so that a bullet is a bullet everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# printed only as list bullets, glued to their text or not
BULLET_GLYPHS = "•▪◦●○■‣➢➤✓"
# also bullets, but only standing alone before the text: a middle dot, dashes, a Wingdings
# bullet that maps to the letter "o"
LOOSE_BULLETS = "·-–o"
# an asterisk before a line of text starts a list item too; inside a table cell it is kept as
# printed (a footnote mark as often as a bullet)
ASTERISK = "*"

# private-use and symbol-font code points that PDF writers use for bullets (Symbol and
# Wingdings fonts mapped through their own encodings)
BULLET_CODE_POINTS = str.maketrans(
    {"\uf0b7": "•", "\uf0a7": "▪", "\uf076": "•", "\uf0d8": "•", "\u25cf": "•"}
)

# "•  text", "– text": a bullet, then a space (or nothing more)
BULLET = re.compile(rf"^([{BULLET_GLYPHS}{re.escape(LOOSE_BULLETS + ASTERISK)}])(\s+|$)")
# a bullet a writer typed before a cell's text (rewritten as "•"), then a space
TYPED_BULLET = re.compile(rf"^([{BULLET_GLYPHS}{re.escape(LOOSE_BULLETS)}])\s+(?=\S)")
# the same, where a bullet glyph may be glued to its text ("•Text") as table cells print it
LEADING_BULLET = re.compile(rf"^(?:[{BULLET_GLYPHS}]|[{re.escape(LOOSE_BULLETS)}](?=\s))\s*")
# a bullet glyph glued to the word after it
GLUED_BULLET = re.compile(rf"([{BULLET_GLYPHS}])(?=\S)")
# a bullet glyph that starts a new line inside a joined cell text
INNER_BULLET = re.compile(rf"\s+(?=[{BULLET_GLYPHS}]\s)")

# an item number as lists print it: "3.", "(b)", "iv)"
ITEM_NUMBER = r"\(?\d{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)]"
NUMBERED_ITEM = re.compile(rf"^({ITEM_NUMBER})(\s+|$)")
# a cell or segment that is nothing but a list marker: a bullet, an item number, or the
# multi-level "1.2" / "2.1.3." of outline numbering
MARKER = re.compile(
    rf"^([{BULLET_GLYPHS}{re.escape(LOOSE_BULLETS + ASTERISK)}]|{ITEM_NUMBER}"
    rf"|\d{{1,2}}(\.\d{{1,2}}){{1,3}}\.?)$"
)

# private-use glyphs standing alone, one or more (a cell holding two lines' bullets)
PRIVATE_USE_MARKS = re.compile(r"^[\ue000-\uf8ff](\s+[\ue000-\uf8ff])*$")

# a heading's section number: "2", "2.1", "3.", "B.", "IV.", "iv."
SECTION_NUMBER = r"(?:\d{1,2}\.)*\d{1,2}\.?|[A-Z]\.|[IVX]{1,4}\.|[ivx]{1,4}\."
NUMBERED_HEADING = re.compile(rf"^({SECTION_NUMBER})\s+(?=\S)")

# a caption's label and number: "Table 2", "Figure 1a –", "Map 3:", "Fig. 4"; not a year
# ("Map 2030: our route" may head a section)
CAPTION = re.compile(
    r"^(table|figure|fig\.?|chart|graph|map|diagram|box|image|illustration|picture|photo"
    r"|exhibit|plate)\s*\d{1,3}[a-z]?\b",
    re.IGNORECASE,
)

# the dots (or rules) that lead a contents entry to its page number
LEADER_CHARS = ".·…_"
LEADER_RUN = re.compile(rf"[{LEADER_CHARS}]{{3,}}")
SPACED_LEADERS = re.compile(rf"(\s*[{LEADER_CHARS}]\s*){{3,}}")

# a value of a statistical table or a register: a number, a percentage, a sum of money, a
# short date, or a mark that stands for a suppressed or missing value ("-", "..", "x", "n/a")
VALUE = re.compile(
    r"^[-–+(£$€]?\d[\d,.]*[%)]?$|^[-–—.x*]{1,2}$|^n/?a$"
    r"|^[A-Za-z]{3}-\d{2,4}$|^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$",  # dates: "Nov-69", "01/04/2024"
    re.IGNORECASE,
)

# a register's reference number: "10", "15a", "R12"
REFERENCE = re.compile(r"^[A-Z]{0,3}\d{1,4}[a-z]?$")

PAGE_NUMBER = re.compile(r"^\d{1,4}$")
# a page label as a contents page prints it: arabic or lower-case roman
PAGE_LABEL = re.compile(r"^(\d{1,4}|[ivx]{1,5})$")
# a page number as running page furniture prints it: "12", "Page 3", "Page 3 of 10", "- 4 -"
RUNNING_PAGE_NUMBER = re.compile(
    r"^(page\s+)?\d{1,4}(\s+of\s+\d{1,4})?$|^[-–]\s*\d{1,4}\s*[-–]$", re.IGNORECASE
)


def is_marker(text: str) -> bool:
    """Given a cell's or segment's text, say whether it is only a list marker: one of ours,
    or symbol-font glyphs with no Unicode meaning standing alone (private-use code points
    a writer's Wingdings bullets map to, one a line)."""
    text = text.strip()
    return bool(MARKER.match(text.lower()) or PRIVATE_USE_MARKS.match(text))


def list_marker(text: str) -> tuple[str, str] | None:
    """Given a line, return (marker, rest) if it starts with a bullet or an item number."""
    for rx in (BULLET, NUMBERED_ITEM):
        m = rx.match(text)
        if m:
            return m.group(1), text[m.end() :].strip()
    return None


def strip_marks(text: str) -> str:
    """Given a word, return it without the bullet glyphs, dots and dashes around it."""
    return text.strip(BULLET_GLYPHS + "·-–")


# a glyph the font maps to no character, as pdfplumber and pdfminer print it
UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)")


def unmapped_share(texts: Sequence[str]) -> float:
    """Given a page's word texts, return the share of its glyphs that map to no character:
    a font embedded without a Unicode map prints, but its text reads as garbage."""
    unmapped = sum(len(UNMAPPED_GLYPH.findall(t)) for t in texts)
    glyphs = sum(len(UNMAPPED_GLYPH.sub("", t)) for t in texts) + unmapped
    return unmapped / glyphs if glyphs else 0.0
