"""The real development set (bench/real/): tables from documents nobody here wrote, scored the
way the samples are, beside pdfplumber's `extract_tables()` in the same run, per producer.

Each truth file holds the labelled pages cut out of one real document (bench/real/README.md).
Its tables are scored as the samples' are (bench/score.py): whole-table cells against the best
single extracted table, page cells against the best fragment on the page, detection per page
fragment (a table found on a page whose tables are all labelled, matching none, is a false
positive), and whether a table over pages comes out as one.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bench.realrecords import record_lines, score_records
from bench.score import (
    CellScore,
    Detection,
    Fragment,
    add_detections,
    best_table,
    detect,
    pct,
    record_dicts,
    table_fragments,
)
from councilplans.normalise import normalise

REAL = Path(__file__).resolve().parent / "real"

# A producer string names the program that wrote the PDF (and the one that made its content);
# scores are grouped by the family a reader would name.
FAMILIES = (
    ("PowerPoint", r"powerpoint"),
    ("Excel (PDFMaker)", r"pdfmaker.*excel"),
    ("Excel", r"excel"),
    ("Word (Aspose)", r"aspose\.words"),
    ("Aspose.PDF", r"aspose\.pdf"),
    ("Word (PDFMaker)", r"pdfmaker.*word"),
    ("Word", r"\bword\b"),
    ("InDesign", r"indesign"),
    ("LibreOffice", r"libreoffice"),
    ("Quartz (macOS)", r"quartz|mac os"),
    ("Venngage", r"venngage"),
    ("Print to PDF", r"print to pdf|pscript"),
)


def family(producer: str) -> str:
    """The family of the program that wrote a PDF: "Word (Aspose)", "Excel", "Quartz"..."""
    for name, pattern in FAMILIES:
        if re.search(pattern, producer, re.IGNORECASE):
            return name
    return producer.split("/")[0].strip() or "unknown"


def load(path: Path) -> dict[str, Any]:
    """A truth file, each table given ``split_rows``: the rows a page break cuts (a row held
    by two pages' fragments and skipped by neither)."""
    truth = json.loads(path.read_text(encoding="utf-8"))
    for table in truth["tables"]:
        seen: dict[int, int] = defaultdict(int)
        for f in table["fragments"]:
            for band, row in enumerate(f["rows"]):
                if band not in f.get("skip", []):
                    seen[row] += 1
        table["split_rows"] = sorted(r for r, n in seen.items() if n > 1)
    return truth


def truth_files() -> list[Path]:
    return sorted((REAL / "truth").glob("*.json"))


def our_fragments(doc: Any, pages: int) -> list[Fragment]:
    """Each data table councilplans extracted, cut by the page its rows start on. A contents
    list (role "contents") is recognised as what it is, not claimed as a table: the labels
    hold none, as LABELLING.md says."""
    fragments = []
    for i, table in enumerate(doc.top_tables):
        if table.role == "contents":
            continue
        row_pages = [table.page_of_row(r) for r in range(table.n_rows)]
        fragments += [
            f
            for f in table_fragments(i, table.grid(), row_pages)
            if f.page is not None and 1 <= f.page <= pages
        ]
    return fragments


def score_file(
    path: Path,
    extract: Callable[[Path], Any],
    reference: Callable[[Path], list[tuple[int, list[list[str]]]]],
) -> dict[str, Any]:
    """One truth file scored: per table our and pdfplumber's whole-table cells and whether a
    table over pages came out whole; detection of page fragments for both."""
    truth = load(path)
    pdf = REAL / "pdfs" / truth["file"]
    doc = extract(pdf)
    theirs = reference(pdf)
    ours = [t.grid() for t in doc.top_tables]
    pages_of = [t.pages for t in doc.top_tables]
    tables = []
    for want in truth["tables"]:
        index, score = best_table(want["rows"], ours)
        _, ref = best_table(want["rows"], [grid for _, grid in theirs])
        multi = len(want["pages"]) > 1
        tables.append(
            {
                "layout": want["layout"],
                "vertical_rules": want["vertical_rules"],
                "kind": want["kind"],
                "ours": score,
                "ref": ref,
                "multi": multi,
                "joined": multi and index >= 0 and pages_of[index] == want["pages"],
            }
        )
    n_pages = len(truth["original_pages"])
    return {
        "truth": truth,
        "family": family(truth["producer"]),
        "tables": tables,
        "detect_ours": detect(truth["tables"], our_fragments(doc, n_pages)),
        "detect_ref": detect(
            truth["tables"], [Fragment(page, grid, i) for i, (page, grid) in enumerate(theirs)]
        ),
        "records": score_records(truth, record_dicts(normalise(doc).records)),
    }


def cells(tables: Sequence[dict[str, Any]], side: str) -> tuple[int, int]:
    scores: list[CellScore] = [t[side] for t in tables]
    return sum(s.right for s in scores), sum(s.total for s in scores)


def joined(tables: Sequence[dict[str, Any]]) -> tuple[int, int]:
    multi = [t for t in tables if t["multi"]]
    return sum(t["joined"] for t in multi), len(multi)


def detection_figures(d: Detection) -> tuple[int, int, int, int, int]:
    """(hits, found, truth fragments, page cells right, page cells) over every layout."""
    return d.hits.total(), d.found.total(), d.truth.total(), d.cells.total(), d.total.total()


def group_line(name: str, scores: Sequence[dict[str, Any]]) -> str:
    tables = [t for s in scores for t in s["tables"]]
    ours = detection_figures(add_detections([s["detect_ours"] for s in scores]))
    ref = detection_figures(add_detections([s["detect_ref"] for s in scores]))
    done, multi = joined(tables)
    return (
        f"| {name} | {len(scores)} | {len(tables)} | {pct(*cells(tables, 'ours'))} | "
        f"{pct(*cells(tables, 'ref'))} | {pct(ours[3], ours[4])} | {pct(ref[3], ref[4])} | "
        f"{pct(ours[0], ours[1])} | {pct(ours[0], ours[2])} | {pct(ref[0], ref[1])} | "
        f"{pct(ref[0], ref[2])} | {done}/{multi} | 0/{multi} |"
    )


HEADER = [
    "| group | files | tables | whole table (ours) | whole table (pdfplumber) | page cells (ours)"
    " | page cells (pdfplumber) | precision (ours) | recall (ours) | precision (pdfplumber) |"
    " recall (pdfplumber) | over pages joined (ours) | (pdfplumber) |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
]


def report_lines(scores: list[dict[str, Any]]) -> list[str]:
    """The real set's section of bench/RESULTS.md: targets, then per producer and layout."""
    if not scores:
        return ["No truth files in bench/real/truth yet."]
    by_family: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for s in scores:
        by_family[s["family"]].append(s)
    lines = [*target_lines(scores), "", "Per producer:", "", *HEADER]
    lines += [group_line(name, group) for name, group in sorted(by_family.items())]
    lines.append(group_line("**all**", scores))
    lines += ["", "Per layout (tables, and the files that hold them):", "", *HEADER]
    for layout in sorted({t["layout"] for s in scores for t in s["tables"]}):
        subset = [only_layout(s, layout) for s in scores if any_layout(s, layout)]
        lines.append(group_line(layout, subset))
    lines += ["", *kind_lines(scores), "", *record_lines(scores)]
    return lines


def any_layout(score: dict[str, Any], layout: str) -> bool:
    return any(t["layout"] == layout for t in score["tables"])


def only_layout(score: dict[str, Any], layout: str) -> dict[str, Any]:
    """A file's score with only the tables of one layout (detection of that layout only)."""
    out = dict(score)
    out["tables"] = [t for t in score["tables"] if t["layout"] == layout]
    for side in ("detect_ours", "detect_ref"):
        d: Detection = score[side]
        out[side] = Detection(
            *(
                type(c)({k: v for k, v in c.items() if k == layout})
                for c in (d.truth, d.found, d.hits, d.cells, d.total)
            ),
            [f for f in d.missed if f.layout == layout],
            [],
            [],
        )
    return out


def target_lines(scores: list[dict[str, Any]]) -> list[str]:
    tables = [t for s in scores for t in s["tables"]]
    ours = detection_figures(add_detections([s["detect_ours"] for s in scores]))
    ref = detection_figures(add_detections([s["detect_ref"] for s in scores]))
    done, multi = joined(tables)
    rows = [
        ("whole-table cell accuracy", "≥ 95 %", cells(tables, "ours"), cells(tables, "ref"), 0.95),
        ("tables over pages joined", "all", (done, multi), (0, multi), 1.0),
        ("detection precision", "≥ 97 %", (ours[0], ours[1]), (ref[0], ref[1]), 0.97),
        ("detection recall", "≥ 97 %", (ours[0], ours[2]), (ref[0], ref[2]), 0.97),
    ]
    lines = ["| measure | target | councilplans | pdfplumber | met |", "|---|---|---|---|---|"]
    for name, target, (right, total), (r_right, r_total), floor in rows:
        met = "–" if not total else "yes" if right >= floor * total else "**no**"
        lines.append(
            f"| {name} | {target} | {pct(right, total)} ({right}/{total}) | "
            f"{pct(r_right, r_total)} ({r_right}/{r_total}) | {met} |"
        )
    return lines


def kind_lines(scores: list[dict[str, Any]]) -> list[str]:
    """What the set holds: tables by kind and by whether vertical rules part their columns."""
    tables = [t for s in scores for t in s["tables"]]
    kinds: dict[str, int] = defaultdict(int)
    for t in tables:
        kinds[t["kind"]] += 1
    no_rules = sum(1 for t in tables if not t["vertical_rules"])
    over = sum(1 for t in tables if t["multi"])
    families = len({s["family"] for s in scores})
    documents = len({s["truth"]["document"] for s in scores})
    listed = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
    return [
        f"The set: {len(tables)} tables in {len(scores)} files cut from {documents} documents "
        f"by {families} producer families; {no_rules} without vertical rules, {over} over "
        f"pages; by kind: {listed}."
    ]
