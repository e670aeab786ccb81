"""Upsert the authority records that drafts carry: create new ones, enrich known ones."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from chancery.archive.models import Entity, NameVariant
from chancery.drafts import EntityDraft
from chancery.errors import DraftInvalid

VariantKey = tuple[str, str, str, str]


def upsert_entities(drafts: Iterable[EntityDraft]) -> dict[str, str]:
    """Save the entities of a batch; returns each draft id's resolved record id.

    New records are created with their variants. Known records gain the variants they
    lack and fill empty fields; what an editor has set is never overwritten.
    """
    merged = _merge_by_id(drafts)
    if not merged:
        return {}
    known = Entity.objects.in_bulk(list(merged))
    _check_kinds(merged, known)
    _create(e for i, e in merged.items() if i not in known)
    _enrich([(known[i], e) for i, e in merged.items() if i in known])
    return {i: _resolve(known[i]) if i in known else i for i in merged}


def _merge_by_id(drafts: Iterable[EntityDraft]) -> dict[str, EntityDraft]:
    merged: dict[str, EntityDraft] = {}
    for draft in drafts:
        first = merged.setdefault(draft.id, draft)
        if first is not draft:
            keys = {_key(v) for v in first.variants}
            first.variants += [v for v in draft.variants if _key(v) not in keys]
    return merged


class Named(Protocol):
    name: str
    language: str
    script: str
    system: str


def _key(variant: Named) -> VariantKey:
    return (variant.name, variant.language, variant.script, variant.system)


def _check_kinds(drafts: dict[str, EntityDraft], known: dict[str, Entity]) -> None:
    for entity_id, record in known.items():
        if record.kind != drafts[entity_id].kind:
            raise DraftInvalid(
                f"entity {entity_id!r}",
                f"is a {record.kind} in the archive, not a {drafts[entity_id].kind}",
            )


def _create(drafts: Iterable[EntityDraft]) -> None:
    records, variants = [], []
    for draft in drafts:
        records.append(Entity(id=draft.id, kind=draft.kind, name=draft.name, **_fields(draft)))
        variants += _variants(draft.id, draft, set())
    Entity.objects.bulk_create(records)
    NameVariant.objects.bulk_create(variants)


def _fields(draft: EntityDraft) -> dict[str, object]:
    dates = draft.dates
    return {
        "description": draft.description,
        "dates_edtf": dates.edtf if dates else "",
        "dates_start": dates.start if dates else None,
        "dates_end": dates.end if dates else None,
        "external_ids": dict(draft.external_ids),
    }


def _variants(entity_id: str, draft: EntityDraft, have: set[VariantKey]) -> list[NameVariant]:
    new = []
    for variant in draft.variants:
        key = _key(variant)
        if key not in have:
            have.add(key)
            new.append(
                NameVariant(
                    entity_id=entity_id, name=key[0], language=key[1], script=key[2], system=key[3]
                )
            )
    return new


def _enrich(pairs: list[tuple[Entity, EntityDraft]]) -> None:
    if not pairs:
        return
    have: dict[str, set[VariantKey]] = {record.id: set() for record, _ in pairs}
    for v in NameVariant.objects.filter(entity_id__in=list(have)):
        have[v.entity_id].add(_key(v))
    variants = []
    for record, draft in pairs:
        variants += _variants(record.id, draft, have[record.id])
        _fill_blanks(record, draft)
    NameVariant.objects.bulk_create(variants)


def _fill_blanks(record: Entity, draft: EntityDraft) -> None:
    changed = [
        name for name, value in _fields(draft).items() if value and not getattr(record, name)
    ]
    ids = {**draft.external_ids, **record.external_ids}
    if ids != record.external_ids:
        changed.append("external_ids")
    for name in changed:
        setattr(record, name, ids if name == "external_ids" else _fields(draft)[name])
    if changed:
        record.save(update_fields=[*set(changed), "updated"])


def _resolve(record: Entity) -> str:
    return record.resolved().id if record.merged_into_id else record.id
