"""Read a PDF with pdfplumber into our page model, then into a Document.

Only ``page_to_model`` and ``read_pdf`` touch pdfplumber; tables, stitching and layout work on
the page model (see page.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pdfplumber
from pdfplumber.utils.exceptions import PdfminerException
from pdfplumber.utils.text import WordExtractor

from councilplans.extractors.errors import CorruptFile, EncryptedFile
from councilplans.extractors.grid import FoundTable
from councilplans.extractors.layout import document_blocks, pick_title
from councilplans.extractors.margins import running_keys
from councilplans.extractors.model import Document
from councilplans.extractors.page import Colour, Edge, PageModel, Rect, Word, is_white
from councilplans.extractors.settings import PdfSettings, resolve
from councilplans.extractors.stitch import stitch_tables
from councilplans.extractors.tables import find_tables

BOLD = re.compile(r"bold|black|heavy|semibold|demibold|,b$|-bd$|bd$", re.IGNORECASE)
GLYPHS = str.maketrans({"\uf0b7": "•", "\uf0a7": "▪", "\uf076": "•", "\uf0d8": "•", "\u25cf": "•"})


def to_rgb(colour: Any) -> Colour | None:
    """Given a pdfminer colour (grey, RGB, CMYK or a pattern), return RGB or None."""
    if colour is None or isinstance(colour, str):
        return None
    if isinstance(colour, int | float):
        colour = (colour,)
    values = [v for v in colour if isinstance(v, int | float)]
    if len(values) == 1:
        return (values[0],) * 3  # type: ignore[return-value]
    if len(values) == 3:
        return (values[0], values[1], values[2])
    if len(values) == 4:
        c, m, y, k = values
        return ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    return None


def is_bold_font(fontname: str) -> bool:
    return bool(BOLD.search(fontname.split("+")[-1]))


def visible_char(char: dict[str, Any], bbox: tuple[float, ...], dark: Sequence[Rect]) -> bool:
    """Given a char, say whether a reader sees it: on the page, and not white on white."""
    if (
        char["x1"] < bbox[0]
        or char["x0"] > bbox[2]
        or char["bottom"] < bbox[1]
        or char["top"] > bbox[3]
    ):
        return False
    if not char["text"].strip():
        return False
    if not is_white(to_rgb(char.get("non_stroking_color")), 0.97):
        return True
    x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
    return any(r.x0 <= x <= r.x1 and r.top <= y <= r.bottom for r in dark)


def page_rects(page: Any) -> list[Rect]:
    rects = []
    for r in page.rects:
        fill = to_rgb(r.get("non_stroking_color")) if r.get("fill") else None
        rects.append(Rect(r["x0"], r["top"], r["x1"], r["bottom"], fill, bool(r.get("stroke"))))
    return rects


def page_edges(page: Any) -> list[Edge]:
    """Given a pdfplumber page, return its straight axis-aligned strokes (lines and curves)."""
    edges: list[Edge] = []
    for obj in [*page.lines, *page.curves]:
        pts = obj.get("pts") or []
        width = float(obj.get("linewidth") or 1.0)
        for (ax, ay), (bx, by) in zip(pts, pts[1:], strict=False):
            if abs(ay - by) < 1 and abs(ax - bx) >= 2:
                edges.append(
                    Edge("h", min(ax, bx), (ay + by) / 2, max(ax, bx), (ay + by) / 2, width)
                )
            elif abs(ax - bx) < 1 and abs(ay - by) >= 2:
                edges.append(
                    Edge("v", (ax + bx) / 2, min(ay, by), (ax + bx) / 2, max(ay, by), width)
                )
    return edges


def dedupe(chars: Sequence[dict[str, Any]]) -> tuple[list[dict[str, Any]], set[int]]:
    """Given chars, drop those printed again within 1pt of an equal char (fake bold), in one
    pass over hashed positions; return the kept chars and the ids of those that were doubled."""
    seen: dict[tuple[str, int, int], list[dict[str, Any]]] = {}
    kept: list[dict[str, Any]] = []
    doubled: set[int] = set()
    for c in chars:
        key = (c["text"], round(c["x0"]), round(c["top"]))
        twin = next(
            (
                o
                for dx in (-1, 0, 1)
                for dy in (-1, 0, 1)
                for o in seen.get((key[0], key[1] + dx, key[2] + dy), ())
                if abs(o["x0"] - c["x0"]) <= 1 and abs(o["top"] - c["top"]) <= 1
            ),
            None,
        )
        if twin is not None:
            doubled.add(id(twin))
            continue
        seen.setdefault(key, []).append(c)
        kept.append(c)
    return kept, doubled


UNMAPPED = re.compile(r"^\(cid:\d+\)$")


def word_text(w: dict[str, Any]) -> str:
    """A word's text with ligatures expanded. A lone glyph the font maps to no character
    ("(cid:127)") standing as a word of its own is a symbol: read as a bullet, since that
    is the only such glyph a plan's text lines start with."""
    text = str(w["text"])
    if UNMAPPED.match(text) and float(w["x1"]) - float(w["x0"]) <= float(w.get("size", 10.0)):
        return "•"
    return text.translate(GLYPHS)


ROLES = {"H", "H1", "H2", "H3", "H4", "H5", "H6", "P", "LI", "Lbl", "LBody", "TD", "TH",
         "Caption", "TOCI", "Note", "Quote"}


Role = tuple[str | None, int | None]  # (role, id of the TD/TH element holding the text)


def structure_roles(page: Any) -> dict[int, Role]:
    """Given a pdfplumber page, map each marked-content id to the role its tagged structure
    gives it (the nearest H1..H6, P, LBody, TD ... above it) and, inside a table, the cell
    element it sits in; empty for an untagged page."""
    try:
        tree = page.structure_tree
    except Exception:  # no structure tree, or one pdfplumber cannot read: no evidence
        return {}
    roles: dict[int, Role] = {}
    cells = iter(range(1, 1 << 30))

    def walk(nodes: Sequence[dict[str, Any]], role: str | None, cell: int | None) -> None:
        for node in nodes:
            kind = node.get("type")
            own = kind if kind in ROLES else role
            here = next(cells) if kind in {"TD", "TH"} else cell
            for mcid in node.get("mcids") or ():
                roles.setdefault(mcid, (own, here))
            walk(node.get("children") or (), own, here)

    walk(tree, None, None)
    return roles


def to_word(w: dict[str, Any], doubled: set[int], roles: dict[int, Role] | None = None) -> Word:
    chars = w.get("chars") or []
    fake_bold = any(id(c) in doubled for c in chars[:3])
    fontname = str(w.get("fontname", ""))
    return Word(
        text=word_text(w),
        x0=float(w["x0"]),
        top=float(w["top"]),
        x1=float(w["x1"]),
        bottom=float(w["bottom"]),
        fontname=fontname,
        size=round(float(w.get("size", 10.0)), 2),
        bold=is_bold_font(fontname) or fake_bold,
        upright=bool(w.get("upright", True)),
        **tagged_as(chars, roles or {}),
    )


def tagged_as(chars: Sequence[dict[str, Any]], roles: dict[int, Role]) -> dict[str, Any]:
    role, cell = roles.get(chars[0].get("mcid"), (None, None)) if chars else (None, None)
    return {"tag": role, "cell": cell}


def page_to_model(page: Any, settings: PdfSettings | None = None) -> PageModel:
    """Given a pdfplumber page, return our page model of what the page shows."""
    settings = settings or PdfSettings()
    rects = page_rects(page)
    dark = [r for r in rects if r.fill is not None and not is_white(r.fill, 0.8)]
    bbox = tuple(page.bbox)
    chars, doubled = dedupe([c for c in page.chars if visible_char(c, bbox, dark)])
    extractor = WordExtractor(
        x_tolerance=1.5,
        x_tolerance_ratio=settings.x_tolerance_ratio,
        y_tolerance=settings.y_tolerance,
        extra_attrs=["fontname", "size"],
    )
    roles = structure_roles(page)
    words = extractor.extract_words(chars, return_chars=bool(doubled) or bool(roles))
    return PageModel(
        number=page.page_number,
        width=float(page.width),
        height=float(page.height),
        words=tuple(to_word(w, doubled, roles) for w in words),
        edges=tuple(page_edges(page)),
        rects=tuple(rects),
        rotation=int(page.rotation or 0),
    )


@contextmanager
def open_pdf(path: str | Path) -> Iterator[Any]:
    """Open a PDF, turning pdfminer's failures into EncryptedFile or CorruptFile."""
    try:
        pdf = pdfplumber.open(path)
    except PdfminerException as exc:
        raise named_error(path, exc) from None
    except Exception as exc:  # pdfminer raises many unrelated types on damaged files
        raise CorruptFile(str(path), f"cannot be opened as a PDF ({describe(exc)})") from None
    try:
        yield pdf
    finally:
        pdf.close()


def describe(exc: BaseException) -> str:
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    text = str(inner).strip() or type(inner).__name__
    return text[:200]


def named_error(path: str | Path, exc: BaseException) -> Exception:
    inner = exc.args[0] if exc.args else exc
    if "Password" in type(inner).__name__ or "encrypt" in str(inner).lower():
        return EncryptedFile(str(path))
    return CorruptFile(str(path), f"cannot be opened as a PDF ({describe(exc)})")


def read_pages(
    pdf: Any, path: str | Path, settings: PdfSettings
) -> tuple[list[PageModel], list[str]]:
    """Given an open PDF, return each readable page's model and a warning per bad page."""
    models: list[PageModel] = []
    warnings: list[str] = []
    try:
        pages = list(pdf.pages)
    except Exception as exc:
        raise named_error(path, exc) from None
    for i, page in enumerate(pages, start=1):
        try:
            models.append(page_to_model(page, settings))
        except Exception as exc:
            warnings.append(f"page {i}: skipped, cannot be read ({describe(exc)})")
        finally:
            page.close()
    return models, warnings


def find_all_tables(
    models: Sequence[PageModel], settings: PdfSettings, warnings: list[str]
) -> list[list[FoundTable]]:
    found: list[list[FoundTable]] = []
    for m in models:
        try:
            found.append(find_tables(m, settings))
        except Exception as exc:  # keep the page's text even if its tables defeat us
            warnings.append(f"page {m.number}: tables not read ({describe(exc)})")
            found.append([])
    return found


# what PDF writers put in the Title field when the author gave none (reportlab: "untitled")
PLACEHOLDER_TITLES = frozenset({"untitled", "title", "document", "document1", "slide 1"})


def metadata_title(pdf: Any) -> str | None:
    title = (pdf.metadata or {}).get("Title")
    if isinstance(title, bytes):
        title = title.decode("utf-8", "ignore")
    if not isinstance(title, str):
        return None
    title = re.sub(r"^Microsoft (Word|PowerPoint) - ", "", title).strip()
    if not title or re.search(r"\.(docx?|pptx?|xlsx?)$", title, re.IGNORECASE):
        return None
    if title.lower() in PLACEHOLDER_TITLES:
        return None
    return title


def read_pdf(path: str | Path, sha256: str, settings: Any = None) -> Document:
    """Given a PDF path and its sha256, return its Document.

    Raises EncryptedFile for a password-protected PDF and CorruptFile for one that cannot be
    read at all; a page that cannot be read is skipped with a warning.
    """
    cfg = resolve(settings)
    with open_pdf(path) as pdf:
        models, warnings = read_pages(pdf, path, cfg)
        n_pages = len(pdf.pages)
        meta_title = metadata_title(pdf)
    if n_pages and not models:
        raise CorruptFile(str(path), "none of its pages can be read")
    fragments = find_all_tables(models, cfg, warnings)
    keys = running_keys(models, cfg)
    tables = stitch_tables(models, fragments, cfg, keys)
    blocks = document_blocks(models, fragments, tables, cfg, keys)
    return Document(
        path=str(path),
        sha256=sha256,
        format="pdf",
        pages=n_pages,
        blocks=tuple(blocks),
        title=meta_title or pick_title(blocks),
        warnings=tuple(warnings),
    )
