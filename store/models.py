"""The store's tables, as SQLAlchemy 2 declarative models.

One ``DocumentRow`` per source file (keyed by its resolved path); one ``VersionRow`` per distinct
content (sha256) ingested, successful or not; sections, tables and records hang off a version.
JSON columns use ``sqlalchemy.JSON``, which is native JSON on PostgreSQL and text on SQLite.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    false,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

STATUSES = ("ok", "partial", "failed", "skipped")
# every text field of a record as the document printed it, in the order the schema lists them
RECORD_TEXTS = (
    "priority",
    "action",
    "measure",
    "baseline",
    "target",
    "owner",
    "date",
    "start",
    "status",
    "impact",
    "likelihood",
    "score",
    "mitigation",
    "actual",
    "floor",
    "period",
)
USABLE = ("ok", "partial")  # versions whose content cross-authority queries read


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class AuthorityRow(Base):
    __tablename__ = "authorities"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(Text)
    official_name: Mapped[str] = mapped_column(Text)
    alt_names: Mapped[list[Any]] = mapped_column(default=list)
    type: Mapped[str | None] = mapped_column(String(8))
    nation: Mapped[str | None] = mapped_column(Text)
    region: Mapped[str | None] = mapped_column(Text)
    gss_code: Mapped[str | None] = mapped_column(String(16))


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(Text, unique=True)  # the resolved path
    doc: Mapped[str] = mapped_column(Text, index=True)  # file stem
    file: Mapped[str] = mapped_column(Text)
    format: Mapped[str | None] = mapped_column(String(8))
    authority_id: Mapped[int | None] = mapped_column(ForeignKey("authorities.id"))
    # set by `councilplans assign`: recognition on a later version leaves it as it is
    authority_by_hand: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # another file of the same plan (the PDF of a plan also published as DOCX): the plan is
    # read from that document only, and counted once
    same_plan_as: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL")
    )

    authority: Mapped[AuthorityRow | None] = relationship()
    versions: Mapped[list[VersionRow]] = relationship(
        back_populates="document", order_by="VersionRow.id", cascade="all, delete-orphan"
    )

    # Partial: an index holding the NULLs too led SQLite, without statistics, to read the
    # plans named by none ("same_plan_as IS NULL", most documents) as if they were few.
    __table_args__ = (
        Index(
            "ix_documents_same_plan_as",
            "same_plan_as",
            sqlite_where=text("same_plan_as IS NOT NULL"),
            postgresql_where=text("same_plan_as IS NOT NULL"),
        ),
    )


class VersionRow(Base):
    __tablename__ = "document_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    sha256: Mapped[str] = mapped_column(String(64))
    parser_version: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(8))
    error: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)  # what lost nothing: pages read by OCR
    pages: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(Text)
    period: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(Text)  # a body that is no principal council
    authority_evidence: Mapped[str | None] = mapped_column(Text)  # where it was named
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_utcnow)

    document: Mapped[DocumentRow] = relationship(back_populates="versions")
    sections: Mapped[list[SectionRow]] = relationship(cascade="all, delete-orphan")
    tables: Mapped[list[TableRow]] = relationship(cascade="all, delete-orphan")
    records: Mapped[list[RecordRow]] = relationship(cascade="all, delete-orphan")

    __table_args__ = (Index("ix_versions_document", "document_id", "id"),)


def _version_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("document_versions.id", ondelete="CASCADE"), index=True)


class SectionRow(Base):
    __tablename__ = "sections"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = _version_fk()
    position: Mapped[int] = mapped_column(Integer)
    heading_path: Mapped[list[Any]] = mapped_column(default=list)
    level: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    first_page: Mapped[int | None] = mapped_column(Integer)
    last_page: Mapped[int | None] = mapped_column(Integer)


class TableRow(Base):
    __tablename__ = "tables"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = _version_fk()
    index: Mapped[int] = mapped_column("table_index", Integer)
    kind: Mapped[str | None] = mapped_column(String(16))
    role: Mapped[str | None] = mapped_column(String(16))
    pages: Mapped[list[Any]] = mapped_column(default=list)
    header_rows: Mapped[int] = mapped_column(Integer)
    n_rows: Mapped[int] = mapped_column(Integer)
    n_cols: Mapped[int] = mapped_column(Integer)
    rows: Mapped[list[Any]] = mapped_column(default=list)
    spans: Mapped[list[Any]] = mapped_column(default=list)
    heading_path: Mapped[list[Any]] = mapped_column(default=list)
    caption: Mapped[str | None] = mapped_column(Text)
    # per column: the field it holds, the confidence and the evidence ([] without a header)
    columns: Mapped[list[Any]] = mapped_column(default=list)


class RecordRow(Base):
    __tablename__ = "records"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = _version_fk()
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    priority: Mapped[str | None] = mapped_column(Text)
    action: Mapped[str | None] = mapped_column(Text)
    measure: Mapped[str | None] = mapped_column(Text)
    baseline: Mapped[str | None] = mapped_column(Text)
    target: Mapped[str | None] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(Text)
    start: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(Text)
    impact: Mapped[str | None] = mapped_column(Text)
    likelihood: Mapped[str | None] = mapped_column(Text)
    score: Mapped[str | None] = mapped_column(Text)
    mitigation: Mapped[str | None] = mapped_column(Text)
    actual: Mapped[str | None] = mapped_column(Text)
    floor: Mapped[str | None] = mapped_column(Text)
    period: Mapped[str | None] = mapped_column(Text)
    page: Mapped[int | None] = mapped_column(Integer)
    table_index: Mapped[int | None] = mapped_column(Integer)
    row: Mapped[int | None] = mapped_column(Integer)
    heading_path: Mapped[list[Any]] = mapped_column(default=list)
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)
    baseline_number: Mapped[float | None] = mapped_column(Float)
    baseline_unit: Mapped[str | None] = mapped_column(Text)
    baseline_period: Mapped[str | None] = mapped_column(Text)
    baseline_comparator: Mapped[str | None] = mapped_column(Text)
    target_number: Mapped[float | None] = mapped_column(Float)
    target_unit: Mapped[str | None] = mapped_column(Text)
    target_period: Mapped[str | None] = mapped_column(Text)
    target_direction: Mapped[str | None] = mapped_column(String(16))
    date_start: Mapped[dt.date | None] = mapped_column(Date)
    date_end: Mapped[dt.date | None] = mapped_column(Date)
    date_precision: Mapped[str | None] = mapped_column(String(16))
    date_status: Mapped[str | None] = mapped_column(String(16))
    owner_people: Mapped[list[Any]] = mapped_column(default=list)
    owner_roles: Mapped[list[Any]] = mapped_column(default=list)
    owner_orgs: Mapped[list[Any]] = mapped_column(default=list)
    actual_number: Mapped[float | None] = mapped_column(Float)
    actual_unit: Mapped[str | None] = mapped_column(Text)
    floor_number: Mapped[float | None] = mapped_column(Float)
    impact_number: Mapped[float | None] = mapped_column(Float)
    likelihood_number: Mapped[float | None] = mapped_column(Float)
    score_number: Mapped[float | None] = mapped_column(Float)
    indicator_code: Mapped[str | None] = mapped_column(String(32), index=True)
    theme: Mapped[str | None] = mapped_column(String(64), index=True)

    __table_args__ = (
        # compare(theme=...) matches lower(theme), which the plain index on theme cannot serve
        Index("ix_records_theme_lower", func.lower(theme)),
        # compare(kind=...) reads a kind's records in this order, so that SQLite need not
        # sort them all (queries.compare puts the documents in order)
        Index("ix_records_kind_version", "kind", "version_id", "position"),
    )
