"""From a page's chars to its words, as pdfplumber's WordExtractor makes them.

The words are pdfplumber's (``extract_words`` with ``extra_attrs=["fontname", "size"]``,
ratio x tolerance, each word keeping its chars), so that the two readers and every rule
tuned on them see the same words. Upright text, nearly all of a plan, takes a path of its
own written for speed: one loop over each run of chars, with pdfplumber's rules inlined
(runs by font and size in content order, lines by a chain of tops within the y tolerance,
left to right within a line, a new word at a space, a step back or a gap). Turned text
goes through pdfplumber's WordExtractor itself.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from operator import itemgetter
from typing import Any

from pdfplumber.utils.text import LIGATURES, WordExtractor

from councilplans.extractors.glyphs import LEADER_RUN
from councilplans.extractors.page import Edge
from councilplans.extractors.settings import PdfSettings

Char = dict[str, Any]

RULE_SLACK = 1.0  # a rule this near the gap between two glyphs stands in it: glyph boxes round
RUN_KEY = itemgetter("upright", "fontname", "size")
BY_X0 = itemgetter("x0")
EXPANSIONS: dict[str, str] = dict(LIGATURES)  # what pdfplumber writes for a ligature glyph


def chars_to_words(chars: Sequence[Char], settings: PdfSettings) -> list[Char]:
    """Given a page's chars, return its words: pdfplumber's, each of one font and size,
    glyphs turned to read upwards (a spreadsheet's column headers) read bottom to top, their
    lines left to right; each word keeps its chars."""
    turned = [c for c in chars if not c.get("upright", True)]
    upward = [c for c in turned if reads_upward(c)]
    rest = [c for c in chars if c.get("upright", True) or not reads_upward(c)] if upward else chars
    words: list[Char] = []
    for (upright, *_), run in itertools.groupby(rest, RUN_KEY):
        if upright:
            words += upright_words(list(run), settings)
        else:
            words += extractor(settings, up=False).extract_words(list(run), return_chars=True)
    if upward:
        words += extractor(settings, up=True).extract_words(upward, return_chars=True)
    return words


def extractor(settings: PdfSettings, up: bool) -> WordExtractor:
    return WordExtractor(
        x_tolerance_ratio=settings.x_tolerance_ratio,
        y_tolerance=settings.y_tolerance,
        extra_attrs=["fontname", "size"],
        line_dir_rotated="ltr" if up else None,
        char_dir_rotated="btt" if up else None,
    )


def reads_upward(char: Char) -> bool:
    """Whether a turned glyph's baseline runs up the page (a turn to the left)."""
    return float(char.get("matrix", (1, 0, 0, 1))[1]) > 0


def upright_words(run: list[Char], settings: PdfSettings) -> list[Char]:
    """Given a run of upright chars of one font and size, return its words: its lines, each
    a chain of tops no further apart than the y tolerance, top to bottom, each read left to
    right (pdfplumber's order, ties kept in content order)."""
    y_tolerance, ratio = settings.y_tolerance, settings.x_tolerance_ratio
    line_of: dict[float, int] = {}
    last = None
    for top in sorted({c["top"] for c in run}):
        line_of[top] = len(line_of) if last is None else line_of[last] + (top > last + y_tolerance)
        last = top
    lines: list[list[Char]] = [[] for _ in range(line_of[last] + 1 if last is not None else 0)]
    for c in run:
        lines[line_of[c["top"]]].append(c)
    words: list[Char] = []
    x_tolerance = ratio * run[0]["size"]  # the run's chars share one size
    for line in lines:
        line.sort(key=BY_X0)
        word: list[Char] = []
        for c in line:
            text = c["text"]
            if text.isspace() or not text:
                if word:
                    words.append(merged(word))
                if not text:  # pdfplumber's rule for an empty char: a word of its own
                    words.append(merged([c]))
                word = []
                continue
            if word:  # a new word where the char steps back, stands off, or leaves the line
                prev = word[-1]
                x0 = c["x0"]
                if (
                    x0 < prev["x0"]
                    or x0 > prev["x1"] + x_tolerance
                    or abs(c["top"] - prev["top"]) > y_tolerance
                ):
                    words.append(merged(word))
                    word = []
            word.append(c)
        if word:
            words.append(merged(word))
    return words


def merged(chars: list[Char]) -> Char:
    """A word of upright chars, in a line's order, as pdfplumber's WordExtractor gives it,
    with its chars."""
    first = chars[0]
    x0 = first["x0"]  # a line's chars come sorted by x0
    x1 = max([c["x1"] for c in chars])
    top = min([c["top"] for c in chars])
    bottom = max([c["bottom"] for c in chars])
    texts: list[str] = [c["text"] for c in chars]
    return {
        "text": "".join([EXPANSIONS.get(t, t) for t in texts]),
        "x0": x0,
        "x1": x1,
        "top": top,
        "doctop": top + (first["doctop"] - first["top"]),  # pdfplumber's order of sums
        "bottom": bottom,
        "upright": first["upright"],
        "height": bottom - top,
        "width": x1 - x0,
        "direction": "ltr",
        "fontname": first["fontname"],
        "size": first["size"],
        "chars": chars,
    }


def split_at_rules(word: Char, walls: Sequence[Edge]) -> list[Char]:
    """Given a word (with its chars) and the page's vertical rules, split it wherever a rule
    stands between two of its chars: text set tight against a cell's border on each side
    ("1.00" | "Parish") is two words in two cells."""
    chars = word.get("chars") or []
    mid = (float(word["top"]) + float(word["bottom"])) / 2
    x0, x1 = float(word["x0"]) - RULE_SLACK, float(word["x1"]) + RULE_SLACK
    near = [e.x0 for e in walls if x0 <= e.x0 <= x1 and e.top <= mid <= e.bottom]
    if not near:
        return [word]
    cuts = [
        i
        for i, (a, b) in enumerate(itertools.pairwise(chars), start=1)
        if any(a["x1"] - RULE_SLACK <= x <= b["x0"] + RULE_SLACK for x in near)
    ]
    if not cuts:
        return [word]
    pieces = [chars[i:j] for i, j in zip([0, *cuts], [*cuts, len(chars)], strict=True)]
    return [piece_word(word, piece) for piece in pieces]


def split_leaders(word: Char) -> list[Char]:
    """Given a word (with its chars), part the run of leader dots a contents line prints
    from the text before and the page number after it ("Tables.....4"): a writer that sets
    the tab before the dots as a space the dots overlap leaves no gap to part them."""
    text = str(word["text"])
    runs = [m.span() for m in LEADER_RUN.finditer(text)]
    chars = word.get("chars") or []
    if not runs or len(chars) != len(text):
        return [word]
    cuts = sorted({i for span in runs for i in span} - {0, len(text)})
    if not cuts:
        return [word]
    pieces = [chars[i:j] for i, j in zip([0, *cuts], [*cuts, len(chars)], strict=True)]
    return [piece_word(word, piece) for piece in pieces]


def piece_word(word: Char, chars: Sequence[Char]) -> Char:
    """The part of a word made of some of its chars, with its own text and box."""
    return {
        **word,
        "text": "".join(c["text"] for c in chars),
        "x0": min(c["x0"] for c in chars),
        "x1": max(c["x1"] for c in chars),
        "top": min(c["top"] for c in chars),
        "bottom": max(c["bottom"] for c in chars),
        "chars": list(chars),
    }
