"""Stored documents back to drafts and canonical JSON: the one way the archive renders them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from django.conf import settings
from django.db.models import Prefetch, QuerySet

from chancery import canonical
from chancery.archive.models import Collection, Document, Membership, Mention, Text
from chancery.dates import HistoricalDate
from chancery.drafts import (
    Block,
    CollectionNode,
    CollectionRef,
    DocumentDraft,
    DocumentNote,
    EntityDraft,
    MentionDraft,
    NameVariant,
    Note,
    NoteAnchor,
    Provenance,
    TextDraft,
)

SCALAR_FIELDS = canonical.STRING_FIELDS + canonical.LIST_FIELDS


def with_related(documents: QuerySet[Document]) -> QuerySet[Document]:
    """The queryset with everything ``draft_of`` reads, fetched in a few queries."""
    mentions = Mention.objects.select_related("entity", "text").prefetch_related("entity__variants")
    memberships = Membership.objects.select_related("collection")
    return documents.prefetch_related(
        Prefetch("texts", queryset=Text.objects.order_by("position")),
        Prefetch("mentions", queryset=mentions.order_by("position")),
        Prefetch("memberships", queryset=memberships.order_by("order")),
    )


class CollectionTree:
    """Every collection in memory, so paths cost no queries (collections are few)."""

    def __init__(self) -> None:
        self.nodes = {c.id: c for c in Collection.objects.all()}

    def path(self, collection_id: str) -> list[CollectionNode]:
        chain: list[CollectionNode] = []
        node = self.nodes[collection_id]
        while node.parent_id is not None and len(chain) < 64:
            node = self.nodes[node.parent_id]
            chain.insert(0, CollectionNode(node.id, node.title, node.kind))
        return chain


def draft_of(document: Document, tree: CollectionTree | None = None) -> DocumentDraft:
    """The draft a stored document corresponds to (its canonical content)."""
    tree = tree or CollectionTree()
    draft = DocumentDraft(id=document.id, title=document.title, status=document.status)
    for name in SCALAR_FIELDS:
        setattr(draft, name, getattr(document, name))
    draft.date = HistoricalDate.parse(document.date_edtf) if document.date_edtf else None
    draft.notes = [DocumentNote(n["label"], n["text"]) for n in document.notes]
    draft.provenance = _provenance(document)
    draft.collections = [_collection(m, tree) for m in document.memberships.all()]
    texts = list(document.texts.all())
    draft.texts = [_text(text) for text in texts]
    draft.entities = _entities(document.mentions.all(), [t.pk for t in texts])
    return draft


def _provenance(document: Document) -> Provenance:
    return Provenance(
        source=document.source_path,
        checksum=document.source_checksum,
        reader=document.reader,
        reader_version=document.reader_version,
        ingested_at=document.ingested_at,
    )


def _collection(membership: Membership, tree: CollectionTree) -> CollectionRef:
    collection = membership.collection
    ref = CollectionRef(collection.id, collection.title, collection.kind, membership.position)
    ref.path = tree.path(collection.id)
    return ref


def _text(text: Text) -> TextDraft:
    blocks = [_block(block) for block in text.blocks]
    notes = [Note(n["n"], n["text"], n["kind"]) for n in text.notes]
    return TextDraft(text.kind, text.language, blocks, notes)


def _block(block: dict[str, Any]) -> Block:
    anchors = [NoteAnchor(a["n"], a["offset"]) for a in block["notes"]]
    return Block(block["type"], block["text"], list(block["items"]), block["level"], anchors)


def _entities(mentions: Iterable[Mention], text_ids: list[int]) -> list[EntityDraft]:
    """Entities in order of their first mention, each with its mentions in order."""
    entities: dict[str, EntityDraft] = {}
    for mention in mentions:
        entity = entities.get(mention.entity_id)
        if entity is None:
            entity = entities[mention.entity_id] = _entity(mention)
        entity.mentions.append(_mention(mention, text_ids))
    return list(entities.values())


def _entity(mention: Mention) -> EntityDraft:
    record = mention.entity
    variants = [NameVariant(v.name, v.language, v.script, v.system) for v in record.variants.all()]
    dates = HistoricalDate.parse(record.dates_edtf) if record.dates_edtf else None
    return EntityDraft(
        kind=record.kind,
        id=record.id,
        name=record.name,
        variants=variants,
        description=record.description,
        dates=dates,
        external_ids=dict(record.external_ids),
    )


def _mention(mention: Mention, text_ids: list[int]) -> MentionDraft:
    text = text_ids.index(mention.text_id) if mention.text_id is not None else None
    return MentionDraft(
        surface=mention.surface,
        role=mention.role,
        text=text,
        start=mention.start,
        end=mention.end,
        confidence=mention.confidence,
        origin=mention.origin,
    )


def state_of(document: Document, base_url: str) -> canonical.RecordState:
    published = document.first_published
    return canonical.RecordState(
        url=f"{base_url.rstrip('/')}/documents/{document.id}",
        version=document.version,
        created=_stamp(document.created),
        updated=_stamp(document.updated),
        first_published=_stamp(published) if published else "",
    )


def _stamp(value: Any) -> str:
    return str(value.isoformat().replace("+00:00", "Z"))


def document_json(document: Document, tree: CollectionTree | None = None) -> dict[str, Any]:
    """The canonical JSON of a stored document."""
    state = state_of(document, settings.CHANCERY_BASE_URL)
    return canonical.to_json(draft_of(document, tree), state)


def documents_json(documents: QuerySet[Document], chunk: int = 500) -> Iterator[dict[str, Any]]:
    """Canonical JSON of many documents, streamed in chunks (constant memory)."""
    tree = CollectionTree()
    last = ""
    ordered = documents.order_by("id")
    while True:
        page = list(with_related(ordered.filter(id__gt=last))[:chunk])
        for document in page:
            yield document_json(document, tree)
        if len(page) < chunk:
            return
        last = page[-1].id
