"""Map a Document's tables and narrative onto Records (see record.py), judging every fact once.

>>> from councilplans.extractors import extract
>>> from councilplans.normalise import normalise
>>> result = normalise(extract("samples/stoke-on-trent-cyp-plan-2016-20.docx"))
>>> result.records[0].measure
'Reduce the under 18 conception rate'
>>> result.metadata.authority.name
'Stoke-on-Trent'
"""

from __future__ import annotations

import dataclasses

from councilplans.extractors.model import Block, Document, Paragraph, Table
from councilplans.normalise.classify import looks_like_contents
from councilplans.normalise.contents import check_contents
from councilplans.normalise.dates import parse_when
from councilplans.normalise.indicators import find_indicator_code
from councilplans.normalise.metadata import read_metadata
from councilplans.normalise.narrative import priority_records, sections, walk
from councilplans.normalise.owners import parse_owner
from councilplans.normalise.record import Authority, Normalised, Record, TableInfo
from councilplans.normalise.rows import Context, table_records
from councilplans.normalise.themes import find_theme
from councilplans.normalise.values import leading_number, parse_value

__all__ = ["normalise", "parse_owner", "parse_value", "parse_when", "Normalised", "Record"]


def _caption(previous: Block | None) -> str | None:
    if isinstance(previous, Paragraph) and previous.bold:
        return previous.text
    return None


def enrich(record: Record) -> Record:
    """Add the parsed forms (values, dates, owners, indicator code, theme) beside the raw text."""
    return dataclasses.replace(
        record,
        baseline_value=parse_value(record.baseline),
        target_value=parse_value(record.target),
        actual_value=parse_value(record.actual),
        floor_value=parse_value(record.floor),
        when=parse_when(record.date or record.start),
        owner_parsed=parse_owner(record.owner),
        impact_number=leading_number(record.impact),
        likelihood_number=leading_number(record.likelihood),
        score_number=leading_number(record.score),
        indicator_code=find_indicator_code(record.measure, record.priority),
        # a priority's wording names many topics; the row's own text decides its theme
        theme=find_theme(record.measure, record.action),
    )


def _table_pass(blocks: tuple[Block, ...]) -> tuple[list[TableInfo], list[Record]]:
    infos: list[TableInfo] = []
    records: list[Record] = []
    previous: Block | None = None
    for block, path in walk(blocks):
        if isinstance(block, Table) and block.parent is None:
            context = Context(len(infos), path, _caption(previous))
            kind, columns, found = table_records(block, context)
            infos.append(TableInfo(context.index, kind, block, path, context.caption, columns))
            records.extend(found)
        previous = block
    return infos, records


def normalise(doc: Document, authority: Authority | None = None) -> Normalised:
    """Given a Document, return its records, sections, tables and metadata, each judged once.

    ``authority`` (from ``authorities.find_authority``) sets the document's council instead
    of recognising it from the text and the file name.
    """
    contents = [t for t in doc.top_tables if looks_like_contents(t)]
    blocks, check = check_contents(doc.blocks, contents)
    infos, table_rows = _table_pass(blocks)
    narrative = priority_records(blocks)
    records = tuple(enrich(r) for r in [*table_rows, *narrative])
    unmatched = tuple(check.warnings()) if check else ()
    return Normalised(
        records,
        tuple(sections(blocks)),
        tuple(infos),
        read_metadata(doc, authority),
        contents=check,
        blocks=blocks,
        warnings=(*doc.warnings, *doc.notes, *unmatched),
        lost=doc.warnings,
        notes=doc.notes,
    )
