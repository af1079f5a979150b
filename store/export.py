"""Write the latest version of every document as JSON lines or CSV (Parquet: parquet.py).

>>> with open("records.jsonl", "w") as out:
...     export(store, "records", "jsonl", out)
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from councilplans.store.db import Store, StoreError
from councilplans.store.queries import (
    RECORD_EXTRA_FIELDS,
    RECORD_FIELDS,
    iter_documents,
    iter_records,
    iter_sections,
    iter_tables,
)

SOURCES: dict[str, Callable[[Store], Iterator[dict[str, Any]]]] = {
    "records": iter_records,
    "tables": iter_tables,
    "sections": iter_sections,
    "documents": iter_documents,
}
COLUMNS: dict[str, tuple[str, ...]] = {
    "records": (*RECORD_FIELDS, *RECORD_EXTRA_FIELDS),
    "tables": (
        "doc",
        "file",
        "authority",
        "index",
        "kind",
        "pages",
        "header_rows",
        "rows",
        "spans",
        "n_rows",
        "n_cols",
        "role",
        "heading_path",
        "caption",
        "columns",
    ),
    "sections": (
        "doc",
        "file",
        "authority",
        "heading_path",
        "level",
        "text",
        "first_page",
        "last_page",
    ),
    "documents": (
        "doc",
        "file",
        "authority",
        "sha256",
        "status",
        "error",
        "pages",
        "authority_code",
        "authority_gss",
        "authority_official_name",
        "format",
        "path",
        "title",
        "period",
        "publisher",
        "authority_evidence",
        "version",
        "parser_version",
        "created_at",
        "same_plan_as",
        "notes",
    ),
}
FORMATS = ("jsonl", "csv")  # text; Parquet is binary: export_parquet() writes it


class ExportError(StoreError):
    """An export was asked for something that does not exist."""


def export(store: Store, what: str, fmt: str, out: IO[str]) -> int:
    """Write every row of ``what`` (records, tables, sections, documents); return the count."""
    if what not in SOURCES:
        raise ExportError(f"{what}: cannot export that; choose one of {', '.join(SOURCES)}")
    if fmt == "parquet":
        raise ExportError("parquet is binary: write it with export_parquet(store, what, path)")
    if fmt not in FORMATS:
        raise ExportError(f"{fmt}: unknown format; choose one of {', '.join(FORMATS)}")
    rows = SOURCES[what](store)
    if fmt == "jsonl":
        return write_jsonl(rows, out)
    return write_csv(rows, COLUMNS[what], out)


def write_jsonl(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """One JSON object per line, UTF-8 text kept as is."""
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(rows: Iterable[dict[str, Any]], columns: tuple[str, ...], out: IO[str]) -> int:
    """A header line, then one line per row; lists and dicts are written as JSON."""
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
        count += 1
    return count


def _cell(value: Any) -> Any:
    if isinstance(value, list | dict | tuple):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value
