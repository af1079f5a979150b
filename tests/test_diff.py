"""Diffs between versions of a document: records matched by content, fields old -> new,
versions chosen by number, and reading a file again when the parser has changed."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import make_document, make_normalised, make_records

from councilplans import api
from councilplans.ingest import batch
from councilplans.ingest.batch import CannotReparse, reparse_document
from councilplans.ingest.cli import main
from councilplans.normalise.record import Record
from councilplans.store import NoSuchDocument, NotEnoughVersions, write_failure, write_version
from councilplans.store import write as write_module
from councilplans.store.diff import FieldChange, diff, match_records
from councilplans.store.models import RecordRow

KEY = "/plans/stoke-on-trent-cyp-plan.pdf"


def row(position: int, measure: str, target: str = "", **fields: str) -> RecordRow:
    kind = fields.pop("kind", "indicator")
    return RecordRow(
        kind=kind, measure=measure, target=target, position=position, page=position + 1, **fields
    )


def changes(before: list[RecordRow], after: list[RecordRow]) -> list[tuple]:
    return [(c.change, c.record.get("measure"), c.fields) for c in match_records(before, after)]


def test_rows_moved_are_no_change() -> None:
    before = [row(0, "Obesity in Year 6", "18%"), row(1, "Breastfeeding", "40%")]
    after = [row(0, "Breastfeeding", "40%"), row(1, "Obesity in Year 6", "18%")]
    assert changes(before, after) == []


def test_a_changed_target_is_shown_old_to_new() -> None:
    before = [row(0, "Obesity in Year 6", "18%"), row(1, "Breastfeeding", "40%")]
    after = [row(0, "Obesity in Year 6", "17%"), row(1, "Breastfeeding", "40%")]
    assert changes(before, after) == [
        ("changed", "Obesity in Year 6", (FieldChange("target", "18%", "17%"),))
    ]


def test_spacing_case_and_punctuation_do_not_make_a_new_record() -> None:
    before = [row(0, "Obesity in  Year 6.", "18%")]
    after = [row(0, "obesity in Year 6", "18%")]
    [change] = match_records(before, after)  # matched; the measure's text itself differs
    assert change.change == "changed"
    assert change.fields == (FieldChange("measure", "Obesity in  Year 6.", "obesity in Year 6"),)


def test_a_reworded_record_is_changed_and_an_unrelated_one_added() -> None:
    before = [row(0, "Reduce the number of young people not in education or training", "5%")]
    after = [
        row(0, "Reduce the number of young people not in education, employment or training", "4%"),
        row(1, "Number of apprenticeship starts", "4,353"),
    ]
    found = changes(before, after)
    assert [(c, m) for c, m, _ in found] == [
        ("changed", "Reduce the number of young people not in education, employment or training"),
        ("added", "Number of apprenticeship starts"),
    ]
    assert [f.field for f in found[0][2]] == ["measure", "target"]


def test_removed_records_and_repeated_ones() -> None:
    before = [row(0, "Milestone review", "June"), row(1, "Milestone review", "June")]
    before.append(row(2, "Smoking at time of delivery", "16%"))
    after = [row(0, "Milestone review", "June")]
    assert [(c, m) for c, m, _ in changes(before, after)] == [
        ("removed", "Milestone review"),
        ("removed", "Smoking at time of delivery"),
    ]


def test_a_record_of_another_kind_is_another_record() -> None:
    before = [row(0, "Childhood obesity", kind="indicator")]
    after = [row(0, "Childhood obesity", kind="action")]
    assert [c for c, _, _ in changes(before, after)] == ["added", "removed"]


def test_an_action_moved_to_another_priority_and_owner() -> None:
    before = [row(0, "Run parenting courses", action="Run parenting courses", priority="Be safe")]
    before[0].owner = "Early Help"
    after = [row(0, "Run parenting courses", action="Run parenting courses", priority="Be healthy")]
    after[0].owner = "Public Health"
    [(change, _, fields)] = changes(before, after)
    assert change == "changed"
    assert fields == (
        FieldChange("priority", "Be safe", "Be healthy"),
        FieldChange("owner", "Early Help", "Public Health"),
    )


def write(store, sha: str, records: tuple[Record, ...]):
    return write_version(store, KEY, make_document(KEY, sha), make_normalised(records=records))


def three_versions(store) -> None:
    first, second = make_records()
    write(store, "a" * 64, (first, second))
    write(store, "b" * 64, (dataclasses.replace(first, target="17%"), second))
    write(store, "c" * 64, (dataclasses.replace(first, target="17%"),))


def test_versions_by_number(store) -> None:
    three_versions(store)
    last = diff(store, "stoke-on-trent-cyp-plan.pdf")
    assert (last.old.number, last.new.number) == (2, 3)
    assert [(c.change, c.record["measure"]) for c in last.changes] == [
        ("removed", "Breastfeeding at 6-8 weeks")
    ]
    first_to_last = diff(store, "stoke-on-trent-cyp-plan", old=1, new=3)
    assert [(c.change, c.fields) for c in first_to_last.changes] == [
        ("changed", (FieldChange("target", "18%", "17%"),)),
        ("removed", ()),
    ]
    assert diff(store, KEY, old=1).new.number == 3
    with pytest.raises(NoSuchDocument, match="no version 4; it has versions 1 to 3"):
        diff(store, KEY, old=1, new=4)


def test_a_failed_version_cannot_be_compared(store) -> None:
    write(store, "a" * 64, make_records())
    write_failure(store, KEY, "b" * 64, "stoke-on-trent-cyp-plan.pdf: not a PDF")
    with pytest.raises(NotEnoughVersions, match="has 1 usable version"):
        diff(store, KEY)
    with pytest.raises(NotEnoughVersions, match="version 2 failed: .*not a PDF"):
        diff(store, KEY, old=1, new=2)


def test_the_frame_has_a_row_per_field_changed(store, db_url: str) -> None:
    three_versions(store)
    frame = api.diff(KEY, db=db_url, old=1, new=3)
    assert frame["change"].tolist() == ["changed", "removed"]
    assert frame.loc[0, ["field", "old", "new"]].tolist() == ["target", "18%", "17%"]
    assert frame.loc[1, ["field", "old", "new"]].isna().all()  # a record removed: no field
    assert frame["old_page"].tolist() == [4, 5]  # make_records' pages


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "stoke-on-trent-cyp-plan.pdf"
    path.write_text(
        "Stoke-on-Trent City Council\nBe healthy | Obesity in Year 6 | 19.8% | 18%\n",
        encoding="utf-8",
    )
    return path


def test_reparse_reads_again_only_under_another_parser(
    fake_pipeline: None, plan: Path, store, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert batch.ingest_file(plan, store).status == "ok"
    assert reparse_document(store, plan.name).status == "skipped"  # this parser read it
    monkeypatch.setattr(write_module, "parser_version", lambda: "9.9.9")
    monkeypatch.setattr(batch, "parser_version", lambda: "9.9.9")
    assert batch.ingest_file(plan, store).status == "skipped"  # ingest alone does not
    assert reparse_document(store, plan.name).status == "ok"
    found = diff(store, plan.name)
    assert (found.old.parser_version, found.new.parser_version) == ("0.1.0", "9.9.9")
    assert found.old.sha256 == found.new.sha256 and found.changes == ()
    plan.unlink()
    with pytest.raises(CannotReparse, match="no longer there"):
        reparse_document(store, plan.name)


def test_diff_command(fake_pipeline: None, plan: Path, db_url: str) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(plan), "--db", db_url]).exit_code == 0
    plan.write_text(
        "Stoke-on-Trent City Council\nBe healthy | Obesity in Year 6 | 19.8% | 17%\n"
        "Be healthy | Breastfeeding at 6-8 weeks | 32% | 40%\n",
        encoding="utf-8",
    )
    assert runner.invoke(main, ["ingest", str(plan), "--db", db_url]).exit_code == 0
    result = runner.invoke(main, ["diff", plan.name, "--db", db_url])
    lines = result.output.splitlines()
    assert result.exit_code == 0
    assert lines[0].startswith("stoke-on-trent-cyp-plan.pdf: version 1 (")
    assert lines[0].endswith("): 1 added, 0 removed, 1 changed")
    assert lines[1:] == [
        "~ indicator  Obesity in Year 6",
        "      target: 18% -> 17%",
        "+ indicator  Breastfeeding at 6-8 weeks",
    ]
    again = runner.invoke(main, ["diff", plan.name, "--reparse", "--db", db_url])
    assert again.output.splitlines()[0] == (
        f"{plan}: read by councilplans 0.1.0 already; not read again"
    )
    missing = runner.invoke(main, ["diff", "nope.pdf", "--db", db_url])
    assert (missing.exit_code, missing.output) == (
        1,
        "Error: nope.pdf: no such document in the store\n",
    )
