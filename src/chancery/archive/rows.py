"""Drafts as database rows, and the fingerprint of what a draft says.

The store writes these tuples with ``bulk.insert``; building them also yields the
content hash, so unchanged drafts are found without a second serialisation.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson

from chancery import canonical
from chancery.archive.bulk import date_value
from chancery.drafts import DocumentDraft, EntityDraft
from chancery.errors import DraftInvalid
from chancery.validation import parse_timestamp

CONTENT_FIELDS = (
    *canonical.STRING_FIELDS,
    *canonical.LIST_FIELDS,
    "date_edtf",
    "date_start",
    "date_end",
    "date_precision",
    "notes",
)
SOURCE_FIELDS = ("source_path", "source_checksum", "reader", "reader_version", "ingested_at")
RECORD_FIELDS = ("status", "version", "content_hash", "created", "updated", "first_published")
TEXT_FIELDS = ("document", "position", "kind", "language", "blocks", "notes", "plain")
MENTION_FIELDS = (
    *("document", "entity", "text", "position", "surface", "start", "end"),
    *("role", "confidence", "origin"),
)
MEMBERSHIP_FIELDS = ("document", "collection", "position", "order")
ESCAPED_NUL = re.compile(r"(?<!\\)(?:\\\\)*\\u0000")
SEPARATOR = "\x1f"


def dump(value: Any) -> str:
    """JSON for a JSON column; draft dataclasses (blocks, notes) encode as their fields."""
    if not value:
        return "[]" if isinstance(value, list) else orjson.dumps(value).decode()
    try:
        return orjson.dumps(value).decode()
    except orjson.JSONEncodeError as error:  # a lone surrogate, which no database stores
        raise DraftInvalid("", f"holds text that is not valid Unicode ({error})") from None


@dataclass
class DocumentRows:
    """One draft as rows: the document's values, and its texts, mentions and memberships.

    Mentions hold the text's position (not yet its row id) and the draft's entity id.
    """

    id: str
    content: list[Any]
    source: list[Any]
    texts: list[tuple[Any, ...]]
    mentions: list[tuple[Any, ...]]
    memberships: list[tuple[Any, ...]]
    digest: str


def document_rows(draft: DocumentDraft) -> DocumentRows:
    """Rows and fingerprint of a valid draft; ``DraftInvalid`` for a NUL character."""
    content = _content(draft)
    texts = [
        (draft.id, i, t.kind, t.language, dump(t.blocks), dump(t.notes), t.plain)
        for i, t in enumerate(draft.texts)
    ]
    mentions = _mentions(draft)
    memberships = [(draft.id, ref.id, ref.position, i) for i, ref in enumerate(draft.collections)]
    described = [[_entity_data(e) for e in draft.entities], draft.collections]
    parts = [*content, *(v for t in texts for v in t[1:6]), *(v for m in mentions for v in m[1:])]
    digest = _digest([*map(str, parts), dump(described)])
    return DocumentRows(draft.id, content, _source(draft), texts, mentions, memberships, digest)


def _content(draft: DocumentDraft) -> list[Any]:
    date = draft.date
    values: list[Any] = [getattr(draft, name) for name in canonical.STRING_FIELDS]
    values += [dump(getattr(draft, name)) for name in canonical.LIST_FIELDS]
    values += [
        date.edtf if date else "",
        date_value(date.start) if date else None,
        date_value(date.end) if date else None,
        str(date.precision) if date else "",
        dump([{"label": n.label, "text": n.text} for n in draft.notes]),
    ]
    return values


def _source(draft: DocumentDraft) -> list[Any]:
    source = draft.provenance
    return [
        source.source,
        source.checksum,
        source.reader,
        source.reader_version,
        source.ingested_at,
    ]


def _mentions(draft: DocumentDraft) -> list[tuple[Any, ...]]:
    rows, position = [], 0
    for entity in draft.entities:
        for m in entity.mentions:
            rows.append(
                (
                    draft.id,
                    entity.id,
                    m.text,
                    position,
                    m.surface,
                    m.start,
                    m.end,
                    m.role,
                    m.confidence,
                    m.origin,
                )
            )
            position += 1
    return rows


def _entity_data(entity: EntityDraft) -> list[Any]:
    dates = entity.dates.edtf if entity.dates else None
    return [
        entity.kind,
        entity.id,
        entity.name,
        entity.variants,
        entity.description,
        dates,
        entity.external_ids,
    ]


def _digest(parts: list[str]) -> str:
    text = SEPARATOR.join(parts)
    if "\x00" in text or ("\\u0000" in text and ESCAPED_NUL.search(text)):
        raise DraftInvalid("", "contains a NUL character (U+0000); remove it from the source")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def timestamp(value: str) -> datetime | None:
    """An ISO timestamp from a draft, in UTC when it names no zone."""
    parsed = parse_timestamp(value) if value else None
    if parsed is not None and parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed
