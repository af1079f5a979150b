"""The run report of `councilplans ingest --report run.json`: one entry per file (file, status,
pages, tables, records, seconds, error, authority) in the order the files were taken, and the
totals, for the nightly job to read or keep.

    >>> write_report(Path("run.json"), run)
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from councilplans.ingest.batch import FileResult
from councilplans.store.write import parser_version

ENTRY_FIELDS = ("file", "status", "pages", "tables", "records", "seconds", "error", "authority")
STATUSES = ("ok", "partial", "skipped", "failed")


@dataclass(slots=True)
class Run:
    """One ingest run as it goes: where it wrote, when it began, what each file came to."""

    store: str  # as messages name it: no password
    started: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    results: list[FileResult] = field(default_factory=list)
    interrupted: bool = False


def entry(result: FileResult) -> dict[str, Any]:
    seconds = None if result.seconds is None else round(result.seconds, 3)
    return {
        "file": result.path,
        "status": result.status,
        "pages": result.pages,
        "tables": result.tables,
        "records": result.records,
        "seconds": seconds,
        "error": result.error,
        "notes": result.notes,
        "authority": result.authority,
    }


def totals(results: list[FileResult]) -> dict[str, Any]:
    """Files by status; pages, tables and records of the files read in this run (a skipped
    file's were stored by an earlier one, as the closing line counts them)."""
    read = [r for r in results if r.status != "skipped"]
    counts: Counter[str] = Counter(r.status for r in results)
    return {
        "files": len(results),
        **{status: counts[status] for status in STATUSES},
        "pages": sum(r.pages or 0 for r in read),
        "tables": sum(r.tables for r in read),
        "records": sum(r.records for r in read),
        "seconds": round(sum(r.seconds or 0.0 for r in results), 3),
    }


def report(run: Run, finished: dt.datetime | None = None) -> dict[str, Any]:
    finished = finished or dt.datetime.now(dt.UTC)
    return {
        "councilplans": parser_version(),
        "store": run.store,
        "started": run.started.isoformat(timespec="seconds"),
        "finished": finished.isoformat(timespec="seconds"),
        "wall_seconds": round((finished - run.started).total_seconds(), 3),
        "interrupted": run.interrupted,
        "files": [entry(r) for r in run.results],
        "totals": totals(run.results),
    }


def write_report(path: Path, run: Run) -> None:
    """Write the report whole or not at all: a reader never sees half a file."""
    partial = path.with_name(f".{path.name}.part")
    partial.write_text(json.dumps(report(run), indent=2) + "\n", encoding="utf-8")
    os.replace(partial, path)
