"""Bulk export writers: stream documents to a file or standard output."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

import orjson

from chancery.errors import ChanceryError


def write_jsonl(documents: Iterable[dict[str, Any]], output: Path | None) -> int:
    """Write one JSON object a line; a file appears whole or not at all."""
    if output is None:
        return _write(documents, sys.stdout)
    folder = output.absolute().parent
    if not folder.is_dir():
        raise ChanceryError(f"cannot write {output}: no folder {folder}", "create it first")
    fd, temporary = tempfile.mkstemp(dir=folder, prefix=f".{output.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            count = _write(documents, handle)
        os.replace(temporary, output)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return count


# Line breaks other than \n are valid inside JSON strings, but tools that split lines on
# them (Python's str.splitlines, some editors) would break a record: write them escaped.
LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def json_line(document: dict[str, Any]) -> str:
    """One document as one line of JSON, UTF-8 text, no stray line breaks."""
    return orjson.dumps(document).decode().translate(LINE_BREAKS)


def _write(documents: Iterable[dict[str, Any]], handle: IO[str]) -> int:
    count = 0
    for document in documents:
        handle.write(json_line(document))
        handle.write("\n")
        count += 1
    return count
