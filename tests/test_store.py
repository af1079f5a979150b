"""The store: connect, write one version atomically, read it back, compare, export.

Every test here runs on SQLite, and on PostgreSQL too when COUNCILPLANS_TEST_PG_URL is set.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from conftest import make_document, make_normalised, make_records
from sqlalchemy import func, select, text

from councilplans.extractors import extract
from councilplans.normalise import normalise
from councilplans.store import (
    Filters,
    NoSuchDocument,
    NotEnoughVersions,
    QueryError,
    StoreError,
    changes,
    compare,
    connect,
    export,
    iter_documents,
    iter_tables,
    latest_version,
    records_frame,
    write_failure,
    write_version,
)
from councilplans.store import summary as summary_of
from councilplans.store import write as write_module
from councilplans.store.db import to_url
from councilplans.store.models import (
    DocumentRow,
    RecordRow,
    SectionRow,
    TableRow,
    VersionRow,
)
from councilplans.store.queries import years

KEY = "/plans/stoke-on-trent-cyp-plan.pdf"


def count(store, model) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def write_stoke(store, sha="a" * 64, records=None, warnings=()):
    doc = make_document(KEY, sha, warnings)
    return write_version(store, KEY, doc, make_normalised(records, lost=warnings))


def test_bare_path_means_sqlite_file(tmp_path: Path) -> None:
    assert to_url(tmp_path / "x.db") == f"sqlite:///{tmp_path / 'x.db'}"
    assert to_url(None) == "sqlite:///councilplans.db"
    assert to_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    with connect(tmp_path / "x.db"):
        assert (tmp_path / "x.db").exists()


def test_connect_errors_are_one_line(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"x.db: the folder .*no-such-folder does not exist"):
        connect(tmp_path / "no-such-folder" / "x.db")
    with pytest.raises(StoreError) as info:
        connect("nosuchdialect://user:secret@host/db")
    assert "\n" not in str(info.value) and "secret" not in str(info.value)
    with pytest.raises(StoreError, match="^mysql://x@y/z: the database driver is not installed"):
        connect("mysql://x@y/z")


def test_round_trip(store) -> None:
    info = write_stoke(store)
    assert (info.status, info.records, info.error) == ("ok", 2, None)
    frame = records_frame(store)
    first = frame.iloc[0]
    assert list(frame["measure"]) == ["Obesity in Year 6", "Breastfeeding at 6-8 weeks"]
    assert first["doc"] == "stoke-on-trent-cyp-plan"
    assert first["file"] == "stoke-on-trent-cyp-plan.pdf"
    assert (first["authority"], first["authority_code"]) == ("Stoke-on-Trent", "STE")
    assert first["authority_gss"] == "E06000021"
    assert first["authority_official_name"] == "Stoke-on-Trent City Council"
    assert (first["baseline_number"], first["target_unit"]) == (19.8, "%")
    assert first["target_direction"] == "decrease"
    assert (first["date_start"], first["date_end"]) == ("2020-03-01", "2020-03-31")
    assert first["owner_people"] == ["J Smith"] and first["owner_orgs"] == ["Public Health"]
    assert first["extra"] == {"RAG": "Amber", "RAG (2)": "Green"}
    assert first["heading_path"] == ["Outcomes", "Be healthy"]
    assert (first["page"], first["table"], first["row"]) == (4, 0, 1)


def test_frames_dtypes_follow_the_column_not_the_rows(store) -> None:
    # The second record has no owner or date; no record has a status or an actual value.
    write_stoke(store)
    records, compared = records_frame(store), compare(store)
    assert records["owner"].tolist() == ["Public Health (J Smith)", None]  # None, not NaN
    assert records["status"].tolist() == [None, None]
    assert records["owner"].dtype == records["status"].dtype == compared["date"].dtype == object
    assert compared["date"].tolist() == ["March 2020", None]
    numbers = records[["baseline_number", "actual_number"]]
    assert list(numbers.dtypes) == ["float64", "float64"]
    assert numbers["actual_number"].isna().all()
    assert str(records["page"].dtype) == str(compared["page"].dtype) == "Int64"


def test_tables_and_sections_round_trip(store) -> None:
    write_stoke(store)
    [table] = list(iter_tables(store))
    assert table["pages"] == [4, 5] and table["header_rows"] == 1 and table["kind"] == "indicator"
    assert table["rows"][1] == ["Be healthy", "Obesity in Year 6", "19.8%", "18%"]
    assert table["rows"][2][0] == "" and table["spans"] == [[1, 0, 2, 1]]
    assert count(store, SectionRow) == 2
    [document] = list(iter_documents(store))
    assert (document["status"], document["pages"], document["period"]) == ("ok", 6, "2016-2020")


def test_nul_characters_are_dropped(store) -> None:
    records = (make_records()[0],)
    object.__setattr__(records[0], "measure", "Obesity\x00 in Year 6")
    object.__setattr__(records[0], "extra", (("RAG\x00", "Am\x00ber"),))
    write_stoke(store, records=records)
    row = records_frame(store).iloc[0]
    assert row["measure"] == "Obesity in Year 6" and row["extra"] == {"RAG": "Amber"}


def test_failure_mid_write_leaves_nothing(store, monkeypatch: pytest.MonkeyPatch) -> None:
    real = write_module.record_row

    def explode_on_second(position, rec):
        if position == 1:
            raise ValueError("bad record")
        return real(position, rec)

    monkeypatch.setattr(write_module, "record_row", explode_on_second)
    with pytest.raises(ValueError, match="bad record"):
        write_stoke(store)
    for model in (DocumentRow, VersionRow, SectionRow, TableRow, RecordRow):
        assert count(store, model) == 0, model.__tablename__


def test_database_error_mid_write_rolls_back(store) -> None:
    write_stoke(store)
    bad = make_records()[:1]
    object.__setattr__(bad[0], "kind", "x" * 200)  # longer than the column allows on PostgreSQL
    object.__setattr__(bad[0], "measure", {"not": "text"})  # no driver can bind a dict as text
    with pytest.raises(StoreError):
        write_stoke(store, sha="b" * 64, records=bad)
    assert count(store, VersionRow) == 1 and count(store, RecordRow) == 2


def test_failed_version_keeps_last_good_data(store) -> None:
    write_stoke(store)
    write_failure(store, KEY, "b" * 64, f"{KEY}: the file is damaged")
    latest = latest_version(store, KEY)
    assert (latest.status, latest.error) == ("failed", f"{KEY}: the file is damaged")
    assert len(records_frame(store)) == 2  # queries read the last usable version
    [document] = list(iter_documents(store))
    assert (document["status"], document["sha256"]) == ("failed", "b" * 64)


def test_retry_of_same_content_replaces_failed_row(store) -> None:
    write_failure(store, KEY, "a" * 64, "first try failed")
    write_stoke(store)
    assert count(store, VersionRow) == 1
    assert latest_version(store, KEY).status == "ok"


def test_warnings_make_partial(store) -> None:
    info = write_stoke(store, warnings=("page 3: table cut short",))
    assert info.status == "partial"
    assert info.error == "stoke-on-trent-cyp-plan.pdf: page 3: table cut short"


def test_latest_version_view(store) -> None:
    write_stoke(store)
    write_stoke(store, sha="b" * 64, records=make_records(["One", "Two", "Three"]))
    with store.session() as session:
        rows = session.execute(text("SELECT measure FROM latest_records ORDER BY position"))
        assert [r[0] for r in rows] == ["One", "Two", "Three"]
    assert list(records_frame(store)["measure"]) == ["One", "Two", "Three"]


def test_changes_between_versions(store) -> None:
    write_stoke(store, records=make_records(["Keep", "Drop"]))
    with pytest.raises(NotEnoughVersions, match="has 1 usable version"):
        changes(store, "stoke-on-trent-cyp-plan")
    write_stoke(store, sha="b" * 64, records=make_records(["Keep", "New", "New"]))
    diff = changes(store, "stoke-on-trent-cyp-plan.pdf")
    assert diff.added == [("P", "New"), ("P", "New")] and diff.removed == [("P", "Drop")]
    assert (diff.old_sha256, diff.new_sha256) == ("a" * 64, "b" * 64)
    with pytest.raises(NoSuchDocument, match="nope: no such document"):
        changes(store, "nope")


def test_compare_filters_and_summary(store) -> None:
    write_stoke(store)
    by_theme = compare(store, Filters(theme="Obesity"))
    assert list(by_theme["measure"]) == ["Obesity in Year 6"]
    assert by_theme.iloc[0]["authority"] == "Stoke-on-Trent"
    assert list(compare(store, Filters(indicator="ni 56"))["measure"]) == ["Obesity in Year 6"]
    assert len(compare(store, Filters(indicator="BREASTFEEDING", kind="indicator"))) == 1
    assert compare(store, Filters(kind="risk")).empty
    summary = summary_of(store)
    row = summary.iloc[0]
    assert (row["authority"], row["documents"], row["records"], row["indicator"]) == (
        "Stoke-on-Trent",
        1,
        2,
        2,
    )
    assert row["sample_targets"][0] == "Obesity in Year 6 -> 18%"


def test_compare_orders_by_authority_then_document_then_place(store) -> None:
    # written in no order: Stoke's z before its a, then an unknown council's, then
    # Staffordshire's; Stoke's two alike, so that only the first in order is shown
    plans = [("/p/z.pdf", "STE"), ("/p/a.pdf", "STE"), ("/p/m.pdf", None), ("/p/q.pdf", "STS")]
    for number, (key, authority) in enumerate(plans):
        doc = make_document(key, str(number) * 64)
        write_version(store, key, doc, make_normalised(authority=authority))
    compared = compare(store, Filters(kind="indicator"))
    order = list(zip(compared["authority"], compared["doc"], compared["measure"], strict=True))
    measures = ["Obesity in Year 6", "Breastfeeding at 6-8 weeks"]  # make_records' order
    assert order == [
        (authority, doc, measure)
        for authority, doc in [
            ("(unknown)", "m"),
            ("Staffordshire", "q"),
            ("Stoke-on-Trent", "a"),
        ]
        for measure in measures
    ]


def test_filters_by_authority_and_plan_period(store) -> None:
    write_stoke(store)  # a Stoke-on-Trent plan for 2016-2020
    assert len(records_frame(store, Filters(authority="STE"))) == 2
    assert records_frame(store, Filters(authority="STS")).empty
    for overlapping in ("2016", "2020", "2018/19", "2010-2016", "2019 to 2025"):
        assert len(records_frame(store, Filters(period=years(overlapping)))) == 2, overlapping
    for outside in ("2015", "2021", "2010-2015"):
        assert records_frame(store, Filters(period=years(outside))).empty, outside


def test_years_of_a_period() -> None:
    assert years("2016") == (2016, 2016)
    assert years("2016/17") == (2016, 2017)
    assert years("plans for 2016 – 2020") == (2016, 2020)
    with pytest.raises(QueryError, match="'next year': not a period"):
        years("next year")
    with pytest.raises(QueryError, match="goal: no such kind"):
        Filters(kind="goal")


def test_export_jsonl_contract(store) -> None:
    write_stoke(store)
    out = io.StringIO()
    assert export(store, "records", "jsonl", out) == 2
    first = json.loads(out.getvalue().splitlines()[0])
    expected = {
        "doc": "stoke-on-trent-cyp-plan",
        "file": "stoke-on-trent-cyp-plan.pdf",
        "authority": "Stoke-on-Trent",
        "kind": "indicator",
        "priority": "Be healthy",
        "measure": "Obesity in Year 6",
        "baseline": "19.8%",
        "target": "18%",
        "owner": "Public Health (J Smith)",
        "date": "March 2020",
        "page": 4,
        "table": 0,
        "row": 1,
        "action": None,
    }
    assert {k: first[k] for k in expected} == expected


def test_export_csv_encodes_lists_as_json(store) -> None:
    write_stoke(store)
    out = io.StringIO()
    export(store, "tables", "csv", out)
    [row] = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert json.loads(row["pages"]) == [4, 5] and json.loads(row["spans"]) == [[1, 0, 2, 1]]
    assert json.loads(row["rows"])[0] == ["Outcome", "Measure", "Baseline", "Target"]


def test_export_rejects_unknown_kind(store) -> None:
    with pytest.raises(StoreError, match="^people: cannot export that"):
        export(store, "people", "jsonl", io.StringIO())


def test_tables_keep_what_each_column_holds_and_why(store) -> None:
    """A table's column mappings are stored with their confidence and evidence."""
    path = Path(__file__).parents[1] / "samples" / "stoke-on-trent-cyp-plan-2016-20.docx"
    doc = extract(path)
    write_version(store, str(path), doc, normalise(doc))
    grid = next(t for t in iter_tables(store) if t["rows"][0][:2] == ["Outcome", "Measure(s)"])
    assert grid["columns"][:2] == [
        {"field": "priority", "confidence": 1.0, "evidence": "header 'Outcome': exact 'outcome'"},
        {
            "field": "measure",
            "confidence": 1.0,
            "evidence": "header 'Measure(s)': exact 'measure s'",
        },
    ]
