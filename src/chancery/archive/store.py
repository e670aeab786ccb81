"""The store: the one service that saves drafts into the archive.

Saving upserts by stable id in a transaction. An unchanged draft writes nothing; a
changed one keeps the previous version as a ``Revision``; an invalid one is rejected
whole with a message that names the field. ``save_many`` batches many drafts into
few transactions, and retries a failing batch draft by draft so one bad draft
cannot sink the others.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from django.db import DatabaseError, transaction
from django.utils import timezone

from chancery import canonical
from chancery.archive import rows
from chancery.archive.authorities import upsert_entities
from chancery.archive.collections import upsert_collections
from chancery.archive.models import Change, Document, Membership, Mention, Revision, Status, Text
from chancery.archive.serialize import document_json, with_related
from chancery.drafts import DocumentDraft
from chancery.errors import ChanceryError, DraftInvalid
from chancery.validation import validate

ADDED, UPDATED, UNCHANGED, FAILED = "added", "updated", "unchanged", "failed"
OUTCOMES = (ADDED, UPDATED, UNCHANGED, FAILED)
RECORD_KEYS = ("url", "status", "version", "created", "updated", "first_published", "provenance")


@dataclass(frozen=True)
class SaveResult:
    """What happened to one draft."""

    id: str
    outcome: str
    version: int = 0
    message: str = ""
    source: str = ""


def content_hash(draft: DocumentDraft) -> str:
    """A fingerprint of what a draft says, leaving out where and when it was read.

    Raises ``DraftInvalid`` for a NUL character, which neither database can store.
    """
    data = canonical.to_json(draft)
    for key in RECORD_KEYS:
        del data[key]
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    if "\\u0000" in text:
        raise DraftInvalid("", "contains a NUL character (U+0000); remove it from the source")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


Batch = dict[str, tuple[DocumentDraft, str]]  # id -> (draft, content hash)


class Store:
    """Saves drafts. ``default_status`` applies to new documents whose draft has none."""

    def __init__(self, default_status: str = Status.PUBLISHED, reason: str = "ingest") -> None:
        self.default_status = default_status
        self.reason = reason

    def save(self, draft: DocumentDraft) -> SaveResult:
        """Save one draft in its own transaction."""
        return next(self.save_many([draft]))

    def save_many(
        self, drafts: Iterable[DocumentDraft], batch_size: int = 500
    ) -> Iterator[SaveResult]:
        """Save drafts in batched transactions, yielding one result per draft, in order."""
        batch: Batch = {}
        for draft in drafts:
            try:
                validate(draft)
                digest = content_hash(draft)
            except DraftInvalid as error:
                yield from self._flush(batch)
                batch = {}
                yield _failed(draft, error)
                continue
            if len(batch) >= batch_size or draft.id in batch:
                yield from self._flush(batch)
                batch = {}
            batch[draft.id] = (draft, digest)
        yield from self._flush(batch)

    def _flush(self, batch: Batch) -> Iterator[SaveResult]:
        if not batch:
            return
        try:
            with transaction.atomic():
                results = self._write(batch)
        except (DatabaseError, ChanceryError) as error:
            if len(batch) > 1:
                for key, item in batch.items():
                    yield from self._flush({key: item})
                return
            yield _failed(next(iter(batch.values()))[0], error)
            return
        yield from results

    def _write(self, batch: Batch) -> list[SaveResult]:
        now = timezone.now()
        known = Document.objects.in_bulk(list(batch))
        hashes = {key: digest for key, (_, digest) in batch.items()}
        results, new, changed = [], [], []
        for draft, digest in batch.values():
            document = known.get(draft.id)
            if document is None:
                new.append(draft)
            elif _unchanged(document, draft, digest):
                results.append(SaveResult(draft.id, UNCHANGED, document.version))
                continue
            else:
                changed.append(draft)
            results.append(SaveResult(draft.id, UPDATED if document else ADDED))
        self._keep_revisions([known[d.id] for d in changed], now)
        documents = self._create(new, hashes, now) + self._update(changed, known, hashes, now)
        self._write_children(new + changed)
        Change.objects.bulk_create(
            [Change(document_id=doc.id, version=doc.version, at=now) for doc in documents]
        )
        versions = {doc.id: doc.version for doc in documents}
        return [_with_version(r, versions) for r in results]

    def _keep_revisions(self, documents: list[Document], now: datetime) -> None:
        if not documents:
            return
        current = with_related(Document.objects.filter(id__in=[d.id for d in documents]))
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
        ids = [d.id for d in documents]
        Mention.objects.filter(document_id__in=ids).delete()
        Text.objects.filter(document_id__in=ids).delete()
        Membership.objects.filter(document_id__in=ids).delete()

    def _create(
        self, drafts: list[DocumentDraft], hashes: dict[str, str], now: datetime
    ) -> list[Document]:
        documents = [rows.new_document(d, hashes[d.id], self.default_status, now) for d in drafts]
        Document.objects.bulk_create(documents)
        return documents

    def _update(
        self,
        drafts: list[DocumentDraft],
        known: dict[str, Document],
        hashes: dict[str, str],
        now: datetime,
    ) -> list[Document]:
        documents = [rows.updated_document(known[d.id], d, hashes[d.id], now) for d in drafts]
        if documents:
            Document.objects.bulk_update(documents, rows.DOCUMENT_FIELDS, batch_size=200)
        return documents

    def _write_children(self, drafts: list[DocumentDraft]) -> None:
        upsert_collections(ref for d in drafts for ref in d.collections)
        entity_ids = upsert_entities(e for d in drafts for e in d.entities)
        texts = Text.objects.bulk_create(t for d in drafts for t in rows.texts(d))
        by_document: dict[str, list[Text]] = {}
        for text in texts:
            by_document.setdefault(text.document_id, []).append(text)
        Mention.objects.bulk_create(
            m for d in drafts for m in rows.mentions(d, by_document.get(d.id, []), entity_ids)
        )
        Membership.objects.bulk_create(m for d in drafts for m in rows.memberships(d))


def _unchanged(document: Document, draft: DocumentDraft, digest: str) -> bool:
    same_status = not draft.status or draft.status == document.status
    return document.content_hash == digest and same_status


def _failed(draft: DocumentDraft, error: Exception) -> SaveResult:
    message = getattr(error, "message", None) or str(error)
    return SaveResult(draft.id, FAILED, 0, f"{draft.id}: {message}", draft.provenance.source)


def _with_version(result: SaveResult, versions: dict[str, int]) -> SaveResult:
    if result.outcome == UNCHANGED:
        return result
    return SaveResult(result.id, result.outcome, versions[result.id])


def save(draft: DocumentDraft, default_status: str = Status.PUBLISHED) -> SaveResult:
    """Save one draft (a convenience over ``Store``)."""
    return Store(default_status).save(draft)
