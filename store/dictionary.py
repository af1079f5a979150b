"""The data dictionary: every column of every export, with its Parquet type, unit, origin and
meaning.

The columns are the exports' own (``export.COLUMNS``); what they mean is data, in
dictionary.toml. ``render()`` makes docs/data-dictionary.md from both (``make docs`` calls
``main(["docs/data-dictionary.md"])``).

>>> describe("records")["baseline_number"].unit
'the unit in baseline_unit'
"""

from __future__ import annotations

import sys
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from councilplans.store.export import COLUMNS, ExportError

DATA_FILE = "dictionary.toml"
SECTIONS = ("types", "origins", "about", "shared")  # the data file's tables that are no export


class DictionaryError(ValueError):
    """The data file and the exports disagree: a column undescribed, a type or origin unknown."""


@dataclass(frozen=True, slots=True)
class Column:
    """One column of an export: its name, Parquet type (a key of the data file's [types]),
    unit (None when its values have none), meaning, and where its values come from (raw,
    parsed, register or ingest: the data file's [origins])."""

    name: str
    type: str
    unit: str | None
    description: str
    origin: str


@cache
def load() -> dict[str, Any]:
    """The data file, as TOML tables."""
    text = files("councilplans.store").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return tomllib.loads(text)


def describe(what: str) -> dict[str, Column]:
    """Every column of the export ``what`` (records, tables, sections, documents), in the
    export's order."""
    if what not in COLUMNS:
        raise ExportError(f"{what}: no such export; choose one of {', '.join(COLUMNS)}")
    data = load()
    own, shared = data.get(what, {}), data["shared"]
    missing = [name for name in COLUMNS[what] if name not in own and name not in shared]
    if missing:
        raise DictionaryError(f"{what}: {', '.join(missing)} not described in store/{DATA_FILE}")
    return {name: _column(name, own.get(name) or shared[name], data) for name in COLUMNS[what]}


def _column(name: str, entry: dict[str, str], data: dict[str, Any]) -> Column:
    column = Column(
        name=name,
        type=entry["type"],
        unit=entry.get("unit"),
        description=entry["description"],
        origin=entry["origin"],
    )
    if column.type not in data["types"]:
        raise DictionaryError(f"{name}: type {column.type!r} is not one of [types]")
    if column.origin not in data["origins"]:
        raise DictionaryError(f"{name}: origin {column.origin!r} is not one of [origins]")
    return column


INTRO = """\
# Data dictionary

<!-- Made by `make docs` from store/dictionary.toml and the exports' columns: do not edit. -->

Every column of the four exports of `councilplans export` (see the README's Export section),
in the order the exports write them. The type is the column's type in Parquet; JSON Lines
and CSV write the same values as the table of types below says. Every column may be null
but lists, which are empty instead. A unit is given where a column's values have one.
"""


def render() -> str:
    """docs/data-dictionary.md: the types, the origins, then one table per export."""
    data = load()
    parts = [INTRO, _types_table(data["types"]), _origins_list(data["origins"])]
    parts += [_export_table(what, data["about"][what]) for what in COLUMNS]
    return "\n".join(parts)


def _types_table(types: dict[str, dict[str, str]]) -> str:
    lines = ["## Types", "", "| Type | Parquet | JSON Lines | CSV |", "| --- | --- | --- | --- |"]
    for name, forms in types.items():
        cells = [f"`{name}`", forms["parquet"], forms["jsonl"], forms["csv"]]
        lines.append(_row(cells))
    return "\n".join(lines) + "\n"


def _origins_list(origins: dict[str, str]) -> str:
    lines = ["## Origins", "", "Where a column's values come from:", ""]
    lines += [f"- **{name}**: {meaning}." for name, meaning in origins.items()]
    return "\n".join(lines) + "\n"


def _export_table(what: str, about: str) -> str:
    lines = [f"## {what}", "", about, ""]
    lines += ["| Column | Type | Unit | Origin | Description |", "| --- | --- | --- | --- | --- |"]
    for c in describe(what).values():
        lines.append(_row([f"`{c.name}`", f"`{c.type}`", c.unit or "", c.origin, c.description]))
    return "\n".join(lines) + "\n"


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"


def main(argv: list[str]) -> None:
    """Write the data dictionary to the file named, or print it without one."""
    text = render()
    if argv:
        with open(argv[0], "w", encoding="utf-8") as out:
            out.write(text)
    else:
        sys.stdout.write(text)
