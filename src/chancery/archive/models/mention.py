"""Mention: where a document or one of its texts refers to an authority record."""

from __future__ import annotations

from django.db import models


class Mention(models.Model):
    class Role(models.TextChoices):
        AUTHOR = "author"
        RECIPIENT = "recipient"
        PARTICIPANT = "participant"
        APPROVER = "approver"
        MENTIONED = "mentioned"

    class Origin(models.TextChoices):
        SOURCE = "source", "source annotation"
        AUTOMATIC = "automatic"
        EDITOR = "editor"

    document = models.ForeignKey(
        "archive.Document", on_delete=models.CASCADE, related_name="mentions"
    )
    # Served by the (entity, document) index below.
    entity = models.ForeignKey(
        "archive.Entity", on_delete=models.PROTECT, related_name="mentions", db_index=False
    )
    text = models.ForeignKey(
        "archive.Text", null=True, blank=True, on_delete=models.CASCADE, related_name="mentions"
    )
    position = models.PositiveIntegerField(help_text="order within the document")
    surface = models.CharField("surface form", max_length=400)
    start = models.PositiveIntegerField(null=True, blank=True)
    end = models.PositiveIntegerField(null=True, blank=True)
    role = models.CharField(max_length=12, choices=Role.choices, default=Role.MENTIONED)
    confidence = models.FloatField(default=1.0)
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.SOURCE)

    class Meta:
        ordering = ["document", "position"]
        indexes = [models.Index(fields=["entity", "document"], name="mention_entity_document")]

    def __str__(self) -> str:
        return f"{self.surface} in {self.document_id}"
