"""Read PDF and DOCX files into the Document model.

>>> from councilplans.extractors import extract
>>> doc = extract("samples/stoke-on-trent-cyp-plan-2016-20.pdf")
>>> doc.tables[1].grid()[0][:3]
['Outcome', 'Measure(s)', 'Where are we now?']
>>> doc.tables[1].pages
[7]
"""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

from councilplans.extractors.errors import (
    CorruptFile,
    EmptyFile,
    EncryptedFile,
    ExtractError,
    UnsupportedFormat,
)
from councilplans.extractors.limits import Limits, OverLimit
from councilplans.extractors.model import (
    BBox,
    Block,
    Cell,
    Document,
    Heading,
    ListItem,
    Paragraph,
    Provenance,
    Table,
)

__all__ = [
    "BBox",
    "Block",
    "Cell",
    "CorruptFile",
    "Document",
    "EmptyFile",
    "EncryptedFile",
    "ExtractError",
    "Heading",
    "Limits",
    "ListItem",
    "OverLimit",
    "Paragraph",
    "Provenance",
    "Table",
    "UnsupportedFormat",
    "extract",
    "sha256_of",
    "sniff_format",
]


CHUNK = 1 << 20  # bytes read at a time to fingerprint a file
MAGIC = 8  # bytes enough to tell a PDF ("%PDF") from a ZIP ("PK\x03\x04")


def sha256_of(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def sniff_format(path: str | Path) -> str:
    """Given a path, say "pdf" or "docx" from the file's first bytes, or raise a named error:
    a file whose name says one format and whose bytes another is refused, not guessed at."""
    path = Path(path)
    if not path.is_file():
        raise ExtractError(str(path), "no such file")
    with open(path, "rb") as fh:
        head = fh.read(MAGIC)
    if not head:
        raise EmptyFile(str(path))
    suffix = path.suffix.lower()
    found, named = _format_of(path, head), NAMED.get(suffix)
    if found == "doc":
        raise UnsupportedFormat(
            str(path), "an old binary Word file (.doc): save it as .docx or PDF to ingest it"
        )
    if found is not None and found == named:
        return found
    if found == "zip" and named is not None:
        raise CorruptFile(str(path), "a ZIP archive that is not a Word document")
    if found is not None and named is not None:
        raise CorruptFile(str(path), f"a {found.upper()} named {suffix}: rename it to ingest it")
    if named == "pdf":
        raise CorruptFile(str(path), "not a PDF (the file does not start with %PDF)")
    if named == "docx":
        raise CorruptFile(str(path), "not a DOCX (the file is not a ZIP archive)")
    raise UnsupportedFormat(str(path))


NAMED = {".pdf": "pdf", ".docx": "docx", ".docm": "docx", ".doc": "doc"}
SIGNATURES = {b"%PDF": "pdf", b"PK\x03\x04": "zip", b"\xd0\xcf\x11\xe0": "doc"}


def _format_of(path: Path, head: bytes) -> str | None:
    """What a file's first bytes say it is; a ZIP holding a Word body is a DOCX."""
    found = next((fmt for sig, fmt in SIGNATURES.items() if head.startswith(sig)), None)
    if found == "zip" and _holds_word_body(path):
        return "docx"
    return found


def _holds_word_body(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as package:
            return any(name.startswith("word/") for name in package.namelist())
    except (zipfile.BadZipFile, OSError):
        return True  # a damaged ZIP: opening it as a DOCX says what is wrong


def extract(
    path: str | Path,
    settings: object | None = None,
    *,
    password: str | None = None,
    limits: Limits | None = None,
) -> Document:
    """Given a PDF or DOCX path, return its Document; raise an ExtractError naming the file.

    ``password`` opens an encrypted PDF; ``limits`` (pages, DOCX part size) are checked
    before anything is read, and raise OverLimit.
    """
    fmt = sniff_format(path)
    digest = sha256_of(path)
    limits = limits or Limits()
    if fmt == "pdf":
        from councilplans.extractors.pdf import read_pdf

        return read_pdf(
            path, sha256=digest, settings=settings, password=password, max_pages=limits.pages
        )
    from councilplans.extractors.docx import read_docx

    return read_docx(path, sha256=digest, part_mb=limits.part_mb)
