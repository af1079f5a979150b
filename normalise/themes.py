"""Assign a theme (obesity, breastfeeding, NEET...) from the lexicon in data/themes.toml."""

from __future__ import annotations

import re
from functools import cache

from councilplans.normalise.vocab import load_toml


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    themes = load_toml("themes.toml")["themes"]
    return tuple(
        (name, re.compile(r"\b(?:" + "|".join(re.escape(k) for k in words) + r")\b", re.I))
        for name, words in themes.items()
    )


def find_theme(*texts: str | None) -> str | None:
    """Given texts in order of preference, return the first theme any of them mentions."""
    for text in texts:
        if not text:
            continue
        for name, pattern in _patterns():
            if pattern.search(text):
                return name
    return None


def theme_names() -> list[str]:
    return [name for name, _ in _patterns()]
