"""A store an earlier version wrote is refused until upgraded, then upgraded in place.

``fixtures/stores/councilplans-0.1.0.db`` was written by councilplans 0.1.0 (commit 76eb0f0,
before any migration existed) ingesting three of the samples; see its README. What the
tests expect of it (its documents and records) is read from the file with plain SQL before
the upgrade, and must read the same through the library after it.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import PG_URL

from councilplans.ingest.cli import main
from councilplans.store import (
    NoStore,
    StoreOutOfDate,
    connect,
    migrate,
    ranked,
    records_frame,
    search,
    upgrade,
)
from councilplans.store.db import drop_schema

FIXTURE = Path(__file__).parent / "fixtures" / "stores" / "councilplans-0.1.0.db"
SAMPLES = Path(__file__).parents[1] / "samples"


@pytest.fixture
def old_store(tmp_path: Path) -> Path:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURE, path)
    return path


def stored(path: Path) -> tuple[list[tuple[str, str]], list[str]]:
    """The fixture's documents (file, latest status) and its records' measures, by SQL."""
    with sqlite3.connect(path) as conn:
        docs = conn.execute(
            "SELECT d.file, v.status FROM documents d JOIN document_versions v "
            "ON v.document_id = d.id ORDER BY d.file"
        ).fetchall()
        measures = [m for (m,) in conn.execute("SELECT measure FROM records ORDER BY id")]
    return docs, measures


def test_the_fixture_is_a_store_of_0_1_0(old_store: Path) -> None:
    docs, measures = stored(old_store)
    assert len(docs) == 3 and all(status == "ok" for _, status in docs)
    assert len(measures) == 34
    with sqlite3.connect(old_store) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(records)")}
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "status" not in columns and "alembic_version" not in tables


def test_a_store_written_by_0_1_0_is_refused_with_what_to_run(old_store: Path) -> None:
    with pytest.raises(StoreOutOfDate) as refused:
        connect(old_store)
    assert str(refused.value) == (
        f"{old_store}: written by an earlier version of councilplans (schema 0001, this "
        f"version needs {migrate.head()}): run `councilplans db upgrade --db {old_store}`"
    )


@pytest.mark.parametrize("command", [["compare"], ["search", "health"], ["export"]])
def test_every_command_refuses_it_in_one_line(old_store: Path, command: list[str]) -> None:
    result = CliRunner().invoke(main, [*command, "--db", str(old_store)])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {old_store}: written by an earlier version")
    assert len(result.output.strip().splitlines()) == 1


def test_upgrade_keeps_everything_stored(old_store: Path) -> None:
    docs, measures = stored(old_store)
    assert upgrade(old_store) == ("0001", migrate.head())
    with connect(old_store) as store:
        frame = records_frame(store)
        hits = search(store, "health")
    assert sorted(frame["measure"].tolist()) == sorted(measures)
    assert sorted(set(frame["file"])) == [file for file, _ in docs]
    assert frame["status"].isna().all() and frame["actual_number"].isna().all()
    assert hits
    assert stored(old_store) == (docs, measures)


def schema(path: Path) -> dict[str, object]:
    """Every table and view of a SQLite store: its columns, and its indexes with theirs and
    whether each is unique and partial; and every trigger, as its SQL."""
    with sqlite3.connect(path) as conn:
        names = conn.execute(
            "SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view')"
        ).fetchall()
        found: dict[str, object] = {}
        for name, kind in names:
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info('{name}')")]
            indexes = {
                index: (
                    unique,
                    partial,
                    [row[2] for row in conn.execute(f"PRAGMA index_info('{index}')")],
                )
                for _, index, unique, _, partial in conn.execute(f"PRAGMA index_list('{name}')")
            }
            found[name] = (kind, sorted(columns), indexes)
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"):
            found[name] = ("trigger", " ".join(sql.split()))
        return found


def test_an_upgraded_store_has_the_schema_of_a_new_one(old_store: Path, tmp_path: Path) -> None:
    # every schema change comes with its migration: tables, columns, indexes and views alike
    upgrade(old_store)
    connect(tmp_path / "new.db").close()
    upgraded, new = schema(old_store), schema(tmp_path / "new.db")
    assert sorted(upgraded) == sorted(new)
    for name in new:
        assert upgraded[name] == new[name], name


def test_a_store_taken_back_a_revision_takes_writes_and_comes_forward(
    old_store: Path, tmp_path: Path
) -> None:
    # 0011 made the index's triggers count writes in a table of its own; taken back to
    # 0010, the triggers must not name that table, or no record could be written
    upgrade(old_store)
    with connect(old_store) as store:
        migrate.downgrade(store.engine, "0010")
    with sqlite3.connect(old_store) as conn:
        assert not conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'search_state'"
        ).fetchall()
        conn.execute("DELETE FROM records")  # fires the index's triggers
    assert upgrade(old_store) == ("0010", migrate.head())
    connect(tmp_path / "new.db").close()
    assert schema(old_store) == schema(tmp_path / "new.db")


def test_upgrading_twice_changes_nothing(old_store: Path) -> None:
    upgrade(old_store)
    assert upgrade(old_store) == (migrate.head(), migrate.head())


def test_an_upgraded_store_takes_new_versions(old_store: Path) -> None:
    upgrade(old_store)
    sample = SAMPLES / "staffordshire-cyp-strategic-action-plan-2011-12.pdf"  # not in it
    result = CliRunner().invoke(main, ["ingest", str(sample), "--db", str(old_store)])
    assert result.exit_code == 0, result.output
    with connect(old_store) as store:
        assert sample.name in set(records_frame(store)["file"])


def test_the_upgrade_command_says_what_it_did(
    old_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ranked, "COMMON", 5)
    runner = CliRunner()
    first = runner.invoke(main, ["db", "upgrade", "--db", str(old_store)])
    again = runner.invoke(main, ["db", "upgrade", "--db", str(old_store)])
    head = migrate.head()
    assert first.exit_code == 0 and again.exit_code == 0
    assert first.output == f"{old_store}: upgraded from schema 0001 to {head}\n"
    assert again.output == f"{old_store}: already at schema {head}\n"
    # and its common words ranked, as after a batch
    with sqlite3.connect(old_store) as conn:
        words = {word for (word,) in conn.execute("SELECT word FROM search_words")}
        [(writes, ranked_at)] = conn.execute("SELECT writes, ranked_at FROM search_state")
    assert "children" in words and ranked_at == writes


def test_a_new_store_is_made_at_the_newest_revision(tmp_path: Path) -> None:
    with connect(tmp_path / "new.db") as store:
        assert migrate.current(store.engine) == migrate.head()
    with sqlite3.connect(tmp_path / "new.db") as conn:
        (stamped,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    assert stamped == migrate.head()


def test_a_store_newer_than_the_code_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    connect(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(
        StoreOutOfDate, match=r"written by a newer version of councilplans \(schema 9999,"
    ):
        connect(path)


@pytest.mark.parametrize(
    "command", [["compare"], ["search", "health"], ["export"], ["changes", "x.pdf"]]
)
def test_commands_that_only_read_refuse_a_missing_store(tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "typo.db"
    result = CliRunner().invoke(main, [*command, "--db", str(missing)])
    assert result.exit_code == 1
    assert result.output == f"Error: {missing}: no store here (check the path, or ingest first)\n"
    assert not missing.exists()


def test_a_missing_store_is_named_by_the_library(tmp_path: Path) -> None:
    with pytest.raises(NoStore):
        connect(tmp_path / "typo.db", create=False)


def test_there_is_nothing_to_upgrade_where_there_is_no_store(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()  # a database file, but no store in it
    for path in (tmp_path / "typo.db", empty):
        result = CliRunner().invoke(main, ["db", "upgrade", "--db", str(path)])
        assert result.exit_code == 1
        assert result.output == f"Error: {path}: no store here (check the path, or ingest first)\n"


@pytest.mark.postgres
def test_postgresql_downgrade_refuse_and_upgrade_again() -> None:
    """On PostgreSQL: a store taken back to 0.1.0's schema is refused, then upgraded with its
    records and views intact (PostgreSQL fixes a view's columns when it is made)."""
    if not PG_URL:
        pytest.skip("set COUNCILPLANS_TEST_PG_URL to run the PostgreSQL tests")
    with connect(PG_URL) as store:
        drop_schema(store)
    sample = SAMPLES / "stoke-on-trent-skills-indicators-no-rules.pdf"
    result = CliRunner().invoke(main, ["ingest", str(sample), "--db", PG_URL])
    assert result.exit_code == 0, result.output
    with connect(PG_URL) as store:
        before = sorted(records_frame(store)["measure"].tolist())
        migrate.downgrade(store.engine, "0001")
    try:
        with pytest.raises(StoreOutOfDate):
            connect(PG_URL)
    finally:
        assert upgrade(PG_URL) == ("0001", migrate.head())
    with connect(PG_URL) as store:
        assert sorted(records_frame(store)["measure"].tolist()) == before
        with store.engine.connect() as conn:
            columns = conn.exec_driver_sql("SELECT * FROM latest_records LIMIT 0").keys()
        assert "status" in columns
        drop_schema(store)
