"""Ingest files into the archive: find sources, read them, save drafts, report per item.

Safe to re-run: an unchanged source reports ``unchanged`` and writes nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from chancery.archive.models import Status, check_status
from chancery.archive.store import FAILED, OUTCOMES, Store
from chancery.drafts import DocumentDraft
from chancery.ingest import Reader, Record, reader_for


@dataclass(frozen=True)
class ItemReport:
    """One line of an ingest report."""

    outcome: str
    id: str
    location: str
    message: str = ""


@dataclass
class Summary:
    counts: Counter[str] = field(default_factory=Counter)
    failures: list[ItemReport] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    files: int = 0

    def add(self, report: ItemReport) -> None:
        self.counts[report.outcome] += 1
        if report.outcome == FAILED:
            self.failures.append(report)

    @property
    def total(self) -> int:
        return sum(self.counts[o] for o in OUTCOMES)


@dataclass(frozen=True)
class Source:
    path: Path
    reader: Reader | None
    named: bool = True  # named by the user, not found in a folder


def find_sources(paths: Iterable[Path], format_name: str | None = None) -> list[Source]:
    """Files named and files under folders named, each with its reader (None if unknown)."""
    sources = []
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path))
            sources += [Source(p, reader_for(p, format_name), named=False) for p in files]
        else:
            sources.append(Source(path, reader_for(path, format_name)))
    return sources


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


class Importer:
    """Reads sources and saves their drafts, calling ``on_item`` for every record."""

    def __init__(
        self,
        status: str | None = None,
        on_item: Callable[[ItemReport], None] | None = None,
        on_file: Callable[[Path], None] | None = None,
    ) -> None:
        check_status(status)
        self.store = Store(status or Status.PUBLISHED)
        self.on_item = on_item or (lambda report: None)
        self.on_file = on_file or (lambda path: None)
        self.summary = Summary()
        self.locations: dict[str, str] = {}

    def run(self, sources: list[Source]) -> Summary:
        for result in self.store.save_many(self._drafts(sources)):
            location = self.locations.pop(result.id, result.source)
            self._report(ItemReport(result.outcome, result.id, location, result.message))
        return self.summary

    def _report(self, report: ItemReport) -> None:
        self.summary.add(report)
        self.on_item(report)

    def _drafts(self, sources: list[Source]) -> Iterator[DocumentDraft]:
        for source in sources:
            self.summary.files += 1
            yield from self._read(source)
            self.on_file(source.path)

    def _read(self, source: Source) -> Iterator[DocumentDraft]:
        if source.reader is None:
            self._unknown(source)
            return
        for record in _records(source):
            if record.draft is None:
                self._report(ItemReport(FAILED, "", record.location, record.error))
            else:
                self.locations[record.draft.id] = record.location
                yield record.draft

    def _unknown(self, source: Source) -> None:
        """A file no reader takes: skipped inside a folder, a failure when named."""
        if not source.named:
            self.summary.skipped.append(str(source.path))
        elif source.path.exists():
            hint = "no reader for this kind of file; give --format (e.g. --format json)"
            self._report(ItemReport(FAILED, "", str(source.path), hint))
        else:
            self._report(ItemReport(FAILED, "", str(source.path), "no such file or folder"))


def _records(source: Source) -> Iterator[Record]:
    """The reader's records; a file that cannot be opened becomes one failed record."""
    assert source.reader is not None
    try:
        yield from source.reader.read(source.path)
    except OSError as error:
        reason = error.strerror or str(error)
        yield Record(str(source.path), error=f"cannot read the file: {reason}")
