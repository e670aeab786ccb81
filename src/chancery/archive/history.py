"""Revision history: list a document's versions, show an old one, restore it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from chancery.archive.documents import get_document, get_document_json
from chancery.archive.models import Revision
from chancery.archive.store import SaveResult, Store
from chancery.canonical import from_json
from chancery.errors import NotFound


@dataclass(frozen=True)
class VersionInfo:
    version: int
    at: str
    reason: str
    current: bool = False


def versions(document_id: str) -> list[VersionInfo]:
    """The current version first, then every kept revision, newest first."""
    document = get_document(document_id, public=False)
    kept = Revision.objects.filter(document=document).order_by("-version")
    current = VersionInfo(document.version, document.updated.isoformat(), "current", True)
    return [current] + [
        VersionInfo(r.version, r.replaced_at.isoformat(), f"replaced by {r.reason}") for r in kept
    ]


def version_json(document_id: str, version: int) -> dict[str, Any]:
    """The canonical JSON of one version of a document."""
    current = get_document_json(document_id, public=False)
    if version == current["version"]:
        return current
    revision = Revision.objects.filter(document_id=document_id, version=version).first()
    if revision is None:
        raise NotFound(
            f"document {document_id!r} has no version {version}",
            f"see its versions with 'chancery history {document_id}'",
        )
    return dict(revision.snapshot)


def restore(document_id: str, version: int) -> SaveResult:
    """Make an old version current again; the version it replaces is kept too."""
    snapshot = version_json(document_id, version)
    return Store(reason=f"restore of version {version}").save(from_json(snapshot))
