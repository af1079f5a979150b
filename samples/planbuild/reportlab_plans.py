# ruff: noqa: E501
"""Samples 6-8: PDFs drawn directly with reportlab, in layouts Word does not produce.

Every row is placed by this module, so the truth's page numbers are exact. Rows never split
across pages here; a merged cell that continues over a page break shows its text once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from .docx_plans import action_groups_table, indicator_grid, risk_matrix
from .model import Bullets, Heading, PageBreak, Para, Section, Table, TablePages, Title

ZEBRA = colors.HexColor("#E6E6E6")


@dataclass
class Style:
    font: str = "Helvetica"
    bold: str = "Helvetica-Bold"
    size: float = 10
    margin: float = 20 * mm
    leading: float = 1.25


@dataclass
class Layout:
    pages: int = 0
    heading_pages: list = field(default_factory=list)
    table_pages: list = field(default_factory=list)  # TablePages per table (rows never split)


class Writer:
    """A cursor over pages: draws blocks top to bottom, starting a page when one is full."""

    def __init__(self, path: Path, style: Style, title: str):
        self.c = Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
        self.c.setTitle(title)
        self.c.setAuthor("councilplans samples")
        self.s = style
        self.pagesize = A4
        self.page = 1
        self.layout = Layout()
        self._top()

    # -- pages
    def _top(self):
        self.y = self.pagesize[1] - self.s.margin

    @property
    def width(self):
        return self.pagesize[0] - 2 * self.s.margin

    def new_page(self, pagesize=None):
        self.c.showPage()
        if pagesize:
            self.pagesize = pagesize
        self.c.setPageSize(self.pagesize)
        self.page += 1
        self._top()

    def ensure(self, height):
        if self.y - height < self.s.margin:
            self.new_page()

    # -- text
    def lines(self, text, font, size, width):
        out = []
        for para in text.split("\n"):
            out.extend(simpleSplit(para, font, size, width) or [""])
        return out

    def text_block(self, text, *, font=None, size=None, indent=0.0, space_after=4.0, prefix=None):
        font, size = font or self.s.font, size or self.s.size
        lead = size * self.s.leading
        lines = self.lines(text, font, size, self.width - indent)
        for i, line in enumerate(lines):
            self.ensure(lead)
            self.y -= lead
            if prefix and i == 0:
                self.c.setFont(self.s.font, size)
                self.c.drawString(self.s.margin + indent - 10, self.y + 2, prefix)
            self.c.setFont(font, size)
            self.c.drawString(self.s.margin + indent, self.y + 2, line)
        self.y -= space_after

    def block(self, b):
        s = self.s
        if isinstance(b, Title):
            self.text_block(b.text, font=s.bold, size=s.size + 8, space_after=10)
        elif isinstance(b, Heading):
            size = {1: s.size + 5, 2: s.size + 2.5, 3: s.size + 1}[b.level]
            self.ensure(size * 4)
            self.y -= 6
            self.layout.heading_pages.append(self.page)
            self.text_block(b.display, font=s.bold, size=size, space_after=5)
        elif isinstance(b, Para):
            font = (
                s.bold
                if b.bold
                else (
                    "Helvetica-Oblique"
                    if b.italic and s.font == "Helvetica"
                    else "Times-Italic"
                    if b.italic
                    else s.font
                )
            )
            self.text_block(b.text, font=font)
        elif isinstance(b, Bullets):
            for _depth, text in b.items:
                self.text_block(text, indent=14, space_after=2, prefix="\u2022")
            self.y -= 4
        elif isinstance(b, PageBreak):
            self.new_page()
        elif isinstance(b, Section):
            self.new_page(landscape(A4) if b.landscape else A4)
        elif isinstance(b, Table):
            self.layout.table_pages.append(draw_table(self, b))

    def finish(self) -> Layout:
        self.c.showPage()
        self.c.save()
        self.layout.pages = self.page
        return self.layout


@dataclass
class TableLook:
    rules: str = "none"  # none | h | grid
    zebra: bool = False
    repeat_header: bool = False
    size: float = 9
    pad: float = 3
    gap: float = 0  # white gap around filled cells (heatmap)
    min_row: float = 0
    break_before: int | None = None  # force a page break before this row


def fit_widths(widths: list[float], need: list[float]) -> list[float]:
    """Column widths as a word processor's autofit gives them: a column narrower than its
    longest word (`need`) is widened to it, and the width it gains is taken from the other
    columns in proportion to the room they have to spare."""
    out = [max(w, n) for w, n in zip(widths, need, strict=True)]
    extra = sum(out) - sum(widths)
    if extra <= 0:
        return widths
    spare = [w - n if w > n else 0.0 for w, n in zip(widths, need, strict=True)]
    if sum(spare) < extra:
        raise ValueError("table too narrow for the longest words of its columns")
    return [o - extra * sp / sum(spare) for o, sp in zip(out, spare, strict=True)]


def word_widths(t: Table, look: TableLook, font_for) -> list[float]:
    """Per column: the widest word of its single-column cells, with the cell padding."""
    span_at = {(r, c): cs for r, c, _rs, cs in t.spans}
    need = [0.0] * t.ncols
    for r, row in enumerate(t.rows):
        for c, text in enumerate(row):
            if text and span_at.get((r, c), 1) == 1:
                widest = max(stringWidth(word, font_for(r, c), look.size) for word in text.split())
                need[c] = max(need[c], widest + 2 * look.pad + 1)
    return need


def draw_table(w: Writer, t: Table, look: TableLook | None = None) -> TablePages:
    look = look or t.look
    s = w.s
    lead = look.size * s.leading
    span_at = {(r, c): (rs, cs) for r, c, rs, cs in t.spans}
    covered = {
        (rr, cc)
        for r, c, rs, cs in t.spans
        for rr in range(r, r + rs)
        for cc in range(c, c + cs)
        if (rr, cc) != (r, c)
    }

    def font_for(r, c):
        return s.bold if r < t.header_rows or c in t.bold_cols else s.font

    rel = t.widths or [1] * t.ncols
    colw = fit_widths([w.width * x / sum(rel) for x in rel], word_widths(t, look, font_for))
    xs = [w.s.margin + sum(colw[:i]) for i in range(t.ncols)]

    def cell_lines(r, c):
        """The cell's text wrapped at spaces to its width; every line must fit the cell."""
        rs, cs = span_at.get((r, c), (1, 1))
        width = sum(colw[c : c + cs]) - 2 * look.pad
        font = font_for(r, c)
        lines = w.lines(t.rows[r][c], font, look.size, width) if t.rows[r][c] else []
        for line in lines:
            if stringWidth(line, font, look.size) > width + 0.01:
                raise ValueError(f"{t.title}: cell ({r}, {c}) line {line!r} overflows its column")
        return lines

    # row heights: single-row cells set their row; a vertical span's text must fit its rows
    heights = []
    for r in range(len(t.rows)):
        h = look.min_row
        for c in range(t.ncols):
            if (r, c) in covered or span_at.get((r, c), (1, 1))[0] > 1:
                continue
            h = max(h, len(cell_lines(r, c)) * lead + 2 * look.pad)
        heights.append(max(h, lead + 2 * look.pad))
    for (r, c), (rs, _cs) in span_at.items():
        need = len(cell_lines(r, c)) * lead + 2 * look.pad
        have = sum(heights[r : r + rs])
        if rs > 1 and need > have:
            heights[r + rs - 1] += need - have

    # place rows on pages first, then draw each page: fills, then text and rules
    placed = []  # (page, row, top)
    pages = []
    row_pages = {}  # row -> page it is first drawn on (a repeated header keeps its first)

    def place_header(first):
        for r in range(t.header_rows) if (first or look.repeat_header) else ():
            placed.append((w.page, r, w.y))
            row_pages.setdefault(r, w.page)
            w.y -= heights[r]

    w.ensure(sum(heights[: t.header_rows]) + heights[min(t.header_rows, len(heights) - 1)])
    pages.append(w.page)
    place_header(True)
    for r in range(t.header_rows, len(t.rows)):
        if w.y - heights[r] < s.margin or r == look.break_before:
            _draw_placed(
                w, t, look, placed, heights, xs, colw, covered, span_at, cell_lines, font_for, lead
            )
            placed = []
            w.new_page()
            pages.append(w.page)
            place_header(False)
        placed.append((w.page, r, w.y))
        row_pages[r] = w.page
        w.y -= heights[r]
    _draw_placed(
        w, t, look, placed, heights, xs, colw, covered, span_at, cell_lines, font_for, lead
    )
    w.y -= 10
    return TablePages(pages, [row_pages[r] for r in range(len(t.rows))], [])


def _draw_placed(
    w, t, look, placed, heights, xs, colw, covered, span_at, cell_lines, font_for, lead
):
    """Draw the rows placed on the current page: row fills first, then cell text and rules."""
    bottom = min((top - heights[r] for _p, r, top in placed), default=w.y)
    data_index = {r: i for i, r in enumerate(range(t.header_rows, len(t.rows)))}
    for _p, r, top in placed:
        if look.zebra and r >= t.header_rows and data_index[r] % 2 == 0:
            w.c.setFillColor(ZEBRA)
            w.c.rect(xs[0], top - heights[r], sum(colw), heights[r], stroke=0, fill=1)
        for c in range(t.ncols):
            fill = t.fills.get((r, c))
            if fill and (r, c) not in covered:
                rs, cs = span_at.get((r, c), (1, 1))
                g = look.gap
                ch = sum(heights[r : r + rs])
                w.c.setFillColor(colors.HexColor("#" + fill))
                w.c.rect(
                    xs[c] + g,
                    top - ch + g,
                    sum(colw[c : c + cs]) - 2 * g,
                    ch - 2 * g,
                    stroke=0,
                    fill=1,
                )
    for _p, r, top in placed:
        for c in range(t.ncols):
            if (r, c) in covered:
                continue
            rs, cs = span_at.get((r, c), (1, 1))
            cw = sum(colw[c : c + cs])
            ch = min(sum(heights[r : r + rs]), top - bottom)
            if look.rules == "grid":
                w.c.setStrokeColor(colors.black)
                w.c.setLineWidth(0.5)
                w.c.rect(xs[c], top - ch, cw, ch)
            w.c.setFillColor(colors.black)
            w.c.setFont(font_for(r, c), look.size)
            ty = top - look.pad
            for line in cell_lines(r, c):
                ty -= lead
                w.c.drawString(xs[c] + look.pad, ty + 2, line)
        if look.rules == "h":
            w.c.setStrokeColor(colors.black)
            w.c.setLineWidth(1 if r < t.header_rows else 0.4)
            if r == placed[0][1]:
                w.c.line(xs[0], top, xs[0] + sum(colw), top)
            w.c.line(xs[0], top - heights[r], xs[0] + sum(colw), top - heights[r])
    w.c.setFillColor(colors.black)


# ---------------------------------------------------------------- the three samples


@dataclass
class ReportlabPlan:
    stem: str
    authority: str
    seed: str
    title: str
    blocks: list
    style: Style

    def draw(self, path: Path) -> Layout:
        w = Writer(path, self.style, self.title)
        for b in self.blocks:
            w.block(b)
        return w.finish()


def stoke_no_rules() -> ReportlabPlan:
    import stoke_cyp_2016 as m

    grid = indicator_grid(m.SKILLS_HEADER, m.SKILLS, widths=(2.2, 2.8, 1.6, 2.4))
    grid.layout = "no-rules"
    grid.look = TableLook(rules="none", size=8.5, pad=2.5)
    plans = [
        "Stoke-on-Trent and Staffordshire Local Enterprise Partnership (SSLEP) Skills Strategy (under development)",
        "SSLEP European Structural Investment Fund (ESIF) Strategy",
        "SSLEP ESIF Commissioning Plan and Prospectus 2014 - 2020",
        "SSLEP Apprenticeship Strategy (under development)",
        "SSLEP Information, Advice and Guidance Framework (under development)",
        "Stoke-on-Trent and Staffordshire Post 16 area review",
        "Hardship Commission Stoke-on-Trent Initial Report 2015",
        "Stoke-on-Trent Employability Strategy (under development)",
        "SSLEP Strategic Economic Plan (March 2014)",
        "Employability & Education Opportunities for Care Leavers Policy",
    ]
    blocks = [
        Title(m.TITLE),
        Heading(1, "Priority \u2013 Improve skills and employability"),
        Para(
            "Our aim is that everyone who can and wants to work has the right support, advice and guidance to do so and once in work people are able to progress their career, reskill, upskill and achieve a good quality of life."
        ),  # noqa: E501
        Para("This is a shared priority with the Adults Strategic Partnership Board."),
        Heading(2, "What difference will we make by 2020?"),
        grid,
        Para("Underpinning plans and strategies", bold=True),
        Bullets([(0, p) for p in plans]),
    ]
    return ReportlabPlan(
        "stoke-on-trent-skills-indicators-no-rules",
        m.AUTHORITY,
        m.SEED,
        m.TITLE,
        blocks,
        Style(font="Helvetica", bold="Helvetica-Bold", size=9, margin=18 * mm),
    )


def cheshire_zebra() -> ReportlabPlan:
    import cheshire_west_action_plans as plans
    import cheshire_west_cyp_2012 as m

    p = plans.PRIORITY_TABLES[1]
    table = action_groups_table(p["groups"], "Responsible Person", widths=(2.4, 3.6, 1.1, 1.1, 1.5))
    table.priority = p["priority"]
    table.layout = "zebra"
    table.look = TableLook(
        rules="none", zebra=True, repeat_header=False, size=10, pad=4, break_before=9
    )
    review = [
        "The setting of an Annual Work Programme",
        "Action delivery plans at Appendix A will be tracked at each sub group responsible for delivery on a thematic basis",
        "A monthly performance report and detailed quarterly reports on the priorities will be submitted to the Children's Trust Executive and reviewed across agencies by the wider Partnership.",  # noqa: E501
        "Differential Performance further monitored as part of the Altogether Better Starting Well Children and Young People Integrated Strategic Needs Assessment",  # noqa: E501
        "New structure of Board will see wider Partnership reviewing each priority during 12 month delivery of Plan",
        "Children's Trust Board and Clinical Commissioning Groups to receive six monthly review and annual monitoring of progress against the priorities set by the Trust.",  # noqa: E501
        "The LSCB will provide challenge on outcomes against priorities on an annual basis",
        "Health and Wellbeing Board will receive an annual report",
    ]
    blocks = [
        Title(m.TITLE),
        Heading(1, "How to Review", "13"),
        Para(
            "The Children's Trust Board has set the Strategic priorities. The performance framework for monitoring progress against the priorities is:"
        ),  # noqa: E501
        *[Para(x) for x in review],
        Heading(1, "Priorities and Milestones"),
        Para(p["priority"], bold=True),
        table,
    ]
    return ReportlabPlan(
        "cheshire-west-action-plan-zebra",
        m.AUTHORITY,
        m.SEED,
        m.TITLE,
        blocks,
        Style(font="Times-Roman", bold="Times-Bold", size=11, margin=15 * mm),
    )


def staffordshire_risk_h_rules() -> ReportlabPlan:
    import staffordshire_delivery_2010 as m

    risk = Table(
        [m.RISK_HEADER, *[r[:] for r in m.RISK_ROWS]],
        kind="risk",
        rule="risk",
        cols={"measure": 1, "owner": 5, "date": 6},
        widths=[0.8, 3, 0.9, 1, 3, 1.3, 1.2],
        title="Risk Register",
        layout="h-rules",
    )
    risk.look = TableLook(rules="h", size=9, pad=3.5)
    matrix = risk_matrix(m)
    matrix.layout = "heatmap"
    matrix.look = TableLook(rules="none", size=10, pad=8, gap=2, min_row=34)
    matrix.widths = [1.4, 1, 1, 1, 1, 1]
    header = [
        ["Locality", "Baseline (Year & Source)", "Targets", "", ""],
        ["", "", *m.TARGET_YEARS],
    ]
    locality = Table(
        header + [[loc, "", "", "", ""] for loc in m.LOCALITIES],
        header_rows=2,
        kind="indicator",
        rule="indicator",
        spans=[(0, 0, 2, 1), (0, 1, 2, 1), (0, 2, 1, 3)],
        cols={"measure": 0, "baseline": 1, "target": [2, 3, 4]},
        widths=[2, 2, 1, 1, 1],
        title="Information about disaggregated targets",
        layout="ruled",
    )
    locality.look = TableLook(rules="grid", size=10, pad=5, min_row=22)
    blocks = [
        Title(m.TITLE),
        Heading(1, "RISK MANAGEMENT", "17"),
        Para(
            "17.1 These risks should reflect the high level risks facing the delivery of this plan in meeting its main objectives and what mitigating actions are in place."
        ),  # noqa: E501
        Para("Risk Register", bold=True),
        risk,
        PageBreak(),
        Heading(2, "Risk Management Scoring"),
        matrix,
        Section(landscape=True),
        Heading(1, "PERFORMANCE MANAGEMENT", "13"),
        Para("iii Information about disaggregated targets, where appropriate:"),
        locality,
    ]
    return ReportlabPlan(
        "staffordshire-risk-register-h-rules",
        m.AUTHORITY,
        m.SEED,
        m.TITLE,
        blocks,
        Style(font="Times-Roman", bold="Times-Bold", size=10.5, margin=25 * mm),
    )


def all_plans() -> list[ReportlabPlan]:
    return [stoke_no_rules(), cheshire_zebra(), staffordshire_risk_h_rules()]
