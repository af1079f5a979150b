"""Statistical tables: one row per text line, evenly spaced, numbers set right under wider
headers, and few rules (above and below the header and at the foot, or between groups).

Every fixture is drawn here with reportlab; its truth is the values drawn. Spacing cannot
tell rows apart in such tables: a row starts where cells start afresh across the line (a
number under a number), a row label that wraps stays one label, and a page of 60 rows and
10 numeric columns between three rules is one table.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from councilplans.extractors.pdf import read_pdf

WIDTH, HEIGHT = A4
X0 = 40.0
LABEL_WIDTH = 130.0
SIZE = 7
PITCH = 11.0  # one row a line, evenly spaced


def columns(n: int) -> list[float]:
    """The left edge of each column: a label column, then n - 1 equal numeric columns."""
    width = (WIDTH - 2 * X0 - LABEL_WIDTH) / (n - 1)
    return [X0, X0 + LABEL_WIDTH] + [X0 + LABEL_WIDTH + width * i for i in range(1, n - 1)]


def draw_row(c: Canvas, row: list[str], xs: list[float], y: float, bold: bool = False) -> None:
    """The label left-aligned, the rest set right in their columns (3pt from the edge)."""
    c.setFont("Helvetica-Bold" if bold else "Helvetica", SIZE)
    right = [*xs[2:], WIDTH - X0]
    c.drawString(xs[0] + 2, y, row[0])
    for text, edge in zip(row[1:], right, strict=True):
        c.drawRightString(edge - 3, y, text)


def rule(c: Canvas, y: float) -> None:
    c.setLineWidth(0.6)
    c.line(X0, y, WIDTH - X0, y)


def values(rng: random.Random, n: int) -> list[str]:
    """Numbers as statistical tables print them: thousands, percentages, suppressed values."""
    kinds = [
        lambda: f"{rng.randint(10, 99_999):,}",
        lambda: f"{rng.uniform(0, 100):.1f}%",
        lambda: rng.choice(["x", "..", "-"]),
    ]
    return [rng.choices(kinds, weights=(6, 3, 1))[0]() for _ in range(n)]


def draw_table(
    path: Path, rows: int, n_cols: int, group: int = 0, seed: int = 1
) -> list[list[str]]:
    """A header between two rules, ``rows`` data rows, a rule at the foot; with ``group``, a
    rule after every ``group`` rows too. Returns the rows drawn."""
    rng = random.Random(seed)
    c = Canvas(str(path), pagesize=A4)
    xs = columns(n_cols)
    header = ["Local authority"] + [f"{2010 + i}-{11 + i}" for i in range(n_cols - 1)]
    y = HEIGHT - 60
    rule(c, y + 10)
    draw_row(c, header, xs, y, bold=True)
    rule(c, y - 5)
    y -= 15
    drawn = [header]
    for r in range(rows):
        row = [f"Area {r + 1}", *values(rng, n_cols - 1)]
        draw_row(c, row, xs, y)
        drawn.append(row)
        y -= PITCH
        if group and (r + 1) % group == 0 and r + 1 < rows:
            rule(c, y + 7)
    rule(c, y + 7)
    c.save()
    return drawn


@pytest.mark.parametrize(("rows", "n_cols"), [(60, 10), (25, 6), (8, 12)])
def test_dense_table_between_three_rules_is_one_table(
    tmp_path: Path, rows: int, n_cols: int
) -> None:
    path = tmp_path / "stats.pdf"
    drawn = draw_table(path, rows, n_cols)
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.grid() == drawn


def test_rules_between_groups_of_rows_part_groups_not_rows(tmp_path: Path) -> None:
    path = tmp_path / "groups.pdf"
    drawn = draw_table(path, 30, 7, group=5)
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.grid() == drawn


def test_wrapped_row_label_stays_one_label(tmp_path: Path) -> None:
    """A label too long for its column wraps onto a line of its own; the numbers stand on
    its first line. The wrapped line continues the label, it is no row."""
    path = tmp_path / "wrapped.pdf"
    c = Canvas(str(path), pagesize=A4)
    xs = columns(5)
    rows = [
        ["Measure", "2021", "2022", "2023", "2024"],
        ["Children in need", "3,120", "3,260", "3,310", "3,402"],
        ["Children subject to a child protection plan", "610", "598", "633", "650"],
        ["Children looked after", "1,410", "1,455", "1,470", "1,502"],
    ]
    y = HEIGHT - 60
    rule(c, y + 10)
    draw_row(c, rows[0], xs, y, bold=True)
    rule(c, y - 5)
    y -= 15
    for row in rows[1:]:
        label = row[0]
        first, rest = (label, "") if len(label) < 30 else (label[:30].rsplit(" ", 1)[0], "")
        if first != label:
            rest = label[len(first) :].strip()
        draw_row(c, [first, *row[1:]], xs, y)
        if rest:
            y -= PITCH
            c.setFont("Helvetica", SIZE)
            c.drawString(xs[0] + 2, y, rest)
        y -= PITCH
    rule(c, y + 7)
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.grid() == rows


@pytest.mark.parametrize("centred", [False, True])
def test_number_column_header_wider_than_its_numbers_stays_over_them(
    tmp_path: Path, centred: bool
) -> None:
    """A number column's label is set wider than its numbers and starts in the white gap
    after the row labels; the column bound goes in the stretch no text crosses, not through
    the label. ``centred``: the label is one line set midway between the two lines of its
    neighbour's label, a line with no other text on it."""
    path = tmp_path / "header.pdf"
    c = Canvas(str(path), pagesize=A4)
    right = [300.0, 420.0, 540.0]
    rows = [
        ["Children, young people, social and community services", "120", "96", "80.0%"],
        ["Housing", "45", "38", "84.4%"],
        ["Library", "31", "12", "38.7%"],
        ["Emergency services", "8", "6", "75.0%"],
    ]
    y = HEIGHT - 60
    rule(c, y + 12)
    c.setFont("Helvetica", SIZE)
    c.drawRightString(right[0], y - 4 if centred else y - 9, "Total respondents")
    labels = [("Spoken to people", "about the service"), ("% spoken to", "people")]
    for edge, (first, second) in zip(right[1:], labels, strict=True):
        c.drawRightString(edge, y, first)
        c.drawRightString(edge, y - 9, second)
    rule(c, y - 13)
    y -= 23
    for row in rows:
        c.drawString(X0 + 2, y, row[0])
        for text, edge in zip(row[1:], right, strict=True):
            c.drawRightString(edge, y, text)
        y -= PITCH
    rule(c, y + 7)
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    header = ["", "Total respondents", "Spoken to people about the service", "% spoken to people"]
    assert table.grid() == [header, *rows]


def test_two_level_header_in_plain_type_is_the_header(tmp_path: Path) -> None:
    """Group labels over 'Count' and '%' labels, in the body's own type, a short rule under
    each group label and none under the header: the header is told by what it holds, words
    over columns of numbers, and each 'Count', centred in its column, stays over its numbers
    though white space parts them on every line (the numbers are set right)."""
    path = tmp_path / "two-level.pdf"
    c = Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", SIZE)
    rows = [
        ["Mental health services", "8", "100.0%", "0", "0.0%"],
        ["Third sector counselling", "17", "81.0%", "4", "19.0%"],
        ["Library", "5", "16.1%", "26", "83.9%"],
        ["Total", "119", "58.9%", "83", "41.1%"],
    ]
    cells = [200.0, 260.0, 320.0, 380.0, 440.0]  # the number columns' edges
    y = HEIGHT - 60
    rule(c, y + 10)
    c.setLineWidth(0.6)
    for x0, x1, label in [(200.0, 320.0, "Confident"), (320.0, 440.0, "Unconfident")]:
        c.drawCentredString((x0 + x1) / 2, y, label)
        c.line(x0 + 1, y - 3, x1 - 1, y - 3)
    for x0, x1, label in zip(cells[:-1], cells[1:], ["Count", "%", "Count", "%"], strict=True):
        c.drawCentredString((x0 + x1) / 2, y - 12, label)
    y -= 26
    for row in rows:
        c.drawString(X0 + 2, y, row[0])
        for text, edge in zip(row[1:], cells[1:], strict=True):
            c.drawRightString(edge - 5, y, text)
        y -= PITCH
    rule(c, y + 7)
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.header_rows == 2
    assert table.grid() == [
        ["", "Confident", "", "Unconfident", ""],
        ["", "Count", "%", "Count", "%"],
        *rows,
    ]
