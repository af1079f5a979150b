"""Ingest files into the store: fingerprint, skip unchanged, extract, normalise, write.

Each file is one transaction. A file that cannot be read leaves one "failed" version row with
its reason and nothing else; the batch goes on.

    >>> report = ingest_paths(["plans/"], "councilplans.db")
    >>> report.summary()
    '5 files: 4 ok, 1 failed; 312 records'
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from contextlib import closing
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

from councilplans.extractors import extract, sha256_of
from councilplans.extractors.errors import ExtractError
from councilplans.extractors.limits import Limits
from councilplans.extractors.model import Document
from councilplans.ingest.discover import discover
from councilplans.ingest.pool import Failed, default_workers, parse_in_children
from councilplans.normalise.authorities import find_authority
from councilplans.normalise.record import Authority, Normalised, Status
from councilplans.store.db import Store, StoreError, connect
from councilplans.store.queries import find_document
from councilplans.store.ranked import rank_words
from councilplans.store.write import (
    VersionInfo,
    latest_version,
    parser_version,
    write_failure,
    write_version,
)


def normalise(doc: Document, authority: Authority | None) -> Normalised:
    """Map a Document onto Records (councilplans.normalise.normalise, imported when first used:
    it loads spaCy)."""
    from councilplans.normalise import normalise as run

    return run(doc, authority)


def warm_up() -> None:
    """Load the readers (extractors.warm) and the normaliser's vocabularies and rules in
    this process, before workers are forked from it: each worker then starts with them,
    instead of loading them again."""
    from councilplans.extractors.model import Cell, Paragraph, Table
    from councilplans.extractors.warm import warm_extractors
    from councilplans.normalise import normalise as load_and_run

    warm_extractors()
    cells = [("Priority", "Measure", "Target", "Lead"), ("Be healthy", "Obesity", "18%", "Ann Lee")]
    table = Table(
        tuple(Cell(t, r, c) for r, row in enumerate(cells) for c, t in enumerate(row)), 2, 4, 1
    )
    text = Paragraph("Stoke-on-Trent City Council plan 2016-2020")
    load_and_run(Document("warm-up", "", "pdf", 1, (text, table)), None)


@dataclass(frozen=True, slots=True)
class FileResult:
    """What happened to one file."""

    path: str
    status: Status
    records: int = 0
    error: str | None = None
    authority: str | None = None
    pages: int | None = None  # None for DOCX (no pages) and for files that could not be read
    tables: int = 0
    seconds: float | None = None  # reading and writing it; None when a worker was lost on it
    notes: str | None = None  # what a good reading should be known for: pages read by OCR


@dataclass(slots=True)
class IngestReport:
    """Per-file results of one batch, in the order the files were ingested."""

    results: list[FileResult] = field(default_factory=list)

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "failed"]

    @property
    def ok(self) -> bool:
        """True when no file failed (skipped and partial files are fine)."""
        return not self.failed

    def counts(self) -> Counter[str]:
        return Counter(r.status for r in self.results)

    def summary(self) -> str:
        return summary_line((r.status, r.records) for r in self.results)


def summary_line(results: Iterable[tuple[str, int]]) -> str:
    """'5 files: 4 ok, 1 failed; 312 records' from each file's (status, records); the
    records of skipped files, stored before, are not counted again."""
    done = list(results)
    counts = Counter(status for status, _ in done)
    parts = ", ".join(
        f"{counts[s]} {s}" for s in ("ok", "partial", "skipped", "failed") if counts[s]
    )
    records = sum(n for status, n in done if status != "skipped")
    noun = "file" if len(done) == 1 else "files"
    return f"{len(done)} {noun}: {parts or 'nothing to do'}; {records} records"


@dataclass(frozen=True, slots=True)
class Task:
    """One file to parse: where it is, its key in the store and its fingerprint."""

    path: Path
    key: str
    sha256: str


@dataclass(frozen=True, slots=True)
class Parsed:
    """What a child hands back: the Document and its records, or the reason it failed."""

    doc: Document | None = None
    norm: Normalised | None = None
    error: str | None = None
    seconds: float = 0.0  # extracting and normalising it


def ingest_paths(
    paths: Iterable[str | Path],
    db: Store | str | Path | None,
    authority: str | Authority | None = None,
    on_file: Callable[[FileResult], None] | None = None,
    *,
    workers: int | None = None,
    settings: dict[str, Any] | None = None,
    limits: Limits | None = None,
    reparse: bool = False,
    password: str | None = None,
    on_start: Callable[[int], None] | None = None,
) -> IngestReport:
    """Ingest every plan file under ``paths`` into the store ``db`` (a Store, URL or path).

    ``authority`` (any name, alias or code) overrides recognition for every file; an unknown
    name raises UnknownAuthority before anything is read. Files are fingerprinted and
    unchanged ones skipped first; the rest are parsed by ``workers`` worker processes (default:
    one per core), each file under ``limits`` (time, memory, pages, DOCX part size), and
    written by this
    process one file per transaction, in the order the files were found. ``settings`` are
    the PDF extractor's (``{"reader": "pdfplumber"}``). ``on_file`` sees each result in turn.
    ``reparse``: parse unchanged files again when another version of councilplans read them,
    each as a new version beside the old reading. ``password`` opens encrypted PDFs.
    ``on_start`` is told how many files were found, once they have been fingerprinted.
    Once every file is written, the words in most of the index's rows are ranked again
    (``store.ranked``) if anything was written.
    """
    fixed = find_authority(authority) if isinstance(authority, str) else authority
    store = db if isinstance(db, Store) else connect(db)
    checked = [fingerprint(path, store, reparse) for path in discover(paths)]
    tasks = [c for c in checked if isinstance(c, Task)]
    if on_start is not None:
        on_start(len(checked))
    if tasks:
        warm_up()
    limits = limits or Limits()
    opening = Opening(settings, password, limits)
    work = partial(parse_task, authority=fixed, opening=opening)
    report = IngestReport()
    # closed here, not when collected: an error leaves the generator in its traceback's
    # frames, and at exit multiprocessing would wait for workers that wait for their tasks
    with closing(parse_in_children(tasks, work, workers or default_workers(), limits)) as parsed:
        for item in checked:
            result = item if isinstance(item, FileResult) else write_parsed(store, *next(parsed))
            report.results.append(result)
            if on_file is not None:
                on_file(result)
    rank_words(store)
    return report


def fingerprint(path: Path, store: Store, reparse: bool = False) -> Task | FileResult:
    """A file to parse, or its result already: skipped when unchanged (unless ``reparse`` and
    another version of councilplans read it), failed when it cannot be read at all."""
    start = time.perf_counter()
    key = str(path.resolve())
    try:
        sha = sha256_of(path)
    except OSError as e:
        return FileResult(str(path), "failed", error=f"{path}: {e.strerror or e}")
    latest = latest_version(store, key)
    if latest is not None and latest.sha256 == sha and latest.status == "ok":
        if reparse and latest.parser_version != parser_version():
            return Task(path, key, sha)
        return replace(skipped(path, latest), seconds=time.perf_counter() - start)
    return Task(path, key, sha)


def skipped(path: Path, info: VersionInfo) -> FileResult:
    """A file left as it is, its stored reading (``info``) standing for it."""
    return FileResult(
        str(path), "skipped", info.records, None, info.authority, info.pages, info.tables
    )


@dataclass(frozen=True, slots=True)
class Opening:
    """How every file of a batch is read: the PDF reader's settings, a password for encrypted
    PDFs, and what one document may cost."""

    settings: dict[str, Any] | None = None
    password: str | None = None
    limits: Limits = field(default_factory=Limits)


def parse_task(task: Task, authority: Authority | None, opening: Opening = Opening()) -> Parsed:
    """In a child: extract and normalise one file, or say why it cannot be, timed."""
    start = time.perf_counter()
    parsed = _parse(task, authority, opening)
    return replace(parsed, seconds=time.perf_counter() - start)


def _parse(task: Task, authority: Authority | None, opening: Opening) -> Parsed:
    # A file that changes between its fingerprint and the end of its reading fails: what
    # was read may be neither the old file nor the new.
    try:
        doc = extract(task.path, opening.settings, password=opening.password, limits=opening.limits)
        if sha256_of(task.path) != task.sha256:
            return Parsed(error=f"{task.path}: {CHANGED}")
        return Parsed(doc, normalise(doc, authority))
    except FileNotFoundError:
        return Parsed(error=f"{task.path}: {GONE}")
    except MemoryError:
        raise  # the pool names the limit the child ran into
    except Exception as e:  # noqa: BLE001 - any failure of one file is that file's failure
        return Parsed(error=describe_error(task.path, e))


def write_parsed(store: Store, task: Task, parsed: Parsed | Failed) -> FileResult:
    """Write what a child parsed as a new version, or the reason it failed."""
    start = time.perf_counter()
    result = _write(store, task, parsed)
    if isinstance(parsed, Failed):
        return result
    return replace(result, seconds=parsed.seconds + time.perf_counter() - start)


def _write(store: Store, task: Task, parsed: Parsed | Failed) -> FileResult:
    if isinstance(parsed, Failed):
        parsed = Parsed(error=f"{task.path}: {parsed.reason}")
    if parsed.doc is None or parsed.norm is None:
        return _failed(store, task, parsed.error or f"{task.path}: no result")
    try:
        info = write_version(store, task.key, parsed.doc, parsed.norm)
    except Exception as e:  # noqa: BLE001 - a file the store refuses fails alone
        return _failed(store, task, describe_error(task.path, e))
    found = parsed.norm.metadata.authority
    who = found.name if found else parsed.norm.metadata.publisher  # a body that is no council
    status = parsed.norm.status if info.written else "skipped"  # another process stored it
    notes = "; ".join(parsed.norm.notes) or None
    return FileResult(
        str(task.path), status, info.records, info.error, who, info.pages, info.tables, notes=notes
    )


def _failed(store: Store, task: Task, error: str) -> FileResult:
    info = write_failure(store, task.key, task.sha256, error)
    if not info.written:  # another process read it well meanwhile: its reading stands
        return skipped(task.path, info)
    return FileResult(str(task.path), "failed", error=error)


def ingest_file(
    path: Path, store: Store, authority: Authority | None = None, reparse: bool = False
) -> FileResult:
    """Ingest one file, in this process, as a new version; skip it when unchanged (see
    ingest_paths for ``reparse``), or record why it failed."""
    checked = fingerprint(path, store, reparse)
    if isinstance(checked, FileResult):
        return checked
    try:
        parsed = parse_task(checked, authority)
    except MemoryError:
        parsed = Parsed(error=f"{path}: out of memory")
    result = write_parsed(store, checked, parsed)
    rank_words(store)
    return result


class CannotReparse(StoreError):
    """A document whose file is no longer where it was ingested from."""


def reparse_document(store: Store, doc: str) -> FileResult:
    """Parse the file of the document ``doc`` (file name, stem or path) again when another
    version of councilplans read its latest version, storing the new reading as a new version
    (skipped when this version read it). A file changed since is ingested as it is now."""
    with store.session() as session:
        key = find_document(session, doc).key
    path = Path(key)
    if not path.is_file():
        raise CannotReparse(f"{path}: the file is no longer there, so it cannot be read again")
    return ingest_file(path, store, reparse=True)


CHANGED = "the file changed while it was being read; ingest it again once it is complete"
GONE = "the file disappeared while it was being read"


def describe_error(path: Path, error: Exception) -> str:
    """One line naming the file and the reason: "<file>: <reason>"."""
    if isinstance(error, ExtractError):
        return f"{error.path}: {error.reason}"
    message = str(error).strip().splitlines()
    reason = f"{type(error).__name__}: {message[0]}" if message else type(error).__name__
    return f"{path}: {reason}"
