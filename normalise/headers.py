"""Map column headers onto record fields using the synonyms in data/headers.toml."""

from __future__ import annotations

from functools import cache

from councilplans.normalise.vocab import fold, load_toml


@cache
def _synonyms() -> tuple[tuple[str, str], ...]:
    """(folded synonym, field) pairs, longest synonym first."""
    fields = load_toml("headers.toml")["fields"]
    pairs = {(_words(s), name) for name, words in fields.items() for s in words}
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[0], p[1])))


# a synonym this short ('from', 'no', 'who') starts only a header of few words: 'From date',
# not 'From 31.3 per 1,000 in 2005 to 12.2 ...', not 'No. of diagnoses of dementia'
SHORT_SYNONYM = 4
SHORT_HEADER_WORDS = 4


def _words(text: str) -> str:
    """A header's words: 'Programme/strategy/initiative' is three."""
    return fold(text.replace("/", " "))


@cache
def _not_plan() -> frozenset[str]:
    return frozenset(_words(w) for w in load_toml("headers.toml")["not_plan"]["words"])


def names_no_plan(header: str) -> bool:
    """Whether a header cell names what no plan's column holds: a glossary's 'Term', a
    contact list's 'Email' (``[not_plan]`` in headers.toml)."""
    text = _words(header)
    return any(text == w or text.startswith(w + " ") for w in _not_plan())


@cache
def indicator_headers() -> frozenset[str]:
    return frozenset(_words(w) for w in load_toml("headers.toml")["kinds"]["indicator_headers"])


@cache
def rating_values() -> frozenset[str]:
    return frozenset(fold(v) for v in load_toml("headers.toml")["ratings"]["values"])


def match_header(header: str) -> tuple[str, str, str] | None:
    """Given a header cell's text, return (field, synonym, how it matched: "exact", "start"
    or "contains"), or None when no synonym matches."""
    text = _words(header)
    if not text:
        return None
    for synonym, name in _synonyms():
        if text == synonym:
            return name, synonym, "exact"
    short = len(text.split()) <= SHORT_HEADER_WORDS
    for synonym, name in _synonyms():
        if text.startswith(synonym + " ") and (short or len(synonym) > SHORT_SYNONYM):
            return name, synonym, "start"
    for synonym, name in _synonyms():
        if len(synonym) > 3 and f" {synonym} " in f" {text} ":
            return name, synonym, "contains"
    return None
