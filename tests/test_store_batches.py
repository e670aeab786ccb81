"""The store outside a caller's transaction: its own commits, and what it remembers."""

from __future__ import annotations

from typing import Any

import pytest

from chancery.archive.models import Document, Entity, Mention, NameVariant
from chancery.archive.store import Store
from chancery.canonical import from_json

pytestmark = pytest.mark.django_db(transaction=True)


def _cable(number: int, **person: Any) -> dict[str, Any]:
    mao = {"id": "mao-zedong", "name": "Mao Zedong", "mentions": [{"surface": "Mao"}]}
    return {"id": f"cable-{number}", "title": f"Cable {number}", "people": [{**mao, **person}]}


def test_batches_commit_and_share_one_person_record() -> None:
    drafts = [from_json(_cable(n)) for n in range(12)]
    results = list(Store().save_many(drafts, batch_size=5))
    assert [r.outcome for r in results] == ["added"] * 12
    assert Entity.objects.filter(id="mao-zedong").count() == 1
    assert Mention.objects.filter(entity_id="mao-zedong").count() == 12


def test_a_remembered_person_still_gains_new_variants() -> None:
    store = Store()
    list(store.save_many([from_json(_cable(1))]))
    variant = {"name": "毛泽东", "language": "zh", "script": "Hans", "system": ""}
    list(store.save_many([from_json(_cable(2, variants=[variant], description="Chairman"))]))
    list(store.save_many([from_json(_cable(3))]))
    mao = Entity.objects.get(id="mao-zedong")
    assert mao.description == "Chairman"
    assert list(NameVariant.objects.filter(entity=mao).values_list("name", flat=True)) == ["毛泽东"]


def test_a_rolled_back_batch_is_forgotten() -> None:
    """A batch that fails in the database must not leave the person 'known' to the store."""
    Entity.objects.create(id="cpsu", kind="organization", name="CPSU")
    store = Store()
    clash = _cable(1)
    clash["people"].append({"id": "cpsu", "name": "CPSU", "mentions": [{"surface": "CPSU"}]})
    assert [r.outcome for r in store.save_many([from_json(clash)])] == ["failed"]
    assert not Entity.objects.filter(id="mao-zedong").exists()
    assert [r.outcome for r in store.save_many([from_json(_cable(2))])] == ["added"]
    assert Entity.objects.filter(id="mao-zedong").exists()
    assert Document.objects.filter(id="cable-2").exists()
