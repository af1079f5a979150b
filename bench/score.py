"""Score extracted tables, headings and records against samples/truth (see samples/TRUTH.md).

Cells: truth and extracted rows are aligned in order by content (a row missing or added costs
only its own cells); a truth cell counts as right when the aligned extracted cell has the same
text once white space is collapsed. Only non-empty truth cells are counted, so covered ("")
positions of merged cells cannot inflate a score; extracted text where the truth has none is
counted separately as spurious.

Page fragments: a table's rows on one page. A truth table has one per page in its row_pages
(a row split by a page break is scored on the page it starts on); an extracted table is cut
by the page each of its rows starts on. A found fragment detects a truth fragment on the same
page when it gets more than MATCH of the truth fragment's non-empty cells right; pairs are one
to one, those with more cells right first. Why more than half: on the samples a fragment and
its own table share at least two thirds of the cells, while another table on the same page
shares at most half (key/value blocks with the same labels, indicator grids with the same
header), and one-to-one pairing keeps two tables of identical text apart.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FIELDS = ("kind", "priority", "action", "measure", "baseline", "target", "owner", "date")
MATCH = 0.5  # a match gets MORE than this share of a truth table's (fragment's) cells right
_SPACE = re.compile(r"\s+")


def norm(text: Any) -> str:
    return _SPACE.sub(" ", str(text or "")).strip()


def pct(right: int, total: int) -> str:
    return f"{100 * right / total:.1f} %" if total else "–"


def load_truth(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _row_score(truth_row: list[str], row: list[str]) -> int:
    return sum(1 for a, b in zip(truth_row, row, strict=False) if a and norm(a) == norm(b))


def align_rows(truth: list[list[str]], found: list[list[str]]) -> list[tuple[int, int]]:
    """Given two grids, pair their rows in order so that matching cells are most."""
    n, m = len(truth), len(found)
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            take = _row_score(truth[i], found[j]) + best[i + 1][j + 1]
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if best[i][j] == _row_score(truth[i], found[j]) + best[i + 1][j + 1]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


@dataclass(frozen=True)
class CellScore:
    right: int
    total: int
    spurious: int

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 1.0


def score_cells(truth: list[list[str]], found: list[list[str]]) -> CellScore:
    total = sum(1 for row in truth for cell in row if norm(cell))
    right = spurious = 0
    for i, j in align_rows(truth, found):
        for a, b in zip(truth[i], found[j], strict=False):
            if norm(a) and norm(a) == norm(b):
                right += 1
            elif not norm(a) and norm(b):
                spurious += 1
    return CellScore(right, total, spurious)


def best_table(truth_rows: list[list[str]], grids: list[list[list[str]]]) -> tuple[int, CellScore]:
    """The extracted grid that scores best against one truth table (index -1 when none)."""
    scored = [(i, score_cells(truth_rows, g)) for i, g in enumerate(grids)]
    if not scored:
        return -1, score_cells(truth_rows, [])
    return max(scored, key=lambda pair: (pair[1].right, -pair[1].spurious))


def assign_tables(
    truth: list[list[list[str]]], grids: list[list[list[str]]], threshold: float = MATCH
) -> dict[int, int]:
    """Truth tables paired one to one with extracted grids (truth index -> grid index), pairs
    with more cells right first, each pair getting more than `threshold` of the truth cells
    right. Unlike best_table, two truth tables with the same text cannot share one grid."""
    candidates = []
    for i, rows in enumerate(truth):
        for j, grid in enumerate(grids):
            score = score_cells(rows, grid)
            if score.total and score.right > threshold * score.total:
                candidates.append((score.right, -score.spurious, -i, -j))
    pairs: dict[int, int] = {}
    for *_, neg_i, neg_j in sorted(candidates, reverse=True):
        if -neg_i not in pairs and -neg_j not in pairs.values():
            pairs[-neg_i] = -neg_j
    return pairs


def _record_key(record: dict[str, Any]) -> tuple[str, str]:
    return norm(record.get("kind")), norm(record.get("measure"))


def _agreement(truth: dict[str, Any], found: dict[str, Any]) -> int:
    return sum(1 for f in FIELDS if norm(truth.get(f)) == norm(found.get(f)))


def match_records(
    truth: list[dict[str, Any]], found: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    """Pair each truth record with the unused extracted record of the same kind that agrees
    on most fields (measure must agree, or the pair is no match)."""
    unused = list(found)
    pairs: list[tuple[dict[str, Any], dict[str, Any] | None]] = []
    for record in truth:
        candidates = [f for f in unused if _record_key(f) == _record_key(record)]
        if not candidates:
            pairs.append((record, None))
            continue
        best = max(
            candidates,
            key=lambda f: (
                _agreement(record, f),
                -abs((f.get("row") or 0) - (record.get("row") or 0)),
            ),
        )
        unused.remove(best)
        pairs.append((record, best))
    return pairs


def field_accuracy(
    pairs: list[tuple[dict[str, Any], dict[str, Any] | None]],
) -> dict[str, tuple[int, int]]:
    """Per field: (right, total) over all truth records (an unmatched record is wrong)."""
    result = {}
    for name in FIELDS:
        right = sum(1 for t, f in pairs if f is not None and norm(t.get(name)) == norm(f.get(name)))
        result[name] = (right, len(pairs))
    return result


def heading_scores(
    truth: list[dict[str, Any]], found: list[tuple[int, str]]
) -> tuple[int, int, int]:
    """(matched, truth count, found count) by heading text, ignoring case and spacing."""
    return heading_matches(truth, found, by_level=False), len(truth), len(found)


def heading_matches(
    truth: list[dict[str, Any]], found: list[tuple[int, str]], *, by_level: bool
) -> int:
    """Truth headings paired one to one with found (level, text) headings of the same text
    (case and spacing ignored) and, when by_level, the same level."""

    def key(level: int, text: str) -> tuple[int | None, str]:
        return (level if by_level else None), norm(text).lower()

    have = [key(level, text) for level, text in found]
    matched = 0
    for h in truth:
        k = key(h["level"], h["text"])
        if k in have:
            have.remove(k)
            matched += 1
    return matched


def narrative_priorities(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records of kind priority read from narrative lists (no table)."""
    return [r for r in records if r.get("kind") == "priority" and r.get("table") is None]


def matched_records(truth: list[dict[str, Any]], found: list[dict[str, Any]]) -> int:
    """How many truth records find an extracted record (same kind and measure)."""
    return sum(1 for _, f in match_records(truth, found) if f is not None)


def record_dicts(records: Any) -> list[dict[str, Any]]:
    """Records (normalise's) as dicts of the scored fields plus their table and row."""
    return [{f: getattr(r, f) for f in (*FIELDS, "row", "table")} for r in records]


# ---------------------------------------------------------------- page fragments


@dataclass(frozen=True)
class Fragment:
    """One table's rows on one page. table: the table's index among its document's tables;
    layout: the truth table's layout (None for an extracted fragment)."""

    page: int
    rows: list[list[str]]
    table: int
    layout: str | None = None


def has_text(rows: Sequence[Sequence[str]]) -> bool:
    return any(norm(cell) for row in rows for cell in row)


def by_page(rows: Sequence[list[str]], pages: Sequence[int]) -> dict[int, list[list[str]]]:
    """Rows grouped by the page each starts on, pages in order."""
    groups: dict[int, list[list[str]]] = defaultdict(list)
    for row, page in zip(rows, pages, strict=True):
        groups[page].append(row)
    return dict(sorted(groups.items()))


def truth_fragments(table: dict[str, Any]) -> list[Fragment]:
    """A truth table's page fragments: one per page in its row_pages."""
    return [
        Fragment(page, rows, table["index"], table["layout"])
        for page, rows in by_page(table["rows"], table["row_pages"]).items()
    ]


def table_fragments(index: int, grid: list[list[str]], row_pages: Sequence[int]) -> list[Fragment]:
    """An extracted table cut by the page each of its rows starts on; pieces without any
    text are dropped."""
    return [
        Fragment(page, rows, index)
        for page, rows in by_page(grid, row_pages).items()
        if has_text(rows)
    ]


def continues_split_row(found: Fragment, table: dict[str, Any]) -> bool:
    """Whether a found fragment holds nothing but the rest of a truth row cut by the page
    break before it (and perhaps the repeated header): such a row is scored on its first page."""
    rows, pages = table["rows"], table["row_pages"]
    before = [r for r in table["split_rows"] if pages[r] < found.page]
    if found.page not in table["pages"] or found.page in pages or not before:
        return False
    cut = "".join(_compact(c) for r in before for c in rows[r])
    header = {_compact(c) for row in rows[: table["header_rows"]] for c in row}
    body = [_compact(c) for row in found.rows for c in row if _compact(c) not in header]
    body = [c for c in body if c]
    return bool(body) and all(c in cut for c in body)


def _compact(text: Any) -> str:
    """Text without any white space (a line break inside a URL then does not matter)."""
    return _SPACE.sub("", str(text or ""))


def fragment_pairs(
    truth: list[Fragment], found: list[Fragment], threshold: float = MATCH
) -> list[tuple[int, int, CellScore]]:
    """Truth and found fragments paired one to one on the same page: (truth i, found j,
    score), a pair counting when the found one gets more than `threshold` of the truth one's
    non-empty cells right; pairs with more cells right are taken first."""
    candidates = []
    for i, t in enumerate(truth):
        for j, f in enumerate(found):
            if f.page == t.page:
                score = score_cells(t.rows, f.rows)
                if score.total and score.right > threshold * score.total:
                    candidates.append((score.right, score.accuracy, -i, -j, score))
    pairs, used_t, used_f = [], set(), set()
    for *_, neg_i, neg_j, score in sorted(candidates, key=lambda c: c[:4], reverse=True):
        i, j = -neg_i, -neg_j
        if i not in used_t and j not in used_f:
            pairs.append((i, j, score))
            used_t.add(i)
            used_f.add(j)
    return pairs


def best_on_page(truth: Fragment, found: list[Fragment]) -> CellScore:
    """The best score any found fragment on the truth fragment's page gets against it."""
    _, score = best_table(truth.rows, [f.rows for f in found if f.page == truth.page])
    return score


def nearest_layout(found: Fragment, truth: list[Fragment]) -> str | None:
    """The layout of the truth fragment on the found fragment's page that it shares most
    cells with (the first on the page when it shares none); None when the page has none."""
    on_page = [t for t in truth if t.page == found.page]
    if not on_page:
        return None
    return max(on_page, key=lambda t: score_cells(t.rows, found.rows).right).layout


@dataclass
class Detection:
    """Page-fragment detection and per-page cell counts for one extractor, keyed by layout
    (a found fragment takes the layout of the truth fragment it matches, else of the nearest
    one on its page; None for a page without any truth table)."""

    truth: Counter[str | None]
    found: Counter[str | None]
    hits: Counter[str | None]
    cells: Counter[str | None]  # per-page: non-empty truth cells right
    total: Counter[str | None]  # per-page: non-empty truth cells
    missed: list[Fragment]
    spurious: list[Fragment]
    continued: list[Fragment]  # not counted: only the rest of a split truth row


def detect(tables: list[dict[str, Any]], found: list[Fragment]) -> Detection:
    """Score found fragments against a truth file's tables (see the module docstring). A found
    fragment left unmatched that only carries on a row split from the page before is not
    counted: that row is scored on its first page."""
    truth = [f for t in tables for f in truth_fragments(t)]
    pairs = fragment_pairs(truth, found)
    hit_t = {i for i, _, _ in pairs}
    hit_f = {j for _, j, _ in pairs}
    unmatched = [f for j, f in enumerate(found) if j not in hit_f]
    continued = [f for f in unmatched if any(continues_split_row(f, t) for t in tables)]
    spurious = [f for f in unmatched if f not in continued]
    result = Detection(
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        [t for i, t in enumerate(truth) if i not in hit_t],
        spurious,
        continued,
    )
    for t in truth:
        score = best_on_page(t, found)
        result.truth[t.layout] += 1
        result.cells[t.layout] += score.right
        result.total[t.layout] += score.total
    for i, _, _ in pairs:
        result.hits[truth[i].layout] += 1
        result.found[truth[i].layout] += 1
    for f in spurious:
        result.found[nearest_layout(f, truth)] += 1
    return result


def add_detections(detections: Sequence[Detection]) -> Detection:
    total = Detection(Counter(), Counter(), Counter(), Counter(), Counter(), [], [], [])
    for d in detections:
        for name in ("truth", "found", "hits", "cells", "total"):
            getattr(total, name).update(getattr(d, name))
        total.missed += d.missed
        total.spurious += d.spurious
        total.continued += d.continued
    return total
