"""The canonical document JSON (docs/document-json.md): drafts to JSON and back.

``to_json`` renders a draft; ``from_json`` checks a parsed JSON object key by key
and builds a draft, raising ``DraftInvalid`` with the path of the first bad value.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from chancery.dates import HistoricalDate, InvalidDate
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
from chancery.errors import DraftInvalid

ENTITY_KEYS = {"person": "people", "organization": "organizations", "place": "places"}
ORIGIN_FIELDS = (
    "place",
    "classification",
    "priority",
    "reference",
    "source_citation",
    "repository",
)
STRING_FIELDS = ("title", "type", "summary", *ORIGIN_FIELDS, "rights")
AGENT_FIELDS = [
    "funders",
    "translators",
    "creators",
    "recipients",
    "approvers",
    "distribution",
    "subjects",
]
LIST_FIELDS = ("handling", "languages", *AGENT_FIELDS)
TIMESTAMP_FIELDS = ("created", "updated", "first_published")
DERIVED_FIELDS = ("url", "date_start", "date_end", "date_precision")


@dataclass(frozen=True)
class RecordState:
    """What the archive adds to a draft when it renders a stored document."""

    url: str = ""
    version: int = 0
    created: str = ""
    updated: str = ""
    first_published: str = ""


# ---------------------------------------------------------------- to JSON


def to_json(draft: DocumentDraft, state: RecordState | None = None) -> dict[str, Any]:
    """The canonical JSON object of a draft; ``state`` adds the archive's own keys."""
    state = state or RecordState()
    out: dict[str, Any] = {"id": draft.id, "url": state.url, "status": draft.status}
    out["version"] = state.version or draft.version
    out["title"], out["type"], out["summary"] = draft.title, draft.type, draft.summary
    out.update(_date_json(draft.date))
    for name in ORIGIN_FIELDS:
        out[name] = getattr(draft, name)
    out["handling"] = list(draft.handling)
    out["collections"] = [collection_json(ref) for ref in draft.collections]
    out["languages"], out["rights"] = list(draft.languages), draft.rights
    for name in AGENT_FIELDS:
        out[name] = list(getattr(draft, name))
    for kind, key in ENTITY_KEYS.items():
        out[key] = [_entity_json(entity) for entity in draft.entities_of(kind)]
    out["texts"] = [_text_json(text) for text in draft.texts]
    out["notes"] = [{"label": note.label, "text": note.text} for note in draft.notes]
    out["provenance"] = vars(draft.provenance).copy()
    out.update(created=state.created, updated=state.updated)
    out["first_published"] = state.first_published
    return out


def _date_json(date: HistoricalDate | None) -> dict[str, Any]:
    if date is None:
        return {"date": None, "date_start": None, "date_end": None, "date_precision": None}
    return {
        "date": date.edtf,
        "date_start": date.start.isoformat(),
        "date_end": date.end.isoformat(),
        "date_precision": str(date.precision),
    }


def collection_json(ref: CollectionRef) -> dict[str, Any]:
    return {
        "id": ref.id,
        "title": ref.title,
        "kind": ref.kind,
        "position": ref.position,
        "path": [vars(node).copy() for node in ref.path],
    }


def _entity_json(entity: EntityDraft) -> dict[str, Any]:
    return {
        "id": entity.id,
        "name": entity.name,
        "variants": [vars(variant).copy() for variant in entity.variants],
        "description": entity.description,
        "dates": entity.dates.edtf if entity.dates else None,
        "external_ids": dict(entity.external_ids),
        "mentions": [vars(mention).copy() for mention in entity.mentions],
    }


def _text_json(text: TextDraft) -> dict[str, Any]:
    return {
        "kind": text.kind,
        "language": text.language,
        "text": text.plain,
        "blocks": [block_json(block) for block in text.blocks],
        "notes": [vars(note).copy() for note in text.notes],
    }


def block_json(block: Block) -> dict[str, Any]:
    return {
        "type": block.type,
        "text": block.text,
        "items": list(block.items),
        "level": block.level,
        "notes": [vars(anchor).copy() for anchor in block.notes],
    }


# ---------------------------------------------------------------- from JSON


class Fields:
    """Typed access to one JSON object, with error messages that name the key's path."""

    def __init__(self, value: Any, path: str, allowed: set[str]) -> None:
        if not isinstance(value, dict):
            raise DraftInvalid(path or "document", f"must be an object, got {_kind(value)}")
        unknown = sorted(set(value) - allowed)
        if unknown:
            where = f"{path}.{unknown[0]}" if path else unknown[0]
            raise DraftInvalid(where, "unknown key; see docs/document-json.md for the keys")
        self.data: dict[str, Any] = value
        self.path = path

    def at(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def raw(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def string(self, key: str, default: str = "") -> str:
        value = self.data.get(key, default)
        if value is None:
            return default
        return _string(value, self.at(key))

    def int_or_none(self, key: str) -> int | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise DraftInvalid(self.at(key), f"must be a whole number, got {_kind(value)}")
        return value

    def number(self, key: str, default: float) -> float:
        value = self.data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise DraftInvalid(self.at(key), f"must be a number, got {_kind(value)}")
        return float(value)

    def strings(self, key: str) -> list[str]:
        return [_string(item, f"{self.at(key)}[{i}]") for i, item in self.items(key)]

    def items(self, key: str) -> list[tuple[int, Any]]:
        value = self.data.get(key, [])
        if value is None:
            return []
        if not isinstance(value, list):
            raise DraftInvalid(self.at(key), f"must be a list, got {_kind(value)}")
        return list(enumerate(value))

    def objects(self, key: str, allowed: set[str]) -> list[Fields]:
        return [Fields(item, f"{self.at(key)}[{i}]", allowed) for i, item in self.items(key)]

    def mapping(self, key: str) -> dict[str, str]:
        mapping = self.data.get(key) or {}
        if not isinstance(mapping, dict):
            raise DraftInvalid(self.at(key), f"must be an object, got {_kind(mapping)}")
        return {k: _string(v, f"{self.at(key)}.{k}") for k, v in mapping.items()}


KIND_NAMES: dict[type, str] = {bool: "true/false", int: "number", float: "number"}
KIND_NAMES |= {str: "string", list: "list", dict: "object", type(None): "null"}


def _kind(value: Any) -> str:
    return KIND_NAMES.get(type(value), type(value).__name__)


def _string(value: Any, path: str) -> str:
    if not isinstance(value, str):
        raise DraftInvalid(path, f"must be a string, got {_kind(value)}")
    return value


DOCUMENT_KEYS = {"id", "status", "collections", "date", "people", "organizations", "places"}
DOCUMENT_KEYS |= {"texts", "notes", "provenance", *STRING_FIELDS, *LIST_FIELDS}
DOCUMENT_KEYS |= {"version", *TIMESTAMP_FIELDS, *DERIVED_FIELDS}


def from_json(value: Any) -> DocumentDraft:
    """Build a draft from one parsed canonical JSON object; raises ``DraftInvalid``."""
    fields = Fields(value, "", DOCUMENT_KEYS)
    if "id" not in fields.data:
        raise DraftInvalid("id", "is missing; every document needs a stable id")
    draft = DocumentDraft(id=fields.string("id"), title=fields.string("title"))
    for name in STRING_FIELDS[1:]:
        setattr(draft, name, fields.string(name))
    for name in LIST_FIELDS:
        setattr(draft, name, fields.strings(name))
    for name in ("status", *TIMESTAMP_FIELDS):
        setattr(draft, name, fields.string(name))
    draft.version = fields.int_or_none("version") or 0
    draft.date = _date(fields)
    draft.collections = [_collection(f) for f in fields.objects("collections", COLLECTION_KEYS)]
    draft.entities = _entities(fields)
    draft.texts = [_text(f) for f in fields.objects("texts", TEXT_KEYS)]
    draft.notes = [DocumentNote(f.string("label"), f.string("text")) for f in _notes(fields)]
    draft.provenance = _provenance(fields)
    return draft


def _date(fields: Fields) -> HistoricalDate | None:
    edtf = fields.string("date")
    if not edtf:
        return None
    try:
        date = HistoricalDate.parse(edtf)
    except InvalidDate as error:
        raise DraftInvalid("date", str(error)) from None
    derived = _date_json(date)
    for key in ("date_start", "date_end", "date_precision"):
        given = fields.raw(key)
        if given is not None and given != derived[key]:
            raise DraftInvalid(
                key, f"{given!r} does not agree with date {edtf!r} ({derived[key]!r}); remove it"
            )
    return date


COLLECTION_KEYS = {"id", "title", "kind", "position", "path"}
NODE_KEYS = {"id", "title", "kind"}


def _collection(fields: Fields) -> CollectionRef:
    path = [_node(f) for f in fields.objects("path", NODE_KEYS)]
    ref = CollectionRef(
        fields.string("id"), fields.string("title"), fields.string("kind", "collection")
    )
    ref.position, ref.path = fields.int_or_none("position"), path
    return ref


def _node(fields: Fields) -> CollectionNode:
    return CollectionNode(
        fields.string("id"), fields.string("title"), fields.string("kind", "collection")
    )


ENTITY_FIELDS = {"id", "name", "variants", "description", "dates", "external_ids", "mentions"}
VARIANT_KEYS = {"name", "language", "script", "system"}
MENTION_KEYS = {"surface", "role", "text", "start", "end", "confidence", "origin"}


def _entities(fields: Fields) -> list[EntityDraft]:
    entities = []
    for kind, key in ENTITY_KEYS.items():
        entities += [_entity(kind, f) for f in fields.objects(key, ENTITY_FIELDS)]
    return entities


def _entity(kind: str, fields: Fields) -> EntityDraft:
    entity = EntityDraft(kind=kind, id=fields.string("id"), name=fields.string("name"))
    entity.variants = [_variant(f) for f in fields.objects("variants", VARIANT_KEYS)]
    entity.description = fields.string("description")
    entity.dates = _entity_dates(fields)
    entity.external_ids = fields.mapping("external_ids")
    entity.mentions = [_mention(f) for f in fields.objects("mentions", MENTION_KEYS)]
    return entity


def _entity_dates(fields: Fields) -> HistoricalDate | None:
    edtf = fields.string("dates")
    try:
        return HistoricalDate.parse(edtf) if edtf else None
    except InvalidDate as error:
        raise DraftInvalid(fields.at("dates"), str(error)) from None


def _variant(fields: Fields) -> NameVariant:
    return NameVariant(
        fields.string("name"),
        fields.string("language"),
        fields.string("script"),
        fields.string("system"),
    )


def _mention(fields: Fields) -> MentionDraft:
    return MentionDraft(
        surface=fields.string("surface"),
        role=fields.string("role", "mentioned"),
        text=fields.int_or_none("text"),
        start=fields.int_or_none("start"),
        end=fields.int_or_none("end"),
        confidence=fields.number("confidence", 1.0),
        origin=fields.string("origin", "source"),
    )


TEXT_KEYS = {"kind", "language", "text", "blocks", "notes"}
BLOCK_KEYS = {"type", "text", "items", "level", "notes"}
NOTE_KEYS = {"n", "kind", "text"}
ANCHOR_KEYS = {"n", "offset"}


def _text(fields: Fields) -> TextDraft:
    kind, language = fields.string("kind", "original"), fields.string("language")
    if "blocks" not in fields.data:
        text = TextDraft.from_plain(fields.string("text"), kind, language)
    else:
        text = TextDraft(kind, language, [_block(f) for f in fields.objects("blocks", BLOCK_KEYS)])
        _check_plain(fields, text)
    text.notes = [_note(f) for f in fields.objects("notes", NOTE_KEYS)]
    return text


def _check_plain(fields: Fields, text: TextDraft) -> None:
    given = fields.raw("text")
    if given is not None and given != text.plain:
        raise DraftInvalid(fields.at("text"), "does not agree with its blocks; give only blocks")


def _block(fields: Fields) -> Block:
    block = Block(type=fields.string("type", "paragraph"), text=fields.string("text"))
    block.items, block.level = fields.strings("items"), fields.int_or_none("level")
    block.notes = [_anchor(f) for f in fields.objects("notes", ANCHOR_KEYS)]
    return block


def _anchor(fields: Fields) -> NoteAnchor:
    offset = fields.int_or_none("offset")
    if offset is None:
        raise DraftInvalid(fields.at("offset"), "is missing; give the anchor's offset")
    return NoteAnchor(fields.string("n"), offset)


def _note(fields: Fields) -> Note:
    return Note(fields.string("n"), fields.string("text"), fields.string("kind", "footnote"))


def _notes(fields: Fields) -> list[Fields]:
    return fields.objects("notes", {"label", "text"})


PROVENANCE_KEYS = {"source", "checksum", "reader", "reader_version", "ingested_at"}


def _provenance(fields: Fields) -> Provenance:
    if fields.raw("provenance") is None:
        return Provenance()
    f = Fields(fields.raw("provenance"), "provenance", PROVENANCE_KEYS)
    return Provenance(**{key: f.string(key) for key in PROVENANCE_KEYS})
