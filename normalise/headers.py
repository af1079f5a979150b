"""Map column headers onto record fields using the synonyms in data/headers.toml."""

from __future__ import annotations

from functools import cache

from councilplans.normalise.vocab import fold, load_toml


@cache
def _synonyms() -> tuple[tuple[str, str], ...]:
    """(folded synonym, field) pairs, longest synonym first."""
    fields = load_toml("headers.toml")["fields"]
    pairs = {(fold(s), name) for name, words in fields.items() for s in words}
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[0], p[1])))


@cache
def rating_values() -> frozenset[str]:
    return frozenset(fold(v) for v in load_toml("headers.toml")["ratings"]["values"])


def field_of(header: str) -> str | None:
    """Given a header cell's text, return the record field it names, or None."""
    text = fold(header)
    if not text:
        return None
    for synonym, name in _synonyms():
        if text == synonym:
            return name
    for synonym, name in _synonyms():
        if text.startswith(synonym + " "):
            return name
    for synonym, name in _synonyms():
        if len(synonym) > 3 and f" {synonym} " in f" {text} ":
            return name
    return None


def fields_of(headers: list[str]) -> list[str | None]:
    """Given a header row, map each column; a field already taken by an earlier column of the
    same row is not given twice (the second 'Outcome' column becomes an extra)."""
    seen: set[str] = set()
    result: list[str | None] = []
    for header in headers:
        name = field_of(header)
        result.append(None if name in seen else name)
        if name:
            seen.add(name)
    return result
