"""Split an owner cell into people, roles and organisations with spaCy rules.

The pipeline is spaCy's blank English tokenizer plus an EntityRuler whose patterns live in
data/owners.jsonl (organisations such as "SCC" or "... Council", roles such as "Head of ...",
people named with a title such as "Cllr. Stocks").
Runs of two to four title-case words left over are read as a person's name. Set
COUNCILPLANS_SPACY_MODEL to an installed pretrained pipeline (e.g. en_core_web_sm) to add its
PERSON and ORG entities; none is needed.
"""

from __future__ import annotations

import os
import re
from functools import cache, lru_cache

import spacy
from spacy.language import Language

from councilplans.normalise.record import Owner
from councilplans.normalise.vocab import load_jsonl

SPLIT = re.compile(r"\s*(?:/|;|,|\n|\band\b(?=\s+[A-Z][a-z]+\s+[A-Z]))\s*")
NOT_NAMES = {"tbc", "tba", "all", "none", "n/a", "various"}
MAX_NAMED = 120  # characters: a longer cell is a sentence that may mention someone


@cache
def owner_pipeline() -> Language:
    model = os.environ.get("COUNCILPLANS_SPACY_MODEL")
    nlp = spacy.load(model) if model else spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"overwrite_ents": True})
    ruler.add_patterns(list(load_jsonl("owners.jsonl")))  # type: ignore[attr-defined]
    return nlp


NAME_WORD = r"[A-Z][a-z]+(?:[-'][A-Z][a-z]+)*"
NAME = re.compile(rf"\b{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}}\b")


def _name_runs(doc: spacy.tokens.Doc) -> list[str]:
    """Runs of 2-4 title-case words outside the entities the rules found."""
    text = doc.text
    for ent in doc.ents:
        text = text[: ent.start_char] + "|" * len(ent.text) + text[ent.end_char :]
    return NAME.findall(text)


def _classify(part: str, nlp: Language) -> tuple[list[str], list[str], list[str]]:
    doc = nlp(part)
    orgs = [e.text for e in doc.ents if e.label_ == "ORG"]
    roles = [e.text for e in doc.ents if e.label_ == "ROLE"]
    people = [e.text for e in doc.ents if e.label_ == "PERSON"]
    people += [n for n in _name_runs(doc) if n not in people]
    if not (orgs or roles or people) and part.lower() not in NOT_NAMES and part[:1].isupper():
        orgs.append(part)  # a bare team name such as "Road Safety" is an organisation
    return people, roles, orgs


ACRONYM = r"[A-Z][A-Za-z]{0,2}[A-Z]{1,5}s?"  # 'DfE', 'LA', 'CCGs', 'DAERA'
ACRONYMS = re.compile(rf"^{ACRONYM}(?:[\s,/&]+(?:and\s+)?{ACRONYM})*$")


def names_someone(text: str) -> bool:
    """Whether a cell names who does something by the rules alone: an organisation, role or
    person the patterns know, or acronyms such as 'DfE / LA'. Neither the fallback that
    takes any capitalised phrase for a team nor a bare run of capitalised words counts
    ('Draft Local Plan' is no one)."""
    part = " ".join(text.split())
    if not part or len(part) > MAX_NAMED:
        return False
    return _names(part)


@lru_cache(maxsize=4096)  # a column is read for its kind more than once, its cells repeat
def _names(part: str) -> bool:
    return bool(owner_pipeline()(part).ents or ACRONYMS.match(part))


def parse_owner(raw: str | None) -> Owner | None:
    """Given an owner cell, return Owner with the people, roles and organisations in it."""
    if raw is None or not raw.strip():
        return None
    nlp = owner_pipeline()
    people: list[str] = []
    roles: list[str] = []
    orgs: list[str] = []
    for part in filter(None, (p.strip(" .") for p in SPLIT.split(" ".join(raw.split())))):
        found = _classify(part, nlp)
        people += found[0]
        roles += found[1]
        orgs += found[2]
    return Owner(
        raw, tuple(dict.fromkeys(people)), tuple(dict.fromkeys(roles)), tuple(dict.fromkeys(orgs))
    )
