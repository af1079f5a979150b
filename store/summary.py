"""The store per authority: documents, records of each kind and a few sample targets,
counted by the database (reading every record into Python took seconds on a big store)."""

from __future__ import annotations

from typing import Any

import pandas as pd
from sqlalchemy import Select, func, select

from councilplans.normalise.record import KINDS
from councilplans.store.db import Store
from councilplans.store.models import AuthorityRow, DocumentRow, RecordRow, VersionRow
from councilplans.store.queries import UNKNOWN_AUTHORITY, join_latest

NAME = func.coalesce(AuthorityRow.name, UNKNOWN_AUTHORITY)
COLUMNS = ["authority", "documents", "records", *KINDS, "sample_targets"]


def summary(store: Store, samples: int = 3) -> pd.DataFrame:
    """One row per authority: documents stored (a plan published as PDF and DOCX once),
    records, records per kind, and the first ``samples`` distinct "measure -> target"."""
    rows: dict[str, dict[str, Any]] = {}
    with store.engine.connect() as conn:
        for name, count in conn.execute(_documents()):
            _row(rows, name)["documents"] = count
        for name, kind, count in conn.execute(_kinds()):
            _row(rows, name)[kind] = count
        for name, example in conn.execute(_examples(samples)):
            _row(rows, name)["sample_targets"].append(example)
    for row in rows.values():
        row["records"] = sum(row[kind] for kind in KINDS)
    return pd.DataFrame([rows[name] for name in sorted(rows)], columns=COLUMNS)


def _row(rows: dict[str, dict[str, Any]], name: str) -> dict[str, Any]:
    if name not in rows:
        rows[name] = {"authority": name, "documents": 0, "records": 0}
        rows[name] |= dict.fromkeys(KINDS, 0) | {"sample_targets": []}
    return rows[name]


def _documents() -> Select[str, int]:
    """Documents with any version, failed ones too; the second file of a plan not."""
    return (
        select(NAME, func.count(DocumentRow.id.distinct()))
        .join(VersionRow, VersionRow.document_id == DocumentRow.id)
        .outerjoin(AuthorityRow, AuthorityRow.id == DocumentRow.authority_id)
        .where(DocumentRow.same_plan_as.is_(None))
        .group_by(NAME)
    )


def _kinds() -> Select[str, str, int]:
    stmt = select(NAME, RecordRow.kind, func.count()).select_from(RecordRow)
    return join_latest(stmt, RecordRow.version_id).group_by(NAME, RecordRow.kind)


def _examples(samples: int) -> Select[str, str]:
    """Each authority's first ``samples`` distinct "measure -> target", in the order of its
    documents and their records."""
    example = func.coalesce(func.nullif(RecordRow.measure, ""), "?") + " -> " + RecordRow.target
    order = func.row_number().over(
        partition_by=NAME, order_by=(DocumentRow.doc, RecordRow.position)
    )
    stmt = select(NAME.label("authority"), example.label("example"), order.label("n"))
    ordered = (
        join_latest(stmt.select_from(RecordRow), RecordRow.version_id)
        .where(RecordRow.target.is_not(None), RecordRow.target != "")
        .subquery()
    )
    firsts = (
        select(ordered.c.authority, ordered.c.example, func.min(ordered.c.n).label("n"))
        .group_by(ordered.c.authority, ordered.c.example)
        .subquery()
    )
    rank = func.row_number().over(partition_by=firsts.c.authority, order_by=firsts.c.n)
    ranked = select(firsts.c.authority, firsts.c.example, rank.label("k")).subquery()
    return (
        select(ranked.c.authority, ranked.c.example)
        .where(ranked.c.k <= samples)
        .order_by(ranked.c.authority, ranked.c.k)
    )
