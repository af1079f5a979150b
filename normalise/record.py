"""The models normalise() returns: Records on the common schema, and what else it judged.

Every parsed value keeps the raw text it came from (``raw``); a value that cannot be parsed
keeps its text and gets no number, never a guessed one. The closed vocabularies (record kinds,
table kinds, statuses) are spelled out here once, as ``Literal`` types.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal, get_args

from councilplans.extractors.model import Block, Heading, Table

Kind = Literal["action", "indicator", "risk", "priority"]
TableKind = Literal["action", "indicator", "risk", "kpi", "keyvalue", "matrix", "contents", "other"]
Status = Literal["ok", "partial", "failed", "skipped"]  # what became of one file
DateStatus = Literal["ongoing", "tbc"]
Direction = Literal["increase", "decrease", "maintain"]
Precision = Literal["day", "month", "quarter", "year", "financial_year"]

KINDS: tuple[Kind, ...] = get_args(Kind)
STATUSES: tuple[Status, ...] = get_args(Status)


@dataclass(frozen=True, slots=True)
class Value:
    """A baseline or target: '62.7% (National (N) 66%)' -> number 62.7, unit '%'."""

    raw: str
    number: float | None = None
    unit: str | None = None  # "%", "£", "per 1,000", "count"
    period: str | None = None  # "2014-2015", "2015", "Quarter 3 2015-2016"
    comparator: str | None = None  # "national 66%"
    direction: Direction | None = None


@dataclass(frozen=True, slots=True)
class When:
    """A date cell: 'June/July 2012', 'Q3 2013/14', 'Ongoing', 'TBC'."""

    raw: str
    start: dt.date | None = None
    end: dt.date | None = None
    precision: Precision | None = None
    status: DateStatus | None = None


@dataclass(frozen=True, slots=True)
class Owner:
    """Who is accountable: people, roles and organisations found in the cell."""

    raw: str
    people: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Record:
    """One data row of an action plan, indicator grid or risk register, or one narrative priority.

    ``priority``..``mitigation`` are the raw texts (None when the row has no such field);
    the parsed forms sit beside them (a risk's impact, likelihood and score as numbers
    where the cell opens with one). ``table`` is the table's index in its document
    (None for narrative records) and ``row`` the grid row within that table.
    ``extra`` holds every other column as (header, raw text).
    """

    kind: Kind
    priority: str | None
    measure: str | None
    action: str | None = None
    baseline: str | None = None
    target: str | None = None
    owner: str | None = None
    date: str | None = None
    start: str | None = None
    status: str | None = None  # a status or progress column: 'Complete', 'On track', 'Amber'
    impact: str | None = None  # a risk's impact, likelihood and score as printed
    likelihood: str | None = None
    score: str | None = None
    mitigation: str | None = None
    actual: str | None = None  # a KPI's actual ('outturn'), its floor, the period reported on
    floor: str | None = None
    period: str | None = None
    page: int | None = None
    table: int | None = None
    row: int | None = None
    heading_path: tuple[str, ...] = ()
    extra: tuple[tuple[str, str], ...] = ()
    baseline_value: Value | None = None
    target_value: Value | None = None
    when: When | None = None
    owner_parsed: Owner | None = None
    actual_value: Value | None = None
    floor_value: Value | None = None
    impact_number: float | None = None
    likelihood_number: float | None = None
    score_number: float | None = None
    indicator_code: str | None = None
    theme: str | None = None


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the narrative text under it, up to the next heading of its level or above."""

    heading_path: tuple[str, ...]
    level: int
    text: str
    first_page: int | None
    last_page: int | None


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """The record field one column holds (None: kept as an extra column), how sure that is
    (0-1) and why: "header 'Lead officer': exact 'lead officer'", "cells: 9 of 10 dates
    finer than a year"."""

    field: str | None
    confidence: float
    evidence: str
    synonym: str | None = None  # the header vocabulary's word it matched, if any

    @property
    def by_cells(self) -> bool:
        return self.evidence.startswith("cells")


@dataclass(frozen=True, slots=True)
class TableInfo:
    """One top-level table of the document (in document order) and what the normaliser
    made of it."""

    index: int
    kind: TableKind
    table: Table
    heading_path: tuple[str, ...] = ()
    caption: str | None = None
    columns: tuple[ColumnMapping, ...] = ()  # what each column holds, for tables with a header


@dataclass(frozen=True, slots=True)
class Authority:
    """One council of the register (data/authorities.csv)."""

    code: str
    name: str  # the register's nice name: "Stoke-on-Trent"
    official_name: str
    alt_names: tuple[str, ...]
    type: str
    nation: str
    region: str
    gss_code: str
    current: bool


@dataclass(frozen=True, slots=True)
class Metadata:
    """Document facts read from its text; each keeps the raw text it came from."""

    title: str | None = None
    authority: Authority | None = None  # the council the document belongs to
    authority_raw: str | None = None  # its name as the opening prints it, if it does
    authority_evidence: str | None = None  # where it was named: "running: 'Kent County ...'"
    authority_confidence: float | None = None  # the share of the naming that went to it
    publisher: str | None = None  # the body that published it, when no principal council
    period: str | None = None  # "2012-2015"
    period_raw: str | None = None  # "2012 – 2015"
    version: str | None = None  # "3.1"
    version_raw: str | None = None  # "Version 3.1"
    date_raw: str | None = None  # "December 2009"
    date: When | None = None


@dataclass(frozen=True, slots=True)
class ContentsEntry:
    text: str  # the entry as printed, without its number and page
    number: str | None = None  # "2", "2.1", "B"
    page_label: str | None = None  # the page number printed beside it

    @property
    def level(self) -> int | None:
        """The level its numbering implies ("2.1" is level 2), None when unnumbered."""
        if self.number and re.fullmatch(r"(\d+\.)*\d+", self.number):
            return self.number.count(".") + 1
        return None


@dataclass(frozen=True, slots=True)
class ContentsCheck:
    """How the headings agree with the contents page."""

    entries: tuple[ContentsEntry, ...]
    matched: tuple[tuple[ContentsEntry, Heading], ...]
    promoted: tuple[tuple[ContentsEntry, Heading], ...]  # paragraphs made headings
    missing: tuple[ContentsEntry, ...]  # entries with no heading at all

    def warnings(self) -> list[str]:
        return [f"contents entry {e.text!r} matches no heading" for e in self.missing]


@dataclass(frozen=True, slots=True)
class Normalised:
    """Everything normalise() makes of one Document: the one judgement of each fact.

    ``blocks`` are the document's blocks as judged (paragraphs the contents page names made
    headings); ``tables`` the top-level tables with their kinds; ``metadata`` holds the one
    title and the one authority. ``warnings`` are all the reader should know; ``lost`` those
    of them that mean part of the file could not be read (the document is then partial);
    ``notes`` those that lose nothing (the pages read by OCR).
    """

    records: tuple[Record, ...]
    sections: tuple[Section, ...]
    tables: tuple[TableInfo, ...]
    metadata: Metadata
    contents: ContentsCheck | None = None  # how the headings agree with the contents page
    blocks: tuple[Block, ...] = ()
    warnings: tuple[str, ...] = ()
    lost: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def status(self) -> Literal["ok", "partial"]:
        return "partial" if self.lost else "ok"
