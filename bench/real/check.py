"""Check the real development set's labels against the characters their PDFs print.

    python bench/real/check.py                 # every truth file
    python bench/real/check.py truth/x.json    # some

For every labelled cell, the characters the PDF prints inside the cell's box (each char by
its centre; the boxes come from each fragment's ``xs`` and ``ys``), in reading order, must be
the characters of the label, white space aside: a typo, a missing or an extra word shows
where the two part. Text is compared after Unicode NFKC (ligatures as letters) with the
private-use bullet glyphs read as "•"; a cell whose text layer differs from what the page
shows (a ligature mapped to "[", hidden letters) is compared with its ``text_layer`` entry,
the label keeping what is printed. Also checked: the truth is well formed (rectangular
rows, spans inside the grid, one row page per row, fragment bands mapped to real rows).

Exits 1 when anything is wrong, printing each problem as "file: table N: ...".
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from councilplans.extractors.glyphs import BULLET_CODE_POINTS  # noqa: E402

Box = tuple[float, float, float, float]


def plain(text: str) -> str:
    """A text as the check compares it: NFKC (ligatures as letters), private-use bullets as
    "•", white space left out."""
    text = unicodedata.normalize("NFKC", text.translate(BULLET_CODE_POINTS))
    return "".join(ch for ch in text if not ch.isspace())


def anchors(table: dict[str, Any]) -> dict[tuple[int, int], tuple[int, int, int, int]]:
    """Each grid position mapped to the (row, col, rowspan, colspan) of the cell covering it."""
    n_rows, n_cols = len(table["rows"]), len(table["rows"][0])
    cover = {(r, c): (r, c, 1, 1) for r in range(n_rows) for c in range(n_cols)}
    for r, c, rs, cs in table.get("spans", []):
        for rr in range(r, r + rs):
            for cc in range(c, c + cs):
                cover[(rr, cc)] = (r, c, rs, cs)
    return cover


def shape_problems(table: dict[str, Any]) -> Iterator[str]:
    rows = table["rows"]
    widths = {len(r) for r in rows}
    if len(widths) != 1:
        yield f"rows are not rectangular (widths {sorted(widths)})"
        return
    n_rows, n_cols = len(rows), widths.pop()
    for r, c, rs, cs in table.get("spans", []):
        if not (0 <= r and 0 <= c and r + rs <= n_rows and c + cs <= n_cols and rs * cs > 1):
            yield f"span {[r, c, rs, cs]} is not a merged cell inside the grid"
        elif any(
            rows[rr][cc] for rr in range(r, r + rs) for cc in range(c, c + cs) if (rr, cc) != (r, c)
        ):
            yield f"span {[r, c, rs, cs]} covers text other than its top-left cell's"
    if len(table["row_pages"]) != n_rows:
        yield f"{len(table['row_pages'])} row_pages for {n_rows} rows"
    if not set(table["row_pages"]) <= set(table["pages"]):
        yield f"row_pages {sorted(set(table['row_pages']))} outside pages {table['pages']}"
    if sorted({f["page"] for f in table["fragments"]}) != table["pages"]:
        yield f"fragments' pages differ from pages {table['pages']}"
    if table.get("columns") is not None and len(table["columns"]) != n_cols:
        yield f"{len(table['columns'])} columns named for {n_cols} columns"
    for f in table["fragments"]:
        if len(f["xs"]) != n_cols + 1:
            yield f"page {f['page']}: {len(f['xs'])} xs for {n_cols} columns"
        if len(f["rows"]) != len(f["ys"]) - 1:
            yield f"page {f['page']}: {len(f['rows'])} rows for {len(f['ys']) - 1} bands"
        if any(not 0 <= r < n_rows for r in f["rows"]):
            yield f"page {f['page']}: a band maps to no row"
        if f["xs"] != sorted(f["xs"]) or f["ys"] != sorted(f["ys"]):
            yield f"page {f['page']}: xs and ys must go left to right, top to bottom"


def in_box(char: dict[str, Any], box: Box) -> bool:
    x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
    return box[0] <= x < box[2] and box[1] <= y < box[3]


def reading_order(chars: list[dict[str, Any]]) -> str:
    """Chars as a reader reads them: upright text line by line, top to bottom, each line left
    to right (a raised or lowered mark stays on the line it overlaps most); text turned a
    quarter read along its own direction, its lines left to right."""
    turned = [c for c in chars if is_turned(c)]
    upright = [c for c in chars if not is_turned(c)]
    text = "".join(
        c["text"] for ln in group_lines(upright, "top", "bottom") for c in sorted(ln, key=x0)
    )
    if turned:
        upward = (turned[0].get("matrix") or (0, 1))[1] > 0  # turned left: read bottom to top
        lines = sorted(group_lines(turned, "x0", "x1"), key=lambda ln: min(map(x0, ln)))
        for ln in lines if upward else lines[::-1]:
            text += "".join(c["text"] for c in sorted(ln, key=lambda c: c["top"], reverse=upward))
    return text


def is_turned(char: dict[str, Any]) -> bool:
    """Text set along the page's height: its direction (the matrix's a, b) mostly vertical."""
    a, b = (char.get("matrix") or (1, 0))[:2]
    return abs(b) > abs(a)


def x0(char: dict[str, Any]) -> float:
    return float(char["x0"])


def group_lines(chars: list[dict[str, Any]], lo: str, hi: str) -> list[list[dict[str, Any]]]:
    """Chars grouped into lines across the axis ``lo``..``hi`` (top..bottom for upright text):
    chars of the commonest height first (the body text sets the lines), then the others,
    each joining the line whose extent holds its middle, so superscripts, subscripts and
    big symbols stay on their line; lines in order along the axis."""
    heights = Counter(round(c[hi] - c[lo], 1) for c in chars)
    lines: list[tuple[list[float], list[dict[str, Any]]]] = []
    for ch in sorted(chars, key=lambda c: (-heights[round(c[hi] - c[lo], 1)], c[lo])):
        mid = (ch[lo] + ch[hi]) / 2
        home = next((ln for ext, ln in lines if ext[0] <= mid <= ext[1]), None)
        if home is None:
            lines.append(([ch[lo], ch[hi]], [ch]))
        else:
            ext = next(e for e, ln in lines if ln is home)
            home.append(ch)
            ext[0], ext[1] = min(ext[0], ch[lo]), max(ext[1], ch[hi])
    return [ln for _, ln in sorted(lines, key=lambda item: item[0][0])]


def printed_cells(table: dict[str, Any], pdf: Any) -> dict[tuple[int, int], str]:
    """The text the PDF prints inside each cell's boxes: band by band, fragment by fragment."""
    cover = anchors(table)
    found: dict[tuple[int, int], str] = {}
    for f in table["fragments"]:
        chars = pdf.pages[f["page"] - 1].chars
        xs, ys = f["xs"], f["ys"]
        for band, row in enumerate(f["rows"]):
            if band in f.get("skip", []):
                continue
            for r, c, _, cs in dict.fromkeys(cover[(row, col)] for col in range(len(xs) - 1)):
                box = (xs[c], ys[band], xs[c + cs], ys[band + 1])
                text = reading_order([ch for ch in chars if in_box(ch, box)])
                found[(r, c)] = found.get((r, c), "") + plain(text)
    return found


def cell_problems(table: dict[str, Any], pdf: Any) -> Iterator[str]:
    found = printed_cells(table, pdf)
    layer = {(r, c): text for r, c, text in table.get("text_layer", [])}
    for r, row in enumerate(table["rows"]):
        for c, label in enumerate(row):
            want, got = plain(layer.get((r, c), label)), found.get((r, c), "")
            if want != got:
                yield f"cell ({r}, {c}) {label[:40]!r}: {first_difference(want, got)}"


def first_difference(want: str, got: str) -> str:
    """Where a label and the printed text part, white space aside."""
    pairs = enumerate(zip(want, got, strict=False))
    at = next((i for i, (a, b) in pairs if a != b), min(len(want), len(got)))
    return (
        f"labelled ...{want[max(0, at - 15) : at + 15]!r}... but printed "
        f"...{got[max(0, at - 15) : at + 15]!r}... (at character {at})"
    )


def check_file(path: Path) -> list[str]:
    truth = json.loads(path.read_text(encoding="utf-8"))
    for key in (
        "file",
        "document",
        "source",
        "producer",
        "original_pages",
        "licence",
        "attribution",
        "tables",
    ):
        if key not in truth:
            return [f"{path.name}: no {key!r}"]
    problems: list[str] = []
    with pdfplumber.open(HERE / "pdfs" / truth["file"]) as pdf:
        if len(pdf.pages) != len(truth["original_pages"]):
            problems.append(
                f"{path.name}: {len(pdf.pages)} pages, original_pages lists "
                f"{len(truth['original_pages'])}"
            )
        for table in truth["tables"]:
            found = list(shape_problems(table))
            if not found:
                found = list(cell_problems(table, pdf))
            problems += [f"{path.name}: table {table['index']}: {p}" for p in found]
    return problems


def main(args: list[str]) -> int:
    paths = [Path(a) for a in args] or sorted((HERE / "truth").glob("*.json"))
    problems = [p for path in paths for p in check_file(path)]
    print("\n".join(problems) if problems else f"{len(paths)} truth files: every cell checks")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
