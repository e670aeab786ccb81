"""The data folder: one directory that holds everything an archive is.

It holds the SQLite database, the search index, media files, collected static files,
the secret key and an optional ``chancery.toml``.
"""

from __future__ import annotations

import os
import secrets
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chancery.errors import ConfigError

DEFAULT_PATH = "./chancery-data"
CONFIG_TEMPLATE = """\
# Chancery archive settings. Every key is optional.
# name = "Chancery"
# base_url = "http://127.0.0.1:8000"      # used in permalinks and exports
# allowed_hosts = ["127.0.0.1", "localhost"]
# https = false                            # true behind a TLS proxy: secure cookies, HSTS
# database_url = "postgresql://user@127.0.0.1:5432/chancery"
"""


@dataclass(frozen=True)
class Config:
    """The settings of ``chancery.toml``."""

    name: str = "Chancery"
    base_url: str = "http://127.0.0.1:8000"
    allowed_hosts: list[str] = field(default_factory=lambda: ["127.0.0.1", "localhost"])
    https: bool = False
    database_url: str = ""


CONFIG_TYPES: dict[str, type] = {
    "name": str,
    "base_url": str,
    "allowed_hosts": list,
    "https": bool,
    "database_url": str,
}


@dataclass(frozen=True)
class DataFolder:
    path: Path

    @classmethod
    def from_env(cls) -> DataFolder:
        return cls(Path(os.environ.get("CHANCERY_DATA") or DEFAULT_PATH).absolute())

    @property
    def database(self) -> Path:
        return self.path / "chancery.sqlite3"

    @property
    def index(self) -> Path:
        return self.path / "index"

    @property
    def media(self) -> Path:
        return self.path / "media"

    @property
    def static(self) -> Path:
        return self.path / "static"

    @property
    def config_file(self) -> Path:
        return self.path / "chancery.toml"

    @property
    def secret_file(self) -> Path:
        return self.path / "secret_key"

    def exists(self) -> bool:
        return self.database.exists()

    def create(self) -> None:
        """Create the folder, its subfolders, a commented chancery.toml and the secret key."""
        try:
            for folder in (self.path, self.media, self.index, self.static):
                folder.mkdir(parents=True, exist_ok=True)
            if not self.config_file.exists():
                self.config_file.write_text(CONFIG_TEMPLATE, encoding="utf-8")
        except OSError as error:
            raise ConfigError(
                f"cannot create data folder {self.path}: {error.strerror}",
                "choose another folder with --data or CHANCERY_DATA",
            ) from None
        self.secret_key()

    def secret_key(self) -> str:
        """The archive's secret key, generated once into the folder with mode 0600."""
        try:
            return self.secret_file.read_text(encoding="ascii").strip()
        except FileNotFoundError:
            return self._write_secret()

    def _write_secret(self) -> str:
        key = secrets.token_urlsafe(50)
        try:
            fd = os.open(self.secret_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return self.secret_key()
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(key)
        return key

    def config(self) -> Config:
        """Read chancery.toml; a missing file gives the defaults."""
        try:
            text = self.config_file.read_text(encoding="utf-8")
        except FileNotFoundError:
            return Config()
        try:
            values = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise ConfigError(f"{self.config_file}: {error}", "fix the TOML syntax") from None
        return Config(**_checked(values, self.config_file))


def _checked(values: dict[str, Any], path: Path) -> dict[str, Any]:
    for key, value in values.items():
        if key not in CONFIG_TYPES:
            known = ", ".join(CONFIG_TYPES)
            raise ConfigError(f"{path}: unknown setting {key!r}", f"the settings are: {known}")
        if not isinstance(value, CONFIG_TYPES[key]):
            wanted = CONFIG_TYPES[key].__name__
            raise ConfigError(f"{path}: {key} must be a {wanted}", "fix the value in the file")
    return values
