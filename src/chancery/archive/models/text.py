"""Text: one text of a document (original, transcript, translation, summary)."""

from __future__ import annotations

from django.db import models


class Text(models.Model):
    class Kind(models.TextChoices):
        ORIGINAL = "original"
        TRANSCRIPT = "transcript"
        TRANSLATION = "translation"
        SUMMARY = "summary"

    # No index of its own: the (document, position) constraint serves lookups by document.
    document = models.ForeignKey(
        "archive.Document", on_delete=models.CASCADE, related_name="texts", db_index=False
    )
    position = models.PositiveSmallIntegerField()
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.ORIGINAL)
    language = models.CharField(max_length=35, blank=True)
    blocks = models.JSONField(default=list, help_text="display structure; see document-json.md")
    notes = models.JSONField(default=list, blank=True, help_text="footnotes and editorial notes")
    plain = models.TextField(blank=True, help_text="plain text for indexing and offsets")

    class Meta:
        ordering = ["document", "position"]
        constraints = [
            models.UniqueConstraint(fields=["document", "position"], name="text_position_unique")
        ]

    def __str__(self) -> str:
        return f"{self.document_id} {self.kind} ({self.language or 'und'})"
