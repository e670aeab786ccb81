"""Reading the archive: one document, lists, recent additions and collections."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.db.models import Count, Q, QuerySet

from chancery.archive.models import Collection, Document, Status, check_status
from chancery.archive.serialize import document_json, documents_json, with_related
from chancery.errors import NotFound, UsageError


def documents(public: bool = True) -> QuerySet[Document]:
    """All documents, or only the published ones (what anonymous readers may see)."""
    return Document.public.all() if public else Document.objects.all()


def get_document(document_id: str, public: bool = True) -> Document:
    """One document with its texts, mentions and collections; ``NotFound`` if absent."""
    found = with_related(documents(public).filter(id=document_id)).first()
    if found is None:
        raise NotFound(
            f"no document {document_id!r}" + ("" if not public else " is published here"),
            "check the id with 'chancery list'",
        )
    return found


def get_document_json(document_id: str, public: bool = True) -> dict[str, Any]:
    return document_json(get_document(document_id, public))


def export_json(status: str | None = None) -> Iterator[dict[str, Any]]:
    """Every document's canonical JSON (of one status, if given), streamed by id."""
    check_status(status)
    selected = Document.objects.all() if status is None else Document.objects.filter(status=status)
    return documents_json(selected)


def listing(status: str | None = None, limit: int = 50, offset: int = 0) -> QuerySet[Document]:
    """A page of documents in date order, for ``chancery list``."""
    check_status(status)
    if limit < 1 or offset < 0:
        raise UsageError("limit must be at least 1 and offset at least 0")
    selected = Document.objects.all() if status is None else Document.objects.filter(status=status)
    return selected.order_by("date_start", "id")[offset : offset + limit]


def recent(limit: int = 10) -> QuerySet[Document]:
    """The most recently published documents."""
    return Document.public.order_by("-first_published", "-updated", "id")[:limit]


def collections_with_counts() -> QuerySet[Collection]:
    """Top-level collections with the number of published documents in each and below."""
    published = Q(memberships__document__status=Status.PUBLISHED)
    nested = Q(children__memberships__document__status=Status.PUBLISHED)
    return (
        Collection.objects.filter(parent__isnull=True)
        .annotate(direct=Count("memberships", filter=published, distinct=True))
        .annotate(nested=Count("children__memberships", filter=nested, distinct=True))
        .order_by("title")
    )


def home_data() -> dict[str, Any]:
    """What the home page shows, for the page and its JSON twin alike."""
    return {
        "total": Document.public.count(),
        "collections": [
            {"id": c.id, "title": c.title, "kind": c.kind, "documents": _count(c)}
            for c in collections_with_counts()
        ],
        "recent": [
            {
                "id": d.id,
                "title": d.title,
                "date": d.date_edtf or None,
                "path": f"/documents/{d.id}",
            }
            for d in recent()
        ],
    }


def _count(collection: Collection) -> int:
    """Published documents in a collection and its children (annotated counts)."""
    return int(getattr(collection, "direct", 0)) + int(getattr(collection, "nested", 0))
