"""The rules a draft must keep before the store saves it.

``validate`` raises ``DraftInvalid`` naming the first field that breaks a rule;
a draft that fails is rejected whole.
"""

from __future__ import annotations

import re
from datetime import datetime

from chancery import drafts as d
from chancery.errors import DraftInvalid

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{0,199}$")
LANGUAGE_PATTERN = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
ID_RULE = (
    "must be 1-200 lowercase letters, digits, '.', '_' or '-', starting with a letter or digit"
)


def validate(draft: d.DocumentDraft) -> None:
    """Raise ``DraftInvalid`` for the first broken rule in ``draft``."""
    check_id(draft.id, "id")
    if not draft.title.strip():
        raise DraftInvalid("title", "is empty; every document needs a title")
    _one_of(draft.status, ("", *d.STATUSES), "status")
    _languages(draft.languages, "languages")
    if draft.version < 0:
        raise DraftInvalid("version", "must not be negative")
    _timestamps(draft)
    for i, ref in enumerate(draft.collections):
        _collection(ref, f"collections[{i}]")
    for i, text in enumerate(draft.texts):
        _text(text, f"texts[{i}]")
    _entities(draft, [text.plain for text in draft.texts])


def check_id(value: str, field: str) -> None:
    if not ID_PATTERN.match(value):
        raise DraftInvalid(field, f"{value!r} {ID_RULE}")


def _one_of(value: str, allowed: tuple[str, ...], field: str) -> None:
    if value not in allowed:
        choices = ", ".join(repr(a) for a in allowed if a)
        raise DraftInvalid(field, f"{value!r} is not one of {choices}")


def _languages(codes: list[str], field: str) -> None:
    for i, code in enumerate(codes):
        if not LANGUAGE_PATTERN.match(code):
            raise DraftInvalid(f"{field}[{i}]", f"{code!r} is not a language code such as 'en'")


def _timestamps(draft: d.DocumentDraft) -> None:
    stamps = {"created": draft.created, "updated": draft.updated}
    stamps |= {"first_published": draft.first_published}
    stamps |= {"provenance.ingested_at": draft.provenance.ingested_at}
    for field, value in stamps.items():
        if value and parse_timestamp(value) is None:
            raise DraftInvalid(field, f"{value!r} is not an ISO 8601 timestamp")


def parse_timestamp(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _collection(ref: d.CollectionRef, field: str) -> None:
    for i, node in enumerate([*ref.path, ref.node]):
        where = f"{field}.path[{i}]" if i < len(ref.path) else field
        check_id(node.id, f"{where}.id")
        if not node.title.strip():
            raise DraftInvalid(f"{where}.title", "is empty; every collection needs a title")
    if ref.position is not None and ref.position < 0:
        raise DraftInvalid(f"{field}.position", "must not be negative")


def _text(text: d.TextDraft, field: str) -> None:
    _one_of(text.kind, d.TEXT_KINDS, f"{field}.kind")
    if text.language:
        _languages([text.language], f"{field}.language")
    numbers = {note.n for note in text.notes}
    for i, note in enumerate(text.notes):
        _one_of(note.kind, d.NOTE_KINDS, f"{field}.notes[{i}].kind")
    for i, block in enumerate(text.blocks):
        _block(block, numbers, f"{field}.blocks[{i}]")


def _block(block: d.Block, numbers: set[str], field: str) -> None:
    _one_of(block.type, d.BLOCK_TYPES, f"{field}.type")
    if block.items and block.type != "list":
        raise DraftInvalid(f"{field}.items", "only a block of type 'list' has items")
    for i, anchor in enumerate(block.notes):
        where = f"{field}.notes[{i}]"
        if anchor.n not in numbers:
            raise DraftInvalid(f"{where}.n", f"no note {anchor.n!r} in this text's notes")
        if not 0 <= anchor.offset <= len(block.plain):
            raise DraftInvalid(f"{where}.offset", "lies outside the block's text")


def _entities(draft: d.DocumentDraft, plains: list[str]) -> None:
    seen: set[str] = set()
    for kind in d.ENTITY_KINDS:
        for i, entity in enumerate(draft.entities_of(kind)):
            field = f"{ENTITY_LISTS[kind]}[{i}]"
            if entity.id in seen:
                raise DraftInvalid(f"{field}.id", f"{entity.id!r} appears twice in this document")
            seen.add(entity.id)
            _entity(entity, plains, field)


ENTITY_LISTS = {"person": "people", "organization": "organizations", "place": "places"}


def _entity(entity: d.EntityDraft, plains: list[str], field: str) -> None:
    check_id(entity.id, f"{field}.id")
    if not entity.name.strip():
        raise DraftInvalid(f"{field}.name", "is empty; give the preferred name")
    for i, variant in enumerate(entity.variants):
        if not variant.name.strip():
            raise DraftInvalid(f"{field}.variants[{i}].name", "is empty")
    if not entity.mentions:
        raise DraftInvalid(
            f"{field}.mentions", "is empty; give at least one (text null for one in the metadata)"
        )
    for i, mention in enumerate(entity.mentions):
        _mention(mention, plains, f"{field}.mentions[{i}]")


def _mention(mention: d.MentionDraft, plains: list[str], field: str) -> None:
    _one_of(mention.role, d.ROLES, f"{field}.role")
    _one_of(mention.origin, d.ORIGINS, f"{field}.origin")
    if not 0.0 <= mention.confidence <= 1.0:
        raise DraftInvalid(f"{field}.confidence", "must lie between 0 and 1")
    if mention.text is None:
        if mention.start is not None or mention.end is not None:
            raise DraftInvalid(f"{field}.text", "is null, so start and end must be null too")
        return
    _mention_offsets(mention, plains, field)


def _mention_offsets(mention: d.MentionDraft, plains: list[str], field: str) -> None:
    """The offsets must hold the surface form in that text's plain form."""
    assert mention.text is not None
    if not 0 <= mention.text < len(plains):
        raise DraftInvalid(f"{field}.text", f"there is no texts[{mention.text}]")
    if mention.start is None or mention.end is None:
        raise DraftInvalid(f"{field}.start", "a mention in a text needs start and end offsets")
    found = plains[mention.text][mention.start : mention.end]
    if mention.start < 0 or found != mention.surface:
        raise DraftInvalid(
            f"{field}.start",
            f"offsets {mention.start}-{mention.end} hold {found!r}, not {mention.surface!r}",
        )
