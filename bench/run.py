"""`make bench`: accuracy on samples/ against samples/truth, and speed, beside pdfplumber.

Writes bench/RESULTS.md. Tables (PDF samples, per layout): detection precision and recall per
page fragment, cell accuracy per page fragment and per whole table, multi-page tables
stitched (bench/score.py has the definitions). Also headings and narrative priorities per
format, records per field, and per file. The reference is pdfplumber's default
`page.extract_tables()`, measured in the same run: each table it returns is one page fragment,
and for a whole table it scores as its best single piece. Speed, memory, re-runs and the
time per stage: bench/speed.py, each beside pdfplumber's bare extraction in the same run.
Query speed on a store of 100,000 records, SQLite and PostgreSQL: bench/queries.py.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import badbatch, queries, realheadings, realset, speed  # noqa: E402
from bench.score import (  # noqa: E402
    FIELDS,
    MATCH,
    Detection,
    Fragment,
    add_detections,
    assign_tables,
    best_table,
    detect,
    field_accuracy,
    has_text,
    heading_matches,
    heading_scores,
    load_truth,
    match_records,
    matched_records,
    narrative_priorities,
    pct,
    record_dicts,
    table_fragments,
)
from councilplans.extractors import extract  # noqa: E402
from councilplans.normalise import normalise  # noqa: E402

SAMPLES = ROOT / "samples"
LAYOUTS = ("ruled", "h-rules", "no-rules", "zebra", "heatmap")
NO_TABLE = "(page without a truth table)"


def pdfplumber_tables(path: Path) -> list[tuple[int, list[list[str]]]]:
    """(page, grid) for every table pdfplumber's default extract_tables() returns."""
    tables = []
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            for table in page.extract_tables():
                tables.append((number, [[cell or "" for cell in row] for row in table]))
    return tables


def pdfplumber_grids(path: Path) -> list[list[list[str]]]:
    return [grid for _, grid in pdfplumber_tables(path)]


def our_fragments(doc, pages: int) -> list[Fragment]:
    """Each extracted table cut by the page its rows start on (pages of the PDF only)."""
    fragments = []
    for i, table in enumerate(doc.top_tables):
        row_pages = [table.page_of_row(r) for r in range(table.n_rows)]
        fragments += [
            f
            for f in table_fragments(i, table.grid(), row_pages)
            if f.page is not None and 1 <= f.page <= pages
        ]
    return fragments


def their_fragments(tables: list[tuple[int, list[list[str]]]]) -> list[Fragment]:
    return [Fragment(page, grid, i) for i, (page, grid) in enumerate(tables)]


def score_file(truth_path: Path) -> dict:
    truth = load_truth(truth_path)
    path = SAMPLES / truth["file"]
    doc = extract(path)
    result = normalise(doc)
    ours = [t.grid() for t in doc.top_tables]
    pages_of = [t.pages for t in doc.top_tables]
    is_pdf = truth["format"] == "pdf"
    plumber = pdfplumber_tables(path) if is_pdf else []
    theirs = [grid for _, grid in plumber]
    tables = []
    for want in truth["tables"]:
        index, score = best_table(want["rows"], ours)
        _, ref = best_table(want["rows"], theirs)
        multi = len(want["pages"]) > 1
        tables.append(
            {
                "layout": want.get("layout", "ruled"),
                "kind": want["kind"],
                "ours": score,
                "ref": ref,
                "multi": multi,
                "stitched": multi and index >= 0 and pages_of[index] == want["pages"],
            }
        )
    matched = set(assign_tables([w["rows"] for w in truth["tables"]], ours).values())
    spurious = sum(1 for i, g in enumerate(ours) if i not in matched and has_text(g))
    found_records = record_dicts(result.records)
    pairs = match_records(truth["records"], found_records)
    found_headings = [(h.level, h.text) for h in doc.headings]
    return {
        "truth": truth,
        "tables": tables,
        "fields": field_accuracy(pairs),
        "records": (sum(1 for _, f in pairs if f), len(pairs), len(result.records)),
        "spurious": spurious,
        "headings": heading_scores(truth["headings"], found_headings),
        "headings_level": heading_matches(truth["headings"], found_headings, by_level=True),
        "priorities": priority_counts(truth["records"], found_records),
        "detect_ours": detect(truth["tables"], our_fragments(doc, truth["pages"]))
        if is_pdf
        else None,
        "detect_ref": detect(truth["tables"], their_fragments(plumber)) if is_pdf else None,
    }


def priority_counts(truth: list[dict], found: list[dict]) -> tuple[int, int, int]:
    """(matched, truth, found) narrative priority records."""
    want, got = narrative_priorities(truth), narrative_priorities(found)
    return matched_records(want, got), len(want), len(got)


def pdf_scores(scores: list[dict]) -> list[dict]:
    return [s for s in scores if s["truth"]["format"] == "pdf"]


def tables_by_layout(scores: list[dict]) -> dict[str, list[dict]]:
    by_layout: dict[str, list[dict]] = defaultdict(list)
    for s in pdf_scores(scores):
        for t in s["tables"]:
            by_layout[t["layout"]].append(t)
    return by_layout


def layout_order(seen) -> list[str]:
    seen = set(seen)
    return [lay for lay in LAYOUTS if lay in seen] + sorted(seen - set(LAYOUTS))


def whole_table(tables: list[dict], side: str) -> tuple[int, int]:
    return sum(t[side].right for t in tables), sum(t[side].total for t in tables)


def stitched(tables: list[dict]) -> tuple[int, int]:
    multi = [t for t in tables if t["multi"]]
    return sum(t["stitched"] for t in multi), len(multi)


def ratio(right: int, total: int) -> str:
    return f"{right}/{total}"


def detection_lines(ours: Detection, ref: Detection) -> list[str]:
    lines = [
        "| layout | truth fragments | found (ours) | precision (ours) | recall (ours) | "
        "found (pdfplumber) | precision (pdfplumber) | recall (pdfplumber) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    keys = layout_order(k for k in {*ours.truth, *ours.found, *ref.found} if k is not None)
    extra = [None] if ours.found[None] or ref.found[None] else []
    for key in [*keys, *extra]:
        lines.append(
            f"| {key or NO_TABLE} | {ours.truth[key]} | "
            f"{ours.found[key]} | {pct(ours.hits[key], ours.found[key])} | "
            f"{pct(ours.hits[key], ours.truth[key])} | "
            f"{ref.found[key]} | {pct(ref.hits[key], ref.found[key])} | "
            f"{pct(ref.hits[key], ref.truth[key])} |"
        )
    o, r = (sum(c.values()) for c in (ours.hits, ref.hits))
    lines.append(
        f"| **all** | {ours.truth.total()} | {ours.found.total()} | "
        f"{pct(o, ours.found.total())} | {pct(o, ours.truth.total())} | {ref.found.total()} | "
        f"{pct(r, ref.found.total())} | {pct(r, ref.truth.total())} |"
    )
    return lines


def cell_lines(scores: list[dict], ours: Detection, ref: Detection) -> list[str]:
    lines = [
        "| layout | tables | cells | per page (ours) | per page (pdfplumber) | whole table (ours)"
        " | whole table (pdfplumber) | multi-page stitched (ours) | (pdfplumber) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    by_layout = tables_by_layout(scores)
    rows = [(lay, by_layout[lay], [lay]) for lay in layout_order(by_layout)]
    rows.append(("**all**", [t for ts in by_layout.values() for t in ts], list(by_layout)))
    for name, tables, keys in rows:
        cells = sum(ours.total[k] for k in keys)
        lines.append(
            f"| {name} | {len(tables)} | {cells} | "
            f"{pct(sum(ours.cells[k] for k in keys), cells)} | "
            f"{pct(sum(ref.cells[k] for k in keys), cells)} | "
            f"{pct(*whole_table(tables, 'ours'))} | {pct(*whole_table(tables, 'ref'))} | "
            f"{ratio(*stitched(tables))} | 0/{stitched(tables)[1]} |"
        )
    return lines


def target_lines(scores: list[dict], ours: Detection, ref: Detection) -> list[str]:
    tables = [t for ts in tables_by_layout(scores).values() for t in ts]
    whole_ours, whole_ref = whole_table(tables, "ours"), whole_table(tables, "ref")
    done, multi = stitched(tables)
    hits_o, hits_r = ours.hits.total(), ref.hits.total()
    rows = [
        ("whole-table cell accuracy", "≥ 97 %", whole_ours, whole_ref, 0.97),
        ("multi-page tables stitched", "all", (done, multi), (0, multi), 1.0),
        (
            "detection precision",
            "≥ 98 %",
            (hits_o, ours.found.total()),
            (hits_r, ref.found.total()),
            0.98,
        ),
        (
            "detection recall",
            "≥ 98 %",
            (hits_o, ours.truth.total()),
            (hits_r, ref.truth.total()),
            0.98,
        ),
    ]
    lines = ["| measure | target | councilplans | pdfplumber | met |", "|---|---|---|---|---|"]
    for name, target, (right, total), (ref_right, ref_total), floor in rows:
        met = "yes" if total and right >= floor * total else "**no**"
        lines.append(
            f"| {name} | {target} | {pct(right, total)} ({right}/{total}) | "
            f"{pct(ref_right, ref_total)} ({ref_right}/{ref_total}) | {met} |"
        )
    return lines


def fragment_text(fragment: Fragment) -> str:
    words = " ".join(c for row in fragment.rows for c in row if c).split()
    text = " ".join(words[:8])
    return text + (" …" if len(words) > 8 else "")


def miss_lines(scores: list[dict]) -> list[str]:
    """councilplans' missed truth fragments and unmatched found fragments, by file and page."""
    lines = []
    for s in pdf_scores(scores):
        d, name = s["detect_ours"], s["truth"]["file"]
        for f in d.missed:
            lines.append(
                f"- missed: {name} p{f.page}, truth table {f.table} ({f.layout}, "
                f"{len(f.rows)} rows): {fragment_text(f)}"
            )
        for f in d.spurious:
            lines.append(
                f"- unmatched: {name} p{f.page}, extracted table {f.table} "
                f"({len(f.rows)} rows): {fragment_text(f)}"
            )
        for f in d.continued:
            lines.append(
                f"- a split row's rest, not joined to the row (not counted): {name} "
                f"p{f.page}, extracted table {f.table}: {fragment_text(f)}"
            )
    return lines or ["- none"]


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


def reading_lines(scores: list[dict]) -> list[str]:
    lines = [
        "| format | headings | found | text: precision | text: recall | text+level: precision "
        "| text+level: recall | narrative priorities | found | precision | recall |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for fmt in ("docx", "pdf"):
        group = [s for s in scores if s["truth"]["format"] == fmt]
        text = sum(s["headings"][0] for s in group)
        want = sum(s["headings"][1] for s in group)
        got = sum(s["headings"][2] for s in group)
        level = sum(s["headings_level"] for s in group)
        p_hit, p_want, p_got = (sum(s["priorities"][i] for s in group) for i in range(3))
        lines.append(
            f"| {fmt} | {want} | {got} | {pct(text, got)} | {pct(text, want)} | "
            f"{pct(level, got)} | {pct(level, want)} | {p_want} | {p_got} | "
            f"{pct(p_hit, p_got)} | {pct(p_hit, p_want)} |"
        )
    return lines


DEFINITIONS = f"""\
What is measured (PDF samples): a *page fragment* is one table's rows on one page: for the
truth, each page in a table's `row_pages` (a row cut by a page break is scored on the page it
starts on); for councilplans, each extracted table cut by the page its rows start on; for
pdfplumber, each table `extract_tables()` returns. A found fragment *detects* a truth fragment
on its page when it gets more than {MATCH:.0%} of that fragment's non-empty cells right
(bench/score.py `score_cells`, rows aligned by content; pairs one to one, most cells right
first): precision = matched / found fragments (a table on a page without a truth table is a
false positive; a piece holding only the rest of a split row is not counted), recall =
matched / truth fragments. Cell accuracy *per page* scores each truth fragment against the
best found fragment on its page, *whole table* each truth table against the best single
extracted table (a table not stitched scores only its best piece); contents tables are in the
truth and count as tables."""


def main() -> None:
    real = [realset.score_file(t, extract, pdfplumber_tables) for t in realset.truth_files()]
    truths = sorted((SAMPLES / "truth").glob("*.json"))
    scores = [score_file(t) for t in truths]
    ours_d = add_detections([s["detect_ours"] for s in pdf_scores(scores)])
    ref_d = add_detections([s["detect_ref"] for s in pdf_scores(scores)])
    out = [
        "# Benchmark results",
        "",
        "Written by `make bench` (bench/run.py). Ground truth: samples/truth (written from the",
        "sample builder's input). pdfplumber = its default `page.extract_tables()`, run in the",
        "same process on the same files. Real documents come first: they are what the project",
        "is measured on; the samples were built by us.",
        "",
        "## Real documents nobody here wrote (bench/real)",
        "",
        "Tables labelled by hand from the rendered pages of real public-sector PDFs (bench/real/",
        "README.md), scored as the samples are (definitions below).",
        "",
        *realset.report_lines(real),
        "",
        "### Headings of real Word documents (bench/real/docx)",
        "",
        "Section headings labelled by hand from the rendered pages of real DOCX files, against",
        "what councilplans reads from each DOCX and from the PDF LibreOffice prints from it",
        "(tests/fixtures/pairs); matched by text (a section number in front left out), and by",
        "text and level. Headings the labeller was unsure of are neither wanted nor counted.",
        "",
        *realheadings.report_lines(),
        "",
        "## Samples",
        "",
        DEFINITIONS,
        "",
        "## Targets (all PDF samples)",
        "",
        *target_lines(scores, ours_d, ref_d),
        "",
        "## Table detection per page fragment, by layout",
        "",
        *detection_lines(ours_d, ref_d),
        "",
        "## Cell accuracy on the PDF samples, by layout",
        "",
        *cell_lines(scores, ours_d, ref_d),
        "",
        "## councilplans fragments missed or unmatched",
        "",
        *miss_lines(scores),
        "",
        "## Per file",
        "",
        *file_lines(scores),
        "",
        "## Headings and narrative priorities, per format",
        "",
        "Headings match by text (case and spacing ignored), or by text and level; narrative",
        "priorities are `priority` records with no table, matched by measure text.",
        "",
        *reading_lines(scores),
        "",
        "## Records matched per field (all samples of each format)",
        "",
        *field_lines(scores),
        "",
        *speed.report_lines(),
        "",
        *badbatch.report_lines(),
        "",
        *queries.report_lines(),
        "",
    ]
    (ROOT / "bench" / "RESULTS.md").write_text("\n".join(out), encoding="utf-8")
    print("\n".join(out))


if __name__ == "__main__":
    main()
