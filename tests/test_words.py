"""extractors/words.py groups upright chars in its own loop, written from pdfplumber's
WordExtractor rules for speed: on any chars, it must give exactly what WordExtractor gives."""

from __future__ import annotations

import random
from typing import Any

import pytest
from pdfplumber.utils.text import WordExtractor

from councilplans.extractors.settings import PdfSettings
from councilplans.extractors.words import chars_to_words

TEXTS = ["a", "b", "W", "1", ".", " ", "\u00a0", "", "ﬁ", "(cid:3)"]


def random_chars(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """Chars in runs of one font and size, set along lines with jitter, overlaps, steps
    back, spaces, empty texts and ligatures: the cases the rules decide between."""
    chars: list[dict[str, Any]] = []
    x, top = 10.0, 10.0
    font, size = "F1", 10.0
    for _ in range(n):
        if rng.random() < 0.05:
            font, size = rng.choice([("F1", 10.0), ("F2", 10.0), ("F1", 8.5)])
        if rng.random() < 0.08:
            x, top = rng.uniform(0, 400), top + rng.choice([0.0, 1.5, 2.9, 3.1, 12.0])
        width = rng.uniform(0.0, size * 0.8)
        x0 = x + rng.choice([0.0, 0.0, 0.3, -0.5, size * 0.25, 1.9, 2.1])
        t = top + rng.choice([0.0, 0.0, 0.4, -2.9, 3.5])
        chars.append(
            {
                "text": rng.choice(TEXTS),
                "x0": x0,
                "x1": x0 + width,
                "top": t,
                "doctop": t + 800.0,
                "bottom": t + size,
                "width": width,
                "height": size,
                "size": size,
                "fontname": font,
                "upright": True,
                "matrix": (1.0, 0.0, 0.0, 1.0, x0, t),
            }
        )
        x = x0 + width
    return chars


@pytest.mark.parametrize("seed", range(40))
def test_words_are_pdfplumbers(seed: int) -> None:
    settings = PdfSettings()
    chars = random_chars(random.Random(seed), 300)
    theirs = WordExtractor(
        x_tolerance_ratio=settings.x_tolerance_ratio,
        y_tolerance=settings.y_tolerance,
        extra_attrs=["fontname", "size"],
    ).extract_words(chars, return_chars=True)
    assert chars_to_words(chars, settings) == theirs


def pdfplumbers_words(chars: list[dict[str, Any]], settings: PdfSettings) -> list[dict[str, Any]]:
    """WordExtractor alone: chars turned to read upwards read bottom to top, the rest as
    pdfplumber reads them."""

    def up(c: dict[str, Any]) -> bool:
        return not c["upright"] and c["matrix"][1] > 0

    out: list[dict[str, Any]] = []
    for group, upward in (
        ([c for c in chars if not up(c)], False),
        ([c for c in chars if up(c)], True),
    ):
        extractor = WordExtractor(
            x_tolerance_ratio=settings.x_tolerance_ratio,
            y_tolerance=settings.y_tolerance,
            extra_attrs=["fontname", "size"],
            line_dir_rotated="ltr" if upward else None,
            char_dir_rotated="btt" if upward else None,
        )
        out += extractor.extract_words(group, return_chars=True) if group else []
    return out


@pytest.mark.parametrize("seed", range(20))
def test_turned_text_is_read_as_pdfplumber_reads_it(seed: int) -> None:
    rng = random.Random(seed)
    chars = random_chars(rng, 300)
    for c in chars:
        if rng.random() < 0.3:  # a run of a column header turned a quarter, either way
            c["upright"] = False
            c["matrix"] = rng.choice([(0.0, 1.0, -1.0, 0.0, 0, 0), (0.0, -1.0, 1.0, 0.0, 0, 0)])
    settings = PdfSettings()
    assert chars_to_words(chars, settings) == pdfplumbers_words(chars, settings)
