"""Tagged PDFs: the structure tree is used as evidence where it is present and sound."""

from __future__ import annotations

from pathlib import Path

import pdfplumber

from councilplans.extractors import extract
from councilplans.extractors.model import Heading, ListItem
from councilplans.extractors.page import Word
from councilplans.extractors.pdfplumber_pages import page_to_model
from councilplans.extractors.settings import PdfSettings
from councilplans.extractors.structure import DocumentRoles
from councilplans.extractors.tables.grid import Grid, close_tagged_bounds

FIXTURES = Path(__file__).parent / "fixtures" / "pdf"
TAGGED = FIXTURES / "word365_structure.pdf"


def test_roles_come_from_the_structure_tree() -> None:
    roles = DocumentRoles(TAGGED).for_page(1)
    kinds = {role for role, _ in roles.values()}
    assert kinds == {"H1", "P", "LBody"}  # Word tags a cell's text as a P inside its TD/TH
    cells = {cell for _, cell in roles.values() if cell is not None}
    assert len(cells) == 9  # three header cells and two rows of three


def test_untagged_page_has_no_roles() -> None:
    assert DocumentRoles(FIXTURES / "twotables_1.pdf").for_page(1) == {}


def test_heading_level_from_h1_tag() -> None:
    doc = extract(TAGGED)
    headings = [b for b in doc.blocks if isinstance(b, Heading)]
    assert [(h.level, h.text) for h in headings] == [(1, "Titre")]
    items = [b.text for b in doc.blocks if isinstance(b, ListItem)]
    assert items[:3] == ["Liste", "Liste 2", "Liste 3"]


def test_structure_tree_is_read_only_when_the_setting_says_so() -> None:
    with pdfplumber.open(TAGGED) as pdf:
        tagged = page_to_model(pdf.pages[0], PdfSettings(), DocumentRoles(TAGGED))
        plain = page_to_model(pdf.pages[0], PdfSettings(), DocumentRoles(TAGGED, wanted=False))
    assert {w.tag for w in tagged.words} == {"H1", "P", "LBody"}
    assert {w.tag for w in plain.words} == {None}
    assert [w.text for w in plain.words] == [w.text for w in tagged.words]


def test_tagged_header_cells_stay_apart_without_rules() -> None:
    (table,) = extract(TAGGED).top_tables
    assert table.grid() == [
        ["En-tête 1", "En-tête 2", "En-tête 3"],
        ["Ligne 1", "Alouette", "Farfadet"],
        ["Linge 2", "Belette", "Bibitte"],
    ]
    assert table.spans() == []


def word(text: str, x0: float, cell: int | None) -> Word:
    return Word(text, x0, 10, x0 + 20, 20, cell=cell)


def test_close_tagged_bounds_only_between_different_cells() -> None:
    grid = Grid(
        (0.0, 50.0, 100.0), (0.0, 30.0, 60.0), "h-rules", v_open=frozenset({(0, 1), (1, 1)})
    )
    slots = {
        (0, 0): [word("a", 5, 1)],
        (0, 1): [word("b", 55, 2)],  # two tagged cells: close
        (1, 0): [word("c", 5, 3)],
        (1, 1): [word("d", 55, 3)],  # one cell spanning: stay open
    }
    assert close_tagged_bounds(grid, slots).v_open == frozenset({(1, 1)})


def test_untagged_words_leave_bounds_alone() -> None:
    grid = Grid((0.0, 50.0, 100.0), (0.0, 30.0), "h-rules", v_open=frozenset({(0, 1)}))
    slots = {(0, 0): [word("a", 5, None)], (0, 1): [word("b", 55, None)]}
    assert close_tagged_bounds(grid, slots) is grid
