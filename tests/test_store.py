"""The store: idempotent, transactional saving with revisions, on real demo documents."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from chancery.archive import history
from chancery.archive.documents import get_document_json
from chancery.archive.models import Change, Collection, Document, Entity, Mention, Revision, Text
from chancery.archive.store import Store
from chancery.canonical import from_json
from chancery.drafts import EntityDraft, MentionDraft, NameVariant
from chancery.errors import NotFound

pytestmark = pytest.mark.django_db

TELEGRAM = "frus1961-63v22-d7"


def _demo(demo_json: list[dict[str, Any]], document_id: str) -> dict[str, Any]:
    return copy.deepcopy(next(r for r in demo_json if r["id"] == document_id))


def test_first_save_adds_everything(store_demo: list[str], demo_json: list[dict]) -> None:
    assert Document.objects.count() == len(demo_json) == 30
    assert Change.objects.count() == 30
    record = _demo(demo_json, TELEGRAM)
    document = Document.objects.get(id=TELEGRAM)
    assert (document.version, document.status) == (1, "published")
    assert document.first_published is not None
    assert document.date_edtf == "1961-02-25T21:00:00"
    assert str(document.date_start) == "1961-02-25"
    expected_mentions = sum(len(p["mentions"]) for p in record["people"])
    assert Mention.objects.filter(document=document).count() == expected_mentions
    assert Collection.objects.get(id="frus1961-63v22").parent_id == "frus"


def test_saving_the_same_drafts_again_changes_nothing(
    store_demo: list[str], demo_json: list[dict]
) -> None:
    before = list(Document.objects.values_list("id", "updated", "version"))
    results = list(Store().save_many(from_json(r) for r in demo_json))
    assert {r.outcome for r in results} == {"unchanged"}
    assert list(Document.objects.values_list("id", "updated", "version")) == before
    assert Change.objects.count() == 30
    assert Revision.objects.count() == 0


def test_a_changed_source_updates_and_keeps_the_old_version(
    store_demo: list[str], demo_json: list[dict]
) -> None:
    old = get_document_json(TELEGRAM)
    record = _demo(demo_json, TELEGRAM)
    record["classification"] = "Secret"
    record["texts"][0]["blocks"].append({"type": "signature", "text": "Drumright"})
    result = Store().save(from_json(record))
    assert (result.outcome, result.version, result.message) == ("updated", 2, "")
    current = get_document_json(TELEGRAM)
    assert current["classification"] == "Secret"
    assert current["texts"][0]["blocks"][-1]["text"] == "Drumright"
    assert len(current["texts"][0]["blocks"]) == len(old["texts"][0]["blocks"]) + 1
    revision = Revision.objects.get(document_id=TELEGRAM)
    assert revision.version == 1
    assert revision.snapshot == old
    assert Change.objects.filter(document_id=TELEGRAM).count() == 2


def test_an_old_version_can_be_shown_and_restored(
    store_demo: list[str], demo_json: list[dict]
) -> None:
    original = get_document_json(TELEGRAM)
    record = _demo(demo_json, TELEGRAM)
    record["title"] = "A corrected title"
    Store().save(from_json(record))
    assert history.version_json(TELEGRAM, 1)["title"] == original["title"]
    result = history.restore(TELEGRAM, 1)
    assert (result.outcome, result.version) == ("updated", 3)
    restored = get_document_json(TELEGRAM)
    assert restored["title"] == original["title"]
    assert restored["texts"] == original["texts"]
    assert [v.version for v in history.versions(TELEGRAM)] == [3, 2, 1]
    with pytest.raises(NotFound, match="no version 7"):
        history.version_json(TELEGRAM, 7)


def test_an_invalid_draft_is_rejected_whole_and_the_rest_are_saved(demo_json: list[dict]) -> None:
    records = [copy.deepcopy(r) for r in demo_json[:5]]
    records[2]["people"] = [
        {
            "id": "mao",
            "name": "Mao",
            "mentions": [{"surface": "Mao", "text": 0, "start": 0, "end": 3}],
        }
    ]
    results = {r.id: r for r in Store().save_many(from_json(r) for r in records)}
    outcomes = [results[r["id"]].outcome for r in records]
    assert outcomes == ["added", "added", "failed", "added", "added"]
    assert "people[0].mentions[0].start" in results[records[2]["id"]].message
    assert not Document.objects.filter(id=records[2]["id"]).exists()
    assert not Entity.objects.filter(id="mao").exists()


def test_a_database_conflict_fails_one_draft_not_its_batch(
    store_demo: list[str], demo_json: list[dict]
) -> None:
    """A person id that is already an organisation fails in the database step."""
    Entity.objects.create(id="ccp-cc", kind="organization", name="CCP Central Committee")
    records = [copy.deepcopy(r) for r in demo_json[:3]]
    records[1]["people"] = [{"id": "ccp-cc", "name": "CCP CC", "mentions": [{"surface": "x"}]}]
    records[1]["title"] += " (revised)"
    results = list(Store().save_many(from_json(r) for r in records))
    assert [r.outcome for r in results] == ["unchanged", "failed", "unchanged"]
    assert "is a organization in the archive" in results[1].message
    assert Document.objects.get(id=records[1]["id"]).version == 1
    assert Revision.objects.count() == 0


def test_status_is_kept_unless_the_source_gives_one(
    store_demo: list[str], demo_json: list[dict]
) -> None:
    record = _demo(demo_json, TELEGRAM)
    record["status"] = "restricted"
    assert Store().save(from_json(record)).outcome == "updated"
    del record["status"]
    assert Store().save(from_json(record)).outcome == "unchanged"
    assert Document.objects.get(id=TELEGRAM).status == "restricted"
    with pytest.raises(NotFound):
        get_document_json(TELEGRAM)
    assert get_document_json(TELEGRAM, public=False)["status"] == "restricted"


def test_new_documents_take_the_default_status(demo_json: list[dict]) -> None:
    record = _demo(demo_json, TELEGRAM)
    del record["status"]
    Store(default_status="draft").save(from_json(record))
    document = Document.objects.get(id=TELEGRAM)
    assert document.status == "draft"
    assert document.first_published is None


def test_known_people_gain_variants_but_keep_their_fields(store_demo: list[str]) -> None:
    person = Entity.objects.filter(kind="person").first()
    assert person is not None
    person.description = "Edited by an archivist"
    person.save()
    draft = from_json({"id": "note-1", "title": "A note"})
    draft.entities = [
        EntityDraft(
            "person",
            person.id,
            "Someone Else",
            [NameVariant("毛泽东", "zh", "Hans", "")],
            description="From a source",
            mentions=[MentionDraft("Mao")],
        )
    ]
    assert Store().save(draft).outcome == "added"
    person.refresh_from_db()
    assert person.description == "Edited by an archivist"
    assert person.name != "Someone Else"
    assert person.variants.filter(name="毛泽东", script="Hans").exists()


def test_mentions_of_a_merged_person_go_to_the_record_that_stands(store_demo: list[str]) -> None:
    target = Entity.objects.create(id="mao-zedong", kind="person", name="Mao Zedong")
    old = Entity.objects.create(
        id="mao-tse-tung", kind="person", name="Mao Tse-tung", merged_into=target
    )
    draft = from_json({"id": "note-2", "title": "A note"})
    draft.entities = [EntityDraft("person", old.id, old.name, mentions=[MentionDraft("Mao")])]
    Store().save(draft)
    assert Mention.objects.get(document_id="note-2").entity_id == "mao-zedong"


def test_nul_characters_are_refused_with_a_clear_message() -> None:
    draft = from_json({"id": "nul-1", "title": "Bad\x00byte"})
    result = Store().save(draft)
    assert result.outcome == "failed"
    assert "NUL" in result.message
    assert not Text.objects.exists()
