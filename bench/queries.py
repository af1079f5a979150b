"""`make bench`, query speed: the comparison queries and full-text search on a store of
100,000 records from 400 authorities, on SQLite and on PostgreSQL.

The store is built once per backend by bench/bigstore.py (the samples and the real
development set ingested, then copied under other councils). Each query is run once to warm
up, then RUNS times, every query once per round so that the machine's noise falls on all
alike; a slow query stops after MIN_RUNS once it has used BUDGET_SECONDS. Figures are the
median and the 90th percentile, in milliseconds. Targets (the issue's, on SQLite): a
comparison under 100 ms, a search under 50 ms; summary() is measured beside them, and on
SQLite each search's ranking by FTS5 alone (fts5_ranking), the floor of an exact search.

PostgreSQL is measured when COUNCILPLANS_BENCH_PG_URL (or COUNCILPLANS_TEST_PG_URL) is set,
in a schema of its own (PG_SCHEMA), dropped afterwards; nothing else in that database is
touched.

    python bench/queries.py           # build, measure, print the section
    python bench/queries.py --write   # and put it in bench/RESULTS.md in place of the old one
"""

from __future__ import annotations

import importlib
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import bigstore  # noqa: E402
from councilplans.store import queries  # noqa: E402
from councilplans.store.db import Store, connect  # noqa: E402
from councilplans.store.fulltext import SEARCH_TABLE  # noqa: E402
from councilplans.store.ranked import COMMON  # noqa: E402
from councilplans.store.search import (  # noqa: E402
    BODY_WEIGHT,
    HEADING_WEIGHT,
    SHORTLIST,
    fts5_query,
    query_terms,
    search,
)
from councilplans.store.summary import summary  # noqa: E402

search_module = importlib.import_module("councilplans.store.search")

RUNS = 15
MIN_RUNS = 3
BUDGET_SECONDS = 20.0  # per query and backend, once MIN_RUNS are done
COMPARE_MS, SEARCH_MS = 100.0, 50.0  # the targets, on SQLite
PG_ENV = ("COUNCILPLANS_BENCH_PG_URL", "COUNCILPLANS_TEST_PG_URL")
PG_SCHEMA = "councilplans_bench"  # not "councilplans": that would be the role's "$user" schema
RESULTS = ROOT / "bench" / "RESULTS.md"
TITLE = "## Query speed"


def compare_by(store: Store, **filters: Any) -> Any:
    """compare() with the given filters."""
    return queries.compare(store, queries.Filters(**filters))


@dataclass(frozen=True, slots=True)
class Query:
    name: str  # as the table shows it
    run: Callable[[Store], Any]
    target_ms: float | None
    note: str = ""
    terms: str | None = None  # a search's query


def searching(terms: str, note: str) -> Query:
    return Query(f"search({terms!r})", lambda s: search(s, terms), SEARCH_MS, note, terms)


QUERIES = (
    Query("compare(theme='obesity')", lambda s: compare_by(s, theme="obesity"), COMPARE_MS),
    Query(
        "compare(indicator='free school meals')",
        lambda s: compare_by(s, indicator="free school meals"),
        COMPARE_MS,
    ),
    Query("compare(kind='indicator')", lambda s: compare_by(s, kind="indicator"), COMPARE_MS),
    Query("summary()", summary, None, "per authority; no target"),
    searching("dental", "a rare word"),
    searching('"early help"', "a phrase"),
    searching("health", "a common word"),
    searching("children", "the commonest word: the worst case"),
    searching("children health", "two common words"),
    Query(
        "search('children'), unranked",
        lambda s: unranked_search(s, "children"),
        None,
        "a store written since its last batch: ranked at search time",
    ),
)


def unranked_search(store: Store, terms: str) -> list[Any]:
    """search() as on a store written since its words were last ranked (store/ranked.py):
    every match ranked at search time."""
    saved = search_module._ranked
    search_module._ranked = lambda *args: None
    try:
        return search(store, terms)
    finally:
        search_module._ranked = saved


@dataclass(frozen=True, slots=True)
class Timing:
    rows: int  # what the query returned
    times_ms: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.times_ms)

    @property
    def p90(self) -> float:
        if len(self.times_ms) < 2:
            return self.times_ms[0]
        return statistics.quantiles(self.times_ms, n=10, method="inclusive")[-1]


@dataclass(frozen=True, slots=True)
class Backend:
    name: str
    built: bigstore.Built
    covered: tuple[int, int]  # search index rows, sections + records
    matches: dict[str, int]  # search -> rows of SQLite's search index it matches
    timings: dict[str, Timing]


def measure(store: Store) -> dict[str, Timing]:
    """Every query warmed up once, then run in rounds (see the module's docstring); on
    SQLite each search's FTS5 ranking alone (``floor``) beside it."""
    runs = {q.name: q.run for q in QUERIES}
    if store.engine.dialect.name == "sqlite":
        runs |= {floor(q.name): partial(fts5_ranking, terms=q.terms) for q in QUERIES if q.terms}
    rows = {name: len(run(store)) for name, run in runs.items()}
    times: dict[str, list[float]] = {name: [] for name in runs}
    for round_ in range(RUNS):
        for name, run in runs.items():
            if round_ >= MIN_RUNS and sum(times[name]) / 1000 > BUDGET_SECONDS:
                continue
            start = time.perf_counter()
            run(store)
            times[name].append((time.perf_counter() - start) * 1000)
    for name in runs:
        progress(f"{name}: median {statistics.median(times[name]):,.1f} ms")
    return {name: Timing(rows[name], values) for name, values in times.items()}


def floor(name: str) -> str:
    return f"{name}, FTS5 ranking alone"


def fts5_ranking(store: Store, terms: str) -> list[Any]:
    """The best 20 rowids of SQLite's index for a search, ranked by bm25 as search() ranks
    them, nothing joined or cut out: what ranking every match costs before search() does
    anything of its own, the least an exact best-first search over this index can take."""
    query = (
        f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :q "
        f"ORDER BY bm25({SEARCH_TABLE}, :heading, :body) LIMIT 20"
    )
    weights = {"heading": HEADING_WEIGHT, "body": BODY_WEIGHT}
    with store.engine.connect() as conn:
        return list(conn.execute(text(query), {"q": fts5_query(query_terms(terms))} | weights))


def bench(store: Store, name: str) -> Backend:
    progress(f"{name}: building the store")
    built = bigstore.build(store)
    progress(
        f"{name}: {built.records:,} records in {built.ingest_seconds + built.copy_seconds:.0f} s"
    )
    ingested = {path.name for path in bigstore.source_files()}
    if all(hit.document in ingested for hit in search(store, "dental", limit=100)):
        raise RuntimeError(f"{name}: search finds no copied document: the index missed them")
    matches = {q.name: index_matches(store, q.terms) for q in QUERIES if q.terms}
    counted = {k: v for k, v in matches.items() if v is not None}
    return Backend(name, built, bigstore.index_covers(store), counted, measure(store))


def index_matches(store: Store, terms: str) -> int | None:
    """How many rows of SQLite's search index a search matches, before any filter or limit
    (None on PostgreSQL, whose index keeps no rows to count)."""
    if store.engine.dialect.name != "sqlite":
        return None
    query = fts5_query(query_terms(terms))
    with store.engine.connect() as conn:
        found = conn.execute(
            text(f"SELECT count(*) FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :q"), {"q": query}
        )
        return int(found.scalar_one())


def sqlite_backend() -> Backend:
    with tempfile.TemporaryDirectory() as tmp, connect(Path(tmp) / "bench.db") as store:
        return bench(store, "SQLite")


def pg_url() -> str | None:
    return next((os.environ[name] for name in PG_ENV if os.environ.get(name)), None)


@contextmanager
def pg_schema(url: str) -> Iterator[str]:
    """A URL whose connections work in a fresh schema PG_SCHEMA, dropped afterwards."""
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {PG_SCHEMA} CASCADE"))
            conn.execute(text(f"CREATE SCHEMA {PG_SCHEMA}"))
        options = f"-csearch_path={PG_SCHEMA}"
        yield make_url(url).update_query_dict({"options": options}).render_as_string(False)
    finally:
        with engine.begin() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {PG_SCHEMA} CASCADE"))
        engine.dispose()


def pg_backend(url: str) -> Backend:
    with pg_schema(url) as scoped, connect(scoped) as store:
        # psycopg prepares a statement once it has run 5 times, and PostgreSQL may then plan
        # it for any values: runs would differ from the first, and from a one-off query such
        # as `councilplans search`. Every run is planned with its own values here.
        event.listen(store.engine, "connect", _plan_every_run)
        store.engine.dispose()
        return bench(store, "PostgreSQL")


def _plan_every_run(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.prepare_threshold = None


def build_lines(backends: list[Backend]) -> list[str]:
    lines = [
        "| backend | files ingested | ingest | copies of each | copying | words ranked | "
        "ranking | documents | authorities | records | sections | tables | "
        "search index covers |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for b in backends:
        d = b.built
        index, rows = b.covered
        covers = "all" if index == rows else f"**{index} of {rows}**"
        lines.append(
            f"| {b.name} | {d.files} | {d.ingest_seconds:.1f} s | {d.rounds} | "
            f"{d.copy_seconds:.1f} s | {d.ranked_words} | {d.rank_seconds:.1f} s | "
            f"{d.documents:,} | {d.authorities} | {d.records:,} | "
            f"{d.sections:,} | {d.tables:,} | {covers} |"
        )
    return lines


def timing_lines(backends: list[Backend]) -> list[str]:
    head = "| query | rows | target (SQLite) |"
    rule = "|---|---|---|"
    for b in backends:
        head += f" {b.name} median | p90 | runs |"
        rule += "---|---|---|"
        if b.name == "SQLite":
            head += " met | FTS5 ranking alone |"
            rule += "---|---|"
    lines = [head, rule]
    for q in QUERIES:
        lines.append(timing_row(q, backends))
    return lines


def timing_row(q: Query, backends: list[Backend]) -> str:
    first = backends[0]
    rows = f"{first.timings[q.name].rows:,}"
    if q.name in first.matches:
        rows = f"{rows} of {first.matches[q.name]:,}"
    note = f" ({q.note})" if q.note else ""
    target = f"< {q.target_ms:.0f} ms" if q.target_ms else "–"
    line = f"| {q.name}{note} | {rows} | {target} |"
    for b in backends:
        t = b.timings[q.name]
        line += f" {t.median:,.1f} | {t.p90:,.1f} | {len(t.times_ms)} |"
        if b.name == "SQLite":
            met = "–" if q.target_ms is None else "yes" if t.median < q.target_ms else "**no**"
            alone = b.timings.get(floor(q.name))
            line += f" {met} | {f'{alone.median:,.1f}' if alone else '–'} |"
    return line


def report_lines() -> list[str]:
    backends = [sqlite_backend()]
    url = pg_url()
    skipped = None
    if url is None:
        skipped = f"PostgreSQL: not measured ({' or '.join(PG_ENV)} is not set)."
    else:
        try:
            backends.append(pg_backend(url))
        except Exception as e:  # the SQLite figures are worth keeping all the same
            skipped = f"PostgreSQL: not measured: {type(e).__name__}: {first_line(e)}"
    b = backends[0].built
    lines = [
        TITLE,
        "",
        f"bench/queries.py. Per backend, a store built by bench/bigstore.py: the {b.files} "
        "files of samples/ (PDF and DOCX) and of the real development set ingested (2 "
        "workers), then each document's latest version copied, with its sections, tables and "
        "records, under new documents of the register's councils (INSERT ... SELECT) until "
        f"there are {bigstore.TARGET_RECORDS:,} records. PostgreSQL tables are ANALYZEd after "
        "the load (as autovacuum soon would), SQLite's are left as the store leaves them; on "
        "PostgreSQL every run is planned with its own values, as a one-off query is (psycopg's "
        "automatic prepared statements off). Words ranked: after the copying, as after any "
        f"batch, the SQLite index's words in {COMMON:,} rows or more ranked and their best "
        f"{SHORTLIST:,} rows kept (store/ranked.py).",
        "",
        *build_lines(backends),
        "",
        f"Milliseconds, the median and 90th percentile of up to {RUNS} runs after a warm-up, "
        f"every query once a round (a slow one stops after {MIN_RUNS} runs and "
        f"{BUDGET_SECONDS:.0f} s). Rows: what the query returns (a search: its hits, of the "
        "rows of the search index that match the query). The targets are the issue's, on SQLite. "
        "FTS5 ranking alone: the search's matches ranked by SQLite's bm25 as search() ranks "
        "them and the best 20 rowids taken, nothing joined, measured in the same rounds: the "
        "least an exact best-first search that ranks at search time takes on this machine at "
        "this time. A one-word search of a word ranked when written reads its kept ranking "
        "instead; 'unranked' is the same search on a store written since its last batch, "
        "which ranks every match at search time.",
        "",
        *timing_lines(backends),
    ]
    if skipped:
        lines += ["", skipped]
    return lines


def first_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else ""


def progress(message: str) -> None:
    print(f"bench/queries.py: {message}", file=sys.stderr, flush=True)


def write_section(lines: list[str]) -> None:
    """Put the section in bench/RESULTS.md in place of the one there (or at the end)."""
    old = RESULTS.read_text(encoding="utf-8").splitlines() if RESULTS.exists() else []
    start = old.index(TITLE) if TITLE in old else len(old)
    end = next((i for i in range(start + 1, len(old)) if old[i].startswith("## ")), len(old))
    before = [*old[:start], *([""] if start and old[start - 1].strip() else [])]
    new = [*before, *lines, *([""] if end < len(old) else []), *old[end:]]
    RESULTS.write_text("\n".join(new) + "\n", encoding="utf-8")


if __name__ == "__main__":
    section = report_lines()
    print("\n".join(section))
    if "--write" in sys.argv[1:]:
        write_section(section)
