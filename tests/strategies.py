"""Hypothesis strategies for document drafts that keep the archive's rules."""

from __future__ import annotations

from hypothesis import strategies as st

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

# Any Unicode a source may hold, but no surrogates (not encodable) and no NUL (rejected).
CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
words = st.text(CHARS, max_size=30)
names = st.text(CHARS, min_size=1, max_size=30).filter(lambda s: s.strip() != "")
ids = st.from_regex(r"[a-z0-9][a-z0-9._-]{0,24}", fullmatch=True)
languages = st.sampled_from(["en", "zh", "ru", "zh-Hant", "de"])


@st.composite
def dates(draw: st.DrawFn) -> HistoricalDate:
    year = draw(st.integers(1800, 2000))
    month = draw(st.none() | st.integers(1, 12))
    day = draw(st.none() | st.integers(1, 28)) if month else None
    approximate = draw(st.booleans())
    return HistoricalDate.of(year, month, day, approximate=approximate)


@st.composite
def blocks(draw: st.DrawFn, note_numbers: list[str]) -> Block:
    kind = draw(st.sampled_from(["paragraph", "heading", "list", "quote", "signature"]))
    if kind == "list":
        return Block("list", "", draw(st.lists(words, min_size=1, max_size=3)))
    text = draw(words)
    anchors = [NoteAnchor(n, draw(st.integers(0, len(text)))) for n in note_numbers[:1]]
    level = draw(st.integers(1, 3)) if kind == "heading" else None
    return Block(kind, text, [], level, anchors)


@st.composite
def texts(draw: st.DrawFn) -> TextDraft:
    notes = [Note(str(i + 1), draw(words)) for i in range(draw(st.integers(0, 2)))]
    numbers = [note.n for note in notes]
    content = draw(st.lists(blocks(numbers), min_size=1, max_size=4))
    kind = draw(st.sampled_from(["original", "translation", "transcript", "summary"]))
    return TextDraft(kind, draw(languages), content, notes)


@st.composite
def mentions(draw: st.DrawFn, text_list: list[TextDraft]) -> MentionDraft:
    role = draw(st.sampled_from(["author", "recipient", "participant", "mentioned"]))
    confidence = draw(st.sampled_from([1.0, 0.5, 0.875]))
    origin = draw(st.sampled_from(["source", "automatic", "editor"]))
    candidates = [i for i, t in enumerate(text_list) if t.plain]
    if not candidates or draw(st.booleans()):
        return MentionDraft(draw(names), role, None, None, None, confidence, origin)
    index = draw(st.sampled_from(candidates))
    plain = text_list[index].plain
    start = draw(st.integers(0, len(plain) - 1))
    end = draw(st.integers(start + 1, len(plain)))
    return MentionDraft(plain[start:end], role, index, start, end, confidence, origin)


@st.composite
def entities(draw: st.DrawFn, text_list: list[TextDraft], kind: str, entity_id: str) -> EntityDraft:
    variants = draw(
        st.lists(
            st.builds(
                NameVariant,
                names,
                languages,
                st.just("Latn"),
                st.sampled_from(["", "pinyin", "wade-giles"]),
            ),
            max_size=2,
            unique_by=lambda v: (v.name, v.language, v.system),
        )
    )
    return EntityDraft(
        kind=kind,
        id=entity_id,
        name=draw(names),
        variants=variants,
        description=draw(words),
        dates=draw(st.none() | dates()),
        external_ids=draw(st.dictionaries(st.sampled_from(["wikidata", "frus"]), ids)),
        mentions=draw(st.lists(mentions(text_list), min_size=1, max_size=3)),
    )


@st.composite
def collections(draw: st.DrawFn) -> CollectionRef:
    series = CollectionNode("series-" + draw(st.sampled_from(["a", "b"])), "Series", "series")
    volume = draw(st.sampled_from(["v1", "v2", "v3"]))
    return CollectionRef(
        f"{series.id}-{volume}",
        f"Volume {volume}",
        "volume",
        draw(st.none() | st.integers(0, 10_000)),
        [series],
    )


@st.composite
def drafts(draw: st.DrawFn, document_id: str | None = None) -> DocumentDraft:
    text_list = draw(st.lists(texts(), max_size=2))
    pool = draw(st.lists(st.sampled_from(["p1", "p2", "p3", "o1", "l1"]), unique=True, max_size=3))
    kinds = {"p": "person", "o": "organization", "l": "place"}
    pool.sort(key=lambda e: "pol".index(e[0]))  # the JSON groups people, organisations, places
    return DocumentDraft(
        id=document_id or draw(ids),
        title=draw(names),
        type=draw(st.sampled_from(["", "telegram", "memorandum of conversation", "letter"])),
        summary=draw(words),
        date=draw(st.none() | dates()),
        place=draw(words),
        classification=draw(st.sampled_from(["", "Top Secret", "Secret", "Confidential"])),
        priority=draw(words),
        handling=draw(st.lists(words, max_size=2)),
        reference=draw(words),
        source_citation=draw(words),
        repository=draw(words),
        collections=draw(st.lists(collections(), max_size=1)),
        languages=draw(st.lists(languages, max_size=2, unique=True)),
        rights=draw(words),
        funders=draw(st.lists(words, max_size=2)),
        translators=draw(st.lists(names, max_size=2)),
        creators=draw(st.lists(names, max_size=2)),
        recipients=draw(st.lists(names, max_size=2)),
        subjects=draw(st.lists(words, max_size=2)),
        entities=[draw(entities(text_list, kinds[e[0]], f"{kinds[e[0]]}-{e}")) for e in pool],
        texts=text_list,
        notes=draw(st.lists(st.builds(DocumentNote, names, words), max_size=2)),
        provenance=Provenance("source/file.xml", "sha256:00", "test", "1", "2026-01-02T03:04:05Z"),
        status=draw(st.sampled_from(["draft", "published", "restricted"])),
    )
