"""Score extracted tables, headings and records against samples/truth (see samples/TRUTH.md).

Cells: truth and extracted rows are aligned in order by content (a row missing or added costs
only its own cells); a truth cell counts as right when the aligned extracted cell has the same
text once white space is collapsed. Only non-empty truth cells are counted, so covered ("")
positions of merged cells cannot inflate a score; extracted text where the truth has none is
counted separately as spurious.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FIELDS = ("kind", "priority", "action", "measure", "baseline", "target", "owner", "date")
_SPACE = re.compile(r"\s+")


def norm(text: Any) -> str:
    return _SPACE.sub(" ", str(text or "")).strip()


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
        best = max(candidates, key=lambda f: (_agreement(record, f), -abs(
            (f.get("row") or 0) - (record.get("row") or 0))))
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
    want = [norm(h["text"]).lower() for h in truth]
    have = [norm(text).lower() for _, text in found]
    matched = 0
    for text in want:
        if text in have:
            have.remove(text)
            matched += 1
    return matched, len(want), len(found)


def record_dicts(records: Any) -> list[dict[str, Any]]:
    """Records (normalise's) as dicts of the scored fields plus their table and row."""
    return [{f: getattr(r, f) for f in (*FIELDS, "row", "table")} for r in records]
