"""The bundled demo corpus (see README.md beside this file for sources and licences)."""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent


def demo_files() -> list[Path]:
    return sorted(HERE.glob("*.jsonl"))
