"""Read the store: records, tables, sections and documents of each document's latest version,
cross-authority comparisons as pandas DataFrames, and what changed between two versions.

    >>> frame = records_frame(store)
    >>> compare(store, Filters(theme="obesity"))[["authority", "measure", "baseline", "target"]]
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any, TypeVarTuple

import pandas as pd
from sqlalchemy import ColumnElement, Executable, Float, Select, func, or_, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import QueryableAttribute, Session, aliased

from councilplans.normalise.record import KINDS
from councilplans.store.db import (
    NoSuchDocument,
    NotEnoughVersions,
    Store,
    StoreError,
)
from councilplans.store.models import (
    USABLE,
    AuthorityRow,
    DocumentRow,
    RecordRow,
    SectionRow,
    TableRow,
    VersionRow,
)

RECORD_FIELDS = (
    "doc",
    "file",
    "authority",
    "kind",
    "priority",
    "measure",
    "baseline",
    "target",
    "owner",
    "date",
    "page",
    "table",
    "row",
    "action",
)
RECORD_EXTRA_FIELDS = (
    "authority_code",
    "authority_gss",
    "authority_official_name",
    "start",
    "status",
    "impact",
    "likelihood",
    "score",
    "mitigation",
    "actual",
    "floor",
    "period",
    "actual_number",
    "actual_unit",
    "floor_number",
    "impact_number",
    "likelihood_number",
    "score_number",
    "heading_path",
    "theme",
    "indicator_code",
    "baseline_number",
    "baseline_unit",
    "baseline_period",
    "baseline_comparator",
    "target_number",
    "target_unit",
    "target_period",
    "target_direction",
    "date_start",
    "date_end",
    "date_precision",
    "date_status",
    "owner_people",
    "owner_roles",
    "owner_orgs",
    "extra",
    "also_in",
)
UNKNOWN_AUTHORITY = "(unknown)"
AUTHORITY_FIELDS = ("authority", "authority_code", "authority_gss", "authority_official_name")


Columns = TypeVarTuple("Columns")


def join_latest(
    stmt: Select[*Columns], version_id: ColumnElement[int] | QueryableAttribute[int]
) -> Select[*Columns]:
    """Join a statement over a version-owned table to its document and authority: latest
    versions only, and a plan published in two formats once (store/plans.py)."""
    # "no newer usable version" rather than "id IN (the max id per document)": PostgreSQL
    # estimates the IN list at 200 rows and then walks every version, testing every row
    # (its full-text match too) instead of using the index (bench/RESULTS.md, query speed)
    newer = aliased(VersionRow)
    has_newer = (
        select(newer.id)
        .where(
            newer.document_id == VersionRow.document_id,
            newer.id > VersionRow.id,
            newer.status.in_(USABLE),
        )
        .exists()
    )
    return (
        stmt.join(VersionRow, VersionRow.id == version_id)
        .join(DocumentRow, DocumentRow.id == VersionRow.document_id)
        .outerjoin(AuthorityRow, AuthorityRow.id == DocumentRow.authority_id)
        .where(VersionRow.status.in_(USABLE), ~has_newer, DocumentRow.same_plan_as.is_(None))
    )


def _records_stmt() -> Select[RecordRow, int, str, str, AuthorityRow | None]:
    stmt = select(
        RecordRow, DocumentRow.id, DocumentRow.doc, DocumentRow.file, AuthorityRow
    ).select_from(RecordRow)
    stmt = join_latest(stmt, RecordRow.version_id)
    return stmt.order_by(AuthorityRow.name, DocumentRow.doc, RecordRow.position)


def iter_records(
    store: Store, where: list[ColumnElement[bool]] | None = None
) -> Iterator[dict[str, Any]]:
    """Every record of the latest versions, as export dicts (raw texts first, parsed after)."""
    stmt = _records_stmt().where(*(where or []))
    with store.session() as session:
        also = other_files(session)
        for rec, document_id, doc, file, authority in session.execute(stmt):
            yield _record_dict(rec, doc, file, authority) | {"also_in": also.get(document_id, [])}


def other_files(session: Session, documents: Collection[int] | None = None) -> dict[int, list[str]]:
    """For each document that stands for a plan published in several files, the others;
    for the given documents only, if any are given."""
    stmt = select(DocumentRow.same_plan_as, DocumentRow.file).where(
        DocumentRow.same_plan_as.is_not(None)
    )
    if documents is not None:
        stmt = stmt.where(DocumentRow.same_plan_as.in_(documents))
    files: dict[int | None, list[str]] = {}
    for plan, file in session.execute(stmt.order_by(DocumentRow.file)):
        files.setdefault(plan, []).append(file)
    return {plan: names for plan, names in files.items() if plan is not None}


def authority_fields(authority: AuthorityRow | None) -> dict[str, str | None]:
    """The register's names for a document's authority, as exports give them (None if unknown)."""
    if authority is None:
        return dict.fromkeys(AUTHORITY_FIELDS)
    return dict(zip(AUTHORITY_FIELDS, _authority_values(authority), strict=True))


def _authority_values(authority: AuthorityRow) -> tuple[str, str, str | None, str]:
    return (authority.name, authority.code, authority.gss_code, authority.official_name)


def _record_dict(
    rec: RecordRow, doc: str, file: str, authority: AuthorityRow | None
) -> dict[str, Any]:
    names = authority_fields(authority)
    out: dict[str, Any] = {"doc": doc, "file": file, "authority": names.pop("authority")}
    for name in RECORD_FIELDS[3:]:
        out[name] = getattr(rec, "table_index" if name == "table" else name)
    out.update(names)
    for name in RECORD_EXTRA_FIELDS[len(names) : -1]:  # also_in is the document's
        value = getattr(rec, name)
        out[name] = value.isoformat() if isinstance(value, dt.date) else value
    return out


def iter_tables(
    store: Store, where: list[ColumnElement[bool]] | None = None
) -> Iterator[dict[str, Any]]:
    """Every table of the latest versions: grid of strings, spans, pages ([] for DOCX)."""
    stmt = select(TableRow, DocumentRow.doc, DocumentRow.file, AuthorityRow.name)
    stmt = join_latest(stmt.select_from(TableRow), TableRow.version_id).where(*(where or []))
    with store.session() as session:
        rows = session.execute(stmt.order_by(DocumentRow.doc, TableRow.index))
        for table, doc, file, authority in rows:
            yield {
                "doc": doc,
                "file": file,
                "authority": authority,
                "index": table.index,
                "kind": table.kind,
                "pages": table.pages,
                "header_rows": table.header_rows,
                "rows": table.rows,
                "spans": table.spans,
                "n_rows": table.n_rows,
                "n_cols": table.n_cols,
                "role": table.role,
                "heading_path": table.heading_path,
                "caption": table.caption,
                "columns": table.columns,
            }


def iter_sections(store: Store) -> Iterator[dict[str, Any]]:
    """Every section (heading path and the text under it) of the latest versions."""
    stmt = select(SectionRow, DocumentRow.doc, DocumentRow.file, AuthorityRow.name)
    stmt = join_latest(stmt.select_from(SectionRow), SectionRow.version_id)
    with store.session() as session:
        rows = session.execute(stmt.order_by(DocumentRow.doc, SectionRow.position))
        for section, doc, file, authority in rows:
            yield {
                "doc": doc,
                "file": file,
                "authority": authority,
                "heading_path": section.heading_path,
                "level": section.level,
                "text": section.text,
                "first_page": section.first_page,
                "last_page": section.last_page,
            }


def iter_documents(store: Store) -> Iterator[dict[str, Any]]:
    """Every document with its newest version of any status, so failures show with their error."""
    newest = select(func.max(VersionRow.id)).group_by(VersionRow.document_id)
    stmt = (
        select(DocumentRow, VersionRow, AuthorityRow)
        .join(VersionRow, VersionRow.document_id == DocumentRow.id)
        .outerjoin(AuthorityRow, AuthorityRow.id == DocumentRow.authority_id)
        .where(VersionRow.id.in_(newest))
        .order_by(DocumentRow.doc, DocumentRow.key)
    )
    with store.session() as session:
        paths = {i: key for i, key in session.execute(select(DocumentRow.id, DocumentRow.key))}
        for document, version, authority in session.execute(stmt):
            plan = paths.get(document.same_plan_as) if document.same_plan_as else None
            yield _document_dict(document, version, authority) | {"same_plan_as": plan}


def _document_dict(
    document: DocumentRow, version: VersionRow, authority: AuthorityRow | None
) -> dict[str, Any]:
    names = authority_fields(authority)
    return {
        "doc": document.doc,
        "file": document.file,
        "authority": names.pop("authority"),
        "sha256": version.sha256,
        "status": version.status,
        "error": version.error,
        "notes": version.notes,
        "pages": version.pages,
        **names,
        "format": document.format,
        "path": document.key,
        "title": version.title,
        "period": version.period,
        "publisher": version.publisher,
        "authority_evidence": version.authority_evidence,
        "version": version.id,
        "parser_version": version.parser_version,
        "created_at": version.created_at.isoformat(timespec="seconds"),
    }


class QueryError(StoreError):
    """A query asked for something that cannot be read (an unknown kind, a period with no year)."""


YEARS = re.compile(r"\b((?:19|20)\d{2})(?:\s*(?:[-–/]|to)\s*((?:19|20)?\d{2}))?\b")


def years(period: str) -> tuple[int, int]:
    """'2016' -> (2016, 2016); '2016-2020', '2016/17', '2016 to 2018' -> first and last year."""
    match = YEARS.search(period)
    if match is None:
        raise QueryError(f"{period!r}: not a period; give a year or a span such as 2016-2020")
    first, last = match.group(1), match.group(2) or match.group(1)
    last = first[:2] + last if len(last) == 2 else last
    return int(first), max(int(first), int(last))


@dataclass(frozen=True, slots=True)
class Filters:
    """Which records a query reads: every filter given must hold.

    ``indicator`` is text in the measure or an indicator code (any case); ``authority`` an
    authority's code; ``period`` a span of years that the plan's own period must overlap
    (a plan whose period was not found matches no period).
    """

    theme: str | None = None
    indicator: str | None = None
    kind: str | None = None
    authority: str | None = None
    period: tuple[int, int] | None = None

    def __post_init__(self) -> None:
        if self.kind is not None and self.kind not in KINDS:
            raise QueryError(f"{self.kind}: no such kind; choose one of {', '.join(KINDS)}")

    def clauses(self) -> list[ColumnElement[bool]]:
        where: list[ColumnElement[bool]] = []
        if self.theme is not None:
            where.append(func.lower(RecordRow.theme) == self.theme.lower())
        if self.indicator is not None:
            pattern = f"%{self.indicator.lower()}%"
            where.append(
                or_(
                    func.lower(RecordRow.measure).like(pattern),
                    func.lower(RecordRow.indicator_code).like(pattern),
                )
            )
        if self.kind is not None:
            where.append(RecordRow.kind == self.kind)
        if self.authority is not None:
            where.append(AuthorityRow.code == self.authority)
        if self.period is not None:
            where.extend(_overlaps(*self.period))
        return where


def _overlaps(first: int, last: int) -> list[ColumnElement[bool]]:
    # a plan's period is stored as "YYYY-YYYY" (normalise.metadata.plan_period), so its
    # years compare as text
    return [
        func.substr(VersionRow.period, 1, 4) <= str(last),
        func.substr(VersionRow.period, 6, 4) >= str(first),
    ]


def records_frame(store: Store, filters: Filters | None = None) -> pd.DataFrame:
    """The records of the latest versions as a DataFrame, one row per record, raw texts first
    and parsed fields after (the columns of the records export)."""
    rows = iter_records(store, (filters or Filters()).clauses())
    columns = [*RECORD_FIELDS, *RECORD_EXTRA_FIELDS]
    return frame_of(list(rows), columns)


# A record's numbers: parsed values as floats (NaN where none was found), positions as
# nullable integers. Every other column holds Python objects: text as str, None where the
# document has nothing.
NUMBER_DTYPES = {
    name: "float64"
    for name, column in RecordRow.__table__.columns.items()
    if isinstance(column.type, Float)
} | {"page": "Int64", "table": "Int64", "row": "Int64"}


def frame_of(
    rows: list[tuple[Any, ...]] | list[dict[str, Any]], columns: list[str]
) -> pd.DataFrame:
    """Rows (tuples, or dicts by column name) of record columns as a DataFrame whose dtypes
    depend on the column alone.

    Left to infer, pandas made a column of text its str dtype, None becoming NaN, but a
    column with no text in these rows object; and building the str dtype took longer than
    fetching the rows (bench/RESULTS.md, query speed)."""
    frame = pd.DataFrame(rows, columns=columns, dtype=object)
    return frame.astype({name: NUMBER_DTYPES[name] for name in columns if name in NUMBER_DTYPES})


COMPARE_COLUMNS = [
    "authority",
    "doc",
    "kind",
    "priority",
    "measure",
    "baseline",
    "target",
    "date",
    "theme",
    "indicator_code",
    "page",
]
SAME_ROW = ["authority", "kind", "priority", "measure", "baseline", "target", "date"]


def compare(store: Store, filters: Filters | None = None) -> pd.DataFrame:
    """Matching records of every authority side by side, one row per record: authority, doc,
    kind, priority, measure, baseline, target, date, theme, indicator code and page, by
    authority (records of no known authority first), document and the record's place in it.
    Rows identical in all but the document are shown once. The per-authority view is
    summary()."""
    # the eleven columns only, as plain tuples: whole records through the ORM, and pandas
    # reading SQLAlchemy rows, cost ten times the query (bench/RESULTS.md, query speed)
    columns = [getattr(RecordRow, name) for name in COMPARE_COLUMNS[2:]]
    stmt = select(AuthorityRow.name, DocumentRow.doc, *columns).select_from(RecordRow)
    stmt = join_latest(stmt, RecordRow.version_id).where(*(filters or Filters()).clauses())
    # Each document's records in order as an index holds them (ix_records_kind_version),
    # then the documents put in order here: SQLite sorting every row it read, text and all,
    # cost a fifth of the query (bench/RESULTS.md, query speed).
    stmt = stmt.order_by(RecordRow.version_id, RecordRow.position)
    with store.engine.connect() as conn:
        rows = fetch_tuples(conn, stmt)
    rows.sort(key=_document_order)
    frame = frame_of(_first_of_each(rows), COMPARE_COLUMNS)
    frame["authority"] = frame["authority"].fillna(UNKNOWN_AUTHORITY)
    return frame


def fetch_tuples(
    conn: Connection, stmt: Executable, params: dict[str, Any] | None = None
) -> list[tuple[Any, ...]]:
    """Every row of a statement as the driver's plain tuples, for rows that are only read
    and only hold text and numbers (no value is converted by SQLAlchemy)."""
    result = conn.execute(stmt, params)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


def _document_order(row: tuple[Any, ...]) -> tuple[bool, str, str]:
    """By authority (records of no known authority first), then document."""
    return row[0] is not None, row[0] or "", row[1]


SAME_ROW_KEY = itemgetter(*(COMPARE_COLUMNS.index(name) for name in SAME_ROW))


def _first_of_each(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Rows alike in all but the document (a plan in two files of two names) once."""
    seen: set[Any] = set()
    kept = []
    for row in rows:
        key = SAME_ROW_KEY(row)
        if key not in seen:
            seen.add(key)
            kept.append(row)
    return kept


@dataclass(frozen=True, slots=True)
class Changes:
    """Records added and removed between the last two usable versions of one document.

    A record is identified by (priority, measure); a pair that occurs more often in the new
    version than in the old one is added (once per extra occurrence), and the other way round.
    """

    doc: str
    old_version: int
    new_version: int
    old_sha256: str
    new_sha256: str
    added: list[tuple[str | None, str | None]]
    removed: list[tuple[str | None, str | None]]


def changes(store: Store, doc: str) -> Changes:
    """Given a document (file stem, file name or path), list what changed in its latest version."""
    with store.session() as session:
        document = find_document(session, doc)
        versions = [v for v in document.versions if v.status in USABLE][-2:]
        if len(versions) < 2:
            raise NotEnoughVersions(f"{doc}: has {len(versions)} usable version(s), needs 2")
        old, new = (_record_keys(session, v.id) for v in versions)
        return Changes(
            doc=document.doc,
            old_version=versions[0].id,
            new_version=versions[1].id,
            old_sha256=versions[0].sha256,
            new_sha256=versions[1].sha256,
            added=list((new - old).elements()),
            removed=list((old - new).elements()),
        )


def _record_keys(session: Any, version_id: int) -> Counter[tuple[str | None, str | None]]:
    stmt = select(RecordRow.priority, RecordRow.measure).where(RecordRow.version_id == version_id)
    return Counter((p, m) for p, m in session.execute(stmt))


def find_document(session: Session, name: str) -> DocumentRow:
    """The one document whose stem, file name or resolved path is ``name``."""
    key = str(Path(name).resolve())
    stmt = select(DocumentRow).where(
        or_(DocumentRow.doc == name, DocumentRow.file == name, DocumentRow.key == key)
    )
    found = list(session.scalars(stmt))
    if not found:
        raise NoSuchDocument(f"{name}: no such document in the store")
    if len(found) > 1:
        paths = ", ".join(d.key for d in found)
        raise NoSuchDocument(f"{name}: several documents go by that name ({paths}); give a path")
    return found[0]
