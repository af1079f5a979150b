"""Open a store: a SQLite file by default, any SQLAlchemy URL (PostgreSQL) by the same code.

>>> store = connect("plans.db")                       # a SQLite file
>>> store = connect("postgresql+psycopg://u:p@host/db")
>>> with store.atomic() as session:                   # one transaction: all or nothing
...     session.add(...)
"""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, func, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from councilplans.store import fulltext, migrate
from councilplans.store.models import USABLE, Base, VersionRow

DEFAULT_DB = "councilplans.db"

# Views for SQL, Datasette and pandas users; the library builds the same queries itself
# (queries.join_latest) instead of relying on them.
VIEWS = {
    "latest_versions": """
        SELECT v.* FROM document_versions v
        WHERE v.id = (SELECT max(v2.id) FROM document_versions v2
                      WHERE v2.document_id = v.document_id AND v2.status IN ('ok', 'partial'))
    """,
    "latest_records": """
        SELECT a.name AS authority, d.doc, d.file, r.*
        FROM records r
        JOIN latest_versions v ON v.id = r.version_id
        JOIN documents d ON d.id = v.document_id
        LEFT JOIN authorities a ON a.id = d.authority_id
        WHERE d.same_plan_as IS NULL
    """,
}


class StoreError(Exception):
    """Something went wrong with the store; the message is one line: "<what>: <reason>"."""


class WriteConflict(StoreError):
    """A write that collided with another process's (both adding one document or authority);
    done again, it finds what the other wrote."""


class NoSuchDocument(StoreError):
    """No stored document goes by that name."""


class NotEnoughVersions(StoreError):
    """A comparison of versions needs two usable versions of the document."""


class NoStore(StoreError):
    """A command that only reads was pointed where no store exists."""

    @classmethod
    def at(cls, shown: str) -> NoStore:
        return cls(f"{shown}: no store here (check the path, or ingest first)")


class StoreOutOfDate(StoreError):
    """The store's schema is not this version's: older (run ``councilplans db upgrade``) or
    newer (this councilplans is too old for it)."""


class Store:
    """An open store: an engine plus the helpers every write and query uses."""

    def __init__(self, engine: Engine, shown_url: str) -> None:
        self.engine = engine
        self.url = shown_url

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def atomic(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        with self.session() as session:
            try:
                with session.begin():
                    yield session
            except IntegrityError as e:
                raise WriteConflict(f"{self.url}: {first_line(e)}") from e
            except SQLAlchemyError as e:
                raise StoreError(f"{self.url}: {first_line(e)}") from e

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def to_url(url_or_path: str | Path | None) -> str:
    """Given a SQLAlchemy URL or a file path (None: councilplans.db here), return a URL."""
    target = str(url_or_path or DEFAULT_DB)
    if "://" in target:
        return target
    return f"sqlite:///{Path(target).expanduser()}"


def connect(url_or_path: str | Path | None = None, *, create: bool = True) -> Store:
    """Open the store at a path (SQLite) or SQLAlchemy URL. Where there is none yet, make
    one (``create``) or raise NoStore; a store whose schema is not this version's raises
    StoreOutOfDate, saying what to run."""
    url, shown = to_url(url_or_path), display_name(url_or_path)
    _check_sqlite_folder(url, shown)
    if not create and _sqlite_file_missing(url):
        raise NoStore.at(shown)
    with _store_errors(shown):
        engine = _engine(url)
        try:
            with _one_at_a_time(engine, url):
                return Store(_opened(engine, shown, create), shown)
        except BaseException:
            engine.dispose()
            raise


def _opened(engine: Engine, shown: str, create: bool) -> Engine:
    """The engine of a store that is this version's, made now if there was none."""
    revision = migrate.current(engine)
    if revision is None and not create:
        raise NoStore.at(shown)
    if revision is not None and revision != migrate.head():
        raise StoreOutOfDate(_out_of_date(shown, revision))
    create_schema(engine)  # views or a search index a store lacks are added
    if revision is None:
        migrate.stamp(engine)
    return engine


LOCK_KEY = 0x636F756E  # PostgreSQL advisory lock of opening a store ("coun")


@contextmanager
def _one_at_a_time(engine: Engine, url: str) -> Iterator[None]:
    """Hold a lock while a store is checked and, where need be, made: two processes opening
    a new store at once (two ingests, a cluster's workers) would each find it half made.
    SQLite: an exclusive flock on the database file (SQLite's own locks are fcntl ones, which
    it does not disturb); PostgreSQL: a session advisory lock."""
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        with open(url.removeprefix("sqlite:///"), "ab") as held:
            fcntl.flock(held, fcntl.LOCK_EX)
            yield  # closing the file releases the lock
        return
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": LOCK_KEY})
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": LOCK_KEY})


def upgrade(url_or_path: str | Path | None = None) -> tuple[str, str]:
    """Upgrade the store at a path or URL in place to this version's schema; return the
    revisions it was at and is at now (the same when it was up to date)."""
    url, shown = to_url(url_or_path), display_name(url_or_path)
    if _sqlite_file_missing(url):
        raise NoStore.at(shown)
    with _store_errors(shown):
        engine = _engine(url)
        try:
            before = migrate.current(engine)
            if before is None:  # an empty database: nothing to upgrade
                raise NoStore.at(shown)
            if not migrate.known(before):
                raise StoreOutOfDate(_out_of_date(shown, before))
            moved = migrate.upgrade(engine, before)
            create_schema(engine)
        finally:
            engine.dispose()
    return moved


def _out_of_date(shown: str, revision: str) -> str:
    head = migrate.head()
    if migrate.known(revision):
        return (
            f"{shown}: written by an earlier version of councilplans (schema {revision}, this "
            f"version needs {head}): run `councilplans db upgrade --db {shown}`"
        )
    return (
        f"{shown}: written by a newer version of councilplans (schema {revision}, this "
        f"version knows up to {head}): upgrade councilplans"
    )


@contextmanager
def _store_errors(shown: str) -> Iterator[None]:
    """A driver or database error as a one-line StoreError naming the store."""
    try:
        yield
    except ImportError as e:
        raise StoreError(f"{shown}: the database driver is not installed ({e})") from e
    except (ArgumentError, NoSuchModuleError, SQLAlchemyError, ValueError) as e:
        raise StoreError(f"{shown}: {first_line(e)}") from e


def display_name(url_or_path: str | Path | None) -> str:
    """How a store is named in messages: its path as given, or its URL without password."""
    given = str(url_or_path or DEFAULT_DB)
    return _shown(given) if "://" in given else given


def _sqlite_file_missing(url: str) -> bool:
    if not url.startswith("sqlite:///") or url == "sqlite:///:memory:":
        return False
    return not Path(url.removeprefix("sqlite:///")).is_file()


def _engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def create_schema(engine: Engine) -> None:
    """Create the tables, views and full-text index that are missing."""
    Base.metadata.create_all(engine)
    # The views before the index: PostgreSQL's index is a column of its own, which a view
    # of r.* made later would show and hold on to. A view that exists is left as it is
    # (migrations remake the ones they change).
    existing = set(inspect(engine).get_view_names())
    with engine.begin() as conn:
        for name, body in VIEWS.items():
            if name not in existing:
                conn.execute(text(f"CREATE VIEW {name} AS {body}"))
    fulltext.create_index(engine)


def drop_schema(store: Store) -> None:
    """Drop every view and table of the store (used by tests and `reset`-style scripts)."""
    with store.engine.begin() as conn:
        for name in reversed(list(VIEWS)):
            conn.execute(text(f"DROP VIEW IF EXISTS {name}"))
        conn.execute(text(f"DROP TABLE IF EXISTS {migrate.VERSION_TABLE}"))
    fulltext.drop_index(store.engine)
    Base.metadata.drop_all(store.engine)


def latest_version_ids() -> Select[int]:
    """The id of each document's latest usable (ok or partial) version, as a subquery source.

    Every cross-authority query reads only these versions: a re-parse that fails leaves the
    document's last good data in place, and its failure shows in the documents export.
    """
    return (
        select(func.max(VersionRow.id))
        .where(VersionRow.status.in_(USABLE))
        .group_by(VersionRow.document_id)
    )


def _check_sqlite_folder(url: str, shown: str) -> None:
    if not url.startswith("sqlite:///") or url == "sqlite:///:memory:":
        return
    folder = Path(url.removeprefix("sqlite:///")).parent
    if not folder.is_dir():
        raise StoreError(f"{shown}: the folder {folder} does not exist")


def _shown(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def first_line(error: BaseException) -> str:
    message = str(getattr(error, "orig", None) or error).strip()
    return message.splitlines()[0] if message else type(error).__name__
