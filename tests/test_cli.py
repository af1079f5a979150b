"""The councilplans command, through click's CliRunner."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

from councilplans.ingest.batch import FileResult
from councilplans.ingest.cli import main
from councilplans.ingest.progress import watching
from councilplans.store.db import display_name

BAD = Path(__file__).parent / "fixtures" / "bad"


def run(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def ingested(fake_pipeline: None, plans: Path, db_url: str) -> str:
    result = run("ingest", plans, "--db", db_url)
    assert result.exit_code == 0, result.output
    return db_url


def test_every_command_has_an_example() -> None:
    for name in ("ingest", "compare", "export", "changes", "search"):
        result = run(name, "--help")
        assert result.exit_code == 0 and "Example:" in result.output
        assert "--db URL" in result.output


def test_ingest_prints_one_line_per_file(fake_pipeline: None, plans: Path, db_url: str) -> None:
    result = run("ingest", plans, "--db", db_url)
    lines = result.output.splitlines()
    assert result.exit_code == 0
    assert lines[0] == (
        f"ok       {plans / 'staffordshire-delivery-plan.pdf'}: 1 records [Staffordshire]"
    )
    assert lines[-1] == "3 files: 3 ok; 4 records"
    again = run("ingest", plans, "--db", db_url)
    assert again.output.splitlines()[-1] == "3 files: 3 skipped; 0 records"


def test_ingest_exit_code_1_when_a_file_fails(
    fake_pipeline: None, plans: Path, db_url: str
) -> None:
    (plans / "a-corrupt.pdf").write_text("CORRUPT\n", encoding="utf-8")
    result = run("ingest", plans, "--db", db_url)
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        f"failed   {plans / 'a-corrupt.pdf'}: not a PDF (the file does not start with %PDF)"
    )
    assert result.output.splitlines()[-3:] == [
        "4 files: 3 ok, 1 failed; 4 records",
        "Failed or partial:",
        result.output.splitlines()[0],
    ]


def test_unknown_authority_is_a_one_line_error(plans: Path, tmp_path: Path) -> None:
    result = run("ingest", plans, "--db", tmp_path / "x.db", "--authority", "Staford")
    assert result.exit_code == 1
    assert result.output == (
        "Error: Staford: unknown authority; did you mean Stafford, Salford, "
        "Staffordshire Moorlands, Staffordshire, Trafford?\n"
    )


def test_bad_store_url_is_a_one_line_error(tmp_path: Path) -> None:
    result = run("compare", "--db", tmp_path / "missing" / "x.db")
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and result.output.count("\n") == 1


def test_export_records_jsonl(ingested: str) -> None:
    result = run("export", "--what", "records", "--format", "jsonl", "--db", ingested)
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert len(rows) == 4
    stoke = [r for r in rows if r["doc"] == "stoke-on-trent-cyp-plan"]
    assert [r["measure"] for r in stoke] == ["Obesity in Year 6", "Breastfeeding at 6-8 weeks"]
    assert stoke[0]["authority"] == "Stoke-on-Trent" and stoke[0]["table"] is None


def test_export_documents_csv_to_file(ingested: str, tmp_path: Path) -> None:
    out = tmp_path / "documents.csv"
    result = run("export", "--what", "documents", "--format", "csv", "--out", out, "--db", ingested)
    assert result.exit_code == 0 and result.output == ""
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r["doc"] for r in rows] == [
        "staffordshire-delivery-plan",
        "stoke-on-trent-cyp-plan",
        "west-cheshire",
    ]
    assert list(rows[0])[:7] == ["doc", "file", "authority", "sha256", "status", "error", "pages"]
    assert {r["status"] for r in rows} == {"ok"}
    assert [(r["authority_gss"], r["authority_official_name"]) for r in rows] == [
        ("E10000028", "Staffordshire County Council"),
        ("E06000021", "Stoke-on-Trent City Council"),
        ("E06000050", "Cheshire West and Chester Council"),
    ]


def test_compare_summary_fits_100_columns(ingested: str) -> None:
    result = run("compare", "--db", ingested)
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split() == [
        "authority",
        "docs",
        "records",
        "action",
        "indicator",
        "risk",
        "priority",
    ]
    assert "Cheshire West and Chester" in lines[2]
    assert "    e.g. Obesity in Year 6 -> 18%" in lines
    assert max(map(len, lines)) <= 100


def test_compare_by_theme(ingested: str) -> None:
    result = run("compare", "--theme", "obesity", "--db", ingested)
    lines = result.output.splitlines()
    assert lines[0] == "Staffordshire: staffordshire-delivery-plan (1 records)"
    assert lines[1].split() == ["measure", "|", "baseline", "|", "target"]
    assert lines[3] == f"* {'Childhood obesity at reception':<44} | {'9.9%':<22} | 9%"
    assert "Stoke-on-Trent: stoke-on-trent-cyp-plan (1 records)" in lines
    assert max(map(len, lines)) <= 100


def test_compare_with_no_match(ingested: str) -> None:
    assert run("compare", "--indicator", "nothing like this", "--db", ingested).output == (
        "No records match.\n"
    )


def test_changes_command(fake_pipeline: None, plans: Path, db_url: str) -> None:
    run("ingest", plans, "--db", db_url)
    result = run("changes", "west-cheshire.docx", "--db", db_url)
    assert result.exit_code == 1
    assert result.output == "Error: west-cheshire.docx: has 1 usable version(s), needs 2\n"
    (plans / "west-cheshire.docx").write_text(
        "West Cheshire Children's Trust\nStarting well | Good level of development | 55% | 60%\n",
        encoding="utf-8",
    )
    run("ingest", plans, "--db", db_url)
    lines = run("changes", "west-cheshire", "--db", db_url).output.splitlines()
    assert lines[0].endswith(": 1 added, 1 removed")
    assert lines[1].startswith("+ Good level of development")
    assert lines[2].startswith("- Young people not in education (NEET)")


def test_bad_real_files_fail_with_their_name(tmp_path: Path, db_url: str) -> None:
    """Real bad files through the real extractor: each fails alone, in one line naming it.

    malformed-from-issue-932.pdf once crashed pdfplumber; today it may read (ok) or fail, but
    it must not stop the batch. Which named error extract() raises is the extractor's business.
    """
    folder = tmp_path / "bad"
    shutil.copytree(BAD, folder)
    result = run("ingest", folder, "--db", db_url)
    assert result.exit_code == 1
    files = sorted(p.name for p in BAD.glob("*.pdf"))
    lines = result.output.splitlines()
    assert lines[len(files)].startswith(f"{len(files)} files: ")
    # each file's line as it is stored, then the failed ones again after the closing line
    problems = lines[len(files) + 2 :]
    assert lines[len(files) + 1] == "Failed or partial:"
    for name in ("empty.pdf", "not-a-pdf.pdf", "password-example.pdf"):
        [line] = [x for x in lines[: len(files)] if f"{name}:" in x]
        assert line.startswith(f"failed   {folder / name}: ")
        assert len(line) > len(f"failed   {folder / name}: ")
        assert line in problems
    exported = run("export", "--what", "documents", "--db", db_url).output.splitlines()
    documents = {d["file"]: d for d in map(json.loads, exported)}
    assert len(documents) == len(files)
    for document in documents.values():
        if document["status"] == "failed":
            assert document["error"].startswith(f"{folder / document['file']}: ")
            assert "\n" not in document["error"]
    assert documents["empty.pdf"]["status"] == "failed"
    assert documents["password-example.pdf"]["status"] == "failed"


def test_compare_by_authority_and_period(ingested: str, plans: Path) -> None:
    stoke = run("compare", "--kind", "indicator", "--authority", "stoke", "--db", ingested)
    headings = [line for line in stoke.output.splitlines() if "records)" in line]
    assert headings and all(line.startswith("Stoke-on-Trent:") for line in headings)
    # the fake plans name no period; this one runs 2016-2020
    (plans / "stockton-plan.pdf").write_text(
        "Stockton-on-Tees Borough Council\nChildren and Young People's Plan 2016-2020\n"
        "Be safe | Children in need | 340 | 300\n",
        encoding="utf-8",
    )
    run("ingest", plans, "--db", ingested)
    assert run("compare", "--period", "2030", "--db", ingested).output == "No records match.\n"
    headings = run("compare", "--period", "2018/19", "--db", ingested).output.splitlines()[0]
    assert headings == "Stockton-on-Tees: stockton-plan (1 records)"
    refused = run("compare", "--period", "soon", "--db", ingested)
    assert refused.exit_code == 1
    assert refused.output == (
        "Error: 'soon': not a period; give a year or a span such as 2016-2020\n"
    )


# Progress, --quiet and --report


def test_quiet_shows_only_failures_and_the_total(
    fake_pipeline: None, plans: Path, db_url: str
) -> None:
    (plans / "a-corrupt.pdf").write_text("CORRUPT\n", encoding="utf-8")
    result = run("ingest", plans, "--db", db_url, "--quiet")
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"failed   {plans / 'a-corrupt.pdf'}: not a PDF (the file does not start with %PDF)",
        "4 files: 3 ok, 1 failed; 4 records",
    ]


def test_report_has_an_entry_per_file_and_the_totals(
    fake_pipeline: None, plans: Path, db_url: str, tmp_path: Path
) -> None:
    (plans / "a-corrupt.pdf").write_text("CORRUPT\n", encoding="utf-8")
    given = sorted(p for p in plans.iterdir() if not p.name.startswith("~$"))  # an owner file
    out = tmp_path / "run.json"
    assert run("ingest", plans, "--db", db_url, "--quiet", "--report", out).exit_code == 1
    first = json.loads(out.read_text(encoding="utf-8"))
    assert [e["file"] for e in first["files"]] == [str(p) for p in given]
    assert {e["file"]: e["status"] for e in first["files"]} == {
        str(p): "failed" if p.name == "a-corrupt.pdf" else "ok" for p in given
    }
    for e in first["files"]:
        assert set(e) == {
            "file",
            "status",
            "pages",
            "tables",
            "records",
            "seconds",
            "error",
            "notes",
            "authority",
        }
        assert e["notes"] is None  # nothing read by OCR here
        assert e["seconds"] >= 0
        assert (e["error"] is None) == (e["status"] != "failed")
    totals = first["totals"]
    assert (totals["files"], totals["ok"], totals["failed"], totals["skipped"]) == (4, 3, 1, 0)
    assert totals["records"] == sum(e["records"] for e in first["files"]) > 0
    assert first["interrupted"] is False and first["store"] == display_name(db_url)
    run("ingest", plans, "--db", db_url, "--quiet", "--report", out)
    again = json.loads(out.read_text(encoding="utf-8"))
    assert [e["status"] for e in again["files"]] == ["failed", "skipped", "skipped", "skipped"]
    assert again["totals"]["records"] == 0  # a skipped file's records were stored before


def test_the_progress_bar_counts_documents_and_pages() -> None:
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=120)
    with watching(quiet=False, terminal=True, console=console) as show:
        show.start(2)
        show.file(FileResult("plans/a.pdf", "ok", records=3, pages=12, seconds=0.5))
        show.file(FileResult("plans/b.docx", "failed", error="plans/b.docx: the file is empty"))
    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen.getvalue())  # colours and cursor
    assert "ok       plans/a.pdf: 3 records" in shown
    assert "failed   plans/b.docx: the file is empty" in shown
    assert "2/2 documents, 12 pages" in shown
