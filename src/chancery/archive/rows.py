"""Drafts to unsaved model rows, for the store's bulk writes."""

from __future__ import annotations

from datetime import UTC, datetime

from chancery import canonical
from chancery.archive.models import Document, Membership, Mention, Status, Text
from chancery.drafts import DocumentDraft
from chancery.validation import parse_timestamp

DOCUMENT_FIELDS = [
    *canonical.STRING_FIELDS,
    *canonical.LIST_FIELDS,
    "date_edtf",
    "date_start",
    "date_end",
    "date_precision",
    "notes",
    "source_path",
    "source_checksum",
    "reader",
    "reader_version",
    "ingested_at",
    "status",
    "version",
    "content_hash",
    "updated",
    "first_published",
]


def new_document(draft: DocumentDraft, digest: str, default_status: str, now: datetime) -> Document:
    """A new document row; timestamps and version given by the draft are honoured."""
    document = Document(id=draft.id, status=draft.status or default_status)
    _describe(document, draft, digest)
    document.version = draft.version or 1
    document.created = _time(draft.created) or now
    document.updated = _time(draft.updated) or now
    document.first_published = _time(draft.first_published)
    if document.status == Status.PUBLISHED and document.first_published is None:
        document.first_published = now
    return document


def updated_document(
    document: Document, draft: DocumentDraft, digest: str, now: datetime
) -> Document:
    """The known row with the draft's content, one version later."""
    _describe(document, draft, digest)
    document.status = draft.status or document.status
    document.version += 1
    document.updated = now
    if document.status == Status.PUBLISHED and document.first_published is None:
        document.first_published = now
    return document


def _describe(document: Document, draft: DocumentDraft, digest: str) -> None:
    for name in (*canonical.STRING_FIELDS, *canonical.LIST_FIELDS):
        setattr(document, name, getattr(draft, name))
    date = draft.date
    document.date_edtf = date.edtf if date else ""
    document.date_start = date.start if date else None
    document.date_end = date.end if date else None
    document.date_precision = str(date.precision) if date else ""
    document.notes = [{"label": n.label, "text": n.text} for n in draft.notes]
    source = draft.provenance
    document.source_path, document.source_checksum = source.source, source.checksum
    document.reader, document.reader_version = source.reader, source.reader_version
    document.ingested_at = source.ingested_at
    document.content_hash = digest


def _time(value: str) -> datetime | None:
    parsed = parse_timestamp(value) if value else None
    if parsed is not None and parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def texts(draft: DocumentDraft) -> list[Text]:
    return [
        Text(
            document_id=draft.id,
            position=i,
            kind=text.kind,
            language=text.language,
            blocks=[canonical.block_json(block) for block in text.blocks],
            notes=[vars(note).copy() for note in text.notes],
            plain=text.plain,
        )
        for i, text in enumerate(draft.texts)
    ]


def mentions(draft: DocumentDraft, texts: list[Text], entity_ids: dict[str, str]) -> list[Mention]:
    rows, position = [], 0
    for entity in draft.entities:
        for mention in entity.mentions:
            text = texts[mention.text] if mention.text is not None else None
            rows.append(
                Mention(
                    document_id=draft.id,
                    entity_id=entity_ids[entity.id],
                    text=text,
                    position=position,
                    surface=mention.surface,
                    start=mention.start,
                    end=mention.end,
                    role=mention.role,
                    confidence=mention.confidence,
                    origin=mention.origin,
                )
            )
            position += 1
    return rows


def memberships(draft: DocumentDraft) -> list[Membership]:
    return [
        Membership(document_id=draft.id, collection_id=ref.id, position=ref.position, order=i)
        for i, ref in enumerate(draft.collections)
    ]
