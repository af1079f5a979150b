"""The words a Word chart prints: its title, its axes' titles, its series' names and its
categories, read from the chart's part (word/charts/chartN.xml).

A chart in a DOCX is a drawing that names a part of its own; python-docx reads no text from
it, while a PDF printed from the document holds every label the chart draws. Its values are
left out: the part keeps them unformatted ("77.691791736224133"), and the axes' numbers are
the renderer's, in no part at all.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from docx.oxml.parser import parse_xml

C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
CHART = f"{C}chart"  # a chart drawn in a paragraph, naming its part by relationship id
SEPARATOR = " · "


def chart_text(blob: bytes) -> str | None:
    """A chart part's labels, in the order a reader meets them, each once, on one line."""
    root = parse_xml(blob)  # python-docx's parser: entities are not resolved
    labels = [*_titles(root), *_series_names(root), *_categories(root)]
    unique = list(dict.fromkeys(label for label in labels if label))
    return SEPARATOR.join(unique) if unique else None


def _titles(root: Any) -> Iterator[str]:
    """The chart's title, then its axes' titles."""
    for title in root.iter(f"{C}title"):
        lines = (
            " ".join("".join(t.text or "" for t in p.iter(f"{A}t")).split())
            for p in title.iter(f"{A}p")
        )
        yield " ".join(line for line in lines if line)


def _series_names(root: Any) -> Iterator[str]:
    for name in root.iter(f"{C}tx"):
        if name.getparent() is not None and name.getparent().tag == f"{C}ser":
            for value in name.iter(f"{C}v"):
                yield " ".join((value.text or "").split())


def _categories(root: Any) -> Iterator[str]:
    for categories in root.iter(f"{C}cat"):
        for value in categories.iter(f"{C}v"):
            yield " ".join((value.text or "").split())
