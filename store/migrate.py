"""The store's schema revision, and upgrading a store an earlier version wrote.

Alembic keeps the revision a store is at in its ``alembic_version`` table; the revisions are
``store/migrations/versions/``, one per change of the schema since 0.1.0. A new store is
made from the models and stamped with the newest revision. 0.1.0 predates migrations: a
store it wrote has no ``alembic_version`` and is known by its columns, as is one written
between 0.1.0 and the first migration (the columns of revision 0002 and no table to say so).

    >>> current(engine), head()        # ('0001', '0002'): written by 0.1.0
    >>> upgrade(engine, "0001")        # stamped 0001, then upgraded in place to the newest
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

MIGRATIONS = Path(__file__).parent / "migrations"
BASELINE = "0001"  # the schema 0.1.0 wrote
VERSION_TABLE = "alembic_version"
# the newest revision whose schema a store may hold without alembic_version: its columns
# are what tells it from the baseline
UNSTAMPED = {"0002": ("records", "status")}


def config(connection: Connection) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


@cache
def head() -> str:
    """The revision this version of councilplans writes."""
    return str(ScriptDirectory(str(MIGRATIONS)).get_current_head())


@cache
def known(revision: str) -> bool:
    """Whether a revision is one of this version's (not one a newer version wrote)."""
    return revision in {s.revision for s in ScriptDirectory(str(MIGRATIONS)).walk_revisions()}


def current(engine: Engine) -> str | None:
    """The revision a store is at: None for an empty database."""
    with engine.connect() as conn:
        stamped = MigrationContext.configure(conn).get_current_revision()
        if stamped is not None:
            return str(stamped)
        tables = inspect(conn)
        if not tables.has_table("documents"):
            return None
        for revision, (table, column) in UNSTAMPED.items():
            if column in {c["name"] for c in tables.get_columns(table)}:
                return revision
        return BASELINE


def stamp(engine: Engine, revision: str = "head") -> None:
    """Record that a store is at ``revision`` (a new store: the newest), changing nothing else."""
    with engine.begin() as conn:
        command.stamp(config(conn), revision)


def upgrade(engine: Engine, before: str) -> tuple[str, str]:
    """Upgrade a store at revision ``before`` (``current``) in place to the newest, in one
    transaction where the database allows (PostgreSQL; SQLite commits each ALTER). Returns
    (from, to)."""
    with engine.begin() as conn:
        if MigrationContext.configure(conn).get_current_revision() is None:
            command.stamp(config(conn), before)  # unstamped: known by its columns
        command.upgrade(config(conn), "head")
    return before, head()


def downgrade(engine: Engine, revision: str) -> None:
    """Take a store back to an earlier revision (for tests, and a user going back a version)."""
    with engine.begin() as conn:
        command.downgrade(config(conn), revision)
