"""Words in most rows of the SQLite full-text index, ranked when a batch has been written.

FTS5 computes bm25 for every row a word matches, ~0.7 µs a row: "children", in 93,000 of
the bench store's 192,000 rows, costs 65 ms to rank before search joins anything
(bench/RESULTS.md, query speed). After a batch is written, ``rank_words`` ranks each word in
at least COMMON rows as search ranks its shortlist (search.SHORTLIST best rows, by the same
statement) and keeps the rows and their scores; a search for that one word reads them in
place of ranking.

A list stands for the index as it was ranked. Every write of the index counts
(``search_state.writes``, advanced by the index's triggers), and a list made at another
count, or by another ranking, is not read: a search after a write ranks as before, exactly,
until the next batch ranks again. A word is kept as FTS5 reads it, as a stem
("peopl"); ``search_words`` holds the ranked words tokenised as the index tokenises, and a
query finds its list by matching them, so a query word and a list meet exactly when the
tokenizer reads them alike. A stem the tokenizer does not read back as itself is not ranked.

    >>> rank_words(store)           # after ingest_paths(), which calls it itself
    83
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection
from sqlalchemy.exc import SQLAlchemyError

from councilplans.store.db import Store, StoreError, first_line
from councilplans.store.fulltext import (
    RANKED_TABLE,
    SEARCH_TABLE,
    STATE_TABLE,
    WORDS_TABLE,
)
from councilplans.store.queries import fetch_tuples
from councilplans.store.search import ranked_as, shortlist_params, shortlist_statement

# Rows a word must be in to be ranked when written: ranking it at search time would cost
# some 14 ms and more (0.7 µs a row), a quarter of search's budget of 50 ms.
COMMON = 20_000
VOCABULARY = "temp.councilplans_vocabulary"  # the index's words and how many rows hold each
READ_BACK = "temp.councilplans_read_back"  # each ranked word as search_words tokenised it


def rank_words(store: Store, common: int | None = None) -> int:
    """Rank the index's words in at least ``common`` (default COMMON) rows unless they stand
    ranked for the index as it is; return how many words were ranked (0 on PostgreSQL, or
    when nothing changed).

    One write transaction, taken first (BEGIN IMMEDIATE): a batch written meanwhile by
    another process waits, and its writes are counted after the ranking, not lost in it."""
    if store.engine.dialect.name != "sqlite":
        return 0
    try:
        return _rank_words(store, COMMON if common is None else common)
    except SQLAlchemyError as e:
        reason = first_line(e)
        raise StoreError(f"{store.url}: the common words were not ranked again: {reason}") from e


def _rank_words(store: Store, common: int) -> int:
    with store.engine.connect() as conn:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        state = conn.exec_driver_sql(
            f"SELECT writes, ranked_at, ranked_as, ranked_from FROM {STATE_TABLE}"
        ).one()
        if state == (state.writes, state.writes, ranked_as(), common):
            conn.rollback()
            return 0
        words = _words_read_back(conn, _common_words(conn, common))
        conn.exec_driver_sql(f"DELETE FROM {RANKED_TABLE}")
        for word_id, word in words.items():
            _rank(conn, word_id, word)
        conn.exec_driver_sql(
            f"UPDATE {STATE_TABLE} SET ranked_at = writes, ranked_as = ?, ranked_from = ?",
            (ranked_as(), common),
        )
        conn.commit()
    return len(words)


def _common_words(conn: Connection, common: int) -> list[str]:
    conn.exec_driver_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {VOCABULARY} "
        f"USING fts5vocab(main, {SEARCH_TABLE}, row)"
    )
    found = conn.exec_driver_sql(
        f"SELECT term FROM {VOCABULARY} WHERE doc >= ? ORDER BY term", (common,)
    )
    return list(found.scalars())


def _words_read_back(conn: Connection, words: list[str]) -> dict[int, str]:
    """search_words made to hold ``words``, one row each; those the tokenizer read back as
    the word itself and nothing else, by rowid. The others are taken out again."""
    conn.exec_driver_sql(f"DELETE FROM {WORDS_TABLE}")
    rows = list(enumerate(words, start=1))
    if not rows:
        return {}
    conn.exec_driver_sql(f"INSERT INTO {WORDS_TABLE}(rowid, word) VALUES (?, ?)", rows)
    conn.exec_driver_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {READ_BACK} "
        f"USING fts5vocab(main, {WORDS_TABLE}, instance)"
    )
    tokens: dict[int, list[str]] = defaultdict(list)
    for term, row in conn.exec_driver_sql(f"SELECT term, doc FROM {READ_BACK}"):
        tokens[row].append(term)
    kept = {row: word for row, word in rows if tokens[row] == [word]}
    dropped = [(row,) for row, _ in rows if row not in kept]
    if dropped:
        conn.exec_driver_sql(f"DELETE FROM {WORDS_TABLE} WHERE rowid = ?", dropped)
    return kept


def _rank(conn: Connection, word_id: int, word: str) -> None:
    ranked = fetch_tuples(conn, shortlist_statement(), shortlist_params([word]))
    if not ranked:
        return
    conn.exec_driver_sql(
        f"INSERT INTO {RANKED_TABLE} (word, position, hit, score) VALUES (?, ?, ?, ?)",
        [(word_id, position, hit, score) for position, (hit, score) in enumerate(ranked)],
    )
