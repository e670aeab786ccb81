"""Template context every page gets."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest


def archive(request: HttpRequest) -> dict[str, Any]:
    return {"archive_name": settings.CHANCERY_NAME}
