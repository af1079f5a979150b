"""Readers for tests/test_cluster.py that the dask workers import by name: the real parser,
except for a file whose name says to die or to stall first. They live here, not in the test
module, so that the worker processes can import them (tests/ is on the path they inherit).
"""

from __future__ import annotations

import os
import time

from councilplans.ingest.batch import Opening, Parsed, Task, parse_task
from councilplans.normalise.record import Authority

STALL_SECONDS = 60.0


def die_on_dying(task: Task, authority: Authority | None, opening: Opening) -> Parsed:
    """Kill the worker process reading a file named dying-*, as a segfault in a reader would."""
    if task.path.name.startswith("dying-"):
        os._exit(3)
    return parse_task(task, authority, opening)


def stall_on_slow(task: Task, authority: Authority | None, opening: Opening) -> Parsed:
    """Hang on a file named slow-*, as a reader caught in a loop would."""
    if task.path.name.startswith("slow-"):
        time.sleep(STALL_SECONDS)
    return parse_task(task, authority, opening)
