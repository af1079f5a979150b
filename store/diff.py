"""What changed in a document between two of its versions, record by record.

Records are matched by what they say, not by where they stand: first those whose kind and
identifying text (the action, else the measure; both for an action with a milestone) are
the same once case, spacing and punctuation are set aside; then, among the rest, pairs of
the same kind whose texts are close enough to be one record reworded. A matched pair whose
fields differ is "changed", with each differing field old -> new; the records left over
are "added" or "removed".

    >>> found = diff(store, "stoke-on-trent-cyp-plan.pdf")      # the last two usable versions
    >>> [(c.change, c.fields) for c in found.changes]
    [('changed', (FieldChange('target', '18%', '17%'),)), ('added', ())]
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from councilplans.store.db import NoSuchDocument, NotEnoughVersions, Store
from councilplans.store.models import RECORD_TEXTS, USABLE, RecordRow, VersionRow
from councilplans.store.queries import find_document

COMPARED = RECORD_TEXTS  # the fields compared between two matched records, in this order
REWORDED = 0.8  # similarity (difflib ratio) above which two texts are one record reworded
PUNCTUATION = re.compile(r"[^\w%£$]+")


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True, slots=True)
class RecordChange:
    """One record added, removed or changed; ``record`` is its text in the newer version
    (the older one's when removed), ``fields`` the differences of a changed one."""

    change: str  # "added", "removed" or "changed"
    kind: str
    record: dict[str, Any]
    old_page: int | None = None
    new_page: int | None = None
    fields: tuple[FieldChange, ...] = ()


@dataclass(frozen=True, slots=True)
class VersionRef:
    """A version as a user names it: its number within the document, from 1."""

    number: int
    id: int
    sha256: str
    parser_version: str
    created_at: str


@dataclass(frozen=True, slots=True)
class Diff:
    doc: str
    file: str
    old: VersionRef
    new: VersionRef
    changes: tuple[RecordChange, ...]

    def count(self, change: str) -> int:
        return sum(1 for c in self.changes if c.change == change)


def diff(store: Store, doc: str, old: int | None = None, new: int | None = None) -> Diff:
    """Compare versions ``old`` and ``new`` (numbers within the document, from 1) of the
    document ``doc`` (its file name, stem or path); by default the last two usable ones."""
    with store.session() as session:
        document = find_document(session, doc)
        older, newer = _pick(document.file, document.versions, old, new)
        before, after = (_records(session, v.id) for v in (older, newer))
        numbers = {v.id: i for i, v in enumerate(document.versions, start=1)}
        return Diff(
            document.doc,
            document.file,
            _ref(older, numbers),
            _ref(newer, numbers),
            tuple(match_records(before, after)),
        )


def _pick(
    file: str, versions: list[VersionRow], old: int | None, new: int | None
) -> tuple[VersionRow, VersionRow]:
    if old is None and new is None:
        usable = [v for v in versions if v.status in USABLE][-2:]
        if len(usable) < 2:
            raise NotEnoughVersions(f"{file}: has {len(usable)} usable version(s), needs 2")
        return usable[0], usable[1]
    new = new or len(versions)
    old = old or new - 1
    chosen = [_numbered(file, versions, n) for n in (old, new)]
    for version, number in zip(chosen, (old, new), strict=True):
        if version.status not in USABLE:
            raise NotEnoughVersions(
                f"{file}: version {number} {version.status}: {version.error or 'no records'}"
            )
    return chosen[0], chosen[1]


def _numbered(file: str, versions: list[VersionRow], number: int) -> VersionRow:
    if not 1 <= number <= len(versions):
        raise NoSuchDocument(f"{file}: no version {number}; it has versions 1 to {len(versions)}")
    return versions[number - 1]


def _ref(version: VersionRow, numbers: dict[int, int]) -> VersionRef:
    created = version.created_at.isoformat(sep=" ", timespec="minutes")
    return VersionRef(
        numbers[version.id], version.id, version.sha256, version.parser_version, created
    )


def _records(session: Any, version_id: int) -> list[RecordRow]:
    stmt = select(RecordRow).where(RecordRow.version_id == version_id)
    return list(session.scalars(stmt.order_by(RecordRow.position)))


def match_records(before: list[RecordRow], after: list[RecordRow]) -> list[RecordChange]:
    """Pair records by identity, then by close wording; report the differences, in the newer
    version's order, followed by the removed records in the older one's."""
    pairs, removed, added = _same_identity(before, after)
    reworded, removed, added = _reworded(removed, added)
    pairs.update(reworded)
    new_ones = {id(rec) for rec in added}
    out: list[RecordChange] = []
    for rec in after:
        if id(rec) in new_ones:
            out.append(RecordChange("added", rec.kind, _text(rec), new_page=rec.page))
        elif fields := _differences(pairs[id(rec)], rec):
            out.append(
                RecordChange("changed", rec.kind, _text(rec), pairs[id(rec)].page, rec.page, fields)
            )
    out += [RecordChange("removed", r.kind, _text(r), old_page=r.page) for r in removed]
    return out


def _same_identity(
    before: list[RecordRow], after: list[RecordRow]
) -> tuple[dict[int, RecordRow], list[RecordRow], list[RecordRow]]:
    waiting: dict[tuple[str, str], list[RecordRow]] = defaultdict(list)
    for rec in before:
        waiting[(rec.kind, identity(rec))].append(rec)
    pairs: dict[int, RecordRow] = {}
    added = []
    for rec in after:
        same = waiting.get((rec.kind, identity(rec)))
        if same:
            pairs[id(rec)] = same.pop(0)
        else:
            added.append(rec)
    removed = [rec for group in waiting.values() for rec in group]
    return pairs, sorted(removed, key=lambda r: r.position), added


def _reworded(
    removed: list[RecordRow], added: list[RecordRow]
) -> tuple[dict[int, RecordRow], list[RecordRow], list[RecordRow]]:
    candidates = sorted(
        (
            (_similarity(identity(old), identity(new)), i, j)
            for i, old in enumerate(removed)
            for j, new in enumerate(added)
            if old.kind == new.kind
        ),
        reverse=True,
    )
    pairs: dict[int, RecordRow] = {}
    used_old: set[int] = set()
    used_new: set[int] = set()
    for ratio, i, j in candidates:
        if ratio < REWORDED:
            break
        if i not in used_old and j not in used_new:
            pairs[id(added[j])] = removed[i]
            used_old.add(i)
            used_new.add(j)
    return (
        pairs,
        [r for i, r in enumerate(removed) if i not in used_old],
        [r for j, r in enumerate(added) if j not in used_new],
    )


def _similarity(a: str, b: str) -> float:
    """difflib's ratio, 0 at once for texts whose lengths or letters already rule it out."""
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < REWORDED or matcher.quick_ratio() < REWORDED:
        return 0.0
    return matcher.ratio()


def identity(rec: RecordRow) -> str:
    """What a record is about, for matching: its action and measure, else its priority,
    folded to lower-case words."""
    text = " ".join(t for t in (rec.action, rec.measure) if t) or rec.priority or ""
    return " ".join(PUNCTUATION.sub(" ", text.lower()).split())


def _differences(old: RecordRow, new: RecordRow) -> tuple[FieldChange, ...]:
    return tuple(
        FieldChange(name, getattr(old, name), getattr(new, name))
        for name in COMPARED
        if _folded(getattr(old, name)) != _folded(getattr(new, name))
    )


def _folded(value: str | None) -> str:
    return " ".join((value or "").split())


def _text(rec: RecordRow) -> dict[str, Any]:
    return {name: getattr(rec, name) for name in COMPARED if getattr(rec, name)}
