"""A plan published as both PDF and DOCX counts once: in compare, search, summaries, the
records export and the latest_records view, with both files listed."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from conftest import make_document, make_normalised
from sqlalchemy import text

from councilplans import api
from councilplans.normalise.authorities import find_authority
from councilplans.normalise.record import Section
from councilplans.store import assign, connect, iter_documents, records_frame, write_version

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
PDF, DOCX = "/plans/stoke-plan.pdf", "/plans/stoke-plan.docx"


def truth(file: str) -> dict:
    return json.loads((SAMPLES / "truth" / f"{file}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def every_sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("plans") / "samples.db"
    runs = api.ingest(SAMPLES, db=db, workers=2)
    assert set(runs["status"]) == {"ok"}
    return db


def test_each_docx_sample_is_the_plan_of_its_pdf(every_sample: Path) -> None:
    # samples/build.py prints each DOCX sample to the PDF of the same stem
    docx = {p.stem for p in SAMPLES.glob("*.docx")}
    assert len(docx) == 5
    links = {
        Path(d["path"]).name: Path(d["same_plan_as"]).name if d["same_plan_as"] else None
        for d in api_documents(every_sample)
    }
    assert links == {
        p.name: f"{p.stem}.pdf" if p.suffix == ".docx" else None
        for p in SAMPLES.iterdir()
        if p.suffix in (".pdf", ".docx")
    }


REAL = Path(__file__).resolve().parents[1] / "bench" / "authority" / "docs"
PAIRS = Path(__file__).resolve().parent / "fixtures" / "pairs"


@pytest.mark.parametrize(
    ("folder", "council"), [("west-sussex-jsna", "West Sussex"), ("gcc", "Gloucester")]
)
def test_each_real_docx_is_the_plan_of_the_pdf_printed_from_it(
    tmp_path: Path, folder: str, council: str
) -> None:
    # The development set's DOCX files and the PDFs LibreOffice prints from them
    # (tests/fixtures/pairs). Two briefings put all their text before any heading; it was
    # dropped, and they were not paired.
    docx = sorted((REAL / folder).glob("*.docx"))
    files = [*docx, *(PAIRS / f"{d.stem}.pdf" for d in docx)]
    runs = api.ingest(files, db=tmp_path / "pairs.db", authority=council)
    assert set(runs["status"]) == {"ok"}
    links = {
        Path(d["path"]).name: Path(d["same_plan_as"]).name if d["same_plan_as"] else None
        for d in api_documents(tmp_path / "pairs.db")
    }
    assert links == {f.name: f"{f.stem}.pdf" if f.suffix == ".docx" else None for f in files}


def api_documents(db: Path) -> list[dict]:
    with connect(db, create=False) as store:
        return list(iter_documents(store))


def test_summary_counts_a_plan_once(every_sample: Path) -> None:
    plans: dict[str, set[str]] = {}
    for path in SAMPLES.glob("*.pdf"):
        plans.setdefault(truth(path.name)["authority"], set()).add(path.stem)
    counted = api.summary(db=every_sample).set_index("authority")["documents"].to_dict()
    assert counted == {name: len(stems) for name, stems in plans.items()}


def test_records_come_from_the_pdf_and_name_the_docx(every_sample: Path) -> None:
    frame = api.records(db=every_sample)
    assert not frame["file"].str.endswith(".docx").any()
    stoke = frame[frame["file"] == "stoke-on-trent-cyp-plan-2016-20.pdf"]
    assert len(stoke) == len(truth("stoke-on-trent-cyp-plan-2016-20.pdf")["records"])
    assert {tuple(files) for files in stoke["also_in"]} == {
        ("stoke-on-trent-cyp-plan-2016-20.docx",)
    }
    skills = frame[frame["file"] == "stoke-on-trent-skills-indicators-no-rules.pdf"]
    assert {tuple(files) for files in skills["also_in"]} == {()}
    assert set(api.compare(db=every_sample)["doc"]) <= set(frame["doc"])


def test_the_view_shows_a_plan_once(every_sample: Path) -> None:
    with connect(every_sample, create=False) as store, store.session() as session:
        files = set(session.scalars(text("SELECT DISTINCT file FROM latest_records")))
    assert files and not {f for f in files if f.endswith(".docx")}


PLAN_TEXT = (
    "We want every child in Stoke-on-Trent to have the best start in life, to be safe and "
    "healthy, and to achieve their potential at school and beyond. "
) * 5
OTHER_TEXT = (
    "Our older residents should live independently for longer, with care close to home and "
    "support for carers when they need it. "
) * 5


def write(store, key: str, sha: str, text: str = PLAN_TEXT, authority: str = "STE"):
    doc = dataclasses.replace(make_document(key, sha), format=key.rsplit(".", 1)[1])
    norm = make_normalised(authority=authority)
    sections = (Section(("Our vision",), 1, text, 1, 2),)
    return write_version(store, key, doc, dataclasses.replace(norm, sections=sections))


def same_plan_as(store) -> dict[str, str | None]:
    return {d["path"]: d["same_plan_as"] for d in iter_documents(store)}


def test_the_docx_points_at_the_pdf_whichever_came_first(store) -> None:
    write(store, DOCX, "a" * 64)
    write(store, PDF, "b" * 64)
    assert same_plan_as(store) == {PDF: None, DOCX: PDF}
    assert list(records_frame(store)["file"]) == ["stoke-plan.pdf"] * 2


def test_what_keeps_two_files_apart(store) -> None:
    write(store, PDF, "a" * 64)
    write(store, DOCX, "b" * 64, OTHER_TEXT)  # another plan's words
    write(store, "/plans/copy.pdf", "d" * 64)  # the same format
    write(store, "/plans/stockton.docx", "e" * 64, authority="STT")  # another authority
    assert set(same_plan_as(store).values()) == {None}


def test_a_new_version_that_differs_parts_them_again(store) -> None:
    write(store, PDF, "a" * 64)
    write(store, DOCX, "b" * 64)
    assert same_plan_as(store)[DOCX] == PDF
    write(store, PDF, "c" * 64, OTHER_TEXT)
    assert same_plan_as(store)[DOCX] is None
    assert len(records_frame(store)) == 4  # two plans now, two records each
    write(store, DOCX, "d" * 64, OTHER_TEXT)
    assert same_plan_as(store)[DOCX] == PDF


def test_assigning_another_authority_parts_them(store) -> None:
    write(store, PDF, "a" * 64)
    write(store, DOCX, "b" * 64)
    assign(store, DOCX, find_authority("Staffordshire"))
    assert same_plan_as(store)[DOCX] is None
