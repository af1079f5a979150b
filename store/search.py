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
from dataclasses import dataclass, replace
from functools import cache, reduce
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnClause,
    ColumnElement,
    FromClause,
    Integer,
    Select,
    String,
    bindparam,
    case,
    column,
    func,
    literal,
    literal_column,
    select,
    table,
    text,
    union_all,
)
from sqlalchemy.orm import QueryableAttribute, Session

from councilplans.normalise.record import KINDS as RECORD_KINDS
from councilplans.normalise.record import Authority
from councilplans.store.db import Store, StoreError
from councilplans.store.fulltext import (
    RANKED_TABLE,
    SEARCH_TABLE,
    STATE_TABLE,
    WORDS_TABLE,
    pg_column,
    pg_heading,
)
from councilplans.store.models import (
    RECORD_TEXTS,
    AuthorityRow,
    DocumentRow,
    RecordRow,
    SectionRow,
)
from councilplans.store.queries import fetch_tuples, join_latest, other_files

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
    asked = Asked(terms, code, kind, limit)
    with store.atomic() as session:
        rows = run(session, asked)
        also = other_files(session, {row.document_id for row in rows})
        return [_hit(row, also.get(row.document_id, [])) for row in rows]


@dataclass(frozen=True, slots=True)
class Asked:
    """A search as the statements take it: its terms, and the filters and limit given."""

    terms: list[str]
    code: str | None  # an authority's code
    kind: str | None
    limit: int

    def shape(self) -> tuple[bool, str | None]:
        """What the statement's form depends on (the values are bound): whether an
        authority is asked for, and whether sections, records or one kind of record."""
        kind = self.kind if self.kind in (None, "section") else "record"
        return self.code is not None, kind

    def params(self) -> dict[str, Any]:
        return {"code": self.code, "kind": self.kind, "limit": self.limit}


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
    shape: tuple[bool, str | None],
    *columns: ColumnElement[Any],
) -> Select[Any]:
    """Hit columns of one source table (sections or records) joined to its latest versions,
    filtered by the bound ``code`` and ``kind`` when the shape asks for them."""
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
    by_authority, kind = shape
    if by_authority:
        stmt = stmt.where(AuthorityRow.code == bindparam("code"))
    if model is RecordRow and kind == "record":
        stmt = stmt.where(RecordRow.kind == bindparam("kind"))
    return stmt


def _models(kind: str | None) -> list[type[SectionRow] | type[RecordRow]]:
    if kind is None:
        return [SectionRow, RecordRow]
    return [SectionRow] if kind == "section" else [RecordRow]


def _best(parts: list[Select[Any]], *tiebreak: str) -> Select[Any]:
    hits = union_all(*parts).subquery() if len(parts) > 1 else parts[0].subquery()
    order = (hits.c.score.desc(), hits.c.document, hits.c.page, *(hits.c[c] for c in tiebreak))
    return select(hits).order_by(*order).limit(bindparam("limit", type_=Integer))


# The statements are built once for each shape of search (Asked.shape) with every value
# bound: building one with SQLAlchemy took longer than running it for a rare word.
# A section's row in the SQLite index has its id as rowid, a record's minus its id
# (fulltext.py); hits tied in score, document and page are ordered by that rowid.


def _fts5() -> tuple[Any, ColumnClause[Any], ColumnElement[Any], ColumnElement[bool]]:
    """The index, its name as a column (for its functions), bm25 as search ranks by it, and
    the match of the bound FTS5 ``query``."""
    index = table(SEARCH_TABLE, column("rowid"))
    name: ColumnClause[Any] = literal_column(SEARCH_TABLE)
    bm25 = func.bm25(name, HEADING_WEIGHT, BODY_WEIGHT)
    return index, name, bm25, name.match(bindparam("query", type_=String))


def _snippet(name: ColumnClause[Any]) -> ColumnElement[Any]:
    return func.snippet(name, -1, OPEN, CLOSE, ELLIPSIS, SNIPPET_WORDS).label("snippet")


@cache
def _sqlite(shape: tuple[bool, str | None]) -> Select[Any]:
    """The best hits for the bound FTS5 ``query``, every match ranked and joined."""
    index, name, bm25, match = _fts5()
    score = (-bm25).label("score")
    parts = []
    for model in _models(shape[1]):
        # id = ±rowid, not ±id = rowid: SQLite then reads the index's matches and looks each
        # up by its primary key, instead of querying the index once for every row
        rowid = index.c.rowid if model is SectionRow else -index.c.rowid
        start = index.join(model, model.id == rowid)
        parts.append(_source(model, start, shape, score, index.c.rowid.label("hit")).where(match))
    best = _best(parts, "hit").subquery()
    # snippet() only for the hits shown: it is dear, and a common word matches thousands
    return (
        select(*(best.c[c] for c in HIT_COLUMNS), _snippet(name))
        .select_from(best.join(index, index.c.rowid == best.c.hit))
        .where(match)
        .order_by(best.c.score.desc(), best.c.document, best.c.page, best.c.hit)
    )


@cache
def shortlist_statement() -> Select[Any]:
    """The index's best matches for the bound FTS5 ``query`` (rowid, score), best first, at
    most ``shortlist``: nothing joined, so that nothing but ranking is done for each match."""
    index, _, bm25, match = _fts5()
    shortlist = bindparam("shortlist", type_=Integer)
    return (
        select(index.c.rowid, (-bm25).label("score")).where(match).order_by(bm25).limit(shortlist)
    )


@cache
def _listed(shape: tuple[bool, str | None]) -> Select[Any]:
    """Hit columns (but score and snippet) of the bound ``sections`` and ``records`` (ids)
    that pass the search's filters."""
    parts = []
    for model in _models(shape[1]):
        ids: BindParameter[list[int]]
        ids = bindparam("sections" if model is SectionRow else "records", expanding=True)
        hit = (model.id if model is SectionRow else -model.id).label("hit")
        parts.append(_source(model, model, shape, hit).where(model.id.in_(ids)))
    return union_all(*parts) if len(parts) > 1 else parts[0]  # type: ignore[return-value]


@cache
def _snippets() -> Select[Any]:
    """The snippet of each of the bound ``hits`` (index rowids) for the bound ``query``."""
    index, name, _, match = _fts5()
    hits: BindParameter[list[int]] = bindparam("hits", expanding=True)
    return select(index.c.rowid, _snippet(name)).where(match, index.c.rowid.in_(hits))


SHORTLIST = 1000  # index rows ranked before any join, when no authority is asked for
STEP = 50  # rows of the shortlist joined to their documents at a time


def _sqlite_rows(session: Session, asked: Asked) -> Sequence[Any]:
    """Hits ranked over a shortlist of the index's best matches when that is sure to give the
    hits a ranking of every match gives; else ranked over every match.

    Ranking is most of a common word's cost (bm25 for each of 90,000 matches), and joining
    every match to its document the rest. The shortlist is ranked alone, then joined a few
    rows at a time, best first, until the hits are sure. A word in most rows has its
    shortlist ranked when the store was written (ranked.py), read here while it stands.
    With an authority, its hits are seldom among the best of all councils, so every match is
    ranked and joined at once.
    """
    params = asked.params() | {"query": fts5_query(asked.terms)}
    if asked.code is None:
        with_shortlist = params | shortlist_params(asked.terms) | {"ranked_as": ranked_as()}
        listed = _ranked(session, asked, with_shortlist) or Shortlist.of(
            fetch_tuples(session.connection(), shortlist_statement(), with_shortlist)
        )
        found = _walk(session, asked, listed)
        if _shortlist_holds(found, listed, asked.limit):
            return _with_snippets(session, params, found[: asked.limit])
    return session.execute(_sqlite(asked.shape()), params).all()


def shortlist_params(terms: Sequence[str]) -> dict[str, Any]:
    """The values shortlist_statement() takes for a search of ``terms``."""
    return {"query": fts5_query(terms), "shortlist": SHORTLIST}


def ranked_as() -> str:
    """The ranking a shortlist kept for a word must have been made by to be read."""
    return f"bm25({HEADING_WEIGHT}, {BODY_WEIGHT}), best {SHORTLIST}"


# The shortlist of a word in most rows, as ranked when the store was written (ranked.py):
# none unless ranked by this ranking at the index's present count of writes.
RANKED = text(
    f"SELECT hit, score FROM {RANKED_TABLE} "
    f"WHERE word = (SELECT rowid FROM {WORDS_TABLE} WHERE {WORDS_TABLE} MATCH :query) "
    f"AND (SELECT ranked_at = writes AND ranked_as = :ranked_as FROM {STATE_TABLE}) "
    "ORDER BY position LIMIT :shortlist"
)


def _ranked(session: Session, asked: Asked, params: dict[str, Any]) -> Shortlist | None:
    """The shortlist of a one-word search ranked when the store was written, if it stands."""
    if len(asked.terms) != 1:
        return None
    listed = Shortlist.of(fetch_tuples(session.connection(), RANKED, params))
    return listed if listed else None


@dataclass(frozen=True, slots=True)
class Shortlist:
    """The index's best matches, best first: their rowids and their scores."""

    rowids: tuple[int, ...]
    scores: tuple[float, ...]

    @classmethod
    def of(cls, rows: list[tuple[Any, ...]]) -> Shortlist:
        return cls(tuple(row[0] for row in rows), tuple(row[1] for row in rows))

    def __len__(self) -> int:
        return len(self.rowids)


def _walk(session: Session, asked: Asked, listed: Shortlist) -> list[Listed]:
    """The shortlisted rows that pass the filters, best first, with their scores: the
    shortlist joined STEP rows at a time until the best ``limit`` of them are sure (or it
    ends). Rows tied in score are joined together, as the tie is broken by document."""
    score_of = dict(zip(listed.rowids, listed.scores, strict=True))
    scores = listed.scores
    found: list[Listed] = []
    start = 0
    while start < len(listed) and not _sure(found, listed, start, asked.limit):
        end = min(start + STEP, len(listed))
        while end < len(listed) and scores[end] == scores[end - 1]:
            end += 1
        rowids = listed.rowids[start:end]
        ids = {"sections": [r for r in rowids if r > 0], "records": [-r for r in rowids if r < 0]}
        rows = session.execute(_listed(asked.shape()), asked.params() | ids).all()
        found += [Listed(**row._asdict(), score=score_of[row.hit]) for row in rows]
        found.sort(key=Listed.order)
        start = end
    return found


def _sure(found: list[Listed], listed: Shortlist, start: int, limit: int) -> bool:
    """Whether no shortlisted row from ``start`` on can be among the best ``limit``: they
    score no better than the row at ``start``, and ties are broken by document."""
    return len(found) >= limit and found[limit - 1].score > listed.scores[start]


def _shortlist_holds(found: list[Listed], listed: Shortlist, limit: int) -> bool:
    """Whether the hits found in the shortlist are the hits of every match: the shortlist
    held every match, or the best ``limit`` found all score better than the worst it listed
    (every match left out scores no better than that)."""
    if len(listed) < SHORTLIST:
        return True
    return len(found) >= limit and found[limit - 1].score > listed.scores[-1]


@dataclass(frozen=True, slots=True)
class Listed:
    """A shortlisted row that passed the filters, as the full ranking gives its hits."""

    authority: str | None
    document: str
    document_id: int
    heading_path: list[str] | None
    page: int | None
    kind: str
    hit: int  # its rowid in the index
    score: float
    snippet: str | None = None

    def order(self) -> tuple[Any, ...]:
        """The full ranking's order: score (best first), document, page (none first), rowid."""
        return (-self.score, self.document, self.page is not None, self.page or 0, self.hit)


def _with_snippets(session: Session, params: dict[str, Any], found: list[Listed]) -> list[Listed]:
    hits = {"hits": [row.hit for row in found]}
    rows = session.execute(_snippets(), params | hits)
    snippets: dict[int, str | None] = {hit: snippet for hit, snippet in rows}
    return [replace(row, snippet=snippets.get(row.hit)) for row in found]


HIT_COLUMNS = ("authority", "document", "document_id", "heading_path", "page", "kind", "score")


@cache
def _postgres(shape: tuple[bool, str | None], n_terms: int) -> Select[Any]:
    """The best hits for the bound terms ``term_0`` ... (each a phrase: every one must be in
    a hit), ranked by ts_rank."""
    queries: list[ColumnElement[Any]] = [
        func.phraseto_tsquery(PG_CONFIG, bindparam(f"term_{i}", type_=String))
        for i in range(n_terms)
    ]
    query = reduce(lambda a, b: a.op("&&")(b), queries)
    parts = []
    for model in _models(shape[1]):
        name: str = model.__tablename__
        vector: ColumnClause[Any] = literal_column(pg_column(name))
        score = func.ts_rank(vector, query, 1).label("score")  # 1: divided by 1 + log(length)
        heading = literal_column(pg_heading(name), String).label("heading_text")
        body = _pg_body_text(model).label("body_text")
        parts.append(
            _source(model, model, shape, score, heading, body).where(
                vector.op("@@", is_comparison=True)(query)
            )
        )
    best = _best(parts).subquery()
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


def _postgres_rows(session: Session, asked: Asked) -> Sequence[Any]:
    terms = {f"term_{i}": term for i, term in enumerate(asked.terms)}
    stmt = _postgres(asked.shape(), len(asked.terms))
    return session.execute(stmt, asked.params() | terms).all()


RUNS = {"sqlite": _sqlite_rows, "postgresql": _postgres_rows}
