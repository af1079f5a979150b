"""`make bench`, speed and memory: the whole pipeline beside pdfplumber's bare extraction.

The machine is shared and noisy, so every figure is measured in the same run as its
reference and given as a ratio, a median over ROUNDS rounds that alternate between them.

- Throughput: `ingest` (read, find tables, lay out, normalise, write to a new SQLite store)
  with one worker and with two, against pdfplumber's `extract_tables()` over the same PDFs
  (the samples, and the real development set), in one process.
- Memory: batches of 10, 100 and 1,000 documents (hard links to the samples and the
  development set under new names), each ingested by a fresh process with two workers:
  the parent's peak resident memory and the largest peak of any worker.
- Re-run: the same batch ingested again, unchanged, as a share of the first run's time.
- Stages: one pass over the PDFs with each reader, seconds spent in each stage.

    python -m bench.speed batch 100     # one batch, as `make bench` runs it, printed as JSON
"""

from __future__ import annotations

import itertools
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from councilplans.extractors import sha256_of  # noqa: E402
from councilplans.extractors.clock import STAGES, StageClock  # noqa: E402
from councilplans.extractors.pdf import read_pdf  # noqa: E402
from councilplans.ingest.batch import ingest_paths  # noqa: E402
from councilplans.normalise import normalise  # noqa: E402
from councilplans.store.db import connect  # noqa: E402
from councilplans.store.write import write_version  # noqa: E402

ROUNDS = 3
BATCHES = (10, 100, 1000)
BATCH_WORKERS = 2
KB = 1024


def pdf_sets() -> dict[str, list[Path]]:
    return {
        "samples": sorted((ROOT / "samples").glob("*.pdf")),
        "real development set": sorted((ROOT / "bench" / "real" / "pdfs").glob("*.pdf")),
    }


def page_count(files: list[Path]) -> int:
    total = 0
    for path in files:
        with pdfplumber.open(path) as pdf:
            total += len(pdf.pages)
    return total


def reference_seconds(files: list[Path]) -> float:
    """pdfplumber's bare extraction: every page's extract_tables()."""
    start = time.perf_counter()
    for path in files:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_tables()
    return time.perf_counter() - start


def pipeline_seconds(files: list[Path], workers: int, reader: str = "pdfium") -> float:
    """The whole pipeline into a new store: read, tables, layout, normalise, write."""
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        report = ingest_paths(
            files, Path(tmp) / "bench.db", workers=workers, settings={"reader": reader}
        )
        seconds = time.perf_counter() - start
    if report.failed:
        raise RuntimeError(report.failed[0].error)
    return seconds


def throughput(files: list[Path]) -> dict[str, float]:
    """Median seconds of the reference and of the pipeline with 1 and 2 workers."""
    times: dict[str, list[float]] = {"reference": [], "1 worker": [], "2 workers": []}
    for _ in range(ROUNDS):
        times["reference"].append(reference_seconds(files))
        times["1 worker"].append(pipeline_seconds(files, 1))
        times["2 workers"].append(pipeline_seconds(files, 2))
    return {name: statistics.median(values) for name, values in times.items()}


def stage_seconds(files: list[Path], reader: str) -> dict[str, float]:
    """One pass over the files in this process, each stage timed."""
    clock = StageClock()
    settings = {"reader": reader}
    with tempfile.TemporaryDirectory() as tmp:
        store = connect(Path(tmp) / "stages.db")
        for path in files:
            doc = read_pdf(path, sha256_of(path), settings, clock)
            with clock.stage("normalise"):
                norm = normalise(doc)
            with clock.stage("store"):
                write_version(store, str(path), doc, norm)
        store.close()
    return dict(clock.seconds)


def linked_batch(folder: Path, size: int) -> None:
    """``size`` documents in ``folder``: hard links to the samples and the development set
    under new names, so that each is a document of its own to the store."""
    sources = sorted((ROOT / "samples").glob("*.pdf")) + sorted((ROOT / "samples").glob("*.docx"))
    sources += sorted((ROOT / "bench" / "real" / "pdfs").glob("*.pdf"))
    for i, source in zip(range(size), itertools.cycle(sources), strict=False):
        target = folder / f"{i:04d}-{source.name}"
        try:
            os.link(source, target)
        except OSError:
            target.write_bytes(source.read_bytes())


def run_batch(size: int) -> dict[str, float]:
    """In this (fresh) process: ingest a batch twice; times and peak memory."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "plans"
        folder.mkdir()
        linked_batch(folder, size)
        db = Path(tmp) / "batch.db"
        start = time.perf_counter()
        first = ingest_paths([folder], db, workers=BATCH_WORKERS)
        first_seconds = time.perf_counter() - start
        start = time.perf_counter()
        again = ingest_paths([folder], db, workers=BATCH_WORKERS)
        again_seconds = time.perf_counter() - start
    return {
        "documents": size,
        "failed": len(first.failed),
        "skipped again": sum(1 for r in again.results if r.status == "skipped"),
        "first seconds": first_seconds,
        "again seconds": again_seconds,
        "parent peak MB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / KB,
        "worker peak MB": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / KB,
    }


def batch_in_fresh_process(size: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-m", "bench.speed", "batch", str(size)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def ratio(reference: float, ours: float) -> str:
    return f"{reference / ours:.2f}" if ours else "-"


def throughput_lines(sets: dict[str, list[Path]]) -> list[str]:
    lines = [
        f"Median of {ROUNDS} alternating rounds; throughput as a multiple of pdfplumber's "
        "(higher is faster). The pipeline writes every document to a new SQLite store.",
        "",
        "| files | pages | pdfplumber extract_tables | councilplans, 1 worker | "
        "2 workers | throughput, 1 worker | 2 workers |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, files in sets.items():
        t = throughput(files)
        lines.append(
            f"| {name} ({len(files)} PDFs) | {page_count(files)} | {t['reference']:.1f} s "
            f"| {t['1 worker']:.1f} s | {t['2 workers']:.1f} s "
            f"| {ratio(t['reference'], t['1 worker'])} | {ratio(t['reference'], t['2 workers'])} |"
        )
    return lines


def memory_lines() -> list[str]:
    lines = [
        f"Each batch in a fresh process with {BATCH_WORKERS} workers, then again unchanged. "
        "Peak resident memory (a worker is forked from the parent, so its peak counts the "
        "pages it shares with it).",
        "",
        "| documents | first run | re-run | re-run share | parent peak | worker peak | failed |",
        "|---|---|---|---|---|---|---|",
    ]
    for size in BATCHES:
        b = batch_in_fresh_process(size)
        share = b["again seconds"] / b["first seconds"]
        lines.append(
            f"| {size} | {b['first seconds']:.1f} s | {b['again seconds']:.2f} s "
            f"| {share:.1%} | {b['parent peak MB']:.0f} MB | {b['worker peak MB']:.0f} MB "
            f"| {b['failed']:.0f} |"
        )
    return lines


def stage_lines(files: list[Path]) -> list[str]:
    lines = [
        f"One pass over the {len(files)} PDFs of both sets, in one process; seconds per stage.",
        "",
        "| stage | " + " | ".join(("pdfium", "pdfplumber")) + " |",
        "|---|---|---|",
    ]
    by_reader = {reader: stage_seconds(files, reader) for reader in ("pdfium", "pdfplumber")}
    for stage in STAGES:
        cells = " | ".join(f"{by_reader[r].get(stage, 0.0):.2f}" for r in by_reader)
        lines.append(f"| {stage} | {cells} |")
    totals = " | ".join(f"**{sum(by_reader[r].values()):.2f}**" for r in by_reader)
    lines.append(f"| **all** | {totals} |")
    return lines


def report_lines() -> list[str]:
    sets = pdf_sets()
    return [
        "## Speed: the whole pipeline beside pdfplumber",
        "",
        *throughput_lines(sets),
        "",
        "## Memory and re-runs",
        "",
        *memory_lines(),
        "",
        "## Where the time goes, by stage and reader",
        "",
        *stage_lines([f for files in sets.values() for f in files]),
    ]


if __name__ == "__main__":
    if sys.argv[1:2] == ["batch"]:
        print(json.dumps(run_batch(int(sys.argv[2]))))
    else:
        print("\n".join(report_lines()))
