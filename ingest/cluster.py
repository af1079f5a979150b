"""Ingest on a dask.distributed cluster: one document per task, parsed and written by a worker.

The client finds the files and fingerprints them, as a local batch does; each file still to
read becomes one task, which a worker runs whole: it opens the PostgreSQL store (once per
worker process), takes a lock on the document, looks again whether this parser has already
stored this content (then the file is skipped: a retried or repeated task changes nothing),
parses the file and writes it in one transaction, or writes why it failed. A task that
raises, or whose workers all died, fails its document only: the client writes the failed
version the worker could not. Workers must see the files at the paths the client found
them (a shared filesystem) and reach the store.

    >>> report = ingest_on_cluster(["/shared/plans"], "postgresql+psycopg://u:p@db/plans",
    ...                            "tcp://scheduler:8786")
    >>> report.summary()
    '5 files: 4 ok, 1 failed; 312 records'
"""

from __future__ import annotations

import hashlib
import multiprocessing
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import text
from sqlalchemy.engine import make_url

from councilplans.extractors.limits import Limits
from councilplans.ingest.batch import (
    FileResult,
    IngestReport,
    Opening,
    Parsed,
    Task,
    describe_error,
    fingerprint,
    parse_task,
    skipped,
    warm_up,
    write_parsed,
)
from councilplans.ingest.discover import discover
from councilplans.ingest.pool import Failed, parse_in_children
from councilplans.normalise.authorities import find_authority
from councilplans.normalise.record import Authority, Status
from councilplans.store.db import Store, StoreError, connect, display_name, to_url
from councilplans.store.models import USABLE
from councilplans.store.write import VersionInfo, latest_version, parser_version, write_failure

if TYPE_CHECKING:
    from distributed import Client, Future

Parse = Callable[[Task, Authority | None, Opening], Parsed]

INSTALL_DASK = "pip install 'councilplans[dask]'"
CANNOT_FORK = (
    "per-document limits need workers that may start processes: start them with"
    " DASK_DISTRIBUTED__WORKER__DAEMON=False (or run without limits)"
)
WRITES = "councilplans: writes to the store"  # the advisory lock every write takes


class ClusterNeedsPostgres(StoreError):
    """Workers on several machines cannot share a SQLite file: a cluster writes to
    PostgreSQL."""


class WorkersCannotFork(RuntimeError):
    """Per-document limits read each file in a process forked from its worker, which dask's
    daemonic workers may not start."""


class DaskMissing(ImportError):
    """dask.distributed is an optional extra, not installed here."""


@dataclass(frozen=True, slots=True)
class Job:
    """What every task of one batch shares: the store's URL, the authority that overrides
    recognition, how files are opened (settings, password, limits), whether to read again
    what another version of councilplans read, the function that reads one file, and
    whether each file is read in a process forked from the worker, under the time and
    memory limits (else in the worker itself)."""

    db_url: str
    authority: Authority | None = None
    opening: Opening = Opening()
    reparse: bool = False
    parse: Parse = parse_task
    forked: bool = False


def ingest_on_cluster(
    paths: Iterable[str | Path],
    db_url: str,
    scheduler: str | Client,
    *,
    authority: str | Authority | None = None,
    settings: dict[str, Any] | None = None,
    on_file: Callable[[FileResult], None] | None = None,
    reparse: bool = False,
    password: str | None = None,
    limits: Limits | None = None,
    parse: Parse = parse_task,
    on_start: Callable[[int], None] | None = None,
) -> IngestReport:
    """Ingest every plan file under ``paths`` into the PostgreSQL store ``db_url`` on
    the dask cluster whose scheduler is at ``scheduler`` (an address such as
    ``tcp://host:8786``, or a connected Client, left open), one document per task.

    The report lists the files in the order they were found, as ``ingest_paths`` does;
    ``on_start`` hears how many files were found, and ``on_file`` each result as it
    arrives: unchanged and unreadable files first, then each task's as it finishes.
    ``authority``, ``settings``, ``reparse`` and ``password`` mean what they mean to
    ``ingest_paths``. ``limits`` has each file read in a process
    forked from its worker, killed when it runs over the time or memory limit; without it a
    file is read in the worker itself, under the default page and DOCX part limits only.
    ``parse`` reads one file (default ``batch.parse_task``); the workers must be able to
    import it. A SQLite store raises ClusterNeedsPostgres; a missing dask,
    DaskMissing.
    """
    url = postgres_url(db_url)
    fixed = find_authority(authority) if isinstance(authority, str) else authority
    opening = Opening(settings, password, limits or Limits())
    job = Job(url, fixed, opening, reparse, parse, forked=limits is not None)
    tell = on_file or (lambda _result: None)
    with connect(url) as store:
        checked = [recheck(store, path, reparse) for path in discover(paths)]
        if on_start is not None:
            on_start(len(checked))
        for item in checked:
            if isinstance(item, FileResult):
                tell(item)
        tasks = [item for item in checked if isinstance(item, Task)]
        done = run_tasks(tasks, job, scheduler, store, tell) if tasks else {}
    return IngestReport([item if isinstance(item, FileResult) else done[item] for item in checked])


def postgres_url(db_url: str) -> str:
    """The store's URL, when it is one that machines can share (PostgreSQL)."""
    url = to_url(db_url)
    backend = make_url(url).get_backend_name()
    if backend != "postgresql":
        raise ClusterNeedsPostgres(
            f"{display_name(db_url)}: a cluster's workers cannot share a {backend} store;"
            " give a PostgreSQL URL (postgresql+psycopg://user:password@host/db)"
        )
    return url


def run_tasks(
    tasks: list[Task],
    job: Job,
    scheduler: str | Client,
    store: Store,
    tell: Callable[[FileResult], None],
) -> dict[Task, FileResult]:
    """Submit one task per file and collect each result as it finishes."""
    as_completed = dask_api().as_completed
    with open_client(scheduler) as client:
        if job.forked:
            check_can_fork(client)
        futures = {submit(client, task, job): task for task in tasks}
        done: dict[Task, FileResult] = {}
        for future in as_completed(futures):
            task = futures[future]
            done[task] = collect(future, task, store)
            tell(done[task])
    return done


def dask_api() -> Any:
    """The distributed package, or DaskMissing saying how to install it."""
    try:
        import distributed
    except ImportError as e:
        raise DaskMissing(f"ingesting on a cluster needs dask.distributed: {INSTALL_DASK}") from e
    return distributed


def open_client(scheduler: str | Client) -> AbstractContextManager[Client]:
    """A client of the scheduler at an address, closed afterwards; a Client, as it is."""
    if isinstance(scheduler, str):
        return cast("AbstractContextManager[Client]", dask_api().Client(scheduler))
    return nullcontext(scheduler)


def check_can_fork(client: Client) -> None:
    """Raise WorkersCannotFork, saying how to start the workers, when any is daemonic
    (once there is a worker to ask; one that joins later checks for itself, in ``read``)."""
    client.wait_for_workers(1)
    if any(client.run(is_daemon).values()):
        raise WorkersCannotFork(CANNOT_FORK)


def is_daemon() -> bool:
    return bool(multiprocessing.current_process().daemon)


def submit(client: Client, task: Task, job: Job) -> Future[FileResult]:
    """One file's task, under a key of its own (a file given twice runs twice), naming the
    file by its absolute path: a worker's current folder is not the client's."""
    shipped = Task(Path(task.key), task.key, task.sha256)
    key = f"ingest-{task.path.name}-{uuid.uuid4().hex}"
    return client.submit(ingest_one, shipped, job, key=key, pure=False)


def collect(future: Future[FileResult], task: Task, store: Store) -> FileResult:
    """A task's result under the path as it was found; a task that raised, or whose
    workers all died, is written as failed from here. A file this batch found unread but
    its task found stored was stored by an earlier try of the task (dask runs a task again
    when the worker holding its result dies) or by another batch at the same time: it is
    reported as it was stored, not as skipped."""
    try:
        result = future.result()
    except Exception as e:  # noqa: BLE001 - a task that fails fails its document only
        result = fail_from_client(store, task, cluster_reason(task.path, e))
    stored = already_read(store, task) if result.status == "skipped" else None
    if stored is not None:
        result = replace(result, status=cast(Status, stored.status))
    return replace(result, path=str(task.path))


def cluster_reason(path: Path, error: Exception) -> str:
    """One line naming the file: why its task gave no result."""
    if isinstance(error, dask_api().KilledWorker):
        return f"{path}: the worker reading it stopped, on every try (dask's allowed failures)"
    return describe_error(path, error)


def fail_from_client(store: Store, task: Task, reason: str) -> FileResult:
    """Write a failed version for a task that ended without a result, unless a worker
    stored this file before it went."""
    with advisory_lock(store, task.key):
        stored = already_read(store, task)
        if stored is not None:
            return skipped(task.path, stored)
        if failed_before(store, task, reason) is None:
            with advisory_lock(store, WRITES):
                write_failure(store, task.key, task.sha256, reason)
    return FileResult(str(task.path), "failed", error=reason)


def ingest_one(task: Task, job: Job) -> FileResult:
    """In a worker: ingest one file into the store, unless this parser has stored this
    content already (skipped), or write why it cannot be read."""
    store = worker_store(job.db_url)
    with advisory_lock(store, task.key):
        checked = recheck(store, task.path, job.reparse)
        if isinstance(checked, Task):
            parsed = read(checked, job)
            with advisory_lock(store, WRITES):
                return write_result(store, checked, parsed)
        if checked.status == "failed":  # the client could read it; this worker cannot
            with advisory_lock(store, WRITES):
                write_failure(store, task.key, task.sha256, checked.error or str(task.path))
        return checked


def recheck(store: Store, path: Path, reparse: bool) -> Task | FileResult:
    """``batch.fingerprint``, and skipped too when this parser already read this content
    (partial included): reading it again would only replace it with the same."""
    checked = fingerprint(path, store, reparse)
    if isinstance(checked, Task):
        stored = already_read(store, checked)
        if stored is not None:
            return skipped(checked.path, stored)
    return checked


def already_read(store: Store, task: Task) -> VersionInfo | None:
    """The document's newest version when it is a usable reading of this content by this
    version of councilplans."""
    latest = latest_version(store, task.key)
    if latest is None or latest.status not in USABLE or latest.sha256 != task.sha256:
        return None
    return latest if latest.parser_version == parser_version() else None


def write_result(store: Store, task: Task, parsed: Parsed | Failed) -> FileResult:
    """``batch.write_parsed``, except that a failure this parser stored before for this
    content, for the same reason, is left as it is: a repeated task changes nothing."""
    reason = parsed.reason if isinstance(parsed, Failed) else parsed.error
    if isinstance(parsed, Failed) or parsed.doc is None:
        stored = failed_before(store, task, reason or "")
        if stored is not None:
            return FileResult(str(task.path), "failed", error=stored.error)
    return write_parsed(store, task, parsed)


def failed_before(store: Store, task: Task, reason: str) -> VersionInfo | None:
    """The document's newest version when this version of councilplans failed on this
    content before, with an error that ends with ``reason``."""
    latest = latest_version(store, task.key)
    if latest is None or latest.status != "failed" or latest.sha256 != task.sha256:
        return None
    same = latest.parser_version == parser_version() and (latest.error or "").endswith(reason)
    return latest if same and reason else None


def read(task: Task, job: Job) -> Parsed | Failed:
    """Parse one file in this worker, or, under limits, in a process forked from it."""
    if not job.forked:
        return job.parse(task, job.authority, job.opening)
    if is_daemon():
        raise WorkersCannotFork(CANNOT_FORK)
    warmed()  # before forking: each child starts with the readers and the normaliser loaded
    # the one result, the pool run to its end: it stops its child
    results = [result for _, result in parse_in_children([task], _Work(job), 1, job.opening.limits)]
    return cast(Parsed | Failed, results[0])


@dataclass(frozen=True, slots=True)
class _Work:
    """``job.parse`` with the job's authority and opening, for a forked child."""

    job: Job

    def __call__(self, task: Task) -> Parsed:
        return self.job.parse(task, self.job.authority, self.job.opening)


@cache
def warmed() -> bool:
    warm_up()
    return True


_STORES: dict[str, Store] = {}
_STORES_LOCK = threading.Lock()


def worker_store(db_url: str) -> Store:
    """The store at ``db_url``, opened once per worker process and shared by its threads."""
    with _STORES_LOCK:
        if db_url not in _STORES:
            _STORES[db_url] = connect(db_url)
        return _STORES[db_url]


@contextmanager
def advisory_lock(store: Store, name: str) -> Iterator[None]:
    """Hold a PostgreSQL advisory lock named ``name`` across the cluster. On a document's key,
    while it is looked up, read and written: a second task for the same file waits, then
    finds it stored. On WRITES, while a document is written: one writer at a time, as in a
    local batch (documents of one authority, written at once, would each add the authority,
    and each miss the other when linking a plan's PDF and DOCX). The lock goes with its
    connection, so a worker that dies releases it."""
    number = int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)
    with store.engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:n)"), {"n": number})
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:n)"), {"n": number})
            conn.commit()
