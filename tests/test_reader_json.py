"""The canonical JSON reader and the importer on bad input: clear errors, nothing lost."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from chancery.archive.importer import Importer, find_sources
from chancery.archive.models import Document
from chancery.ingest.canonical_json import CanonicalJsonReader

GOOD = {"id": "dafp-v22-d1", "title": "Message from Attlee to Menzies", "date": "1949-12-17"}


def _read(path: Path) -> list[Any]:
    return list(CanonicalJsonReader().read(path))


def _line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False)


def test_jsonl_records_carry_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "cables.jsonl"
    second = {**GOOD, "id": "dafp-v22-d2"}
    path.write_text(f"{_line(GOOD)}\n\n{_line(second)}\n", encoding="utf-8")
    records = _read(path)
    assert [r.location for r in records] == [f"{path}:1", f"{path}:3"]
    assert records[1].draft.id == "dafp-v22-d2"
    provenance = records[0].draft.provenance
    assert (provenance.source, provenance.reader) == (str(path), "canonical-json")
    assert provenance.checksum.startswith("sha256:")
    assert len(provenance.checksum) == 71


def test_json_array_elements_are_located_by_line(tmp_path: Path) -> None:
    path = tmp_path / "cables.json"
    path.write_text(
        '[\n  {"id": "a-1", "title": "One"},\n\n  {"id": "b-2", "title": 2}\n]', encoding="utf-8"
    )
    records = _read(path)
    assert records[0].draft.id == "a-1"
    assert records[1].location == f"{path}:4"
    assert "title: must be a string, got number" in records[1].error


def test_a_single_object_and_a_bom(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_bytes(b"\xef\xbb\xbf" + _line(GOOD).encode())
    assert _read(path)[0].draft.title == GOOD["title"]


@pytest.mark.parametrize(
    ("content", "line", "words"),
    [
        (b'{"id": "a", "title": "x"}\n{"id": "b", "title": }\n', 2, "invalid JSON"),
        (b'{"id": "a", "title": "x"}\n{"id": "b", "title": "Caf\xe9"}\n', 2, "not UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000 + b"\n", 1, "nested too deeply"),
        (b'{"id": "a", "title": "x", "colour": "red"}\n', 1, "colour: unknown key"),
        (b'{"id": "a", "title": ["x"]}\n', 1, "title: must be a string, got list"),
        (b'"just a string"\n', 1, "must be an object"),
    ],
    ids=["syntax", "encoding", "depth", "unknown-key", "wrong-type", "not-an-object"],
)
def test_bad_records_name_file_and_line(
    tmp_path: Path, content: bytes, line: int, words: str
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(content)
    failures = [r for r in _read(path) if r.error]
    assert failures[0].location == f"{path}:{line}"
    assert words in failures[0].error


def test_bad_whole_json_file(tmp_path: Path) -> None:
    latin = tmp_path / "latin.json"
    latin.write_bytes(b'{"id": "a",\n "title": "Caf\xe9"}')
    (record,) = _read(latin)
    assert record.location == f"{latin}:2"
    assert "byte 0xe9 at line 2" in record.error
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 50_000 + "]" * 50_000, encoding="utf-8")
    assert "nested too deeply" in _read(deep)[0].error
    trailing = tmp_path / "trailing.json"
    trailing.write_text(_line(GOOD) + " {}", encoding="utf-8")
    assert "extra data" in _read(trailing)[0].error


@pytest.mark.django_db
def test_importer_reports_per_item_and_keeps_going(tmp_path: Path) -> None:
    (tmp_path / "good.jsonl").write_text(_line(GOOD) + "\n", encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text('{"id": "x"\n', encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a source", encoding="utf-8")
    (tmp_path / ".hidden.jsonl").write_text("garbage", encoding="utf-8")
    reports: list[Any] = []
    summary = Importer(on_item=reports.append).run(find_sources([tmp_path]))
    assert (summary.counts["added"], summary.counts["failed"], summary.files) == (1, 1, 3)
    assert summary.skipped == [str(tmp_path / "notes.txt")]
    assert reports[0].location == f"{tmp_path / 'bad.jsonl'}:1"
    assert Document.objects.filter(id=GOOD["id"]).exists()


@pytest.mark.django_db
def test_named_files_that_cannot_be_read_fail_clearly(tmp_path: Path) -> None:
    (tmp_path / "cables.csv").write_text("id,title\n", encoding="utf-8")
    locked = tmp_path / "locked.jsonl"
    locked.write_text(_line(GOOD), encoding="utf-8")
    locked.chmod(0)
    sources = find_sources([tmp_path / "missing.jsonl", tmp_path / "cables.csv", locked])
    summary = Importer().run(sources)
    messages = [f.message for f in summary.failures]
    assert "No such file or directory" in messages[0]
    assert "give --format" in messages[1]
    if messages[2:]:  # root may read a mode-0 file; then it is simply added
        assert "Permission denied" in messages[2]


@pytest.mark.django_db
def test_a_failed_update_leaves_the_stored_document_whole(tmp_path: Path) -> None:
    path = tmp_path / "cable.jsonl"
    path.write_text(_line(GOOD) + "\n", encoding="utf-8")
    Importer().run(find_sources([path]))
    broken = {**GOOD, "title": "", "summary": "half an edit"}
    path.write_text(_line(broken) + "\n", encoding="utf-8")
    summary = Importer().run(find_sources([path]))
    assert summary.counts["failed"] == 1
    assert "title: is empty" in summary.failures[0].message
    stored = Document.objects.get(id=GOOD["id"])
    assert (stored.title, stored.summary, stored.version) == (GOOD["title"], "", 1)
