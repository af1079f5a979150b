"""Bounded fuzzing of ``extract`` (issue 15): mutated PDFs (read by each PDF reader) and
mutated DOCX files (their bytes, and the parts inside the zip) must each be read or refused
with an ExtractError, never crash and never hang. How samples are made and read:
tests/fuzzing.py.

The budget is ``FUZZ_EXAMPLES`` samples per target: a few, the same ones every run, by
default (CI); ``make fuzz`` sets it to thousands, drawn afresh each run. A failing sample is
saved under build/fuzz/crashes/ with how to reproduce it; one that found a bug is kept in
tests/fixtures/fuzz/, and ``test_found_inputs`` reads it again on every run.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings

sys.path.insert(0, str(Path(__file__).parent))
import fuzz_worker  # noqa: E402
from fuzzing import (  # noqa: E402
    BUILD,
    Reader,
    Sample,
    docx_byte_samples,
    docx_zip_samples,
    pdf_samples,
)

FOUND = Path(__file__).parent / "fixtures" / "fuzz"
LONG = "FUZZ_EXAMPLES" in os.environ  # make fuzz: a long, random run
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "50"))

# Crashes found in code this change could not edit, each with the fixture reproducing it and
# the traceback text that marks it. A fuzz run counts them as "known", not as failures, and
# test_found_inputs expects them to crash (strict xfail): when the bug is fixed, that test
# fails until its entry here is removed.
KNOWN: dict[str, str] = {}  # file name -> a line of its traceback, for crashes not yet fixed

TARGETS = {
    "pdf-pdfium": ("pdfium", pdf_samples),
    "pdf-pdfplumber": ("pdfplumber", pdf_samples),
    "docx-bytes": ("pdfium", docx_byte_samples),
    "docx-zip": ("pdfium", docx_zip_samples),
}


def budget() -> settings:
    return settings(
        max_examples=EXAMPLES,
        deadline=None,  # the child's time limit is the deadline
        derandomize=not LONG,
        database=None,
        phases=[Phase.generate],  # a failing sample is saved whole, not shrunk
        suppress_health_check=list(HealthCheck),
    )


@pytest.mark.parametrize("target", sorted(TARGETS))
def test_fuzz(target: str) -> None:
    reader_name, samples = TARGETS[target]
    reader = Reader(target, reader_name, known=tuple(set(KNOWN.values())))

    @budget()
    @given(samples())
    def read(sample: Sample) -> None:
        reader.check(sample)

    try:
        read()
    finally:
        reader.stop()
    summary = {"target": target, "examples": sum(reader.counts.values()), **reader.counts}
    (BUILD / f"{target}.summary.json").write_text(json.dumps(summary) + "\n")
    print(json.dumps(summary))
    assert not reader.failures, "\n".join(reader.failures)


def found_inputs() -> list[Path]:
    return sorted(p for p in FOUND.iterdir() if p.suffix in {".pdf", ".docx"})


FOUND_TIMEOUT = 10.0  # seconds for one found input: each reads in under 2


@pytest.fixture(scope="module")
def readers() -> Iterator[dict[str, Reader]]:
    made = {name: Reader("found", name, timeout=FOUND_TIMEOUT) for name in ("pdfium", "pdfplumber")}
    yield made
    for reader in made.values():
        reader.stop()


@pytest.mark.parametrize("reader", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("path", found_inputs(), ids=lambda p: p.name)
def test_found_inputs(
    path: Path, reader: str, readers: dict[str, Reader], request: pytest.FixtureRequest
) -> None:
    """Every input a fuzz run once found a bug with is now read or refused in one line, in
    a child process and within the time limit."""
    result = readers[reader].ask(path)
    if path.name in KNOWN and KNOWN[path.name] in result["detail"]:
        request.applymarker(pytest.mark.xfail(strict=True, reason="known: see KNOWN"))
    elif path.name in KNOWN and reader == "pdfplumber":  # every known one fails with it
        pytest.fail(f"{path.name} no longer crashes: remove it from KNOWN")
    assert result["outcome"] in ("read", "refused"), result["detail"]


# -- the harness can fail -------------------------------------------------------------------


def test_an_escaping_exception_is_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(path: str, settings: object = None) -> None:
        raise IndexError("list index out of range")

    monkeypatch.setattr(fuzz_worker, "extract", boom)
    result = fuzz_worker.outcome("x.pdf", "pdfium")
    assert result["outcome"] == "crash" and "IndexError" in result["detail"]


def test_an_error_not_naming_the_file_in_one_line_is_a_crash(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def vague(path: str, settings: object = None) -> None:
        raise fuzz_worker.ExtractError("elsewhere.pdf", "bad\nvery bad")

    monkeypatch.setattr(fuzz_worker, "extract", vague)
    assert fuzz_worker.outcome("x.pdf", "pdfium")["outcome"] == "crash"


def test_a_damaged_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "cut.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj <<")
    assert fuzz_worker.outcome(str(path), "pdfium")["outcome"] == "refused"


def test_a_hang_and_a_dead_reader_are_seen_and_saved(tmp_path: Path) -> None:
    sample = Sample("seed.pdf", b"%PDF-1.7", ("flip",), ".pdf")
    sleeper = (sys.executable, "-c", "import time; time.sleep(60)")
    hang = Reader("hang", command=sleeper, timeout=0.5, crashes=tmp_path)
    hang.check(sample)
    dying = (sys.executable, "-c", "import os; os.abort()")
    died = Reader("died", command=dying, crashes=tmp_path)
    died.check(sample)
    assert hang.counts == {"hang": 1} and died.counts == {"died": 1}
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == [
        "died-86edbaa24831.pdf",
        "hang-86edbaa24831.pdf",
    ]
    assert hang.child is None and died.child is None
