"""Where the time goes: seconds per stage of reading, added up over a run.

``make bench`` hands a StageClock down the pipeline and prints what it holds; everywhere
else the clock is NO_CLOCK, which times nothing.

    >>> clock = StageClock()
    >>> with clock.stage("tables"):
    ...     pass
    >>> sorted(clock.seconds)
    ['tables']
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager

STAGES = ("read", "words", "tables", "stitch", "layout", "normalise", "store")


class StageClock:
    """Seconds spent in each named stage, summed over every time it ran."""

    def __init__(self) -> None:
        self.seconds: defaultdict[str, float] = defaultdict(float)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] += time.perf_counter() - start


class NoClock(StageClock):
    """A clock that times nothing (the default)."""

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        yield


NO_CLOCK = NoClock()
