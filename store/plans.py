"""Files that are one plan: a plan published both as PDF and as DOCX counts once.

Two documents are one plan when they have the same authority and different formats, and the
latest usable versions say the same: of the words of their sections (headings and text)
and tables (counted with repeats, case aside), the two share at least SAME_WORDS of the
longer one's. The PDF
stands for the plan (its records carry pages); the other file points at it
(``documents.same_plan_as``) and every cross-authority query (compare, search, summaries,
the records and tables exports, the ``latest_records`` view) leaves it out; the documents
export lists both files.
"""

from __future__ import annotations

import re
from collections import Counter

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from councilplans.store.models import USABLE, DocumentRow, SectionRow, TableRow, VersionRow

# Measured on the real development set: the DOCX and PDF of one document share 0.85-0.97 of
# their words (the PDF adds running heads, page numbers and its charts' labels); a DOCX and
# a PDF of different documents at most 0.40. Two PDFs of one community council, an annual
# return and a statement of accounts (forms with the same boilerplate), share 0.92: files of
# one format are never compared.
SAME_WORDS = 0.85
PREFERRED = ("pdf",)  # the format that stands for a plan published in several
WORD = re.compile(r"\w+")


def link_plans(session: Session, document: DocumentRow) -> None:
    """Decide again which documents of ``document``'s authority are one plan with it, after
    its latest version or its authority changed (the session's changes are flushed first)."""
    session.flush()
    pointing = select(DocumentRow).where(DocumentRow.same_plan_as == document.id)
    joined = list(session.scalars(pointing))
    for other in [document, *joined]:
        other.same_plan_as = None
    if document.authority_id is None:
        return
    candidates = _candidates(session, document)
    mine = _content(session, document.id) if candidates else None  # words cost; read if need be
    if mine is None:
        return
    for other in candidates:
        theirs = _content(session, other.id)
        if theirs is not None and same_plan(mine, theirs):
            first, second = sorted((document, other), key=_rank)
            second.same_plan_as = first.id
            return


def same_plan(a: Counter[str], b: Counter[str]) -> bool:
    """Nearly all the words of the longer text are in the other."""
    longer = max(a.total(), b.total())
    return longer > 0 and (a & b).total() >= SAME_WORDS * longer


def _candidates(session: Session, document: DocumentRow) -> list[DocumentRow]:
    stmt = select(DocumentRow).where(
        DocumentRow.authority_id == document.authority_id,
        DocumentRow.id != document.id,
        or_(DocumentRow.format != document.format, DocumentRow.format.is_(None)),
        DocumentRow.same_plan_as.is_(None),
    )
    return list(session.scalars(stmt.order_by(DocumentRow.id)))


def _rank(document: DocumentRow) -> tuple[bool, int]:
    return document.format not in PREFERRED, document.id


def _content(session: Session, document_id: int) -> Counter[str] | None:
    """The words of the sections (headings and text) and tables of a document's latest
    usable version."""
    latest = session.scalar(
        select(func.max(VersionRow.id)).where(
            VersionRow.document_id == document_id, VersionRow.status.in_(USABLE)
        )
    )
    if latest is None:
        return None
    words: Counter[str] = Counter()
    sections = select(SectionRow.heading_path, SectionRow.text)
    for path, text in session.execute(sections.where(SectionRow.version_id == latest)):
        # its own heading too: a line one format reads as a heading, the other may read as text
        words.update(WORD.findall(" ".join([*path[-1:], text]).lower()))
    for grid in session.scalars(select(TableRow.rows).where(TableRow.version_id == latest)):
        for row in grid:
            words.update(WORD.findall(" ".join(row).lower()))
    return words
