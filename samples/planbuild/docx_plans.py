# ruff: noqa: E501
"""The five Word plans (samples 1-5): content from samples/content/, laid out with python-docx."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .docx_writer import write_docx
from .flow import parse_flow
from .model import Table

RAG_FILLS = {"RED": "FF0000", "AMBER": "FFC000", "GREEN": "00B050"}


def score_fill(score: int) -> str:
    """Green / amber / red by risk score (impact x likelihood)."""
    if score >= 15:
        return "FF0000"
    if score >= 8:
        return "FFC000"
    return "00B050"


@dataclass
class DocxPlan:
    stem: str
    authority: str
    seed: str
    title: str
    blocks: list
    options: dict = field(default_factory=dict)

    def write(self, path: Path) -> None:
        write_docx(self.blocks, path, title=self.title, **self.options)


def merged_down(rows: list[list[str]]) -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
    """Rows whose cells may hold "^" ("the value above continues here") -> grid + vertical spans.
    Row indexes in the spans are relative to `rows`."""
    grid = [[("" if c == "^" else c) for c in row] for row in rows]
    spans = []
    ncols = len(rows[0])
    for c in range(ncols):
        r = 0
        while r < len(rows):
            end = r + 1
            while end < len(rows) and rows[end][c] == "^":
                end += 1
            if end - r > 1:
                spans.append((r, c, end - r, 1))
            r = end
    return grid, spans


def shift(spans, dr: int):
    return [(r + dr, c, rs, cs) for r, c, rs, cs in spans]


# ---------------------------------------------------------------- 1. Staffordshire delivery plan


def staffordshire_delivery_tables(m) -> dict:
    kv_rows = [row[:] for row in m.DELIVERY_LEAD]
    delivery_lead = Table(
        kv_rows,
        spans=[(1, 0, 2, 1)],
        header_rows=0,
        kind="keyvalue",
        widths=[1, 3],
        bold_cols=(0,),
        fills={(r, 0): "F2F2F2" for r in range(4)},
    )

    action_plan = Table(
        [m.ACTION_PLAN_HEADER, *m.ACTION_PLAN],
        kind="action",
        rule="action_list",
        cols={"measure": 0, "date": 1, "owner": 2},
        widths=[5, 1.5, 2],
        title="ACTION PLAN",
    )

    progress = Table(
        [r[:] for r in m.DELIVERY_PROGRESS_HEADER],
        header_rows=2,
        kind="action",
        spans=[(0, 0, 2, 1), (0, 1, 2, 1), (0, 2, 2, 1), (0, 3, 2, 1), (0, 4, 1, 4), (0, 8, 2, 1)],
        widths=[1.2, 1.5, 1.6, 1.6, 1, 1, 1, 1, 1.6],
        font_size=8,
        title="DELIVERY PROGRESS",
    )

    rag = Table(
        [[m.RAG_KEY_TITLE, ""], *[r[:] for r in m.RAG_KEY]],
        spans=[(0, 0, 1, 2)],
        header_rows=1,
        kind="other",
        widths=[1, 6],
        title=m.RAG_KEY_TITLE,
        fills={(i + 1, 0): RAG_FILLS[r[0]] for i, r in enumerate(m.RAG_KEY)},
        bold_cols=(0,),
    )

    def indicator_table(indicators, baseline_label):
        header = [
            ["NI No.", "Indicator Title", baseline_label, "Targets", "", ""],
            ["", "", "", *m.TARGET_YEARS],
        ]
        body = [[ni, title, "", "", "", ""] for ni, title in indicators]
        return Table(
            header + body,
            header_rows=2,
            kind="indicator",
            rule="indicator",
            spans=[(0, 0, 2, 1), (0, 1, 2, 1), (0, 2, 2, 1), (0, 3, 1, 3)],
            cols={"measure": 1, "baseline": 2, "target": [3, 4, 5]},
            widths=[1.2, 3.5, 1.8, 1, 1, 1],
            title="The agreed indicator and targets",
        )

    indicators = indicator_table(m.INDICATORS, "Baseline (Year & Source)")
    proxy = indicator_table(m.PROXY_INDICATORS, "Baseline (Year & source)")
    proxy.title = "The agreed proxy measure for this indicator"

    def locality_table():
        header = [
            ["Locality", "Baseline (Year & Source)", "Targets", "", ""],
            ["", "", *m.TARGET_YEARS],
        ]
        body = [[loc, "", "", "", ""] for loc in m.LOCALITIES]
        return Table(
            header + body,
            header_rows=2,
            kind="indicator",
            rule="indicator",
            spans=[(0, 0, 2, 1), (0, 1, 2, 1), (0, 2, 1, 3)],
            cols={"measure": 0, "baseline": 1, "target": [2, 3, 4]},
            widths=[2, 2, 1, 1, 1],
            title="Information about disaggregated targets",
        )

    risk = Table(
        [m.RISK_HEADER, *[r[:] for r in m.RISK_ROWS]],
        kind="risk",
        rule="risk",
        cols={"measure": 1, "owner": 5, "date": 6},
        widths=[0.7, 3, 0.9, 1, 3, 1.4, 1.3],
        font_size=9,
        title="Risk Register",
    )

    return {
        "delivery_lead": delivery_lead,
        "action_plan": action_plan,
        "delivery_progress": progress,
        "rag_key": rag,
        "indicators": indicators,
        "proxy_indicator": proxy,
        "locality_targets": locality_table(),
        "locality_targets_proxy": locality_table(),
        "risk_register": risk,
        "risk_matrix": risk_matrix(m),
    }


def risk_matrix(m) -> Table:
    rows = [["Impact*", *m.IMPACT_LABELS], ["Likelihood *", "", "", "", "", ""]]
    fills = {}
    for i, label in enumerate(m.LIKELIHOOD_LABELS):
        likelihood = 5 - i
        row = [label]
        for impact in range(1, 6):
            score = likelihood * impact
            row.append(f"{score} ({likelihood}x{impact})")
            fills[(i + 2, impact)] = score_fill(score)
        rows.append(row)
    return Table(
        rows,
        spans=[(1, 1, 1, 5)],
        header_rows=2,
        kind="matrix",
        fills=fills,
        bold_cols=(0,),
        title="Risk Management Scoring:",
    )


def staffordshire_delivery() -> DocxPlan:
    import staffordshire_delivery_2010 as m

    blocks = parse_flow(m.FLOW, staffordshire_delivery_tables(m))
    return DocxPlan(
        "staffordshire-delivery-plan-2010",
        m.AUTHORITY,
        m.SEED,
        m.TITLE,
        blocks,
        {"font": "Arial", "size": 10},
    )


# ---------------------------------------------------------------- 2. Cheshire West CYP plan


def action_groups_table(
    groups,
    person_header: str,
    *,
    title_row: str | None = None,
    font_size: float = 9,
    widths=(2.3, 3.3, 1.2, 1.2, 1.6),
) -> Table:
    """Action | Milestone | Start Date | Review Date | Person, the Action cell merged down over
    its milestone rows; with title_row, a full-width priority row sits above the header."""
    rows = [["Action", "Milestone", "Start Date", "Review Date", person_header]]
    spans = []
    if title_row:
        rows.insert(0, [title_row, "", "", "", ""])
        spans.append((0, 0, 1, 5))
    for action, milestones in groups:
        first = len(rows)
        for i, (milestone, start, review, person) in enumerate(milestones):
            rows.append([action if i == 0 else "", milestone, start, review, person])
        if len(milestones) > 1:
            spans.append((first, 0, len(milestones), 1))
    return Table(
        rows,
        spans=spans,
        header_rows=2 if title_row else 1,
        kind="action",
        rule="action_plan",
        cols={"action": 0, "measure": 1, "start": 2, "date": 3, "owner": 4},
        widths=list(widths),
        font_size=font_size,
        title="Priorities and Milestones",
    )


def cheshire_west_tables(m, plans) -> dict:
    contents = Table(
        [["SECTION", "", "PAGE"], *[r[:] for r in m.CONTENTS]],
        spans=[(0, 0, 1, 2)],
        kind="contents",
        widths=[0.6, 6, 0.8],
        title="Contents",
    )
    tables = {"contents": contents}
    for i, p in enumerate(plans.PRIORITY_TABLES):
        person = "Named Person" if i == 0 else "Responsible Person"
        t = action_groups_table(p["groups"], person, title_row=p["priority"] if i == 0 else None)
        t.priority = p["priority"]
        tables[f"pm_{i}"] = t
    tables["ea_impact"] = Table(
        [m.EA_IMPACT_HEADER, *[r[:] for r in m.EA_IMPACT]],
        kind="other",
        widths=[2.2, 2, 4, 2],
        font_size=9,
        bold_cols=(0,),
        title="Equality and Diversity Equality Analysis",
    )
    grid, spans = merged_down(m.EA_ACTION)
    tables["ea_action"] = Table(
        [m.EA_ACTION_HEADER, *grid],
        spans=shift(spans, 1),
        kind="action",
        rule="action_plan",
        cols={"action": 0, "measure": 1, "owner": 4, "date": 5},
        widths=[2.2, 3, 0.8, 3, 1.5, 1.2],
        font_size=9,
        title="Action plan",
    )
    tables["timeline"] = Table(
        [r[:] for r in m.TIMELINE],
        kind="action",
        rule="action_list",
        cols={"measure": 0, "date": 1},
        widths=[4, 1.2],
        title=m.TIMELINE_CAPTION,
        priority=m.TIMELINE_CAPTION,
    )
    return tables


def cheshire_west() -> DocxPlan:
    import cheshire_west_action_plans as plans
    import cheshire_west_cyp_2012 as m

    blocks = parse_flow(m.FLOW, cheshire_west_tables(m, plans))
    return DocxPlan(
        "cheshire-west-cyp-plan-2012-15",
        m.AUTHORITY,
        m.SEED,
        m.TITLE,
        blocks,
        {"font": "Arial", "size": 10, "header_text": "DRAFT"},
    )


# ---------------------------------------------------------------- 3. Staffordshire strategic action plan


def keyvalue_block(block: dict) -> Table:
    """Title row across both columns, then label | value rows; a "^" label is merged down."""
    grid, spans = merged_down([r[:] for r in block["rows"]])
    rows = [[block["title"], ""], *grid]
    return Table(
        rows,
        spans=[(0, 0, 1, 2), *shift(spans, 1)],
        header_rows=1,
        kind="keyvalue",
        rule="keyvalue",
        widths=[1.3, 4],
        bold_cols=(0,),
        title=block["title"],
        fills={(r, 0): "DEEAF6" for r in range(1, len(rows))},
    )


def staffordshire_action_plan() -> DocxPlan:
    import staffordshire_cyp_action_plan_2011 as m

    tables = {f"kv_{i}": keyvalue_block(b) for i, b in enumerate(m.KV_BLOCKS)}
    blocks = parse_flow(m.FLOW, tables)
    return DocxPlan(
        "staffordshire-cyp-strategic-action-plan-2011-12",
        m.AUTHORITY,
        m.SEED,
        m.TITLE,
        blocks,
        {"font": "Arial", "size": 10},
    )


# ---------------------------------------------------------------- 4. Stoke-on-Trent CYP plan

INDICATOR_TITLE = "What difference will we make by 2020?"


def indicator_grid(header, rows, *, widths=(2.4, 2.6, 2.4, 2.4), title=INDICATOR_TITLE) -> Table:
    """Outcome | Measure(s) | Where are we now? | Where do we want to be?; "^" = merged down;
    a row with text in its first cell only spans the full width (a note row)."""
    grid, spans = merged_down([r[:] for r in rows])
    spans = shift(spans, 1)
    for i, row in enumerate(grid):
        if row[0] and not any(row[1:]) and "^" not in rows[i]:
            spans.append((i + 1, 0, 1, len(row)))
    return Table(
        [list(header), *grid],
        spans=spans,
        kind="indicator",
        rule="indicator",
        cols={"priority": 0, "measure": 1, "baseline": 2, "target": 3},
        widths=list(widths),
        font_size=9,
        title=title,
    )


def stoke_tables(m) -> dict:
    tables = {
        name.lower(): indicator_grid(getattr(m, f"{name}_HEADER"), getattr(m, name))
        for name in (
            "POVERTY",
            "PARENTING_1",
            "PARENTING_2",
            "EARLY_HELP_1",
            "EARLY_HELP_2",
            "EMOTIONAL",
            "ADULTHOOD",
            "SKILLS",
        )
    }
    tables["board"] = Table(
        [r[:] for r in m.BOARD],
        header_rows=0,
        kind="other",
        widths=[1.2, 2],
        font_size=9,
        repeat_header=False,
        title="Children and Young People's Strategic Partnership Board",
    )
    grid, spans = merged_down([r[:] for r in m.SUMMARY])
    tables["summary"] = Table(
        [list(m.SUMMARY_HEADER), *grid],
        spans=shift(spans, 1),
        kind="indicator",
        rule="indicator",
        cols={"priority": 0, "measure": 1},
        widths=[1.3, 2.5, 2.5],
        font_size=9,
        title="Stoke-on-Trent Children, Young People and Families' plan 2016-2020",
    )
    return tables


def stoke() -> DocxPlan:
    import stoke_cyp_2016 as m

    blocks = parse_flow(m.FLOW, stoke_tables(m))
    return DocxPlan(
        "stoke-on-trent-cyp-plan-2016-20",
        m.AUTHORITY,
        m.SEED,
        m.TITLE,
        blocks,
        {"font": "Arial", "size": 10, "margins_mm": 18},
    )


# ---------------------------------------------------------------- 5. Stockton-on-Tees CYP plan


def stockton() -> DocxPlan:
    import stockton_cyp_2007 as m

    blocks = parse_flow(m.FLOW, {})
    return DocxPlan(
        "stockton-on-tees-cyp-plan-2007-10",
        m.AUTHORITY,
        m.SEED,
        m.TITLE,
        blocks,
        {
            "font": "Times New Roman",
            "size": 11,
            "header_text": "DRAFT",
            "page_numbers": True,
            "margins_mm": 25,
        },
    )


def all_plans() -> list[DocxPlan]:
    return [
        staffordshire_delivery(),
        cheshire_west(),
        staffordshire_action_plan(),
        stoke(),
        stockton(),
    ]
