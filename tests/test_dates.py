"""normalise/dates.py on date cells from the seed plans; expectations written by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from councilplans.normalise.dates import parse_when

D = dt.date
SEEDS = [
    ("June 2012", D(2012, 6, 1), D(2012, 6, 30), "month", None),
    ("June/July 2012", D(2012, 6, 1), D(2012, 7, 31), "month", None),
    ("Dec 2012", D(2012, 12, 1), D(2012, 12, 31), "month", None),
    ("Jan 2013", D(2013, 1, 1), D(2013, 1, 31), "month", None),
    ("31 august 2012", D(2012, 8, 31), D(2012, 8, 31), "day", None),
    ("27 April 2012", D(2012, 4, 27), D(2012, 4, 27), "day", None),
    ("09.12.09", D(2009, 12, 9), D(2009, 12, 9), "day", None),
    ("TBC (provisional date Sept/Oct 2012)", D(2012, 9, 1), D(2012, 10, 31), "month", "tbc"),
    ("Yr 1 2010/11", D(2010, 4, 1), D(2011, 3, 31), "financial_year", None),
    ("Quarter 3 2015-2016", D(2015, 10, 1), D(2015, 12, 31), "quarter", None),
    ("Q3 2013", D(2013, 7, 1), D(2013, 9, 30), "quarter", None),
    ("by end 2015", D(2015, 1, 1), D(2015, 12, 31), "year", None),
]
NO_DATE = [
    ("Ongoing", "ongoing"),
    ("ongoing", "ongoing"),
    ("TBC", "tbc"),
    ("Reviewed monthly in the short term", None),
    ("Same as below", None),
    ("Date in early support", None),
]


@pytest.mark.parametrize("raw,start,end,precision,status", SEEDS)
def test_dates(raw, start, end, precision, status) -> None:
    when = parse_when(raw)
    assert when is not None and when.raw == raw
    assert (when.start, when.end, when.precision, when.status) == (start, end, precision, status)


@pytest.mark.parametrize("raw,status", NO_DATE)
def test_no_date_is_never_invented(raw, status) -> None:
    when = parse_when(raw)
    assert when is not None and when.start is None and when.end is None
    assert when.status == status


def test_financial_year_needs_consecutive_years() -> None:
    assert parse_when("2010/13").precision != "financial_year"
