"""Upsert the collection tree that drafts' collection paths describe."""

from __future__ import annotations

from collections.abc import Iterable

from chancery.archive.models import Collection
from chancery.drafts import CollectionRef

Node = tuple[str, str, str, str | None]  # id, title, kind, parent id


def upsert_collections(refs: Iterable[CollectionRef]) -> None:
    """Create the collections a batch names, parents first; follow renames and moves."""
    nodes = _nodes(refs)
    if not nodes:
        return
    known = Collection.objects.in_bulk(list(nodes))
    for node_id, (_, title, kind, parent) in nodes.items():
        record = known.get(node_id)
        if record is None:
            Collection.objects.create(id=node_id, title=title, kind=kind, parent_id=parent)
        elif (record.title, record.kind, record.parent_id) != (title, kind, parent):
            record.title, record.kind, record.parent_id = title, kind, parent
            record.save(update_fields=["title", "kind", "parent"])


def _nodes(refs: Iterable[CollectionRef]) -> dict[str, Node]:
    """Every node of every path, in root-first order, with its parent."""
    nodes: dict[str, Node] = {}
    for ref in refs:
        parent: str | None = None
        for node in [*ref.path, ref.node]:
            nodes.setdefault(node.id, (node.id, node.title, node.kind, parent))
            parent = node.id
    return nodes
