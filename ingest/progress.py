"""What `councilplans ingest` shows while it runs: on a terminal, a progress bar (documents and
pages done, the rate, the time left) under a line per file; elsewhere (a log, a pipe, the
nightly job's mail) the lines alone; with --quiet, only the files that failed.

    >>> with watching(quiet=False, terminal=False) as show:
    ...     show.start(2)
    ...     show.file(result)
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from councilplans.ingest.batch import FileResult
from councilplans.ingest.render import file_line


class Display(Protocol):
    def start(self, total: int) -> None: ...
    def file(self, result: FileResult) -> None: ...


class Lines:
    """A line per file (only the failed ones when ``quiet``), for logs and pipes."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet

    def start(self, total: int) -> None:
        pass

    def file(self, result: FileResult) -> None:
        if not self.quiet or result.status == "failed":
            click.echo(file_line(result))


class Bar:
    """The lines, with a progress bar under them on the terminal's standard error."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.task: TaskID | None = None
        self.pages = 0

    def start(self, total: int) -> None:
        self.task = self.progress.add_task("ingest", total=total, pages=0)

    def file(self, result: FileResult) -> None:
        self.progress.console.print(file_line(result), markup=False, highlight=False)
        if self.task is not None:
            self.pages += result.pages or 0
            self.progress.update(self.task, advance=1, pages=self.pages)


class Rate(ProgressColumn):
    """Documents a minute, once there is a rate to show."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("" if speed is None else f"{speed * 60:,.1f}/min")


def bar(console: Console | None = None) -> Progress:
    return Progress(
        TextColumn("[bold]ingest"),
        BarColumn(bar_width=24),
        MofNCompleteColumn(),
        TextColumn("documents, {task.fields[pages]:,} pages"),
        Rate(),
        TimeElapsedColumn(),
        TextColumn("elapsed,"),
        TimeRemainingColumn(),
        TextColumn("left"),
        console=console or Console(stderr=True),
        transient=False,
    )


@contextmanager
def watching(quiet: bool, terminal: bool, console: Console | None = None) -> Iterator[Display]:
    """The display for one run: the bar on a terminal (standard error, unless ``console``
    says where) unless ``quiet``, else lines."""
    if quiet or not terminal:
        yield Lines(quiet)
        return
    with bar(console) as progress:
        yield Bar(progress)
