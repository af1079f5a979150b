"""Every column header of the development set's plan tables, and what the normaliser makes of it.

bench/real/truth labels each plan table's columns with the record field a reader takes each
to hold (typed from the page: bench/real/README.md). Here every labelled table is rebuilt from
its truth grid and classified; each column must map to its labelled field, by its header where
the vocabulary (normalise/data/headers.toml) knows it, else by its cells. The test ids list
every header, so a table labelled later with a header nothing maps shows up by name. The few
columns mapped otherwise are listed in ``DISAGREE`` with the reason.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from councilplans.extractors.model import Table
from councilplans.normalise.rows import classify_table
from tests.test_normalise import table

TRUTH = Path(__file__).resolve().parents[1] / "bench" / "real" / "truth"
PLAN_KINDS = ("action", "indicator", "risk")

# (truth file stem, table index, header) -> why the normaliser maps it otherwise
DISAGREE = {
    ("hoc-uk-carbon-budgets-p6", 0, ""): "a transposed grid: the budgets are the columns",
    ("hoc-uk-carbon-budgets-p6", 0, "Budget 1 (2008-12)"): "a period heads a column of targets",
    ("hoc-uk-carbon-budgets-p6", 0, "Budget 2 (2013–17)"): "a period heads a column of targets",
    ("hoc-uk-carbon-budgets-p6", 0, "Budget 3 (2018–22)"): "a period heads a column of targets",
    ("hoc-northern-ireland-net-zero-targets-p6-8", 0, ""): "a transposed grid: places are columns",
    **{
        ("hoc-northern-ireland-net-zero-targets-p6-8", 0, place): "a place heads its targets"
        for place in ("UK (all 4 regions including NI)", "NI", "Scotland", "Wales", "RoI", "NZ")
    },
    ("wsx-dementia-strategy-2020-23-p11-39", 5, "Memory Assessment Service"): (
        "a service's statistics by year: no column says it is an indicator grid"
    ),
    ("wsx-crawley-falls-action-pack-p3-10-14", 2, "Resident status"): (
        "'status' here is the resident's: its cells are sentences, read as the measure"
    ),
    ("wsx-crawley-falls-action-pack-p3-10-14", 2, "Referral information"): (
        "the table reads as no plan: its 'Resident status' holds no statuses"
    ),
    ("bristol-bswn-connecting-people-1-year-report-2023-03", 0, "Outcome 1"): (
        "the outcomes' numbers ('Outcome 2') under a header naming outcomes: their priority"
    ),
    ("plan-city-of-london-lds-2025-02", 0, "Data Standard"): (
        "each stage's code in a national data standard: kept as an extra column"
    ),
}


def labelled_columns() -> list[tuple[str, dict[str, Any], int, str]]:
    """(file stem, truth table, column, header text) for every column of every plan table."""
    out = []
    for path in sorted(TRUTH.glob("*.json")):
        for truth in json.loads(path.read_text(encoding="utf-8"))["tables"]:
            if truth["kind"] not in PLAN_KINDS:
                continue
            head = truth["rows"][: truth["header_rows"]]
            for col in range(len(truth["columns"])):
                label = " ".join(" ".join(row[col] for row in head).split())
                out.append((path.stem, truth, col, label))
    return out


def as_table(truth: dict[str, Any]) -> Table:
    spans = {(r, c): (rs, cs) for r, c, rs, cs in truth["spans"]}
    return table(truth["rows"], spans, header_rows=truth["header_rows"])


def mapped_fields(truth: dict[str, Any]) -> list[str | None]:
    """The field the normaliser maps each column to, named as the labels name them: actions
    with no measure column beside them are the measures."""
    _, header = classify_table(as_table(truth))
    fields = list(header.fields) if header else [None] * len(truth["columns"])
    if "action" in fields and "measure" not in fields:
        fields[fields.index("action")] = "measure"
    return fields


COLUMNS = labelled_columns()


@pytest.mark.parametrize(
    ("stem", "truth", "col", "label"),
    COLUMNS,
    ids=[f"{stem}#{truth['index']}:{label[:40] or '(empty)'}" for stem, truth, _, label in COLUMNS],
)
def test_every_labelled_header_maps_to_its_field(
    stem: str, truth: dict[str, Any], col: int, label: str
) -> None:
    want = truth["columns"][col]
    got = mapped_fields(truth)[col]
    reason = DISAGREE.get((stem, truth["index"], label))
    if reason:
        assert got != want, f"listed as mapped otherwise ({reason}), but now maps: remove it"
    else:
        assert got == want, f"header {label!r} maps to {got}, labelled {want}"


def test_the_development_set_has_plan_tables_to_check() -> None:
    assert len({(stem, t["index"]) for stem, t, _, _ in COLUMNS}) >= 30
