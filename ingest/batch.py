"""Ingest files into the store: fingerprint, skip unchanged, extract, normalise, write.

Each file is one transaction. A file that cannot be read leaves one "failed" version row with
its reason and nothing else; the batch goes on.

    >>> report = ingest_paths(["plans/"], "councilplans.db")
    >>> report.summary()
    '5 files: 4 ok, 1 failed; 312 records'
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from councilplans.extractors import extract, sha256_of
from councilplans.extractors.errors import ExtractError
from councilplans.extractors.model import Document
from councilplans.ingest.discover import discover
from councilplans.normalise.authorities import find_authority
from councilplans.normalise.record import Authority, Normalised, Status
from councilplans.store.db import Store, connect
from councilplans.store.write import latest_version, write_failure, write_version


def normalise(doc: Document, authority: Authority | None) -> Normalised:
    """Map a Document onto Records (councilplans.normalise.normalise, imported when first used:
    it loads spaCy)."""
    from councilplans.normalise import normalise as run

    return run(doc, authority)


@dataclass(frozen=True, slots=True)
class FileResult:
    """What happened to one file."""

    path: str
    status: Status
    records: int = 0
    error: str | None = None
    authority: str | None = None


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
        counts = self.counts()
        parts = ", ".join(
            f"{counts[s]} {s}" for s in ("ok", "partial", "skipped", "failed") if counts[s]
        )
        records = sum(r.records for r in self.results if r.status != "skipped")
        noun = "file" if len(self.results) == 1 else "files"
        return f"{len(self.results)} {noun}: {parts or 'nothing to do'}; {records} records"


def ingest_paths(
    paths: Iterable[str | Path],
    db: Store | str | Path | None,
    authority: str | Authority | None = None,
    on_file: Callable[[FileResult], None] | None = None,
) -> IngestReport:
    """Ingest every .pdf/.docx file under ``paths`` into the store ``db`` (a Store, URL or path).

    ``authority`` (any name, alias or code) overrides recognition for every file; an unknown
    name raises UnknownAuthority before anything is read. ``on_file`` sees each result as it
    is made.
    """
    fixed = find_authority(authority) if isinstance(authority, str) else authority
    store = db if isinstance(db, Store) else connect(db)
    report = IngestReport()
    for path in discover(paths):
        result = ingest_file(path, store, fixed)
        report.results.append(result)
        if on_file is not None:
            on_file(result)
    return report


def ingest_file(path: Path, store: Store, authority: Authority | None = None) -> FileResult:
    """Ingest one file as a new version, skip it when unchanged, or record why it failed."""
    key = str(path.resolve())
    try:
        sha = sha256_of(path)
    except OSError as e:
        return FileResult(str(path), "failed", error=f"{path}: {e.strerror or e}")
    latest = latest_version(store, key)
    if latest is not None and latest.sha256 == sha and latest.status == "ok":
        return FileResult(str(path), "skipped", latest.records)
    try:
        return _parse_and_write(path, key, store, authority)
    except Exception as e:  # noqa: BLE001 - any failure of one file is that file's failure
        error = describe_error(path, e)
        write_failure(store, key, sha, error)
        return FileResult(str(path), "failed", error=error)


def _parse_and_write(path: Path, key: str, store: Store, authority: Authority | None) -> FileResult:
    doc = extract(path)
    norm = normalise(doc, authority)
    info = write_version(store, key, doc, norm)
    found = norm.metadata.authority
    who = found.name if found else norm.metadata.publisher  # a body that is no council
    return FileResult(str(path), norm.status, info.records, info.error, who)


def describe_error(path: Path, error: Exception) -> str:
    """One line naming the file and the reason: "<file>: <reason>"."""
    if isinstance(error, ExtractError):
        return f"{error.path}: {error.reason}"
    message = str(error).strip().splitlines()
    reason = f"{type(error).__name__}: {message[0]}" if message else type(error).__name__
    return f"{path}: {reason}"
