"""The known source formats, and which reader handles a file."""

from __future__ import annotations

from pathlib import Path

from chancery.errors import UsageError
from chancery.ingest.base import Reader
from chancery.ingest.canonical_json import CanonicalJsonReader

FORMATS: dict[str, type[Reader]] = {"json": CanonicalJsonReader}


def reader_for(path: Path, format_name: str | None = None) -> Reader | None:
    """The reader for ``path``: the named format, or the one its suffix belongs to."""
    if format_name:
        if format_name not in FORMATS:
            known = ", ".join(sorted(FORMATS))
            raise UsageError(f"unknown format {format_name!r}", f"choose one of: {known}")
        return FORMATS[format_name]()
    suffix = path.suffix.lower()
    for reader in FORMATS.values():
        if suffix in reader.suffixes:
            return reader()
    return None
