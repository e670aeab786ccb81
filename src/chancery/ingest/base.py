"""What every reader shares: the located record it yields, and the file checksum."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import ClassVar, Protocol

from chancery.drafts import DocumentDraft, Provenance


@dataclass(frozen=True)
class Record:
    """One record read from a source: a draft, or the reason it could not be read.

    ``location`` names the file and, where it can, the line ("data.jsonl:12").
    """

    location: str
    draft: DocumentDraft | None = None
    error: str = ""


class Reader(Protocol):
    """A reader turns one source file into records, streaming."""

    name: ClassVar[str]
    version: ClassVar[str]
    suffixes: ClassVar[tuple[str, ...]]

    def read(self, path: Path) -> Iterator[Record]: ...


def file_checksum(path: Path) -> str:
    """``sha256:`` and the hex digest of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return f"sha256:{digest.hexdigest()}"


def provenance(path: Path, reader: Reader, checksum: str) -> Provenance:
    """The provenance a reader gives the drafts of one file."""
    return Provenance(
        source=str(path),
        checksum=checksum,
        reader=reader.name,
        reader_version=reader.version,
        ingested_at=datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
    )
