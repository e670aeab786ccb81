"""The rules every draft must keep before it is saved."""

from __future__ import annotations

import pytest

from chancery.drafts import (
    Block,
    CollectionRef,
    DocumentDraft,
    EntityDraft,
    MentionDraft,
    Note,
    NoteAnchor,
    TextDraft,
)
from chancery.errors import DraftInvalid
from chancery.validation import validate

TEXT = "Comrade Mao Zedong met with the Soviet ambassador."


def _draft(**changes: object) -> DocumentDraft:
    draft = DocumentDraft(id="cable-1963-03-13", title="Cable", texts=[TextDraft.from_plain(TEXT)])
    for key, value in changes.items():
        setattr(draft, key, value)
    return draft


def _person(*mentions: MentionDraft, entity_id: str = "mao-zedong") -> EntityDraft:
    return EntityDraft("person", entity_id, "Mao Zedong", mentions=list(mentions))


def test_a_good_draft_passes() -> None:
    mao = _person(MentionDraft("Mao Zedong", text=0, start=8, end=18))
    validate(_draft(entities=[mao], languages=["zh", "en"], status="published"))


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"id": "Cable 1963"}, "id"),
        ({"id": ""}, "id"),
        ({"id": "x" * 201}, "id"),
        ({"title": "  "}, "title"),
        ({"status": "secret"}, "status"),
        ({"languages": ["Chinese"]}, "languages[0]"),
        ({"created": "yesterday"}, "created"),
        ({"collections": [CollectionRef("Volume 22", "V")]}, "collections[0].id"),
        ({"collections": [CollectionRef("v22", " ")]}, "collections[0].title"),
        ({"texts": [TextDraft("draft", "en", [Block(text="x")])]}, "texts[0].kind"),
        ({"texts": [TextDraft(blocks=[Block("table", "x")])]}, "texts[0].blocks[0].type"),
        (
            {"texts": [TextDraft(blocks=[Block("paragraph", "x", ["a"])])]},
            "texts[0].blocks[0].items",
        ),
        (
            {"texts": [TextDraft(blocks=[Block(text="abc", notes=[NoteAnchor("1", 2)])])]},
            "texts[0].blocks[0].notes[0].n",
        ),
        (
            {
                "texts": [
                    TextDraft(
                        blocks=[Block(text="abc", notes=[NoteAnchor("1", 9)])],
                        notes=[Note("1", "n")],
                    )
                ]
            },
            "texts[0].blocks[0].notes[0].offset",
        ),
    ],
)
def test_broken_rules_name_the_field(changes: dict[str, object], field: str) -> None:
    with pytest.raises(DraftInvalid) as error:
        validate(_draft(**changes))
    assert error.value.field == field


@pytest.mark.parametrize(
    ("mention", "field", "words"),
    [
        (MentionDraft("Mao Zedong", text=0, start=0, end=10), "start", "'Comrade Ma'"),
        (MentionDraft("Mao", text=3, start=8, end=11), "text", "no texts[3]"),
        (MentionDraft("Mao", text=0), "start", "needs start and end"),
        (MentionDraft("Mao", start=8, end=11), "text", "must be null"),
        (MentionDraft("Mao", role="enemy"), "role", "'enemy'"),
        (MentionDraft("Mao", origin="guess"), "origin", "'guess'"),
        (MentionDraft("Mao", confidence=1.5), "confidence", "between 0 and 1"),
    ],
)
def test_mentions_must_point_at_their_surface(
    mention: MentionDraft, field: str, words: str
) -> None:
    with pytest.raises(DraftInvalid) as error:
        validate(_draft(entities=[_person(mention)]))
    assert error.value.field == f"people[0].mentions[0].{field}"
    assert words in error.value.reason


def test_entities_need_a_mention_and_unique_ids() -> None:
    with pytest.raises(DraftInvalid, match=r"people\[0\].mentions"):
        validate(_draft(entities=[_person()]))
    twice = [_person(MentionDraft("Mao")), _person(MentionDraft("Mao"))]
    with pytest.raises(DraftInvalid, match="appears twice"):
        validate(_draft(entities=twice))
