"""Document metadata of the samples, against what their source plans print.

The expected values are read off the seed texts (samples/seeds): the cover of 000 says
"DELIVERY PLAN Version 3.1" and "DATE December 2009"; the titles of 001-004 carry their plan
periods; each plan's opening names its council. The three one-page reportlab excerpts carry
no cover, so only what their page shows is expected, and the council their file name names
(the skills excerpt prints none of its own).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from councilplans.extractors import extract
from councilplans.normalise import normalise

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

# stem: (authority, period, period as printed, version, version as printed, date as printed)
EXPECTED = {
    "staffordshire-delivery-plan-2010": (
        "Staffordshire",
        None,
        None,
        "3.1",
        "Version 3.1",
        "December 2009",
    ),
    "cheshire-west-cyp-plan-2012-15": (
        "Cheshire West and Chester",
        "2012-2015",
        "2012 – 2015",
        None,
        None,
        None,
    ),
    "staffordshire-cyp-strategic-action-plan-2011-12": (
        "Staffordshire",
        "2011-2012",
        "2011-12",
        None,
        None,
        None,
    ),
    "stoke-on-trent-cyp-plan-2016-20": (
        "Stoke-on-Trent",
        "2016-2020",
        "2016-2020",
        None,
        None,
        None,
    ),
    "stockton-on-tees-cyp-plan-2007-10": (
        "Stockton-on-Tees",
        "2007-2010",
        "2007-2010",
        None,
        None,
        None,
    ),
    "stoke-on-trent-skills-indicators-no-rules": (
        "Stoke-on-Trent",
        "2016-2020",
        "2016-2020",
        None,
        None,
        None,
    ),
}


@pytest.mark.parametrize(
    "path",
    [
        SAMPLES / f"{stem}{ext}"
        for stem in EXPECTED
        for ext in (".pdf", ".docx")
        if (SAMPLES / f"{stem}{ext}").exists()
    ],
    ids=lambda p: p.name,
)
def test_metadata(path: Path) -> None:
    m = normalise(extract(path)).metadata
    got = (
        m.authority.name if m.authority else None,
        m.period,
        m.period_raw,
        m.version,
        m.version_raw,
        m.date_raw,
    )
    assert got == EXPECTED[path.stem.removesuffix(path.suffix)]


def test_cover_date_is_parsed_beside_its_text() -> None:
    m = normalise(extract(SAMPLES / "staffordshire-delivery-plan-2010.pdf")).metadata
    assert m.date is not None and m.date.raw == "December 2009"
    assert (m.date.start.isoformat(), m.date.end.isoformat()) == ("2009-12-01", "2009-12-31")
