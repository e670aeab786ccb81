"""Editors' changes (the admin's) go through the store, so they get revisions too."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from chancery.archive.models import Change, Document, check_status
from chancery.archive.serialize import SCALAR_FIELDS, draft_of, with_related
from chancery.archive.store import FAILED, SaveResult, Store
from chancery.dates import HistoricalDate
from chancery.drafts import DocumentDraft, DocumentNote
from chancery.errors import DraftInvalid


def edited_draft(document: Document) -> DocumentDraft:
    """The draft of a document whose fields were edited in memory; texts stay as stored."""
    stored = with_related(Document.objects.filter(pk=document.pk)).first()
    draft = draft_of(stored) if stored else DocumentDraft(id=document.id, title=document.title)
    for name in SCALAR_FIELDS:
        setattr(draft, name, getattr(document, name))
    draft.status = document.status
    draft.date = HistoricalDate.parse(document.date_edtf) if document.date_edtf else None
    draft.notes = [DocumentNote(n["label"], n["text"]) for n in document.notes or []]
    return draft


def save_edit(document: Document) -> SaveResult:
    """Save an editor's change of a document's fields, keeping the previous version."""
    result = Store(reason="editor").save(edited_draft(document))
    if result.outcome == FAILED:
        raise DraftInvalid("", result.message)
    return result


def set_status(document_ids: list[str], status: str) -> int:
    """Publish, withdraw or restrict documents; returns how many changed."""
    check_status(status)
    drafts = []
    for document in with_related(Document.objects.filter(id__in=document_ids)):
        draft = draft_of(document)
        draft.status = status
        drafts.append(draft)
    results = Store(reason=f"status {status}").save_many(drafts)
    return sum(1 for result in results if result.outcome == "updated")


def delete(document_ids: list[str]) -> int:
    """Delete documents, logging each deletion for indexers and harvesters."""
    now = timezone.now()
    with transaction.atomic():
        doomed = list(Document.objects.filter(id__in=document_ids).values_list("id", "version"))
        Change.objects.bulk_create(
            Change(document_id=i, action=Change.Action.DELETED, version=v, at=now)
            for i, v in doomed
        )
        Document.objects.filter(id__in=[i for i, _ in doomed]).delete()
    return len(doomed)
