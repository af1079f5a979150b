"""`make bench`: accuracy on samples/ against samples/truth, and speed, beside pdfplumber.

Writes bench/RESULTS.md. Accuracy: whole-table cell accuracy (bench/score.py: rows aligned
by content, non-empty truth cells counted), tables found, multi-page tables kept as one,
records per field, headings. The reference is pdfplumber's default `page.extract_tables()`,
measured in the same run: a table it returns per page is scored as the best single piece.
Speed: pages per second, median of RUNS runs, as a ratio to pdfplumber's bare extraction
over the same files in the same run (the machine is shared; absolute times are noise).
"""

from __future__ import annotations

import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.score import (  # noqa: E402
    FIELDS,
    best_table,
    field_accuracy,
    heading_scores,
    load_truth,
    match_records,
    record_dicts,
)
from councilplans.extractors import extract  # noqa: E402
from councilplans.normalise import normalise  # noqa: E402

SAMPLES = ROOT / "samples"
RUNS = 5
FOUND = 0.5  # a truth table counts as found when its best match gets half its cells right


def pdfplumber_grids(path: Path) -> list[list[list[str]]]:
    grids = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for table in page.extract_tables():
                grids.append([[cell or "" for cell in row] for row in table])
    return grids


def timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def score_file(truth_path: Path) -> dict:
    truth = load_truth(truth_path)
    path = SAMPLES / truth["file"]
    doc = extract(path)
    result = normalise(doc)
    ours = [t.grid() for t in doc.top_tables]
    pages_of = [t.pages for t in doc.top_tables]
    theirs = pdfplumber_grids(path) if truth["format"] == "pdf" else []
    tables = []
    for want in truth["tables"]:
        index, score = best_table(want["rows"], ours)
        _, ref = best_table(want["rows"], theirs)
        multi = len(want["pages"]) > 1
        tables.append({
            "layout": want.get("layout", "ruled"), "kind": want["kind"], "ours": score,
            "ref": ref, "multi": multi,
            "stitched": multi and index >= 0 and pages_of[index] == want["pages"],
        })
    matched = {best_table(w["rows"], ours)[0] for w in truth["tables"]}
    spurious = sum(1 for i, g in enumerate(ours) if i not in matched and any(any(r) for r in g))
    pairs = match_records(truth["records"], record_dicts(result.records))
    headings = heading_scores(truth["headings"], [(h.level, h.text) for h in doc.headings])
    return {"truth": truth, "tables": tables, "fields": field_accuracy(pairs),
            "records": (sum(1 for _, f in pairs if f), len(pairs), len(result.records)),
            "spurious": spurious, "headings": headings}


def pct(right: int, total: int) -> str:
    return f"{100 * right / total:.1f} %" if total else "–"


def speed(pdfs: list[Path]) -> tuple[float, float, int]:
    """Median seconds over RUNS runs for ours and pdfplumber's extract_tables, and pages."""
    pages = 0
    for path in pdfs:
        with pdfplumber.open(path) as pdf:
            pages += len(pdf.pages)

    def ref_all() -> None:
        for path in pdfs:
            pdfplumber_grids(path)

    def ours_all() -> None:
        for path in pdfs:
            extract(path)

    ours, ref = [], []
    for _ in range(RUNS):  # interleaved so both see the same machine load
        ref.append(timed(ref_all))
        ours.append(timed(ours_all))
    return statistics.median(ours), statistics.median(ref), pages


def table_lines(scores: list[dict]) -> list[str]:
    by_layout: dict[str, list[dict]] = defaultdict(list)
    for s in scores:
        if s["truth"]["format"] == "pdf":
            for t in s["tables"]:
                by_layout[t["layout"]].append(t)
    lines = [
        "| layout | tables | cells | councilplans | pdfplumber | found (ours) | multi-page "
        "stitched |",
        "|---|---|---|---|---|---|---|",
    ]
    for layout, tables in sorted(by_layout.items()):
        total = sum(t["ours"].total for t in tables)
        ours = sum(t["ours"].right for t in tables)
        ref = sum(t["ref"].right for t in tables)
        found = sum(1 for t in tables if t["ours"].accuracy >= FOUND)
        multi = [t for t in tables if t["multi"]]
        lines.append(
            f"| {layout} | {len(tables)} | {total} | {pct(ours, total)} | {pct(ref, total)} | "
            f"{found}/{len(tables)} | {sum(t['stitched'] for t in multi)}/{len(multi)} |"
        )
    return lines


def file_lines(scores: list[dict]) -> list[str]:
    lines = [
        "| file | tables | cells right | spurious tables | records matched | headings |",
        "|---|---|---|---|---|---|",
    ]
    for s in scores:
        total = sum(t["ours"].total for t in s["tables"])
        right = sum(t["ours"].right for t in s["tables"])
        matched, want, got = s["records"]
        h_match, h_want, h_got = s["headings"]
        lines.append(
            f"| {s['truth']['file']} | {len(s['tables'])} | {pct(right, total)} | "
            f"{s['spurious']} | {matched}/{want} (found {got}) | {h_match}/{h_want} "
            f"(found {h_got}) |"
        )
    return lines


def field_lines(scores: list[dict]) -> list[str]:
    lines = ["| format | " + " | ".join(FIELDS) + " |", "|---|" + "---|" * len(FIELDS)]
    for fmt in ("docx", "pdf"):
        totals = {f: [0, 0] for f in FIELDS}
        for s in scores:
            if s["truth"]["format"] != fmt:
                continue
            for f, (right, total) in s["fields"].items():
                totals[f][0] += right
                totals[f][1] += total
        lines.append(f"| {fmt} | " + " | ".join(pct(*totals[f]) for f in FIELDS) + " |")
    return lines


def main() -> None:
    truths = sorted((SAMPLES / "truth").glob("*.json"))
    scores = [score_file(t) for t in truths]
    pdfs = [SAMPLES / load_truth(t)["file"] for t in truths if t.name.endswith(".pdf.json")]
    ours, ref, pages = speed(pdfs)
    out = [
        "# Benchmark results",
        "",
        "Written by `make bench` (bench/run.py). Ground truth: samples/truth (written from the",
        "sample builder's input). pdfplumber = its default `page.extract_tables()`, run in the",
        "same process on the same files.",
        "",
        "## Whole-table cell accuracy on the PDF samples, by layout",
        "",
        *table_lines(scores),
        "",
        "## Per file",
        "",
        *file_lines(scores),
        "",
        "## Records matched per field (all samples of each format)",
        "",
        *field_lines(scores),
        "",
        f"## Speed ({len(pdfs)} PDFs, {pages} pages, median of {RUNS} runs)",
        "",
        "| extractor | seconds | pages/s | throughput vs pdfplumber |",
        "|---|---|---|---|",
        f"| pdfplumber extract_tables | {ref:.2f} | {pages / ref:.1f} | 1.00 |",
        f"| councilplans extract | {ours:.2f} | {pages / ours:.1f} | {ref / ours:.2f} |",
        "",
    ]
    (ROOT / "bench" / "RESULTS.md").write_text("\n".join(out), encoding="utf-8")
    print("\n".join(out))


if __name__ == "__main__":
    main()
