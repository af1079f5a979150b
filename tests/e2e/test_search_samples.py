"""End to end, issue 5's "Done when": search finds a phrase from each sample's narrative with the
right heading path and page.

Every file of samples/ is ingested once per backend (SQLite always, PostgreSQL too when
COUNCILPLANS_TEST_PG_URL is set) with the real extractor and normaliser. Then, per sample, a
quoted phrase of 4-8 consecutive words from that sample's narrative (a paragraph or bullet
under a heading, never a table cell) must give a section hit for that document whose heading
path and page are the expected ones, with the phrase's words in [brackets] in the snippet.

Phrases are copied from the builder's input (samples/content/*.py, and for the three reportlab
excerpts samples/planbuild/reportlab_plans.py), never from extractor output. Expected heading
paths and pages are literals worked out by hand from samples/truth/<file>.json "headings": the
path is the chain of nearest preceding headings of lower level, and the page is the section's
first page, i.e. the page of its own heading (Hit.page is SectionRow.first_page), even where the
phrase itself is printed on a later page. DOCX has no pages, so None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from conftest import PG_URL
from sqlalchemy import text

from councilplans.extractors import Document, extract, sha256_of
from councilplans.ingest import batch
from councilplans.normalise import Normalised, normalise
from councilplans.store import Store, connect, search
from councilplans.store.db import drop_schema

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
BUILDER_INPUT = [
    *sorted((SAMPLES / "content").glob("*.py")),
    SAMPLES / "planbuild" / "reportlab_plans.py",
]

STOCKTON_FRAMEWORK = (
    "FRAMEWORK FOR PLANNING, COMMISSIONING, MANAGING PERFORMANCE AND SERVICE DELIVERY"
)
CHESHIRE_BACKGROUND = "Background to the Plan and key achievements and progress made in 2011-2012"
CHESHIRE_ACHIEVEMENTS = (
    "Key achievements and progress made against the priorities set in the "
    "Children and Young people's Plan 2011-12:"
)

# (file, phrase, expected heading path, expected page). Every heading path and page below comes
# from samples/truth/<file>.json "headings" (the level > level chain, the first heading's page).
CASES = [
    # Seed 000, under H1 "1 | OBJECTIVE/S" (truth p4) > H2 "1.2 | People and places..." (p5).
    (
        "staffordshire-delivery-plan-2010.pdf",
        "Fundamental to the success of any strategy",
        ("OBJECTIVE/S", "People and places..."),
        5,
    ),
    # Seed 000, under H1 "OBJECTIVE/S" > H2 "What will be delivered in 2010/11".
    (
        "staffordshire-delivery-plan-2010.docx",
        "complete Child Poverty Strategy spanning adult",
        ("OBJECTIVE/S", "What will be delivered in 2010/11"),
        None,
    ),
    # Seed 001, under H1 "11 | How to Deliver?" > H2 "How we will deliver the priorities in the
    # plan" > H3 "Coordination and Review – Governance and scrutiny" (all truth p12).
    (
        "cheshire-west-cyp-plan-2012-15.pdf",
        "CWaC Scrutiny panel for Children and Young People",
        (
            "How to Deliver?",
            "How we will deliver the priorities in the plan",
            "Coordination and Review – Governance and scrutiny",
        ),
        12,
    ),
    # Seed 001, the "Number of Adoptions" bullet under H1 "2 | Background..." > H2 "Key
    # achievements..." > H3 "Priority: Children in Care and Care Leavers".
    (
        "cheshire-west-cyp-plan-2012-15.docx",
        "19 children adopted, compared to 8",
        (CHESHIRE_BACKGROUND, CHESHIRE_ACHIEVEMENTS, "Priority: Children in Care and Care Leavers"),
        None,
    ),
    # Seed 002, under H1 "Governance" (truth p1). The heading is at the foot of page 1 and this
    # second paragraph is printed on page 2; the section still starts on page 1.
    (
        "staffordshire-cyp-strategic-action-plan-2011-12.pdf",
        "District partnerships will interpret the Staffordshire",
        ("Governance",),
        1,
    ),
    # Seed 002, under H1 "How Will We Achieve Our Strategic Priority Outcomes?".
    (
        "staffordshire-cyp-strategic-action-plan-2011-12.docx",
        "For a more comprehensive detailed read please refer",
        ("How Will We Achieve Our Strategic Priority Outcomes?",),
        None,
    ),
    # Seed 003, a bullet under H1 "Priority – Reduce the impact of Child Poverty" > H2 "Where are
    # we now?" (truth p6); five other priorities have an H2 of the same name.
    (
        "stoke-on-trent-cyp-plan-2016-20.pdf",
        "children have received a food parcel",
        ("Priority – Reduce the impact of Child Poverty", "Where are we now?"),
        6,
    ),
    # Seed 003, under H1 "How we will deliver this plan" > H2 "Monitoring progress".
    (
        "stoke-on-trent-cyp-plan-2016-20.docx",
        "Nominated strategic champions at senior management level",
        ("How we will deliver this plan", "Monitoring progress"),
        None,
    ),
    # Seed 004, under H1 "5 | FRAMEWORK..." > H2 "Building Schools for the Future" > H3 "What
    # next?" (all truth p17).
    (
        "stockton-on-tees-cyp-plan-2007-10.pdf",
        "in wave 6 of the development programme",
        (STOCKTON_FRAMEWORK, "Building Schools for the Future", "What next?"),
        17,
    ),
    # Seed 004, under H1 "5 | FRAMEWORK..." > H2 "Developing SureStart and Children's Centres" >
    # H3 "Phase 3".
    (
        "stockton-on-tees-cyp-plan-2007-10.docx",
        "final phase, yet to be announced",
        (STOCKTON_FRAMEWORK, "Developing SureStart and Children's Centres", "Phase 3"),
        None,
    ),
    # Reportlab excerpt of seed 003: the paragraph right under its H1 (truth p1).
    (
        "stoke-on-trent-skills-indicators-no-rules.pdf",
        "everyone who can and wants to work",
        ("Priority – Improve skills and employability",),
        1,
    ),
    # Reportlab excerpt of seed 001: one of the review paragraphs under H1 "13 | How to Review"
    # (truth p1).
    (
        "cheshire-west-action-plan-zebra.pdf",
        "The LSCB will provide challenge on outcomes",
        ("How to Review",),
        1,
    ),
    # Reportlab excerpt of seed 000: the "17.1" paragraph under H1 "17 | RISK MANAGEMENT"
    # (truth p1), its only narrative.
    (
        "staffordshire-risk-register-h-rules.pdf",
        "risks facing the delivery of this plan",
        ("RISK MANAGEMENT",),
        1,
    ),
    # Under a bold label paragraph (`** ...` in the builder's input, not a heading in the
    # truth), so the path stops at the heading above the label. The "Underpinning plans and
    # strategies" bullets come after the grid under H1 "Priority – Improve skills and
    # employability" > H2 "What difference will we make by 2020?" (truth p1).
    (
        "stoke-on-trent-skills-indicators-no-rules.pdf",
        "SSLEP Strategic Economic Plan",
        ("Priority – Improve skills and employability", "What difference will we make by 2020?"),
        1,
    ),
    # Under H1 "2 | OUR VISION FOR CHILDREN AND YOUNG PEOPLE" (truth p3), after the bold label
    # "Every Child Matters – No Child Left Behind" and its bullets.
    (
        "stockton-on-tees-cyp-plan-2007-10.pdf",
        "achieve this vision through outstanding integrated services",
        ("OUR VISION FOR CHILDREN AND YOUNG PEOPLE",),
        3,
    ),
]

ARGS = ("file", "phrase", "path", "page")
PARAMS = [pytest.param(*case, id=f"{case[0]}:{case[1][:24]}") for case in CASES]


def sample_files() -> list[str]:
    return sorted(p.name for p in [*SAMPLES.glob("*.pdf"), *SAMPLES.glob("*.docx")])


@cache
def _parsed(path: str, sha256: str) -> tuple[Document, Normalised]:
    """The real extractor and normaliser, each file's result kept for the other backend."""
    doc = extract(path)
    return doc, normalise(doc)


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    """A store holding every file of samples/, made once per backend for this module."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('search-samples') / 'samples.db'}"
    elif not PG_URL:
        pytest.skip("set COUNCILPLANS_TEST_PG_URL to run the PostgreSQL tests")
    else:
        url = PG_URL
        with connect(url) as fresh:
            drop_schema(fresh)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(
            batch,
            "extract",
            lambda path, settings=None, **_: _parsed(str(path), sha256_of(path))[0],
        )
        mp.setattr(batch, "normalise", lambda doc, authority: _parsed(doc.path, doc.sha256)[1])
        with connect(url) as opened:
            report = batch.ingest_paths([SAMPLES], opened)
            assert report.ok, report.summary()
            assert sorted(Path(r.path).name for r in report.results) == sample_files()
    # Each DOCX sample is the plan of its PDF, and search reads a plan once (from the PDF,
    # tests/test_plans.py); here every file's own reading is searched, so they are parted.
    with connect(url) as opened, opened.atomic() as session:
        parted = session.execute(
            text("UPDATE documents SET same_plan_as = NULL WHERE same_plan_as IS NOT NULL")
        )
        assert parted.rowcount == 5
    with connect(url) as opened:
        yield opened
    if request.param == "postgresql":
        with connect(url) as used:
            drop_schema(used)


def words(phrase: str) -> list[str]:
    return re.findall(r"\w+", phrase.casefold())


def marked_words(snippet: str) -> list[tuple[str, bool]]:
    """The snippet's words in order, each with whether it is inside [brackets]."""
    out = []
    for i, part in enumerate(re.split(r"[\[\]]", snippet)):
        out.extend((w, i % 2 == 1) for w in words(part))
    return out


def stop_words(store: Store, phrase: str) -> set[str]:
    """The phrase's words PostgreSQL leaves out of a query (so ts_headline never marks them);
    none on SQLite, whose FTS5 marks every word of a matched phrase."""
    if store.engine.dialect.name != "postgresql":
        return set()
    with store.session() as session:
        return {
            w
            for w in words(phrase)
            if session.scalar(text("SELECT to_tsvector('english', :w) = ''::tsvector"), {"w": w})
        }


def phrase_marked(snippet: str, phrase: str, stop: set[str]) -> bool:
    """Whether the snippet has the phrase's words in a row, each in [brackets] (stop words may
    be unmarked)."""
    want, got = words(phrase), marked_words(snippet)
    return any(
        [w for w, _ in got[i : i + len(want)]] == want
        and all(marked or w in stop for w, marked in got[i : i + len(want)])
        for i in range(len(got) - len(want) + 1)
    )


def test_every_sample_has_a_phrase() -> None:
    assert len(sample_files()) == 13
    assert sorted({file for file, *_ in CASES}) == sample_files()


@pytest.mark.parametrize(ARGS, PARAMS)
def test_phrase_is_from_the_builders_input(
    file: str, phrase: str, path: tuple[str, ...], page: int | None
) -> None:
    assert 4 <= len(phrase.split()) <= 8
    source = " ".join(" ".join(p.read_text(encoding="utf-8") for p in BUILDER_INPUT).split())
    assert phrase in source


@pytest.mark.parametrize(ARGS, PARAMS)
def test_search_finds_phrase_with_heading_path_and_page(
    store: Store, file: str, phrase: str, path: tuple[str, ...], page: int | None
) -> None:
    hits = search(store, f'"{phrase}"', kind="section", limit=100)
    mine = [h for h in hits if h.document == file]
    right = [h for h in mine if h.heading_path == path and h.page == page]
    assert right, (
        f"{file}: {phrase!r}: expected {path} on page {page}, got "
        f"{[(h.heading_path, h.page) for h in mine]}"
    )
    [hit] = right
    assert hit.kind == "section"
    assert phrase_marked(hit.snippet, phrase, stop_words(store, phrase)), hit.snippet
