"""normalise/values.py on baseline and target cells taken from the seed plans.

Expected values are read off each string by hand. Add new cases to NEW, and strings that
once broke the parser to BUGS_CAUGHT.
"""

from __future__ import annotations

import pytest

from councilplans.normalise.values import parse_value

# (raw, number, unit, period, comparator, direction)
SEEDS = [
    ("10.9% (2014-2015)", 10.9, "%", "2014-2015", None, None),
    ("24.1% (2014-2015)", 24.1, "%", "2014-2015", None, None),
    ("19%", 19.0, "%", None, None, None),
    ("16%", 16.0, "%", None, None, None),
    ("62.7% (National (N) 66%)", 62.7, "%", None, "National (N) 66%", None),
    ("78% (N 80%) (2015 data)", 78.0, "%", "2015 data", "N 80%", None),
    ("42.8% (N 53.8%) (2015 data)", 42.8, "%", "2015 data", "N 53.8%", None),
    ("£433.10", 433.10, "£", None, None, None),
    ("11,570 (2012/13)", 11570.0, "count", "2012/13", None, None),
    ("15,000", 15000.0, "count", None, None, None),
    ("3,230 (2014/15 academic year)", 3230.0, "count", "2014/15 academic year", None, None),
    ("713 families (December 2015)", 713.0, "count", "December 2015", None, None),
    ("22% (January 2016 census)", 22.0, "%", "January 2016 census", None, None),
    (
        "A 2% increase per annum in both initiation and maintenance of breastfeeding rates",
        2.0,
        "%",
        None,
        None,
        "increase",
    ),
]

# Cells that state several values: no single number may be picked from them.
SEVERAL = [
    "Primary 4.3% (N 3.8%) Secondary 5.9% (N 5.1%) Primary, Secondary and Special 5% (N 4.4%)",
    "59% (2015) 58% (nationally 2015)",
    "100% offered 95-98% target",
    "Initiation rates are 62.8% and maintenance at 6-8 weeks 34.1% which are both "
    "significantly lower than national rates (74.3% and 43.6% respectively)",
]

# Cells with no number at all.
WORDS = [
    ("Exceed National rates", "increase"),
    (
        "A reduction in the % of children in Reception who are very overweight from baseline",
        "decrease",
    ),
    ("Maintain take up levels above the national rate", "maintain"),
    ("Target to be agreed once data collection system established and baseline identified", None),
    ("Baseline to be established", None),
]

BUGS_CAUGHT = [
    # nested brackets in the comparator once swallowed the number
    ("62.7% (National (N) 66%)", 62.7),
]


@pytest.mark.parametrize("raw,number,unit,period,comparator,direction", SEEDS)
def test_single_values(raw, number, unit, period, comparator, direction) -> None:
    value = parse_value(raw)
    assert value is not None and value.raw == raw
    assert value.number == pytest.approx(number)
    assert (value.unit, value.period, value.comparator) == (unit, period, comparator)
    assert value.direction == direction


@pytest.mark.parametrize("raw", SEVERAL)
def test_several_values_give_no_number(raw) -> None:
    value = parse_value(raw)
    assert value is not None and value.number is None and value.raw == raw


@pytest.mark.parametrize("raw,direction", WORDS)
def test_words_only(raw, direction) -> None:
    value = parse_value(raw)
    assert value is not None and value.number is None and value.direction == direction


@pytest.mark.parametrize("raw,number", BUGS_CAUGHT)
def test_bugs_caught(raw, number) -> None:
    assert parse_value(raw).number == pytest.approx(number)


@pytest.mark.parametrize("raw", [None, "", "   "])
def test_empty_is_none(raw) -> None:
    assert parse_value(raw) is None
