"""Indicator codes and themes on measure texts from the seed plans."""

from __future__ import annotations

import pytest

from councilplans.normalise.indicators import find_indicator_code
from councilplans.normalise.themes import find_theme, theme_names


@pytest.mark.parametrize(
    "text,code",
    [
        ("LAA NI 56 - Obesity in primary school age children in year 6", "NI 56"),
        ("NI No. 45 LAA", "NI 45"),
        ("NI 116 - Proportion of children in poverty PSA 9", "NI 116"),
        ("Effectiveness of CAMHS (Vital Sign VSB 12)", "VSB 12"),
        ("Number of learners on adult skills programmes.", None),
    ],
)
def test_indicator_codes(text, code) -> None:
    assert find_indicator_code(text) == code


@pytest.mark.parametrize(
    "text,theme",
    [
        ("Breastfeeding rates at initiation (measured by midwifery)", "breastfeeding"),
        ("National Child Measurement Programme - Year 6", "obesity"),
        ("Rate of conceptions per 1,000 females aged 15-17", "teenage_pregnancy"),
        (
            "Proportion of 16-17 year olds participating in education, employment or training",
            "neet",
        ),
        ("Smoking at time of delivery (SATOD) rates", "smoking"),
        ("Review of Stability of Placements for looked after children", "children_in_care"),
        ("Design service specification", None),
    ],
)
def test_themes(text, theme) -> None:
    assert find_theme(text) == theme


def test_every_theme_has_a_name() -> None:
    assert len(theme_names()) >= 20
