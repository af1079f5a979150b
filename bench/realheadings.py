"""Headings of real Word documents (bench/real/docx/): each document's section headings,
labelled by hand from its rendered pages, against what councilplans reads from the DOCX and
from the same document printed to PDF by LibreOffice (tests/fixtures/pairs/).

A truth heading is matched by its text (spacing ignored; a section number in front left out,
as the extractors keep numbers apart), one to one, and by text and level. A heading the
labeller marked unsure is neither wanted nor, when found, counted against the reader.

    python bench/realheadings.py          # print the section
    python bench/realheadings.py --check  # every labelled text is in its document's text
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from html import unescape
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.score import pct  # noqa: E402
from councilplans.extractors import extract  # noqa: E402
from councilplans.extractors.model import Heading  # noqa: E402

TRUTH = ROOT / "bench" / "real" / "docx"
DOCS = ROOT / "bench" / "authority" / "docs"
PRINTS = ROOT / "tests" / "fixtures" / "pairs"
NUMBER = re.compile(r"^\d+(\.\d+)*\.?\s+")


def norm(text: str) -> str:
    return " ".join(NUMBER.sub("", " ".join(text.split())).split())


@dataclass(frozen=True, slots=True)
class Score:
    wanted: int
    found: int  # less those the labeller was unsure of
    text: int  # matched by text
    level: int  # matched by text and level


def truth_files() -> list[Path]:
    return sorted(TRUTH.glob("*.json"))


def score(truth: dict[str, Any], found: list[tuple[int, str]]) -> Score:
    """Found (level, text) headings against a truth file's."""
    unsure = {norm(h["text"]) for h in truth["headings"] if h.get("unsure")}
    wanted = [(h["level"], norm(h["text"])) for h in truth["headings"] if not h.get("unsure")]
    left, text, level, extra = list(wanted), 0, 0, 0
    for found_level, found_text in found:
        same = [w for w in left if w[1] == norm(found_text)]
        if same:
            left.remove(same[0])
            text += 1
            level += same[0][0] == found_level
        elif norm(found_text) not in unsure:
            extra += 1
    return Score(len(wanted), text + extra, text, level)


def headings(path: Path) -> list[tuple[int, str]]:
    return [(b.level, b.text) for b in extract(path).blocks if isinstance(b, Heading)]


def read(truth_path: Path) -> tuple[dict[str, Any], Path, Path]:
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    docx = DOCS / truth["document"]
    return truth, docx, PRINTS / f"{docx.stem}.pdf"


def report_lines(reader: Callable[[Path], list[tuple[int, str]]] = headings) -> list[str]:
    lines = [
        "| document | format | headings | found | text: precision | text: recall | "
        "text+level: precision | text+level: recall |",
        "|---|---|---|---|---|---|---|---|",
    ]
    totals: dict[str, list[int]] = {"docx": [0, 0, 0, 0], "pdf": [0, 0, 0, 0]}
    for path in truth_files():
        truth, docx, printed = read(path)
        for fmt, file in (("docx", docx), ("pdf", printed)):
            s = score(truth, reader(file))
            totals[fmt] = [a + b for a, b in zip(totals[fmt], _fields(s), strict=True)]
            lines.append(_row(docx.stem, fmt, s))
    for fmt, (wanted, found, text, level) in totals.items():
        lines.append(_row("**all**", fmt, Score(wanted, found, text, level)))
    return lines


def _fields(s: Score) -> tuple[int, int, int, int]:
    return s.wanted, s.found, s.text, s.level


def _row(name: str, fmt: str, s: Score) -> str:
    return (
        f"| {name} | {fmt} | {s.wanted} | {s.found} | {pct(s.text, s.found)} | "
        f"{pct(s.text, s.wanted)} | {pct(s.level, s.found)} | {pct(s.level, s.wanted)} |"
    )


def document_text(docx: Path) -> str:
    """Every paragraph's characters (text boxes' too), straight from the package's XML: what
    a labelled heading is checked against, read by no extractor of ours."""
    xml = zipfile.ZipFile(docx).read("word/document.xml").decode("utf-8")
    paragraphs = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
    texts = (re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p) for p in paragraphs)
    return "\n".join(" ".join(unescape("".join(t)).split()) for t in texts)


def unprinted(truth_path: Path) -> list[str]:
    """The labelled headings whose text is not in the document."""
    truth, docx, _ = read(truth_path)
    text = document_text(docx)
    return [h["text"] for h in truth["headings"] if norm(h["text"]) not in text]


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        missing = {p.name: unprinted(p) for p in truth_files()}
        for name, texts in missing.items():
            for t in texts:
                print(f"{name}: not in the document: {t!r}")
        sys.exit(1 if any(missing.values()) else 0)
    print("\n".join(report_lines()))
