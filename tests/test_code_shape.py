"""The shape the code keeps (issue 10): small modules, small functions, and every threshold
of the PDF extractor named (a PdfSettings field, or a constant saying why it is not one).

An inline number is a numeric literal inside the code of extractors/ (settings.py aside)
other than 0, 1 and -1, not an index or slice, not the 2 of a halving or a doubling, and not
the value of a module-level constant: what a reader would have to guess the meaning of.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
STAGES = ("extractors", "normalise", "store", "ingest")
MODULES = sorted(p for stage in STAGES for p in (ROOT / stage).rglob("*.py"))
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 50
MAX_INLINE_NUMBERS = 30


def functions(tree: ast.AST) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    return [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]


def exempt_nodes(tree: ast.Module) -> set[int]:
    """The ids of literals that are not inline numbers: module-level constants, indices and
    slices, and the 2 of a halving or doubling."""
    exempt: set[int] = set()
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            exempt |= {id(n) for n in ast.walk(node)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Subscript):
            exempt |= {id(n) for n in ast.walk(node.slice)}
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div | ast.FloorDiv | ast.Mult):
            exempt |= {id(side) for side in (node.left, node.right) if is_two(side)}
    return exempt


def is_two(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and node.value == 2


def inline_numbers(path: Path) -> list[tuple[int, object]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    exempt = exempt_nodes(tree)
    return [
        (n.lineno, n.value)
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant)
        and type(n.value) in (int, float)
        and n.value not in (0, 1, -1)
        and id(n) not in exempt
    ]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_module_is_small(path: Path) -> None:
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MAX_MODULE_LINES


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_functions_are_small(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    long = [
        (f.name, f.end_lineno - f.lineno + 1)
        for f in functions(tree)
        if f.end_lineno is not None and f.end_lineno - f.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert long == []


def test_extractor_thresholds_are_named() -> None:
    found = {
        str(p.relative_to(ROOT)): numbers
        for p in sorted((ROOT / "extractors").rglob("*.py"))
        if p.name != "settings.py" and (numbers := inline_numbers(p))
    }
    assert sum(map(len, found.values())) <= MAX_INLINE_NUMBERS, found


def test_inline_numbers_are_counted(tmp_path: Path) -> None:
    sample = "LIMIT = 7\n\ndef f(x, xs):\n    return x > 3.5 and xs[4] and x / 2 > 0\n"
    path = tmp_path / "sample.py"
    path.write_text(sample, encoding="utf-8")
    assert inline_numbers(path) == [(4, 3.5)]
