"""The debug picture: a page drawn with each stage of table finding, and its CLI command."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image

from councilplans.extractors.debug import GRID, NoSuchPage, debug_page
from councilplans.extractors.errors import UnsupportedFormat
from councilplans.ingest.cli import main

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
H_RULES = SAMPLES / "staffordshire-risk-register-h-rules.pdf"
RESOLUTION = 72  # one pixel per point: a box's pixels are its coordinates


def test_picture_shows_the_kept_grid_where_the_table_is() -> None:
    picture = debug_page(H_RULES, 1, resolution=RESOLUTION)
    (kept,) = picture.kept
    assert kept.grid.kind == "h-rules"
    assert [c.verdict for c in picture.candidates if c.found is kept] == ["table"]
    width, height = picture.image.size
    assert width in (595, 596) and height > 842  # an A4 page, and the legend under it
    pixels = picture.image.load()
    top = round(kept.bbox.top)
    xs = range(round(kept.bbox.x0) + 5, round(kept.bbox.x1) - 5)
    on_edge = sum(1 for x in xs if any(pixels[x, y] == GRID[:3] for y in range(top - 1, top + 2)))
    assert on_edge >= 0.9 * len(xs)  # the grid's top edge runs along the table's top
    above = [pixels[x, top - 20] for x in xs]
    assert GRID[:3] not in above


def test_summary_lists_each_candidate_and_what_was_kept() -> None:
    text = debug_page(H_RULES, 1, resolution=RESOLUTION).summary().splitlines()
    assert text[0] == "page 1: 1 candidates"
    assert text[1].split()[:2] == ["h-rules", "table"]
    assert text[2] == "kept after the page-break pass: 1"


def test_docx_and_missing_pages_are_named_errors() -> None:
    with pytest.raises(UnsupportedFormat, match="a DOCX has none"):
        debug_page(SAMPLES / "stoke-on-trent-cyp-plan-2016-20.docx", 1)
    with pytest.raises(NoSuchPage, match="has no page 9 \\(it has 3\\)"):
        debug_page(H_RULES, 9)


def test_debug_command_writes_the_picture(tmp_path: Path) -> None:
    out = tmp_path / "page.png"
    result = CliRunner().invoke(main, ["debug", str(H_RULES), "--page", "1", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == f"wrote {out}"
    assert Image.open(out).format == "PNG"


def test_debug_command_errors_are_one_line() -> None:
    result = CliRunner().invoke(main, ["debug", str(H_RULES), "--page", "9"])
    assert result.exit_code == 1
    assert result.output == f"Error: {H_RULES}: has no page 9 (it has 3)\n"
