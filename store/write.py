"""Write one version of one document, in one transaction: all of it or nothing.

>>> info = write_version(store, key, doc, normalise(doc))
>>> info.status, info.records
('ok', 42)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, inspect, select
from sqlalchemy.orm import Session

from councilplans.extractors.model import Document
from councilplans.normalise.record import Authority, Normalised, Record, Section, TableInfo
from councilplans.store.db import Store, WriteConflict
from councilplans.store.models import (
    AuthorityRow,
    DocumentRow,
    RecordRow,
    SectionRow,
    TableRow,
    VersionRow,
)
from councilplans.store.plans import link_plans
from councilplans.store.queries import find_document


def parser_version() -> str:
    """The installed councilplans version, recorded on every document version."""
    try:
        return version("councilplans")
    except PackageNotFoundError:
        return "unknown"


@dataclass(frozen=True, slots=True)
class VersionInfo:
    """What a caller needs to know about one stored version."""

    id: int
    document_id: int
    sha256: str
    status: str
    error: str | None
    records: int
    pages: int | None = None  # None for DOCX, which has no pages, and for failures
    tables: int = 0
    authority: str | None = None  # the document's authority's name
    parser_version: str | None = None
    written: bool = True  # False: this reading was stored already (by another process)


def latest_version(store: Store, key: str) -> VersionInfo | None:
    """Given a document key (its resolved path), return its newest version of any status."""
    stmt = _info_stmt().where(DocumentRow.key == key).order_by(VersionRow.id.desc()).limit(1)
    with store.session() as session:
        row = session.execute(stmt).first()
        return VersionInfo(*row) if row else None


def write_version(store: Store, key: str, doc: Document, norm: Normalised) -> VersionInfo:
    """Store a normalised document as a new version of the document at ``key``, atomically:
    the file's identity from ``doc`` (sha256, format, pages), everything else as ``norm``
    judged it. A partial document keeps what was lost as its error text. When another
    process stored this reading meanwhile, nothing is written (``written`` is False)."""
    return once_more_on_conflict(lambda: _write_version(store, key, doc, norm))


def _write_version(store: Store, key: str, doc: Document, norm: Normalised) -> VersionInfo:
    with store.atomic() as session:
        document = _document(session, key, doc.format, norm.metadata.authority)
        if (stored := _stored_already(document, doc.sha256)) is not None:
            return replace(_info(session, stored), written=False)
        version = _new_version(session, document, doc.sha256)
        version.status = norm.status
        version.error = f"{Path(key).name}: {'; '.join(norm.lost)}" if norm.lost else None
        version.notes = "; ".join(norm.notes) or None
        version.pages = doc.pages
        version.title = norm.metadata.title
        version.period = norm.metadata.period
        version.publisher = norm.metadata.publisher
        version.authority_evidence = norm.metadata.authority_evidence
        _add_content(version, norm)
        link_plans(session, document)
        return _info(session, version)


def write_failure(store: Store, key: str, sha256: str, error: str) -> VersionInfo:
    """Store a failed version: the document and a version row with the error, nothing else.
    A good reading of the same content by this parser is kept, and nothing is written: the
    failure was that run's (a limit, a file caught mid-copy), not the content's."""
    return once_more_on_conflict(lambda: _write_failure(store, key, sha256, error))


def _write_failure(store: Store, key: str, sha256: str, error: str) -> VersionInfo:
    fmt = Path(key).suffix.lower().lstrip(".") or None
    with store.atomic() as session:
        document = _document(session, key, fmt, None)
        if (stored := _stored_already(document, sha256)) is not None:
            return replace(_info(session, stored), written=False)  # another read it well
        version = _new_version(session, document, sha256)
        version.status, version.error = "failed", error
        session.flush()
        return _info(session, version)


def once_more_on_conflict(write: Callable[[], VersionInfo]) -> VersionInfo:
    """Run a write; when it collided with another process adding the same document or
    authority, run it again: the second time it finds their rows."""
    try:
        return write()
    except WriteConflict:
        return write()


def _info(session: Session, row: VersionRow) -> VersionInfo:
    return VersionInfo(*session.execute(_info_stmt().where(VersionRow.id == row.id)).one())


def _info_stmt() -> Select[Any]:
    """A version's VersionInfo fields, counts and authority included, in one query: ingest
    asks it of every file it fingerprints."""
    records, tables = (
        select(func.count()).where(model.version_id == VersionRow.id).scalar_subquery()
        for model in (RecordRow, TableRow)
    )
    return (
        select(
            VersionRow.id,
            VersionRow.document_id,
            VersionRow.sha256,
            VersionRow.status,
            VersionRow.error,
            records,
            VersionRow.pages,
            tables,
            AuthorityRow.name,
            VersionRow.parser_version,
        )
        .join(DocumentRow, DocumentRow.id == VersionRow.document_id)
        .outerjoin(AuthorityRow, AuthorityRow.id == DocumentRow.authority_id)
    )


def _document(
    session: Session, key: str, fmt: str | None, authority: Authority | None
) -> DocumentRow:
    document = session.scalars(select(DocumentRow).where(DocumentRow.key == key)).first()
    if document is None:
        path = Path(key)
        document = DocumentRow(key=key, doc=path.stem, file=path.name, format=fmt)
        session.add(document)
    if authority is not None and not document.authority_by_hand:
        document.authority = authority_row(session, authority)
    return document


@dataclass(frozen=True)
class Assigned:
    """A document given an authority by hand, and the one it had before (None: none)."""

    file: str
    authority: str
    before: str | None


def assign(store: Store, name: str, authority: Authority) -> Assigned:
    """Give the document ``name`` (its file name, stem or path) an authority by hand. It
    sticks: ingesting a later version of the file keeps it, whatever the text names."""
    with store.atomic() as session:
        document = find_document(session, name)
        before = document.authority.name if document.authority is not None else None
        document.authority = authority_row(session, authority)
        document.authority_by_hand = True
        link_plans(session, document)
        return Assigned(document.file, authority.name, before)


def authority_row(session: Session, authority: Authority) -> AuthorityRow:
    """The stored row of an authority, added on first use."""
    row = session.scalars(select(AuthorityRow).where(AuthorityRow.code == authority.code)).first()
    if row is None:
        row = AuthorityRow(
            code=authority.code,
            name=authority.name,
            official_name=authority.official_name,
            alt_names=list(authority.alt_names),
            type=authority.type,
            nation=authority.nation,
            region=authority.region,
            gss_code=authority.gss_code,
        )
        session.add(row)
    return row


def _stored_already(document: DocumentRow, sha256: str) -> VersionRow | None:
    """The newest version when it is a good reading of this content by this parser: another
    process (a second ingest of the same folder, a retried cluster task) stored it while
    this one was reading, and storing it again would change nothing but its ids."""
    newest = document.versions[-1] if document.versions else None
    if newest is None or newest.status != "ok":
        return None
    return newest if (newest.sha256, newest.parser_version) == (sha256, parser_version()) else None


def _new_version(session: Session, document: DocumentRow, sha256: str) -> VersionRow:
    """A new version row. The newest version is replaced when this parser read the same
    content before (a retry); the same content read by another parser is a new version, so
    that the two readings can be compared."""
    newest = document.versions[-1] if document.versions else None
    if newest is not None and (newest.sha256, newest.parser_version) == (sha256, parser_version()):
        document.versions.remove(newest)
        session.flush()
    version = VersionRow(sha256=sha256, parser_version=parser_version(), status="failed")
    document.versions.append(version)
    return version


def _add_content(version: VersionRow, norm: Normalised) -> None:
    version.sections = [_section_row(i, s) for i, s in enumerate(norm.sections)]
    version.tables = [_table_row(info) for info in norm.tables]
    version.records = [record_row(i, r) for i, r in enumerate(norm.records)]
    for row in (version, *version.sections, *version.tables, *version.records):
        scrub_row(row)


def scrub_row(row: Any) -> None:
    """Drop NUL characters from every text and JSON value: PostgreSQL refuses them in text."""
    for attr in inspect(row).mapper.column_attrs:
        value = getattr(row, attr.key)
        cleaned = scrub(value)
        if cleaned is not value:
            setattr(row, attr.key, cleaned)


def scrub(value: Any) -> Any:
    """A value with NUL characters removed from its strings, however deeply nested."""
    if isinstance(value, str):
        return value.replace("\x00", "") if "\x00" in value else value
    if isinstance(value, list):
        return [scrub(v) for v in value]
    if isinstance(value, dict):
        return {scrub(k): scrub(v) for k, v in value.items()}
    return value


def _section_row(position: int, section: Section) -> SectionRow:
    return SectionRow(
        position=position,
        heading_path=list(section.heading_path),
        level=section.level,
        text=section.text,
        first_page=section.first_page,
        last_page=section.last_page,
    )


def _table_row(info: TableInfo) -> TableRow:
    table = info.table
    return TableRow(
        index=info.index,
        kind=info.kind,
        role=table.role,
        pages=table.pages,
        header_rows=table.header_rows,
        n_rows=table.n_rows,
        n_cols=table.n_cols,
        rows=table.grid(),
        spans=table.spans(),
        heading_path=list(info.heading_path),
        caption=info.caption,
        columns=[
            {"field": m.field, "confidence": round(m.confidence, 3), "evidence": m.evidence}
            for m in info.columns
        ],
    )


def record_row(position: int, rec: Record) -> RecordRow:
    """A Record as a row: the raw texts, then every parsed value beside them."""
    return RecordRow(
        position=position,
        kind=rec.kind,
        priority=rec.priority,
        action=rec.action,
        measure=rec.measure,
        baseline=rec.baseline,
        target=rec.target,
        owner=rec.owner,
        date=rec.date,
        start=rec.start,
        status=rec.status,
        impact=rec.impact,
        likelihood=rec.likelihood,
        score=rec.score,
        mitigation=rec.mitigation,
        actual=rec.actual,
        floor=rec.floor,
        period=rec.period,
        page=rec.page,
        table_index=rec.table,
        row=rec.row,
        heading_path=list(rec.heading_path),
        extra=extra_dict(rec.extra),
        indicator_code=rec.indicator_code,
        theme=rec.theme,
        **_parsed(rec),
    )


def extra_dict(pairs: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """(header, text) pairs as a dict; a repeated header gets " (2)", " (3)"... appended."""
    out: dict[str, str] = {}
    for header, value in pairs:
        name, n = header, 1
        while name in out:
            n += 1
            name = f"{header} ({n})"
        out[name] = value
    return out


def _parsed(rec: Record) -> dict[str, Any]:
    base, target, when, owner = rec.baseline_value, rec.target_value, rec.when, rec.owner_parsed
    return {
        "baseline_number": base.number if base else None,
        "baseline_unit": base.unit if base else None,
        "baseline_period": base.period if base else None,
        "baseline_comparator": base.comparator if base else None,
        "target_number": target.number if target else None,
        "target_unit": target.unit if target else None,
        "target_period": target.period if target else None,
        "target_direction": target.direction if target else None,
        "date_start": when.start if when else None,
        "date_end": when.end if when else None,
        "date_precision": when.precision if when else None,
        "date_status": when.status if when else None,
        "owner_people": list(owner.people) if owner else [],
        "owner_roles": list(owner.roles) if owner else [],
        "owner_orgs": list(owner.organisations) if owner else [],
        "actual_number": rec.actual_value.number if rec.actual_value else None,
        "actual_unit": rec.actual_value.unit if rec.actual_value else None,
        "floor_number": rec.floor_value.number if rec.floor_value else None,
        "impact_number": rec.impact_number,
        "likelihood_number": rec.likelihood_number,
        "score_number": rec.score_number,
    }
