"""Plain multi-row INSERT and UPDATE for the store's hot path.

Django's ``bulk_create`` spends most of its time compiling SQL for each object; the
store inserts tens of rows a document, so it sends rows as tuples with ``executemany``.
Values must already be what the database takes: use ``date_value``/``time_value``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from django.db import connection, models


def columns(model: type[models.Model], fields: Sequence[str]) -> list[str]:
    return [str(model._meta.get_field(name).column) for name in fields]  # type: ignore[union-attr]


def insert(model: type[models.Model], fields: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    if not rows:
        return
    names = ", ".join(connection.ops.quote_name(c) for c in columns(model, fields))
    marks = ", ".join(["%s"] * len(fields))
    table = connection.ops.quote_name(model._meta.db_table)
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)  # noqa: S608


def update(model: type[models.Model], fields: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """UPDATE by primary key; each row holds the ``fields`` values, then the key."""
    if not rows:
        return
    quote = connection.ops.quote_name
    assignments = ", ".join(f"{quote(c)} = %s" for c in columns(model, fields))
    key = quote(str(model._meta.pk.column))
    table = quote(model._meta.db_table)
    with connection.cursor() as cursor:
        cursor.executemany(f"UPDATE {table} SET {assignments} WHERE {key} = %s", rows)  # noqa: S608


def date_value(value: date | None) -> str | None:
    """A date as both backends take it: ISO text (SQLite stores it so; PostgreSQL casts)."""
    return value.isoformat() if value is not None else None


def time_value(value: datetime | None) -> Any:
    return connection.ops.adapt_datetimefield_value(value)


CHUNK = 900  # keys per query: well under every backend's limit on parameters


def select_in(
    model: type[models.Model], fields: Sequence[str], key: str, keys: Sequence[Any]
) -> list[tuple[Any, ...]]:
    """Raw rows of ``fields`` whose ``key`` is in ``keys``; JSON columns come back raw."""
    quote = connection.ops.quote_name
    names = ", ".join(quote(c) for c in columns(model, fields))
    table, column = quote(model._meta.db_table), quote(columns(model, [key])[0])
    found: list[tuple[Any, ...]] = []
    with connection.cursor() as cursor:
        for start in range(0, len(keys), CHUNK):
            chunk = keys[start : start + CHUNK]
            marks = ", ".join(["%s"] * len(chunk))
            cursor.execute(f"SELECT {names} FROM {table} WHERE {column} IN ({marks})", chunk)  # noqa: S608
            found += cursor.fetchall()
    return found


def json_value(value: Any) -> Any:
    """A JSON column's value as Python: SQLite gives text, PostgreSQL already decodes."""
    return json.loads(value) if isinstance(value, str) else value
