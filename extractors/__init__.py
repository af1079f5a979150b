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
from pathlib import Path

from councilplans.extractors.errors import (
    CorruptFile,
    EmptyFile,
    EncryptedFile,
    ExtractError,
    UnsupportedFormat,
)
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
    "ListItem",
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
    """Given a path, say "pdf" or "docx" from the file's first bytes, or raise a named error."""
    path = Path(path)
    if not path.is_file():
        raise ExtractError(str(path), "no such file")
    with open(path, "rb") as fh:
        head = fh.read(MAGIC)
    if not head:
        raise EmptyFile(str(path))
    suffix = path.suffix.lower()
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        if suffix in {".docx", ".docm"}:
            return "docx"
        raise UnsupportedFormat(str(path), "a ZIP archive that is not a .docx file")
    if suffix == ".pdf":
        raise CorruptFile(str(path), "not a PDF (the file does not start with %PDF)")
    if suffix == ".docx":
        raise CorruptFile(str(path), "not a DOCX (the file is not a ZIP archive)")
    raise UnsupportedFormat(str(path))


def extract(path: str | Path, settings: object | None = None) -> Document:
    """Given a PDF or DOCX path, return its Document; raise an ExtractError naming the file."""
    fmt = sniff_format(path)
    digest = sha256_of(path)
    if fmt == "pdf":
        from councilplans.extractors.pdf import read_pdf

        return read_pdf(path, sha256=digest, settings=settings)
    from councilplans.extractors.docx import read_docx

    return read_docx(path, sha256=digest)
