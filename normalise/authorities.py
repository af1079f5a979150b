"""The register of UK local authorities: look one up by name, find the names in a text.

The register (``data/authorities.csv``, from mySociety's "UK Local Authorities (past and
current)" v1.6.1, CC-BY-4.0) gives every council's official name, short name and known variants;
``data/authority_aliases.csv`` adds names plans use that the register lacks, such as partnership
names ("West Cheshire Children's Trust").

    >>> [code for _, code in find_mentions("Stoke-on-Trent City Council and Staffordshire")]
    ['STE', 'STS']
    >>> find_authority("staffs").code
    'STS'
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from functools import lru_cache
from importlib.resources import files

from councilplans.normalise.record import Authority

# Single words that are also ordinary English words or first names: never taken as a mention
# on their own ("Reading Borough Council" and the like still match as longer names).
COMMON_WORDS = frozenset({"down", "reading", "hart", "bury", "eden", "angus", "rugby"})


class UnknownAuthority(ValueError):
    """A name that matches no authority in the register or the aliases."""

    def __init__(self, name: str, suggestions: list[str]) -> None:
        self.name = name
        self.suggestions = suggestions
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"{name}: unknown authority{hint}")


def name_words(text: str) -> str:
    """Given a name or text, return its words with punctuation as spaces, apostrophes dropped
    and "&" as "and": "Children's" -> "Childrens". Case is kept (a one-word name counts only
    capitalised)."""
    text = re.sub(r"['’‘`]", "", text).replace("&", " and ")
    return re.sub(r"[^0-9A-Za-z]+", " ", text).strip()


def _data(name: str) -> list[dict[str, str]]:
    text = files("councilplans.normalise").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


@lru_cache(maxsize=1)
def authorities() -> dict[str, Authority]:
    """Every authority of the register, by code."""
    return {row["code"]: _authority(row) for row in _data("authorities.csv")}


def _authority(row: dict[str, str]) -> Authority:
    alts = tuple(a for a in row["alt_names"].split("|") if a)
    return Authority(
        code=row["code"],
        name=row["nice_name"],
        official_name=row["official_name"],
        alt_names=alts,
        type=row["type"],
        nation=row["nation"],
        region=row["region"],
        gss_code=row["gss_code"],
        current=row["current"] == "true",
    )


@lru_cache(maxsize=1)
def regions_and_nations() -> frozenset[str]:
    """The names of the register's regions ("North East") and nations ("Wales")."""
    table = authorities().values()
    return frozenset(n for a in table for n in (a.region, a.nation) if n)


@lru_cache(maxsize=1)
def name_index() -> dict[str, str]:
    """Folded, lower-cased name -> code, over every name and alias; current councils win ties."""
    index: dict[str, str] = {}
    ranked = sorted(authorities().values(), key=lambda a: not a.current)
    for auth in ranked:
        for name in (auth.name, auth.official_name, *auth.alt_names):
            index.setdefault(name_words(name).lower(), auth.code)
    for row in _data("authority_aliases.csv"):
        index[name_words(row["alias"]).lower()] = row["code"]
    return index


@lru_cache(maxsize=1)
def _longest_name() -> int:
    return max(len(key.split()) for key in name_index())


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    return frozenset(key.split()[0] for key in name_index())


def find_mentions(text: str, *, case_sensitive_words: bool = True) -> list[tuple[int, str]]:
    """Given text, return (token position, code) for every authority name in it, longest first.

    Names are matched greedily left to right, the longest name at each position winning, so
    "Staffordshire" is never read as "Stafford". A one-word name counts only when capitalised
    in the text (``case_sensitive_words``) and never when it is a common word.
    """
    tokens = name_words(text).split()
    lower = [t.lower() for t in tokens]
    index, firsts, found, i = name_index(), _first_words(), [], 0
    while i < len(tokens):
        n = _match_at(lower, i, index) if lower[i] in firsts else 0
        if n and _counts(tokens[i : i + n], case_sensitive_words):
            found.append((i, index[" ".join(lower[i : i + n])]))
        i += max(n, 1)
    return found


def _match_at(lower: list[str], i: int, index: dict[str, str]) -> int:
    for n in range(min(_longest_name(), len(lower) - i), 0, -1):
        if " ".join(lower[i : i + n]) in index:
            return n
    return 0


def _counts(words: list[str], case_sensitive: bool) -> bool:
    if len(words) > 1:
        return True
    word = words[0]
    return word.lower() not in COMMON_WORDS and (not case_sensitive or word[0].isupper())


def find_authority(name: str) -> Authority:
    """Given any name or alias of a council (any case) or its code, return it.

    Raise UnknownAuthority, listing near matches, when nothing matches.
    """
    table = authorities()
    if name.strip().upper() in table:
        return table[name.strip().upper()]
    code = name_index().get(name_words(name).lower())
    if code is None:
        raise UnknownAuthority(name, _near(name))
    return table[code]


def _near(name: str) -> list[str]:
    """Up to five council names that look like ``name``, whole or as a prefix, best first."""
    query, index, table = name_words(name).lower(), name_index(), authorities()
    scored = sorted(((_likeness(query, key), key) for key in index), reverse=True)
    names = dict.fromkeys(table[index[key]].name for score, key in scored if score >= 0.75)
    return list(names)[:5]


def _likeness(query: str, key: str) -> float:
    whole = difflib.SequenceMatcher(None, query, key).ratio()
    prefix = difflib.SequenceMatcher(None, query, key[: len(query)]).ratio()
    return max(whole, prefix - 0.05)
