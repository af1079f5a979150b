"""Parse documents in worker processes, several at once, each under a time and memory limit.

Workers are forked from a parent that has already loaded the normaliser's vocabularies, and
each parses one document after another, so what a worker loads or works out lazily (spaCy's
strings, cached font and shape lookups) serves the documents that follow: a process forked
per document spent a third more time on the same work, touching its parent's memory page by
page. A worker that runs over its time or memory limit on a document is killed, the
document fails with a reason naming the limit, and a new worker takes its place; a worker
that has parsed TASKS_PER_WORKER documents is retired and replaced, so a batch's footprint
stays flat however many documents it holds. Workers never touch the store: they hand back
what they parsed and the parent writes it, one document at a time, in the tasks' order.

    >>> for done in parse_in_children(tasks, parse_one, workers=2, limits=Limits()):
    ...     write(done)
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import resource
import signal
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from councilplans.extractors.limits import Limits as Limits  # the parameter of parse_in_children

POLL_SECONDS = 0.05  # how often the parent looks at its workers' clocks and memory
PARENT_CHECK_SECONDS = 1.0  # how often an idle worker checks that its parent is still there
TASKS_PER_WORKER = 20  # documents a worker parses before it is replaced (memory stays flat)
MB = 1024 * 1024
PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass(frozen=True, slots=True)
class Failed:
    """A document whose worker ended without handing back a result: the reason, in words."""

    reason: str


@dataclass(slots=True)
class Worker:
    """A worker process, the connection it takes tasks and answers on, and the task it is
    on: its place in the batch, when it began, the worker's memory then."""

    process: Any
    conn: Connection
    done: int = 0
    index: int | None = None
    task: Any = None
    started: float = 0.0
    base_rss: int = 0


def default_workers() -> int:
    """The number of cores this process may use."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not on Linux
        return max(os.cpu_count() or 1, 1)


def parse_in_children(
    tasks: Iterable[Any], work: Callable[[Any], Any], workers: int, limits: Limits
) -> Generator[tuple[Any, Any], None, None]:
    """Run ``work(task)`` for each task in a worker process, at most ``workers`` at once,
    and yield (task, result) in the tasks' order; the result is what ``work`` returned, or a
    Failed when its worker crashed or went over a limit."""
    context = multiprocessing.get_context("fork")
    gc.freeze()  # what the parent holds now is never collected: no worker's GC touches it
    try:
        yield from run_all(context, list(tasks), work, max(workers, 1), limits)
    finally:
        gc.unfreeze()


def run_all(
    context: Any, tasks: list[Any], work: Callable[[Any], Any], workers: int, limits: Limits
) -> Iterator[tuple[Any, Any]]:
    pending = deque(enumerate(tasks))
    pool: list[Worker] = []
    finished: dict[int, tuple[Any, Any]] = {}
    next_out = 0
    try:
        while pending or busy(pool):
            pool = [w for w in pool if w.index is not None or w.process.is_alive()]
            while len(pool) < min(workers, len(pending) + busy(pool)):
                pool.append(spawn(context, work, limits, pool))
            for w in pool:
                if w.index is None and pending:
                    assign(w, *pending.popleft())
            for w in ready(pool):
                result, going = answer(w, limits)
                finished[w.index] = (w.task, result)  # type: ignore[index]
                settle(w, going)
            for w in pool:
                reason = over_limit(w, limits) if w.index is not None else None
                if reason is not None:
                    finished[w.index] = (w.task, Failed(reason))  # type: ignore[index]
                    settle(w, going=True)
            while next_out in finished:
                yield finished.pop(next_out)
                next_out += 1
    finally:  # done, or the caller stopped early (an error, Ctrl-C): no worker outlives it
        for w in pool:
            stop(w)


def busy(pool: list[Worker]) -> int:
    return sum(1 for w in pool if w.index is not None)


def spawn(context: Any, work: Callable[[Any], Any], limits: Limits, pool: list[Worker]) -> Worker:
    parent_end, child_end = context.Pipe()
    others = [w.conn for w in pool]  # the new worker's copies of these are closed at once
    process = context.Process(target=serve, args=(child_end, work, limits, others))
    process.start()
    child_end.close()
    return Worker(process, parent_end)


def assign(worker: Worker, index: int, task: Any) -> None:
    worker.index, worker.task = index, task
    worker.started, worker.base_rss = time.monotonic(), rss(worker.process.pid)
    try:
        worker.conn.send(task)
    except OSError:  # it has gone: ``answer`` says so
        pass


def ready(pool: list[Worker]) -> list[Worker]:
    """The busy workers that have answered (or died), after waiting a moment for one."""
    waiting = {w.conn: w for w in pool if w.index is not None}
    return [waiting[c] for c in wait(list(waiting), timeout=POLL_SECONDS)]  # type: ignore[index]


def answer(worker: Worker, limits: Limits) -> tuple[Any, bool]:
    """A worker's result for its task, and whether the worker is ending."""
    try:
        result, going = worker.conn.recv()
    except (EOFError, OSError):
        worker.process.join()
        return Failed(died(worker.process.exitcode, limits)), True
    return result, bool(going)


def died(code: int | None, limits: Limits) -> str:
    """Why a worker ended without an answer. A C library (pdfium, lxml) that cannot have the
    memory it asks for aborts the process; under the address-space cap, that is the limit."""
    if code == -signal.SIGABRT and limits.memory_mb is not None:
        return (
            f"its reader aborted (SIGABRT), as pdfium and lxml do when refused memory: most likely "
            f"over the memory limit ({limits.memory_mb} MB)"
        )
    return f"its reader stopped without a result (exit code {code})"


def settle(worker: Worker, going: bool) -> None:
    """A worker's task is over: retire it when it is ending or has done its share."""
    worker.index, worker.task = None, None
    worker.done += 1
    if going or worker.done >= TASKS_PER_WORKER:
        stop(worker)


def serve(
    conn: Connection, work: Callable[[Any], Any], limits: Limits, others: list[Connection]
) -> None:
    """In a worker: cap the address space's growth (a backstop for memory the parent's
    polling would catch too late), then do each task the parent sends and hand back its
    result, until the parent closes the connection or goes away. A task that runs out of
    memory is answered as failed and the worker ends: its heap may be in no state to go on."""
    for other in others:
        other.close()
    if limits.memory_mb is not None:
        cap = address_space() + limits.memory_mb * MB
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    parent = os.getppid()
    while os.getppid() == parent:
        if not conn.poll(PARENT_CHECK_SECONDS):
            continue
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send((work(task), False))
        except MemoryError:
            conn.send((Failed(f"over the memory limit ({limits.memory_mb} MB)"), True))
            return


def over_limit(worker: Worker, limits: Limits) -> str | None:
    if limits.seconds is not None and time.monotonic() - worker.started > limits.seconds:
        return f"over the time limit ({limits.seconds:g} s)"
    if limits.memory_mb is not None:
        grown = rss(worker.process.pid) - worker.base_rss
        if grown > limits.memory_mb * MB:
            return f"over the memory limit ({limits.memory_mb} MB)"
    return None


def stop(worker: Worker) -> None:
    worker.conn.close()  # an idle worker sees the connection end and returns
    if worker.process.is_alive():
        worker.process.kill()
    worker.process.join()


def rss(pid: int | None) -> int:
    """Resident memory of a process in bytes (0 once it has gone)."""
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def address_space() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[0]) * PAGE
