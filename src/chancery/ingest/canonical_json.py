"""The canonical JSON reader: ``.json`` (an object or an array) and ``.jsonl`` files.

It reads what ``chancery export`` writes (docs/document-json.md). JSON Lines stream
line by line; a ``.json`` array is decoded element by element so every error can
name its line. Drafts keep the provenance they carry; drafts without one get this
file's.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import orjson

from chancery.canonical import from_json
from chancery.errors import DraftInvalid
from chancery.ingest.base import Record, file_checksum, provenance

DECODER = json.JSONDecoder()
TOO_DEEP = "JSON nested too deeply to read; flatten the record"
WHITESPACE = " \t\r\n"


class CanonicalJsonReader:
    name: ClassVar[str] = "canonical-json"
    version: ClassVar[str] = "1"
    suffixes: ClassVar[tuple[str, ...]] = (".json", ".jsonl", ".ndjson")

    def read(self, path: Path) -> Iterator[Record]:
        checksum = file_checksum(path)
        values = _lines(path) if path.suffix.lower() != ".json" else _document(path)
        for line, value, error in values:
            location = f"{path}:{line}"
            yield self._record(location, value, error, path, checksum)

    def _record(self, location: str, value: Any, error: str, path: Path, checksum: str) -> Record:
        if error:
            return Record(location, error=error)
        try:
            draft = from_json(value)
        except DraftInvalid as invalid:
            return Record(location, error=str(invalid))
        if not draft.provenance.source:
            draft.provenance = provenance(path, self, checksum)
        return Record(location, draft)


Parsed = tuple[int, Any, str]  # line, value, error


def _lines(path: Path) -> Iterator[Parsed]:
    """JSON Lines: one value per non-blank line."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            text, error = _decode(raw, number)
            if error:
                yield number, None, error
            elif text.strip():
                yield number, *_loads(text, number)


def _decode(raw: bytes, line: int) -> tuple[str, str]:
    try:
        return raw.decode("utf-8-sig" if line == 1 else "utf-8"), ""
    except UnicodeDecodeError as error:
        return "", _encoding_message(raw, error, line)


def _encoding_message(raw: bytes, error: UnicodeDecodeError, line: int) -> str:
    column = len(raw[: error.start].decode("utf-8", "replace")) + 1
    return (
        f"not UTF-8 (byte 0x{raw[error.start]:02x} at line {line}, column {column}); "
        "convert the file to UTF-8, e.g. iconv -f latin1 -t utf-8"
    )


def _loads(text: str, line: int) -> tuple[Any, str]:
    try:
        return orjson.loads(text), ""
    except orjson.JSONDecodeError as error:
        if "depth" in error.msg or "recursion" in error.msg:
            return None, TOO_DEEP
        return None, f"invalid JSON: {error.msg} (column {error.colno})"


def _document(path: Path) -> Iterator[Parsed]:
    """A ``.json`` file: one object, or an array of objects decoded one by one."""
    raw = path.read_bytes()
    text, error = _decode_whole(raw)
    if error:
        yield _line_of_byte(raw, error[0]), None, error[1]
        return
    start = _skip(text, 0)
    if text.startswith("[", start):
        yield from _array(text, start + 1)
    else:
        yield from _single(text, start)


def _decode_whole(raw: bytes) -> tuple[str, tuple[int, str] | None]:
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        line = _line_of_byte(raw, error.start)
        line_start = raw.rfind(b"\n", 0, error.start) + 1
        return "", (
            error.start,
            _encoding_message(raw[line_start:], _shift(error, line_start), line),
        )


def _shift(error: UnicodeDecodeError, by: int) -> UnicodeDecodeError:
    return UnicodeDecodeError(
        error.encoding, error.object, error.start - by, error.end - by, error.reason
    )


def _line_of_byte(raw: bytes, offset: int) -> int:
    return raw.count(b"\n", 0, offset) + 1


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _skip(text: str, offset: int) -> int:
    while offset < len(text) and text[offset] in WHITESPACE:
        offset += 1
    return offset


def _single(text: str, start: int) -> Iterator[Parsed]:
    value, end, error = _raw_decode(text, start)
    if not error and _skip(text, end) != len(text):
        end, error = _skip(text, end), "extra data after the JSON value"
    yield _line(text, end if error else start), value, error


def _array(text: str, offset: int) -> Iterator[Parsed]:
    offset = _skip(text, offset)
    if text.startswith("]", offset):
        return
    while True:
        value, end, error = _raw_decode(text, offset)
        yield _line(text, end if error else offset), value, error
        if error:
            return
        offset = _skip(text, end)
        if text.startswith("]", offset):
            return
        if not text.startswith(",", offset):
            yield _line(text, offset), None, "invalid JSON: expected ',' or ']' in the array"
            return
        offset = _skip(text, offset + 1)


def _raw_decode(text: str, offset: int) -> tuple[Any, int, str]:
    try:
        value, end = DECODER.raw_decode(text, offset)
        return value, end, ""
    except json.JSONDecodeError as error:
        return None, error.pos, f"invalid JSON: {error.msg} (column {error.colno})"
    except RecursionError:
        return None, offset, TOO_DEEP
