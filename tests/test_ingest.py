"""Batch ingest with a fake extract/normalise (see conftest): skip, new version, failures."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from councilplans.ingest import changes, discover, ingest_paths
from councilplans.ingest.cli import main
from councilplans.normalise.authorities import UnknownAuthority, find_authority
from councilplans.store import (
    Assigned,
    NoSuchDocument,
    assign,
    connect,
    iter_documents,
    records_frame,
)
from councilplans.store.models import RecordRow, VersionRow

pytestmark = pytest.mark.usefixtures("fake_pipeline")


def statuses(report) -> dict[str, str]:
    return {Path(r.path).name: r.status for r in report.results}


def test_discover_sorts_and_skips_temp_files(plans: Path) -> None:
    (plans / "notes.txt").write_text("not a plan", encoding="utf-8")
    sub = plans / "older"
    sub.mkdir()
    (sub / "Plan.PDF").write_text("x", encoding="utf-8")
    found = discover([plans, plans / "stoke-on-trent-cyp-plan.pdf"])
    assert [p.name for p in found] == [
        "Plan.PDF",
        "staffordshire-delivery-plan.pdf",
        "stoke-on-trent-cyp-plan.pdf",
        "west-cheshire.docx",
    ]
    assert discover([plans / "notes.txt"]) == [plans / "notes.txt"]  # named files are kept


def test_ingest_folder_recognises_authorities(plans: Path, db_url: str) -> None:
    report = ingest_paths([plans], db_url)
    assert report.ok and report.summary() == "3 files: 3 ok; 4 records"
    by_file = {Path(r.path).name: r.authority for r in report.results}
    assert by_file == {
        "staffordshire-delivery-plan.pdf": "Staffordshire",
        "stoke-on-trent-cyp-plan.pdf": "Stoke-on-Trent",
        "west-cheshire.docx": "Cheshire West and Chester",
    }


def test_unchanged_files_are_skipped(plans: Path, db_url: str) -> None:
    ingest_paths([plans], db_url)
    again = ingest_paths([plans], db_url)
    assert set(statuses(again).values()) == {"skipped"}
    assert again.summary() == "3 files: 3 skipped; 0 records"
    assert [r.records for r in again.results] == [1, 2, 1]
    with connect(db_url) as store, store.session() as session:
        assert session.scalar(select(func.count()).select_from(VersionRow)) == 3


def test_changed_file_becomes_new_version(plans: Path, db_url: str) -> None:
    ingest_paths([plans], db_url)
    plan = plans / "stoke-on-trent-cyp-plan.pdf"
    plan.write_text(
        "Stoke-on-Trent City Council\n"
        "Be healthy | Obesity in Year 6 | 19.8% | 17%\n"
        "Be safe | Children in need per 10,000 | 330 | 300\n",
        encoding="utf-8",
    )
    report = ingest_paths([plans], db_url)
    assert statuses(report)["stoke-on-trent-cyp-plan.pdf"] == "ok"
    with connect(db_url) as store:
        stoke = records_frame(store).query("doc == 'stoke-on-trent-cyp-plan'")
        assert list(stoke["target"]) == ["17%", "300"]
        diff = changes(store, str(plan))
    assert diff.added == [("Be safe", "Children in need per 10,000")]
    assert diff.removed == [("Be healthy", "Breastfeeding at 6-8 weeks")]


def test_failed_files_do_not_stop_the_batch(plans: Path, db_url: str) -> None:
    (plans / "a-corrupt.pdf").write_text("CORRUPT\nBe healthy | x | 1 | 2\n", encoding="utf-8")
    (plans / "b-crash.docx").write_text("CRASH\nBe healthy | y | 1 | 2\n", encoding="utf-8")
    report = ingest_paths([plans], db_url)
    assert not report.ok
    assert report.summary() == "5 files: 3 ok, 2 failed; 4 records"
    failed = {Path(r.path).name: r.error for r in report.failed}
    corrupt, crash = str(plans / "a-corrupt.pdf"), str(plans / "b-crash.docx")
    assert failed["a-corrupt.pdf"] == f"{corrupt}: not a PDF (the file does not start with %PDF)"
    assert failed["b-crash.docx"] == f"{crash}: RuntimeError: normaliser fell over"
    with connect(db_url) as store:
        documents = {d["file"]: d for d in iter_documents(store)}
        assert documents["a-corrupt.pdf"]["status"] == "failed"
        assert documents["b-crash.docx"]["error"] == failed["b-crash.docx"]
        assert len(records_frame(store)) == 4
        with store.session() as session:
            stmt = (
                select(func.count())
                .select_from(RecordRow)
                .join(VersionRow)
                .where(VersionRow.status == "failed")
            )
            assert session.scalar(stmt) == 0


def test_failed_file_is_retried_and_not_duplicated(plans: Path, db_url: str) -> None:
    bad = plans / "a-corrupt.pdf"
    bad.write_text("CORRUPT\n", encoding="utf-8")
    ingest_paths([bad], db_url)
    report = ingest_paths([bad], db_url)
    assert statuses(report) == {"a-corrupt.pdf": "failed"}
    with connect(db_url) as store, store.session() as session:
        assert session.scalar(select(func.count()).select_from(VersionRow)) == 1


def test_missing_file_is_reported(tmp_path: Path, db_url: str) -> None:
    report = ingest_paths([tmp_path / "gone.pdf"], db_url)
    assert report.results[0].status == "failed"
    assert report.results[0].error == f"{tmp_path / 'gone.pdf'}: No such file or directory"


def test_authority_option_overrides_recognition(plans: Path, db_url: str) -> None:
    report = ingest_paths([plans / "west-cheshire.docx"], db_url, authority="stockton on tees")
    assert report.results[0].authority == "Stockton-on-Tees"
    with pytest.raises(UnknownAuthority, match="^Atlantis: unknown authority"):
        ingest_paths([plans], db_url, authority="Atlantis")


def authority_of(db_url: str, file: str) -> str | None:
    with connect(db_url) as store:
        frame = records_frame(store)
    found = set(frame.loc[frame["file"] == file, "authority"])
    assert len(found) == 1
    return found.pop()


def test_an_authority_given_by_hand_stays_through_new_versions(plans: Path, db_url: str) -> None:
    ingest_paths([plans], db_url)
    with connect(db_url) as store:
        done = assign(store, "staffordshire-delivery-plan", find_authority("Stafford"))
    assert done == Assigned("staffordshire-delivery-plan.pdf", "Stafford", "Staffordshire")
    assert authority_of(db_url, "staffordshire-delivery-plan.pdf") == "Stafford"
    plan = plans / "staffordshire-delivery-plan.pdf"
    plan.write_text(plan.read_text(encoding="utf-8") + "Be safe | CIN rate | 330 | 300\n")
    report = ingest_paths([plans], db_url)
    assert statuses(report)["staffordshire-delivery-plan.pdf"] == "ok"
    assert authority_of(db_url, "staffordshire-delivery-plan.pdf") == "Stafford"
    assert authority_of(db_url, "stoke-on-trent-cyp-plan.pdf") == "Stoke-on-Trent"


def test_assign_names_what_it_cannot_find(plans: Path, db_url: str) -> None:
    ingest_paths([plans], db_url)
    with connect(db_url) as store, pytest.raises(NoSuchDocument, match="no-such-plan.pdf: no"):
        assign(store, "no-such-plan.pdf", find_authority("Stafford"))
    runner = CliRunner()
    unknown = runner.invoke(main, ["assign", "west-cheshire.docx", "Chesire Wst", "--db", db_url])
    assert unknown.exit_code == 1
    assert unknown.output.startswith("Error: Chesire Wst: unknown authority")
    done = runner.invoke(main, ["assign", "west-cheshire.docx", "Cheshire East", "--db", db_url])
    assert done.exit_code == 0
    assert done.output == "west-cheshire.docx: Cheshire East (was Cheshire West and Chester)\n"
