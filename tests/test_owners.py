"""normalise/owners.py on owner cells from the seed plans; expectations written by hand."""

from __future__ import annotations

import pytest

from councilplans.normalise.owners import parse_owner

SEEDS = [
    ("Jim Brady SCC", ("Jim Brady",), (), ("SCC",)),
    ("Ali Stathers-Tracey", ("Ali Stathers-Tracey",), (), ()),
    ("Janet Beckett/Sarah Lister", ("Janet Beckett", "Sarah Lister"), (), ()),
    ("Barbara Pickford/Liz Davenport", ("Barbara Pickford", "Liz Davenport"), (), ()),
    ("Head of Integrated Investment Unit", (), ("Head of Integrated Investment Unit",), ()),
    ("Road Safety", (), (), ("Road Safety",)),
    ("Participation Group", (), (), ("Participation Group",)),
    ("Cllr. Stocks/Sandra Campbell", ("Cllr. Stocks", "Sandra Campbell"), (), ()),
    ("Councillor Janine Bridges", ("Councillor Janine Bridges",), (), ()),
]


@pytest.mark.parametrize("raw,people,roles,orgs", SEEDS)
def test_owner_cells(raw, people, roles, orgs) -> None:
    owner = parse_owner(raw)
    assert owner is not None and owner.raw == raw
    assert (owner.people, owner.roles, owner.organisations) == (people, roles, orgs)


def test_tbc_names_nobody() -> None:
    owner = parse_owner("TBC")
    assert owner is not None and owner.people == () and owner.organisations == ()


def test_empty_is_none() -> None:
    assert parse_owner("  ") is None
