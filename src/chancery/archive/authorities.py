"""Upsert the authority records that drafts carry: create new ones, enrich known ones."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple, Protocol

from django.utils import timezone

from chancery.archive import bulk
from chancery.archive.models import Entity, NameVariant
from chancery.archive.rows import dump
from chancery.drafts import EntityDraft
from chancery.errors import DraftInvalid

VariantKey = tuple[str, str, str, str]
VariantRow = tuple[str, str, str, str, str]  # entity id, then the key
ENTITY_FIELDS = (
    *("id", "kind", "name", "description", "dates_edtf", "dates_start", "dates_end"),
    *("external_ids", "provisional", "created", "updated"),
)
VARIANT_FIELDS = ("entity", "name", "language", "script", "system")


class Named(Protocol):
    name: str
    language: str
    script: str
    system: str


Fingerprint = tuple[Any, ...]


class Authorities:
    """Entity upserts for one run of the store, skipping records it has already settled.

    A draft identical to one this run already saved needs no second look: its record
    exists and holds all the draft offers. What a batch settles counts only once the
    batch's transaction commits (``commit``); a rolled-back batch forgets it.
    """

    def __init__(self) -> None:
        self.settled: dict[str, tuple[Fingerprint, str]] = {}
        self.pending: dict[str, tuple[Fingerprint, str]] = {}

    def upsert(self, drafts: Iterable[EntityDraft]) -> dict[str, str]:
        """Each draft id's resolved record id, saving what is new."""
        ids: dict[str, str] = {}
        todo: list[EntityDraft] = []
        prints: dict[str, Fingerprint | None] = {}
        for draft in drafts:
            fingerprint = _fingerprint(draft)
            settled = self.settled.get(draft.id)
            if settled is not None and settled[0] == fingerprint:
                ids[draft.id] = settled[1]
                continue
            todo.append(draft)
            same = prints.get(draft.id, fingerprint) == fingerprint
            prints[draft.id] = fingerprint if same else None  # two versions: do not cache
        resolved = upsert_entities(todo)
        for entity_id, printed in prints.items():
            if printed is not None:
                self.pending[entity_id] = (printed, resolved[entity_id])
        return ids | resolved

    def commit(self) -> None:
        self.settled.update(self.pending)
        self.pending.clear()

    def rollback(self) -> None:
        self.pending.clear()


def _fingerprint(draft: EntityDraft) -> Fingerprint:
    variants = tuple(_key(v) for v in draft.variants)
    dates = draft.dates.edtf if draft.dates else ""
    ids = tuple(sorted(draft.external_ids.items()))
    return (draft.kind, draft.name, variants, draft.description, dates, ids)


def upsert_entities(drafts: Iterable[EntityDraft]) -> dict[str, str]:
    """Save the entities of a batch; returns each draft id's resolved record id.

    New records are created with their variants. Known records gain the variants they
    lack and fill empty fields; what an editor has set is never overwritten.
    """
    merged = _merge_by_id(drafts)
    if not merged:
        return {}
    known = {row.id: row for row in _known(list(merged))}
    _check_kinds(merged, known)
    _create([e for i, e in merged.items() if i not in known])
    _enrich([(known[i], e) for i, e in merged.items() if i in known])
    return {i: _resolve(known[i]) if i in known else i for i in merged}


class KnownEntity(NamedTuple):
    id: str
    kind: str
    merged_into: str | None
    description: str
    dates_edtf: str
    external_ids: dict[str, str]


def _known(ids: list[str]) -> list[KnownEntity]:
    rows = bulk.select_in(Entity, KnownEntity._fields, "id", ids)
    return [
        KnownEntity(row[0], row[1], row[2], row[3], row[4], bulk.json_value(row[5])) for row in rows
    ]


def _merge_by_id(drafts: Iterable[EntityDraft]) -> dict[str, EntityDraft]:
    merged: dict[str, EntityDraft] = {}
    for draft in drafts:
        first = merged.setdefault(draft.id, draft)
        if first is not draft:
            keys = {_key(v) for v in first.variants}
            extra = [v for v in draft.variants if _key(v) not in keys]
            if extra:  # copy: never change a draft the caller still holds
                merged[draft.id] = first = _with_variants(first, first.variants + extra)
    return merged


def _with_variants(draft: EntityDraft, variants: list[Any]) -> EntityDraft:
    return EntityDraft(
        draft.kind,
        draft.id,
        draft.name,
        variants,
        draft.description,
        draft.dates,
        draft.external_ids,
    )


def _key(variant: Named) -> VariantKey:
    return (variant.name, variant.language, variant.script, variant.system)


def _check_kinds(drafts: dict[str, EntityDraft], known: dict[str, KnownEntity]) -> None:
    for entity_id, record in known.items():
        if record.kind != drafts[entity_id].kind:
            raise DraftInvalid(
                f"entity {entity_id!r}",
                f"is a {record.kind} in the archive, not a {drafts[entity_id].kind}",
            )


def _create(drafts: list[EntityDraft]) -> None:
    stamp = bulk.time_value(timezone.now())
    rows = [(d.id, d.kind, d.name, *_row_fields(d), False, stamp, stamp) for d in drafts]
    bulk.insert(Entity, ENTITY_FIELDS, rows)
    variants = [v for d in drafts for v in _variants(d.id, d, set())]
    bulk.insert(NameVariant, VARIANT_FIELDS, variants)


def _row_fields(draft: EntityDraft) -> tuple[Any, ...]:
    dates = draft.dates
    if dates is None:
        return (draft.description, "", None, None, dump(draft.external_ids))
    return (
        draft.description,
        dates.edtf,
        bulk.date_value(dates.start),
        bulk.date_value(dates.end),
        dump(draft.external_ids),
    )


def _variants(entity_id: str, draft: EntityDraft, have: set[VariantKey]) -> list[VariantRow]:
    """Variant rows (entity id first) that ``have`` lacks; adds them to ``have``."""
    new: list[VariantRow] = []
    for variant in draft.variants:
        key = _key(variant)
        if key not in have:
            have.add(key)
            new.append((entity_id, *key))
    return new


def _enrich(pairs: list[tuple[KnownEntity, EntityDraft]]) -> None:
    if not pairs:
        return
    have: dict[str, set[VariantKey]] = {record.id: set() for record, _ in pairs}
    for v in bulk.select_in(NameVariant, VARIANT_FIELDS, "entity", list(have)):
        have[v[0]].add((v[1], v[2], v[3], v[4]))
    variants = []
    for record, draft in pairs:
        variants += _variants(record.id, draft, have[record.id])
        _fill_blanks(record, draft)
    bulk.insert(NameVariant, VARIANT_FIELDS, variants)


def _fill_blanks(record: KnownEntity, draft: EntityDraft) -> None:
    """Give a known record what it lacks from a draft, and nothing more."""
    dates = draft.dates
    changes: dict[str, Any] = {}
    if draft.description and not record.description:
        changes["description"] = draft.description
    if dates is not None and not record.dates_edtf:
        changes |= {"dates_edtf": dates.edtf, "dates_start": dates.start, "dates_end": dates.end}
    ids = {**draft.external_ids, **record.external_ids}
    if ids != record.external_ids:
        changes["external_ids"] = ids
    if changes:
        Entity.objects.filter(id=record.id).update(**changes, updated=timezone.now())


def _resolve(record: KnownEntity) -> str:
    if record.merged_into is None:
        return record.id
    return Entity.objects.get(id=record.id).resolved().id
