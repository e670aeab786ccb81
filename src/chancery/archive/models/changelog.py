"""Change: the log of saved documents, read by the search indexer and harvesters."""

from __future__ import annotations

from django.db import models


class Change(models.Model):
    class Action(models.TextChoices):
        SAVED = "saved"
        DELETED = "deleted"

    document_id = models.CharField(max_length=200, db_index=True)
    action = models.CharField(max_length=8, choices=Action.choices, default=Action.SAVED)
    version = models.PositiveIntegerField()
    at = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.id}: {self.action} {self.document_id} v{self.version}"
