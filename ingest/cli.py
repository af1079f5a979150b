"""The councilplans command: ingest plans, compare authorities, export data, search text.

Each command is a thin layer over one library function; library errors become one-line
click errors, never tracebacks.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
from click.core import ParameterSource

from councilplans import api
from councilplans.extractors.errors import ExtractError
from councilplans.extractors.limits import (
    DEFAULT_MEMORY_MB,
    DEFAULT_PAGES,
    DEFAULT_PART_MB,
    DEFAULT_SECONDS,
    Limits,
)
from councilplans.extractors.settings import READERS
from councilplans.ingest import render
from councilplans.ingest.batch import FileResult, reparse_document, summary_line
from councilplans.ingest.cluster import DaskMissing, WorkersCannotFork
from councilplans.ingest.progress import Display, watching
from councilplans.ingest.report import Run, write_report
from councilplans.normalise.authorities import UnknownAuthority, find_authority
from councilplans.normalise.record import KINDS
from councilplans.store import (
    DEFAULT_DB,
    StoreError,
    assign,
    changes,
    connect,
    export,
    parser_version,
    upgrade,
)
from councilplans.store.db import display_name
from councilplans.store.diff import diff
from councilplans.store.ranked import rank_words
from councilplans.store.search import KINDS as SEARCH_KINDS

LIBRARY_ERRORS = (StoreError, UnknownAuthority, ExtractError, DaskMissing, WorkersCannotFork)
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
@click.option(
    "--max-pages",
    metavar="N",
    type=click.IntRange(min=1),
    default=DEFAULT_PAGES,
    show_default=True,
    help="A PDF of more pages fails before any is read.",
)
@click.option(
    "--max-docx-part",
    metavar="MB",
    type=click.IntRange(min=1),
    default=DEFAULT_PART_MB,
    show_default=True,
    help="A DOCX with a part that decompresses to more fails before it is opened.",
)
@click.option(
    "--password",
    envvar="COUNCILPLANS_PDF_PASSWORD",
    help="Open encrypted PDFs with this password (or set COUNCILPLANS_PDF_PASSWORD).",
)
@click.option(
    "--reparse",
    is_flag=True,
    help="Read unchanged files again when another version of councilplans read them.",
)
@click.option(
    "--executor",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Parse here (a process per worker) or on a dask.distributed cluster.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    envvar="DASK_SCHEDULER_ADDRESS",
    help="The dask scheduler (tcp://host:8786) for --executor dask; --db must be PostgreSQL.",
)
@click.option("--quiet", "-q", is_flag=True, help="Show only the files that failed, and the total.")
@click.option(
    "--report",
    metavar="FILE",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write a JSON report: one entry per file (status, pages, records, seconds, error).",
)
def ingest(
    paths: tuple[str, ...],
    db: str,
    authority: str | None,
    workers: int | None,
    reader: str,
    reparse: bool,
    password: str | None,
    executor: str,
    scheduler: str | None,
    quiet: bool,
    report: Path | None,
    **limits: Any,
) -> None:
    """Ingest PDF and DOCX plans (files or folders) into the store.

    Unchanged files are skipped; a changed file becomes a new version; a file that cannot be
    read is recorded as failed with its reason and the others go on. Exit code 1 if any failed.
    On a terminal a progress bar shows documents and pages done, the rate and the time left.

    \b
    Example:
        councilplans ingest plans/ extra/stockton.pdf --db plans.db
        councilplans ingest plans/ --workers 2 --max-seconds 120 --max-memory 1024
        councilplans ingest plans/ --quiet --report run.json   # the nightly job
        councilplans ingest plans/ --reparse    # after upgrading councilplans
        councilplans ingest /shared/plans --executor dask --scheduler tcp://head:8786 \\
            --db postgresql+psycopg://user:pw@dbhost/plans
    """
    cluster = cluster_scheduler(executor, scheduler)
    run = Run(display_name(db))
    with reporting(run, report), one_line_errors(), watching(quiet, sys.stderr.isatty()) as show:
        api.ingest(
            paths,
            db=db,
            authority=authority,
            on_file=recording(run, show),
            on_start=show.start,
            workers=workers,
            reader=reader,
            limits=cluster_limits(limits) if cluster else chosen_limits(**limits),
            reparse=reparse,
            password=password,
            scheduler=cluster,
        )
    finish(run, quiet)


@contextmanager
def reporting(run: Run, report: Path | None) -> Iterator[None]:
    """Write the run's report when it ends, however it ends (an interrupted run says so)."""
    try:
        yield
    except KeyboardInterrupt:
        run.interrupted = True
        raise
    finally:
        if report is not None:
            write_report(report, run)


def recording(run: Run, show: Display) -> Callable[[FileResult], None]:
    """What to do with each file's result: keep it for the report, and show it."""

    def record(result: FileResult) -> None:
        run.results.append(result)
        show.file(result)

    return record


def finish(run: Run, quiet: bool) -> None:
    """The closing line, the files that failed again (unless quiet), and the exit code."""
    click.echo(summary_line((r.status, r.records) for r in run.results))
    if not quiet:
        click.echo(render.problems_text(run.results), nl=False)
    sys.exit(1 if any(r.status == "failed" for r in run.results) else 0)


def chosen_limits(
    max_seconds: float, max_memory: int, max_pages: int, max_docx_part: int
) -> Limits:
    return Limits(max_seconds, max_memory, max_pages, max_docx_part)


def cluster_scheduler(executor: str, scheduler: str | None) -> str | None:
    """The scheduler to send the batch to, or None to parse here."""
    if executor == "local":
        return None
    if scheduler is None:
        raise click.UsageError("--executor dask needs --scheduler ADDRESS (tcp://host:8786)")
    return scheduler


def cluster_limits(limits: dict[str, Any]) -> Limits | None:
    """The limits to hand a cluster: None (the default page and DOCX part limits, time and
    memory left to the cluster) unless a limit was asked for, which has each document read
    in a process its worker forks: workers started with DASK_DISTRIBUTED__WORKER__DAEMON=False."""
    source = click.get_current_context().get_parameter_source
    asked = any(source(name) != ParameterSource.DEFAULT for name in limits)
    return chosen_limits(**limits) if asked else None


@main.command(name="compare")
@db_option
@click.option("--theme", metavar="T", help="Only records of this theme (e.g. obesity).")
@click.option("--indicator", metavar="TEXT", help="Only records whose measure or code has TEXT.")
@click.option("--kind", type=click.Choice(KINDS))
@click.option("--authority", metavar="NAME", help="Only this authority (any name, alias or code).")
@click.option("--period", metavar="YEARS", help="Only plans whose period overlaps (2016-2020).")
def compare_cmd(
    db: str,
    theme: str | None,
    indicator: str | None,
    kind: str | None,
    authority: str | None,
    period: str | None,
) -> None:
    """Compare authorities: matching records side by side, or a summary with no filter.

    \b
    Example:
        councilplans compare --indicator "breastfeeding"
        councilplans compare --theme obesity --kind indicator --db plans.db
        councilplans compare --kind action --period 2016-2020
    """
    filters = {"theme": theme, "indicator": indicator, "kind": kind}
    filters |= {"authority": authority, "period": period}
    with one_line_errors():
        if all(value is None for value in filters.values()):
            click.echo(render.summary_text(api.summary(db=db)))
        else:
            click.echo(render.compare_text(api.compare(db=db, **filters)))


@main.command(name="export")
@db_option
@click.option(
    "--what",
    type=click.Choice(["records", "tables", "sections", "documents"]),
    default="records",
    show_default=True,
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "parquet"]),
    default="jsonl",
    show_default=True,
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, allow_dash=True),
    default="-",
    metavar="FILE",
    help="File to write (default: standard output; parquet needs a file).",
)
def export_cmd(db: str, what: str, fmt: str, out: str) -> None:
    """Export the latest version of every document as JSON lines, CSV or Parquet.

    Every column, its type and unit: docs/data-dictionary.md.

    \b
    Example:
        councilplans export --what records --format csv --out records.csv
        councilplans export --what tables --format parquet --out tables.parquet
    """
    from councilplans.store import export_parquet

    if fmt == "parquet" and out == "-":
        raise click.ClickException("parquet is binary: give --out FILE")
    with one_line_errors(), connect(db, create=False) as store:
        if fmt == "parquet":
            export_parquet(store, what, out)
            return
        with click.open_file(out, "w", encoding="utf-8", lazy=True) as stream:
            export(store, what, fmt, stream)


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


@main.command(name="diff")
@click.argument("doc")
@click.option("--from", "old", type=click.IntRange(min=1), metavar="N", help="Older version.")
@click.option("--to", "new", type=click.IntRange(min=1), metavar="N", help="Newer version.")
@click.option(
    "--reparse",
    is_flag=True,
    help="First read the file again if another version of councilplans read it.",
)
@db_option
def diff_cmd(doc: str, old: int | None, new: int | None, reparse: bool, db: str) -> None:
    """List the records added, removed and changed between two versions of a document.

    DOC is the file name, its stem or its path. Versions are numbered from 1 within the
    document; by default the last two usable ones are compared. Records are matched by
    what they say (the action or measure), not by their row, so a row moved is no change; a
    record changed shows each field that differs, old -> new.

    \b
    Example:
        councilplans diff stoke-on-trent-cyp-plan-2016-20.pdf
        councilplans diff draft.docx --from 1 --to 3 --db plans.db
        councilplans diff draft.docx --reparse
    """
    with one_line_errors(), connect(db, create=False) as store:
        if reparse:
            read = reparse_document(store, doc)
            click.echo(render.reparse_line(read, parser_version()))
        found = diff(store, doc, old, new)
    click.echo(render.diff_text(found))


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
    with one_line_errors():
        hits = api.search(" ".join(query), db=db, authority=authority, kind=kind, limit=limit)
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
        if before != after:
            with connect(db) as store:
                rank_words(store)  # as after a batch: searches of common words read it
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


@main.command(name="serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="The address to listen on.")
@click.option(
    "--port",
    type=click.IntRange(min=1, max=65535),
    default=8001,
    show_default=True,
    help="The port to listen on.",
)
def serve_cmd(db: str, host: str, port: int) -> None:
    """Serve a SQLite store in Datasette at http://HOST:PORT/, until Ctrl-C.

    Tables and views come with descriptions and facets (authority, kind, theme, period);
    canned queries compare a theme or an indicator across authorities, sum up each
    authority, and search the plans' text. Needs the serve extra:
    pip install 'councilplans[serve]'.

    \b
    Example:
        councilplans serve --db plans.db
        councilplans serve --db plans.db --port 8080
    """
    from councilplans.store.serve import open_site, run  # loaded when asked, as Datasette is

    with one_line_errors():
        site = open_site(db, host, port)
    click.echo(f"Serving {display_name(db)} at {site.url} (Ctrl-C to stop)")
    run(site)
