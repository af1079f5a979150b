"""Turn one classified table into Records: find the header, walk the body rows."""

from __future__ import annotations

import re
from dataclasses import dataclass

from councilplans.extractors.model import Cell, Table
from councilplans.normalise.classify import (
    is_figures,
    is_full_width,
    is_money,
    kind_from_fields,
    looks_like_contents,
    looks_like_keyvalue,
    looks_like_matrix,
    repeats_categories,
)
from councilplans.normalise.columns import (
    PLAN_EVIDENCE,
    SUBJECTS,
    from_header,
    grouped_items,
    map_columns,
)
from councilplans.normalise.headers import indicator_headers, rating_values
from councilplans.normalise.record import ColumnMapping as Mapping
from councilplans.normalise.record import Kind, Record, TableKind
from councilplans.normalise.values import period_of
from councilplans.normalise.vocab import fold, load_toml

# the kind of record each plan table gives: a KPI summary's rows are indicators
RECORD_KINDS: dict[str, Kind] = {
    "action": "action",
    "indicator": "indicator",
    "risk": "risk",
    "kpi": "indicator",
}
CARRIED_DOWN = ("action", "priority")  # an empty cell in these columns continues the row above
CURRENCY = re.compile(r"[£$€]")
MAX_HEADER = 90  # characters: a longer cell is content, not a column label


@dataclass(frozen=True, slots=True)
class Header:
    first: int  # first header row
    end: int  # first body row
    labels: tuple[str, ...]  # one label per column
    mappings: tuple[Mapping, ...]  # what each column holds, how sure and why

    @property
    def fields(self) -> tuple[str | None, ...]:
        """One record field (or None) per column."""
        return tuple(m.field for m in self.mappings)


@dataclass(frozen=True, slots=True)
class Context:
    """Where the table sits: its index in the document, heading path, caption before it."""

    index: int
    heading_path: tuple[str, ...] = ()
    caption: str | None = None


def column_texts(table: Table, row: int) -> list[str]:
    """Each column's text on a row, a merged cell's text repeated over the columns it spans."""
    return _texts(table.anchor_grid()[row])


def rows_texts(table: Table, start: int = 0) -> list[list[str]]:
    """``column_texts`` of every row from ``start`` down, the grid built once."""
    return [_texts(cells) for cells in table.anchor_grid()[start:]]


def _texts(cells: list[Cell | None]) -> list[str]:
    return [c.text if c is not None else "" for c in cells]


def _sub_header(table: Table, row: int, top: int) -> bool:
    """Given the header at `top`, is `row` a second header line under its spanning labels?"""
    above = table.anchor_grid()[top]
    here = table.anchor_grid()[row]
    filled = [c for c, cell in enumerate(here) if cell is not None and cell.text.strip()]
    spanning = {c for c, cell in enumerate(above) if cell is not None and cell.colspan > 1}
    return bool(filled) and all(c in spanning for c in filled)


def find_header(table: Table) -> Header | None:
    """Given a table, find its header row (skipping title rows) and map columns to fields.
    Under the rows drawn as its header, a row is data: its texts name no columns, and the
    columns are mapped by their cells from it down."""
    for row in range(min(4, table.n_rows)):
        if is_full_width(table, row):
            continue
        labels = column_texts(table, row)
        if _is_form_row(labels):
            continue
        below_drawn = 0 < table.header_rows <= row
        mappings = _map(table, row, [""] * table.n_cols if below_drawn else labels)
        too_long = not below_drawn and max(len(t) for t in labels) > MAX_HEADER
        if not _maps_enough(mappings) or too_long:
            continue
        if below_drawn or row >= table.header_rows and all(m.by_cells for m in mappings if m.field):
            # no header names a column and none was drawn as one: this row is data
            return Header(row, row, ("",) * table.n_cols, mappings)
        end = max(row + 1, table.header_rows)
        while end < table.n_rows and _sub_header(table, end, row):
            labels = [
                f"{a} {b}".strip() if a != b else a
                for a, b in zip(labels, column_texts(table, end), strict=True)
            ]
            end += 1
        return Header(row, end, tuple(labels), mappings)
    return None


def _maps_enough(mappings: tuple[Mapping, ...]) -> bool:
    """Two fields make a header; so does a lone column of actions its cells show (sentences
    opening with verbs, beside notes: ``columns.grouped_items``)."""
    fields = [m for m in mappings if m.field]
    return len(fields) >= 2 or [m.field for m in fields] == ["action"] and fields[0].by_cells


def _is_form_row(labels: list[str]) -> bool:
    """A row of a form, labels each before its value, not a header naming its columns: half
    its labels end in a colon ('Amendment name: | Labour Group's budget | Amendment number:
    | 1'), or labels alternate with empty cells for their values ('Name | | Date | ')."""
    texts = [t.strip() for t in labels if t.strip()]
    pairs = [(a.strip(), b.strip()) for a, b in zip(labels[::2], labels[1::2], strict=False)]
    alternate = len(pairs) >= 2 and all(a and not b for a, b in pairs)
    return alternate or bool(texts) and 2 * sum(1 for t in texts if t.endswith(":")) >= len(texts)


def _map(table: Table, row: int, labels: list[str]) -> tuple[Mapping, ...]:
    """Given a header row, map its columns by their labels and, where the labels are words
    the vocabulary never saw, by their cells (``columns.map_columns``). A subject the cells
    found is dropped where the table is something else: a ledger or statistics (a column of
    figures no header names, with no header naming a date, owner, target or the like), or
    labels beside values."""
    body: list[list[str]] = [[] for _ in labels]
    for cell in table.cells:
        if cell.row > row:
            body[cell.col].append(cell.text)
    mappings = map_columns(labels, body)
    if sum(1 for m in mappings if m.field) < 2 and row < table.header_rows:
        grouped = grouped_items(labels, body, rows_texts(table, row + 1))
        if grouped:
            return grouped  # headed labels beside sentences: no key/value block
    by_cells = [m.by_cells for m in mappings]
    subject = [c for c, m in enumerate(mappings) if m.field in SUBJECTS and by_cells[c]]
    by_header = {m.field for m, cells in zip(mappings, by_cells, strict=True) if not cells}
    figures = any(is_figures(texts) for m, texts in zip(mappings, body, strict=True) if not m.field)
    if subject and (
        (figures and not by_header & PLAN_EVIDENCE) or _labels_values(table, row, body)
    ):
        return tuple(from_header(labels[c]) if c in subject else m for c, m in enumerate(mappings))
    return mappings


def _labels_values(table: Table, row: int, body: list[list[str]]) -> bool:
    """Whether a table is labels beside their values (a key/value block; a report's cover
    details, their labels ending in a colon: 'Date: | 5 March'), not a plan: its cells say
    nothing about the rows' subject."""
    keys = [t.strip() for t in [column_texts(table, row)[0], *body[0]] if t.strip()]
    return looks_like_keyvalue(table, _key_fields(table)) or 2 * sum(
        1 for t in keys if t.endswith(":")
    ) >= len(keys)


def _is_rating_column(table: Table, col: int, start: int) -> bool:
    values = {
        fold(c.text) for c in table.cells if c.col == col and c.row >= start and c.text.strip()
    }
    return bool(values) and values <= rating_values()


def _row_values(table: Table, row: int, header: Header) -> dict[int, str]:
    """Column -> text for one body row; a cell merged down carries its text, one merged
    across counts only in its first column."""
    values = {}
    for col, cell in enumerate(table.anchor_grid()[row]):
        values[col] = cell.text.strip() if cell is not None and cell.col == col else ""
    return values


def _field_map(table: Table, header: Header) -> tuple[dict[str, int], list[int]]:
    fields: dict[str, int] = {}
    extras: list[int] = []
    for col, name in enumerate(header.fields):
        if name == "priority" and _is_rating_column(table, col, header.end):
            name = None
        if name and name not in fields:
            fields[name] = col
        else:
            extras.append(col)
    if "action" in fields and "measure" not in fields:
        fields["measure"] = fields.pop("action")
    return fields, extras


def _caption_priority(context: Context) -> str | None:
    caption = (context.caption or "").strip()
    return caption if caption and not caption.endswith(":") else None


@dataclass
class _Walker:
    table: Table
    header: Header
    kind: Kind
    context: Context

    def records(self) -> list[Record]:
        fields, extras = _field_map(self.table, self.header)
        group = None
        if self.kind != "risk":  # a register's title is not a priority it serves
            group = self._title_above() or _caption_priority(self.context)
        carried: dict[str, str] = {}
        out = []
        for row in range(self.header.end, self.table.n_rows):
            if is_full_width(self.table, row):
                title = column_texts(self.table, row)[0].strip()
                group = None if self.kind == "risk" else title
                carried = {}
                continue
            values = _row_values(self.table, row, self.header)
            if not any(values.values()) or self._repeats_header(values):
                continue
            out.append(self.record(row, values, fields, extras, group, carried))
        return out

    def _header_period(self, fields: dict[str, int]) -> str | None:
        """The period the actual column's header names ('Q3 2024/25 actual'), if any."""
        if "actual" not in fields:
            return None
        return period_of(self.header.labels[fields["actual"]])

    def _title_above(self) -> str | None:
        titles = [
            column_texts(self.table, r)[0].strip()
            for r in range(self.header.first)
            if is_full_width(self.table, r)
        ]
        return titles[-1] if titles else None

    def _repeats_header(self, values: dict[int, str]) -> bool:
        labels = [fold(t) for t in self.header.labels]
        return [fold(values[c]) for c in range(len(labels))] == labels

    def record(
        self,
        row: int,
        values: dict[int, str],
        fields: dict[str, int],
        extras: list[int],
        group: str | None,
        carried: dict[str, str],
    ) -> Record:
        get = {name: values[col] or None for name, col in fields.items()}
        for name in CARRIED_DOWN:
            if name in fields and self.kind in {"action", "indicator"}:
                get[name] = get[name] or carried.get(name)
                carried[name] = get[name] or ""
        measure = get.get("measure") or get.get("action")
        extra = tuple(
            (self.header.labels[c].strip() or f"column {c + 1}", values[c])
            for c in extras
            if values[c]
        )
        return Record(
            kind=self.kind,
            priority=get.get("priority") or group,
            action=get.get("action") if "measure" in fields and "action" in fields else None,
            measure=measure,
            baseline=get.get("baseline"),
            target=get.get("target"),
            owner=get.get("owner"),
            date=get.get("date"),
            start=get.get("start"),
            status=get.get("status"),
            impact=get.get("impact"),
            likelihood=get.get("likelihood"),
            score=get.get("score"),
            mitigation=get.get("mitigation"),
            actual=get.get("actual"),
            floor=get.get("floor"),
            period=get.get("period") or self._header_period(fields),
            page=self.table.page_of_row(row),
            table=self.context.index,
            row=row,
            heading_path=self.context.heading_path,
            extra=extra
            + tuple(
                (n, values[fields[n]]) for n in _EXTRA_FIELDS if n in fields and values[fields[n]]
            ),
        )


_EXTRA_FIELDS = ("reference", "outcome_required")  # fields the Record has no place for


def _key(label: str) -> str:
    return fold(label.replace("/", " "))


def _key_fields(table: Table) -> dict[int, str]:
    keys = load_toml("keyvalue.toml")["keys"]
    lookup = {_key(k): name for name, words in keys.items() for k in words}
    found = {}
    for row, texts in enumerate(rows_texts(table)):
        label = _key(texts[0])
        if label in lookup and not is_full_width(table, row):
            found[row] = lookup[label]
    return found


def keyvalue_records(table: Table, context: Context) -> list[Record]:
    """One record per titled block of a key/value table: title, aim (measure), lead (owner)."""
    keys = _key_fields(table)
    out: list[Record] = []
    title_row, title = -1, None
    got: dict[str, str] = {}
    extra: list[tuple[str, str]] = []
    rows: dict[str, int] = {}
    extra_or_key: str | int | None = None  # where a continuation row's value goes
    for row in range(table.n_rows + 1):
        if row == table.n_rows or is_full_width(table, row):
            if title is not None and got:
                at = rows.get("measure", rows.get("owner", title_row))
                out.append(_keyvalue_record(table, context, at, title, got, extra))
            if row < table.n_rows:
                title_row, title = row, column_texts(table, row)[0].strip()
                got, extra, rows, extra_or_key = {}, [], {}, None
            continue
        label, value = (t.strip() for t in column_texts(table, row)[:2])
        if _continues_key(table, row) and extra_or_key is not None:
            _append(got, extra, extra_or_key, value)
            continue
        if row in keys and keys[row] not in got:
            got[keys[row]] = value
            rows[keys[row]] = row
            extra_or_key = keys[row]
        elif label or value:
            extra.append((label, value))
            extra_or_key = len(extra) - 1
    return out


def _continues_key(table: Table, row: int) -> bool:
    """The label cell is merged down from the row above, or empty: the value continues."""
    label = table.anchor_grid()[row][0]
    return label is None or label.row < row or not label.text.strip()


def _append(
    got: dict[str, str], extra: list[tuple[str, str]], where: str | int, value: str
) -> None:
    if not value:
        return
    if isinstance(where, str):
        got[where] = "\n".join(filter(None, [got[where], value]))
    else:
        label, text = extra[where]
        extra[where] = (label, "\n".join(filter(None, [text, value])))


def _keyvalue_record(
    table: Table,
    context: Context,
    row: int,
    title: str,
    got: dict[str, str],
    extra: list[tuple[str, str]],
) -> Record:
    return Record(
        kind="priority",
        priority=title,
        measure=got.get("measure") or None,
        owner=got.get("owner") or None,
        page=table.page_of_row(row),
        table=context.index,
        row=row,
        heading_path=context.heading_path,
        extra=tuple(extra),
    )


def classify_table(table: Table) -> tuple[TableKind, Header | None]:
    """Given a table, return its kind and header (None for kinds without one)."""
    if looks_like_contents(table):
        return "contents", None
    if looks_like_matrix(table):
        return "matrix", None
    keys = _key_fields(table) if table.n_cols == 2 else {}  # key/value blocks have two
    if len(set(keys.values())) >= 2:
        return "keyvalue", None  # labels the key vocabulary knows, down the first column
    header = find_header(table)
    kind = kind_from_fields(list(header.fields)) if header else None
    if kind == "action" and header and _lists_indicators(header):
        kind = "indicator"
    if kind in {"action", "indicator", "kpi"} and header and _lists_spending(table, header):
        return "other", header  # a ledger, a contract register: its rows are spending
    if kind and header:
        return kind, header
    if looks_like_keyvalue(table, keys):
        return "keyvalue", None
    return "other", header


def _lists_indicators(header: Header) -> bool:
    """Whether an 'action plan' of priorities and measures is an indicator grid: nothing
    says who does what by when, and its measure column is headed by a word that names
    indicators ('Measure/s', 'Indicator': ``[kinds] indicator_headers`` in headers.toml),
    not what each goal means."""
    fields = set(header.fields)
    if fields & {"date", "owner", "start", "status", "action"}:
        return False
    measure = header.mappings[header.fields.index("measure")] if "measure" in fields else None
    return measure is not None and measure.synonym in indicator_headers()


def _lists_spending(table: Table, header: Header) -> bool:
    """Whether a table lists spending, not a plan: a column no field is mapped to holds sums
    of money (a contract register's values, a grant list's amounts, figures under 'Value
    £'), or the column the header names as actions (or else measures) repeats category
    values down the table (``classify.repeats_categories``: a payments list's expense
    areas)."""
    body: list[list[str]] = [[] for _ in header.fields]
    for cell in table.cells:
        if cell.row >= header.end:
            body[cell.col].append(cell.text)
    for label, field, texts in zip(header.labels, header.fields, body, strict=True):
        if not field and (is_money(texts) or CURRENCY.search(label) and is_figures(texts)):
            return True
    for name in ("action", "measure"):
        if name in header.fields:
            return repeats_categories(table, header.fields.index(name), header.end)
    return False


def table_records(
    table: Table, context: Context
) -> tuple[TableKind, tuple[Mapping, ...], list[Record]]:
    """Given a table and its context, return its kind, what each column holds (for a table
    with a header) and the records of its data rows."""
    kind, header = classify_table(table)
    columns = header.mappings if header else ()
    if kind == "keyvalue":
        return kind, (), keyvalue_records(table, context)
    if kind in RECORD_KINDS and header is not None:
        walker = _Walker(table, header, RECORD_KINDS[kind], context)
        return kind, columns, walker.records()
    return kind, columns, []
