"""The Python API (councilplans.api): its docstring examples, run as doctests on samples/,
and what they do not show: filters, refusals, the CLI over the same functions.

The expected values in the examples come from the samples' sources (samples/truth: pages,
tables, records of each kind, the indicator's wording), not from a run of the code.
"""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

import councilplans
from councilplans import api
from councilplans.normalise.authorities import UnknownAuthority
from councilplans.store import NoStore, QueryError

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with samples/ in it, where the examples' stores are written."""
    folder = tmp_path_factory.mktemp("api")
    (folder / "samples").symlink_to(SAMPLES)
    return folder


def test_docstring_examples(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(workdir)
    finder = doctest.DocTestFinder()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    # the module's example ingests first; the others read what it wrote
    tests = sorted(finder.find(api, globs={"councilplans": councilplans}), key=_module_first)
    assert len([t for t in tests if t.examples]) == 8
    for test in tests:
        runner.run(test)
    assert runner.summarize(verbose=False).failed == 0


def _module_first(test: doctest.DocTest) -> tuple[bool, str]:
    return test.name != api.__name__, test.name


def test_top_level_names_are_the_api() -> None:
    assert councilplans.ingest is api.ingest and councilplans.compare is api.compare
    from councilplans.ingest import ingest_paths  # the sub-package is still importable

    assert callable(ingest_paths)


def test_reading_functions_refuse_a_missing_store(tmp_path: Path) -> None:
    typo = tmp_path / "typo.db"
    for read in (api.records, api.compare, api.summary, api.tables):
        with pytest.raises(NoStore, match="no store here"):
            read(db=typo)
    with pytest.raises(NoStore):
        api.search("plan", db=typo)
    assert not typo.exists()


@pytest.fixture(scope="module")
def two_samples(workdir: Path) -> Path:
    db = workdir / "filters.db"
    runs = api.ingest(
        [
            SAMPLES / "staffordshire-risk-register-h-rules.pdf",
            SAMPLES / "cheshire-west-cyp-plan-2012-15.pdf",
        ],
        db=db,
    )
    assert runs["status"].tolist() == ["ok", "ok"]
    return db


def test_compare_keeps_one_shape_with_or_without_filters(two_samples: Path) -> None:
    every = api.compare(db=two_samples)
    risks = api.compare(db=two_samples, kind="risk")
    none = api.compare(db=two_samples, indicator="no such words anywhere")
    assert list(every.columns) == list(risks.columns) == list(none.columns)
    assert none.empty and len(risks) == 4


def test_record_filters(two_samples: Path) -> None:
    # Cheshire West's plan runs 2012-2015; the Staffordshire register names no plan period
    cheshire = api.records(db=two_samples, authority="Cheshire West and Chester")
    assert len(cheshire) > 0 and set(cheshire["authority"]) == {"Cheshire West and Chester"}
    assert len(api.records(db=two_samples, period="2014/15")) == len(cheshire)
    assert api.records(db=two_samples, period="2016-2020").empty
    with pytest.raises(QueryError, match="not a period"):
        api.records(db=two_samples, period="soon")
    with pytest.raises(UnknownAuthority):
        api.records(db=two_samples, authority="Atlantis")


def test_every_function_on_each_backend(fake_pipeline: None, plans: Path, db_url: str) -> None:
    runs = api.ingest(plans, db=db_url, workers=1)
    assert runs["status"].tolist() == ["ok", "ok", "ok"]
    assert runs["records"].sum() == 4 and runs["pages"].tolist() == [1, 1, 1]
    # the fake plans: one indicator per "priority | measure | baseline | target" line
    stoke = api.records(db=db_url, authority="STE")
    assert stoke["measure"].tolist() == ["Obesity in Year 6", "Breastfeeding at 6-8 weeks"]
    obesity = api.compare(db=db_url, theme="obesity")
    assert set(obesity["authority"]) == {"Stoke-on-Trent", "Staffordshire"}
    assert api.summary(db=db_url)["records"].sum() == 4
    assert api.search("breastfeeding", db=db_url)["document"].tolist() == [
        "stoke-on-trent-cyp-plan.pdf"
    ]
    assert api.tables(db=db_url).empty  # the fake normaliser keeps no tables
