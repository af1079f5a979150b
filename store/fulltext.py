"""The full-text index over sections and records, kept in step with them by the database.

SQLite: one FTS5 table, ``search_index``, written by triggers on ``sections`` and ``records``,
and beside it the words in most of its rows ranked when a batch was written (ranked.py).
PostgreSQL: a stored column generated from a to_tsvector('english', ...) expression in each
of the two tables, with a GIN index on it.
Either way an index entry is written in the transaction that writes its row, and rolled back
with it: a trigger runs inside the INSERT or DELETE that fires it, and a generated column and
its index are part of their table. A database made before the index existed gets it,
filled from the rows already stored, the next time it is opened.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, text

from councilplans.store.models import RECORD_TEXTS

SEARCH_TABLE = "search_index"

# SQLite. A regular FTS5 table, which keeps its own copy of the text: snippet() needs the text,
# which a contentless table does not keep, and an external-content table reads one content
# table where there are two. The copy costs the stored text once more.
# Its rowid is a section's id, or minus a record's id: one table holds both, so bm25() ranks
# sections and records on the same statistics. The porter stemmer matches "priorities" to
# "priority" as PostgreSQL's english configuration does.
# The heading indexed is a row's own, the last of its heading path: the titles above it are
# every sibling's too, and would lift every subsection of a chapter whose title matches.
TOKENIZE = "tokenize = 'porter unicode61 remove_diacritics 2'"
SQLITE_TABLE = f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5(heading, body, {TOKENIZE})"

# Words in most rows are ranked when a batch has been written (ranked.py). search_state
# counts the index's writes (each trigger adds one) and says at which count, by which ranking
# and from how many rows a word was in the words were ranked; search_words holds each ranked
# word, tokenised as the index tokenises, its rowid naming its list in search_ranked.
STATE_TABLE, WORDS_TABLE, RANKED_TABLE = "search_state", "search_words", "search_ranked"
SQLITE_RANKING = [
    f"CREATE TABLE IF NOT EXISTS {STATE_TABLE} (id INTEGER PRIMARY KEY CHECK (id = 1), "
    "writes INTEGER NOT NULL, ranked_at INTEGER, ranked_as TEXT, ranked_from INTEGER)",
    f"INSERT OR IGNORE INTO {STATE_TABLE} (id, writes) VALUES (1, 0)",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {WORDS_TABLE} USING fts5(word, {TOKENIZE})",
    f"CREATE TABLE IF NOT EXISTS {RANKED_TABLE} (word INTEGER NOT NULL, "
    "position INTEGER NOT NULL, hit INTEGER NOT NULL, score REAL NOT NULL, "
    "PRIMARY KEY (word, position)) WITHOUT ROWID",
]
COUNT_WRITE = f"UPDATE {STATE_TABLE} SET writes = writes + 1"
SQLITE_HEADING = "json_extract({r}.heading_path, '$[#-1]')"
SQLITE_RECORD_BODY = (
    "(SELECT group_concat(value, ' | ') FROM ("
    "SELECT value FROM json_each(json_array("
    + ", ".join(f"{{r}}.{name}" for name in RECORD_TEXTS)
    + ")) UNION ALL SELECT value FROM json_each({r}.extra)) WHERE value <> '')"
)
# table -> (rowid, heading, body), as SQL over the row {r}
SQLITE_SOURCES = {
    "sections": ("{r}.id", SQLITE_HEADING, "{r}.text"),
    "records": ("-{r}.id", SQLITE_HEADING, SQLITE_RECORD_BODY),
}

# PostgreSQL: the same heading and text as on SQLite. to_tsvector of a json value reads its
# string values only, not its keys.
PG_CONFIG = "'english'"
PG_HEADING = "{t}heading_path ->> -1"
PG_SECTION_VECTOR = (
    f"setweight(to_tsvector({PG_CONFIG}, coalesce({PG_HEADING}, '')), 'A') || "
    f"setweight(to_tsvector({PG_CONFIG}, {{t}}text), 'B')"
)
PG_RECORD_VECTOR = (
    f"setweight(to_tsvector({PG_CONFIG}, coalesce({PG_HEADING}, '')), 'A') || "
    f"setweight(to_tsvector({PG_CONFIG}, "
    + " || ' ' || ".join(f"coalesce({{t}}{name}, '')" for name in RECORD_TEXTS)
    + f"), 'B') || setweight(to_tsvector({PG_CONFIG}, {{t}}extra), 'B')"
)
PG_VECTORS = {"sections": PG_SECTION_VECTOR, "records": PG_RECORD_VECTOR}


def pg_heading(table: str) -> str:
    """A row's own heading, the last of its heading path, as PostgreSQL SQL."""
    return PG_HEADING.format(t=f"{table}.")


# Stored, not an expression index: ranking and rechecking a match read the stored vector,
# where an index on the expression made PostgreSQL compute it again for every row matched
# (a phrase over 100,000 records: 2.1 s against 60 ms; bench/RESULTS.md).
PG_COLUMN = "search_vector"


def pg_vector(table: str) -> str:
    """The tsvector expression of a table's rows, as its stored column is generated."""
    return "(" + PG_VECTORS[table].format(t="") + ")"


def pg_column(table: str) -> str:
    """The stored tsvector column of a table, which its GIN index is built on."""
    return f"{table}.{PG_COLUMN}"


def create_index(engine: Engine) -> None:
    """Create the full-text index if it is missing, filled from the rows already stored."""
    if engine.dialect.name == "sqlite":
        _create_sqlite(engine)
    elif engine.dialect.name == "postgresql":
        _create_postgres(engine)


def drop_index(engine: Engine) -> None:
    """Drop the SQLite FTS5 table and its ranked words (its triggers go with their tables;
    PG indexes likewise)."""
    if engine.dialect.name == "sqlite":
        with engine.begin() as conn:
            for name in (SEARCH_TABLE, *SQLITE_RANKING_TABLES):
                conn.exec_driver_sql(f"DROP TABLE IF EXISTS {name}")


SQLITE_RANKING_TABLES = (STATE_TABLE, WORDS_TABLE, RANKED_TABLE)


def rebuild_index(conn: Connection) -> None:
    """Drop the full-text index and make it again, filled from the rows stored: for a
    migration that changes what is indexed. Runs in the caller's transaction."""
    if conn.dialect.name == "sqlite":
        _drop_triggers(conn)
        for name in (SEARCH_TABLE, *SQLITE_RANKING_TABLES):
            conn.exec_driver_sql(f"DROP TABLE IF EXISTS {name}")
        for statement in _sqlite_statements():
            conn.exec_driver_sql(statement)
    elif conn.dialect.name == "postgresql":
        for table in PG_VECTORS:
            conn.exec_driver_sql(f"DROP INDEX IF EXISTS ix_{table}_search")
            conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN IF EXISTS {PG_COLUMN}")
            for statement in _pg_create(table):
                conn.exec_driver_sql(statement)


def add_ranking(conn: Connection) -> None:
    """Give a SQLite store's index the tables of ranked words, and triggers that count its
    writes (migration 0011). Runs in the caller's transaction; does nothing on PostgreSQL."""
    if conn.dialect.name != "sqlite":
        return
    for statement in SQLITE_RANKING:
        conn.exec_driver_sql(statement)
    _replace_triggers(conn, count_writes=True)


def remove_ranking(conn: Connection) -> None:
    """Undo add_ranking: the triggers as they were before it, and no tables of ranked words."""
    if conn.dialect.name != "sqlite":
        return
    _replace_triggers(conn, count_writes=False)
    for name in SQLITE_RANKING_TABLES:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {name}")


def _replace_triggers(conn: Connection, count_writes: bool) -> None:
    _drop_triggers(conn)
    for table, source in SQLITE_SOURCES.items():
        for statement in _sqlite_triggers(table, source, count_writes):
            conn.exec_driver_sql(statement)


def _drop_triggers(conn: Connection) -> None:
    for table in SQLITE_SOURCES:
        for event in TRIGGER_EVENTS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {_trigger(table, event)}")


def _create_sqlite(engine: Engine) -> None:
    with engine.connect() as conn:
        if _sqlite_has_index(conn):
            return
        # pysqlite runs DDL outside any transaction unless one is open: BEGIN IMMEDIATE makes
        # the table, its triggers and the backfill one commit, and takes the write lock first,
        # so a second process opening the same old database waits and then finds it done.
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        if not _sqlite_has_index(conn):
            for statement in _sqlite_statements():
                conn.exec_driver_sql(statement)
        conn.commit()


def _sqlite_has_index(conn: Connection) -> bool:
    found = conn.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"),
        {"name": SEARCH_TABLE},
    )
    return found.first() is not None


def _sqlite_statements() -> list[str]:
    """The FTS5 table, then per source table its triggers and the backfill of its rows."""
    statements = [SQLITE_TABLE, *SQLITE_RANKING]
    for table, source in SQLITE_SOURCES.items():
        statements += _sqlite_triggers(table, source)
        statements.append(f"{_sqlite_insert(source, table)} FROM {table}")
    return statements


def _sqlite_insert(source: tuple[str, str, str], row: str) -> str:
    rowid, heading, body = (part.format(r=row) for part in source)
    return f"INSERT INTO {SEARCH_TABLE}(rowid, heading, body) SELECT {rowid}, {heading}, {body}"


def _sqlite_delete(source: tuple[str, str, str], row: str) -> str:
    return f"DELETE FROM {SEARCH_TABLE} WHERE rowid = {source[0].format(r=row)}"


def _sqlite_triggers(
    table: str, source: tuple[str, str, str], count_writes: bool = True
) -> list[str]:
    # Versions are never updated in place; the update trigger keeps hand edits in step too.
    count = [COUNT_WRITE] if count_writes else []
    bodies = {
        "insert": [_sqlite_insert(source, "new"), *count],
        "delete": [_sqlite_delete(source, "old"), *count],
        "update": [_sqlite_delete(source, "old"), _sqlite_insert(source, "new"), *count],
    }
    return [
        f"CREATE TRIGGER {_trigger(table, event)} AFTER {event.upper()} ON {table} BEGIN "
        + "".join(f"{statement}; " for statement in statements)
        + "END"
        for event, statements in bodies.items()
    ]


TRIGGER_EVENTS = ("insert", "delete", "update")


def _trigger(table: str, event: str) -> str:
    return f"{table}_search_{event}"


def _create_postgres(engine: Engine) -> None:
    with engine.begin() as conn:
        for table in PG_VECTORS:
            name = f"ix_{table}_search"
            # Checked first: CREATE INDEX locks the table even when the index exists already.
            if conn.scalar(text("SELECT to_regclass(:name)"), {"name": name}) is None:
                for statement in _pg_create(table):
                    conn.exec_driver_sql(statement)


def _pg_create(table: str) -> list[str]:
    return [
        f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {PG_COLUMN} tsvector "
        f"GENERATED ALWAYS AS {pg_vector(table)} STORED",
        f"CREATE INDEX IF NOT EXISTS ix_{table}_search ON {table} USING GIN ({PG_COLUMN})",
    ]
