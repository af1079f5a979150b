"""Snapshot what councilplans makes of a set of files, and compare two snapshots.

For refactors that must not change behaviour: take a snapshot before, one after, and diff.

    python bench/snapshot.py take samples/ other/plans/ --out /tmp/before.jsonl
    python bench/snapshot.py take samples/ other/plans/ --out /tmp/after.jsonl
    python bench/snapshot.py diff /tmp/before.jsonl /tmp/after.jsonl

A snapshot is one JSON line per file: its status (or error), warnings, title, authority,
period, tables (kind, role, pages, header rows, rows, spans), sections and records with every
parsed field. ``diff`` lists, per file, each part that changed, with the old and new values.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from councilplans.extractors import extract  # noqa: E402
from councilplans.extractors.errors import ExtractError  # noqa: E402
from councilplans.ingest.discover import discover  # noqa: E402
from councilplans.normalise import normalise  # noqa: E402


def plain(value: Any) -> Any:
    """A model value as JSON: dataclasses as dicts, dates as ISO strings, tuples as lists."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def table_dict(info: Any) -> dict[str, Any]:
    table = info.table
    return {
        "kind": info.kind,
        "role": table.role,
        "pages": table.pages,
        "header_rows": table.header_rows,
        "rows": table.grid(),
        "spans": table.spans(),
        "heading_path": list(info.heading_path),
        "caption": info.caption,
    }


def snapshot_file(path: Path, reader: str | None = None) -> dict[str, Any]:
    """Everything councilplans makes of one file, as plain JSON values."""
    try:
        doc = extract(path, settings={"reader": reader} if reader else None)
        norm = normalise(doc)
    except ExtractError as exc:
        return {"file": str(path), "error": exc.reason}
    meta = norm.metadata
    return {
        "file": str(path),
        "status": norm.status,
        "warnings": list(norm.warnings),
        "pages": doc.pages,
        "title": meta.title,
        "authority": meta.authority.name if meta.authority else None,
        "metadata": plain(dataclasses.replace(meta, authority=None)),
        "tables": [table_dict(info) for info in norm.tables],
        "sections": plain(norm.sections),
        "records": plain(norm.records),
    }


def take(folders: list[str], reader: str | None = None) -> Iterator[dict[str, Any]]:
    for path in discover(folders):
        yield snapshot_file(path, reader)


def diff_values(key: str, old: Any, new: Any) -> Iterator[str]:
    """Lines describing how ``new`` differs from ``old`` (lists compared item by item)."""
    if old == new:
        return
    if isinstance(old, list) and isinstance(new, list) and key in {"tables", "sections", "records"}:
        if len(old) != len(new):
            yield f"  {key}: {len(old)} -> {len(new)}"
        for i, (a, b) in enumerate(zip(old, new, strict=False)):
            if a != b:
                changed = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
                for k in changed:
                    yield f"  {key}[{i}].{k}: {short(a.get(k))} -> {short(b.get(k))}"
        return
    yield f"  {key}: {short(old)} -> {short(new)}"


def short(value: Any, width: int = 160) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else text[: width - 3] + "..."


def diff(before: Path, after: Path) -> list[str]:
    old = {d["file"]: d for d in map(json.loads, before.read_text().splitlines())}
    new = {d["file"]: d for d in map(json.loads, after.read_text().splitlines())}
    lines: list[str] = []
    for name in sorted(set(old) | set(new)):
        a, b = old.get(name, {}), new.get(name, {})
        found = [ln for k in sorted(set(a) | set(b)) for ln in diff_values(k, a.get(k), b.get(k))]
        if found:
            lines += [name, *found]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    taking = sub.add_parser("take", help="snapshot the files under FOLDERS")
    taking.add_argument("folders", nargs="+")
    taking.add_argument("--out", required=True, type=Path)
    taking.add_argument("--reader", help="the PDF reader (default: the extractor's own)")
    diffing = sub.add_parser("diff", help="list what changed between two snapshots")
    diffing.add_argument("before", type=Path)
    diffing.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "take":
        with args.out.open("w", encoding="utf-8") as out:
            for item in take(args.folders, args.reader):
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
                out.flush()
        return
    lines = diff(args.before, args.after)
    print("\n".join(lines) if lines else "no differences")


if __name__ == "__main__":
    main()
