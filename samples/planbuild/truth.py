# ruff: noqa: E501
"""Ground truth from the builder's own blocks (never from reading the produced file back).

Record rules follow samples/TRUTH.md: header rows and full-width rows are not records, merged
cells carry down, an empty cell is null.
"""

from __future__ import annotations

import json
from pathlib import Path

from .model import Bullets, Heading, Table, TablePages, Title

FIELDS = ("priority", "action", "measure", "baseline", "target", "owner", "date")


def carried_grid(t: Table) -> list[list[str]]:
    """The grid with each vertically merged value copied into the rows it covers."""
    grid = [row[:] for row in t.rows]
    for r, c, rs, _cs in t.spans:
        for rr in range(r + 1, r + rs):
            grid[rr][c] = t.rows[r][c]
    return grid


def column_names(t: Table) -> list[str]:
    """A name per column from the header rows (lowest non-empty header text, spans included)."""
    owner = {}
    for r, c, rs, cs in t.spans:
        for cc in range(c, c + cs):
            for rr in range(r, r + rs):
                owner[(rr, cc)] = (r, c)
    full = t.full_width_rows()
    names = []
    for c in range(t.ncols):
        name = ""
        for r in range(t.header_rows - 1, -1, -1):
            rr, cc = owner.get((r, c), (r, c))
            if t.rows[rr][cc] and r not in full:
                name = t.rows[rr][cc]
                break
        names.append(name or f"col{c}")
    return names


def _nz(text):
    return text if text and text.strip() else None


def table_records(t: Table, index: int) -> list[dict]:
    if not t.rule:
        return []
    if t.rule == "keyvalue":
        return keyvalue_records(t, index)
    grid = carried_grid(t)
    full = t.full_width_rows()
    names = column_names(t)
    mapped = set()
    for v in t.cols.values():
        mapped.update(v if isinstance(v, list) else [v])
    priority = t.priority
    kind = {"action_plan": "action", "action_list": "action"}.get(t.rule, t.rule)
    out = []
    for r in range(len(grid)):
        if r in full:
            if r >= t.header_rows and t.rule in ("action_plan", "action_list"):
                priority = t.rows[r][0]
            continue
        if r < t.header_rows:
            continue

        def val(role, r=r):
            c = t.cols.get(role)
            if c is None:
                return None
            if isinstance(c, list):
                vals = [grid[r][i] for i in c if _nz(grid[r][i])]
                return "\n".join(vals) if vals else None
            return _nz(grid[r][c])

        rec = dict.fromkeys(FIELDS)
        rec["kind"] = kind
        if t.rule == "action_plan":
            rec["priority"] = priority
            rec["action"] = val("action")
            rec["measure"] = val("measure") or val("action")
            rec["owner"] = val("owner")
            rec["date"] = val("date")
            if "start" in t.cols:
                rec["start"] = val("start")
        elif t.rule == "action_list":
            rec["priority"] = priority
            rec["measure"] = val("measure")
            rec["owner"] = val("owner")
            rec["date"] = val("date")
        elif t.rule == "indicator":
            rec["priority"] = val("priority")
            rec["measure"] = val("measure")
            rec["baseline"] = val("baseline")
            rec["target"] = val("target")
        elif t.rule == "risk":
            rec["measure"] = val("measure")
            rec["owner"] = val("owner")
            rec["date"] = val("date")
        extra = {
            names[c]: grid[r][c] for c in range(t.ncols) if c not in mapped and _nz(grid[r][c])
        }
        if extra:
            rec["extra"] = extra
        rec["table"] = index
        rec["row"] = r
        out.append(_ordered(rec))
    return out


def keyvalue_records(t: Table, index: int) -> list[dict]:
    """One record per titled key/value block: priority = title row, measure = the
    'Overall Aim / Outcome' value(s), owner = the 'Delivery Lead(s)' value(s)."""
    grid = carried_grid(t)
    full = t.full_width_rows()
    title = next((t.rows[r][0] for r in sorted(full)), None)
    if title is None:
        return []

    def values(prefix):
        rows = [r for r in range(len(grid)) if r not in full and grid[r][0].startswith(prefix)]
        vals = [grid[r][1] for r in rows if _nz(grid[r][1])]
        return ("\n".join(vals) if vals else None), (rows[0] if rows else None)

    measure, row = values("Overall Aim")
    owner, _ = values("Delivery Lead")
    rec = dict.fromkeys(FIELDS)
    rec.update(kind="priority", priority=title, measure=measure, owner=owner, table=index, row=row)
    return [_ordered(rec)]


def _ordered(rec: dict) -> dict:
    keys = ["kind", *FIELDS, "start", "extra", "table", "row"]
    return {k: rec[k] for k in keys if k in rec}


def build_truth(
    *,
    file: str,
    fmt: str,
    authority: str,
    seed: str,
    producer: str,
    pages,
    blocks: list,
    heading_pages=None,
    table_pages=None,
) -> dict:
    """heading_pages / table_pages (TablePages): lists aligned with the headings / tables in
    `blocks` (None for DOCX: pages, row_pages and split_rows are then [])."""
    title = next((b.text for b in blocks if isinstance(b, Title)), None)
    headings, tables, records = [], [], []
    for b in blocks:
        if isinstance(b, Heading):
            i = len(headings)
            headings.append(
                {
                    "level": b.level,
                    "text": b.text,
                    "number": b.number,
                    "page": heading_pages[i] if heading_pages else None,
                }
            )
        elif isinstance(b, Table):
            i = len(tables)
            placed = table_pages[i] if table_pages else TablePages([], [], [])
            assert not placed.row_pages or len(placed.row_pages) == len(b.rows), b.title
            tables.append(
                {
                    "index": i,
                    "kind": b.kind,
                    "layout": b.layout,
                    "pages": placed.pages,
                    "row_pages": placed.row_pages,
                    "split_rows": placed.split_rows,
                    "header_rows": b.header_rows,
                    "rows": b.rows,
                    "spans": [list(s) for s in sorted(b.spans)],
                    "title": b.title,
                }
            )
            records.extend(table_records(b, i))
        elif isinstance(b, Bullets) and b.priority:
            for _depth, text in b.items:
                rec = dict.fromkeys(FIELDS)
                rec.update(kind="priority", priority=b.priority, measure=text, table=None, row=None)
                records.append(_ordered(rec))
    return {
        "file": file,
        "format": fmt,
        "authority": authority,
        "seed": seed,
        "producer": producer,
        "pages": pages,
        "title": title,
        "headings": headings,
        "tables": tables,
        "records": records,
    }


def write_truth(truth: dict, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{truth['file']}.json"
    path.write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
