"""Shared fixtures. Settings come from tests/testsettings.py (a throwaway data folder)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
DEMO = Path(__file__).parents[1] / "src" / "chancery" / "demo" / "documents.jsonl"


def demo_records() -> list[dict[str, Any]]:
    """The bundled demo corpus: 30 real FRUS and DFAT documents in canonical JSON."""
    return [json.loads(line) for line in DEMO.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def demo_json() -> list[dict[str, Any]]:
    return demo_records()


@pytest.fixture
def store_demo(db: None) -> Iterator[list[str]]:
    """The demo corpus saved into the test database; yields the ids."""
    from chancery.archive.store import Store
    from chancery.canonical import from_json

    results = list(Store().save_many(from_json(r) for r in demo_records()))
    assert {r.outcome for r in results} == {"added"}
    return [r.id for r in results]
