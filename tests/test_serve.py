"""`councilplans serve`: Datasette's metadata, the canned queries on a store of two sample plans,
and headless Chromium driven to the served site.

Expected values are read from the samples' text (the Stoke-on-Trent skills indicators, the
Staffordshire risk register and the Staffordshire action plan, published as DOCX and PDF), as
their truth files in samples/truth/ give them.
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import closing
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from click.testing import CliRunner

from councilplans.ingest.batch import ingest_paths
from councilplans.ingest.cli import main
from councilplans.store import NoStore, connect, search
from councilplans.store.dictionary import describe
from councilplans.store.serve import (
    HIDDEN_TABLES,
    INSTALL,
    ServeError,
    Site,
    match_query,
    metadata,
    open_site,
    sqlite_path,
    stored_columns,
)

ROOT = Path(__file__).resolve().parents[1]
SKILLS = ROOT / "samples" / "stoke-on-trent-skills-indicators-no-rules.pdf"
RISKS = ROOT / "samples" / "staffordshire-risk-register-h-rules.pdf"
# one plan published twice, as DOCX and PDF: read from one file, counted once
ACTION_PLAN = [
    ROOT / "samples" / f"staffordshire-cyp-strategic-action-plan-2011-12.{ext}"
    for ext in ("docx", "pdf")
]
OLD_STORE = ROOT / "tests" / "fixtures" / "stores" / "councilplans-0.1.0.db"
NAME = "plans"  # the store's file stem: its database's name in Datasette
HAS_DATASETTE = importlib.util.find_spec("datasette") is not None
needs_datasette = pytest.mark.skipif(
    not HAS_DATASETTE, reason=f"Datasette is not installed: {INSTALL}"
)
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SERVER_START_SECONDS = 60
BROWSER_SECONDS = 120

# From the samples' text: the Stoke sheet's claimant measures, baseline and target ...
CLAIMANTS = [
    ("Level of JSA claimants (initial twelve month target)", "1.8%", "1.5%"),
    ("Level of ESA claimants.", "10.3%", "8%"),
]
# ... and the first risk of the Staffordshire register, on its page 1.
RISK_PHRASE = '"Child Poverty Strategy"'


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite store of the samples."""
    path = tmp_path_factory.mktemp("serve") / f"{NAME}.db"
    report = ingest_paths([SKILLS, RISKS, *ACTION_PLAN], path, workers=1)
    assert report.ok, report.summary()
    return path


@pytest.fixture(scope="module")
def site(store_path: Path) -> Site:
    if not HAS_DATASETTE:
        pytest.skip(f"Datasette is not installed: {INSTALL}")
    return open_site(store_path, "127.0.0.1", free_port())


def fetch(site: Site, name: str, **params: str) -> list[dict[str, Any]]:
    """The rows of a canned query, through Datasette's own client."""
    query = urlencode({**params, "_shape": "array"})
    response = asyncio.run(site.datasette.client.get(f"/{site.name}/{name}.json?{query}"))
    assert response.status_code == 200, response.text
    rows: list[dict[str, Any]] = response.json()
    return rows


def picked(rows: list[dict[str, Any]], *fields: str) -> list[tuple[Any, ...]]:
    return [tuple(row[f] for f in fields) for row in rows]


# ---- the metadata ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def described(store_path: Path) -> dict[str, Any]:
    """The metadata of the sample store."""
    with connect(store_path, create=False) as store:
        return metadata(NAME, stored_columns(store))


def test_records_are_faceted_by_authority_kind_theme_and_period() -> None:
    tables = metadata(NAME, {})["databases"][NAME]["tables"]
    assert tables["latest_records"]["facets"] == ["authority", "kind", "theme", "period"]
    assert "period" in tables["latest_versions"]["facets"]
    assert all(tables[name] == {"hidden": True} for name in HIDDEN_TABLES)


def test_every_column_of_the_store_is_described(
    store_path: Path, described: dict[str, Any]
) -> None:
    """Every column of each table or view shown has a description, and each facet is one of
    its columns."""
    tables = described["databases"][NAME]["tables"]
    shown = {name: t for name, t in tables.items() if not t.get("hidden")}
    with closing(sqlite3.connect(store_path)) as conn:
        for name, table in shown.items():
            columns = {row[1] for row in conn.execute(f"PRAGMA table_info({name})")}
            assert columns, f"{name}: no such table or view"
            assert set(table["columns"]) == columns - {"id"}, name
            assert set(table.get("facets", ())) <= columns, name


def test_columns_are_described_as_the_data_dictionary_describes_them(
    described: dict[str, Any],
) -> None:
    tables = described["databases"][NAME]["tables"]
    records, documents = describe("records"), describe("documents")
    assert tables["latest_records"]["columns"]["measure"] == records["measure"].description
    assert tables["records"]["columns"]["table_index"] == records["table"].description
    assert tables["documents"]["columns"]["key"] == documents["path"].description
    page = tables["latest_records"]["columns"]["page"]
    assert page == f"{records['page'].description} Unit: {records['page'].unit}."


def test_the_register_licence_is_the_one_its_data_file_states() -> None:
    about = metadata(NAME, {})
    data_readme = (ROOT / "normalise" / "data" / "README.md").read_text(encoding="utf-8")
    for key in ("license_url", "source_url"):
        assert about[key] in data_readme
    assert "CC-BY-4.0" in about["license"] and "CC-BY-4.0" in data_readme
    assert "version 1.6.1" in about["source"] and "version 1.6.1" in data_readme


def test_the_theme_query_lists_the_themes() -> None:
    description = metadata(NAME, {})["databases"][NAME]["queries"]["theme"]["description"]
    assert "obesity" in description and "teenage_pregnancy" in description


# ---- the canned queries on a real store ----------------------------------------------------


@needs_datasette
def test_every_canned_query_runs(site: Site) -> None:
    params = {"theme": "obesity", "indicator": "claimants", "kind": "", "q": "skills"}
    for name, query in metadata(NAME, {})["databases"][NAME]["queries"].items():
        asked = {p: params[p] for p in query.get("params", ())}
        assert isinstance(fetch(site, name, **asked), list)


@needs_datasette
def test_indicator_query_shows_the_measures_side_by_side(site: Site) -> None:
    rows = fetch(site, "indicator", indicator="CLAIMANTS")
    assert {r["authority"] for r in rows} == {"Stoke-on-Trent"}
    assert set(CLAIMANTS) <= set(picked(rows, "measure", "baseline", "target"))
    assert fetch(site, "indicator", indicator="claimants", kind="risk") == []
    assert fetch(site, "indicator", indicator=" ") == []


@needs_datasette
def test_theme_query_shows_one_theme(site: Site) -> None:
    rows = fetch(site, "theme", theme="employment_skills", kind="indicator")
    assert ("Number of apprenticeship starts.", "3,230 (2014/15 academic year)") in picked(
        rows, "measure", "baseline"
    )
    assert {r["theme"] for r in fetch(site, "latest_records", theme="employment_skills")} == {
        "employment_skills"
    }


@needs_datasette
def test_summary_counts_each_authoritys_records_by_kind(site: Site) -> None:
    rows = fetch(site, "authorities_summary")
    fields = ("authority", "documents", "records", "action", "indicator", "risk", "priority")
    # Staffordshire: the register's four risks and targets table of eight localities, and the
    # action plan's thirteen priorities (its two files counted once); Stoke: ten measures
    assert picked(rows, *fields) == [
        ("Staffordshire", 3, 25, 0, 8, 4, 13),
        ("Stoke-on-Trent", 1, 10, 0, 10, 0, 0),
    ]


@needs_datasette
@pytest.mark.parametrize(
    "query", [RISK_PHRASE, "skills", "claimants target", "wage levels", '"sexual health"']
)
def test_search_query_gives_the_hits_councilplans_search_gives(
    site: Site, store_path: Path, query: str
) -> None:
    rows = fetch(site, "search", q=query)
    with connect(store_path, create=False) as store:
        hits = search(store, query, limit=50)
    assert hits
    fields = ("authority", "document", "page", "kind", "snippet")
    shown = [(*row[:4], " ".join(row[4].split())) for row in picked(rows, *fields)]
    assert shown == [(h.authority, h.document, h.page, h.kind, h.snippet) for h in hits]


@needs_datasette
def test_search_query_finds_the_risk_by_its_phrase(site: Site) -> None:
    rows = fetch(site, "search", q=RISK_PHRASE)
    assert picked(rows, "authority", "document", "page", "kind") == [
        ("Staffordshire", RISKS.name, 1, "risk")
    ]
    assert "[Child Poverty Strategy]" in rows[0]["snippet"]


@needs_datasette
def test_a_plan_in_two_files_is_searched_in_the_one_it_is_read_from(site: Site) -> None:
    names = {path.name for path in ACTION_PLAN}
    documents = fetch(site, "latest_documents")
    pair = {d["file"]: d["same_plan_as"] for d in documents if d["file"] in names}
    [read] = [file for file, other in pair.items() if other is None]
    assert set(pair) == names and set(pair.values()) == {None, read}
    hits = fetch(site, "search", q='"sexual health of young people"')
    assert hits and {hit["document"] for hit in hits} == {read}


@needs_datasette
@pytest.mark.parametrize("query", ["", "   ", '"', "!!!", "C&YP", "NEAR(", "AND OR NOT", "a*"])
def test_search_query_reads_any_text_without_error(site: Site, query: str) -> None:
    assert isinstance(fetch(site, "search", q=query), list)


def test_match_query_quotes_each_term() -> None:
    assert match_query('early "help now" C&YP') == '"early" "help now" "C&YP"'
    assert match_query("") == match_query("!!!") == match_query(None) == '""'


# ---- opening a store ---------------------------------------------------------------------


def test_sqlite_path_takes_a_path_or_a_sqlite_url(tmp_path: Path) -> None:
    assert sqlite_path("plans.db") == Path("plans.db")
    assert sqlite_path(f"sqlite:///{tmp_path}/p.db") == tmp_path / "p.db"


def test_serve_refuses_what_is_no_sqlite_file() -> None:
    with pytest.raises(ServeError, match="Datasette serves SQLite files only"):
        sqlite_path("sqlite:///:memory:")
    result = CliRunner().invoke(main, ["serve", "--db", "postgresql+psycopg://u:pw@pg/db"])
    assert result.exit_code == 1
    assert result.output == (
        "Error: postgresql+psycopg://u:***@pg/db: Datasette serves SQLite files only; "
        "give the path of a SQLite store\n"
    )


def test_serve_refuses_a_path_with_no_store(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()  # a SQLite file, but no store in it
    for path in (tmp_path / "typo.db", empty):
        with pytest.raises(NoStore):
            open_site(path)
        result = CliRunner().invoke(main, ["serve", "--db", str(path)])
        assert result.exit_code == 1
        assert result.output == f"Error: {path}: no store here (check the path, or ingest first)\n"


def test_serve_refuses_a_store_to_upgrade_first(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    shutil.copy(OLD_STORE, old)
    result = CliRunner().invoke(main, ["serve", "--db", str(old)])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {old}: written by an earlier version of councilplans")
    assert result.output.endswith(f"run `councilplans db upgrade --db {old}`\n")
    assert result.output.count("\n") == 1


def test_serve_refuses_an_address_in_use(store_path: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--db", str(store_path), "--port", str(port)])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {store_path}: cannot serve at 127.0.0.1:{port}: Address already in use\n"
    )


def test_site_url_is_the_stores_page(site: Site) -> None:
    assert site.url == f"http://127.0.0.1:{site.port}/{NAME}"


def test_serve_without_datasette_says_what_to_install(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "datasette.app", None)  # import fails: not installed
    result = CliRunner().invoke(main, ["serve", "--db", str(store_path)])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {store_path}: Datasette is not installed: pip install 'councilplans[serve]'\n"
    )


# ---- the served site in headless Chromium ------------------------------------------------


class ResultRows(HTMLParser):
    """The rows of the results table on a Datasette page, as {column: text} dicts."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict[str, str]] = []
        self.column: str | None = None
        self.in_results = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag == "table" and "rows-and-columns" in classes:
            self.in_results = True
        elif self.in_results and tag == "tr":
            self.rows.append({})
        elif self.in_results and tag == "td":
            self.column = next(c[len("col-") :] for c in classes if c.startswith("col-"))
            self.rows[-1][self.column] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "td":
            self.column = None
        elif tag == "table":
            self.in_results = False

    def handle_data(self, data: str) -> None:
        if self.column is not None:
            self.rows[-1][self.column] += data

    @classmethod
    def of(cls, dom: str) -> list[dict[str, str]]:
        parser = cls()
        parser.feed(dom)
        return [{k: " ".join(v.split()) for k, v in row.items()} for row in parser.rows if row]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def served(store_path: Path) -> Iterator[str]:
    """`councilplans serve` on a free port of 127.0.0.1: the store's address."""
    if not HAS_DATASETTE:
        pytest.skip(f"Datasette is not installed: {INSTALL}")
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")
    port = free_port()
    command = "from councilplans.ingest.cli import main; main()"
    server = subprocess.Popen(
        [sys.executable, "-c", command, "serve", "--db", str(store_path), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_it_answers(server, f"{base}/-/versions.json")
        yield f"{base}/{NAME}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def wait_until_it_answers(server: subprocess.Popen[str], url: str) -> None:
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            output = server.stdout.read() if server.stdout else ""
            pytest.fail(f"councilplans serve exited with {server.returncode}: {output}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                json.load(response)
                return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.2)
    pytest.fail(f"councilplans serve did not answer at {url} in {SERVER_START_SECONDS} s")


def browse(url: str, profile: Path) -> str:
    """The page's DOM once headless Chromium has loaded it."""
    assert CHROMIUM is not None
    flags = ["--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}"]
    done = subprocess.run(
        [CHROMIUM, *flags, "--dump-dom", url],
        capture_output=True,
        text=True,
        timeout=BROWSER_SECONDS,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_browser_compares_an_indicator_across_authorities(served: str, tmp_path: Path) -> None:
    dom = browse(f"{served}/indicator?{urlencode({'indicator': 'claimants'})}", tmp_path)
    assert "Compare: one indicator across authorities" in dom
    shown = {(r["authority"], r["measure"], r["baseline"], r["target"]) for r in ResultRows.of(dom)}
    assert {("Stoke-on-Trent", *measure) for measure in CLAIMANTS} <= shown


def test_browser_shows_each_authoritys_summary(served: str, tmp_path: Path) -> None:
    rows = ResultRows.of(browse(f"{served}/authorities_summary", tmp_path))
    shown = [(r["authority"], r["records"], r["indicator"], r["risk"]) for r in rows]
    assert shown == [("Staffordshire", "25", "8", "4"), ("Stoke-on-Trent", "10", "10", "0")]


def test_browser_searches_the_plans_text(served: str, tmp_path: Path) -> None:
    dom = browse(f"{served}/search?{urlencode({'q': RISK_PHRASE})}", tmp_path)
    [hit] = ResultRows.of(dom)
    assert (hit["authority"], hit["document"], hit["page"], hit["kind"]) == (
        "Staffordshire",
        RISKS.name,
        "1",
        "risk",
    )
    assert "develop the [Child Poverty Strategy] by September 2010" in hit["snippet"]


def test_browser_facets_records_and_credits_the_register(served: str, tmp_path: Path) -> None:
    dom = browse(f"{served}/latest_records", tmp_path)
    facet = re.search(r'id="facet-authority".*?</ul>', dom, re.S)
    assert facet is not None
    assert "Staffordshire" in facet.group() and "Stoke-on-Trent" in facet.group()
    assert all(f'id="facet-{name}"' in dom for name in ("kind", "theme", "period"))
    assert "CC-BY-4.0" in dom and "mySociety" in dom
