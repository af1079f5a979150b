"""A tagged PDF's structure tree, read once for the whole document, as each page's roles.

Both readers take the tags from here: pdfplumber's reading of the tree (through pdfminer),
which follows a document's role map and its elements' pages, parsed once (pdfplumber's
per-page ``structure_tree`` parses the whole tree again for every page, and pdfium gives
no tree at all for some tagged files).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from councilplans.extractors.reading import Role, roles_from_tree


class DocumentRoles:
    """Each page's map of marked-content id to role (``reading.roles_from_tree``), read on
    first need; empty throughout for an untagged document or when ``wanted`` is False."""

    def __init__(self, path: str | Path, wanted: bool = True) -> None:
        self.path = path
        self.wanted = wanted
        self.pages: dict[int, dict[int, Role]] | None = None

    def for_page(self, number: int) -> dict[int, Role]:
        if not self.wanted:
            return {}
        if self.pages is None:
            self.pages = read_roles(self.path)
        return self.pages.get(number, {})


def read_roles(path: str | Path) -> dict[int, dict[int, Role]]:
    """Given a PDF path, return each page's roles, or none when the tree cannot be read."""
    import pdfplumber
    from pdfplumber.structure import PDFStructTree

    try:
        with pdfplumber.open(path) as pdf:
            if "StructTreeRoot" not in pdf.doc.catalog:
                return {}
            tree = list(PDFStructTree(pdf))
    except Exception:  # noqa: BLE001 - a tree that cannot be read is no evidence
        return {}
    place_on_pages(tree, None)
    keyed = roles_from_tree(
        tree,
        lambda node: node.type,
        lambda node: [(node.page_number, mcid) for mcid in node.mcids],
        lambda node: node.children,
    )
    pages: dict[int, dict[int, Role]] = defaultdict(dict)
    for (page, mcid), role in keyed.items():
        if page is not None:
            pages[page][mcid] = role
    return dict(pages)


def place_on_pages(nodes: Sequence[Any], page: int | None) -> None:
    """Give each element with no page of its own (no /Pg) its parent's."""
    for node in nodes:
        if node.page_number is None:
            node.page_number = page
        place_on_pages(node.children, node.page_number)
