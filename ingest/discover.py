"""Find the plan files to ingest: files as given, folders searched for Word and PDF files.

>>> discover(["plans/", "extra/stockton.pdf"])
[PosixPath('extra/stockton.pdf'), PosixPath('plans/a.docx'), PosixPath('plans/b.pdf')]
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

# .docm is read as a DOCX (its macros never run); .doc is listed to be refused with a reason
SUFFIXES = frozenset({".pdf", ".docx", ".docm", ".doc"})
TEMP_PREFIXES = ("~$", ".~lock", "._")  # Word owner files, LibreOffice locks, macOS resource forks


def is_temp(path: Path) -> bool:
    """True for editor leftovers such as ``~$plan.docx`` and hidden files."""
    return path.name.startswith(TEMP_PREFIXES) or path.name.startswith(".")


def is_plan(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES and not is_temp(path)


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Given files and folders, return the files to ingest, sorted, each once.

    A folder is searched recursively for .pdf, .docx, .docm and .doc files, skipping
    temporary files. A file
    named explicitly is kept whatever its name (a bad one is then reported, not silently
    dropped), except editor temporary files.
    """
    found: dict[Path, Path] = {}
    for given in map(Path, paths):
        candidates = _folder(given) if given.is_dir() else [given]
        for path in candidates:
            if not is_temp(path):
                found.setdefault(path.resolve(), path)
    return sorted(found.values(), key=str)


def _folder(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and is_plan(p)]
