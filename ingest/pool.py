"""Parse documents in child processes, several at once, each under a time and memory limit.

One child per document, forked from a parent that has already loaded the normaliser's
vocabularies, so a child costs a fork and nothing more. A child that runs over its time or
memory limit is killed and its document fails with a reason naming the limit; the next
document gets a new child. A child's memory goes back to the system when it ends, so a
batch's footprint stays flat however many documents it holds. Children never touch the
store: they hand back what they parsed and the parent writes it, one document at a time.

    >>> for done in parse_in_children(tasks, parse_one, workers=2, limits=Limits()):
    ...     write(done)
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import resource
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

DEFAULT_SECONDS = 600.0
DEFAULT_MEMORY_MB = 2048
POLL_SECONDS = 0.05  # how often the parent looks at its children's clocks and memory
MB = 1024 * 1024
PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass(frozen=True, slots=True)
class Limits:
    """What one document may cost: seconds of wall time and megabytes of memory (resident,
    beyond what its child starts with). None for no limit."""

    seconds: float | None = DEFAULT_SECONDS
    memory_mb: int | None = DEFAULT_MEMORY_MB

    def __post_init__(self) -> None:
        for name in ("seconds", "memory_mb"):
            value = getattr(self, name)
            if value is not None and value <= 0:
                raise ValueError(f"the {name.replace('_', ' ')} limit must be positive")


@dataclass(frozen=True, slots=True)
class Failed:
    """A document whose child ended without handing back a result: the reason, in words."""

    reason: str


@dataclass(slots=True)
class Child:
    task: Any
    process: Any
    conn: Connection
    started: float
    base_rss: int


def default_workers() -> int:
    """The number of cores this process may use."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not on Linux
        return max(os.cpu_count() or 1, 1)


def parse_in_children(
    tasks: Iterable[Any], work: Callable[[Any], Any], workers: int, limits: Limits
) -> Iterator[tuple[Any, Any]]:
    """Run ``work(task)`` for each task in a child process, at most ``workers`` at once, and
    yield (task, result) in the tasks' order; the result is what ``work`` returned, or a
    Failed when its child crashed or went over a limit."""
    context = multiprocessing.get_context("fork")
    gc.freeze()  # what the parent holds now is never collected, so no child's GC touches it
    try:
        yield from run_all(context, list(tasks), work, max(workers, 1), limits)
    finally:
        gc.unfreeze()


def run_all(
    context: Any, tasks: list[Any], work: Callable[[Any], Any], workers: int, limits: Limits
) -> Iterator[tuple[Any, Any]]:
    pending = deque(enumerate(tasks))
    running: dict[Any, tuple[int, Child]] = {}  # by the connection each child answers on
    finished: dict[int, tuple[Any, Any]] = {}
    next_out = 0
    try:
        while pending or running:
            while pending and len(running) < workers:
                index, task = pending.popleft()
                child = start(context, task, work, limits)
                running[child.conn] = (index, child)
            for conn in wait(list(running), timeout=POLL_SECONDS):
                index, child = running.pop(conn)
                finished[index] = (child.task, collect(child))
            for conn, (index, child) in list(running.items()):
                reason = over_limit(child, limits)
                if reason is not None:
                    stop(child)
                    del running[conn]
                    finished[index] = (child.task, Failed(reason))
            while next_out in finished:
                yield finished.pop(next_out)
                next_out += 1
    finally:  # the caller stopped early (an error, Ctrl-C): no child outlives the batch
        for _, child in running.values():
            stop(child)


def start(context: Any, task: Any, work: Callable[[Any], Any], limits: Limits) -> Child:
    parent_end, child_end = context.Pipe(duplex=False)
    process = context.Process(target=run_child, args=(child_end, task, work, limits))
    process.start()
    child_end.close()
    return Child(task, process, parent_end, time.monotonic(), rss(process.pid))


def run_child(conn: Connection, task: Any, work: Callable[[Any], Any], limits: Limits) -> None:
    """In the child: cap the address space's growth (a backstop for memory the parent's
    polling would catch too late), do the work, hand back the result."""
    if limits.memory_mb is not None:
        cap = address_space() + limits.memory_mb * MB
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    try:
        result = work(task)
    except MemoryError:
        result = Failed(f"over the memory limit ({limits.memory_mb} MB)")
    conn.send(result)
    conn.close()


def collect(child: Child) -> Any:
    try:
        result = child.conn.recv()
    except (EOFError, OSError):
        child.process.join()
        code = child.process.exitcode
        result = Failed(f"its reader stopped without a result (exit code {code})")
    child.conn.close()
    child.process.join()
    return result


def over_limit(child: Child, limits: Limits) -> str | None:
    if limits.seconds is not None and time.monotonic() - child.started > limits.seconds:
        return f"over the time limit ({limits.seconds:g} s)"
    if limits.memory_mb is not None:
        grown = rss(child.process.pid) - child.base_rss
        if grown > limits.memory_mb * MB:
            return f"over the memory limit ({limits.memory_mb} MB)"
    return None


def stop(child: Child) -> None:
    child.process.kill()
    child.process.join()
    child.conn.close()


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
