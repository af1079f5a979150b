"""Records on the real development set (issue 12): what each labelled plan table should give.

Every truth table of kind action, indicator or risk says which record field each of its
columns holds (`columns`, typed from its header as a reader takes it: bench/real/README.md).
Its expected records follow from that and its labelled rows, by the rules the samples use
(samples/TRUTH.md): header rows and band rows (one cell across the table) are no records,
every other row is one; a cell merged down gives its text to every row it covers; with no
measure column, the action is the measure; a band row above is the priority where no column
holds one. Where neither says (a caption or slide title would), the priority is not scored.

Extracted records are matched to expected ones by kind and measure (bench/score.py); a found
record from a table that matches none is spurious, so records count as found, expected and
matched, and each field as right out of the expected records (an unmatched one is wrong).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from bench.score import FIELDS, match_records, norm, pct

PLAN_KINDS = ("action", "indicator", "risk")


def expected_records(table: dict[str, Any]) -> list[dict[str, Any]]:
    """Given a truth table of a plan kind, the records its body rows should give."""
    rows, columns = table["rows"], table["columns"]
    n_cols = len(columns)
    merged = {(r, c): (rs, cs) for r, c, rs, cs in table["spans"]}
    text = [list(row) for row in rows]
    for (r, c), (rs, _) in merged.items():
        for i in range(1, rs):
            text[r + i][c] = rows[r][c]
    has_priority = "priority" in columns
    band: str | None = None
    records = []
    for r in range(table["header_rows"], len(rows)):
        if merged.get((r, 0), (1, 1))[1] == n_cols:
            band = norm(rows[r][0]) or band
            continue
        if not any(cell.strip() for cell in text[r]):
            continue
        record: dict[str, Any] = {f: None for f in FIELDS}
        record.update(kind=table["kind"], row=r, table=table["index"])
        for c, field in enumerate(columns):
            if field in FIELDS and record[field] is None and text[r][c].strip():
                record[field] = norm(text[r][c])
        if record["measure"] is None:
            record["measure"] = record["action"]
        if not has_priority:
            if band is None:
                del record["priority"]  # a caption or title would say: not labelled
            else:
                record["priority"] = band
        records.append(record)
    return records


def score_records(truth: dict[str, Any], found: list[dict[str, Any]]) -> dict[str, Any]:
    """One truth file's records: (matched, expected, found) per table kind, and per field
    (right, scored) over the expected records."""
    want = [r for t in truth["tables"] if t["kind"] in PLAN_KINDS for r in expected_records(t)]
    got = [r for r in found if r.get("table") is not None]
    pairs = match_records(want, got)
    counts: dict[str, list[int]] = {k: [0, 0, 0] for k in PLAN_KINDS}
    for expected, match in pairs:
        counts[expected["kind"]][0] += match is not None
        counts[expected["kind"]][1] += 1
    for record in got:
        if record.get("kind") in counts:
            counts[record["kind"]][2] += 1
    fields: Counter[str] = Counter()
    scored: Counter[str] = Counter()
    for expected, match in pairs:
        for name in FIELDS:
            if name in expected:
                scored[name] += 1
                fields[name] += match is not None and norm(match.get(name)) == norm(expected[name])
    return {
        "kinds": {k: tuple(v) for k, v in counts.items()},
        "fields": {f: (fields[f], scored[f]) for f in FIELDS},
        "other_found": sum(1 for r in got if r.get("kind") not in counts),
    }


def record_lines(scores: list[dict[str, Any]]) -> list[str]:
    """The real set's records section of bench/RESULTS.md: per table kind, then per field."""
    kinds = {k: [0, 0, 0] for k in PLAN_KINDS}
    fields = {f: [0, 0] for f in FIELDS}
    other = 0
    for s in scores:
        for k, (m, e, f) in s["records"]["kinds"].items():
            kinds[k] = [kinds[k][0] + m, kinds[k][1] + e, kinds[k][2] + f]
        for name, (right, total) in s["records"]["fields"].items():
            fields[name] = [fields[name][0] + right, fields[name][1] + total]
        other += s["records"]["other_found"]
    lines = [
        "Records (issue 12): expected ones follow from each plan table's labelled rows and the",
        "field its columns hold; found ones come from any table in the cut files.",
        "",
        "| table kind | expected | found | matched | precision | recall | F1 |",
        "|---|---|---|---|---|---|---|",
    ]
    totals = [sum(v[i] for v in kinds.values()) for i in range(3)]
    for name, (m, e, f) in [*kinds.items(), ("**all**", totals)]:
        lines.append(f"| {name} | {e} | {f} | {m} | {pct(m, f)} | {pct(m, e)} | {f1(m, e, f)} |")
    lines += [
        "",
        f"Records of other kinds found in these tables (keyvalue and the like): {other}.",
        "",
        "| field | right | scored | share |",
        "|---|---|---|---|",
        *(f"| {n} | {r} | {t} | {pct(r, t)} |" for n, (r, t) in fields.items()),
    ]
    return lines


def f1(matched: int, expected: int, found: int) -> str:
    if not matched:
        return "0.0 %" if expected or found else "–"
    precision, recall = matched / found, matched / expected
    return f"{100 * 2 * precision * recall / (precision + recall):.1f} %"
