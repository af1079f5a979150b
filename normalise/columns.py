"""What each column of a table holds: the record field its header names, or else what its
cells hold (dates, statuses, who delivers, actions, sentences, short category labels).

Every mapping carries a confidence and its evidence, so that a reader of the store can see
why a column became the owner or the date. The header decides where the vocabulary
(data/headers.toml) knows its words; the cells decide for the columns it leaves unmapped, by
the words in data/columns.toml and the date and owner parsers.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable, Sequence
from functools import cache

from councilplans.normalise.classify import (
    DATED_SHARE,
    filled,
    is_dated,
    is_figure,
    is_figures,
    is_when,
)
from councilplans.normalise.dates import parse_when
from councilplans.normalise.headers import match_header, names_no_plan
from councilplans.normalise.owners import names_someone
from councilplans.normalise.record import ColumnMapping as Mapping
from councilplans.normalise.vocab import fold, load_toml

# how sure a header match is, by how the synonym matched the header's words
HEADER_CONFIDENCE = {"exact": 1.0, "start": 0.9, "contains": 0.7}
MIN_CELLS = 2  # one cell cannot show what a column holds
CELL_SHARE = 0.6  # share of a column's filled cells that must agree for its cells to map it
ACTION_SHARE = 0.5  # share of long cells that open with a verb for a column of actions
ITEM_WORDS = 10  # median words of the sentences in a list of items under short headings
SENTENCE_WORDS = 5  # median words of a column of sentences (actions, measures, goals);
# fewer, and a column of distinct cells is one of short labels ('Care homes')
DISTINCT_LABELS = 0.8  # share of a label column's cells that differ from each other
DIGIT = re.compile(r"\d")
YEAR = re.compile(r"^(?:19|20)\d{2}$")  # a column of nothing but years is one of dates
BULLET = re.compile(r"^(?:[\s•·\-–*▪●]|o(?=\s))*(?:\d+[.)]\s*|[a-z][.)]\s+)?")
SUBJECTS = ("measure", "action", "priority")
# fields that make a table a plan (with a subject column beside them)
PLAN_EVIDENCE = frozenset(
    {"date", "start", "owner", "status", "baseline", "target", "impact", "likelihood"}
    | {"mitigation", "score"}
)


def from_header(label: str) -> Mapping:
    """Given a header cell's text, map it by the header vocabulary."""
    found = match_header(label)
    if found is None:
        return Mapping(None, 0.0, f"header {label.strip()!r}: no synonym" if label.strip() else "")
    field, synonym, how = found
    evidence = f"header {label.strip()!r}: {how} {synonym!r}"
    return Mapping(field, HEADER_CONFIDENCE[how], evidence, synonym)


@cache
def _words(name: str) -> tuple[str, ...]:
    return tuple(sorted((fold(w) for w in load_toml("columns.toml")[name]["words"]), key=len))


def opening(text: str) -> str:
    """A cell's folded text without a bullet or item number before it."""
    return fold(BULLET.sub("", text, count=1))


def is_status(text: str) -> bool:
    """'Achieved. See the DPIA', 'Yes', 'Complete - July 2024': a status word opens it."""
    words = opening(text)
    return words in _words("statuses") or words.startswith(_status_openings())


@cache
def _status_openings() -> tuple[str, ...]:
    return tuple(w + " " for w in _words("statuses"))


def is_action(text: str) -> bool:
    """'Review the referral pathway', 'To increase the confidence of ...'."""
    first = opening(text).removeprefix("to ").split(" ", 1)[0]
    return first in _words("verbs")


def _share(cells: Sequence[str], test: Callable[[str], object], floor: float = 0.0) -> float:
    """The share of cells that pass a test; once ``floor`` is out of reach, the most it could
    still be, below ``floor``, without testing the rest (the test may be a spaCy pipeline)."""
    n, misses = len(cells), 0
    for t in cells:
        if not test(t):
            misses += 1
            if (n - misses) / n < floor:
                break
    return (n - misses) / n


def from_cells(texts: Sequence[str]) -> Mapping:
    """Given a column's body texts, say what they hold: "date" (dates finer than a year, or
    nothing but years), "status", "owner", "action" (sentences opening with verbs),
    "measure" (other sentences), "label" (short distinct category words) or None (figures,
    a questionnaire's questions, too few cells, or no clear kind)."""
    cells = filled(texts)
    if len(cells) < MIN_CELLS:
        return Mapping(None, 0.0, f"cells: {len(cells)}, too few to tell")
    n = len(cells)
    words = statistics.median(len(t.split()) for t in cells)
    tests: list[tuple[str | None, Callable[[str], object], str, float]] = [
        ("date", is_when, "dates finer than a year", DATED_SHARE),
        ("date", YEAR.match, "years", 1.0),
        ("status", is_status, "statuses", CELL_SHARE),
        (None, is_figure, "figures", CELL_SHARE),
        ("owner", names_someone, "names of people or bodies", CELL_SHARE),  # spaCy: last
    ]
    for field, test, what, floor in tests:
        share = _share(cells, test, floor)
        if share >= floor:
            return Mapping(field, share, f"cells: {round(share * n)} of {n} {what}")
    asked = _share(cells, lambda t: "?" in t, CELL_SHARE)
    if asked >= CELL_SHARE:  # a questionnaire's questions: their answers are no statuses
        return Mapping(None, asked, f"cells: {round(asked * n)} of {n} questions")
    if words >= SENTENCE_WORDS:
        share = _share(cells, is_action, ACTION_SHARE)
        if share >= ACTION_SHARE:
            return Mapping("action", share, f"cells: {round(share * n)} of {n} open with a verb")
        return Mapping("measure", CELL_SHARE, f"cells: sentences (median {words:g} words)")
    distinct = len({fold(t) for t in cells}) / n
    if distinct >= DISTINCT_LABELS and not is_figures(cells):
        return Mapping("label", distinct, f"cells: {n} short labels, {distinct:.0%} distinct")
    return Mapping(None, 0.0, f"cells: no clear kind (median {words:g} words)")


def map_columns(labels: Sequence[str], body: Sequence[Sequence[str]]) -> tuple[Mapping, ...]:
    """Given a header's labels and each column's body texts, map every column: by its header
    where the vocabulary knows it (a field already taken by an earlier column stays an
    extra, a column of figures holds no actions, measures or priorities whatever its header
    says, and one of dates no KPI's actual or floor: a timetable's 'Actual' dates), else by
    its cells (see ``fill_from_cells``)."""
    out: list[Mapping] = []
    taken: set[str] = set()
    for label, texts in zip(labels, body, strict=True):
        mapping = from_header(label)
        if mapping.field in taken:
            mapping = Mapping(None, mapping.confidence, f"{mapping.evidence}, taken before")
        elif mapping.field in SUBJECTS and is_figures(list(texts)):
            mapping = Mapping(None, mapping.confidence, f"{mapping.evidence}, but cells: figures")
        elif mapping.field in {"actual", "floor"} and is_dated(list(texts)):
            mapping = Mapping(None, mapping.confidence, f"{mapping.evidence}, but cells: dates")
        elif _refuted(mapping, texts):
            mapping = Mapping(None, mapping.confidence, f"{mapping.evidence}, but cells: not so")
        taken |= {mapping.field} if mapping.field else set()
        out.append(mapping)
    return fill_from_cells(out, labels, body)


def _refuted(mapping: Mapping, texts: Sequence[str]) -> bool:
    """Whether a header word found inside a longer label ('Source and date', 'Resident
    status') names a field its cells plainly do not hold: no dates under it, no statuses, no
    one named. A header that is the word, or starts with it, is taken at its word."""
    tests = {"date": is_when, "start": is_when, "status": is_status, "owner": names_someone}
    test = tests.get(mapping.field or "")
    cells = filled(texts)
    if test is None or mapping.confidence > HEADER_CONFIDENCE["contains"] or not cells:
        return False
    return _share(cells, test, CELL_SHARE) < CELL_SHARE


def fill_from_cells(
    mappings: list[Mapping], labels: Sequence[str], body: Sequence[Sequence[str]]
) -> tuple[Mapping, ...]:
    """Given the header's mappings, labels and each column's body texts, map the columns the
    header left unmapped by their cells: a date, a status and (right of the first column) an
    owner where no column is one yet (of a timetable's versions side by side, 'July 2024
    version' and 'February 2025', the latest: ``_other_schedules``); then, if no column holds
    the rows' actions or measures and something shows the table is a plan (a date, owner,
    status, target, impact ...), the first column of sentences is the measure (or the
    action, when its cells open with verbs) and a column of short labels before it their
    priority; with no sentences, the first column of labels is the measure where a date is
    what shows a plan (a timetable's stages; names beside a status are a register of
    things, not things to do)."""
    out = list(mappings)
    taken = {m.field for m in out if m.field}
    cells = [from_cells(texts) for texts in body]
    for col in _other_schedules(out, labels, cells):
        cells[col] = Mapping(None, 0.0, f"{cells[col].evidence}, not the latest schedule")
    for col, found in enumerate(cells):
        if out[col].field is None and found.field in {"date", "status", "owner"}:
            if found.field not in taken and (found.field != "owner" or col > 0):
                out[col] = found
                taken.add(found.field)
    if taken & {"measure", "action"} or not taken & PLAN_EVIDENCE:
        return tuple(out)
    free = [c for c, m in enumerate(out) if m.field is None]
    worded = [c for c in free if cells[c].field in {"action", "measure"}]
    short = [c for c in free if cells[c].field == "label"]
    if worded:
        subject = worded[0]
        out[subject] = cells[subject]
        short = [c for c in short if c < subject]
        if short and "priority" not in taken:
            out[short[0]] = _as(cells[short[0]], "priority")
    elif short and "date" in taken:
        out[short[0]] = _as(cells[short[0]], "measure")  # a timetable's stages
    return tuple(out)


def _other_schedules(
    mappings: Sequence[Mapping], labels: Sequence[str], cells: Sequence[Mapping]
) -> list[int]:
    """Where columns of dates are headed by dates ('July 2024 version', 'February 2025'),
    they are versions of one timetable and the latest is the current one: every other
    unmapped column of dates (older versions, 'Actual') is not the date."""
    dated = [
        c
        for c, (m, found) in enumerate(zip(mappings, cells, strict=True))
        if m.field is None and found.field == "date"
    ]
    versions = [(when.end, c) for c in dated if (when := parse_when(labels[c])) and when.end]
    if not versions:
        return []
    latest = max(versions)[1]
    return [c for c in dated if c != latest]


def grouped_items(
    labels: Sequence[str], body: Sequence[Sequence[str]], rows: Sequence[Sequence[str]]
) -> tuple[Mapping, ...]:
    """Given a two-column table's header labels (words the vocabulary cannot place, or one
    it places by a word inside a longer label), each column's body texts and the body rows,
    map it as a list of items under short headings ('Stroke | The Stroke Association hosts
    ...'): short distinct labels beside sentences are each sentence's priority, each label
    with its sentence (a label alone on its row is a subheading: a standards table's
    categories) and none a code (no digits: '1A', 'YonY 01' are a data dictionary's);
    sentences opening with verbs beside others are actions with notes. Not where the header
    names a glossary, a contact list or the like (``[not_plan]`` in headers.toml). () when it
    is neither."""
    if len(labels) != 2 or any(names_no_plan(label) for label in labels):
        return ()
    left, right = (from_cells(texts) for texts in body)
    if left.field == "action" and right.field in {"measure", "action"}:
        return (left, Mapping(None, right.confidence, f"{right.evidence}, notes beside actions"))
    if left.field != "label" or right.field not in {"measure", "action"}:
        return ()
    if statistics.median(len(t.split()) for t in filled(body[1])) < ITEM_WORDS:
        return ()  # a specification's values, a key's value: not what to do, said in full
    if any(left.strip() and not right.strip() for left, right in rows):
        return ()
    if any(DIGIT.search(text) for text in body[0]):
        return ()  # codes ('1A', 'YonY 01'): a data dictionary's, not headings
    return (Mapping("priority", left.confidence, f"{left.evidence}, beside sentences"), right)


def _as(mapping: Mapping, field: str) -> Mapping:
    return Mapping(field, mapping.confidence, mapping.evidence)
