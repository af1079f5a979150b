"""Text for the terminal: ingest lines, comparison tables and search hits that fit a 100-column
screen."""

from __future__ import annotations

import textwrap
from itertools import zip_longest
from typing import Any

import pandas as pd

from councilplans.ingest.batch import FileResult, summary_line
from councilplans.normalise.record import KINDS
from councilplans.store.diff import Diff
from councilplans.store.queries import UNKNOWN_AUTHORITY

WIDTH = 100


def cut(value: object, width: int) -> str:
    """A value on one line, shortened with "..." to at most ``width`` characters."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return "-"
    return textwrap.shorten(" ".join(str(value).split()), width, placeholder="...") or "-"


def file_line(result: FileResult) -> str:
    """One line per file: status, then the file and its record count, or the error."""
    if result.status == "failed":
        return f"{'failed':<8} {result.error}"
    who = f" [{result.authority}]" if result.authority else ""
    notes = f" ({result.notes})" if result.notes else ""
    return f"{result.status:<8} {result.path}: {result.records} records{who}{notes}"


def problems_text(results: list[FileResult]) -> str:
    """After a batch's closing line, its failed and partial files again, each with its reason,
    so that a long run's problems need no scrolling back; nothing when there were none."""
    problems = [r for r in results if r.status in ("failed", "partial")]
    if not problems:
        return ""
    lines = [f"{r.status:<8} {r.error or r.path}" for r in problems]
    return "\n".join(["Failed or partial:", *lines]) + "\n"


def reparse_line(result: FileResult, parser: str) -> str:
    """What reading a document again did: nothing when this parser read it already."""
    if result.status == "skipped":
        return f"{result.path}: read by councilplans {parser} already; not read again"
    return file_line(result)


def ingest_summary(frame: pd.DataFrame) -> str:
    """The closing line of an ingest: files by status, and the records stored."""
    return summary_line(zip(frame["status"], frame["records"], strict=True))


def summary_text(frame: pd.DataFrame) -> str:
    """Per-authority counts, each followed by its sample targets."""
    if frame.empty:
        return "The store holds no records yet."
    head = f"{'authority':<32}{'docs':>6}{'records':>9}" + "".join(f"{k:>11}" for k in KINDS)
    lines = [head, "-" * len(head)]
    for row in frame.to_dict("records"):
        counts = "".join(f"{row[k]:>11}" for k in KINDS)
        lines.append(
            f"{cut(row['authority'], 31):<32}{row['documents']:>6}{row['records']:>9}{counts}"
        )
        lines.extend(f"    e.g. {cut(t, WIDTH - 9)}" for t in row["sample_targets"])
    return "\n".join(lines)


MEASURE, BASELINE, TARGET = 44, 22, 26  # with the indent and separators: 100 columns
MAX_LINES = 3


def compare_text(frame: pd.DataFrame) -> str:
    """Matching records grouped by authority and document: measure | baseline | target."""
    if frame.empty:
        return "No records match."
    head = f"  {'measure':<{MEASURE}} | {'baseline':<{BASELINE}} | target"
    lines: list[str] = []
    for (authority, doc), group in frame.groupby(["authority", "doc"], sort=True):
        lines += ["", f"{authority}: {doc} ({len(group)} records)", head, "  " + "-" * 96]
        for row in group.itertuples(index=False):
            lines.extend(_compare_row(row.measure, row.baseline, row.target))
    return "\n".join(lines[1:])


def wrap(value: object, width: int) -> list[str]:
    """A value wrapped to ``width``, at most MAX_LINES lines, the last cut with "..."."""
    lines = textwrap.wrap(cut(value, 10_000), width) or ["-"]
    if len(lines) > MAX_LINES:
        rest = " ".join(lines[MAX_LINES - 1 :])
        lines = [*lines[: MAX_LINES - 1], cut(rest, width)]
    return lines


def _compare_row(measure: object, baseline: object, target: object) -> list[str]:
    cells = [wrap(measure, MEASURE), wrap(baseline, BASELINE), wrap(target, TARGET)]
    rows = zip_longest(*cells, fillvalue="")
    return [
        f"{'* ' if i == 0 else '  '}{m:<{MEASURE}} | {b:<{BASELINE}} | {t}".rstrip()
        for i, (m, b, t) in enumerate(rows)
    ]


def search_text(hits: pd.DataFrame) -> str:
    """One block per hit: authority | document | page | kind, the heading path, the snippet."""
    if hits.empty:
        return "No matches."
    return "\n\n".join(_hit_block(hit) for hit in hits.itertuples(index=False))


def _hit_block(hit: Any) -> str:
    page = f"page {hit.page}" if not pd.isna(hit.page) else "page -"
    lines = [f"{hit.authority or UNKNOWN_AUTHORITY} | {hit.document} | {page} | {hit.kind}"]
    if len(hit.also_in):
        lines.append("  " + cut(f"also published as {', '.join(hit.also_in)}", WIDTH - 2))
    heading = " > ".join(hit.heading_path) or "(no heading)"
    lines += textwrap.wrap(heading, WIDTH, initial_indent="  ", subsequent_indent="  ")
    lines += textwrap.wrap(
        hit.snippet or "-", WIDTH, initial_indent="    ", subsequent_indent="    "
    )
    return "\n".join(lines)


SIGNS = {"added": "+", "removed": "-", "changed": "~"}


def diff_text(found: Diff) -> str:
    """A header naming the two versions and the counts, then one block per record change."""
    old, new = found.old, found.new
    counts = ", ".join(f"{found.count(c)} {c}" for c in ("added", "removed", "changed"))
    lines = [
        f"{found.file}: version {old.number} ({old.created_at}, parser {old.parser_version})"
        f" -> version {new.number} ({new.created_at}, parser {new.parser_version}): {counts}"
    ]
    for change in found.changes:
        record = change.record
        what = record.get("action") or record.get("measure") or record.get("priority")
        page = change.new_page if change.change != "removed" else change.old_page
        where = f"  [page {page}]" if page is not None else ""
        lines.append(f"{SIGNS[change.change]} {change.kind:<10} {cut(what, 70)}{where}")
        lines += [f"      {f.field}: {cut(f.old, 40)} -> {cut(f.new, 40)}" for f in change.fields]
    return "\n".join(lines)
