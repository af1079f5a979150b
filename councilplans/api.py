"""The Python API: ingest plans and read the store as pandas DataFrames.

Every function takes ``db=``, a SQLite file path or a SQLAlchemy URL
(``postgresql+psycopg://user:pw@host/db``). The functions that read refuse a path where no
store exists (``NoStore``) and a store an earlier version wrote (``StoreOutOfDate``).

>>> import councilplans
>>> plans = ["samples/staffordshire-risk-register-h-rules.pdf",
...          "samples/stoke-on-trent-skills-indicators-no-rules.pdf"]
>>> runs = councilplans.ingest(plans, db="plans.db")
>>> runs[["file", "status", "pages", "records", "authority"]].values.tolist()
[['staffordshire-risk-register-h-rules.pdf', 'ok', 3, 12, 'Staffordshire'], \
['stoke-on-trent-skills-indicators-no-rules.pdf', 'ok', 1, 10, 'Stoke-on-Trent']]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pandas as pd

from councilplans.extractors.limits import Limits
from councilplans.ingest.batch import FileResult, ingest_paths, reparse_document
from councilplans.ingest.cluster import ingest_on_cluster
from councilplans.normalise.authorities import find_authority
from councilplans.store import queries
from councilplans.store.db import DEFAULT_DB, connect
from councilplans.store.diff import Diff, FieldChange
from councilplans.store.diff import diff as diff_versions
from councilplans.store.models import AuthorityRow, TableRow
from councilplans.store.queries import Filters, years
from councilplans.store.search import Hit
from councilplans.store.search import search as search_store
from councilplans.store.summary import summary as summarise

Db = str | Path
INGEST_COLUMNS = [
    "file",
    "path",
    "status",
    "pages",
    "tables",
    "records",
    "seconds",
    "authority",
    "error",
    "notes",
]
SEARCH_COLUMNS = [
    "authority",
    "document",
    "page",
    "kind",
    "heading_path",
    "snippet",
    "score",
    "also_in",
]
DIFF_COLUMNS = [
    "doc",
    "old_version",
    "new_version",
    "change",
    "kind",
    "priority",
    "action",
    "measure",
    "field",
    "old",
    "new",
    "old_page",
    "new_page",
]
TABLE_COLUMNS = [
    "authority",
    "doc",
    "file",
    "index",
    "kind",
    "role",
    "pages",
    "n_rows",
    "n_cols",
    "header_rows",
    "heading_path",
    "caption",
    "columns",
    "rows",
    "spans",
]


def ingest(
    paths: str | Path | Iterable[str | Path],
    *,
    db: Db = DEFAULT_DB,
    authority: str | None = None,
    workers: int | None = None,
    reader: str = "pdfium",
    limits: Limits | None = None,
    on_file: Callable[[FileResult], None] | None = None,
    reparse: bool = False,
    password: str | None = None,
    on_start: Callable[[int], None] | None = None,
    scheduler: str | None = None,
) -> pd.DataFrame:
    """Ingest PDF and DOCX plans (files or folders) into the store ``db``, creating it if
    need be; one row per file: file, path, status (ok, partial, skipped, failed), pages (None
    for DOCX), tables, records, seconds, authority, error, and notes (the pages read by OCR).

    Unchanged files are skipped; a changed file becomes a new version; a file that cannot be
    read is a "failed" row with its reason, and the others go on. ``authority`` (any name,
    alias or code) overrides recognition for every file. ``reparse``: read unchanged files
    again when another version of councilplans read them (the nightly job after an upgrade).
    ``limits`` says what one document may cost (time, memory, pages, DOCX part size);
    ``password`` opens encrypted PDFs. ``on_start`` hears how many files there are, and
    ``on_file`` each file's result as it is stored. ``scheduler``: the address of a
    dask.distributed scheduler (``tcp://host:8786``) to parse on its cluster, one document
    per task, into a PostgreSQL ``db`` (``ingest.cluster``); ``workers`` is then the
    cluster's, and ``limits``, when given, need workers that may fork.

    >>> runs = councilplans.ingest("samples/stoke-on-trent-cyp-plan-2016-20.docx", db="docx.db")
    >>> runs[["status", "pages", "tables", "records", "authority"]].values.tolist()
    [['ok', <NA>, 10, 107, 'Stoke-on-Trent']]
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    common: dict[str, Any] = {
        "authority": authority,
        "settings": {"reader": reader},
        "on_file": on_file,
        "on_start": on_start,
        "limits": limits,
        "reparse": reparse,
        "password": password,
    }
    if scheduler is not None:
        report = ingest_on_cluster(paths, str(db), scheduler, **common)
    else:
        report = ingest_paths(paths, str(db), workers=workers, **common)
    rows = [{**asdict(r), "file": Path(r.path).name} for r in report.results]
    frame = pd.DataFrame(rows, columns=INGEST_COLUMNS)
    return frame.astype({"pages": "Int64", "tables": "int64", "records": "int64"})


def records(
    *,
    db: Db = DEFAULT_DB,
    authority: str | None = None,
    kind: str | None = None,
    theme: str | None = None,
    indicator: str | None = None,
    period: str | None = None,
) -> pd.DataFrame:
    """The records of every document's latest version, one row per record: the raw texts
    (priority, measure, baseline, target, owner, date...), where each came from (doc, page,
    table, row) and the parsed fields (numbers, units, dates, owners, theme).

    Filters, all of which must hold: ``authority`` (any name, alias or code of a council),
    ``kind`` (action, indicator, risk, priority, keyvalue), ``theme`` (e.g. "obesity"),
    ``indicator`` (text of the measure, or an indicator code) and ``period`` (a year or a
    span such as "2016-2020" that the plan's period overlaps).

    >>> risks = councilplans.records(db="plans.db", kind="risk")
    >>> len(risks), risks["authority"].unique().tolist()
    (4, ['Staffordshire'])
    """
    with connect(db, create=False) as store:
        return queries.records_frame(store, _filters(authority, kind, theme, indicator, period))


def compare(
    *,
    db: Db = DEFAULT_DB,
    theme: str | None = None,
    indicator: str | None = None,
    kind: str | None = None,
    authority: str | None = None,
    period: str | None = None,
) -> pd.DataFrame:
    """Matching records of every authority side by side, one row per record, always in the
    same columns: authority, doc, kind, priority, measure, baseline, target, date, theme,
    indicator_code, page. A plan stored as both PDF and DOCX gives its rows once. The filters
    are those of records(); with none, every record. The per-authority view is summary().

    >>> rows = councilplans.compare(db="plans.db", indicator="apprenticeship")
    >>> rows[["authority", "kind", "measure"]].values.tolist()
    [['Stoke-on-Trent', 'indicator', 'Number of apprenticeship starts.']]
    """
    with connect(db, create=False) as store:
        return queries.compare(store, _filters(authority, kind, theme, indicator, period))


def summary(*, db: Db = DEFAULT_DB) -> pd.DataFrame:
    """One row per authority: documents stored, records, records of each kind and a few
    sample targets.

    >>> each = councilplans.summary(db="plans.db")
    >>> each[["authority", "documents", "risk", "indicator"]].values.tolist()
    [['Staffordshire', 1, 4, 8], ['Stoke-on-Trent', 1, 0, 10]]
    """
    with connect(db, create=False) as store:
        return summarise(store)


def search(
    query: str,
    *,
    db: Db = DEFAULT_DB,
    authority: str | None = None,
    kind: str | None = None,
    limit: int = 20,
) -> pd.DataFrame:
    """Sections and records whose text matches ``query``, best first, one row per hit:
    authority, document, page, kind ("section" or the record's kind), heading_path, snippet
    (the matched words in [brackets]), score (higher is better; compares hits of one
    search only) and also_in (the plan's other files, when published in several). A hit
    has every word, and each "quoted phrase" as consecutive words; words match by stem
    ("priorities" finds "priority").

    >>> hits = councilplans.search("apprenticeship starts", db="plans.db")
    >>> hits[["authority", "kind", "page"]].values.tolist()
    [['Stoke-on-Trent', 'indicator', 1]]
    """
    council = find_authority(authority) if authority is not None else None
    with connect(db, create=False) as store:
        hits = search_store(store, query, authority=council, kind=kind, limit=limit)
    return hits_frame(hits)


def hits_frame(hits: list[Hit]) -> pd.DataFrame:
    """Search hits as a DataFrame (SEARCH_COLUMNS), best first."""
    frame = pd.DataFrame([asdict(h) for h in hits], columns=SEARCH_COLUMNS)
    return frame.astype({"page": "Int64", "score": "float64"})


def tables(
    *, db: Db = DEFAULT_DB, authority: str | None = None, kind: str | None = None
) -> pd.DataFrame:
    """Every table of every document's latest version, one row per table: where it is (doc,
    index, pages), its kind (action, indicator, risk, keyvalue...) and role, its size, its
    heading path and caption, the field each column was mapped to, and the cells as a grid
    of strings (``rows``) with the merged cells' ``spans``.

    >>> found = councilplans.tables(db="plans.db", authority="Staffordshire")
    >>> found[["kind", "pages"]].values.tolist()
    [['risk', [1]], ['matrix', [2]], ['indicator', [3]]]
    """
    where = [TableRow.kind == kind] if kind is not None else []
    if authority is not None:
        where.append(AuthorityRow.code == find_authority(authority).code)
    with connect(db, create=False) as store:
        return pd.DataFrame(list(queries.iter_tables(store, where)), columns=TABLE_COLUMNS)


def diff(
    document: str,
    *,
    db: Db = DEFAULT_DB,
    old: int | None = None,
    new: int | None = None,
    reparse: bool = False,
) -> pd.DataFrame:
    """What changed in ``document`` (its file name, stem or path) between versions ``old``
    and ``new`` (numbered from 1 within the document; by default its last two usable ones),
    records matched by content, not by position. One row per record added or removed, and
    per field of a record changed (field, old, new); columns in DIFF_COLUMNS.

    ``reparse``: first read the file again if another version of councilplans read its
    latest version, so the diff shows what the new parser reads differently.

    A draft is ingested, one target in it is edited, and the draft is ingested again:

    >>> import shutil, docx
    >>> _ = shutil.copy("samples/stoke-on-trent-cyp-plan-2016-20.docx", "draft.docx")
    >>> _ = councilplans.ingest("draft.docx", db="drafts.db")
    >>> draft = docx.Document("draft.docx")
    >>> cells = [c for t in draft.tables for r in t.rows for c in r.cells if c.text == "16%"]
    >>> cells[0].paragraphs[0].runs[0].text = "15%"
    >>> draft.save("draft.docx")
    >>> _ = councilplans.ingest("draft.docx", db="drafts.db")
    >>> changed = councilplans.diff("draft.docx", db="drafts.db")
    >>> changed[["change", "measure", "field", "old", "new"]].values.tolist()
    [['changed', 'Smoking at time of delivery (SATOD) rates', 'target', '16%', '15%']]
    """
    with connect(db, create=False) as store:
        if reparse:
            reparse_document(store, document)
        found = diff_versions(store, document, old, new)
    return diff_frame(found)


def diff_frame(found: Diff) -> pd.DataFrame:
    """A Diff as a DataFrame: one row per record added or removed, one per field changed."""
    rows = []
    for change in found.changes:
        base = {
            "doc": found.doc,
            "old_version": found.old.number,
            "new_version": found.new.number,
            "change": change.change,
            "kind": change.kind,
            **{name: change.record.get(name) for name in ("priority", "action", "measure")},
            "old_page": change.old_page,
            "new_page": change.new_page,
        }
        fields = change.fields or (None,)
        for field in fields:
            rows.append(base | _field_columns(field))
    frame = pd.DataFrame(rows, columns=DIFF_COLUMNS)
    return frame.astype({"old_page": "Int64", "new_page": "Int64"})


def _field_columns(field: FieldChange | None) -> dict[str, str | None]:
    if field is None:
        return {"field": None, "old": None, "new": None}
    return {"field": field.field, "old": field.old, "new": field.new}


def _filters(
    authority: str | None,
    kind: str | None,
    theme: str | None,
    indicator: str | None,
    period: str | None,
) -> Filters:
    return Filters(
        theme=theme,
        indicator=indicator,
        kind=kind,
        authority=find_authority(authority).code if authority is not None else None,
        period=years(period) if period is not None else None,
    )
