"""Settings, the data folder and Django's own checks."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from chancery.datafolder import DataFolder
from chancery.errors import ConfigError
from chancery.settings import database


def test_tests_use_a_temporary_data_folder() -> None:
    assert str(settings.DATA.path) == os.environ["CHANCERY_DATA"]
    assert "chancery-test-" in str(settings.DATA.path)


@pytest.mark.django_db
def test_no_missing_migrations() -> None:
    out = io.StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()


def test_deploy_check_passes_without_warnings() -> None:
    out = io.StringIO()
    call_command("check", "--deploy", "--fail-level", "WARNING", stdout=out)
    assert "no issues" in out.getvalue()


def test_secret_key_is_made_once_with_mode_0600(tmp_path: Path) -> None:
    folder = DataFolder(tmp_path / "archive")
    folder.create()
    first = folder.secret_key()
    assert len(first) >= 50
    assert stat.S_IMODE(folder.secret_file.stat().st_mode) == 0o600
    assert DataFolder(folder.path).secret_key() == first


def test_config_defaults_and_values(tmp_path: Path) -> None:
    folder = DataFolder(tmp_path)
    assert folder.config().base_url == "http://127.0.0.1:8000"
    folder.config_file.write_text('name = "Cold War Cables"\nhttps = true\n', encoding="utf-8")
    config = folder.config()
    assert (config.name, config.https) == ("Cold War Cables", True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("colour = 'blue'\n", "unknown setting 'colour'"),
        ("https = 'yes'\n", "https must be a bool"),
        ("name = \n", "chancery.toml"),
    ],
)
def test_config_errors_name_the_file_and_key(tmp_path: Path, text: str, expected: str) -> None:
    folder = DataFolder(tmp_path)
    folder.config_file.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        folder.config()
    assert expected in error.value.message


def test_database_urls() -> None:
    pg = database("postgresql://archivist:s%40cret@db.example:5433/cables")
    assert pg["ENGINE"] == "django.db.backends.postgresql"
    assert (pg["USER"], pg["PASSWORD"], pg["HOST"], pg["PORT"], pg["NAME"]) == (
        "archivist",
        "s@cret",
        "db.example",
        "5433",
        "cables",
    )
    lite = database("")
    assert lite["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert "journal_mode=WAL" in lite["OPTIONS"]["init_command"]
    with pytest.raises(ConfigError, match="mysql"):
        database("mysql://root@localhost/x")
