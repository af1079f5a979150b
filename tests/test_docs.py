"""The README and --help cannot drift from the CLI: every command is documented in both."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from councilplans.ingest.cli import main

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(main.commands)


def test_readme_starts_with_the_two_commands() -> None:
    head = README.split("\n## ", 1)[0]
    assert "make demo" in head and "make test" in head


@pytest.mark.parametrize("command", COMMANDS)
def test_command_has_help_with_example(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_command_is_in_readme(command: str) -> None:
    assert f"councilplans {command}" in README


@pytest.mark.parametrize(
    "option",
    ["--db", "--authority", "--what", "--format", "--out", "--theme", "--indicator", "--kind"],
)
def test_options_are_in_readme(option: str) -> None:
    assert option in README


@pytest.mark.parametrize(
    "field",
    [
        "doc",
        "file",
        "authority",
        "kind",
        "priority",
        "measure",
        "baseline",
        "target",
        "owner",
        "date",
        "page",
        "table",
        "row",
        "action",
        "sha256",
        "status",
        "error",
        "pages",
        "header_rows",
        "rows",
        "spans",
    ],
)
def test_export_fields_are_in_readme(field: str) -> None:
    assert f"`{field}`" in README
