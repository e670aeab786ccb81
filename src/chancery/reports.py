"""What the CLI prints: ingest progress and summaries, documents, lists and versions."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from chancery.archive.importer import Importer, ItemReport, Source, Summary
from chancery.archive.models import Document
from chancery.archive.store import FAILED, OUTCOMES

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def run_import(sources: list[Source], status: str | None, verbose: bool) -> Summary:
    """Ingest with a progress bar over files; report failures (and all items if verbose)."""
    with Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files · {task.fields[docs]} documents"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    ) as progress:
        task = progress.add_task("ingest", total=len(sources), docs=0)

        def on_item(report: ItemReport) -> None:
            progress.update(task, docs=importer.summary.total)
            if verbose or report.outcome == FAILED:
                _print_item(report)

        importer = Importer(status, on_item, lambda path: progress.advance(task))
        summary = importer.run(sources)
    print_summary(summary)
    return summary


def _print_item(report: ItemReport) -> None:
    if report.outcome == FAILED:
        err.print(f"[red]failed[/red]    {report.location}: {report.message}", markup=True)
    else:
        out.print(f"{report.outcome:<10}{report.id}", markup=False)


def print_summary(summary: Summary) -> None:
    counts = ", ".join(f"{summary.counts[o]} {o}" for o in OUTCOMES)
    err.print(f"{summary.files} files: {counts}", markup=False)
    if summary.skipped:
        err.print(
            f"skipped {len(summary.skipped)} files no reader takes (e.g. {summary.skipped[0]})",
            markup=False,
        )


LABELS = [
    ("type", "Type"),
    ("date", "Date"),
    ("place", "Place"),
    ("classification", "Classification"),
    ("priority", "Priority"),
    ("reference", "Reference"),
    ("source_citation", "Source"),
    ("repository", "Repository"),
    ("creators", "From"),
    ("recipients", "To"),
    ("translators", "Translated by"),
    ("funders", "Funders"),
    ("status", "Status"),
    ("version", "Version"),
    ("url", "URL"),
]


def print_document(data: dict[str, Any]) -> None:
    out.print(f"[bold]{data['title']}[/bold]", markup=True)
    table = Table.grid(padding=(0, 2))
    for key, label in LABELS:
        value = data[key]
        if value:
            table.add_row(label, ", ".join(value) if isinstance(value, list) else str(value))
    collections = [c["title"] for c in data["collections"]]
    if collections:
        table.add_row("Collections", "; ".join(collections))
    out.print(table)
    for text in data["texts"]:
        out.print(f"\n[dim]{text['kind']} ({text['language'] or 'und'})[/dim]", markup=True)
        out.print(text["text"], markup=False)


def print_listing(documents: Iterable[Document]) -> None:
    """One document a line: id, date, status and title in aligned columns."""
    rows = [(d.id, d.date_edtf or "undated", d.status, d.title) for d in documents]
    if not rows:
        err.print("no documents", markup=False)
        return
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        out.print("  ".join([*cells, row[3]]), markup=False, highlight=False, crop=False)


def print_versions(document_id: str, versions: Iterable[Any]) -> None:
    table = Table("version", "at", "", box=None, title=document_id)
    for info in versions:
        table.add_row(str(info.version), info.at, info.reason)
    out.print(table)
