"""Layout classes met in the real development set (bench/real), drawn here small with reportlab.

Each fixture is the class, not the document it was seen in: a contents entry that wraps onto a
second line, bullets set apart from their items by a tab, a column of colour swatches with no
text, a justified paragraph over an unruled table. The truth of each is what was drawn.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from councilplans.extractors.pdf import read_pdf

WIDTH, HEIGHT = A4


def test_contents_entry_that_wraps_is_one_entry(tmp_path: Path) -> None:
    """A contents page with no leaders under its title; one entry is too long for a line."""
    path = tmp_path / "contents.pdf"
    c = Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(60, HEIGHT - 60, "Contents")
    entries = [
        ("Foreword", "3"),
        ("Introduction", "5"),
        ("Outcome 1: children and families stay together and get the help they", None),
        ("need", "7"),
        ("Outcome 2: children are safe", "9"),
        ("Annex A: indicators", "12"),
    ]
    y = HEIGHT - 90
    c.setFont("Helvetica", 10)
    for text, page in entries:
        c.drawString(60, y, text)
        if page:
            c.drawRightString(530, y, page)
        y -= 16
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.role == "contents"
    assert table.grid() == [
        ["Foreword", "3"],
        ["Introduction", "5"],
        ["Outcome 1: children and families stay together and get the help they need", "7"],
        ["Outcome 2: children are safe", "9"],
        ["Annex A: indicators", "12"],
    ]


def test_bullets_set_apart_by_a_tab_stay_in_their_cell(tmp_path: Path) -> None:
    """A two-column table ruled only across; the items of the right column are bulleted,
    each bullet (a dash here, which the standard fonts carry) a tab's width left of its text."""
    path = tmp_path / "bullets.pdf"
    c = Canvas(str(path), pagesize=A4)
    rows = [
        ("Our goals", ["What we mean"]),
        ("People live healthy lives", ["Fewer people smoke", "More people are active"]),
        ("People know the early signs", ["Awareness grows", "Diagnosis comes sooner"]),
    ]
    y = HEIGHT - 80
    c.setLineWidth(0.8)
    for k, (goal, items) in enumerate(rows):
        c.line(60, y + 14, 530, y + 14)
        c.setFont("Helvetica-Bold" if k == 0 else "Helvetica", 10)
        c.drawString(64, y, goal)
        for item in items:
            if k:
                c.drawString(230, y, "–")
            c.drawString(248, y, item)
            y -= 14
        y -= 8
    c.line(60, y + 14, 530, y + 14)
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.grid() == [
        ["Our goals", "What we mean"],
        ["People live healthy lives", "– Fewer people smoke – More people are active"],
        ["People know the early signs", "– Awareness grows – Diagnosis comes sooner"],
    ]


def test_column_of_colour_swatches_is_no_column(tmp_path: Path) -> None:
    """A ruled table with a narrow column of coloured swatches and no text in it, its header
    cell merged with the column before."""
    path = tmp_path / "swatch.pdf"
    c = Canvas(str(path), pagesize=A4)
    xs = [60, 180, 260, 290, 400]
    rows = [
        ["Directorate", "Code", "", "Budget"],
        ["Adults", "ASC", "", "643.2"],
        ["Children", "CYPE", "", "449.2"],
    ]
    top = HEIGHT - 80
    c.setLineWidth(0.8)
    for r in range(len(rows) + 1):
        left = xs[0]
        c.line(left, top - 20 * r, xs[-1], top - 20 * r)
    for k, x in enumerate(xs):
        bottom = top - 20 if k == 3 else top  # the header cell runs over the swatch column
        c.line(x, bottom, x, top - 20 * len(rows))
    for r, row in enumerate(rows):
        y = top - 20 * r - 14
        c.setFont("Helvetica-Bold" if r == 0 else "Helvetica", 10)
        for k, text in enumerate(row):
            c.drawString(xs[k] + 4, y, text)
        if r:
            c.setFillColorRGB((0.9, 0.3, 0.2)[r - 1], 0.6, 0.3)
            c.rect(xs[2] + 6, y - 2, 18, 12, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.grid() == [
        ["Directorate", "Code", "Budget"],
        ["Adults", "ASC", "643.2"],
        ["Children", "CYPE", "449.2"],
    ]


def test_justified_paragraph_over_an_unruled_table_is_not_a_row(tmp_path: Path) -> None:
    """A justified line of prose (every space widened alike) right above a table set with
    white space only is prose, not a row of cells."""
    path = tmp_path / "justified.pdf"
    c = Canvas(str(path), pagesize=A4)
    words = "All publications from the Committee are available on its website".split()
    c.setFont("Helvetica", 10)
    widths = [c.stringWidth(w, "Helvetica", 10) for w in words]
    gap = (470 - sum(widths)) / (len(words) - 1)
    x = 60.0
    for w, width in zip(words, widths, strict=True):
        c.drawString(x, HEIGHT - 60, w)
        x += width + gap
    rows = [
        ["Number", "Title", "Reference"],
        ["1st", "Special educational needs", "HC 85"],
        ["2nd", "Defence infrastructure", "HC 86"],
        ["3rd", "High Speed 2 update", "HC 84"],
    ]
    y = HEIGHT - 90
    for r, row in enumerate(rows):
        c.setFont("Helvetica-Bold" if r == 0 else "Helvetica", 10)
        for text, col in zip(row, (60, 130, 450), strict=True):
            c.drawString(col, y, text)
        y -= 16
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.grid() == rows


def test_register_ruled_down_only_splits_rows_at_values(tmp_path: Path) -> None:
    """A spreadsheet's register: vertical rules, a rule under the header and one at the foot,
    none between rows; a description wraps onto a second line, values are set right against
    a column's rule with the next column's text set against its other side."""
    path = tmp_path / "register.pdf"
    c = Canvas(str(path), pagesize=A4)
    xs = [60, 80, 170, 215, 262, 330]
    rows = [
        ["Ref", "Description", "Acquired", "Value £", "Custodian"],
        ["1", "Village Green", "Nov-69", "1.00", "Parish Council"],
        ["2", "Land surrounding the Waterfall", "Nov-69", "1.00", "Parish Council"],
        ["3", "Bus shelter", "Unknown", "5.00", "Mr L Bell"],
        ["4", "Metal storage cupboard", "2003", "1,150.00", "Parish Council"],
    ]
    top, size, pitch = HEIGHT - 80, 7, 9.0
    c.setLineWidth(0.6)
    y = top - 10
    c.setFont("Helvetica-Bold", size)
    for k, text in enumerate(rows[0]):
        c.drawString(xs[k] + 2, y, text)
    c.line(xs[0], y - 3, xs[-1], y - 3)
    c.setFont("Helvetica", size)
    y -= 12
    for row in rows[1:]:
        lines = [row[1]] if len(row[1]) < 24 else ["Land surrounding the", "Waterfall"]
        c.drawRightString(xs[1] - 2, y, row[0])
        for k, line in enumerate(lines):
            c.drawString(xs[1] + 2, y - k * pitch, line)
        c.drawString(xs[2] + 2, y, row[2])
        c.drawRightString(xs[4] - 0.4, y, row[3])  # tight against the rule
        c.drawString(xs[4] + 0.4, y, row[4])  # tight against it on the other side
        y -= pitch * len(lines)
    c.line(xs[0], y + 6, xs[-1], y + 6)
    for x in xs:
        c.line(x, top, x, y + 6)
    c.line(xs[0], top, xs[-1], top)
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.grid() == rows


def ruled_rows(
    c: Canvas,
    rows: list[list[str]],
    xs: list[float],
    top: float,
    bold: frozenset[int] = frozenset(),
) -> float:
    """Draw rows as a fully ruled grid from ``top`` down; return the bottom."""
    c.setLineWidth(0.6)
    for r, row in enumerate(rows):
        y = top - 16 * r
        c.setFont("Helvetica-Bold" if r in bold else "Helvetica", 9)
        if len(row) == 1:  # a band: one cell across the table
            c.drawString(xs[0] + 3, y - 11, row[0])
        else:
            for k, text in enumerate(row):
                c.drawString(xs[k] + 3, y - 11, text)
        c.line(xs[0], y, xs[-1], y)
        for k, x in enumerate(xs):
            if len(row) > 1 or k in (0, len(xs) - 1):
                c.line(x, y, x, y - 16)
    bottom = top - 16 * len(rows)
    c.line(xs[0], bottom, xs[-1], bottom)
    return bottom


def test_table_drawn_in_two_pieces_on_a_page_is_one_table(tmp_path: Path) -> None:
    """A spreadsheet leaves a blank row without borders: two ruled pieces, the same columns,
    a small gap with nothing in it, the lower starting with a group title."""
    path = tmp_path / "pieces.pdf"
    c = Canvas(str(path), pagesize=A4)
    xs = [60, 120, 300, 380]
    upper = [["Ref", "Project", "Cost"], ["Transport"], ["1", "Bridge repairs", "1,600"]]
    lower = [["Growth"], ["2", "Digital autopsy", "3,065"], ["3", "Public mortuary", "3,000"]]
    bottom = ruled_rows(c, upper, xs, HEIGHT - 80, frozenset({0, 1}))
    ruled_rows(c, lower, xs, bottom - 7, frozenset({0}))
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.grid() == [
        ["Ref", "Project", "Cost"],
        ["Transport", "", ""],
        ["1", "Bridge repairs", "1,600"],
        ["Growth", "", ""],
        ["2", "Digital autopsy", "3,065"],
        ["3", "Public mortuary", "3,000"],
    ]


def test_group_title_at_the_top_of_a_page_does_not_stop_the_join(tmp_path: Path) -> None:
    """A table runs over a page break; the next page starts with a bold group title (one
    cell across the table), not a header of its own."""
    path = tmp_path / "band.pdf"
    c = Canvas(str(path), pagesize=A4)
    xs = [60, 120, 300, 380]
    head = [["Ref", "Project", "Cost"], ["Transport"]]
    body = [[str(i), f"Scheme {i}", f"{100 * i:,}"] for i in range(1, 45)]
    bottom = ruled_rows(c, head + body, xs, HEIGHT - 60, frozenset({0, 1}))
    assert bottom < 80  # the first page is full
    c.showPage()
    rest = [["Growth"], ["45", "Scheme 45", "4,500"], ["46", "Scheme 46", "4,600"]]
    ruled_rows(c, rest, xs, HEIGHT - 60, frozenset({0}))
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.pages == [1, 2]
    assert table.grid()[-3:] == [
        ["Growth", "", ""],
        ["45", "Scheme 45", "4,500"],
        ["46", "Scheme 46", "4,600"],
    ]


def two_columns(c: Canvas, left: list[str], right: list[str], top: float) -> None:
    c.setFont("Helvetica", 10)
    for k, (a, b) in enumerate(zip(left, right, strict=True)):
        c.drawString(60, top - 14 * k, a)
        c.drawString(300, top - 14 * k, b)


def test_items_set_in_two_columns_are_no_table(tmp_path: Path) -> None:
    """The people present, in two columns under a label; two columns of a bulleted list."""
    path = tmp_path / "items.pdf"
    c = Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(60, HEIGHT - 60, "Attendance:")
    names = [
        "Harry Rayner – MEM (Chair)",
        "Rosalind Binks – MEM",
        "Paul Stepto – MEM",
        "Nick Buckland – KCC",
    ]
    others = [
        "James Graham – KCC",
        "Geoff Hall – KCC",
        "Chris Ellis – KCC",
        "David Whelan – Link Group",
    ]
    two_columns(c, names, others, HEIGHT - 76)
    bodies = ["– Housing Associations", "– The Police", "– Natural England", "– Charities"]
    more = ["– Health Authority", "– Wildlife Trust", "– Highways Agency", "– Schools"]
    two_columns(c, bodies, more, HEIGHT - 200)
    c.save()
    assert read_pdf(path, sha256="x").top_tables == []


def test_labels_and_values_in_two_columns_are_a_table(tmp_path: Path) -> None:
    """A report's cover block: labels ending in a colon, their values beside them."""
    path = tmp_path / "cover.pdf"
    c = Canvas(str(path), pagesize=A4)
    labels = ["Meeting:", "Subject:", "Report of:", "Key decision:"]
    values = ["Cabinet", "Council Tax Support Scheme", "Head of Finance", "Yes"]
    two_columns(c, labels, values, HEIGHT - 60)
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.grid() == [list(pair) for pair in zip(labels, values, strict=True)]


def test_text_run_over_a_spreadsheet_grid_line_is_one_column(tmp_path: Path) -> None:
    """A spreadsheet prints its Details column over three sheet columns: their grid lines are
    drawn only in rows whose text does not cross them, and the bold header stands in the
    second. Column bounds come from the rules, so the long rows make merged cells; no body
    cell starts in the two right-hand sheet columns, so they are one column with the first."""
    path = tmp_path / "overflow.pdf"
    c = Canvas(str(path), pagesize=A4)
    xs = [60, 110, 150, 190, 230, 290]
    rows = [
        ["Date", "", "Details", "", "Amount"],
        ["02-Apr", "Postage", "", "", "42.50"],
        ["07-May", "Village hall rent for the year", "", "", "24.00"],
        ["21-Jun", "Mower repair", "", "", "140.00"],
    ]
    top = HEIGHT - 80
    c.setLineWidth(0.5)
    for r, row in enumerate(rows):
        y = top - 14 * r
        c.setFont("Helvetica-Bold" if r == 0 else "Helvetica", 8)
        for k, text in enumerate(row):
            c.drawString(xs[k] + 3, y - 10, text)
        c.line(xs[0], y, xs[-1], y)
        long_text = c.stringWidth(row[1], "Helvetica", 8) + 3 > xs[2] - xs[1]
        for k, x in enumerate(xs):
            crossed = k in (2, 3) and long_text
            if not crossed:
                c.line(x, y, x, y - 14)
    c.line(xs[0], top - 14 * len(rows), xs[-1], top - 14 * len(rows))
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.grid() == [
        ["Date", "Details", "Amount"],
        ["02-Apr", "Postage", "42.50"],
        ["07-May", "Village hall rent for the year", "24.00"],
        ["21-Jun", "Mower repair", "140.00"],
    ]


def test_tables_inside_a_ruled_page_frame_are_found_and_the_frame_is_not(
    tmp_path: Path,
) -> None:
    """A Word form or text frame draws one box round the whole page: prose, a bullet list
    and a ruled table sit inside it. The table is the table; the box holds it, and its prose
    stays text."""
    path = tmp_path / "frame.pdf"
    c = Canvas(str(path), pagesize=A4)
    c.setLineWidth(0.75)
    c.rect(50, 60, WIDTH - 100, HEIGHT - 120)
    c.setFont("Helvetica", 10)
    y = HEIGHT - 90
    for line in [
        "Health is fundamental to a good life from pre-birth to old age. The board's",
        "strategy takes a life-course approach, with each theme highlighting the key",
        "priorities and how the board will work to improve health at every age.",
    ]:
        c.drawString(60, y, line)
        y -= 14
    y -= 10
    for item in ["Start well", "Live well", "Age well"]:
        c.drawString(64, y, "-")
        c.drawString(90, y, item)
        y -= 14
    rows = [
        ["Area", "Population", "Limited a lot"],
        ["Adur", "61,182", "5,592 (9%)"],
        ["Arun", "149,518", "13,984 (9%)"],
        ["Crawley", "106,597", "7,001 (6%)"],
    ]
    xs = [60, 200, 320, 450]
    top = y - 20
    for r, row in enumerate(rows):
        ry = top - 16 * r
        c.setFont("Helvetica-Bold" if r == 0 else "Helvetica", 9)
        for k, text in enumerate(row):
            c.drawString(xs[k] + 4, ry - 11, text)
        c.line(xs[0], ry, xs[-1], ry)
    bottom = top - 16 * len(rows)
    c.line(xs[0], bottom, xs[-1], bottom)
    for x in xs:
        c.line(x, top, x, bottom)
    c.setFont("Helvetica", 10)
    c.drawString(60, bottom - 30, "Source: ONS, 2011. The strategy sets out how the board will")
    c.drawString(60, bottom - 44, "use its collective leadership to reduce health inequalities.")
    c.save()
    doc = read_pdf(path, sha256="x")
    (table,) = doc.top_tables
    assert table.grid() == rows
    text = "\n".join(b.text for b in doc.blocks if hasattr(b, "text"))
    assert "life-course approach" in text
    assert "collective leadership" in text


def test_shaded_group_rows_between_header_and_total_rules_are_one_table(
    tmp_path: Path,
) -> None:
    """A survey count ruled only above and below its header and its total, as Word's
    booktabs-like styles draw it; the group rows carry their subtotal and are shaded cell by
    cell. The shading is the rows', not a table of its own; each label beside a count is a
    row, in a band the rules leave undivided."""
    path = tmp_path / "shaded-groups.pdf"
    c = Canvas(str(path), pagesize=A4)
    rows = [
        ("Sector", "Number of respondents"),
        ("Private", "22"),
        ("Housing", "17"),
        ("Other", "5"),
        ("Statutory", "150"),
        ("Library", "31"),
        ("Education", "119"),
        ("Third sector", "30"),
        ("Counselling", "30"),
        ("Grand Total", "202"),
    ]
    shaded = {"Private", "Statutory", "Third sector"}
    left, middle, right, top, step = 40, 250, 400, HEIGHT - 100, 13
    c.setLineWidth(0.75)
    for r, (label, count) in enumerate(rows):
        y = top - step * r
        if label in shaded:
            c.setFillColorRGB(0.55, 0.7, 0.85)
            c.rect(left, y - step, middle - left, step, stroke=0, fill=1)
            c.rect(middle, y - step, right - middle, step, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica-Bold" if label in shaded or r == 0 else "Helvetica", 8)
        c.drawString(left + 3, y - 9.5, label)
        c.drawRightString(right - 3, y - 9.5, count)
    for r in (0, 1, len(rows) - 1, len(rows)):
        c.line(left, top - step * r, right, top - step * r)
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.grid() == [list(row) for row in rows]


def test_paragraphs_between_two_tables_ruled_across_part_them(tmp_path: Path) -> None:
    """Two tables ruled only across (header and foot), with a paragraph and a caption
    between them: the rules line up, but the prose between says they are two tables."""
    path = tmp_path / "two-stacks.pdf"
    c = Canvas(str(path), pagesize=A4)
    left, right, step = 40, 420, 13  # the text width: the paragraphs fill it
    c.setLineWidth(0.75)

    def table(top: float, rows: list[list[str]]) -> None:
        xs = [left + 3, 250, 340]
        for r, row in enumerate(rows):
            c.setFont("Helvetica-Bold" if r == 0 else "Helvetica", 8)
            for x, text in zip(xs, row, strict=True):
                c.drawString(x, top - step * r - 9.5, text)
        for r in (0, 1, len(rows)):
            c.line(left, top - step * r, right, top - step * r)

    first = [
        ["Service", "Responses", "Share"],
        ["Housing", "45", "22.3%"],
        ["Library", "31", "15.3%"],
    ]
    second = [["Service", "Confident", "Unconfident"], ["GP", "7", "0"], ["Education", "18", "8"]]
    table(HEIGHT - 80, first)
    c.setFont("Helvetica", 10)
    y = HEIGHT - 150
    for line in [
        "Of those respondents who reported contact with suicidal individuals, nearly half said",
        "these conversations were rare. A further two in five reported that they had them each",
        "month or each week, and a small minority reported that they happen on a daily basis.",
        "Levels of confidence vary by job role, as the table below shows for each service.",
    ]:
        c.drawString(left, y, line)
        y -= 14
    table(y - 20, second)
    c.save()
    tables = read_pdf(path, sha256="x").top_tables
    assert [t.grid() for t in tables] == [first, second]


def test_full_width_box_heading_the_next_page_is_a_row_of_the_table(tmp_path: Path) -> None:
    """A Word table whose last row is one cell across both columns (risks, as bullets) is
    cut by the page break: the next page draws that row's box with no column rule. White
    space between the bullets and their text would make two columns of it; it is one more
    row of the table on the page before."""
    path = tmp_path / "boxed-row.pdf"
    c = Canvas(str(path), pagesize=A4)
    left, middle, right = 50, 280, 545
    c.setLineWidth(0.5)
    header = ["How will the policy be implemented?", "How will it be measured?"]
    body = ["Through new development by developers.", "By the indicators below."]
    top = 300
    for r, row in enumerate([header, body]):
        y = top - 40 * r
        c.setFont("Helvetica-Bold" if r == 0 else "Helvetica", 9)
        c.drawString(left + 4, y - 12, row[0])
        c.drawString(middle + 4, y - 12, row[1])
        c.line(left, y, right, y)
        c.line(middle, y, middle, y - 40)
    c.line(left, top - 80, right, top - 80)
    c.setFont("Helvetica", 9)
    c.drawString(left + 4, top - 92, "Risks:")
    for k, risk in enumerate(["Significant change in settlement facilities", "Slow delivery"]):
        c.drawString(left + 20, top - 106 - 13 * k, "-")
        c.drawString(left + 40, top - 106 - 13 * k, risk)
    for x in (left, right):
        c.line(x, top, x, 30)
    c.showPage()
    c.setLineWidth(0.5)
    box_top, box_bottom = HEIGHT - 40, HEIGHT - 100
    c.rect(left, box_bottom, right - left, box_top - box_bottom)
    c.setFont("Helvetica", 9)
    c.drawString(left + 4, box_top - 14, "What action will be taken?")
    for k, action in enumerate(["Seek further engagement", "Review the plan if needed"]):
        c.drawString(left + 20, box_top - 28 - 13 * k, "-")
        c.drawString(left + 40, box_top - 28 - 13 * k, action)
    c.setFont("Helvetica", 10)
    c.drawString(left, box_bottom - 30, "The next policy sets out how growth will be shared.")
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.pages == [1, 2]
    grid = table.grid()
    assert grid[:2] == [header, body]
    assert grid[-1] == [
        "What action will be taken? - Seek further engagement - Review the plan if needed",
        "",
    ]


def test_table_above_the_footnotes_of_its_page_goes_on_over_the_break(tmp_path: Path) -> None:
    """A briefing paper's ruled table fills its page down to the footnotes (marks set small
    and raised, notes in small type) and goes on, its header repeated, on the next."""
    path = tmp_path / "footnotes.pdf"
    c = Canvas(str(path), pagesize=A4)
    xs = [60, 180, 330, 480]
    header = ["Jurisdiction", "Target", "Legislation"]
    pages = [
        [
            ["UK", "Net zero by 2050", "Climate Change Act 2008"],
            ["Scotland", "Net zero by 2045", "Act 2019"],
        ],
        [
            ["Wales", "Net zero by 2050", "Environment Act 2016"],
            ["NZ", "Net zero by 2050", "Zero Carbon Act"],
        ],
    ]
    for n, body in enumerate(pages):
        top = HEIGHT - 60
        rows = [header, *body]
        for r, row in enumerate(rows):
            y = top - 150 * r
            c.setFont("Helvetica-Bold" if r == 0 else "Helvetica", 9)
            for x, text in zip(xs, row, strict=False):
                c.drawString(x + 4, y - 12, text)
            c.line(xs[0], y, xs[-1], y)
        bottom = top - 150 * len(rows)
        c.line(xs[0], bottom, xs[-1], bottom)
        for x in xs:
            c.line(x, top, x, bottom)
        notes = [["Committee on Climate Action, 2020.", "Carbon Budget Order 2021."]]
        notes += [["Joint Committee on Climate Action report on the Bill."]]
        c.line(xs[0], 300, xs[0] + 100, 300)
        for k, note in enumerate(notes[n]):
            y = 285 - 14 * k
            c.setFont("Helvetica", 5)
            c.drawString(xs[0], y + 3, str(15 + 2 * n + k))
            c.setFont("Helvetica", 8)
            c.drawString(xs[0] + 8, y, note)
        c.setFont("Helvetica", 9)
        c.drawCentredString(WIDTH / 2, 40, f"Page {n + 6}")
        c.showPage()
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.pages == [1, 2]
    assert table.grid() == [header, *pages[0], *pages[1]]


def test_header_over_the_first_rule_is_the_table_header(tmp_path: Path) -> None:
    """A slide's table ruled under its header and under each row, but not over the header:
    the header line just above the first rule belongs to the table; the caption above it,
    one line across, does not."""
    path = tmp_path / "header-over-rule.pdf"
    c = Canvas(str(path), pagesize=A4)
    left, middle, right = 50, 190, 540
    c.setFont("Helvetica-Bold", 11)
    c.drawString(left, HEIGHT - 60, "Table 2: where to refer residents at risk of falls")
    rows = [
        ["Falls risk", "Services to consider referrals to"],
        ["Alcohol use", "West Sussex Wellbeing, for risky drinkers"],
        ["Visual impairment", "Your optician or GP, for a cataract assessment"],
        ["Stroke", "The Stroke Association's exercise groups"],
    ]
    top, step = HEIGHT - 90, 22
    c.setLineWidth(0.75)
    for r, (risk, service) in enumerate(rows):
        y = top - step * r
        c.setFont("Helvetica-Bold", 11 if r == 0 else 9)
        c.drawString(left + 2, y - 14, risk)
        c.setFont("Helvetica-Bold" if r == 0 else "Helvetica", 11 if r == 0 else 9)
        c.drawString(middle + 2, y - 14, service)
        c.line(left, y - step, right, y - step)
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.grid() == rows
    assert table.header_rows == 1


def test_register_row_missing_its_value_starts_at_its_reference(tmp_path: Path) -> None:
    """A register ruled down only (column rules, a rule under the header and at the foot):
    a row whose value is blank, and rows referenced 15a, 15b, have no values under values to
    part them; a new reference number on a line that fills most columns does."""
    path = tmp_path / "register-refs.pdf"
    c = Canvas(str(path), pagesize=A4)
    xs = [60, 90, 200, 260, 320, 400]
    rows = [
        ["Ref", "Description", "Acquired", "Value £", "Custodian"],
        ["9", "Public seats", "Various", "1,150.00", "Parish Council"],
        ["10", "Metal storage cupboard", "2003", "", "Parish Council"],
        ["14", "Husqvarna mower", "Mar-14", "8,995.00", "Caretaker"],
        ["15a", "Play area swings", "Unknown", "1,000.00", "Parish Council"],
        ["15b", "Surface under the swings", "Aug-07", "2,622.00", "Parish Council"],
    ]
    top, pitch = HEIGHT - 80, 10.0
    c.setLineWidth(0.6)
    for r, row in enumerate(rows):
        y = top - 10 - pitch * r - (4 if r else 0)
        c.setFont("Helvetica-Bold" if r == 0 else "Helvetica", 7)
        for k, text in enumerate(row):
            c.drawString(xs[k] + 2, y, text)
    c.line(xs[0], top - 13, xs[-1], top - 13)
    bottom = top - 18 - pitch * len(rows)
    c.line(xs[0], top, xs[-1], top)
    c.line(xs[0], bottom, xs[-1], bottom)
    for x in xs:
        c.line(x, top, x, bottom)
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.grid() == rows


def test_cells_wrapping_together_are_one_row(tmp_path: Path) -> None:
    """An unruled table set at one line spacing throughout: each row's cells wrap over two
    or three lines in columns 150 points wide, with no wider gap between rows. Each entry is
    one row, not one row per line."""
    path = tmp_path / "wrapping.pdf"
    c = Canvas(str(path), pagesize=A4)
    xs = [60, 230, 400]
    header = ["Outcome", "What we will do", "How we will know"]
    rows = [
        [
            "Children are safe at home and at school",
            "Train the designated safeguarding lead of every school",
            "Fewer repeat referrals to social care by March",
        ],
        [
            "Families get help early",
            "Open two family hubs in the north of the county",
            "More families seen within four weeks of asking",
        ],
        [
            "Young people are ready for work",
            "Offer placements with local employers",
            "Fewer young people not in education or training",
        ],
    ]
    y = HEIGHT - 80
    c.setFont("Helvetica-Bold", 10)
    for x, text in zip(xs, header, strict=True):
        c.drawString(x, y, text)
    y -= 24
    c.setFont("Helvetica", 10)
    for cells in rows:
        wrapped = [simpleSplit(text, "Helvetica", 10, 150) for text in cells]
        for x, lines in zip(xs, wrapped, strict=True):
            for k, line in enumerate(lines):
                c.drawString(x, y - 13 * k, line)
        y -= 13 * max(len(lines) for lines in wrapped)
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.grid() == [header, *rows]


def test_header_alone_at_the_foot_of_a_page_heads_the_next_pages_table(
    tmp_path: Path,
) -> None:
    """A Word table starts so low that only its header row (bold, two lines in a cell)
    fits on the page; its body follows on the next page with the same columns."""
    path = tmp_path / "lone-header.pdf"
    c = Canvas(str(path), pagesize=A4)
    xs = [60, 150, 215, 280]
    c.setFont("Helvetica", 10)
    c.drawString(60, HEIGHT - 80, "The timetable below replaces the one published in July.")
    c.setLineWidth(0.6)
    top, bottom = 90, 60
    c.setFont("Helvetica-Bold", 9)
    heads = [["Key plan-making", "stage"], ["July 2024", "version"], ["Actual"]]
    for x, lines in zip(xs, heads, strict=False):
        for k, line in enumerate(lines):
            c.drawString(x + 3, top - 11 - 11 * k, line)
    for y in (top, bottom):
        c.line(xs[0], y, xs[-1], y)
    for x in xs:
        c.line(x, top, x, bottom)
    c.showPage()
    body = [
        ["Consultation", "March 2024", "18 April 2024"],
        ["Submission", "August 2024", "29 August 2024"],
    ]
    ruled_rows(c, body, xs, HEIGHT - 60)
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.pages == [1, 2]
    assert table.header_rows == 1
    assert table.grid() == [["Key plan-making stage", "July 2024 version", "Actual"], *body]


def test_table_over_a_break_whose_columns_differ_is_reported(tmp_path: Path) -> None:
    """A table fills its page to the foot and the next page opens with a table of other
    columns and no header of its own: one table read two ways or two tables, nothing on
    the page tells. Both are kept, and the document says so (it is stored as partial)."""
    path = tmp_path / "doubt.pdf"
    c = Canvas(str(path), pagesize=A4)
    body = [[str(i), f"Scheme {i}", f"{100 * i:,}"] for i in range(1, 46)]
    bottom = ruled_rows(c, [["Ref", "Project", "Cost"], *body], [60, 120, 300, 380], 780)
    assert bottom < 80
    c.showPage()
    rest = [["46", "Scheme 46", "Parks", "4,600"], ["47", "Scheme 47", "Roads", "4,700"]]
    ruled_rows(c, rest, [60, 100, 220, 330, 420], HEIGHT - 60)
    c.save()
    doc = read_pdf(path, sha256="x")
    assert [t.pages for t in doc.top_tables] == [[1], [2]]
    assert doc.warnings == (
        "pages 1-2: a table may run on over the page break, but its columns (3 and 4) do "
        "not line up; kept as two tables",
    )


def test_two_tables_meeting_at_a_break_each_with_its_header_are_not_doubted(
    tmp_path: Path,
) -> None:
    path = tmp_path / "two.pdf"
    c = Canvas(str(path), pagesize=A4)
    body = [[str(i), f"Scheme {i}", f"{100 * i:,}"] for i in range(1, 46)]
    ruled_rows(c, [["Ref", "Project", "Cost"], *body], [60, 120, 300, 380], 780, frozenset({0}))
    c.showPage()
    other = [["Ward", "Councillor", "Party", "Since"], ["Abbey", "A. Smith", "Ind", "2019"]]
    ruled_rows(c, other, [60, 100, 220, 330, 420], HEIGHT - 60, frozenset({0}))
    c.save()
    doc = read_pdf(path, sha256="x")
    assert len(doc.top_tables) == 2
    assert doc.warnings == ()


def boxed_stack(
    c: Canvas, x0: float, x1: float, edges: list[float], texts: list[str], fill: bool
) -> None:
    """Draw one column as a stack of separate boxes between ``edges`` (top down)."""
    c.setLineWidth(0.8)
    for top, bottom, text in zip(edges, edges[1:], texts, strict=False):
        c.setFillColorRGB(0.55, 0.7, 0.9) if fill else c.setFillColorRGB(1, 1, 1)
        c.rect(x0, bottom, x1 - x0, top - bottom, stroke=1, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(x0 + 5, top - 14, text)


def test_stacks_of_boxes_side_by_side_are_one_table(tmp_path: Path) -> None:
    """A table drawn as one stack of boxes per column (filled on the left, outlined on the
    right), a white gutter between them, their row edges a few points apart."""
    path = tmp_path / "stacks.pdf"
    c = Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 9)
    left = ["Our goals", "People live well", "Carers are supported", "Care is joined up"]
    right = ["What we mean", "Fewer people smoke", "Carers get a break", "One care plan"]
    edges = [700.0, 680.0, 620.0, 560.0, 500.0]
    boxed_stack(c, 50, 200, edges, left, fill=True)
    boxed_stack(c, 212, 540, [y + 3 for y in edges[:-1]] + [edges[-1] - 2], right, fill=False)
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.grid() == [list(pair) for pair in zip(left, right, strict=True)]


def page_of_rows(c: Canvas, rows: list[list[str]], xs: list[float], fill: bool) -> None:
    """One page: a ruled table from the top of the page down to near its foot; the first
    row its header, bold, filled when ``fill``."""
    if fill:
        c.setFillColorRGB(0.8, 0.2, 0.3)
        c.rect(xs[0], HEIGHT - 76, xs[-1] - xs[0], 16, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
    ruled_rows(c, rows, xs, HEIGHT - 60, frozenset({0}) if rows[0][0] == "Ref" else frozenset())
    c.showPage()


def test_ruled_columns_shifting_a_little_between_pages_still_join(tmp_path: Path) -> None:
    """Slides and hand-laid pages move a table's column rules by several points from one
    page to the next; the table still runs on."""
    path = tmp_path / "shift.pdf"
    c = Canvas(str(path), pagesize=A4)
    rows = [[str(i), f"Scheme {i}", f"{100 * i:,}"] for i in range(1, 91)]
    page_of_rows(c, [["Ref", "Project", "Cost"], *rows[:46]], [60, 120, 300, 380], False)
    page_of_rows(c, rows[46:], [64, 128, 309, 386], False)
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.pages == [1, 2]
    assert table.n_rows == 91


def test_header_again_after_a_headerless_continuation_starts_a_new_table(
    tmp_path: Path,
) -> None:
    """A table goes on over a break without repeating its header; a later page opening with
    that header (and the same columns) is the next table, not more of this one."""
    path = tmp_path / "sections.pdf"
    c = Canvas(str(path), pagesize=A4)
    xs = [60, 120, 300, 380]
    header = ["Ref", "Project", "Cost"]
    rows = [[str(i), f"Scheme {i}", f"{100 * i:,}"] for i in range(1, 140)]
    page_of_rows(c, [header, *rows[:46]], xs, False)
    page_of_rows(c, rows[46:92], xs, False)
    page_of_rows(c, [header, *rows[92:138]], xs, False)
    c.save()
    assert [t.pages for t in read_pdf(path, sha256="x").top_tables] == [[1, 2], [3]]


def test_header_in_another_colour_starts_a_new_table(tmp_path: Path) -> None:
    """Each section's table has the same header text, filled in the section's colour: a
    page opening with it in a new colour starts the next table; in the same colour (a
    repeated header) it goes on."""
    header = ["Ref", "Project", "Cost"]
    xs = [60, 120, 300, 380]
    rows = [[str(i), f"Scheme {i}", f"{100 * i:,}"] for i in range(1, 93)]
    tables = []
    for recolour in (False, True):
        path = tmp_path / f"colours-{recolour}.pdf"
        c = Canvas(str(path), pagesize=A4)
        page_of_rows(c, [header, *rows[:46]], xs, True)
        if recolour:
            c.setFillColorRGB(0.2, 0.3, 0.8)
            c.rect(xs[0], HEIGHT - 76, xs[-1] - xs[0], 16, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            ruled_rows(c, [header, *rows[46:92]], xs, HEIGHT - 60, frozenset({0}))
            c.showPage()
        else:
            page_of_rows(c, [header, *rows[46:92]], xs, True)
        c.save()
        tables.append([t.pages for t in read_pdf(path, sha256="x").top_tables])
    assert tables == [[[1, 2]], [[1], [2]]]


def test_header_on_a_solid_fill_without_column_rules_keeps_its_columns(tmp_path: Path) -> None:
    """Word's table styles often draw the header row as one dark fill, white text, with no
    column rules through it; the body is ruled. Its words part the columns: one cell each.
    A title row across the table, its words at word spacing, stays one cell."""
    path = tmp_path / "dark-header.pdf"
    c = Canvas(str(path), pagesize=A4)
    xs = [60, 180, 260, 340, 420]
    top = 700
    c.setLineWidth(0.6)
    c.setFont("Helvetica-Bold", 10)
    title = "Live births by year and area"
    c.drawString(xs[0] + (xs[-1] - xs[0]) / 2 - c.stringWidth(title) / 2, top - 12, title)
    c.setFillColorRGB(0.1, 0.2, 0.5)
    c.rect(xs[0], top - 34, xs[-1] - xs[0], 18, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    for x, text in zip(xs, ["Area", "2015", "2016", "2017"], strict=False):
        c.drawString(x + 4, top - 28, text)
    c.setFillColorRGB(0, 0, 0)
    body = [["West Sussex", "8,974", "8,795", "8,630"], ["Adur", "724", "671", "656"]]
    bottom = ruled_rows(c, body, xs, top - 34)
    for y in (top, top - 16, top - 34):
        c.line(xs[0], y, xs[-1], y)
    for x in (xs[0], xs[-1]):
        c.line(x, top, x, bottom)
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.grid() == [
        [title, "", "", ""],
        ["Area", "2015", "2016", "2017"],
        *body,
    ]
    assert [0, 0, 1, 4] in table.spans()


def test_underlined_links_in_cells_are_not_rules(tmp_path: Path) -> None:
    """A table ruled across, its cells holding lines of text with underlined links (as
    PowerPoint and Word draw them, a thin line just under the baseline): an underline parts
    no rows."""
    path = tmp_path / "links.pdf"
    c = Canvas(str(path), pagesize=A4)
    xs = [60, 200, 540]
    rows = [
        ("Falls risk", ["Services to consider"]),
        (
            "Alcohol use",
            ["Ask residents about alcohol: MECC training", "Risky drinkers: Wellbeing"],
        ),
        ("Stroke", ["Group exercise online: Stroke Association", "Local groups: find support"]),
    ]
    c.setLineWidth(0.8)
    y = 760
    for k, (risk, lines) in enumerate(rows):
        c.line(xs[0], y, xs[-1], y)
        c.setFont("Helvetica-Bold" if k == 0 else "Helvetica", 10)
        c.drawString(xs[0] + 4, y - 14, risk)
        for j, line in enumerate(lines):
            base = y - 14 - 16 * j
            c.drawString(xs[1] + 4, base, line)
            if k:  # the link: the words after the colon, underlined
                start = xs[1] + 4 + c.stringWidth(line.split(":")[0] + ": ", "Helvetica", 10)
                c.setLineWidth(0.6)
                c.line(
                    start, base - 1.5, xs[1] + 4 + c.stringWidth(line, "Helvetica", 10), base - 1.5
                )
                c.setLineWidth(0.8)
        y -= 16 * len(lines) + 8
    c.line(xs[0], y, xs[-1], y)
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.grid() == [[risk, " ".join(lines)] for risk, lines in rows]


def test_header_text_turned_a_quarter_turn_reads_as_words(tmp_path: Path) -> None:
    """Spreadsheet exports set narrow column headers turned to read upwards, their text
    matrix holding a rounding error where it should hold 0 (which made pdfminer call the
    glyphs upright and each letter a word); the header reads "Hearing", "Learning"."""
    path = tmp_path / "turned.pdf"
    c = Canvas(str(path), pagesize=A4)
    xs = [60, 200, 240, 280]
    top, head = 700, 80
    c.setLineWidth(0.6)
    c.setFont("Helvetica", 10)
    for x, text in zip(xs[1:], ["Hearing", "Learning"], strict=False):
        c.saveState()
        c.translate(x + 24, top - head + 6)
        c.rotate(90)
        c.drawString(0, 0, text)
        c.restoreState()
    c.drawString(xs[0] + 4, top - head + 8, "Area")
    for x, text in zip(xs, ["Adur", "12", "30"], strict=False):
        c.drawString(x + 4, top - head - 14, text)
    for y in (top, top - head, top - head - 20):
        c.line(xs[0], y, xs[-1], y)
    for x in xs:
        c.line(x, top, x, top - head - 20)
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.grid() == [["Area", "Hearing", "Learning"], ["Adur", "12", "30"]]


def test_bar_chart_with_gridlines_and_value_labels_is_no_table(tmp_path: Path) -> None:
    """A bar chart as Word draws one: gridlines down, bars across, each holding its value at
    its end, category labels on the left, axis values and an axis title below. Its
    gridlines rule off a grid that stays mostly empty; its labels align in columns, but
    they label a chart."""
    path = tmp_path / "chart.pdf"
    c = Canvas(str(path), pagesize=A4)
    left, step, pitch, top = 129.0, 83.5, 31.3, HEIGHT - 140
    bars = [("Across the county", 23.8), ("North", 20.3), ("South and Coast", 19.3)]
    bars += [("Mid County", 18.8), ("East", 18.8), ("Town", 16.8), ("West", 12.9)]
    bottom = top - pitch * len(bars)
    c.setLineWidth(0.5)
    for i in range(6):
        c.line(left + i * step, top, left + i * step, bottom)
    c.setFont("Helvetica", 10)
    for i, (label, value) in enumerate(bars):
        y = top - pitch * i - 25
        end = left + value / 5 * step
        c.setFillColorRGB(0.31, 0.5, 0.74)
        c.rect(left, y, end - left, 19, stroke=1, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.drawRightString(end - 6, y + 6, f"{value}%")
        c.setFillColorRGB(0, 0, 0)
        c.drawRightString(left - 10, y + 6, label)
        c.line(left - 4, y + 25, left, y + 25)
    for i in range(6):
        c.drawCentredString(left + i * step, bottom - 14, f"{5 * i:.1f}%")
    c.drawCentredString(left + 2.5 * step, bottom - 28, "Proportions")
    c.save()
    assert read_pdf(path, sha256="x").top_tables == []


def test_table_drawn_whole_on_every_page_shows_only_its_part(tmp_path: Path) -> None:
    """A document laid out as one long sheet draws its whole ruled table on every page (the
    rules run far above and below the page), each page showing its own rows. The rules the
    page does not show do not make empty rows."""
    path = tmp_path / "sheet.pdf"
    c = Canvas(str(path), pagesize=A4)
    xs = [60.0, 200.0, 360.0, 520.0]
    pitch = HEIGHT / 14  # rules on the page's top and bottom edges, 14 rows between
    ys = [HEIGHT - pitch * k for k in range(-7, 22)]  # from far above the page to far below
    c.setLineWidth(0.5)
    for x in xs:
        c.line(x, ys[0], x, ys[-1])
    for y in ys:
        c.line(xs[0], y, xs[-1], y)
    rows = [[f"Outcome {i}", f"{10 * i} people supported", f"Partner {i}"] for i in range(1, 30)]
    c.setFont("Helvetica", 9)
    shown = []
    for row, (y0, y1) in zip(rows, zip(ys, ys[1:], strict=False), strict=False):
        if 0 <= y1 < y0 <= HEIGHT:
            for text, x in zip(row, xs, strict=False):
                c.drawString(x + 4, y0 - 16, text)
            shown.append(row)
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.grid() == shown


def test_action_plan_template_with_rows_left_to_fill_is_a_table(tmp_path: Path) -> None:
    """A ruled template: a label over every column, one row filled in, four left empty.
    The empty rows are rows of the table, not the emptiness of a chart's grid."""
    path = tmp_path / "template.pdf"
    c = Canvas(str(path), pagesize=A4)
    xs = [60.0, 260.0, 440.0, 540.0]
    ys = [HEIGHT - 80 - 40 * i for i in range(7)]
    c.setLineWidth(0.5)
    for x in xs:
        c.line(x, ys[0], x, ys[-1])
    for y in ys:
        c.line(xs[0], y, xs[-1], y)
    rows = [
        ["Action", "Who is responsible", "By when"],
        ["Review referral routes", "Team leaders", "March 2025"],
    ]
    c.setFont("Helvetica", 9)
    for row, y in zip(rows, ys, strict=False):
        for text, x in zip(row, xs, strict=False):
            c.drawString(x + 4, y - 16, text)
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.grid() == [*rows, *[["", "", ""]] * 4]


def test_stack_of_question_and_answer_boxes_is_no_table(tmp_path: Path) -> None:
    """A form set as ruled boxes across the page, a question over each answer; the first
    box a heading over a bulleted list (its bullets set apart from their text, as if in a
    column of their own): one column of text in boxes, no table."""
    path = tmp_path / "form.pdf"
    c = Canvas(str(path), pagesize=A4)
    x0, x1 = 50.0, 540.0
    boxes = [
        ("Documents used as evidence:", ["Joint needs assessment", "Draft strategy"]),
        ("Describe any negative impact for residents.", ["None has been identified."]),
        ("Describe any positive effects.", ["The strategy sets out how services will work."]),
        ("Describe how the proposal helps to advance equality.", ["As above."]),
    ]
    y = HEIGHT - 80
    c.setLineWidth(0.5)
    top = y
    for question, lines in boxes:
        c.line(x0, y, x1, y)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x0 + 8, y - 14, question)
        if len(lines) == 1:  # the list stays in its heading's box
            c.line(x0, y - 20, x1, y - 20)
        c.setFont("Helvetica", 10)
        y -= 20
        for line in lines:
            if len(lines) > 1:
                c.drawString(x0 + 8, y - 14, "\u2022")
                c.drawString(x0 + 26, y - 14, line)
            else:
                c.drawString(x0 + 8, y - 14, line)
            y -= 16
        y -= 10
    c.line(x0, y, x1, y)
    for x in (x0, x1):
        c.line(x, top, x, y)
    c.save()
    assert read_pdf(path, sha256="x").top_tables == []


def test_rows_parted_by_rules_under_a_header_with_no_rule_over_it_stay_whole(
    tmp_path: Path,
) -> None:
    """A slide's table: a header with no rule over it, a rule under it and one under each
    row. Each row's cells hold paragraphs parted by blank lines; the rules part the rows,
    not the blank lines (three rules here are no booktabs table's top, middle and foot)."""
    path = tmp_path / "slide.pdf"
    c = Canvas(str(path), pagesize=A4)
    x0, mid, x1 = 50.0, 250.0, 545.0
    y = HEIGHT - 80
    c.setFont("Helvetica-Bold", 12)
    c.drawString(x0 + 4, y, "Setting")
    c.drawString(mid + 4, y, "Falls prevention")
    c.setLineWidth(0.5)
    y -= 8
    c.line(x0, y, x1, y)
    rows = [
        (
            ["Housing associations"],
            [
                "A toolkit helps to reduce falls risk.",
                "",
                "Teams can contact housing associations about it.",
            ],
        ),
        (
            ["Care homes"],
            [
                "Every resident is assessed.",
                "",
                "Falls leads are trained.",
                "Each home names a falls champion.",
            ],
        ),
    ]
    c.setFont("Helvetica", 10)
    for left, right in rows:
        y -= 16
        for i, text in enumerate(left):
            c.drawString(x0 + 4, y - 13 * i, text)
        for i, text in enumerate(right):
            c.drawString(mid + 4, y - 13 * i, text)
        y -= 13 * (max(len(left), len(right)) - 1) + 8
        c.line(x0, y, x1, y)
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.grid() == [
        ["Setting", "Falls prevention"],
        [
            "Housing associations",
            "A toolkit helps to reduce falls risk. "
            "Teams can contact housing associations about it.",
        ],
        [
            "Care homes",
            "Every resident is assessed. "
            "Falls leads are trained. Each home names a falls champion.",
        ],
    ]


def test_contact_cards_side_by_side_are_no_table(tmp_path: Path) -> None:
    """Two contact blocks of the same form set side by side: the same bold labels in both,
    each over a name, a number, an address. Aligned, but no table."""
    path = tmp_path / "contacts.pdf"
    c = Canvas(str(path), pagesize=A4)
    cards = [
        [
            "Report Author:",
            "Sam Jones",
            "Assistant Director",
            "Telephone number",
            "03000 410058",
            "Email address",
            "sam.jones@example.gov.uk",
        ],
        [
            "Relevant Director:",
            "Alex Smith",
            "Director of Education",
            "Telephone number",
            "03000 418913",
            "Email address",
            "alex.smith@example.gov.uk",
        ],
    ]
    for x, card in zip([60.0, 300.0], cards, strict=True):
        y = HEIGHT - 100
        for i, text in enumerate(card):
            bold = i == 0 or text in ("Telephone number", "Email address")
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
            c.drawString(x, y, text)
            y -= 12
    c.save()
    assert read_pdf(path, sha256="x").top_tables == []


def test_line_chart_in_a_ruled_frame_is_no_table(tmp_path: Path) -> None:
    """A line chart as a spreadsheet exports it: a frame around it all, gridlines across
    with their values on the left, category boxes under the axis, a legend below, and the
    data drawn as slanted lines through the grid. Its rules cross, but it is a chart."""
    path = tmp_path / "line-chart.pdf"
    c = Canvas(str(path), pagesize=A4)
    left, right, top, step = 90.0, 500.0, HEIGHT - 120, 18.0
    c.setLineWidth(0.5)
    c.rect(60, top - 9 * step - 90, right - 40, 9 * step + 110)
    c.setFont("Helvetica", 8)
    for i in range(9):
        y = top - i * step
        c.line(left, y, right, y)
        c.drawRightString(left - 6, y - 3, str(16 - 2 * i))
    axis = top - 8 * step
    c.line(left, top, left, axis)  # the plot area's sides
    c.line(right, top, right, axis)
    years = ["2015-16", "2017-18", "2019-20", "2021-22", "2023-24"]
    width = (right - left) / len(years)
    for i, year in enumerate(years):
        c.line(left + i * width, axis, left + i * width, axis - 30)
        c.drawCentredString(left + (i + 0.5) * width, axis - 12, year)
        c.drawCentredString(left + (i + 0.5) * width, axis - 25, f"Phase {5 + i}")
    c.line(right, axis, right, axis - 30)
    c.line(left, axis - 30, right, axis - 30)
    series = [[7.4, 4.3, 2.9, 8.8, 14.9], [5.8, 5.8, 1.7, 8.6, 4.8], [3.1, 3.2, 1.8, 5.2, 5.0]]
    c.setLineWidth(1.5)
    for values in series:
        points = [(left + (i + 0.5) * width, axis + v / 2 * step) for i, v in enumerate(values)]
        for (ax, ay), (bx, by) in zip(points, points[1:], strict=False):
            c.line(ax, ay, bx, by)
    for i, name in enumerate(["North", "South", "London"]):
        c.drawString(left + 120 * i + 20, axis - 50, name)
    c.save()
    assert read_pdf(path, sha256="x").top_tables == []


def test_chart_in_a_frame_with_its_legend_box_is_no_table(tmp_path: Path) -> None:
    """A column chart in a ruled frame: title, axis values on the left, the plot's gridlines
    across, empty bars, year labels, and a legend box with swatches. The frame holds a
    chart, so neither it nor the legend's box is a table."""
    path = tmp_path / "framed-chart.pdf"
    c = Canvas(str(path), pagesize=A4)
    c.setLineWidth(0.5)
    c.rect(40, HEIGHT - 420, 500, 380)
    c.setFont("Helvetica-Bold", 11)
    c.drawCentredString(290, HEIGHT - 60, "District")
    left, right, top, step = 110.0, 520.0, HEIGHT - 80, 22.0
    c.setFont("Helvetica", 8)
    for i in range(11):
        y = top - i * step
        c.line(left, y, right, y)
        c.drawRightString(left - 5, y - 3, str(1000 - 100 * i))
    c.line(left, top, left, top - 10 * step)
    c.line(right, top, right, top - 10 * step)
    for i, height in enumerate([500, 700, 730, 640, 780, 760, 910, 310, 250, 290]):
        x = left + 8 + i * 40
        c.rect(x, top - 10 * step, 24, height / 100 * step, fill=0)
        c.drawString(x, top - 10 * step - 12, f"{2001 + i}/{2 + i:02d}")
    c.rect(150, HEIGHT - 410, 320, 36)
    for i, name in enumerate(["Completions", "Committed sites", "Proposed sites", "Target"]):
        x, y = 160 + 160 * (i % 2), HEIGHT - 388 - 14 * (i // 2)
        c.rect(x, y, 14, 8, fill=0)
        c.drawString(x + 20, y, name)
    c.save()
    assert read_pdf(path, sha256="x").top_tables == []


def test_table_signed_in_its_last_row_is_a_table(tmp_path: Path) -> None:
    """Slanted strokes that span a sliver of a region's width (a signature in a table's
    last row, many short strokes back and forth) make no chart of it."""
    path = tmp_path / "signed.pdf"
    c = Canvas(str(path), pagesize=A4)
    c.setLineWidth(0.5)
    xs, top, pitch = [80.0, 200.0, 320.0, 440.0, 520.0], HEIGHT - 100, 18.0
    rows = [["Brand", "Product", "Yield", "Income"]]
    rows += [
        [f"Brand {i}", f"K2-{1900 + i}", f"{56.4 - i / 10:.1f}", f"${846 - i}"] for i in range(8)
    ]
    ys = [top - pitch * r for r in range(len(rows) + 1)] + [top - pitch * len(rows) - 40]
    for x in xs:
        c.line(x, ys[0], x, ys[-1])
    for y in ys:
        c.line(xs[0], y, xs[-1], y)
    c.setFont("Helvetica", 9)
    for row, y in zip([*rows, ["Approved by", "", "", ""]], ys, strict=False):
        for text, x in zip(row, xs, strict=False):
            c.drawString(x + 4, y - 13, text)
    c.setLineWidth(1)
    scrawl = c.beginPath()
    scrawl.moveTo(210, ys[-2] - 20)
    for i in range(1, 48):
        scrawl.lineTo(210 + 100 * abs((i % 16) - 8) / 8, ys[-2] - 20 + (12 if i % 2 else -12))
    c.drawPath(scrawl)
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.grid() == [*rows, ["Approved by", "", "", ""]]


def test_rows_shaded_by_group_going_on_over_a_break_join(tmp_path: Path) -> None:
    """Body rows are shaded by group (grey, then blue). The next page opens with the last
    grey row over the blue ones: its shade sets it apart from the rows under it, as a
    header's would, but it is not the header's shade (nor bold), so the table goes on."""
    path = tmp_path / "groups.pdf"
    c = Canvas(str(path), pagesize=A4)
    xs = [60, 120, 300, 380]
    header = ["Ref", "Project", "Cost"]
    rows = [[str(i), f"Scheme {i}", f"{100 * i:,}"] for i in range(1, 88)]
    shades = [(0.8, 0.2, 0.3)] + [(0.85, 0.85, 0.85)] * 46 + [(0.6, 0.75, 0.95)] * 41
    pages = [[header, *rows[:45]], rows[45:]]
    start = 0
    for page in pages:
        for r in range(len(page)):
            c.setFillColorRGB(*shades[start + r])
            c.rect(xs[0], HEIGHT - 76 - 16 * r, xs[-1] - xs[0], 16, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        ruled_rows(c, page, xs, HEIGHT - 60, frozenset({0}) if start == 0 else frozenset())
        c.showPage()
        start += len(page)
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.grid() == [header, *rows]


def test_footnote_mark_set_above_the_line_stays_where_it_is_printed(tmp_path: Path) -> None:
    """A footnote mark in small type, raised above the baseline at the end of a cell's line,
    is read on that line, not on the line above it."""
    path = tmp_path / "marks.pdf"
    c = Canvas(str(path), pagesize=A4)
    xs = [60.0, 200.0, 540.0]
    top = HEIGHT - 80
    lines = ["The strategy aims to transform our society", "and deliver sustainable growth."]
    c.setLineWidth(0.5)
    for y in (top, top - 20, top - 60):
        c.line(xs[0], y, xs[-1], y)
    for x in xs:
        c.line(x, top, x, top - 60)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(xs[0] + 4, top - 14, "Strategy")
    c.drawString(xs[1] + 4, top - 14, "Detail")
    c.setFont("Helvetica", 10)
    c.drawString(xs[0] + 4, top - 34, "Green growth")
    for i, line in enumerate(lines):
        c.drawString(xs[1] + 4, top - 34 - 12 * i, line)
    end = xs[1] + 4 + c.stringWidth(lines[1], "Helvetica", 10)
    c.setFont("Helvetica", 6)
    c.drawString(end, top - 46 + 4, "80")
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.grid()[1] == ["Green growth", " ".join(lines) + "80"]


def test_total_row_after_a_blank_spreadsheet_row_is_the_tables_last_row(tmp_path: Path) -> None:
    """A spreadsheet's total row stands one blank, borderless row under its table: one ruled
    row alone, the same columns, a small gap with nothing in it. It is the table's last row,
    here in the middle of the page as at its foot."""
    path = tmp_path / "total.pdf"
    c = Canvas(str(path), pagesize=A4)
    xs = [60, 120, 300, 380]
    rows = [
        ["Ref", "Project", "Cost"],
        ["1", "Bridge repairs", "1,600"],
        ["2", "Mortuary", "3,000"],
    ]
    bottom = ruled_rows(c, rows, xs, HEIGHT - 80, frozenset({0}))
    ruled_rows(c, [["3", "Total", "4,600"]], xs, bottom - 12)
    c.setFont("Helvetica", 10)
    c.drawString(60, bottom - 80, "The total is within the budget agreed for the year.")
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.grid() == [*rows, ["3", "Total", "4,600"]]


def draw_nested(c: Canvas, inner_top: float, inner_bottom: float) -> list[list[str]]:
    """An outer two-column ruled table (question, answer); the answer cell holds a line of
    text and a small ruled table set inside it with the cell's padding around it, from
    ``inner_top`` down to ``inner_bottom``. Returns the inner table's rows."""
    outer_x, outer_top, outer_bottom = [50.0, 200.0, 550.0], HEIGHT - 80, HEIGHT - 330
    inner_x = [206.0, 290.0, 370.0, 450.0, 500.0]
    c.setLineWidth(0.5)
    for x in outer_x:
        c.line(x, outer_top, x, outer_bottom)
    for y in (outer_top, outer_top - 20, outer_bottom):
        c.line(outer_x[0], y, outer_x[-1], y)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(54, outer_top - 14, "Question")
    c.drawString(204, outer_top - 14, "Response")
    c.setFont("Helvetica", 9)
    c.drawString(54, outer_top - 34, "Where would the staff")
    c.drawString(54, outer_top - 46, "come from?")
    c.drawString(204, outer_top - 34, "The current vacancies in the district are:")
    rows = [["Role", "FTE", "Grade", "Spend"], ["Support Worker", "1.87", "KR4", "£56,996"]]
    rows += [["Practitioner", "0.82", "KR7", "£29,456"]]
    pitch = (inner_top - inner_bottom) / len(rows)
    for x in inner_x:
        c.line(x, inner_top, x, inner_bottom)
    for r, row in enumerate(rows):
        y = inner_top - pitch * r
        c.line(inner_x[0], y, inner_x[-1], y)
        for text, x in zip(row, inner_x, strict=False):
            c.drawString(x + 3, y - 13, text)
    c.line(inner_x[0], inner_bottom, inner_x[-1], inner_bottom)
    return rows


def test_table_nested_in_a_cell_is_a_table_of_its_own(tmp_path: Path) -> None:
    """A table set inside another's cell, its rules clear of the cell's walls, is found as a
    table of its own, whether it floats in the cell or stands on the cell's foot (its rules
    down meeting the outer table's rule); the outer cell keeps the rest of its text."""
    grids = []
    for inner_bottom in (HEIGHT - 250, HEIGHT - 330):
        path = tmp_path / f"nested-{inner_bottom}.pdf"
        c = Canvas(str(path), pagesize=A4)
        rows = draw_nested(c, HEIGHT - 150, inner_bottom)
        c.save()
        grids.append([t.grid() for t in read_pdf(path, sha256="x").top_tables])
    for tables in grids:
        assert tables == [
            [
                ["Question", "Response"],
                ["Where would the staff come from?", "The current vacancies in the district are:"],
            ],
            rows,
        ]


def test_short_labels_beside_descriptions_are_a_table(tmp_path: Path) -> None:
    """Two columns set by a tab stop with no rules: a short label on the left, a sentence or
    two on the right, wrapped. Long cells on one side only: a table, not two columns of
    running prose."""
    path = tmp_path / "standards.pdf"
    c = Canvas(str(path), pagesize=A4)
    rows = [
        [
            "Restaurants",
            "One space per 5.0 sq. metres of bar, dining and function room floor "
            "space, plus one space for every two members of staff.",
        ],
        [
            "Public houses and clubs",
            "One space for every 3 sq. metres of floor area open to "
            "the public, with cycle parking for staff.",
        ],
        [
            "Take-aways",
            "As for shops, with short stay spaces close to the entrance for "
            "customers collecting orders.",
        ],
        [
            "Business use",
            "The standard is two spaces per unit, plus one space for every 30 "
            "sq. metres of gross floor area.",
        ],
        [
            "Warehousing",
            "Three spaces per unit, plus one space for every 300 sq. metres of "
            "gross floor area, and lorry parking.",
        ],
    ]
    y = HEIGHT - 80
    for label, text in rows:
        c.setFont("Helvetica", 10)
        c.drawString(60, y, label)
        lines = simpleSplit(text, "Helvetica", 10, 240)
        for i, line in enumerate(lines):
            c.drawString(300, y - 12 * i, line)
        y -= 12 * len(lines) + 12
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.grid() == rows


def test_header_cell_ruled_into_sub_columns_is_no_nested_table(tmp_path: Path) -> None:
    """Column rules only through the header, and one header cell ruled into two sub-columns
    (DATES over START and END): the sub-columns' rules fill their cell's height, so they
    are the table's header, not a table nested in it."""
    path = tmp_path / "sub-columns.pdf"
    c = Canvas(str(path), pagesize=A4)
    xs = [50.0, 150.0, 250.0, 300.0, 350.0, 540.0]
    top, mid, under = HEIGHT - 80, HEIGHT - 97, HEIGHT - 111
    rows = [
        [f"DOC{i:04d}", f"Payee {i}", f"03/0{i}/19", f"04/0{i}/19", f"{100 * i:.2f}"]
        for i in range(1, 9)
    ]
    c.setLineWidth(0.5)
    bottom = under - 14 * len(rows) - 6
    for y in (top, under, bottom):
        c.line(xs[0], y, xs[-1], y)
    for x in (xs[0], xs[-1]):
        c.line(x, top, x, bottom)
    for x in (xs[1], xs[2], xs[4]):
        c.line(x, top, x, under)
    c.line(xs[2], mid, xs[4], mid)
    c.line(xs[3], mid, xs[3], under)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(xs[0] + 3, top - 20, "DOCUMENT")
    c.drawString(xs[1] + 3, top - 20, "PAYEE")
    c.drawString(xs[2] + 3, top - 12, "DATES")
    c.drawString(xs[2] + 3, mid - 10, "START")
    c.drawString(xs[3] + 3, mid - 10, "END")
    c.drawString(xs[4] + 3, top - 20, "AMOUNT")
    c.setFont("Helvetica", 8)
    for r, row in enumerate(rows):
        y = under - 14 * (r + 1)
        for text, x in zip(row, xs, strict=False):
            c.drawString(x + 3, y, text)
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.grid()[-len(rows) :] == rows
    assert "START" in table.grid()[1] and "END" in table.grid()[1]


def test_questionnaire_with_answers_left_empty_goes_on_over_a_break(tmp_path: Path) -> None:
    """A questionnaire's ruled table: questions in the first column, the answer columns left
    empty. The next page's part holds text in its first column only; it is no stack of form
    boxes (its cells do not run across the table) but the table going on."""
    path = tmp_path / "questionnaire.pdf"
    c = Canvas(str(path), pagesize=A4)
    xs = [60, 260, 330, 400, 520]
    header = ["Reform", "In place", "In design", "Not planned"]
    rows = [[f"Question {i} about the service", "", "", ""] for i in range(1, 52)]
    page_of_rows(c, [header, *rows[:46]], xs, False)
    page_of_rows(c, rows[46:], xs, False)
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.grid() == [header, *rows]


def page_border(c: Canvas) -> None:
    c.setLineWidth(0.5)
    c.rect(20, 20, WIDTH - 40, HEIGHT - 40)


def rows_under_rules(c: Canvas, rows: list[list[str]], xs: list[float], top: float) -> float:
    """Rows ruled across only, a rule under each; the first column set flush right, the
    numbers flush right in theirs. Return the last rule's height."""
    y = top
    c.setFont("Helvetica", 9)
    for row in rows:
        c.drawRightString(xs[1] - 6, y - 12, row[0])
        for k, text in enumerate(row[1:], start=1):
            c.drawRightString(xs[k + 1] - 6, y - 12, text)
        y -= 18
        c.line(xs[0], y, xs[-1], y)
    return y


def test_header_cut_at_a_page_foot_inside_a_page_border_joins_its_table(
    tmp_path: Path,
) -> None:
    """A report draws a border round every page. A table ruled across only starts so low
    that the first line of its two-line header, under one rule, is all that fits; the
    header's second line opens the next page with a rule under it, then the rows, the
    total row last with no rule under it. The border is no table, and the header is one."""
    path = tmp_path / "cut-header.pdf"
    c = Canvas(str(path), pagesize=A4)
    xs = [60, 260, 330, 400, 470]
    page_border(c)
    c.setFont("Helvetica", 10)
    c.drawString(
        60, HEIGHT - 80, "The forecast outturn is an overspend of £23.3m, or 1.6% of budget."
    )
    c.drawString(
        60, HEIGHT - 94, "Overspends are reported in two directorates and underspends in two."
    )
    c.drawRightString(xs[-1], 120, "All figures in £m")
    c.line(xs[0], 112, xs[-1], 112)
    c.setFont("Helvetica-Bold", 9)
    for k, text in enumerate(["Directorate", "Revenue", "Revenue", "Revenue"]):
        c.drawRightString(xs[k + 1] - 6, 100, text)
    c.showPage()
    page_border(c)
    c.setFont("Helvetica-Bold", 9)
    for k, text in enumerate(["Budget", "Forecast", "Variance"], start=1):
        c.drawRightString(xs[k + 1] - 6, HEIGHT - 60, text)
    top = HEIGHT - 66
    c.setLineWidth(0.5)
    c.line(xs[0], top, xs[-1], top)
    body = [
        ["Adult Social Care & Health", "586.1", "621.6", "+35.4"],
        ["Children, Young People & Education", "430.6", "420.8", "-9.9"],
        ["Growth, Environment & Transport", "202.9", "209.2", "+6.3"],
    ]
    y = rows_under_rules(c, body, xs, top)
    c.setFont("Helvetica-Bold", 9)
    total = ["Overall Position", "1,219.6", "1,251.6", "+31.8"]
    c.drawRightString(xs[1] - 6, y - 12, total[0])
    for k, text in enumerate(total[1:], start=1):
        c.drawRightString(xs[k + 1] - 6, y - 12, text)
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.pages == [1, 2]
    assert table.header_rows == 1
    assert table.grid() == [
        ["Directorate", "Revenue Budget", "Revenue Forecast", "Revenue Variance"],
        *body,
        total,
    ]


def test_caption_restated_over_the_continuation_does_not_stop_the_join(
    tmp_path: Path,
) -> None:
    """A table ruled across only fills its page; the next page restates the caption that
    stood over it ('All figures in £m') above the header again, then the rest of the rows."""
    path = tmp_path / "restated-caption.pdf"
    c = Canvas(str(path), pagesize=A4)
    xs = [60, 260, 330, 400, 470]
    header = ["Reserve", "Opening", "Movement", "Closing"]

    def head(top: float) -> float:
        c.setFont("Helvetica", 9)
        c.drawRightString(xs[-1], top + 8, "All figures in £m")
        c.setLineWidth(0.5)
        c.line(xs[0], top, xs[-1], top)
        c.setFont("Helvetica-Bold", 9)
        for k, text in enumerate(header):
            c.drawRightString(xs[k + 1] - 6, top - 12, text)
        c.line(xs[0], top - 18, xs[-1], top - 18)
        return top - 18

    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, HEIGHT - 60, "7 | Reserves Monitoring")
    first = [[f"Earmarked reserve {i}", f"-{10 + i}.0", f"{i}.5", f"-{9 - i}.5"] for i in range(36)]
    rows_under_rules(c, first, xs, head(HEIGHT - 90))
    c.showPage()
    rest = [
        ["Schools", "-58.6", "1.0", "-57.6"],
        ["DSG Adjustment Account", "103.4", "29.5", "132.9"],
    ]
    rows_under_rules(c, rest, xs, head(HEIGHT - 60))
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.pages == [1, 2]
    assert table.grid() == [header, *first, *rest]


def test_header_cells_set_to_their_foot_in_interleaved_lines_are_one_header(
    tmp_path: Path,
) -> None:
    """Narrow number columns break their labels over three and four lines, each cell set to
    its foot and the lines of one column half a line off the next's; one rule under the
    header, one under each row."""
    path = tmp_path / "staggered.pdf"
    c = Canvas(str(path), pagesize=A4)
    xs = [60, 300, 350, 400, 450]
    rule = HEIGHT - 120
    c.setFont("Helvetica-Bold", 9)
    heads = [
        ["Revenu", "e", "Budget"],
        ["Revenu", "e", "Forecas", "t"],
        ["Revenu", "e", "Varianc", "e"],
    ]
    for k, lines in enumerate(heads):
        # the foot line of the first column sits half a line above the others'
        foot = rule + 6 + (5 if k == 0 else 0)
        for j, text in enumerate(reversed(lines)):
            c.drawRightString(xs[k + 2] - 4, foot + 10 * j, text)
    c.setLineWidth(0.5)
    c.line(xs[0], rule, xs[-1], rule)
    body = [
        ["Environment & Circular Economy", "97.3", "99.9", "+2.6"],
        ["Growth & Communities", "31.3", "29.9", "-1.4"],
        ["Highways & Transportation", "72.9", "78.1", "+5.2"],
    ]
    rows_under_rules(c, body, xs, rule)
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.grid() == [
        ["", "Revenu e Budget", "Revenu e Forecas t", "Revenu e Varianc e"],
        *body,
    ]


def test_decimal_values_beside_values_are_no_item_numbers(tmp_path: Path) -> None:
    """A table ruled across only, with no header on its page: its first column of values
    ("52.6", "12.0") reads like section numbers, but a column of values stands beside it."""
    path = tmp_path / "values.pdf"
    c = Canvas(str(path), pagesize=A4)
    xs = [60, 260, 330, 400, 470]
    rows = [
        ["Residual Waste", "52.6", "53.4", "+0.8"],
        ["Community Protection", "12.0", "11.3", "-0.7"],
        ["Highways", "4.0", "4.4", "+0.4"],
        ["Libraries, Registration & Archives", "11.1", "10.5", "-0.5"],
    ]
    top = HEIGHT - 80
    c.setLineWidth(0.5)
    c.line(xs[0], top, xs[-1], top)
    rows_under_rules(c, rows, xs, top)
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.grid() == rows


def test_tall_row_and_a_row_cut_by_the_break_stay_whole(tmp_path: Path) -> None:
    """A table ruled across only: one row's detail runs most of the page, the last row is
    cut by the break with no rule under it, and its rest heads the next page in paragraphs
    parted by blank lines, down to the rule over the next row."""
    path = tmp_path / "tall-rows.pdf"
    c = Canvas(str(path), pagesize=A4)
    xs = [60, 200, 260, 545]
    c.setLineWidth(0.5)

    def row(top: float, cells: list[list[str]]) -> float:
        c.setFont("Helvetica", 9)
        for k, lines in enumerate(cells):
            for j, text in enumerate(lines):
                if text:
                    c.drawString(xs[k] + 4, top - 12 - 11 * j, text)
        return top - 11 * max(len(lines) for lines in cells) - 8

    top = HEIGHT - 60
    c.setFont("Helvetica-Bold", 9)
    for k, text in enumerate(["Key service", "Variance", "Detail"]):
        c.drawString(xs[k] + 4, top, text)
    top -= 6
    c.line(xs[0], top, xs[-1], top)
    long = [f"Pressure {i} on the budget is set out in this line of the detail." for i in range(60)]
    y = row(top, [["Waste Facilities"], ["+1.8"], long])
    c.line(xs[0], y, xs[-1], y)
    y = row(y, [["Community Protection"], ["-0.7"], ["Variance is mainly due to income."]])
    c.line(xs[0], y, xs[-1], y)
    cut = ["The emergency works to repair the jet fans have required a contraflow", "and"]
    row(y, [["Highway Assets"], ["+1.4"], cut])
    c.showPage()
    rest = [
        "other revenue costs.",
        "",
        "Pressures continue to be reported in inspections and general",
        "maintenance across the county.",
        "",
        "These overspends are partly offset by an underspend on energy.",
    ]
    y = row(HEIGHT - 50, [[""], [""], rest])
    c.line(xs[0], y, xs[-1], y)
    y = row(y, [["Residual Waste"], ["+0.8"], ["An overspend from additional tonnes."]])
    c.line(xs[0], y, xs[-1], y)
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.pages == [1, 2]
    assert table.grid() == [
        ["Key service", "Variance", "Detail"],
        ["Waste Facilities", "+1.8", " ".join(long)],
        ["Community Protection", "-0.7", "Variance is mainly due to income."],
        [
            "Highway Assets",
            "+1.4",
            " ".join(cut + [t for t in rest if t]),
        ],
        ["Residual Waste", "+0.8", "An overspend from additional tonnes."],
    ]


def tab_rows(c: Canvas, lines: list[tuple[str, str, bool]], top: float) -> float:
    """Lines of a table set with a tab stop: (left, right, bold); an empty left and right is
    a paragraph gap. Return the height under the last line."""
    y = top
    for left, right, bold in lines:
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 9)
        c.drawString(60, y, left)
        c.drawString(300, y, right)
        y -= 12
    return y


def test_unruled_table_parted_by_a_note_across_its_columns_is_one_table(
    tmp_path: Path,
) -> None:
    """A standards table set with a tab stop and no rules: group titles in bold over their
    items, a note in brackets set across both columns between two groups."""
    path = tmp_path / "tab-table.pdf"
    c = Canvas(str(path), pagesize=A4)
    y = tab_rows(
        c,
        [
            ("DEVELOPMENT", "PARKING PROVISION", True),
            ("", "", False),
            ("1. Residential", "", True),
            ("Flats", "", False),
            ("One bedroom", "1.25 spaces per unit", False),
            ("More than one bedroom", "1.5 spaces per unit, plus one for visitors", False),
            ("", "", False),
        ],
        HEIGHT - 80,
    )
    c.setFont("Helvetica", 9)
    note = [
        "(Garages should normally be set back 6 metres from the edge of the footway abutting",
        "the curtilage of the property; a garage counts as a space where it exceeds 7.0m by",
        "3.0m inside).",
    ]
    for k, line in enumerate(note):
        c.drawString(60, y - 12 * k, line)
    tab_rows(
        c,
        [
            ("", "", False),
            ("Dwellings", "", True),
            ("Up to three bedrooms", "2 spaces (may include garage)", False),
            ("Four bedrooms or more", "3 spaces (may include garage)", False),
        ],
        y - 12 * len(note),
    )
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.grid() == [
        ["DEVELOPMENT", "PARKING PROVISION"],
        ["1. Residential", ""],
        ["Flats", ""],
        ["One bedroom", "1.25 spaces per unit"],
        ["More than one bedroom", "1.5 spaces per unit, plus one for visitors"],
        [" ".join(note), ""],
        ["Dwellings", ""],
        ["Up to three bedrooms", "2 spaces (may include garage)"],
        ["Four bedrooms or more", "3 spaces (may include garage)"],
    ]


def test_rows_too_few_for_a_table_at_a_page_top_go_on_with_the_last_pages_table(
    tmp_path: Path,
) -> None:
    """A table set with a tab stop fills its page; two of its rows head the next page,
    then a note across both columns. Two lines are no table by themselves."""
    path = tmp_path / "tab-rows.pdf"
    c = Canvas(str(path), pagesize=A4)
    rows = [(f"Use class {i}", f"One space per {i + 2} sq. metres", False) for i in range(60)]
    tab_rows(c, [("Use", "Parking provision", True), *rows], HEIGHT - 60)
    c.showPage()
    rest = [("Sports grounds", "One space for two players", False), ("Stadia", "On merit", False)]
    y = tab_rows(c, rest, HEIGHT - 60)
    c.setFont("Helvetica", 9)
    c.drawString(
        60, y, "Provision will be required to be made for buses and coaches at such venues."
    )
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.pages == [1, 2]
    assert table.grid() == [["Use", "Parking provision"], *([a, b] for a, b, _ in rows + rest)]


def test_box_beside_a_paragraph_at_a_page_top_is_no_row_of_the_last_pages_table(
    tmp_path: Path,
) -> None:
    """A table fills its page; the next page opens with a paragraph on the left and a box
    of text on the right, their lines interleaved but never side by side on one line."""
    path = tmp_path / "box-beside.pdf"
    c = Canvas(str(path), pagesize=A4)
    rows = [(f"Use class {i}", f"One space per {i + 2} sq. metres", False) for i in range(60)]
    tab_rows(c, [("Use", "Parking provision", True), *rows], HEIGHT - 60)
    c.showPage()
    c.setFont("Helvetica", 9)
    for k, text in enumerate(
        ["In 2014 the diagnosis rate", "stood at 46%, in 2019 it", "was 66.1%."]
    ):
        c.drawString(320, HEIGHT - 60 - 13 * k, text)
    for k, text in enumerate(["Waiting times to diagnosis", "Most referrals waited four weeks."]):
        c.drawString(60, HEIGHT - 66 - 13 * k, text)
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.pages == [1]
    assert len(table.grid()) == 61


def test_note_ending_a_page_under_an_unruled_table_does_not_stop_the_join(
    tmp_path: Path,
) -> None:
    """A table set with a tab stop ends its page with a note across both columns; the next
    page goes on with the table's rows."""
    path = tmp_path / "note-at-foot.pdf"
    c = Canvas(str(path), pagesize=A4)
    rows = [(f"Use class {i}", f"One space per {i + 2} sq. metres", False) for i in range(56)]
    y = tab_rows(c, [("Use", "Parking provision", True), *rows, ("", "", False)], HEIGHT - 60)
    note = [
        "The remaining parking standards are set out on the basis of the Use Classes defined",
        "in the 1987 Use Classes Order",
    ]
    c.setFont("Helvetica-Bold", 9)
    for k, line in enumerate(note):
        c.drawString(60, y - 12 * k, line)
    c.showPage()
    rest = [(f"Class B{i}", f"Two spaces per unit, plus {i} more", False) for i in range(1, 6)]
    tab_rows(c, rest, HEIGHT - 60)
    c.save()
    (table,) = read_pdf(path, sha256="x").top_tables
    assert table.pages == [1, 2]
    assert table.grid() == [
        ["Use", "Parking provision"],
        *([a, b] for a, b, _ in rows),
        [" ".join(note), ""],
        *([a, b] for a, b, _ in rest),
    ]
