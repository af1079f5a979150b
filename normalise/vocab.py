"""Load the vocabulary files shipped in normalise/data (or a user's copy of them)."""

from __future__ import annotations

import json
import re
import tomllib
from functools import cache
from importlib.resources import files
from typing import Any

_PUNCT = re.compile(r"[^\w%£&/ ]+")
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case, drop punctuation (keeping %, £, &, /) and collapse white space."""
    text = text.replace("’", "'").replace("\u00a0", " ")
    return _SPACE.sub(" ", _PUNCT.sub(" ", text.lower())).strip()


def _data_text(name: str) -> str:
    return files("councilplans.normalise").joinpath("data", name).read_text(encoding="utf-8")


@cache
def load_toml(name: str) -> dict[str, Any]:
    return tomllib.loads(_data_text(name))


@cache
def load_jsonl(name: str) -> tuple[dict[str, Any], ...]:
    return tuple(json.loads(line) for line in _data_text(name).splitlines() if line.strip())
