"""``chancery serve``: the archive behind gunicorn, with static files from whitenoise."""

from __future__ import annotations

from typing import Any

from gunicorn.app.base import BaseApplication

from chancery.datafolder import DataFolder


class ArchiveServer(BaseApplication):  # type: ignore[misc]
    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        from chancery.wsgi import application

        return application


def collect_static() -> None:
    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)


def serve(folder: DataFolder, host: str, port: int, workers: int) -> None:
    collect_static()
    options = {
        "bind": f"{host}:{port}",
        "workers": workers,
        "accesslog": "-",
        "preload_app": True,
        "proc_name": f"chancery {folder.path}",
    }
    ArchiveServer(options).run()
