"""Ingest on a dask.distributed cluster (issue 15): a local scheduler with two worker
processes, writing to a PostgreSQL database of this module's own (created here and dropped
afterwards, so that other PostgreSQL tests running at the same time cannot wipe it).

What the cluster stores is checked against what a local ``ingest_paths`` run of the same
files stores, never against values copied from output.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import PG_URL
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from councilplans.extractors.limits import Limits
from councilplans.ingest import cluster
from councilplans.ingest.batch import IngestReport, Opening, ingest_paths
from councilplans.ingest.cluster import ClusterNeedsPostgres, ingest_on_cluster
from councilplans.ingest.discover import discover
from councilplans.store import connect
from councilplans.store.models import (
    DocumentRow,
    RecordRow,
    SectionRow,
    TableRow,
    VersionRow,
)

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
BAD = ROOT / "tests" / "fixtures" / "bad" / "not-a-pdf.pdf"
FILES = [
    *sorted(SAMPLES.glob("*.pdf")),
    SAMPLES / "stoke-on-trent-cyp-plan-2016-20.docx",
    BAD,
]
SMALL = SAMPLES / "stoke-on-trent-skills-indicators-no-rules.pdf"
OTHER_SMALL = SAMPLES / "staffordshire-risk-register-h-rules.pdf"
TABLES = (DocumentRow, VersionRow, RecordRow, SectionRow, TableRow)


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    """A PostgreSQL database of this module's own, dropped afterwards."""
    if not PG_URL:
        pytest.skip("set COUNCILPLANS_TEST_PG_URL to run the cluster tests (they need PostgreSQL)")
    pytest.importorskip("distributed", reason="dask is not installed: pip install -e '.[dask]'")
    name = f"councilplans_cluster_{os.getpid()}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="module")
def client(pg_url: str) -> Iterator[Any]:
    """A local scheduler and two worker processes of one thread each. A task whose worker
    dies is tried once more, and a worker holds one task at a time: a document that kills
    its worker takes no other document down with it. The workers may fork (per-document
    limits read each file in a child process)."""
    import dask
    from distributed import Client, LocalCluster

    settings = {
        "distributed.scheduler.allowed-failures": 1,
        "distributed.scheduler.worker-saturation": 1.0,
        "distributed.worker.daemon": False,
    }
    with dask.config.set(settings):
        with (
            LocalCluster(
                n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0"
            ) as local,
            Client(local) as opened,
        ):
            yield opened


@pytest.fixture(scope="module")
def first_run(pg_url: str, client: Any) -> IngestReport:
    seen: list[str] = []
    report = ingest_on_cluster(FILES, pg_url, client, on_file=lambda r: seen.append(r.path))
    assert sorted(seen) == sorted(r.path for r in report.results)  # each result told once
    return report


@pytest.fixture(scope="module")
def local_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[IngestReport, str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('local') / 'local.db'}"
    return ingest_paths(FILES, url), url


def stored_records(url: str) -> set[tuple[Any, ...]]:
    """Every record in the store, as (file, every column but the ids), JSON as text."""
    columns = [c for c in RecordRow.__table__.columns if c.name not in ("id", "version_id")]
    stmt = (
        select(DocumentRow.file, *columns)
        .join(VersionRow, VersionRow.id == RecordRow.version_id)
        .join(DocumentRow, DocumentRow.id == VersionRow.document_id)
    )
    with connect(url) as store, store.session() as session:
        rows = session.execute(stmt).all()
    return {tuple(json.dumps(v, sort_keys=True, default=str) for v in row) for row in rows}


def snapshot(url: str) -> dict[str, list[int]]:
    """The ids of every row of the tables ingest writes."""
    with connect(url) as store, store.session() as session:
        return {m.__tablename__: sorted(session.scalars(select(m.id))) for m in TABLES}


def versions_of(url: str, path: Path) -> list[VersionRow]:
    stmt = (
        select(VersionRow)
        .join(DocumentRow, DocumentRow.id == VersionRow.document_id)
        .where(DocumentRow.key == str(path.resolve()))
    )
    with connect(url) as store, store.session() as session:
        return list(session.scalars(stmt))


def content_rows(url: str, version_id: int) -> int:
    with connect(url) as store, store.session() as session:
        return sum(
            session.scalar(select(func.count()).where(m.version_id == version_id)) or 0
            for m in (RecordRow, SectionRow, TableRow)
        )


def outcome(report: IngestReport) -> list[tuple[Any, ...]]:
    return [(r.path, r.status, r.records, r.authority, r.pages, r.tables) for r in report.results]


def test_cluster_stores_what_a_local_run_stores(
    pg_url: str, first_run: IngestReport, local_run: tuple[IngestReport, str]
) -> None:
    local, local_url = local_run
    assert [r.path for r in first_run.results] == [str(p) for p in discover(FILES)]
    assert outcome(first_run) == outcome(local)
    assert first_run.counts()["ok"] >= len(FILES) - 1
    cluster_records = stored_records(pg_url)
    assert cluster_records and cluster_records == stored_records(local_url)


def test_bad_file_fails_alone_with_its_reason(
    pg_url: str, first_run: IngestReport, local_run: tuple[IngestReport, str]
) -> None:
    [failed] = first_run.failed
    [local_failed] = local_run[0].failed
    assert failed.path == str(BAD)
    assert failed.error == local_failed.error
    assert failed.error is not None and failed.error.startswith(f"{BAD}: ")
    assert "\n" not in failed.error
    [version] = versions_of(pg_url, BAD)
    assert (version.status, version.error) == ("failed", failed.error)
    assert content_rows(pg_url, version.id) == 0


def test_running_again_changes_nothing(pg_url: str, first_run: IngestReport, client: Any) -> None:
    before = snapshot(pg_url)
    again = ingest_on_cluster(FILES, pg_url, client)
    statuses = {r.path: r.status for r in again.results}
    assert statuses == {
        r.path: "failed" if r.status == "failed" else "skipped" for r in first_run.results
    }
    assert snapshot(pg_url) == before


def test_one_document_twice_at_once_leaves_one_version(
    pg_url: str, client: Any, tmp_path: Path
) -> None:
    path = tmp_path / "twice.pdf"
    shutil.copy(SMALL, path)
    with connect(pg_url) as store:
        task = cluster.recheck(store, path, reparse=False)
    assert isinstance(task, cluster.Task)
    job = cluster.Job(pg_url, opening=Opening())
    futures = [client.submit(cluster.ingest_one, task, job, pure=False) for _ in range(2)]
    results = client.gather(futures)
    assert sorted(r.status for r in results) == ["ok", "skipped"]
    [version] = versions_of(pg_url, path)
    assert version.status == "ok"
    again = ingest_on_cluster([path], pg_url, client)
    assert [r.status for r in again.results] == ["skipped"]
    assert [v.id for v in versions_of(pg_url, path)] == [version.id]


def test_a_document_that_kills_its_worker_fails_alone(
    pg_url: str, client: Any, tmp_path: Path
) -> None:
    from cluster_parsers import die_on_dying

    shutil.copy(SMALL, tmp_path / "dying-plan.pdf")
    shutil.copy(OTHER_SMALL, tmp_path / "living-plan.pdf")
    report = ingest_on_cluster([tmp_path], pg_url, client, parse=die_on_dying)
    dying, living = report.results
    assert (dying.status, living.status) == ("failed", "ok")
    assert dying.error is not None and "\n" not in dying.error
    assert dying.error.startswith(f"{(tmp_path / 'dying-plan.pdf').resolve()}: ")
    assert "worker" in dying.error, dying.error
    [version] = versions_of(pg_url, tmp_path / "dying-plan.pdf")
    assert (version.status, version.error) == ("failed", dying.error)
    assert content_rows(pg_url, version.id) == 0


def test_a_document_over_the_time_limit_fails_alone(
    pg_url: str, client: Any, tmp_path: Path
) -> None:
    from cluster_parsers import stall_on_slow

    shutil.copy(SMALL, tmp_path / "quick-plan.pdf")
    shutil.copy(OTHER_SMALL, tmp_path / "slow-plan.pdf")
    started = time.monotonic()
    report = ingest_on_cluster(
        [tmp_path], pg_url, client, parse=stall_on_slow, limits=Limits(seconds=3)
    )
    assert time.monotonic() - started < 30  # the stalled reader was stopped, not waited for
    quick, slow = report.results
    assert (quick.status, slow.status) == ("ok", "failed")
    assert slow.error is not None and "time limit (3 s)" in slow.error
    assert [v.status for v in versions_of(pg_url, tmp_path / "slow-plan.pdf")] == ["failed"]


def test_refuses_a_sqlite_store(tmp_path: Path) -> None:
    with pytest.raises(ClusterNeedsPostgres, match="PostgreSQL URL") as raised:
        ingest_on_cluster([SAMPLES], str(tmp_path / "plans.db"), "tcp://127.0.0.1:1")
    assert "\n" not in str(raised.value)
    assert str(tmp_path / "plans.db") in str(raised.value)


def test_limits_on_daemonic_workers_are_refused_before_anything_is_sent(
    pg_url: str, tmp_path: Path
) -> None:
    import dask
    from distributed import Client, LocalCluster

    from councilplans.ingest.cluster import WorkersCannotFork

    shutil.copy(SMALL, tmp_path / "unread.pdf")
    with (
        dask.config.set({"distributed.worker.daemon": True}),  # dask's default
        LocalCluster(
            n_workers=1, processes=True, threads_per_worker=1, dashboard_address=":0"
        ) as local,
        Client(local) as daemonic,
    ):
        before = snapshot(pg_url)
        with pytest.raises(WorkersCannotFork, match="DASK_DISTRIBUTED__WORKER__DAEMON=False"):
            ingest_on_cluster([tmp_path], pg_url, daemonic, limits=Limits())
    assert snapshot(pg_url) == before


def test_the_cli_ingests_on_the_cluster(pg_url: str, client: Any, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from councilplans.ingest.cli import main

    shutil.copy(OTHER_SMALL, tmp_path / "copy.pdf")
    address = client.scheduler.address
    args = ["ingest", str(tmp_path), "--db", pg_url, "--executor", "dask", "--scheduler", address]
    result = CliRunner().invoke(main, [*args, "--quiet"])
    assert result.exit_code == 0, result.output
    [version] = versions_of(pg_url, tmp_path / "copy.pdf")
    assert version.status == "ok" and content_rows(pg_url, version.id) > 0
    assert "1 file" in result.output and "1 ok" in result.output


def test_the_cli_says_what_the_cluster_needs(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from councilplans.ingest.cli import main

    runner = CliRunner()
    no_scheduler = runner.invoke(main, ["ingest", str(SMALL), "--executor", "dask"])
    assert no_scheduler.exit_code == 2 and "needs --scheduler ADDRESS" in no_scheduler.output
    sqlite = str(tmp_path / "plans.db")
    args = ["ingest", str(SMALL), "--db", sqlite, "--executor", "dask", "--scheduler", "tcp://x:1"]
    refused = runner.invoke(main, args)
    assert refused.exit_code == 1
    assert refused.output.strip() == (
        f"Error: {sqlite}: a cluster's workers cannot share a sqlite store; give a PostgreSQL"
        " URL (postgresql+psycopg://user:password@host/db)"
    )
    assert not Path(sqlite).exists()
