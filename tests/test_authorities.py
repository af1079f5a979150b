"""Recognising the authority of a plan, and looking one up by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from councilplans.extractors.model import Document, Paragraph, Provenance
from councilplans.normalise.authorities import (
    UnknownAuthority,
    authorities,
    find_authority,
    find_mentions,
    name_words,
)
from councilplans.normalise.authorship import Authority, recognise_authorship

SEEDS = Path(__file__).parents[1] / "samples" / "seeds"


def recognise_authority(text: str, filename: str) -> Authority | None:
    """The council of a document that holds ``text``, one paragraph a line, in a file so named."""
    blocks = tuple(Paragraph(line) for line in text.split("\n") if line.strip())
    doc = Document(filename or "plan.docx", "0" * 64, "docx", None, blocks)
    return recognise_authorship(doc, None).authority


# (file name, opening text of the plan, expected nice name): real openings of the seed plans
OPENINGS = [
    (
        "cyp-plan-2012-15.pdf",
        "West Cheshire\nChildren's Trust\nChildren and Young People's Plan "
        "2012 – 2015 – starting well",
        "Cheshire West and Chester",
    ),
    (
        "plan.docx",
        "Stoke-on-Trent Children and Young People's Strategic Partnership\nChildren, "
        "Young People and Families Plan 2016-2020",
        "Stoke-on-Trent",
    ),
    (
        "cyp-plan.pdf",
        "DRAFT\nSTOCKTON ON TEES\nCHILDREN AND YOUNG PEOPLE'S PLAN 2007-2010",
        "Stockton-on-Tees",
    ),
    ("plan.pdf", "Stockton-on-Tees Borough Council", "Stockton-on-Tees"),
    (
        "delivery-plan.pdf",
        "Staffordshire Children's Trust\nDELIVERY PLAN Version 3.1",
        "Staffordshire",
    ),
    ("plan.pdf", "Stoke-on-Trent City Council", "Stoke-on-Trent"),
]


def test_register_is_shipped() -> None:
    table = authorities()
    assert len(table) == 470
    ste = table["STE"]
    assert (ste.name, ste.official_name, ste.gss_code) == (
        "Stoke-on-Trent",
        "Stoke-on-Trent City Council",
        "E06000021",
    )
    assert (ste.type, ste.nation, ste.region, ste.current) == (
        "UA",
        "England",
        "West Midlands",
        True,
    )
    assert "stockton on tees" in table["STT"].alt_names


@pytest.mark.parametrize(("filename", "text", "expected"), OPENINGS)
def test_recognise_from_opening_text(filename: str, text: str, expected: str) -> None:
    assert recognise_authority(text, filename).name == expected


@pytest.mark.parametrize(
    ("filename", "expected"),
    [
        ("stoke-on-trent-cyp-plan.pdf", "Stoke-on-Trent"),
        ("stockton-on-tees-cyp-plan-2007-10.docx", "Stockton-on-Tees"),
        ("cheshire-west-cyp-plan-2012-15.pdf", "Cheshire West and Chester"),
        ("staffordshire-delivery-plan-2010.pdf", "Staffordshire"),
        ("Stafford_Borough_plan.pdf", "Stafford"),
    ],
)
def test_recognise_from_file_name(filename: str, expected: str) -> None:
    assert recognise_authority("", filename).name == expected


def test_longest_match_wins() -> None:
    mentions = find_mentions("Staffordshire County Council and East Staffordshire, not Stafford")
    assert [code for _, code in mentions] == ["STS", "EST", "STA"]


def test_county_beats_district_by_mentions() -> None:
    text = (
        "Staffordshire Children's Trust\nStafford Borough Council is one of the eight "
        "district partners. Staffordshire's vision: Staffordshire children ..."
    )
    assert recognise_authority(text, "").code == "STS"


def test_common_words_are_not_councils() -> None:
    text = "reading and writing; we bury the past; Hart is a surname; the Down syndrome team"
    assert recognise_authority(text, "reading-list.pdf") is None
    assert recognise_authority("Reading Borough Council plan", "").name == "Reading"


def test_title_outweighs_passing_mentions_later() -> None:
    body = " word" * 500 + " Bury Metropolitan Borough Council. Bolton Council." * 2
    assert recognise_authority("STOCKTON ON TEES\n" + body, "").name == "Stockton-on-Tees"


def test_nothing_found() -> None:
    assert recognise_authority("A plan for children and young people", "plan.pdf") is None


@pytest.mark.parametrize(
    ("seed", "expected"),
    [
        # its opening names no council (the real plan's cover was an image); the text
        # mentions Staffordshire, but a council a text only mentions is not its author
        ("000-staffordshire-delivery-plan-2010.txt", None),
        ("001-cheshire-west-cyp-plan-2012-15.txt", "Cheshire West and Chester"),
        ("002-staffordshire-cyp-strategic-action-plan-2011-12.txt", "Staffordshire"),
        ("003-stoke-on-trent-cyp-plan-2016-20.txt", "Stoke-on-Trent"),
        ("004-stockton-on-tees-cyp-plan-2007-10.txt", "Stockton-on-Tees"),
    ],
)
def test_recognise_seed_plans_from_text_alone(seed: str, expected: str | None) -> None:
    path = SEEDS / seed
    if not path.exists():
        pytest.skip(f"{path} is not in this checkout")
    found = recognise_authority(path.read_text(encoding="utf-8"), "plan.pdf")
    assert (found.name if found else None) == expected


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Stoke-on-Trent", "STE"),
        ("stoke on trent", "STE"),
        ("STOKE-ON-TRENT CITY COUNCIL", "STE"),
        ("ste", "STE"),
        ("West Cheshire", "CHW"),
        ("Cheshire West & Chester", "CHW"),
        ("Staffordshire Children’s Trust", "STS"),
        ("Stockton On Tees UA", "STT"),
        ("stafford", "STA"),
    ],
)
def test_find_authority_by_any_alias(name: str, code: str) -> None:
    assert find_authority(name).code == code


def test_find_authority_unknown_lists_near_matches() -> None:
    with pytest.raises(UnknownAuthority) as info:
        find_authority("Stoke on Trnt")
    assert str(info.value) == "Stoke on Trnt: unknown authority; did you mean Stoke-on-Trent?"
    assert info.value.suggestions == ["Stoke-on-Trent"]
    with pytest.raises(UnknownAuthority, match="^Atlantis: unknown authority$"):
        find_authority("Atlantis")


def test_name_words() -> None:
    assert name_words("Children’s Trust & Stoke-on-Trent") == "Childrens Trust and Stoke on Trent"


def _doc(*lines: str, path: str = "report.pdf", **fields: object) -> Document:
    blocks = tuple(Paragraph(line, (Provenance(page=1),)) for line in lines)
    return Document(path, "0" * 64, "pdf", 1, blocks, **fields)  # type: ignore[arg-type]


def test_a_town_council_is_the_publisher_not_the_borough_in_its_name() -> None:
    found = recognise_authorship(
        _doc("Royal Sutton Coldfield Town Council", "Community Grants Awarded in 2016/17"), None
    )
    assert (found.authority, found.publisher) == (None, "Royal Sutton Coldfield Town Council")
    assert found.evidence == "title: 'Royal Sutton Coldfield Town Council'"


def test_a_council_mentioned_in_the_text_is_not_the_author() -> None:
    text = (
        "Treasury risk management at the Council is conducted within the framework of the "
        "code; the Council also manages debt on behalf of Medway Council since 1998."
    )
    found = recognise_authorship(_doc("Treasury Management Strategy 2025-26", text), None)
    assert found.authority is None and found.publisher is None


def test_national_bodies_keep_their_own_name() -> None:
    briefing = _doc("BRIEFING PAPER", "UK Carbon Budgets", author="House of Commons Library")
    found = recognise_authorship(briefing, None)
    assert (found.authority, found.publisher) == (None, "House of Commons Library")


def test_footers_addresses_and_initials_name_the_council() -> None:
    footer = _doc("Falls action pack", running=("West Sussex County Council",))
    assert recognise_authorship(footer, None).authority.code == "WSX"
    contact = _doc("Family hubs", "Contact: family.hubs@kent.gov.uk")
    assert recognise_authorship(contact, None).authority.code == "KEN"
    company = _doc("Equality Act 2010 update", company="WSCC")
    assert recognise_authorship(company, None).authority.code == "WSX"
