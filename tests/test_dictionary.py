"""The data dictionary: generated, complete, and in step with the exports and the models.

A column added to an export fails here until store/dictionary.toml describes it (and
`make docs` remakes docs/data-dictionary.md); a column described there that no export has
fails too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import JSON, Date, DateTime, Float, Integer, String, Text

from councilplans.store import ExportError
from councilplans.store.dictionary import SECTIONS, DictionaryError, describe, load, render
from councilplans.store.export import COLUMNS
from councilplans.store.models import (
    AuthorityRow,
    DocumentRow,
    RecordRow,
    SectionRow,
    TableRow,
    VersionRow,
)
from councilplans.store.parquet import ARROW_TYPES

DOCS = Path(__file__).resolve().parents[1] / "docs" / "data-dictionary.md"
EXPORTS = tuple(COLUMNS)
LIST_TYPES = {name for name in ARROW_TYPES if name.startswith("list<")}
# the dictionary types a column of each SQL type may be exported as
SQL_TYPES = {
    Integer: {"int64"},
    Float: {"float64"},
    Date: {"date32"},
    DateTime: {"timestamp[ms, UTC]"},
    String: {"string"},
    Text: {"string"},
    JSON: {*LIST_TYPES, "json"},
}
# where each export's columns are stored (first model with the attribute wins)
MODELS = {
    "records": (RecordRow, DocumentRow),
    "tables": (TableRow, DocumentRow),
    "sections": (SectionRow, DocumentRow),
    "documents": (VersionRow, DocumentRow),
}
# export columns stored under another name
STORED_AS = {
    "table": (RecordRow, "table_index"),
    "path": (DocumentRow, "key"),
    "version": (VersionRow, "id"),
    "authority": (AuthorityRow, "name"),
    "authority_code": (AuthorityRow, "code"),
    "authority_gss": (AuthorityRow, "gss_code"),
    "authority_official_name": (AuthorityRow, "official_name"),
    "same_plan_as": (DocumentRow, "key"),  # the path of the document standing for the plan
}
# export columns that list several stored values: the type of one value
LISTS_OF = {"also_in": (DocumentRow, "file")}  # the other files of the plan


def test_docs_are_generated_from_the_dictionary() -> None:
    assert DOCS.read_text(encoding="utf-8") == render(), "docs/data-dictionary.md: run make docs"


@pytest.mark.parametrize("what", EXPORTS)
def test_every_column_is_described(what: str) -> None:
    columns = describe(what)
    assert list(columns) == list(COLUMNS[what])
    for column in columns.values():
        assert column.description.strip() and column.type and column.origin, column


@pytest.mark.parametrize("what", EXPORTS)
def test_no_column_is_described_that_the_export_lacks(what: str) -> None:
    described = set(load().get(what, {}))
    assert described - set(COLUMNS[what]) == set()


def test_every_shared_column_is_in_some_export() -> None:
    exported = {name for columns in COLUMNS.values() for name in columns}
    assert set(load()["shared"]) - exported == set()


def test_the_data_file_holds_only_the_exports_and_its_vocabularies() -> None:
    assert set(load()) == {*SECTIONS, *EXPORTS}
    assert set(load()["about"]) == set(EXPORTS)


def test_the_documented_types_are_the_types_parquet_writes() -> None:
    assert set(load()["types"]) == set(ARROW_TYPES)


def arrow_name(arrow_type: object) -> str:
    """pyarrow's name of a type, spelled as the dictionary spells it."""
    name = str(arrow_type).replace("item: ", "").replace("element: ", "").replace("tz=", "")
    return name.replace("double", "float64").replace("date32[day]", "date32")


@pytest.mark.parametrize("name", sorted(ARROW_TYPES))
def test_a_type_is_the_arrow_type_it_names(name: str) -> None:
    # json is JSON text in a string column
    assert arrow_name(ARROW_TYPES[name]) == ("string" if name == "json" else name)


def stored_column(what: str, name: str):
    model, attribute = STORED_AS.get(name, (None, name))
    for candidate in (model,) if model else MODELS[what]:
        if attribute in candidate.__mapper__.columns:
            return candidate.__mapper__.columns[attribute]
    raise LookupError(f"{what}.{name}: in none of {MODELS[what]}")


@pytest.mark.parametrize("what", EXPORTS)
def test_types_agree_with_the_models(what: str) -> None:
    for column in describe(what).values():
        if column.name in LISTS_OF:
            model, attribute = LISTS_OF[column.name]
            assert isinstance(model.__mapper__.columns[attribute].type, Text)
            assert column.type == "list<string>", column.name
            continue
        sql_type = type(stored_column(what, column.name).type)
        allowed = next(types for base, types in SQL_TYPES.items() if issubclass(sql_type, base))
        assert column.type in allowed, (column.name, sql_type.__name__, column.type)


def test_shape_of_json_columns() -> None:
    records, tables = describe("records"), describe("tables")
    assert records["heading_path"].type == "list<string>"
    assert {records[f"owner_{k}"].type for k in ("people", "roles", "orgs")} == {"list<string>"}
    assert records["extra"].type == "json"
    assert (tables["pages"].type, tables["rows"].type) == ("list<int64>", "list<list<string>>")


def test_a_parsed_number_names_the_column_of_its_unit() -> None:
    records = describe("records")
    for name in ("baseline", "target", "actual"):
        assert records[f"{name}_number"].unit == f"the unit in {name}_unit"
        assert f"{name}_unit" in records


def test_an_undescribed_column_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    columns = (*COLUMNS["documents"], "plan", "copies")
    monkeypatch.setitem(COLUMNS, "documents", columns)
    with pytest.raises(DictionaryError, match="^documents: plan, copies not described"):
        describe("documents")


def test_unknown_export_is_refused() -> None:
    with pytest.raises(ExportError, match="^people: no such export"):
        describe("people")
