"""Draw random tables with reportlab, together with their true grid.

``make_case(seed, path)`` writes a PDF and returns a ``Case`` whose ``rows``/``spans`` follow
samples/TRUTH.md (merged text at the top-left, "" where covered, one table over all pages).
Fonts, sizes, column counts and widths, wrapping, rule styles, merges and page breaks are all
drawn from the seed, so the extractor is judged on tables nobody tuned it for.

``EXPORT_STYLES`` draw what office exports draw rather than what a typesetter would:
"excel" (every cell a filled rectangle, white gaps between them, no strokes; PowerPoint
draws its tables the same way), "word-shaded" (Word's shading: one fill per text line of a
cell, plus its padding, all touching), "gradient" (cells filled with many 0.5-1pt strips of
slowly changing colour). ``make_slides`` draws one table over landscape pages whose column
positions move by 1-6pt from one page to the next, with the header repeated.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

STYLES = ("ruled", "h-rules", "no-rules", "zebra", "heatmap")
EXPORT_STYLES = ("excel", "word-shaded", "gradient")
HEADER_BLUE = (0.27, 0.45, 0.77)
BANDS = ((0.81, 0.85, 0.92), (0.91, 0.93, 0.96))
FONTS = (
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
)
WORDS = (
    "improve reduce increase children young people school attendance health outcomes "
    "support families early help services partners council plan review target baseline "
    "measure lead officer quarterly annual report March April data priority action deliver "
    "ensure monitor develop strategy access training workforce safeguarding"
).split()
HEADERS = ("Priority", "Action", "Measure", "Baseline", "Target", "Lead", "Date", "Status", "Owner")


@dataclass
class Case:
    style: str
    rows: list[list[str]]
    spans: list[list[int]] = field(default_factory=list)
    header_rows: int = 1
    pages: int = 1


def random_text(rng: random.Random, col: int) -> str:
    kind = rng.random()
    if col > 0 and kind < 0.2:
        return f"{rng.randint(1, 99)}%"
    if col > 0 and kind < 0.3:
        return f"{rng.choice(['March', 'June', 'Sept', 'Dec'])} {rng.randint(2010, 2024)}"
    n = rng.choice((1, 2, 3, 4, 6, 9, 14)) if col < 3 else rng.choice((1, 2, 3, 5))
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize()


@dataclass
class Spec:
    style: str
    font: tuple[str, str]
    size: float
    pad: float
    widths: list[float]
    header: list[str]
    body: list[list[str]]
    groups: list[int]  # rows merged down in column 0, per group
    repeat_header: bool
    x0: float = 50.0


def make_spec(seed: int, style: str | None = None, n_rows: int | None = None) -> Spec:
    rng = random.Random(seed)
    style = style or STYLES[seed % len(STYLES)]
    n_cols = rng.randint(2, 6)
    total = rng.uniform(300, 495)
    weights = [rng.uniform(1, 3) for _ in range(n_cols)]
    n = n_rows or rng.randint(3, 12)
    groups: list[int] = []
    while sum(groups) < n:
        merge = style in ("ruled", "h-rules") and n_cols >= 3 and rng.random() < 0.25
        groups.append(min(n - sum(groups), rng.randint(2, 3) if merge else 1))
    body = [[random_text(rng, c) for c in range(n_cols)] for _ in range(n)]
    if style in EXPORT_STYLES:
        add_bullets(random.Random(seed * 7 + 1), body)
    header = rng.sample(HEADERS, n_cols)
    font = rng.choice(FONTS)
    size = rng.choice((7.5, 8, 9, 10, 11))
    pad = rng.choice((4.0, 5.0, 6.0))
    widths = [
        max(total * w / sum(weights), widest(col, font[1], size) + 2 * pad + 2)
        for col, w in zip(zip(header, *body, strict=True), weights, strict=True)
    ]
    return Spec(
        style,
        font,
        size,
        pad,
        widths,
        header,
        body,
        groups,
        rng.random() < 0.5,
    )


def add_bullets(rng: random.Random, body: list[list[str]]) -> None:
    """Given body rows, turn a few cells (not the first column) into bulleted lists: one
    drawn line per item ("\n"), each starting with a bullet."""
    for row in body:
        if len(row) > 1 and rng.random() < 0.3:
            items = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 4))) for _ in "ab"]
            row[rng.randrange(1, len(row))] = "\n".join(f"\u2022 {item}" for item in items)


def truth_text(text: str) -> str:
    return " ".join(text.split())


def widest(texts: tuple[str, ...], font: str, size: float) -> float:
    return max(stringWidth(w, font, size) for t in texts for w in t.split())


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines = [ln for part in text.split("\n") for ln in simpleSplit(part, font, size, width)]
    return lines or [""]


class Drawer:
    """Lays out one table on as many pages as it needs, recording the truth as it goes."""

    def __init__(self, spec: Spec, path: str, pagesize: tuple[float, float] = A4) -> None:
        self.s = spec
        self.c = Canvas(path, pagesize=pagesize)
        self.width, self.height = pagesize
        self.y = self.height - 90
        self.pages = 1
        self.leading = spec.size * 1.2

    def cell_lines(self, text: str, col: int, bold: bool) -> list[str]:
        font = self.s.font[1] if bold else self.s.font[0]
        return wrap(text, font, self.s.size, self.s.widths[col] - 2 * self.s.pad)

    def row_height(self, texts: list[str], bold: bool) -> float:
        n = max(len(self.cell_lines(t, i, bold)) for i, t in enumerate(texts) if t is not None)
        return n * self.leading + 2 * self.s.pad

    def draw_title(self) -> None:
        self.c.setFont(self.s.font[1], 13)
        self.c.drawString(self.s.x0, self.height - 60, "Table of planned actions and measures")

    def new_page(self) -> None:
        self.c.showPage()
        self.pages += 1
        self.y = self.height - 60
        if self.s.repeat_header:
            self.draw_row(
                self.s.header, True, row_index=-1, rule_cols=set(range(len(self.s.widths)))
            )

    def draw_row(
        self, texts: list[str | None], bold: bool, row_index: int, rule_cols: set[int]
    ) -> None:
        s, c = self.s, self.c
        h = self.row_height([t or "" for t in texts], bold)
        top = self.y
        self.row_texts = texts
        xs = [s.x0]
        for w in s.widths:
            xs.append(xs[-1] + w)
        self.draw_background(xs, top, h, bold, row_index)
        font = s.font[1] if bold else s.font[0]
        white = bold and (s.style == "zebra" and s.pad == 6.0 or s.style in ("excel", "gradient"))
        c.setFillColorRGB(1, 1, 1) if white else c.setFillColorRGB(0, 0, 0)
        c.setFont(font, s.size)
        for i, t in enumerate(texts):
            for k, line in enumerate(self.cell_lines(t or "", i, bold)):
                c.drawString(xs[i] + s.pad, top - s.pad - s.size - k * self.leading + 1.5, line)
        c.setFillColorRGB(0, 0, 0)
        self.draw_rules(xs, top, h, rule_cols)
        self.y = top - h

    def draw_background(self, xs: list[float], top: float, h: float, bold: bool, row: int) -> None:
        c = self.c
        if self.s.style == "zebra" and (bold or row % 2 == 0):
            grey = (0.2, 0.3, 0.5) if bold and self.s.pad == 6.0 else (0.85, 0.9, 0.95)
            c.setFillColorRGB(*grey)
            c.rect(xs[0], top - h, xs[-1] - xs[0], h, stroke=0, fill=1)
        elif self.s.style == "heatmap":
            rng = random.Random(int(top * 7) + row)
            for a, b in zip(xs, xs[1:], strict=False):
                colour = (
                    (0.8, 0.8, 0.8) if bold else (rng.uniform(0.5, 1), rng.uniform(0.6, 1), 0.6)
                )
                c.setFillColorRGB(*colour)
                c.rect(a + 1, top - h + 1, b - a - 2, h - 2, stroke=0, fill=1)
        elif self.s.style == "excel":
            self.c.setFillColorRGB(*(HEADER_BLUE if bold else BANDS[row % 2]))
            for a, b in zip(xs, xs[1:], strict=False):
                c.rect(a + 0.75, top - h + 0.75, b - a - 1.5, h - 1.5, stroke=0, fill=1)
        elif self.s.style == "word-shaded" and (bold or row % 2 == 0):
            self.draw_line_shading(xs, top, h, bold, (0.85, 0.85, 0.85))
        elif self.s.style == "gradient":
            for a, b in zip(xs, xs[1:], strict=False):
                draw_gradient(c, (a + 1, top - h + 1, b - 1, top - 1), bold, int(top) + row)

    def draw_line_shading(
        self, xs: list[float], top: float, h: float, bold: bool, colour: tuple[float, ...]
    ) -> None:
        """Shade each cell of a row as Word does: a fill over the top padding, one per text
        line, one over the rest of the cell; cells and strips touch."""
        c, s = self.c, self.s
        c.setFillColorRGB(*colour)
        texts = self.row_texts
        for i, (a, b) in enumerate(zip(xs, xs[1:], strict=False)):
            n = len(self.cell_lines(texts[i] or "", i, bold)) if texts[i] else 0
            cuts = [top, top - s.pad, *(top - s.pad - (k + 1) * self.leading for k in range(n))]
            cuts.append(top - h)
            for y0, y1 in zip(cuts, cuts[1:], strict=False):
                if y0 - y1 > 0.01:
                    c.rect(a, y1, b - a, y0 - y1, stroke=0, fill=1)

    def draw_rules(self, xs: list[float], top: float, h: float, rule_cols: set[int]) -> None:
        c, style = self.c, self.s.style
        c.setLineWidth(0.6)
        if style in ("ruled", "h-rules"):
            for i in rule_cols:
                c.line(xs[i], top, xs[i + 1], top)
            c.line(xs[0], top - h, xs[-1], top - h)
        if style == "ruled":
            for x in xs:
                c.line(x, top, x, top - h)

    def fits(self, texts: list[str | None], bold: bool) -> bool:
        return self.y - self.row_height([t or "" for t in texts], bold) > 60


def draw_gradient(c: Canvas, box: tuple[float, float, float, float], bold: bool, seed: int) -> None:
    """Fill a box (x0, y0, x1, y1) with strips 0.5-1pt wide of slowly changing colour: a
    header left to right from dark to lighter blue, a body cell top to bottom pale blue."""
    rng = random.Random(seed)
    x0, y0, x1, y1 = box
    along = x1 - x0 if bold else y1 - y0
    pos = 0.0
    while pos < along:
        step = min(rng.uniform(0.5, 1.0), along - pos)
        t = pos / along
        if bold:
            c.setFillColorRGB(0.1 + 0.2 * t, 0.2 + 0.25 * t, 0.5 + 0.25 * t)
            c.rect(x0 + pos, y0, step, y1 - y0, stroke=0, fill=1)
        else:
            c.setFillColorRGB(0.95 - 0.15 * t, 0.97 - 0.1 * t, 1.0 - 0.05 * t)
            c.rect(x0, y1 - pos - step, x1 - x0, step, stroke=0, fill=1)
        pos += step


def make_case(seed: int, path: str, style: str | None = None, n_rows: int | None = None) -> Case:
    """Given a seed and a path, draw a random table there and return its truth."""
    spec = make_spec(seed, style, n_rows)
    d = Drawer(spec, path)
    d.draw_title()
    n_cols = len(spec.widths)
    d.draw_row(spec.header, True, -1, set(range(n_cols)))
    rows: list[list[str]] = [list(spec.header)]
    spans: list[list[int]] = []
    r = 0
    for g in spec.groups:
        for k in range(g):
            texts: list[str | None] = list(spec.body[r + k])
            if k > 0:
                texts[0] = None
            if not d.fits(texts, False):
                if k > 0:
                    texts[0] = None
                d.new_page()
            rule_cols = set(range(n_cols)) if k == 0 else set(range(1, n_cols))
            d.draw_row(texts, False, r + k, rule_cols)
            rows.append([truth_text(t or "") for t in texts])
        if g > 1:
            spans.append([len(rows) - g, 0, g, 1])
        r += g
    d.c.save()
    return Case(spec.style, rows, spans, 1, d.pages)


def make_slides(seed: int, path: str, rows_per_slide: int = 4) -> Case:
    """Given a seed and a path, draw one table over landscape slides, cells drawn as fills
    with white gaps (PowerPoint), the header repeated on every slide and every column bound
    moved by 1-6pt from one slide to the next; return its truth."""
    from reportlab.lib.pagesizes import landscape

    rng = random.Random(seed)
    spec = make_spec(seed, "excel", n_rows=rng.randint(2, 4) * rows_per_slide - 1)
    spec.repeat_header = True
    spec.x0 = 70.0
    d = Drawer(spec, path, landscape(A4))
    narrowest = [
        widest(col, spec.font[1], spec.size) + 2 * spec.pad + 2
        for col in zip(spec.header, *spec.body, strict=True)
    ]
    rows: list[list[str]] = [list(spec.header)]
    body = list(spec.body)
    slide = 0
    while body:
        if slide:
            d.c.showPage()
            d.pages += 1
            shift_columns(rng, spec, narrowest)
        slide += 1
        d.c.setFont(spec.font[1], 16)
        d.c.drawString(spec.x0, d.height - 40, "Delivery plan")
        d.c.setFont(spec.font[0], 8)
        d.c.drawString(d.width - 60, 25, str(slide))
        d.y = d.height - 70
        d.draw_row(list(spec.header), True, -1, set())
        for k, texts in enumerate(body[:rows_per_slide]):
            d.draw_row(list(texts), False, k, set())
            rows.append([truth_text(t) for t in texts])
        body = body[rows_per_slide:]
    d.c.save()
    return Case("slides", rows, [], 1, d.pages)


def shift_columns(rng: random.Random, spec: Spec, narrowest: list[float]) -> None:
    """Move the table's left edge and every column bound by 1-6pt either way, keeping every
    column wide enough for its longest word."""
    bounds = [spec.x0]
    for w in spec.widths:
        bounds.append(bounds[-1] + w)
    for _ in range(100):
        moved = [x + rng.choice((-1, 1)) * rng.uniform(1, 6) for x in bounds]
        widths = [b - a for a, b in zip(moved, moved[1:], strict=False)]
        if all(w >= n for w, n in zip(widths, narrowest, strict=True)):
            spec.x0, spec.widths = moved[0], widths
            return
    spec.x0 += rng.choice((-1, 1)) * rng.uniform(1, 6)  # no room to move bounds apart
