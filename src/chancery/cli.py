"""The ``chancery`` command: thin click commands over the archive's services.

Exit codes: 0 success, 1 when something failed, 2 for a usage error. Errors are one
line with a hint; ``--debug`` shows the traceback.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, NoReturn

import click

from chancery import __version__
from chancery.datafolder import DEFAULT_PATH, DataFolder
from chancery.errors import ChanceryError, UsageError

STATUSES = click.Choice(["draft", "published", "restricted"])


class ChanceryGroup(click.Group):
    """Turns domain errors into one line, a hint and an exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except ChanceryError as error:
            _fail(error.message, error.hint, 2 if isinstance(error, UsageError) else 1, ctx)
        except KeyboardInterrupt:
            _fail("interrupted", "stored documents are intact; run the command again", 1, ctx)
        except Exception as error:  # the edge: never show a traceback without --debug
            if ctx.obj and ctx.obj.get("debug"):
                raise
            hint = "run again with --debug for the traceback, and report it"
            _fail(f"unexpected error: {type(error).__name__}: {error}", hint, 1, ctx)


def _fail(message: str, hint: str, code: int, ctx: click.Context) -> NoReturn:
    click.echo(f"Error: {message}", err=True)
    if hint:
        click.echo(f"Hint: {hint}", err=True)
    ctx.exit(code)


@click.group(cls=ChanceryGroup)
@click.version_option(__version__, prog_name="chancery")
@click.option(
    "--data",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="CHANCERY_DATA",
    help=f"The data folder [env CHANCERY_DATA; default {DEFAULT_PATH}].",
)
@click.option(
    "--database-url",
    envvar="CHANCERY_DATABASE_URL",
    help="PostgreSQL URL instead of SQLite [env CHANCERY_DATABASE_URL].",
)
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.pass_context
def main(ctx: click.Context, data: Path | None, database_url: str | None, debug: bool) -> None:
    """Chancery: a digital archive of historical primary sources."""
    ctx.obj = {"data": data, "database_url": database_url, "debug": debug}


def archive(ctx: click.Context, data: Path | None = None) -> DataFolder:
    """Create the data folder if needed, start Django and bring the database up to date."""
    from chancery.setup import configure, migrate

    folder = DataFolder((data or ctx.obj["data"] or Path(DEFAULT_PATH)).absolute())
    folder.create()
    configure(folder.path, ctx.obj["database_url"], ctx.obj["debug"])
    migrate()
    return folder


@main.command()
@click.pass_context
def init(ctx: click.Context) -> None:
    """Create the data folder and its database."""
    folder = archive(ctx)
    click.echo(f"Archive ready in {folder.path}")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "format_name", help="Source format, instead of detecting it per file.")
@click.option(
    "--status",
    type=STATUSES,
    help="Status of new documents whose source has none [default: published].",
)
@click.option("-v", "--verbose", is_flag=True, help="Report every document, not only failures.")
@click.pass_context
def ingest(
    ctx: click.Context,
    paths: tuple[Path, ...],
    format_name: str | None,
    status: str | None,
    verbose: bool,
) -> None:
    """Read files or folders into the archive. Safe to re-run."""
    archive(ctx)
    from chancery.archive.importer import find_sources
    from chancery.reports import run_import

    summary = run_import(find_sources(paths, format_name), status, verbose)
    ctx.exit(1 if summary.failures else 0)


@main.command()
@click.argument("document_id")
@click.option("--json", "as_json", is_flag=True, help="The canonical document JSON.")
@click.option("--revision", type=int, help="Show this version instead of the current one.")
@click.pass_context
def show(ctx: click.Context, document_id: str, as_json: bool, revision: int | None) -> None:
    """Show one document."""
    archive(ctx)
    from chancery.archive import history
    from chancery.archive.documents import get_document_json
    from chancery.reports import print_document

    if revision is None:
        data = get_document_json(document_id, public=False)
    else:
        data = history.version_json(document_id, revision)
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print_document(data)


@main.command("list")
@click.option("--status", type=STATUSES, help="Only documents with this status.")
@click.option("--limit", default=50, show_default=True, help="How many documents.")
@click.option("--offset", default=0, show_default=True, help="How many to skip.")
@click.pass_context
def list_documents(ctx: click.Context, status: str | None, limit: int, offset: int) -> None:
    """List documents in date order."""
    archive(ctx)
    from chancery.archive.documents import listing
    from chancery.reports import print_listing

    print_listing(listing(status, limit, offset))


@main.command()
@click.option(
    "--format",
    "format_name",
    type=click.Choice(["jsonl"]),
    default="jsonl",
    show_default=True,
    help="Export format.",
)
@click.option(
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file instead of standard output.",
)
@click.option("--status", type=STATUSES, help="Only documents with this status.")
@click.pass_context
def export(ctx: click.Context, format_name: str, output: Path | None, status: str | None) -> None:
    """Export documents as canonical JSON Lines."""
    archive(ctx)
    from chancery.archive.documents import export_json
    from chancery.exporting import write_jsonl

    count = write_jsonl(export_json(status), output)
    if output is not None:
        click.echo(f"Exported {count} documents to {output}", err=True)


@main.command()
@click.argument("document_id")
@click.pass_context
def history(ctx: click.Context, document_id: str) -> None:
    """List the versions of a document."""
    archive(ctx)
    from chancery.archive.history import versions
    from chancery.reports import print_versions

    print_versions(document_id, versions(document_id))


@main.command()
@click.argument("document_id")
@click.argument("version", type=int)
@click.pass_context
def restore(ctx: click.Context, document_id: str, version: int) -> None:
    """Make an old version of a document current again."""
    archive(ctx)
    from chancery.archive import history

    result = history.restore(document_id, version)
    click.echo(f"{result.outcome}: {document_id} is now version {result.version or version}")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64))
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, workers: int) -> None:
    """Serve the archive over HTTP with gunicorn."""
    folder = archive(ctx)
    from chancery.server import serve as run_server

    run_server(folder, host, port, workers)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.pass_context
def demo(ctx: click.Context, host: str, port: int) -> None:
    """Load the bundled demo archive into ./chancery-demo (or --data) and serve it."""
    folder = archive(ctx, ctx.obj["data"] or Path("./chancery-demo"))
    from chancery.archive.importer import find_sources
    from chancery.demo import demo_files
    from chancery.reports import run_import
    from chancery.server import serve as run_server

    run_import(find_sources(demo_files()), None, verbose=False)
    click.echo(f"Demo archive in {folder.path}; serving on http://{host}:{port}/")
    run_server(folder, host, port, 2)


@main.command(
    context_settings={
        "ignore_unknown_options": True,
        "allow_extra_args": True,
        "help_option_names": [],
    }
)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
@click.pass_context
def manage(ctx: click.Context, args: tuple[str, ...]) -> None:
    """Run a Django management command, e.g. 'chancery manage createsuperuser'."""
    archive(ctx)
    from django.core.management import ManagementUtility

    ManagementUtility(["chancery manage", *args]).execute()


if __name__ == "__main__":  # pragma: no cover
    main(prog_name="chancery")
    sys.exit(0)
