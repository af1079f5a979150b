"""PdfSettings: checked when made, resolved from None, a dict or an instance, and documented
field by field in the README."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from councilplans.extractors.settings import PdfSettings, resolve, settings_help

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
ROW = re.compile(r"^\| `(\w+)` \| ([^|]+) \| (.+) \|$")


def readme_settings() -> list[tuple[str, str, str]]:
    """(name, default, meaning) of each row of the README's settings table, in order."""
    section = README.split("## PDF extractor settings", 1)[1].split("\n## ", 1)[0]
    return [m.groups() for line in section.splitlines() if (m := ROW.match(line))]


def test_readme_lists_every_setting_with_its_default_and_meaning() -> None:
    expected = [(name, repr(default), help) for name, default, help in settings_help()]
    assert readme_settings() == expected


def test_every_setting_is_documented() -> None:
    for name, _, help in settings_help():
        assert help.strip() and len(help) <= 100, name


def test_resolve_takes_none_a_dict_or_settings() -> None:
    assert resolve(None) == PdfSettings()
    assert resolve({"min_column_gap": 6.0}).min_column_gap == 6.0
    own = PdfSettings(y_tolerance=2.0)
    assert resolve(own) is own
    with pytest.raises(ValueError, match="unknown PdfSettings: min_colum_gap"):
        resolve({"min_colum_gap": 6.0})
    with pytest.raises(TypeError):
        resolve(6.0)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("cell_gap", -1.0, "must not be negative"),
        ("min_table_rows", 0, "must be at least 1"),
        ("margin_ratio", 0.6, "must be between 0 and 0.5"),
        ("heading_size_ratio", 0.9, "must be at least 1"),
        ("run_size_ratio", 0.5, "must be at least 1"),
    ],
)
def test_bad_values_are_refused_naming_the_setting(field: str, value: float, message: str) -> None:
    with pytest.raises(ValueError, match=f"^PdfSettings.{field} {message}"):
        PdfSettings(**{field: value})
