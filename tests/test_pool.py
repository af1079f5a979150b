"""Documents parsed in child processes: in order, several at once, each under its limits.

The fake plans here tell the fake extractor what to do: sleep, take memory, or die. Every
test checks what a user sees: the files' results in the order they were found, a failed
file's reason naming the limit, the other files stored.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import fake_extract, fake_normalise

from councilplans.extractors.model import Document
from councilplans.ingest import batch, pool
from councilplans.ingest.pool import Failed, Limits, default_workers, parse_in_children


def acting_extract(path: str | Path, settings: object | None = None, **opening: Any) -> Document:
    """A fake extractor that first does what the file's first line says."""
    first, _, rest = Path(path).read_text(encoding="utf-8").partition("\n")
    verb, _, amount = first.partition(" ")
    if verb == "SLEEP":
        time.sleep(float(amount))
    elif verb == "ALLOC":
        hog = bytearray(int(amount) * 1024 * 1024)  # touched, so resident
        hog[::4096] = b"x" * len(hog[::4096])
    elif verb == "CRASH":
        os._exit(3)
    return fake_extract(path)


@pytest.fixture
def acting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "extract", acting_extract)
    monkeypatch.setattr(batch, "normalise", fake_normalise)


def plan(folder: Path, name: str, first_line: str) -> Path:
    path = folder / name
    path.write_text(
        f"{first_line}\nStoke-on-Trent City Council\nBe healthy | Obesity | 19.8% | 18%\n",
        encoding="utf-8",
    )
    return path


def test_results_come_in_the_order_the_files_were_found(acting: None, tmp_path: Path) -> None:
    """The first file takes longest: the second finishes first, but is reported second."""
    plan(tmp_path, "a.pdf", "SLEEP 0.6")
    plan(tmp_path, "b.pdf", "SLEEP 0")
    plan(tmp_path, "c.pdf", "SLEEP 0.2")
    seen: list[str] = []
    report = batch.ingest_paths(
        [tmp_path], tmp_path / "s.db", workers=3, on_file=lambda r: seen.append(r.path)
    )
    assert [Path(p).name for p in seen] == ["a.pdf", "b.pdf", "c.pdf"]
    assert report.summary() == "3 files: 3 ok; 3 records"


def test_a_document_over_the_time_limit_fails_and_the_batch_goes_on(
    acting: None, tmp_path: Path
) -> None:
    plan(tmp_path, "a-slow.pdf", "SLEEP 30")
    plan(tmp_path, "b.pdf", "SLEEP 0")
    started = time.monotonic()
    report = batch.ingest_paths(
        [tmp_path], tmp_path / "s.db", workers=2, limits=Limits(seconds=1.0)
    )
    assert time.monotonic() - started < 20  # the slow one was stopped, not waited for
    slow, quick = report.results
    assert slow.status == "failed" and slow.error == (
        f"{tmp_path / 'a-slow.pdf'}: over the time limit (1 s)"
    )
    assert quick.status == "ok" and quick.records == 1


def test_a_document_over_the_memory_limit_fails_and_the_batch_goes_on(
    acting: None, tmp_path: Path
) -> None:
    plan(tmp_path, "a-hungry.pdf", "ALLOC 400")
    plan(tmp_path, "b.pdf", "SLEEP 0")
    report = batch.ingest_paths(
        [tmp_path], tmp_path / "s.db", workers=1, limits=Limits(memory_mb=100)
    )
    hungry, quick = report.results
    assert hungry.status == "failed"
    assert hungry.error == f"{tmp_path / 'a-hungry.pdf'}: over the memory limit (100 MB)"
    assert quick.status == "ok"


def test_a_reader_that_dies_fails_its_document_only(acting: None, tmp_path: Path) -> None:
    plan(tmp_path, "a.pdf", "CRASH")
    plan(tmp_path, "b.pdf", "SLEEP 0")
    report = batch.ingest_paths([tmp_path], tmp_path / "s.db", workers=2)
    dead, alive = report.results
    assert dead.status == "failed"
    assert dead.error == f"{tmp_path / 'a.pdf'}: its reader stopped without a result (exit code 3)"
    assert alive.status == "ok"


def test_a_failed_document_leaves_nothing_but_its_failure(acting: None, tmp_path: Path) -> None:
    """Ingested again without the limit, the same file goes in whole."""
    plan(tmp_path, "a.pdf", "SLEEP 1.5")
    db = tmp_path / "s.db"
    first = batch.ingest_paths([tmp_path], db, workers=1, limits=Limits(seconds=0.5))
    assert first.summary() == "1 file: 1 failed; 0 records"
    again = batch.ingest_paths([tmp_path], db, workers=1)
    assert again.summary() == "1 file: 1 ok; 1 records"


def test_the_pool_yields_each_task_with_its_result_in_order() -> None:
    out = list(parse_in_children([3, 1, 2], lambda n: n * 10, 2, Limits()))
    assert out == [(3, 30), (1, 10), (2, 20)]


def test_an_error_in_the_work_is_the_tasks_failure_not_the_pools() -> None:
    def work(n: int) -> int:
        if n == 2:
            raise MemoryError
        return n

    out = list(parse_in_children([1, 2, 3], work, 2, Limits(memory_mb=64)))
    assert out[0] == (1, 1) and out[2] == (3, 3)
    assert out[1] == (2, Failed("over the memory limit (64 MB)"))


@pytest.mark.parametrize("limits", [{"seconds": 0}, {"memory_mb": -5}])
def test_limits_must_be_positive(limits: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="must be positive"):
        Limits(**limits)  # type: ignore[arg-type]


def test_default_workers_is_the_cores_this_process_may_use() -> None:
    assert default_workers() == len(os.sched_getaffinity(0))


def test_a_worker_parses_one_document_after_another() -> None:
    """Documents share a worker (what it loads serves the next), never the parent."""
    out = list(parse_in_children([1, 2, 3], lambda _: os.getpid(), 1, Limits()))
    pids = {pid for _, pid in out}
    assert len(pids) == 1 and os.getpid() not in pids


def test_a_worker_is_replaced_after_its_share_of_documents(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pool, "TASKS_PER_WORKER", 2)
    out = list(parse_in_children([1, 2, 3, 4, 5], lambda _: os.getpid(), 1, Limits()))
    pids = [pid for _, pid in out]
    assert pids[0] == pids[1] != pids[2] == pids[3] != pids[4]


def test_after_a_failure_the_next_document_gets_a_new_worker() -> None:
    def work(n: int) -> int:
        if n == 1:
            raise MemoryError
        if n == 2:
            os._exit(3)
        return os.getpid()

    out = list(parse_in_children([1, 2, 3], work, 1, Limits(memory_mb=64)))
    assert out[0] == (1, Failed("over the memory limit (64 MB)"))
    assert out[1] == (2, Failed("its reader stopped without a result (exit code 3)"))
    third, pid = out[2]
    assert third == 3 and isinstance(pid, int) and pid != os.getpid()


def test_one_worker_over_the_time_limit_is_replaced(acting: None, tmp_path: Path) -> None:
    plan(tmp_path, "a-slow.pdf", "SLEEP 30")
    plan(tmp_path, "b.pdf", "SLEEP 0")
    report = batch.ingest_paths(
        [tmp_path], tmp_path / "s.db", workers=1, limits=Limits(seconds=1.0)
    )
    assert [r.status for r in report.results] == ["failed", "ok"]
