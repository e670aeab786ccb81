"""Revision: a document as it was before a change, kept so it can be shown and restored."""

from __future__ import annotations

from django.db import models


class Revision(models.Model):
    document = models.ForeignKey(
        "archive.Document", on_delete=models.CASCADE, related_name="revisions"
    )
    version = models.PositiveIntegerField()
    snapshot = models.JSONField(help_text="the canonical document JSON of that version")
    replaced_at = models.DateTimeField(help_text="when a newer version replaced this one")
    reason = models.CharField(max_length=200, blank=True, help_text="what replaced it")

    class Meta:
        ordering = ["document", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["document", "version"], name="revision_unique")
        ]

    def __str__(self) -> str:
        return f"{self.document_id} v{self.version}"
