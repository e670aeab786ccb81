"""Start Django from the data folder, and bring its database up to date."""

from __future__ import annotations

import os
from pathlib import Path

from chancery.datafolder import DataFolder


def configure(
    data: Path | None = None, database_url: str | None = None, debug: bool = False
) -> DataFolder:
    """Point Django at a data folder (and database URL) and set it up once."""
    if data is not None:
        os.environ["CHANCERY_DATA"] = str(Path(data).absolute())
    if database_url:
        os.environ["CHANCERY_DATABASE_URL"] = database_url
    if debug:
        os.environ["CHANCERY_DEBUG"] = "1"
    if not _django_ready():
        os.environ["DJANGO_SETTINGS_MODULE"] = "chancery.settings"  # never another project's
    folder = DataFolder.from_env()
    import django

    django.setup()
    return folder


def pending_migrations() -> bool:
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    return bool(executor.migration_plan(executor.loader.graph.leaf_nodes()))


def migrate(verbosity: int = 0) -> None:
    """Apply any migrations the database lacks (quietly, and only if there are some)."""
    if pending_migrations():
        from django.core.management import call_command

        call_command("migrate", interactive=False, verbosity=verbosity)


def _django_ready() -> bool:
    from django.apps import apps

    return apps.ready
