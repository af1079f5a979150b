"""Open a SQLite store in Datasette, described: titles, descriptions, facets, canned queries
for the common comparisons and a search of the plans' text.

    >>> site = open_site("plans.db", "127.0.0.1", 8001)   # checks; needs councilplans[serve]
    >>> site.url
    'http://127.0.0.1:8001/plans'
    >>> run(site)                                         # serves until interrupted

The vocabulary (descriptions, facets, the canned queries' SQL) is ``datasette.toml``. The
store is opened read-only (``mode=ro``), so a running site sees what a later ingest adds.
Datasette's own table search wants an FTS table whose rowids are the table's; the store's
one index holds sections and records (store/fulltext.py), so the ``search`` canned query
joins it to both, reading the query as ``councilplans search`` does.
"""

from __future__ import annotations

import socket
import sqlite3
import tomllib
import types
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from sqlalchemy import inspect

from councilplans.normalise.themes import theme_names
from councilplans.store.db import Store, StoreError, connect, display_name, to_url
from councilplans.store.dictionary import describe
from councilplans.store.fulltext import SEARCH_TABLE, SQLITE_RANKING_TABLES
from councilplans.store.migrate import VERSION_TABLE
from councilplans.store.search import (
    BODY_WEIGHT,
    CLOSE,
    ELLIPSIS,
    HEADING_WEIGHT,
    OPEN,
    SNIPPET_WORDS,
    fts5_query,
    query_terms,
)

VOCABULARY = "datasette.toml"  # beside this module
HIDDEN_TABLES = (VERSION_TABLE, SEARCH_TABLE, *SQLITE_RANKING_TABLES)  # bookkeeping
MATCH_FUNCTION = "councilplans_match"  # the canned search's query text -> an FTS5 query
PLUGIN_NAME = "councilplans-search"
SQLITE_PREFIX = "sqlite:///"
NOTHING = '""'  # an FTS5 query that is valid and matches no row
SEARCH_SETTINGS = {
    "open": OPEN,
    "close": CLOSE,
    "ellipsis": ELLIPSIS,
    "words": SNIPPET_WORDS,
    "heading_weight": HEADING_WEIGHT,
    "body_weight": BODY_WEIGHT,
}
INSTALL = "pip install 'councilplans[serve]'"
HOST, PORT = "127.0.0.1", 8001  # Datasette's own defaults


class ServeError(StoreError):
    """The store cannot be served as asked."""


@dataclass(frozen=True, slots=True)
class Site:
    """A store ready to serve: its file, its database's name in URLs, the Datasette app, and
    the address to serve it at."""

    path: Path
    name: str
    datasette: Any
    host: str
    port: int

    @property
    def url(self) -> str:
        """The address of the store's page once it is served."""
        host = f"[{self.host}]" if ":" in self.host else self.host  # an IPv6 address
        return f"http://{host}:{self.port}{self.datasette.urls.database(self.name)}"


def open_site(url_or_path: str | Path | None, host: str = HOST, port: int = PORT) -> Site:
    """Check the store at a path (it must be a SQLite store this version can read) and the
    address, and make the store's Datasette app. Raise ServeError for a PostgreSQL URL,
    without Datasette installed or for an address that cannot be listened on, NoStore where
    there is no store, StoreOutOfDate for a store to upgrade first."""
    path = sqlite_path(url_or_path)
    with connect(url_or_path, create=False) as store:
        columns = stored_columns(store)
    shown = display_name(url_or_path)
    try:
        from datasette.app import Datasette
    except ImportError as e:
        raise ServeError(f"{shown}: Datasette is not installed: {INSTALL}") from e
    _check_address(shown, host, port)
    _register_plugin()
    name = path.stem
    datasette = Datasette(files=[str(path)], metadata=metadata(name, columns))
    return Site(path=path, name=name, datasette=datasette, host=host, port=port)


def run(site: Site) -> None:
    """Serve the site until interrupted, as ``datasette serve`` does."""
    import uvicorn  # a dependency of Datasette

    app = site.datasette.app()
    uvicorn.run(app, host=site.host, port=site.port, log_level="info", lifespan="on")


def _check_address(shown: str, host: str, port: int) -> None:
    """ServeError, before anything is served, when ``host``:``port`` cannot be listened on
    (the port in use, no such address)."""
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
            probe.bind((host, port))
    except OSError as e:
        reason = e.strerror or str(e)
        raise ServeError(f"{shown}: cannot serve at {host}:{port}: {reason}") from e


def sqlite_path(url_or_path: str | Path | None) -> Path:
    """The SQLite file a path or sqlite:/// URL names; ServeError for any other URL."""
    url = to_url(url_or_path)
    if not url.startswith(SQLITE_PREFIX) or url == f"{SQLITE_PREFIX}:memory:":
        raise ServeError(
            f"{display_name(url_or_path)}: Datasette serves SQLite files only; "
            "give the path of a SQLite store"
        )
    return Path(url.removeprefix(SQLITE_PREFIX))


def stored_columns(store: Store) -> dict[str, list[str]]:
    """The columns of each table and view the vocabulary describes, as the store has them."""
    found = inspect(store.engine)
    return {name: [c["name"] for c in found.get_columns(name)] for name in _vocabulary()["tables"]}


def metadata(database: str, columns: Mapping[str, Sequence[str]]) -> dict[str, Any]:
    """Datasette's metadata for a store served as ``database`` whose tables and views have
    ``columns``: the site's title and description, the authority register's licence and
    source (shown on every page), per table its title, description, facets and what each
    column holds (with its unit), and the canned queries."""
    vocabulary = _vocabulary()
    tables = {
        name: _table(name, columns.get(name, ()), vocabulary) for name in vocabulary["tables"]
    }
    tables.update({name: {"hidden": True} for name in HIDDEN_TABLES})
    about = {"title": vocabulary["title"], "description": vocabulary["description"]}
    queries = _queries(vocabulary)
    return {
        **about,
        **vocabulary["register"],
        "databases": {database: {**about, "tables": tables, "queries": queries}},
    }


def match_query(query: str | None) -> str:
    """The FTS5 query the search canned query runs for a user's text: every word, and every
    "quoted phrase" as consecutive words (``councilplans search``'s reading); a text with no
    word matches nothing."""
    terms = query_terms(query or "")
    return fts5_query(terms) if terms else NOTHING


@cache
def _vocabulary() -> dict[str, Any]:
    return tomllib.loads(
        files("councilplans.store").joinpath(VOCABULARY).read_text(encoding="utf-8")
    )


def _table(name: str, columns: Sequence[str], vocabulary: dict[str, Any]) -> dict[str, Any]:
    """A table's metadata: its entry in the vocabulary, and a description of each column."""
    table = dict(vocabulary["tables"][name])
    own = vocabulary["columns"]
    described = {**own.get(table.pop("columns_from", None), {}), **own.get(name, {})}
    export, renames = table.pop("export", None), table.pop("renames", {})
    dictionary = describe(export) if export is not None else {}
    for column in columns:
        entry = dictionary.get(renames.get(column, column))
        if entry is not None:
            unit = f" Unit: {entry.unit}." if entry.unit else ""
            described[column] = entry.description + unit
    table["columns"] = {column: described[column] for column in columns if column in described}
    return table


def _queries(vocabulary: dict[str, Any]) -> dict[str, dict[str, Any]]:
    queries = {}
    for name, query in vocabulary["queries"].items():
        queries[name] = {**query, "sql": query["sql"].format(**SEARCH_SETTINGS).strip()}
    queries["theme"]["description"] += ", ".join(theme_names()) + "."
    return queries


def _register_plugin() -> None:
    """Give every connection Datasette opens the search's query function (once a process)."""
    from datasette import hookimpl
    from datasette.plugins import pm

    if pm.get_plugin(PLUGIN_NAME) is None:
        plugin = types.ModuleType(PLUGIN_NAME)  # Datasette lists its plugins by module name
        vars(plugin)["prepare_connection"] = hookimpl(_prepare_connection)
        pm.register(plugin, name=PLUGIN_NAME)


def _prepare_connection(conn: sqlite3.Connection) -> None:
    conn.create_function(MATCH_FUNCTION, 1, match_query, deterministic=True)
