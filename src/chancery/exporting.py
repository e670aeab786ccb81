"""Bulk export writers: stream documents to a file or standard output."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from chancery.errors import ChanceryError


def write_jsonl(documents: Iterable[dict[str, Any]], output: Path | None) -> int:
    """Write one JSON object a line; a file appears whole or not at all."""
    if output is None:
        return _write(documents, sys.stdout)
    folder = output.absolute().parent
    if not folder.is_dir():
        raise ChanceryError(f"cannot write {output}: no folder {folder}", "create it first")
    handle = tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", dir=folder, prefix=f".{output.name}.", delete=False
    )
    try:
        with handle:
            count = _write(documents, handle)
        os.replace(handle.name, output)
    finally:
        if os.path.exists(handle.name):
            os.unlink(handle.name)
    return count


def _write(documents: Iterable[dict[str, Any]], handle: IO[str]) -> int:
    count = 0
    for document in documents:
        handle.write(json.dumps(document, ensure_ascii=False, separators=(",", ":")))
        handle.write("\n")
        count += 1
    return count
