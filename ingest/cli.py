"""The councilplans command: ingest plans, compare authorities, export data, search text.

Each command is a thin layer over one library function; library errors become one-line
click errors, never tracebacks.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

import click

from councilplans.extractors.errors import ExtractError
from councilplans.extractors.settings import READERS
from councilplans.ingest import batch, render
from councilplans.ingest.pool import DEFAULT_MEMORY_MB, DEFAULT_SECONDS, Limits
from councilplans.normalise.authorities import UnknownAuthority, find_authority
from councilplans.normalise.record import KINDS
from councilplans.store import (
    DEFAULT_DB,
    StoreError,
    assign,
    changes,
    compare,
    connect,
    export,
    search,
    upgrade,
)
from councilplans.store.db import display_name
from councilplans.store.search import KINDS as SEARCH_KINDS

LIBRARY_ERRORS = (StoreError, UnknownAuthority, ExtractError)
db_option = click.option(
    "--db",
    "db",
    default=DEFAULT_DB,
    show_default=True,
    metavar="URL",
    help="SQLite file path or SQLAlchemy URL (postgresql+psycopg://user:pw@host/db).",
)


@contextmanager
def one_line_errors() -> Iterator[None]:
    """Turn a library error into click's one-line "Error: <file>: <reason>"."""
    try:
        yield
    except LIBRARY_ERRORS as e:
        raise click.ClickException(str(e)) from e


@click.group()
@click.version_option(package_name="councilplans")
def main() -> None:
    """Turn UK council plan documents (PDF, DOCX) into comparable data."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@db_option
@click.option("--authority", metavar="NAME", help="Set the authority of every file (any alias).")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    help="Documents parsed at once, each in its own process.  [default: one per core]",
)
@click.option(
    "--reader",
    type=click.Choice(READERS),
    default=READERS[0],
    show_default=True,
    help="The PDF reader: pdfium, or pdfplumber (the reference, slower).",
)
@click.option(
    "--max-seconds",
    type=click.FloatRange(min=0, min_open=True),
    default=DEFAULT_SECONDS,
    show_default=True,
    help="A document taking longer fails, and the batch goes on.",
)
@click.option(
    "--max-memory",
    metavar="MB",
    type=click.IntRange(min=1),
    default=DEFAULT_MEMORY_MB,
    show_default=True,
    help="A document needing more memory than this fails, and the batch goes on.",
)
def ingest(
    paths: tuple[str, ...],
    db: str,
    authority: str | None,
    workers: int | None,
    reader: str,
    max_seconds: float,
    max_memory: int,
) -> None:
    """Ingest PDF and DOCX plans (files or folders) into the store.

    Unchanged files are skipped; a changed file becomes a new version; a file that cannot be
    read is recorded as failed with its reason and the others go on. Exit code 1 if any failed.

    \b
    Example:
        councilplans ingest plans/ extra/stockton.pdf --db plans.db
        councilplans ingest plans/ --workers 2 --max-seconds 120 --max-memory 1024
    """
    on_file = lambda result: click.echo(render.file_line(result))  # noqa: E731
    limits = Limits(seconds=max_seconds, memory_mb=max_memory)
    with one_line_errors():
        report = batch.ingest_paths(
            paths,
            db,
            authority=authority,
            on_file=on_file,
            workers=workers,
            settings={"reader": reader},
            limits=limits,
        )
    click.echo(report.summary())
    sys.exit(0 if report.ok else 1)


@main.command(name="compare")
@db_option
@click.option("--theme", metavar="T", help="Only records of this theme (e.g. obesity).")
@click.option("--indicator", metavar="TEXT", help="Only records whose measure or code has TEXT.")
@click.option("--kind", type=click.Choice(KINDS))
def compare_cmd(db: str, theme: str | None, indicator: str | None, kind: str | None) -> None:
    """Compare authorities: matching records side by side, or a summary with no filter.

    \b
    Example:
        councilplans compare --indicator "breastfeeding"
        councilplans compare --theme obesity --kind indicator --db plans.db
    """
    with one_line_errors(), connect(db, create=False) as store:
        frame = compare(store, theme=theme, indicator=indicator, kind=kind)
    filtered = any(v is not None for v in (theme, indicator, kind))
    click.echo(render.compare_text(frame) if filtered else render.summary_text(frame))


@main.command(name="export")
@db_option
@click.option(
    "--what",
    type=click.Choice(["records", "tables", "sections", "documents"]),
    default="records",
    show_default=True,
)
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True
)
@click.option(
    "--out",
    type=click.File("w", encoding="utf-8", lazy=True),
    default="-",
    help="File to write (default: standard output).",
)
def export_cmd(db: str, what: str, fmt: str, out: TextIO) -> None:
    """Export the latest version of every document as JSON lines or CSV.

    \b
    Example:
        councilplans export --what records --format csv --out records.csv
    """
    with one_line_errors(), connect(db, create=False) as store:
        export(store, what, fmt, out)


@main.command(name="changes")
@click.argument("doc")
@db_option
def changes_cmd(doc: str, db: str) -> None:
    """List records added and removed between the last two versions of a document.

    DOC is the file name, its stem or its path. Records are matched by priority and measure.

    \b
    Example:
        councilplans changes stoke-on-trent-cyp-plan-2016-20.pdf
    """
    with one_line_errors(), connect(db, create=False) as store:
        diff = changes(store, doc)
    click.echo(
        f"{diff.doc}: version {diff.old_version} -> {diff.new_version}: "
        f"{len(diff.added)} added, {len(diff.removed)} removed"
    )
    for sign, items in (("+", diff.added), ("-", diff.removed)):
        for priority, measure in items:
            click.echo(f"{sign} {render.cut(measure, 60)}  [{render.cut(priority, 30)}]")


@main.command(name="search")
@click.argument("query", nargs=-1, required=True)
@click.option("--authority", metavar="NAME", help="Only this authority (any name, alias or code).")
@click.option(
    "--kind", type=click.Choice(SEARCH_KINDS), help="Only sections, or only records of this kind."
)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=20,
    show_default=True,
    metavar="N",
    help="At most N hits.",
)
@db_option
def search_cmd(
    query: tuple[str, ...], authority: str | None, kind: str | None, limit: int, db: str
) -> None:
    """Search the text of every section and record, best matches first.

    A hit has every word of QUERY, and each "quoted phrase" as consecutive words; words match
    by stem ("priorities" finds "priority"). Each hit shows authority | document | page | kind,
    its heading path and the text around the match, with the matched words in [brackets].

    \b
    Example:
        councilplans search early help --authority stoke
        councilplans search '"information sharing protocol"' --kind section --db plans.db
    """
    with one_line_errors(), connect(db, create=False) as store:
        council = find_authority(authority) if authority is not None else None
        hits = search(store, " ".join(query), authority=council, kind=kind, limit=limit)
    click.echo(render.search_text(hits))


@main.command(name="assign")
@click.argument("doc")
@click.argument("authority")
@db_option
def assign_cmd(doc: str, authority: str, db: str) -> None:
    """Give a document its authority by hand, where recognition got it wrong or found none.

    DOC is the file name, its stem or its path; AUTHORITY any name, alias or code of a
    council. The assignment stays when later versions of the file are ingested.

    \b
    Example:
        councilplans assign west-cheshire.docx "Cheshire East"
    """
    with one_line_errors(), connect(db, create=False) as store:
        done = assign(store, doc, find_authority(authority))
    was = f" (was {done.before})" if done.before else " (had none)"
    click.echo(f"{done.file}: {done.authority}{was}")


@main.group(name="db")
def db_group() -> None:
    """Look after the store itself.

    \b
    Example:
        councilplans db upgrade --db plans.db
    """


@db_group.command(name="upgrade")
@db_option
def upgrade_cmd(db: str) -> None:
    """Upgrade a store an earlier version of councilplans wrote, in place, keeping all it
    holds. Every other command refuses such a store until it is upgraded.

    \b
    Example:
        councilplans db upgrade --db plans.db
    """
    with one_line_errors():
        before, after = upgrade(db)
    if before == after:
        click.echo(f"{display_name(db)}: already at schema {after}")
    else:
        click.echo(f"{display_name(db)}: upgraded from schema {before} to {after}")


@main.command(name="debug")
@click.argument("file", type=click.Path(path_type=str))
@click.option(
    "--page",
    type=click.IntRange(min=1),
    required=True,
    metavar="N",
    help="The page to draw, from 1.",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=str),
    help="The PNG to write (default: FILE-page-N.png in the current folder).",
)
@click.option(
    "--resolution",
    type=click.IntRange(min=20, max=600),
    default=100,
    show_default=True,
    help="Pixels per inch.",
)
def debug_cmd(file: str, page: int, out: str | None, resolution: int) -> None:
    """Draw one PDF page with what table finding saw, and list its candidates.

    The picture shows every word's box (grey), the rules (red), the fills (blue), each
    finder's candidate regions in its own colour (thick when kept) and the final grid of
    the tables kept (navy); a legend under the page names the colours.

    \b
    Example:
        councilplans debug plan.pdf --page 7 --out page7.png
    """
    from councilplans.extractors.debug import debug_page  # reads PDFs: loaded when asked

    with one_line_errors():
        picture = debug_page(file, page, resolution=resolution)
    target = out or f"{Path(file).stem}-page-{page}.png"
    picture.image.save(target)
    click.echo(picture.summary())
    click.echo(f"wrote {target}")
