"""The store: the one service that saves drafts into the archive.

Saving upserts by stable id in a transaction. An unchanged draft writes nothing; a
changed one keeps the previous version as a ``Revision``; an invalid one is rejected
whole with a message that names the field. ``save_many`` batches many drafts into
few transactions, and retries a failing batch draft by draft so one bad draft
cannot sink the others.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from chancery.archive import bulk
from chancery.archive.authorities import Authorities
from chancery.archive.collections import upsert_collections
from chancery.archive.models import Change, Document, Membership, Mention, Revision, Status, Text
from chancery.archive.rows import (
    CONTENT_FIELDS,
    MEMBERSHIP_FIELDS,
    MENTION_FIELDS,
    RECORD_FIELDS,
    SOURCE_FIELDS,
    TEXT_FIELDS,
    DocumentRows,
    document_rows,
    timestamp,
)
from chancery.archive.serialize import document_json, with_related
from chancery.drafts import DocumentDraft
from chancery.errors import ChanceryError, DraftInvalid
from chancery.validation import validate

ADDED, UPDATED, UNCHANGED, FAILED = "added", "updated", "unchanged", "failed"
OUTCOMES = (ADDED, UPDATED, UNCHANGED, FAILED)


@dataclass(frozen=True)
class SaveResult:
    """What happened to one draft."""

    id: str
    outcome: str
    version: int = 0
    message: str = ""
    source: str = ""


Batch = dict[str, tuple[DocumentDraft, DocumentRows]]
Known = dict[str, tuple[str, str, int, datetime | None]]  # id -> hash, status, version, published


class Store:
    """Saves drafts. ``default_status`` applies to new documents whose draft has none."""

    def __init__(self, default_status: str = Status.PUBLISHED, reason: str = "ingest") -> None:
        self.default_status = default_status
        self.reason = reason
        self.authorities = Authorities()

    def save(self, draft: DocumentDraft) -> SaveResult:
        """Save one draft in its own transaction."""
        return next(self.save_many([draft]))

    def save_many(
        self, drafts: Iterable[DocumentDraft], batch_size: int = 500
    ) -> Iterator[SaveResult]:
        """Save drafts in batched transactions, yielding one result per draft.

        A draft that fails validation is reported at once; saved drafts are reported
        when their batch commits.
        """
        for item in self._batches(drafts, batch_size):
            yield from [item] if isinstance(item, SaveResult) else self._flush(item)

    def _batches(
        self, drafts: Iterable[DocumentDraft], batch_size: int
    ) -> Iterator[Batch | SaveResult]:
        """Validated drafts with their rows, in batches; a failed result per invalid draft."""
        batch: Batch = {}
        for draft in drafts:
            try:
                validate(draft)
                rows = document_rows(draft)
            except DraftInvalid as error:
                yield _failed(draft, error)
                continue
            if len(batch) >= batch_size or draft.id in batch:
                yield batch
                batch = {}
            batch[draft.id] = (draft, rows)
        if batch:
            yield batch

    def _flush(self, batch: Batch) -> Iterator[SaveResult]:
        if not batch:
            return
        try:
            with transaction.atomic():
                results = self._write(batch)
        except (DatabaseError, ChanceryError) as error:
            self.authorities.rollback()
            if len(batch) > 1:
                for key, item in batch.items():
                    yield from self._flush({key: item})
                return
            yield _failed(next(iter(batch.values()))[0], error)
            return
        self._settle()
        yield from results

    def _settle(self) -> None:
        """After a commit: what the batch settled holds (inside an outer transaction, not yet)."""
        if connection.in_atomic_block:
            self.authorities.rollback()
        else:
            self.authorities.commit()

    def _write(self, batch: Batch) -> list[SaveResult]:
        now = timezone.now()
        known = _known(list(batch))
        results: list[SaveResult] = []
        new: list[tuple[DocumentDraft, DocumentRows]] = []
        changed: list[tuple[DocumentDraft, DocumentRows]] = []
        for draft, rows in batch.values():
            old = known.get(draft.id)
            if old is not None and old[0] == rows.digest and draft.status in ("", old[1]):
                results.append(SaveResult(draft.id, UNCHANGED, old[2]))
                continue
            (changed if old else new).append((draft, rows))
            results.append(SaveResult(draft.id, UPDATED if old else ADDED))
        self._keep_revisions([d.id for d, _ in changed], now)
        stamp = bulk.time_value(now)
        versions = self._insert(new, stamp) | self._update(changed, known, now)
        self._write_children(new + changed)
        bulk.insert(
            Change,
            ("document_id", "action", "version", "at"),
            [(i, Change.Action.SAVED, v, stamp) for i, v in versions.items()],
        )
        return [_with_version(r, versions) for r in results]

    def _keep_revisions(self, ids: list[str], now: datetime) -> None:
        if not ids:
            return
        current = with_related(Document.objects.filter(id__in=ids))
        Revision.objects.bulk_create(
            Revision(
                document=doc,
                version=doc.version,
                snapshot=document_json(doc),
                replaced_at=now,
                reason=self.reason,
            )
            for doc in current
        )
        Mention.objects.filter(document_id__in=ids).delete()
        Text.objects.filter(document_id__in=ids).delete()
        Membership.objects.filter(document_id__in=ids).delete()

    def _insert(
        self, items: list[tuple[DocumentDraft, DocumentRows]], stamp: Any
    ) -> dict[str, int]:
        """New documents; ``stamp`` is now, as the database takes it."""
        fields = ("id", *CONTENT_FIELDS, *SOURCE_FIELDS, *RECORD_FIELDS)
        values = [
            (rows.id, *rows.content, *rows.source, *self._new_record(draft, rows.digest, stamp))
            for draft, rows in items
        ]
        bulk.insert(Document, fields, values)
        return {draft.id: draft.version or 1 for draft, _ in items}

    def _new_record(self, draft: DocumentDraft, digest: str, stamp: Any) -> list[Any]:
        """Status, version, hash and times of a new document; given times are honoured."""
        status = draft.status or self.default_status
        published = _given(draft.first_published)
        if status == Status.PUBLISHED and published is None:
            published = stamp
        created, updated = _given(draft.created) or stamp, _given(draft.updated) or stamp
        return [status, draft.version or 1, digest, created, updated, published]

    def _update(
        self, items: list[tuple[DocumentDraft, DocumentRows]], known: Known, now: datetime
    ) -> dict[str, int]:
        fields = (*CONTENT_FIELDS, *SOURCE_FIELDS, *RECORD_FIELDS[:3], "updated", "first_published")
        values, versions = [], {}
        for draft, rows in items:
            _, old_status, old_version, published = known[draft.id]
            status = draft.status or old_status
            if status == Status.PUBLISHED and published is None:
                published = now
            versions[draft.id] = old_version + 1
            record = [
                status,
                old_version + 1,
                rows.digest,
                bulk.time_value(now),
                bulk.time_value(published),
            ]
            values.append((*rows.content, *rows.source, *record, draft.id))
        bulk.update(Document, fields, values)
        return versions

    def _write_children(self, items: list[tuple[DocumentDraft, DocumentRows]]) -> None:
        drafts = [draft for draft, _ in items]
        upsert_collections(ref for d in drafts for ref in d.collections)
        entity_ids = self.authorities.upsert(e for d in drafts for e in d.entities)
        bulk.insert(Text, TEXT_FIELDS, [t for _, rows in items for t in rows.texts])
        text_ids = _text_ids([d.id for d in drafts])
        bulk.insert(
            Mention,
            MENTION_FIELDS,
            [
                (m[0], entity_ids[m[1]], text_ids.get((m[0], m[2])), *m[3:])
                for _, rows in items
                for m in rows.mentions
            ],
        )
        bulk.insert(
            Membership, MEMBERSHIP_FIELDS, [m for _, rows in items for m in rows.memberships]
        )


def _given(value: str) -> Any:
    """A timestamp a draft gives, as the database takes it; None when it gives none."""
    return bulk.time_value(timestamp(value)) if value else None


def _known(ids: list[str]) -> Known:
    fields = ("id", "content_hash", "status", "version", "first_published")
    found = Document.objects.filter(id__in=ids).values_list(*fields)
    return {row[0]: row[1:] for row in found}


def _text_ids(document_ids: list[str]) -> dict[tuple[str, int], int]:
    found = bulk.select_in(Text, ("document", "position", "id"), "document", document_ids)
    return {(document, position): pk for document, position, pk in found}


def _failed(draft: DocumentDraft, error: Exception) -> SaveResult:
    message = getattr(error, "message", None) or str(error)
    return SaveResult(draft.id, FAILED, 0, f"{draft.id}: {message}", draft.provenance.source)


def _with_version(result: SaveResult, versions: dict[str, int]) -> SaveResult:
    if result.outcome == UNCHANGED:
        return result
    return SaveResult(result.id, result.outcome, versions[result.id])
