"""Keep documents, versions, sections, tables and records in a SQL database.

>>> from councilplans.store import connect, records_frame
>>> store = connect("councilplans.db")      # or "postgresql+psycopg://user:pw@host/db"
>>> records_frame(store, Filters(kind="indicator")).groupby("authority").size()
"""

from councilplans.store.db import (
    DEFAULT_DB,
    NoStore,
    NoSuchDocument,
    NotEnoughVersions,
    Store,
    StoreError,
    StoreOutOfDate,
    connect,
    latest_version_ids,
    upgrade,
)
from councilplans.store.dictionary import Column, describe
from councilplans.store.export import ExportError, export
from councilplans.store.parquet import export_parquet
from councilplans.store.queries import (
    Changes,
    Filters,
    QueryError,
    changes,
    compare,
    iter_documents,
    iter_records,
    iter_sections,
    iter_tables,
    records_frame,
)
from councilplans.store.ranked import rank_words
from councilplans.store.search import EmptyQuery, Hit, SearchError, search
from councilplans.store.summary import summary
from councilplans.store.write import (
    Assigned,
    VersionInfo,
    assign,
    latest_version,
    parser_version,
    write_failure,
    write_version,
)

__all__ = [
    "DEFAULT_DB",
    "Assigned",
    "Changes",
    "Column",
    "EmptyQuery",
    "ExportError",
    "Filters",
    "Hit",
    "NoStore",
    "NoSuchDocument",
    "NotEnoughVersions",
    "QueryError",
    "SearchError",
    "Store",
    "StoreError",
    "StoreOutOfDate",
    "VersionInfo",
    "assign",
    "changes",
    "compare",
    "connect",
    "describe",
    "export",
    "export_parquet",
    "iter_documents",
    "iter_records",
    "iter_sections",
    "iter_tables",
    "latest_version",
    "latest_version_ids",
    "parser_version",
    "rank_words",
    "records_frame",
    "search",
    "summary",
    "upgrade",
    "write_failure",
    "write_version",
]
