"""Run the real ``chancery`` command in a subprocess against a fresh archive."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit


@dataclass
class Archive:
    """A fresh data folder (and, on a PostgreSQL run, a fresh database) for one test."""

    data: Path
    env: dict[str, str]

    def run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "chancery", "--data", str(self.data), *args]
        return subprocess.run(
            command, env=self.env, capture_output=True, text=True, timeout=timeout, check=False
        )

    @contextmanager
    def serving(self, *args: str) -> Iterator[str]:
        """Start a server command, wait until it answers, yield its base URL, stop it."""
        port = free_port()
        command = [
            sys.executable,
            "-m",
            "chancery",
            "--data",
            str(self.data),
            *args,
            "--port",
            str(port),
        ]
        process = subprocess.Popen(
            command, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
        base = f"http://127.0.0.1:{port}"
        try:
            wait_for(base, process)
            yield base
        finally:
            process.terminate()
            process.wait(timeout=30)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(base: str, process: subprocess.Popen[str], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(
                f"server exited: {process.stderr.read() if process.stderr else ''}"
            )
        try:
            urllib.request.urlopen(base + "/", timeout=2)
            return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"no answer from {base} in {seconds} s")


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def environment(data: Path) -> Iterator[Archive]:
    """An Archive; on a PostgreSQL run its own new database, dropped afterwards."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("CHANCERY_") and k != "DJANGO_SETTINGS_MODULE"
    }
    env["PYTHONUNBUFFERED"] = "1"
    url = os.environ.get("CHANCERY_DATABASE_URL", "")
    if not url:
        yield Archive(data, env)
        return
    name = f"chancery_cli_{uuid.uuid4().hex[:10]}"
    _admin(url, f'CREATE DATABASE "{name}"')
    parts = urlsplit(url)
    env["CHANCERY_DATABASE_URL"] = urlunsplit(parts._replace(path=f"/{name}"))
    try:
        yield Archive(data, env)
    finally:
        _admin(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _admin(url: str, statement: str) -> None:
    import psycopg

    maintenance = urlunsplit(urlsplit(url)._replace(path="/postgres"))
    with psycopg.connect(maintenance, autocommit=True) as connection:
        connection.execute(statement)  # type: ignore[arg-type]
