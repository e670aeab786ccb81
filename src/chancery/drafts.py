"""Document drafts: what readers yield and the store saves.

A draft is plain data. It knows nothing of Django, files or JSON; readers in
``chancery.ingest`` build drafts, pure functions in ``chancery.enrich`` improve
them, and ``chancery.archive.store`` saves them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from chancery.dates import HistoricalDate

STATUSES = ("draft", "published", "restricted")
TEXT_KINDS = ("original", "transcript", "translation", "summary")
ENTITY_KINDS = ("person", "organization", "place")
ROLES = ("author", "recipient", "participant", "approver", "mentioned")
ORIGINS = ("source", "automatic", "editor")
BLOCK_TYPES = ("heading", "paragraph", "list", "quote", "signature", "dateline")
NOTE_KINDS = ("footnote", "editorial", "source")
BLOCK_SEPARATOR = "\n\n"


@dataclass
class NoteAnchor:
    """Where footnote ``n`` is called, as an offset into its block's plain text."""

    n: str
    offset: int


@dataclass
class Block:
    """One unit of display structure: a heading, paragraph, list, quote, ..."""

    type: str = "paragraph"
    text: str = ""
    items: list[str] = field(default_factory=list)
    level: int | None = None
    notes: list[NoteAnchor] = field(default_factory=list)  # footnote calls

    @property
    def plain(self) -> str:
        return "\n".join(self.items) if self.type == "list" else self.text


@dataclass
class Note:
    """A footnote or editorial note belonging to one text."""

    n: str
    text: str
    kind: str = "footnote"


@dataclass
class TextDraft:
    """One text of a document (original, transcript, translation, summary)."""

    kind: str = "original"
    language: str = ""
    blocks: list[Block] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)

    @property
    def plain(self) -> str:
        """The text for indexing and mention offsets: blocks joined by blank lines."""
        return BLOCK_SEPARATOR.join(block.plain for block in self.blocks)

    @classmethod
    def from_plain(cls, text: str, kind: str = "original", language: str = "") -> TextDraft:
        """Paragraph blocks from plain text, split at blank lines."""
        paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split(BLOCK_SEPARATOR)]
        blocks = [Block(text=p) for p in paragraphs if p]
        return cls(kind=kind, language=language, blocks=blocks)


@dataclass
class NameVariant:
    """Another name of an authority record, with its language, script and romanisation."""

    name: str
    language: str = ""
    script: str = ""
    system: str = ""


@dataclass
class MentionDraft:
    """One appearance of an authority record in a document.

    ``text`` is the index of the text in ``DocumentDraft.texts`` and ``start``/``end``
    are character offsets into that text's plain form. A mention in the metadata
    (an author in a title, say) has no text and no offsets.
    """

    surface: str
    role: str = "mentioned"
    text: int | None = None
    start: int | None = None
    end: int | None = None
    confidence: float = 1.0
    origin: str = "source"


@dataclass
class EntityDraft:
    """A person, organisation or place the document refers to, with its mentions."""

    kind: str
    id: str
    name: str
    variants: list[NameVariant] = field(default_factory=list)
    description: str = ""
    dates: HistoricalDate | None = None
    external_ids: dict[str, str] = field(default_factory=dict)
    mentions: list[MentionDraft] = field(default_factory=list)


@dataclass
class CollectionNode:
    """A collection as it appears in a path: a series, a volume, a chapter."""

    id: str
    title: str
    kind: str = "collection"


@dataclass
class CollectionRef:
    """The collection a document belongs to, its position there, and the path above it."""

    id: str
    title: str
    kind: str = "collection"
    position: int | None = None
    path: list[CollectionNode] = field(default_factory=list)

    @property
    def node(self) -> CollectionNode:
        return CollectionNode(self.id, self.title, self.kind)


@dataclass
class DocumentNote:
    """A labelled note on the whole document, e.g. a label a reader did not know."""

    label: str
    text: str


@dataclass
class Provenance:
    """Where a draft came from: the source file, its checksum and the reader."""

    source: str = ""
    checksum: str = ""
    reader: str = ""
    reader_version: str = ""
    ingested_at: str = ""


@dataclass
class DocumentDraft:
    """Everything a reader knows about one document."""

    id: str
    title: str
    type: str = ""
    summary: str = ""
    date: HistoricalDate | None = None
    place: str = ""
    classification: str = ""
    priority: str = ""
    handling: list[str] = field(default_factory=list)
    reference: str = ""
    source_citation: str = ""
    repository: str = ""
    collections: list[CollectionRef] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    rights: str = ""
    funders: list[str] = field(default_factory=list)
    translators: list[str] = field(default_factory=list)
    creators: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    approvers: list[str] = field(default_factory=list)
    distribution: list[str] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)
    entities: list[EntityDraft] = field(default_factory=list)
    texts: list[TextDraft] = field(default_factory=list)
    notes: list[DocumentNote] = field(default_factory=list)
    provenance: Provenance = field(default_factory=Provenance)
    status: str = ""
    version: int = 0
    created: str = ""
    updated: str = ""
    first_published: str = ""

    def entities_of(self, kind: str) -> list[EntityDraft]:
        return [entity for entity in self.entities if entity.kind == kind]
