"""Export, ingest into an empty archive, export again: the same JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chancery.archive.documents import export_json
from chancery.archive.importer import Importer, find_sources
from chancery.archive.models import Change, Collection, Document, Entity
from chancery.archive.store import Store
from chancery.drafts import DocumentDraft
from chancery.exporting import write_jsonl
from strategies import drafts

pytestmark = pytest.mark.django_db


def _empty_archive() -> None:
    Document.objects.all().delete()
    Entity.objects.all().delete()
    Collection.objects.filter(parent__isnull=False).delete()
    Collection.objects.all().delete()
    Change.objects.all().delete()


def _export(path: Path) -> list[dict]:
    write_jsonl(export_json(), path)
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


unique_drafts = st.lists(drafts(), min_size=1, max_size=4, unique_by=lambda d: d.id)


@given(unique_drafts)
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_export_ingest_export_is_stable(tmp_path: Path, documents: list[DocumentDraft]) -> None:
    _empty_archive()
    assert {r.outcome for r in Store().save_many(documents)} == {"added"}
    first = _export(tmp_path / "first.jsonl")
    _empty_archive()
    summary = Importer().run(find_sources([tmp_path / "first.jsonl"]))
    assert summary.counts["added"] == len(documents)
    second = _export(tmp_path / "second.jsonl")
    assert second == first
    again = Importer().run(find_sources([tmp_path / "first.jsonl"]))
    assert again.counts["unchanged"] == len(documents)


def test_demo_corpus_round_trips(tmp_path: Path, store_demo: list[str]) -> None:
    first = _export(tmp_path / "first.jsonl")
    assert len(first) == 30
    _empty_archive()
    Importer().run(find_sources([tmp_path / "first.jsonl"]))
    assert _export(tmp_path / "second.jsonl") == first
