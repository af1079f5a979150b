"""Full-text search over the sections and records of each document's latest version.

    >>> hits = search(store, '"early help" families', authority=find_authority("Stoke"),
    ...               kind="section")
    >>> [(h.document, h.page) for h in hits[:2]]
    [('stoke-on-trent-cyp-plan-2016-20.docx', None), ('stoke-on-trent-cyp-plan-2016-20.pdf', 11)]
    >>> hits[0].snippet
    'Priority – Provide [Early Help] and support for children and [families] that need it most'

A query is words and "quoted phrases": a hit has all of them, a phrase as consecutive words,
each word matched by its stem ("priorities" finds "priority"). Punctuation in a query is read
as the text's own punctuation ("C&YP", "2012-15", "help's"), never as query syntax. Hits come
best first: bm25 on SQLite, ts_rank on PostgreSQL, a heading's words weighing more than a
body's. The index itself is in ``fulltext.py``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import reduce
from typing import Any

from sqlalchemy import (
    ColumnClause,
    ColumnElement,
    FromClause,
    Select,
    String,
    case,
    column,
    func,
    literal,
    literal_column,
    select,
    table,
    union_all,
)
from sqlalchemy.orm import QueryableAttribute, Session

from councilplans.normalise.record import KINDS as RECORD_KINDS
from councilplans.normalise.record import Authority
from councilplans.store.db import Store, StoreError
from councilplans.store.fulltext import SEARCH_TABLE, pg_column, pg_heading
from councilplans.store.models import (
    RECORD_TEXTS,
    AuthorityRow,
    DocumentRow,
    RecordRow,
    SectionRow,
)
from councilplans.store.queries import join_latest, other_files

KINDS = ("section", *RECORD_KINDS)
OPEN, CLOSE, ELLIPSIS = "[", "]", "..."  # around matched words; where a snippet is cut
SNIPPET_WORDS = 24
HEADING_WEIGHT, BODY_WEIGHT = 2.0, 1.0  # bm25 on SQLite; PostgreSQL weighs them 'A' and 'B'
TERM = re.compile(r'"([^"]*)"|([^\s"]+)')  # a "quoted phrase", or a word up to a space or quote
PG_CONFIG: ColumnClause[str] = literal_column("'english'")  # inline, as the index has it
PG_HEADLINE = (  # ShortWord=0: keep short words ("Be", "at") at the ends of a fragment
    f"StartSel={OPEN}, StopSel={CLOSE}, MaxWords={SNIPPET_WORDS}, MinWords={SNIPPET_WORDS // 2}, "
    f'ShortWord=0, MaxFragments=2, FragmentDelimiter=" {ELLIPSIS} "'
)


class SearchError(StoreError):
    """A search that cannot be run as asked."""


class EmptyQuery(SearchError):
    """A query with no word in it to search for."""


@dataclass(frozen=True, slots=True)
class Hit:
    """One matching section or record of a document's latest version.

    ``snippet`` is the matching text with the matched words in [brackets]. ``score`` is higher
    for better hits; it is bm25 on SQLite and ts_rank on PostgreSQL, so it compares hits of one
    search only.
    """

    authority: str | None
    document: str  # the file name
    heading_path: tuple[str, ...]
    page: int | None  # a section's first page or a record's page; None for DOCX
    kind: str  # "section", or the record's kind
    snippet: str
    score: float
    also_in: tuple[str, ...] = ()  # the plan's other files, when published in several


def search(
    store: Store,
    query: str,
    *,
    authority: Authority | None = None,
    kind: str | None = None,
    limit: int = 20,
) -> list[Hit]:
    """The sections and records that match ``query``, best first, at most ``limit``.

    ``authority`` limits hits to one council (``authorities.find_authority`` reads any name,
    alias or code); ``kind`` is "section" or a record kind. Raise EmptyQuery when the query
    has no word to search for.
    """
    terms = query_terms(query)
    if not terms:
        raise EmptyQuery(f'{query!r}: nothing to search for; give words or "quoted phrases"')
    if kind is not None and kind not in KINDS:
        raise SearchError(f"{kind}: no such kind; choose one of {', '.join(KINDS)}")
    if limit < 1:
        raise SearchError(f"{limit}: the limit must be at least 1")
    code = authority.code if authority is not None else None
    run = RUNS.get(store.engine.dialect.name)
    if run is None:
        raise SearchError(f"{store.url}: full-text search needs SQLite or PostgreSQL")
    with store.atomic() as session:
        also = other_files(session)
        rows = run(session, terms, code, kind, limit)
        return [_hit(row, also.get(row.document_id, [])) for row in rows]


def query_terms(query: str) -> list[str]:
    """The words and "quoted phrases" of a user's query, in order.

    A quote without its partner is ignored; a term without a letter or digit is dropped.
    """
    terms = []
    for phrase, word in TERM.findall(query):
        term = " ".join((phrase or word).split())
        if re.search(r"[^\W_]", term):
            terms.append(term)
    return terms


def fts5_query(terms: Sequence[str]) -> str:
    """An FTS5 query that matches rows having every term: each term is one FTS5 string, which
    the tokenizer splits as it split the text, so nothing in it is read as query syntax."""
    return " ".join('"' + term.replace('"', '""') + '"' for term in terms)


def _hit(row: Any, also_in: list[str]) -> Hit:
    return Hit(
        authority=row.authority,
        document=row.document,
        heading_path=tuple(row.heading_path or ()),
        page=row.page,
        kind=row.kind,
        snippet=" ".join((row.snippet or "").split()),
        score=float(row.score),
        also_in=tuple(also_in),
    )


def _source(
    model: type[SectionRow] | type[RecordRow],
    start: FromClause | type[SectionRow] | type[RecordRow],
    code: str | None,
    kind: str | None,
    *columns: ColumnElement[Any],
) -> Select[Any]:
    """Hit columns of one source table (sections or records) joined to its latest versions."""
    kind_column: ColumnElement[str] | QueryableAttribute[str]
    if model is SectionRow:
        kind_column, page = literal("section"), SectionRow.first_page
    else:
        kind_column, page = RecordRow.kind, RecordRow.page
    stmt = select(
        AuthorityRow.name.label("authority"),
        DocumentRow.file.label("document"),
        DocumentRow.id.label("document_id"),
        model.heading_path.label("heading_path"),
        page.label("page"),
        kind_column.label("kind"),
        *columns,
    )
    stmt = join_latest(stmt.select_from(start), model.version_id)
    if code is not None:
        stmt = stmt.where(AuthorityRow.code == code)
    if model is RecordRow and kind is not None:
        stmt = stmt.where(RecordRow.kind == kind)
    return stmt


def _models(kind: str | None) -> list[type[SectionRow] | type[RecordRow]]:
    if kind is None:
        return [SectionRow, RecordRow]
    return [SectionRow] if kind == "section" else [RecordRow]


def _best(parts: list[Select[Any]], limit: int) -> Select[Any]:
    hits = union_all(*parts).subquery() if len(parts) > 1 else parts[0].subquery()
    return select(hits).order_by(hits.c.score.desc(), hits.c.document, hits.c.page).limit(limit)


def _sqlite(
    terms: list[str], code: str | None, kind: str | None, limit: int, shortlist: int | None = None
) -> Select[Any]:
    """The best hits, ranked over every match of the index, or over its ``shortlist`` best
    matches only, with two more columns saying whether that gave the same hits
    (``_shortlist_holds``)."""
    # A section's row in the index has its id as rowid, a record's minus its id (fulltext.py).
    index = table(SEARCH_TABLE, column("rowid"))
    name: ColumnClause[Any] = literal_column(SEARCH_TABLE)
    bm25 = func.bm25(name, HEADING_WEIGHT, BODY_WEIGHT)
    match = name.match(fts5_query(terms))
    ranked: FromClause = index
    score: ColumnElement[Any] = (-bm25).label("score")
    if shortlist is not None:
        best_rows = select(index.c.rowid, (-bm25).label("score")).where(match)
        ranked = best_rows.order_by(bm25).limit(shortlist).cte("shortlist")
        ranked = ranked.prefix_with("MATERIALIZED")  # read twice below, ranked once
        score = ranked.c.score.label("score")
    parts = []
    for model in _models(kind):
        # id = ±rowid, not ±id = rowid: SQLite then reads the index's matches and looks each
        # up by its primary key, instead of querying the index once for every row
        rowid = ranked.c.rowid if model is SectionRow else -ranked.c.rowid
        start = ranked.join(model, model.id == rowid)
        part = _source(model, start, code, kind, score, ranked.c.rowid.label("hit"))
        parts.append(part.where(match) if shortlist is None else part)
    best = _best(parts, limit).subquery()
    # snippet() only for the hits shown: it is dear, and a common word matches thousands
    snippet = func.snippet(name, -1, OPEN, CLOSE, ELLIPSIS, SNIPPET_WORDS).label("snippet")
    columns = [*(best.c[c] for c in HIT_COLUMNS), snippet]
    if shortlist is not None:
        columns.append(select(func.count()).select_from(ranked).scalar_subquery().label("listed"))
        columns.append(select(func.min(ranked.c.score)).scalar_subquery().label("floor"))
    return (
        select(*columns)
        .select_from(best.join(index, index.c.rowid == best.c.hit))
        .where(match)
        .order_by(best.c.score.desc(), best.c.document, best.c.page)
    )


SHORTLIST = 1000  # index rows ranked before any join, when no authority is asked for


def _sqlite_rows(
    session: Session, terms: list[str], code: str | None, kind: str | None, limit: int
) -> Sequence[Any]:
    """Hits ranked over a shortlist of the index's best matches when that is sure to give the
    hits a ranking of every match gives; else ranked over every match.

    Ranking is most of a common word's cost (bm25 for each of 90,000 matches), and joining
    every match to its document the rest; the shortlist joins a thousand. With an authority,
    its hits are seldom among the best of all councils, so every match is ranked at once.
    """
    if code is None:
        rows = session.execute(_sqlite(terms, code, kind, limit, SHORTLIST)).all()
        if _shortlist_holds(rows, limit):
            return rows
    return session.execute(_sqlite(terms, code, kind, limit)).all()


def _shortlist_holds(rows: Sequence[Any], limit: int) -> bool:
    """Whether hits ranked over the shortlist are the hits of every match: the shortlist held
    every match, or it filled the limit with hits all better than the worst it listed (every
    match left out scores no better than that)."""
    if not rows:
        return False  # nothing listed survived the filters: no telling what was left out
    if rows[0].listed < SHORTLIST:
        return True
    return len(rows) == limit and rows[-1].score > rows[-1].floor


HIT_COLUMNS = ("authority", "document", "document_id", "heading_path", "page", "kind", "score")


def _postgres(terms: list[str], code: str | None, kind: str | None, limit: int) -> Select[Any]:
    queries: list[ColumnElement[Any]] = [func.phraseto_tsquery(PG_CONFIG, t) for t in terms]
    query = reduce(lambda a, b: a.op("&&")(b), queries)
    parts = []
    for model in _models(kind):
        name: str = model.__tablename__
        vector: ColumnClause[Any] = literal_column(pg_column(name))
        score = func.ts_rank(vector, query, 1).label("score")  # 1: divided by 1 + log(length)
        heading = literal_column(pg_heading(name), String).label("heading_text")
        body = _pg_body_text(model).label("body_text")
        parts.append(
            _source(model, model, code, kind, score, heading, body).where(
                vector.op("@@", is_comparison=True)(query)
            )
        )
    best = _best(parts, limit).subquery()
    shown = _pg_shown(best.c.heading_text, best.c.body_text, query)
    snippet = func.ts_headline(PG_CONFIG, shown, query, PG_HEADLINE).label("snippet")
    columns = [
        best.c[name]
        for name in ("authority", "document", "document_id", "heading_path", "page", "kind")
    ]
    columns.append(best.c.score)
    return select(*columns, snippet).order_by(best.c.score.desc(), best.c.document, best.c.page)


def _pg_body_text(
    model: type[SectionRow] | type[RecordRow],
) -> ColumnElement[str] | QueryableAttribute[str]:
    if model is SectionRow:
        return SectionRow.text
    fields = ", ".join(f"nullif(records.{name}, '')" for name in RECORD_TEXTS)
    extra = "(SELECT string_agg(value, ' | ') FROM json_each_text(records.extra) WHERE value <> '')"
    return literal_column(f"concat_ws(' | ', {fields}, {extra})")


def _pg_shown(
    heading: ColumnElement[str], body: ColumnElement[str], query: ColumnElement[Any]
) -> ColumnElement[str]:
    """The text to cut the snippet from: the body, unless only the heading matches."""

    def matches(text: ColumnElement[str]) -> ColumnElement[bool]:
        vector = func.to_tsvector(PG_CONFIG, func.coalesce(text, ""))
        return vector.op("@@", is_comparison=True)(query)

    return case((matches(heading) & ~matches(body), heading), else_=body)


def _postgres_rows(
    session: Session, terms: list[str], code: str | None, kind: str | None, limit: int
) -> Sequence[Any]:
    return session.execute(_postgres(terms, code, kind, limit)).all()


RUNS = {"sqlite": _sqlite_rows, "postgresql": _postgres_rows}
