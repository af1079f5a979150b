"""Telling a table from text that only aligns like one: grid's plausibility checks on
hand-made fragments (each as the grid step makes it from an unruled region)."""

from __future__ import annotations

from councilplans.extractors.glyphs import is_marker
from councilplans.extractors.model import Cell, Table
from councilplans.extractors.tables.grid import (
    figures_with_captions,
    runs_on_right,
    side_by_side_cards,
)


def table(rows: list[list[str]]) -> Table:
    cells = tuple(Cell(t, r, c) for r, row in enumerate(rows) for c, t in enumerate(row))
    return Table(cells=cells, n_rows=len(rows), n_cols=len(rows[0]))


def test_headline_figures_over_their_captions() -> None:
    """An infographic's tiles read a line a row: figures, then captions reading on."""
    tiles = table(
        [
            ["5.2%", "2.8%", "3.9%", "18.2 per", "10.6%"],
            [
                "of all sessions absent in",
                "of secondary aged pupils had",
                "of 16-18 year olds",
                "1,000",
                "of 15 year olds stated they",
            ],
            [
                "secondary schools (2015)",
                "a fixed term exclusion",
                "were not in education",
                "249 young women under 18",
                "were regular smokers",
            ],
        ]
    )
    assert figures_with_captions(tiles)


def test_figures_over_figures_are_a_table() -> None:
    stats = table(
        [
            ["2021", "2022", "2023", "2024"],
            ["3,120", "3,260", "3,310", "3,402"],
            ["610", "598", "not known", "650"],
        ]
    )
    assert not figures_with_captions(stats)


def test_same_labels_in_every_column_are_cards_side_by_side() -> None:
    cards = table(
        [
            ["Report author:", "Relevant director:"],
            ["Sam Jones", "Alex Smith"],
            ["Telephone number", "Telephone number"],
            ["03000 410058", "03000 418913"],
            ["Email address", "Email address"],
        ]
    )
    assert side_by_side_cards(cards)


def test_one_repeated_value_row_is_no_card() -> None:
    """A table may say the same in both columns now and then ("Yes", "-")."""
    t = table(
        [
            ["Measure", "2023", "2024"],
            ["Plan published", "Yes", "Yes"],
            ["Places", "-", "-"],
            ["Budget", "£3.1m", "£3.3m"],
        ]
    )
    assert not side_by_side_cards(t)


def test_symbol_font_bullets_with_no_unicode_meaning_are_list_markers() -> None:
    """Wingdings bullets map to private-use code points; standing alone (one a line, or two
    lines' bullets in one cell) they mark a list, so a column of them beside text is a list."""
    assert is_marker("\uf0a1")
    assert is_marker("\uf0a1 \uf0a1")
    assert not is_marker("\uf0a1 Autism")
    assert not is_marker("ASD")


def test_right_column_running_on_in_lower_case_is_prose() -> None:
    """A key list beside a column of running text, cut into rows by the key's lines."""
    t = table(
        [
            ["Symbols used are defined below:", "sponding readings obtained during the test."],
            ["C : Chemical composition", "of engine. Contact thermometers may be used."],
            ["D : Cylinder bore diameter", "d) These inspections are made during the trials."],
        ]
    )
    assert runs_on_right(t)


def test_descriptions_starting_afresh_do_not_run_on() -> None:
    t = table(
        [
            ["Restaurants", "One space per 5.0 sq. metres of floor space."],
            ["Take-aways", "As per shops."],
            ["Business use", "Two spaces per unit, plus one for every 30 sq. metres."],
        ]
    )
    assert not runs_on_right(t)
