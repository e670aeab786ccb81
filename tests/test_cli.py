"""The real ``chancery`` command, run as a user runs it: fresh folders, real processes."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cli_helpers import Archive, environment, fetch
from conftest import DEMO

pytestmark = pytest.mark.cli


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    yield from environment(tmp_path / "archive")


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Archive]:
    yield from environment(tmp_path / "other")


def test_init_ingest_show_export_and_round_trip(
    archive: Archive, other: Archive, tmp_path: Path
) -> None:
    assert archive.run("init").returncode == 0
    assert (archive.data / "secret_key").exists()
    first = archive.run("ingest", str(DEMO))
    assert first.returncode == 0, first.stderr
    assert "30 added, 0 updated, 0 unchanged, 0 failed" in first.stderr
    again = archive.run("ingest", str(DEMO))
    assert "0 added, 0 updated, 30 unchanged, 0 failed" in again.stderr
    shown = archive.run("show", "frus1961-63v22-d7", "--json")
    data = json.loads(shown.stdout)
    assert data["date"] == "1961-02-25T21:00:00"
    assert data["classification"] == "Top Secret"
    export = tmp_path / "export.jsonl"
    assert archive.run("export", "--format", "jsonl", "--output", str(export)).returncode == 0
    assert other.run("ingest", str(export)).returncode == 0
    assert other.run("export").stdout == export.read_text(encoding="utf-8")


def test_failures_exit_1_with_one_clear_line_and_no_traceback(
    archive: Archive, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "ok-1", "title": "Fine"}\n{"id": "x", "title": 5}\n', encoding="utf-8")
    result = archive.run("ingest", str(bad))
    assert result.returncode == 1
    assert f"{bad}:2: title: must be a string, got number" in result.stderr
    assert "1 added, 0 updated, 0 unchanged, 1 failed" in result.stderr
    assert "Traceback" not in result.stderr
    missing = archive.run("show", "no-such-document")
    assert missing.returncode == 1
    assert missing.stderr.splitlines() == [
        "Error: no document 'no-such-document'",
        "Hint: check the id with 'chancery list'",
    ]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["ingest"], "Missing argument"),
        (["ingest", "--format", "docx", "x.docx"], "unknown format 'docx'"),
        (["list", "--status", "secret"], "'secret' is not one of"),
        (["frobnicate"], "No such command"),
    ],
)
def test_usage_errors_exit_2(archive: Archive, args: list[str], words: str) -> None:
    result = archive.run(*args)
    assert result.returncode == 2
    assert words in result.stderr
    assert "Traceback" not in result.stderr


def test_history_and_restore(archive: Archive, tmp_path: Path) -> None:
    source = tmp_path / "cable.jsonl"
    record = {"id": "cable-1", "title": "First title"}
    source.write_text(json.dumps(record), encoding="utf-8")
    archive.run("ingest", str(source))
    source.write_text(json.dumps({**record, "title": "Second title"}), encoding="utf-8")
    assert "1 updated" in archive.run("ingest", str(source)).stderr
    versions = archive.run("history", "cable-1").stdout
    assert "2" in versions
    assert "current" in versions
    assert "replaced by ingest" in versions
    old = json.loads(archive.run("show", "cable-1", "--json", "--revision", "1").stdout)
    assert old["title"] == "First title"
    assert archive.run("restore", "cable-1", "1").returncode == 0
    now = json.loads(archive.run("show", "cable-1", "--json").stdout)
    assert (now["title"], now["version"]) == ("First title", 3)


def test_sqlite_uses_wal(archive: Archive) -> None:
    if "CHANCERY_DATABASE_URL" in archive.env:
        pytest.skip("SQLite journal modes do not apply to a PostgreSQL run")
    archive.run("init")
    with sqlite3.connect(archive.data / "chancery.sqlite3") as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_concurrent_writers_wait_instead_of_failing(archive: Archive, tmp_path: Path) -> None:
    archive.run("init")
    files = []
    for n in range(2):
        path = tmp_path / f"batch{n}.jsonl"
        lines = [
            json.dumps(
                {
                    "id": f"w{n}-{i}",
                    "title": f"Writer {n} document {i}",
                    "texts": [{"text": "Lorem ipsum. " * 200}],
                }
            )
            for i in range(600)
        ]
        path.write_text("\n".join(lines), encoding="utf-8")
        files.append(path)
    for code, stderr in _run_together(archive, files):
        assert code == 0, stderr
        assert "600 added" in stderr
    listed = archive.run("list", "--limit", "2000").stdout
    assert listed.count("w0-") == 600
    assert listed.count("w1-") == 600


def _run_together(archive: Archive, files: list[Path]) -> list[tuple[int, str]]:
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "chancery", "--data", str(archive.data), "ingest", str(path)],
            env=archive.env,
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            text=True,
        )
        for path in files
    ]
    return [(p.wait(timeout=300), p.stderr.read() if p.stderr else "") for p in processes]


def test_serve_answers_pages_json_and_static_files(archive: Archive) -> None:
    archive.run("ingest", str(DEMO))
    with archive.serving("serve", "--workers", "1") as base:
        status, page = fetch(base + "/documents/frus1961-63v22-d7")
        assert status == 200
        assert "Telegram From the Embassy" in page
        status, body = fetch(base + "/api/documents/frus1961-63v22-d7")
        assert status == 200
        assert json.loads(body)["id"] == "frus1961-63v22-d7"
        status, body = fetch(base + "/api/documents/nope")
        assert status == 404
        assert json.loads(body)["error"]["code"] == "not_found"
        status, css = fetch(base + "/static/admin/css/base.css")
        assert status == 200
        assert "body" in css


def test_demo_loads_the_bundled_corpus_and_serves_it(archive: Archive) -> None:
    with archive.serving("demo") as base:
        status, page = fetch(base + "/")
        assert status == 200
        assert "30 published documents" in page
        status, page = fetch(base + "/documents/dafp-v22-d102")
        assert status == 200
        assert "Nuclear Detonation" in page


def test_deploy_check_passes_through_manage(archive: Archive) -> None:
    result = archive.run("manage", "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout
