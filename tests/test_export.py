"""Parquet exports: the rows and values of the JSON Lines export, with the data dictionary's
types, written in batches; and the `export --format parquet` command.

The store is two samples ingested by the real pipeline, a PDF and a DOCX (which has no
pages), so every column of every export has values to compare.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from conftest import PG_URL

from councilplans.ingest import batch
from councilplans.ingest.cli import main
from councilplans.store import ExportError, connect, describe, export, export_parquet
from councilplans.store.db import drop_schema
from councilplans.store.export import COLUMNS
from councilplans.store.parquet import ARROW_TYPES

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
PDF = "stoke-on-trent-cyp-plan-2016-20.pdf"
DOCX = "staffordshire-delivery-plan-2010.docx"
EXPORTS = tuple(COLUMNS)


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("parquet") / "plans.db")
    elif not PG_URL:
        pytest.skip("set COUNCILPLANS_TEST_PG_URL to run the PostgreSQL tests")
    else:
        url = PG_URL
        with connect(url) as fresh:
            drop_schema(fresh)
    with connect(url) as opened:
        report = batch.ingest_paths([SAMPLES / PDF, SAMPLES / DOCX], opened, workers=1)
        assert report.ok, report.summary()
        yield opened
        if request.param == "postgresql":
            drop_schema(opened)


def jsonl_rows(store, what: str) -> list[dict[str, Any]]:
    out = io.StringIO()
    export(store, what, "jsonl", out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def parquet_rows(store, what: str, tmp_path: Path, **kwargs: Any) -> list[dict[str, Any]]:
    path = tmp_path / f"{what}.parquet"
    export_parquet(store, what, path, **kwargs)
    return pq.read_table(path).to_pylist()


def as_json(value: Any, type_name: str) -> Any:
    """A Parquet value as JSON Lines writes it (the types of docs/data-dictionary.md)."""
    if value is None:
        return None
    if type_name == "json":
        return json.loads(value)
    if type_name == "date32":
        return value.isoformat()
    if type_name == "timestamp[ms, UTC]":
        assert value.utcoffset() == dt.timedelta(0)
        return value.replace(tzinfo=None).isoformat(timespec="seconds")
    return value


@pytest.mark.parametrize("what", EXPORTS)
def test_parquet_has_the_rows_and_values_of_jsonl(store, what: str, tmp_path: Path) -> None:
    expected = jsonl_rows(store, what)
    columns = describe(what)
    got = [
        {name: as_json(value, columns[name].type) for name, value in row.items()}
        for row in parquet_rows(store, what, tmp_path)
    ]
    assert len(expected) >= 2 and {r["doc"] for r in expected} == {Path(PDF).stem, Path(DOCX).stem}
    assert set(expected[0]) == set(COLUMNS[what])
    assert got == expected


@pytest.mark.parametrize("what", EXPORTS)
def test_parquet_schema_is_the_documented_one(store, what: str, tmp_path: Path) -> None:
    path = tmp_path / "out.parquet"
    export_parquet(store, what, path)
    schema = pq.read_schema(path)
    assert schema.names == list(COLUMNS[what])
    for name, column in describe(what).items():
        field = schema.field(name)
        assert field.type == ARROW_TYPES[column.type], name
        assert field.metadata[b"description"] == column.description.encode()


def test_pandas_reads_the_types(store, tmp_path: Path) -> None:
    path = tmp_path / "records.parquet"
    export_parquet(store, "records", path)
    frame = pd.read_parquet(path, dtype_backend="numpy_nullable")
    dated = frame["date_start"].dropna()
    assert len(dated) and all(type(d) is dt.date for d in dated)
    assert (frame["page"].dtype, frame["baseline_number"].dtype) == ("Int64", "Float64")
    assert all(isinstance(h, str) for path in frame["heading_path"] for h in path)


def test_docx_has_no_pages(store, tmp_path: Path) -> None:
    docx = Path(DOCX).stem
    tables = [t for t in parquet_rows(store, "tables", tmp_path) if t["doc"] == docx]
    records = [r for r in parquet_rows(store, "records", tmp_path) if r["doc"] == docx]
    [document] = [d for d in parquet_rows(store, "documents", tmp_path) if d["doc"] == docx]
    assert tables and all(t["pages"] == [] for t in tables)
    assert records and all(r["page"] is None for r in records)
    assert document["pages"] is None and document["format"] == "docx"


def test_batches_bound_the_rows_held(store, tmp_path: Path) -> None:
    whole = parquet_rows(store, "records", tmp_path)
    path = tmp_path / "small.parquet"
    assert export_parquet(store, "records", path, batch_rows=7) == len(whole)
    assert pq.ParquetFile(path).num_row_groups == -(-len(whole) // 7)
    assert pq.read_table(path).to_pylist() == whole


def test_parquet_to_a_binary_stream(store) -> None:
    out = io.BytesIO()
    count = export_parquet(store, "sections", out)
    assert count == pq.read_table(io.BytesIO(out.getvalue())).num_rows > 0


def test_an_empty_store_gives_the_schema_and_no_rows(tmp_path: Path) -> None:
    with connect(tmp_path / "empty.db") as empty:
        assert export_parquet(empty, "documents", tmp_path / "d.parquet") == 0
    table = pq.read_table(tmp_path / "d.parquet")
    assert table.num_rows == 0 and table.schema.names == list(COLUMNS["documents"])


def test_parquet_errors_are_one_line(store, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="^parquet is binary"):
        export(store, "records", "parquet", io.StringIO())
    with pytest.raises(ExportError, match="^people: cannot export that"):
        export_parquet(store, "people", tmp_path / "p.parquet")
    missing = tmp_path / "no-such-folder" / "r.parquet"
    with pytest.raises(ExportError, match=f"^{missing}: cannot write it: No such file"):
        export_parquet(store, "records", missing)


# The command


def run(*args: str | Path):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def ingested(fake_pipeline: None, plans: Path, tmp_path: Path) -> Path:
    db = tmp_path / "cli.db"
    assert run("ingest", plans, "--db", db).exit_code == 0
    return db


@pytest.mark.parametrize("out", [[], ["--out", "-"]])
def test_parquet_to_stdout_is_refused(ingested: Path, out: list[str]) -> None:
    result = run("export", "--format", "parquet", *out, "--db", ingested)
    assert result.exit_code == 1
    assert result.output == "Error: parquet is binary: give --out FILE\n"


def test_parquet_to_a_file(ingested: Path, tmp_path: Path) -> None:
    out = tmp_path / "records.parquet"
    result = run("export", "--format", "parquet", "--out", out, "--db", ingested)
    assert result.exit_code == 0 and result.output == ""
    jsonl = run("export", "--db", ingested).output.splitlines()
    rows = pq.read_table(out).to_pylist()
    assert [(r["doc"], r["measure"]) for r in rows] == [
        (r["doc"], r["measure"]) for r in map(json.loads, jsonl)
    ]
    assert len(rows) == 4


def test_parquet_to_a_missing_folder_is_one_line(ingested: Path, tmp_path: Path) -> None:
    out = tmp_path / "nowhere" / "records.parquet"
    result = run("export", "--format", "parquet", "--out", out, "--db", ingested)
    assert result.exit_code == 1
    assert result.output == f"Error: {out}: cannot write it: No such file or directory\n"
