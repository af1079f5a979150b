"""Write an export as a Parquet file, in batches, with the types of the data dictionary.

>>> export_parquet(store, "records", "records.parquet")

The rows are those of the JSON Lines export; each column gets the Arrow type its data
dictionary entry names (dictionary.toml), and carries its description and unit as field
metadata, so the file describes itself.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any, BinaryIO

import pyarrow as pa
import pyarrow.parquet as pq

from councilplans.store.db import Store
from councilplans.store.dictionary import Column, describe
from councilplans.store.export import SOURCES, ExportError

BATCH_ROWS = 10_000  # rows held in memory at once, and written as one row group

COLUMN_MAPPING = pa.struct(
    [("field", pa.string()), ("confidence", pa.float64()), ("evidence", pa.string())]
)
# The types dictionary.toml may name, by the names it gives them
ARROW_TYPES: dict[str, pa.DataType] = {
    "string": pa.string(),
    "int64": pa.int64(),
    "float64": pa.float64(),
    "date32": pa.date32(),
    "timestamp[ms, UTC]": pa.timestamp("ms", tz="UTC"),
    "list<string>": pa.list_(pa.string()),
    "list<int64>": pa.list_(pa.int64()),
    "list<list<string>>": pa.list_(pa.list_(pa.string())),
    "list<list<int64>>": pa.list_(pa.list_(pa.int64())),
    "list<struct<field: string, confidence: float64, evidence: string>>": pa.list_(COLUMN_MAPPING),
    "json": pa.string(),
}


def _json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _utc_time(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC)


# How a value of the export's rows (as JSON Lines writes them) becomes an Arrow value
CONVERTERS: dict[str, Callable[[Any], Any]] = {
    "date32": dt.date.fromisoformat,
    "timestamp[ms, UTC]": _utc_time,
    "json": _json_text,
}


def schema(what: str) -> pa.Schema:
    """The Arrow schema of an export: its columns in order, typed and described."""
    return _schema(describe(what))


def _schema(columns: dict[str, Column]) -> pa.Schema:
    return pa.schema([_field(column) for column in columns.values()])


def _field(column: Column) -> pa.Field:
    metadata = {"description": column.description, "origin": column.origin}
    if column.unit:
        metadata["unit"] = column.unit
    return pa.field(column.name, ARROW_TYPES[column.type], metadata=metadata)


def export_parquet(
    store: Store, what: str, out: str | os.PathLike[str] | BinaryIO, batch_rows: int = BATCH_ROWS
) -> int:
    """Write every row of ``what`` (records, tables, sections, documents) to the Parquet file
    ``out`` (a path or a binary stream), ``batch_rows`` rows at a time; return the count."""
    if what not in SOURCES:
        raise ExportError(f"{what}: cannot export that; choose one of {', '.join(SOURCES)}")
    try:
        return _write(SOURCES[what](store), describe(what), out, batch_rows)
    except OSError as e:  # pyarrow's I/O errors: a missing folder, a full disk
        reason = os.strerror(e.errno) if e.errno else str(e)
        raise ExportError(f"{out}: cannot write it: {reason}") from e


def _write(
    rows: Iterable[dict[str, Any]],
    columns: dict[str, Column],
    out: str | os.PathLike[str] | BinaryIO,
    batch_rows: int,
) -> int:
    arrow_schema = _schema(columns)
    count = 0
    with pq.ParquetWriter(out, arrow_schema) as writer:
        for batch in _batches(rows, batch_rows):
            writer.write_batch(_record_batch(batch, columns, arrow_schema))
            count += len(batch)
    return count


def _batches(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    it = iter(rows)
    while batch := list(islice(it, size)):
        yield batch


def _record_batch(
    rows: list[dict[str, Any]], columns: dict[str, Column], arrow_schema: pa.Schema
) -> pa.RecordBatch:
    """Export rows as one Arrow batch: each column's values converted to its type."""
    data = {}
    for name, column in columns.items():
        convert = CONVERTERS.get(column.type)
        values = [row.get(name) for row in rows]
        data[name] = values if convert is None else [_maybe(convert, v) for v in values]
    return pa.RecordBatch.from_pydict(data, schema=arrow_schema)


def _maybe(convert: Callable[[Any], Any], value: Any) -> Any:
    return None if value is None else convert(value)
