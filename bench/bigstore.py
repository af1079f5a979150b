"""A large store for the query benchmark (bench/queries.py): the samples and the real
development set ingested, then each document's latest version copied, with its sections,
tables and records, under new documents of other councils until there are enough records.

The copies are written by INSERT ... SELECT through SQLAlchemy core, one statement per table
per round, so a store of 100,000 records is built in seconds rather than by ingesting
thousands of files. Round ``c`` gives every copied document the id ``id + c * D`` and every
copied version ``id + c * V`` (D and V the largest ids before copying), so a copied section,
table or record needs only its version id shifted. Each copy is a document of its own: a key
(a made-up path), a file name and a sha256 no other has, and an authority of the register,
taken in turn so that the copies spread over AUTHORITIES councils. The database's own
machinery indexes the copies for search as it does ingested rows: SQLite's triggers write
``search_index`` on every insert, PostgreSQL's GIN expression indexes cover every row.

    python bench/bigstore.py STORE_URL     # build one and print what it holds
"""

from __future__ import annotations

import math
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, func, insert, literal, select, text

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from councilplans.ingest.batch import ingest_paths  # noqa: E402
from councilplans.normalise.authorities import authorities  # noqa: E402
from councilplans.store.db import Store, latest_version_ids  # noqa: E402
from councilplans.store.fulltext import SEARCH_TABLE  # noqa: E402
from councilplans.store.models import (  # noqa: E402
    AuthorityRow,
    Base,
    DocumentRow,
    RecordRow,
    SectionRow,
    TableRow,
    VersionRow,
)
from councilplans.store.ranked import rank_words  # noqa: E402

TARGET_RECORDS = 100_000
AUTHORITIES = 400
INGEST_WORKERS = 2
COPY_ROOT = "/bench/copies"  # copies' keys: made-up paths under it
SHA_KEEP = 56  # a copy's sha256: the first 56 hex digits of its source's, then its round's 8
OWNED = (SectionRow, TableRow, RecordRow)  # what hangs off a version, copied with it


@dataclass(frozen=True, slots=True)
class Built:
    """What a big store holds and how long it took to make."""

    files: int  # ingested
    documents: int
    records: int
    sections: int
    tables: int
    authorities: int  # distinct authorities of documents
    rounds: int  # copies of each ingested document
    ingest_seconds: float
    copy_seconds: float
    ranked_words: int  # words in most rows, ranked after the copying as after a batch
    rank_seconds: float


def source_files() -> list[Path]:
    """The samples (PDF and DOCX) and the real development set's PDFs (bench/realset.py)."""
    samples = ROOT / "samples"
    files = sorted(samples.glob("*.pdf")) + sorted(samples.glob("*.docx"))
    return files + sorted((ROOT / "bench" / "real" / "pdfs").glob("*.pdf"))


def build(store: Store, target: int | None = None) -> Built:
    """Fill an empty store: ingest the source files, then copy until ``target`` records
    (TARGET_RECORDS)."""
    files = source_files()
    start = time.perf_counter()
    report = ingest_paths(files, store, workers=INGEST_WORKERS)
    if report.failed:
        raise RuntimeError(f"{report.failed[0].path}: {report.failed[0].error}")
    ingested = time.perf_counter() - start
    start = time.perf_counter()
    with store.engine.begin() as conn:
        rounds = copy_all(conn, register_ids(conn), target or TARGET_RECORDS)
    if store.engine.dialect.name == "postgresql":
        tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
        with store.engine.begin() as conn:  # what autovacuum would do soon after a bulk load
            conn.exec_driver_sql(f"ANALYZE {tables}")
    copied = time.perf_counter() - start
    start = time.perf_counter()
    ranked = rank_words(store)  # the copies are a batch written, which ingest_paths would rank
    return Built(
        len(files), *counts(store), rounds, ingested, copied, ranked, time.perf_counter() - start
    )


def counts(store: Store) -> tuple[int, int, int, int, int]:
    """(documents, records, sections, tables, distinct authorities of documents)."""
    with store.engine.connect() as conn:
        documents, records, sections, tables = (
            conn.scalar(select(func.count()).select_from(m))
            for m in (DocumentRow, RecordRow, SectionRow, TableRow)
        )
        named = select(func.count(DocumentRow.authority_id.distinct()))
        return documents, records, sections, tables, conn.scalar(named)


def register_ids(conn: Connection, wanted: int = AUTHORITIES) -> list[int]:
    """The ids of ``wanted`` authorities in the store's ``authorities`` table: those the
    ingest added, then the register's current councils (by code), added as the store adds
    one on first use."""
    have = dict(conn.execute(select(AuthorityRow.code, AuthorityRow.id)).all())
    register = sorted(authorities().values(), key=lambda a: (not a.current, a.code))
    rows = [
        {
            "code": a.code,
            "name": a.name,
            "official_name": a.official_name,
            "alt_names": list(a.alt_names),
            "type": a.type,
            "nation": a.nation,
            "region": a.region,
            "gss_code": a.gss_code,
        }
        for a in register
        if a.code not in have
    ][: max(wanted - len(have), 0)]
    if rows:
        conn.execute(insert(AuthorityRow), rows)
    return sorted(conn.scalars(select(AuthorityRow.id)).all())[:wanted]


@dataclass(frozen=True, slots=True)
class Plan:
    """What every round copies, how many rounds there are, and the steps ids move by."""

    version_ids: list[int]  # each document's latest usable version
    documents: list[dict[str, Any]]  # their documents rows
    rounds: int
    doc_step: int
    version_step: int


def plan(conn: Connection, target: int) -> Plan:
    latest = select(VersionRow.id, VersionRow.document_id).where(
        VersionRow.id.in_(latest_version_ids())
    )
    versions = conn.execute(latest).all()
    version_ids = [v for v, _ in versions]
    per_round = conn.scalar(
        select(func.count()).select_from(RecordRow).where(RecordRow.version_id.in_(version_ids))
    )
    have = conn.scalar(select(func.count()).select_from(RecordRow))
    table = DocumentRow.__table__
    rows = conn.execute(select(table).where(table.c.id.in_([d for _, d in versions])))
    documents = [dict(row) for row in rows.mappings()]
    ids = {d["id"] for d in documents}
    for document in documents:  # a link to a document not copied is dropped
        document.update({n: None for n in links() if document[n] not in ids})
    return Plan(
        version_ids,
        sorted(documents, key=lambda d: d["id"]),
        math.ceil(max(target - have, 0) / per_round) if per_round else 0,
        conn.scalar(select(func.max(DocumentRow.id))),
        conn.scalar(select(func.max(VersionRow.id))),
    )


def links() -> list[str]:
    """The columns of ``documents`` that name another document (``same_plan_as``)."""
    ids = DocumentRow.__table__.c.id
    return [c.name for c in DocumentRow.__table__.columns if c.foreign_keys and c.references(ids)]


def copy_all(conn: Connection, authority_ids: list[int], target: int) -> int:
    """Copy every document's latest usable version round after round until the store holds
    ``target`` records; return the number of rounds."""
    todo = plan(conn, target)
    codes = dict(conn.execute(select(AuthorityRow.id, AuthorityRow.code)).all())
    for c in range(1, todo.rounds + 1):
        chosen = authorities_of(todo.documents, (c - 1) * len(todo.documents), authority_ids)
        rows = [
            copy_document(doc, c, todo.doc_step, codes[chosen[doc["id"]]])
            | {"authority_id": chosen[doc["id"]]}
            for doc in todo.documents
        ]
        # a document that names another (the same plan's other file) goes in after it
        for linked in (False, True):
            batch = [r for r in rows if any(r[n] is not None for n in links()) == linked]
            if batch:
                conn.execute(insert(DocumentRow.__table__), batch)
        copy_versions(conn, todo.version_ids, c, todo.doc_step, todo.version_step)
        for model in OWNED:
            copy_owned(conn, model.__table__, todo.version_ids, c * todo.version_step)
    if conn.dialect.name == "postgresql":
        advance_sequences(conn)
    return todo.rounds


def authorities_of(
    documents: list[dict[str, Any]], first: int, authority_ids: list[int]
) -> dict[int, int]:
    """The authority of each document's copy in one round, by source document id: the
    register's in turn from ``first``; a document naming another (the same plan's other
    file) gets that one's, as the two files are one council's plan."""
    chosen = {
        d["id"]: authority_ids[(first + i) % len(authority_ids)] for i, d in enumerate(documents)
    }
    for document in documents:
        for name in links():
            if document[name] is not None:
                chosen[document["id"]] = chosen[document[name]]
    return chosen


def copy_document(source: dict[str, Any], round_: int, doc_step: int, code: str) -> dict[str, Any]:
    """The documents row of a copy: every column as the source's but its id and links to
    other documents shifted to this round's copies, a new file name and path, and no
    authority by hand."""
    file = f"{code.lower()}-{round_:03d}-{source['file']}"
    row = dict(source)
    for name in links():
        if row[name] is not None:
            row[name] += round_ * doc_step
    return row | {
        "id": source["id"] + round_ * doc_step,
        "key": f"{COPY_ROOT}/{round_:03d}/{file}",
        "doc": Path(file).stem,
        "file": file,
        "authority_by_hand": False,
    }


def copy_versions(
    conn: Connection, version_ids: list[int], round_: int, doc_step: int, version_step: int
) -> None:
    """INSERT ... SELECT of the versions copied in one round, ids shifted, sha256 unique."""
    table = VersionRow.__table__
    shifted = {
        "id": table.c.id + round_ * version_step,
        "document_id": table.c.document_id + round_ * doc_step,
        "sha256": func.substr(table.c.sha256, 1, SHA_KEEP) + literal(f"{round_:08x}"),
    }
    names = [c.name for c in table.columns]
    columns = [shifted.get(name, table.c[name]) for name in names]
    source = select(*columns).where(table.c.id.in_(version_ids))
    conn.execute(insert(table).from_select(names, source))


def copy_owned(conn: Connection, table: Table, version_ids: list[int], shift: int) -> None:
    """INSERT ... SELECT of one table's rows of the given versions, under the shifted ids."""
    names = [c.name for c in table.columns if c.name != "id"]
    columns = [
        (table.c.version_id + shift).label("version_id") if n == "version_id" else table.c[n]
        for n in names
    ]
    source = select(*columns).where(table.c.version_id.in_(version_ids))
    conn.execute(insert(table).from_select(names, source))


def advance_sequences(conn: Connection) -> None:
    """Move PostgreSQL's id sequences past the ids the copies were given by hand."""
    for table in (DocumentRow.__tablename__, VersionRow.__tablename__):
        conn.execute(
            text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), max(id)) FROM {table}")
        )


def index_covers(store: Store) -> tuple[int, int]:
    """(rows in SQLite's search_index, sections + records): equal when the triggers indexed
    every copy. On PostgreSQL the index is part of its table: (rows, rows)."""
    with store.engine.connect() as conn:
        rows = sum(
            conn.scalar(select(func.count()).select_from(m)) for m in (SectionRow, RecordRow)
        )
        if store.engine.dialect.name != "sqlite":
            return rows, rows
        return conn.scalar(text(f"SELECT count(*) FROM {SEARCH_TABLE}")), rows


if __name__ == "__main__":
    from councilplans.store.db import connect

    with connect(sys.argv[1]) as opened:
        print(build(opened))
        print("search index rows, sections + records:", index_covers(opened))
