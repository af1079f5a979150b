"""Columns the header vocabulary has never seen, mapped from what their cells hold (issue 12).

Each table is laid out as a real plan of that class lays it out (the development set's
action plans, registers, timetables and lists); the words are invented for the test.
"""

from __future__ import annotations

from councilplans.normalise import normalise
from councilplans.normalise.columns import from_cells, is_action
from councilplans.normalise.rows import classify_table
from tests.test_normalise import doc, table


def test_six_column_action_plan_keeps_each_field_its_meaning() -> None:
    """Action, description, success, delivery partners, status, latest update: who delivers
    is the owner, how success is recognised the target, the status and the latest update
    are progress (never a baseline)."""
    plan = table(
        [
            ["Action", "Description", "Success", "Delivery partners", "Status", "Latest update"],
            [
                "Map community transport routes",
                "Survey the routes run by volunteer groups",
                "Every ward has a mapped route",
                "Transport team, Voluntary Action",
                "On track",
                "Survey returned by 14 of 20 groups",
            ],
            [
                "Open two warm spaces in libraries",
                "Extend opening hours in winter",
                "Two spaces open by December",
                "Libraries service",
                "Complete",
                "Both opened in November",
            ],
        ],
        header_rows=1,
    )
    result = normalise(doc(plan))
    assert result.tables[0].kind == "action"
    first, second = result.records
    assert (first.measure, first.target, first.owner, first.status) == (
        "Map community transport routes",
        "Every ward has a mapped route",
        "Transport team, Voluntary Action",
        "On track",
    )
    assert first.baseline is None and second.baseline is None
    assert ("Latest update", "Survey returned by 14 of 20 groups") in first.extra
    assert ("Description", "Extend opening hours in winter") in second.extra


def test_risk_register_keeps_likelihood_impact_and_score_as_numbers() -> None:
    register = table(
        [
            ["Risk", "Likelihood", "Impact", "Risk score", "Controls", "Risk owner"],
            ["Loss of grant funding", "3", "4", "12", "Quarterly review with funders", "CFO"],
            ["Data breach in case system", "2", "5", "10 (2x5)", "Access audit", "Head of IT"],
        ],
        header_rows=1,
    )
    result = normalise(doc(register))
    assert result.tables[0].kind == "risk"
    first, second = result.records
    assert (first.likelihood_number, first.impact_number, first.score_number) == (3, 4, 12)
    assert (second.score, second.score_number) == ("10 (2x5)", 10)
    assert first.mitigation == "Quarterly review with funders"
    assert first.baseline is None and first.baseline_value is None and first.target is None


def test_status_column_is_read_from_its_cells() -> None:
    """'Comments' could hold anything; here every cell reports how far an item got."""
    items = table(
        [
            ["Item", "Comments"],
            ["Search several data sources and file types at once", "Achieved. See the DPIA."],
            ["Create a chronology of each child's case from the records", "Achieved (partial)."],
            ["Show a map of the people and addresses linked to a case", "Not achieved."],
        ],
        header_rows=1,
    )
    kind, header = classify_table(items)
    assert kind == "action" and header is not None
    status = header.mappings[1]
    assert (status.field, status.confidence) == ("status", 1.0)
    assert status.evidence == "cells: 3 of 3 statuses"
    assert header.mappings[0].field == "measure" and header.mappings[0].by_cells
    records = normalise(doc(items)).records
    assert [r.status for r in records] == [
        "Achieved. See the DPIA.",
        "Achieved (partial).",
        "Not achieved.",
    ]
    assert all(r.baseline is None for r in records)


def test_owner_column_is_read_from_its_cells() -> None:
    plan = table(
        [
            ["Task", "Delivered through", "Deadline"],
            ["Publish the housing register review", "Housing Options team", "March 2026"],
            ["Agree the discharge protocol", "NHS Sussex", "June 2026"],
            ["Report to scrutiny", "Head of Housing", "July 2026"],
        ],
        header_rows=1,
    )
    kind, header = classify_table(plan)
    assert kind == "action" and header is not None
    assert header.fields == ("measure", "owner", "date")
    assert header.mappings[1].evidence == "cells: 3 of 3 names of people or bodies"
    assert header.mappings[0].evidence == "header 'Task': exact 'task'"
    assert [r.owner for r in normalise(doc(plan)).records][1] == "NHS Sussex"


def test_actions_and_sentences_and_labels_are_told_apart() -> None:
    actions = [
        "Review the referral pathway with the hospital teams",
        "Train staff in the new case management tool",
        "To publish a map of community groups each quarter",
    ]
    assert from_cells(actions).field == "action"
    assert is_action("offer a home visit to every carer") and is_action("o Offer a home visit")
    sentences = [
        "People know where to go for advice about memory",
        "Carers are supported to look after their own health",
    ]
    assert from_cells(sentences).field == "measure"
    assert from_cells(["Care homes", "Hospital wards", "Own home"]).field == "label"
    assert from_cells(["12", "15.5%", "£3,000"]).field is None


def test_short_headings_beside_sentences_are_priorities_but_a_glossary_is_no_plan() -> None:
    """A slide's two columns, a setting and what to do there, under a header row. The same
    shape headed 'Term | Definition' is a glossary."""
    rows = [
        [
            "Care homes",
            "Assess every resident's risk of falling when they arrive and again"
            " after any fall, with the care home support team",
        ],
        [
            "Own home",
            "Offer a free home safety visit after any fall reported to the GP, and"
            " fit grab rails where the visit finds a need",
        ],
        [
            "Hospital wards",
            "Review the medicines that cause dizziness before discharge and"
            " tell the GP what was changed",
        ],
    ]
    settings = table([["Setting", "Falls prevention"], *rows], header_rows=1)
    records = normalise(doc(settings)).records
    assert [(r.kind, r.priority, r.measure) for r in records] == [
        ("action", label, text) for label, text in rows
    ]
    glossary = table([["Term", "Definition"], *rows], header_rows=1)
    assert normalise(doc(glossary)).records == ()


def test_a_register_of_spending_gives_no_plan_records() -> None:
    """Start and end dates and a supplier look like a plan's; the column of sums of money
    says the rows are contracts."""
    contracts = table(
        [
            ["Title", "Supplier", "Start Date", "End Date", "Estimated Annual Value"],
            ["Professional consultancy", "LGRC", "Mar-16", "Mar-18", "£32,400"],
            ["Office accommodation", "Moor Hall Developments", "Jul-16", "Oct-17", "£12,170"],
            ["Summer florals", "City Council", "Nov-17", "Sep-18", "£-"],
        ],
        header_rows=1,
    )
    result = normalise(doc(contracts))
    assert result.tables[0].kind == "other" and result.records == ()


def test_statistics_with_shares_are_no_plan() -> None:
    """'Area' and 'activities' are header words of plans; the cells are counts."""
    census = table(
        [
            ["Area", "Total Population", "Day-to-day activities limited a lot"],
            ["Adur", "61,182", "5,592 (9%)"],
            ["Arun", "149,518", "13,984 (9%)"],
            ["Crawley", "106,597", "7,001 (6%)"],
        ],
        header_rows=1,
    )
    assert normalise(doc(census)).records == ()


def test_timetable_versions_side_by_side_give_the_latest() -> None:
    rows = [
        ["Regulation 18 published", "-", "12 November 2018", "-"],
        ["Submission", "August 2024", "29 August 2024", "-"],
        ["Inspector's report", "-", "-", "Autumn 2025"],
        ["Adoption", "-", "-", "Spring 2026"],
    ]
    timetable = table(
        [["Key plan-making stage", "July 2024 version", "Actual", "February 2025"], *rows],
        header_rows=1,
    )
    records = normalise(doc(timetable)).records
    assert [(r.measure, r.date) for r in records] == [(row[0], row[3]) for row in rows]


def test_a_band_row_drawn_as_header_is_followed_by_data_rows() -> None:
    """A timetable with no header: its first row, drawn bold across the table, is a stage
    group; every row under it is a stage."""
    timetable = table(
        [
            ["Regulation 18 – Preparation", ""],
            ["Issues and options", "Completed – October 2019"],
            ["Draft local plan", "Completed – August-October 2022"],
            ["Regulation 19 – Publication", ""],
            ["Publication draft", "May 2026"],
        ],
        spans={(0, 0): (1, 2), (3, 0): (1, 2)},
        header_rows=1,
    )
    records = normalise(doc(timetable)).records
    assert [(r.priority, r.measure) for r in records] == [
        ("Regulation 18 – Preparation", "Issues and options"),
        ("Regulation 18 – Preparation", "Draft local plan"),
        ("Regulation 19 – Publication", "Publication draft"),
    ]


def test_a_sign_off_form_is_no_timetable() -> None:
    form = table(
        [
            ["Name", "", "Date", ""],
            ["", "A. Officer", "", "28.3.2019"],
            ["Your position", "Director of Public Health", "", ""],
        ]
    )
    assert normalise(doc(form)).records == ()


def test_a_code_list_and_a_questionnaire_are_no_plans() -> None:
    """Codes beside their descriptions are a data dictionary; questions beside Yes/No are a
    form's answers, not statuses."""
    codes = table(
        [
            ["Code", "Description"],
            ["1A", "Alcohol misuse: concerns about alcohol misuse by the child or young person"],
            [
                "1B",
                "Alcohol misuse: concerns about alcohol misuse by the parent or carer of a child",
            ],
            ["2A", "Drug misuse: concerns about drug misuse by the child or young person in need"],
        ],
        header_rows=1,
    )
    questions = table(
        [
            ["Is there national evidence or data that you can use? Answer: Yes/No", "Yes"],
            ["Have you consulted with stakeholders about the change? Answer: Yes/No", "Yes"],
            ["Is it possible to get the data in a timely and cost effective way?", "No"],
        ]
    )
    result = normalise(doc(codes, questions))
    assert [t.kind for t in result.tables] != ["action", "action"]
    assert result.records == ()


def test_an_options_appraisal_is_no_risk_register() -> None:
    """'Impact on ...' columns weigh alternatives; a register scores or mitigates its risks."""
    options = table(
        [
            ["Alternative", "Impact on income and expenditure", "Impact on risk management"],
            [
                "Invest in a narrower range of counterparties",
                "Interest income will be lower",
                "Lower chance of losses from credit related defaults",
            ],
            [
                "Borrow additional sums at long-term fixed rates",
                "Debt interest costs will rise",
                "Higher investment balance leading to a higher impact of any default",
            ],
        ],
        header_rows=1,
    )
    assert normalise(doc(options)).tables[0].kind != "risk"


def test_rows_under_the_drawn_header_are_data_whatever_their_words() -> None:
    """The header is drawn (bold, shaded) on the first row, which names no field; the second
    row's 'Date of Birth' is a data item, not a header saying where dates are."""
    items = table(
        [
            ["Item number", "Data Item", "Annex A text"],
            ["Item 4", "Date of Birth", "DOB"],
            ["Item 6", "Gender", "Sex"],
            ["Item 9", "ID", "Child's unique ID"],
        ],
        header_rows=1,
    )
    assert normalise(doc(items)).records == ()


def test_actions_beside_notes_are_an_action_list() -> None:
    """Two columns under a header row: what to do, each opening with a verb, and where to
    refer; nothing else says it is a plan, the verbs do."""
    rows = [
        [
            "Improve strength, balance and mobility with a twelve week exercise programme",
            "Falls Prevention, West Sussex Wellbeing: self-referral online or by phone",
        ],
        [
            "Reduce home hazards with a free Safe and Well Visit from the fire service",
            "Safe and Well Visit: refer online, or the resident can call the service",
        ],
        [
            "Make small home adaptations such as grab rails and half steps where needed",
            "Equipment: the online store, or a referral from an occupational therapist",
        ],
    ]
    services = table(
        [["What this service addresses", "Referral information"], *rows], header_rows=1
    )
    records = normalise(doc(services)).records
    assert [(r.kind, r.measure) for r in records] == [("action", row[0]) for row in rows]
    assert records[0].extra == (("Referral information", rows[0][1]),)


def test_kpi_summary_keeps_actual_target_floor_and_period() -> None:
    """A quarterly KPI report: the actual for the quarter its header names, the target and
    the floor; the rows are indicators, the actual never a baseline."""
    report = table(
        [
            ["Indicator", "Q3 2024/25 Actual", "Target", "Floor", "RAG"],
            ["Percentage of calls answered in 3 minutes", "79%", "85%", "75%", "Amber"],
            ["Freedom of information requests answered in time", "93.1%", "92%", "90%", "Green"],
        ],
        header_rows=1,
    )
    result = normalise(doc(report))
    assert result.tables[0].kind == "kpi"
    first, second = result.records
    assert (first.kind, first.actual, first.target, first.floor) == (
        "indicator",
        "79%",
        "85%",
        "75%",
    )
    assert (first.period, first.status) == ("2024/25", "Amber")
    assert (second.actual_value.number, second.floor_value.number) == (93.1, 90.0)
    assert first.baseline is None and second.baseline is None
