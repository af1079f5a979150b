"""What one document may cost, and the error for one that would cost more.

The pages and DOCX part sizes are checked before anything is read: a PDF's page count from
its page tree, a DOCX part's size from its ZIP entry (a ZIP whose entries lie about their
size fails its CRC check instead of growing past it). Time and memory are watched while a
document is read, by the worker pool (``ingest.pool``).

    >>> Limits(pages=500).pages
    500
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from councilplans.extractors.errors import ExtractError

DEFAULT_SECONDS = 600.0
DEFAULT_MEMORY_MB = 1024
DEFAULT_PAGES = 2000  # the longest plans and strategies seen run to a few hundred
DEFAULT_PART_MB = 100  # a DOCX's body XML runs to a few MB; its largest images to tens
MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """What one document may cost: seconds of wall time, megabytes of memory (resident,
    beyond its worker's when the document began), pages of a PDF, and megabytes of any one
    part of a DOCX once decompressed. None for no limit."""

    seconds: float | None = DEFAULT_SECONDS
    memory_mb: int | None = DEFAULT_MEMORY_MB
    pages: int | None = DEFAULT_PAGES
    part_mb: int | None = DEFAULT_PART_MB

    def __post_init__(self) -> None:
        for name in ("seconds", "memory_mb", "pages", "part_mb"):
            value = getattr(self, name)
            if value is not None and value <= 0:
                raise ValueError(f"the {LIMIT_NAMES[name]} limit must be positive")


LIMIT_NAMES = {
    "seconds": "time",
    "memory_mb": "memory",
    "pages": "page",
    "part_mb": "DOCX part size",
}


class OverLimit(ExtractError):
    """A document that would cost more than a limit allows."""

    reason = "over a limit"


def check_pages(path: str | Path, count: int, limit: int | None) -> None:
    """Raise OverLimit when a PDF of ``count`` pages has more than ``limit``."""
    if limit is not None and count > limit:
        raise OverLimit(str(path), f"{count:,} pages, over the page limit ({limit:,} pages)")


def check_parts(path: str | Path, package: zipfile.ZipFile, limit_mb: int | None) -> None:
    """Raise OverLimit when any part of a DOCX would decompress to more than ``limit_mb``."""
    if limit_mb is None:
        return
    for entry in package.infolist():
        if entry.file_size > limit_mb * MB:
            raise OverLimit(
                str(path),
                f"{entry.filename} decompresses to {entry.file_size / MB:,.0f} MB, over the "
                f"DOCX part size limit ({limit_mb:,} MB)",
            )
