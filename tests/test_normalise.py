"""normalise() on hand-built Documents: which rows become records and what each field holds."""

from __future__ import annotations

from councilplans.extractors.model import (
    Cell,
    Document,
    Heading,
    ListItem,
    Paragraph,
    Provenance,
    Table,
)
from councilplans.normalise import normalise

P = (Provenance(page=None),)


def table(
    rows: list[list[str]],
    spans: dict[tuple[int, int], tuple[int, int]] | None = None,
    header_rows: int = 0,
    row_pages: tuple[int, ...] = (),
) -> Table:
    """A Table from a grid; `spans` maps an anchor to (rowspan, colspan); covered cells are ''."""
    spans = spans or {}
    covered = {
        (r + i, c + j)
        for (r, c), (rs, cs) in spans.items()
        for i in range(rs)
        for j in range(cs)
        if (i, j) != (0, 0)
    }
    cells = tuple(
        Cell(text, r, c, *spans.get((r, c), (1, 1)))
        for r, row in enumerate(rows)
        for c, text in enumerate(row)
        if (r, c) not in covered
    )
    return Table(cells, len(rows), len(rows[0]), header_rows, P, row_pages=row_pages)


def doc(*blocks) -> Document:
    return Document("plan.docx", "0" * 64, "docx", None, tuple(blocks))


ACTION_PLAN = table(
    [
        ["Effective Early Support so that families know how to access services", "", "", "", ""],
        ["Action", "Milestone", "Start Date", "Review Date", "Named Person"],
        [
            "Produce the Early Support Strategy",
            "Draft Strategy is consulted upon",
            "June 2012",
            "September 2012",
            "Ali Stathers-Tracey",
        ],
        [
            "",
            "Roll out TAF implementation Workshops",
            "June/July 2012",
            "October 2012",
            "Ali Stathers-Tracey",
        ],
        ["Reduce road traffic accidents ion young people", "", "", "", "Road Safety"],
    ],
    spans={(0, 0): (1, 5), (2, 0): (2, 1)},
    header_rows=2,
)


def test_action_plan_rows() -> None:
    result = normalise(doc(Heading("Priorities and Milestones", 2, None, P), ACTION_PLAN))
    assert result.tables[0].kind == "action"
    first, second, third = result.records
    assert first.priority == "Effective Early Support so that families know how to access services"
    assert (first.action, first.measure) == (
        "Produce the Early Support Strategy",
        "Draft Strategy is consulted upon",
    )
    assert (first.start, first.date, first.owner) == (
        "June 2012",
        "September 2012",
        "Ali Stathers-Tracey",
    )
    assert second.action == "Produce the Early Support Strategy"
    assert second.measure == "Roll out TAF implementation Workshops"
    assert (second.row, second.table) == (3, 0)
    assert third.measure == third.action == "Reduce road traffic accidents ion young people"
    assert third.date is None and third.owner == "Road Safety"
    assert first.when is not None and first.when.end.isoformat() == "2012-09-30"
    assert first.heading_path == ("Priorities and Milestones",)


def test_bold_caption_is_the_priority_without_title_row() -> None:
    body = table([list(r) for r in ACTION_PLAN.grid()[1:4]], spans={(1, 0): (2, 1)}, header_rows=1)
    caption = Paragraph("Improved outcomes for Children in Care", P, bold=True)
    records = normalise(doc(caption, body)).records
    assert [r.priority for r in records] == ["Improved outcomes for Children in Care"] * 2


def test_indicator_grid_with_merges() -> None:
    grid = table(
        [
            ["Outcome", "Measure(s)", "Where are we now?", "Where do we want to be?"],
            ["National measures for child poverty will be included.", "", "", ""],
            [
                "Children are a healthy weight.",
                "National Child Measurement Programme - Reception",
                "10.9% (2014-2015)",
                "A reduction in the % of children in Reception",
            ],
            [
                "",
                "National Child Measurement Programme - Year 6",
                "24.1% (2014-2015)",
                "A reduction in the % of children in Year 6",
            ],
            [
                "All children are supported.",
                "% of Key Stage 2 children",
                "78% (N 80%) (2015 data)",
                "Strive to close the gap",
            ],
            ["", "% of Key Stage 4 pupils", "42.8% (N 53.8%) (2015 data)", ""],
        ],
        spans={(1, 0): (1, 4), (2, 0): (2, 1), (4, 0): (2, 1), (4, 3): (2, 1)},
        header_rows=1,
        row_pages=(5, 5, 5, 5, 6, 6),
    )
    records = normalise(doc(grid)).records
    assert [r.row for r in records] == [2, 3, 4, 5]
    assert records[1].priority == "Children are a healthy weight."
    assert records[1].baseline_value.number == 24.1
    assert records[3].target == "Strive to close the gap"
    assert records[3].baseline_value.comparator == "N 53.8%"
    assert [r.page for r in records] == [5, 5, 6, 6]
    assert all(r.kind == "indicator" for r in records)


def test_rating_priority_column_is_not_a_priority() -> None:
    plan = table(
        [
            [
                "Actions required",
                "Key activity",
                "Priority",
                "Outcomes required",
                "Officer responsible",
                "Review date",
            ],
            [
                "Early Support Strategy",
                "Evaluate and test early intervention models",
                "High",
                "Operationalise early intervention models",
                "Ali Stathers-Tracey",
                "January 2013",
            ],
        ],
        header_rows=1,
    )
    (record,) = normalise(doc(plan)).records
    assert record.priority is None
    assert ("Priority", "High") in record.extra
    assert record.action == "Early Support Strategy"
    assert record.target is None
    assert ("outcome_required", "Operationalise early intervention models") in record.extra


def test_risk_register() -> None:
    register = table(
        [
            [
                "Risk No.",
                "Risk description",
                "Impact *",
                "Likelihood *",
                "Mitigating actions",
                "Responsible officer",
                "Completion date",
            ],
            [
                "1",
                "Strategy not agreed by partners",
                "4",
                "2",
                "Task and finish group",
                "Roger Graham",
                "March 2011",
            ],
        ],
        header_rows=1,
    )
    result = normalise(doc(register))
    (record,) = result.records
    assert result.tables[0].kind == "risk"
    assert (record.measure, record.owner, record.date) == (
        "Strategy not agreed by partners",
        "Roger Graham",
        "March 2011",
    )
    assert (record.impact, record.likelihood) == ("4", "2")
    assert record.mitigation == "Task and finish group"
    assert (record.impact_number, record.likelihood_number) == (4.0, 2.0)
    assert record.baseline is None and record.baseline_value is None


def test_key_value_blocks() -> None:
    kv = table(
        [
            ["Sexual Health of Young People", ""],
            ["Strategy", "Staffordshire Teenage Pregnancy Strategy 2010-13"],
            ["Delivery Lead", "Jacqueline Small, Head of Health Improvement"],
            [
                "Overall Aim / Outcome",
                "• To establish a downward trend in the under 18 conception rate",
            ],
            ["Healthy Weights", ""],
            ["Delivery Leads", "Jo Robins, Consultant in Public Health"],
            ["Overall Aim / Outcome", "• The aim of this strategy is to increase the proportion"],
        ],
        spans={(0, 0): (1, 2), (4, 0): (1, 2)},
    )
    result = normalise(doc(kv))
    assert result.tables[0].kind == "keyvalue"
    first, second = result.records
    assert (first.kind, first.priority, first.row) == (
        "priority",
        "Sexual Health of Young People",
        3,
    )
    assert first.owner == "Jacqueline Small, Head of Health Improvement"
    assert first.measure.endswith("under 18 conception rate")
    assert ("Strategy", "Staffordshire Teenage Pregnancy Strategy 2010-13") in first.extra
    assert second.priority == "Healthy Weights" and second.owner.startswith("Jo Robins")


def test_scoring_matrix_and_contents_give_no_records() -> None:
    matrix = table(
        [
            ["Impact*", "Low (1)", "Reasonable (2)", "Major (3)"],
            ["Very likely (5)", "5 (5x1)", "10 (5x2)", "15 (5x3)"],
            ["Likely (4)", "4 (4x1)", "8 (4x2)", "12 (4x3)"],
            ["Possible (3)", "3 (3x1)", "6 (3x2)", "9 (3x3)"],
        ]
    )
    contents = table(
        [
            ["SECTION", "", "PAGE"],
            ["1", "Introduction", "3"],
            ["2", "Background of the Plan", "4"],
            ["3", "Purpose", "6"],
        ]
    )
    result = normalise(doc(matrix, contents))
    assert [t.kind for t in result.tables] == ["matrix", "contents"]
    assert result.records == ()


def test_narrative_priority_lists() -> None:
    blocks = [
        Heading("SUMMARY OF KEY PRIORITIES AND OBJECTIVES", 1, "3", P),
        Paragraph("Below is a summary of our key priorities.", P),
        Paragraph("Be Healthy:", P),
        ListItem("Reduce levels of obesity in children and young people.", 0, "•", P),
        Paragraph("Stay Safe:", P),
        ListItem("Reduce levels of bullying", 0, "•", P),
        Paragraph("Key initiatives for development", P),
        ListItem("Develop a Play Strategy", 0, "•", P),
        Heading("Background", 1, "4", P),
        ListItem("The total population will grow to over 204,000", 0, "•", P),
    ]
    records = normalise(doc(*blocks)).records
    assert [(r.kind, r.priority, r.measure) for r in records] == [
        ("priority", "Be Healthy", "Reduce levels of obesity in children and young people."),
        ("priority", "Stay Safe", "Reduce levels of bullying"),
    ]
    assert records[0].heading_path == ("SUMMARY OF KEY PRIORITIES AND OBJECTIVES",)


def test_lead_in_right_after_a_priority_list_goes_on_with_it() -> None:
    blocks = [
        Heading("Our Plan", 1, None, P),
        Paragraph("Our priorities are to:", P),
        ListItem("Reduce the impact of Child Poverty", 0, "•", P),
        Paragraph("We will work jointly with the Adults Partnership to:", P),
        ListItem("Prepare young people for adulthood", 0, "•", P),
        Paragraph("This is not an exhaustive list.", P),
        Paragraph("We will ask partners to:", P),
        ListItem("Report each quarter", 0, "•", P),
    ]
    records = normalise(doc(*blocks)).records
    assert [(r.priority, r.measure) for r in records] == [
        ("Our priorities are to", "Reduce the impact of Child Poverty"),
        (
            "We will work jointly with the Adults Partnership to",
            "Prepare young people for adulthood",
        ),
    ]


def test_priorities_named_in_running_text_are_not_a_label() -> None:
    """A passage whose last sentence ends "...two strategic priorities:" describes another
    body's priorities in passing; a one-sentence lead-in of any length announces a list."""
    blocks = [
        Heading("The Local Safeguarding Children Board", 2, None, P),
        Paragraph(
            "The Board works alongside the Trust. It has produced a Business Plan "
            "2012-2014. The Board has developed two strategic priorities:",
            P,
        ),
        ListItem("i. Reduce risk to children subject to Child Protection Plans", 0, "•", P),
        Heading("Our Plan", 2, None, P),
        Paragraph(
            "That is why, alongside a context of changing national policy, our priorities are to:",
            P,
        ),
        ListItem("Reduce the impact of Child Poverty", 0, "•", P),
    ]
    records = normalise(doc(*blocks)).records
    assert [(r.priority, r.measure) for r in records] == [
        (
            "That is why, alongside a context of changing national policy, our priorities are to",
            "Reduce the impact of Child Poverty",
        ),
    ]


def test_sections_and_metadata() -> None:
    blocks = [
        Paragraph("DELIVERY PLAN Version 3.1", P),
        Paragraph("DATE December 2009", P),
        Heading("Children and Young People's Plan 2012 – 2015", 1, None, P),
        Heading("Vision", 2, None, P),
        Paragraph("We will work together.", P),
        ListItem("Be healthy", 0, "•", P),
    ]
    result = normalise(doc(*blocks))
    assert result.metadata.period == "2012-2015"
    assert result.metadata.version == "3.1"
    assert result.metadata.date_raw == "December 2009"
    vision = result.sections[-1]
    assert vision.heading_path == ("Children and Young People's Plan 2012 – 2015", "Vision")
    assert vision.text == "We will work together.\n• Be healthy"


def test_text_before_the_first_heading_is_a_section_without_one() -> None:
    # It was dropped: a document without headings had no sections, so none of its text was
    # searchable, and its DOCX and PDF could not be told to be one plan.
    pages = (Provenance(page=2),)
    preamble = normalise(
        doc(
            Paragraph("DELIVERY PLAN Version 3.1", pages),
            ListItem("Be healthy", 0, "•", P),
            Heading("Vision", 1, None, P),
            Paragraph("We will work together.", P),
        )
    ).sections
    assert [(s.heading_path, s.level, s.text, s.first_page) for s in preamble] == [
        ((), 0, "DELIVERY PLAN Version 3.1\n• Be healthy", 2),
        (("Vision",), 1, "We will work together.", None),
    ]
    no_headings = normalise(doc(Paragraph("Smoking prevalence fell.", P))).sections
    assert [(s.heading_path, s.text) for s in no_headings] == [((), "Smoking prevalence fell.")]
    headed_first = normalise(doc(Heading("Vision", 1, None, P), Paragraph("Text.", P)))
    assert [s.heading_path for s in headed_first.sections] == [("Vision",)]


def test_payments_list_is_no_action_plan() -> None:
    """A spend return headed Date / Expense area / Supplier / Amount: 'area' and 'date' are
    words an action plan's header uses too, but its rows fall into a few expense areas again
    and again; a plan names a different thing to do in each row."""
    areas = ["ACUTE COMMISSIONING", "MENTAL HEALTH", "PRIMARY CARE"]
    rows = [
        [f"{1 + i % 28}/04/2020", areas[i % 3], f"Supplier {i} Ltd", f"{31000 + 97 * i:,}.00"]
        for i in range(12)
    ]
    payments = table([["Date", "Expense area", "Supplier", "Amount (£)"], *rows], header_rows=1)
    result = normalise(doc(payments))
    assert result.tables[0].kind == "other"
    assert result.records == ()


def test_action_list_with_twelve_different_actions_is_an_action_plan() -> None:
    actions = [f"Review the support offered to families in locality {i}" for i in range(12)]
    rows = [[a, f"March 20{20 + i}", "Early Help team"] for i, a in enumerate(actions)]
    plan = table([["Action", "By when", "Lead"], *rows], header_rows=1)
    result = normalise(doc(plan))
    assert result.tables[0].kind == "action"
    assert [r.measure for r in result.records] == actions


def test_timetable_under_headers_the_vocabulary_never_saw_gives_actions() -> None:
    """A local development scheme's timetable: 'Key plan-making stage' and 'February 2025'
    are no words the header vocabulary knows; the cells say what the columns are: stages,
    and dates finer than a year."""
    rows = [
        ["Regulation 18 consultation", "-", "12 November 2018"],
        ["Regulation 19 publication", "March-May 2024", "18 April 2024"],
        ["Submission", "Autumn 2024", "-"],
        ["Adoption", "Q3 2025", "-"],
    ]
    timetable = table(
        [["Key plan-making stage", "July 2024 version", "Actual"], *rows], header_rows=1
    )
    result = normalise(doc(timetable))
    assert result.tables[0].kind == "action"
    assert [(r.measure, r.date) for r in result.records] == [
        ("Regulation 18 consultation", "-"),
        ("Regulation 19 publication", "March-May 2024"),
        ("Submission", "Autumn 2024"),
        ("Adoption", "Q3 2025"),
    ]


def test_dated_columns_of_a_ledger_or_a_report_cover_give_no_actions() -> None:
    """Dates beside amounts are a ledger's; labels ending in a colon beside a date are a
    report's cover details. Neither is a timetable."""
    ledger = table(
        [
            ["Supplier", "Paid on", "Amount"],
            ["Acme Cleaning Ltd", "12 April 2024", "1,250.00"],
            ["Northern Rail", "19 April 2024", "86.40"],
            ["Town Hall Catering", "3 May 2024", "312.00"],
        ],
        header_rows=1,
    )
    cover = table(
        [
            ["Meeting:", "Cabinet Date: 11 March 2026"],
            ["Subject:", "Resource requirements for the finance team"],
            ["Report of:", "Head of Paid Service"],
            ["Decision date:", "18 March 2026"],
        ]
    )
    result = normalise(doc(ledger, cover))
    assert [t.kind for t in result.tables] != ["action", "action"]
    assert [r for r in result.records if r.kind == "action"] == []
