"""Document: one archival record, with its descriptive metadata."""

from __future__ import annotations

from django.db import models

from chancery.errors import UsageError


class Status(models.TextChoices):
    DRAFT = "draft"
    PUBLISHED = "published"
    RESTRICTED = "restricted"


def check_status(status: str | None) -> None:
    """Raise ``UsageError`` for a status that is not draft, published or restricted."""
    if status is not None and status not in Status.values:
        raise UsageError(f"unknown status {status!r}", "use draft, published or restricted")


class PublicDocuments(models.Manager["Document"]):
    def get_queryset(self) -> models.QuerySet[Document]:
        return super().get_queryset().filter(status=Status.PUBLISHED)


class Document(models.Model):
    id = models.CharField(primary_key=True, max_length=200)
    title = models.TextField()
    type = models.CharField(max_length=120, blank=True, db_index=True)
    summary = models.TextField(blank=True)

    date_edtf = models.CharField("date (EDTF)", max_length=80, blank=True)
    date_start = models.DateField(null=True, blank=True, db_index=True)
    date_end = models.DateField(null=True, blank=True)
    date_precision = models.CharField(max_length=16, blank=True)

    place = models.CharField("place of origin", max_length=300, blank=True)
    classification = models.CharField(max_length=120, blank=True, db_index=True)
    priority = models.CharField(max_length=120, blank=True)
    handling = models.JSONField(default=list, blank=True)
    reference = models.CharField(max_length=300, blank=True)
    source_citation = models.TextField(blank=True)
    repository = models.CharField(max_length=300, blank=True)

    languages = models.JSONField(default=list, blank=True)
    rights = models.TextField(blank=True)
    funders = models.JSONField(default=list, blank=True)
    translators = models.JSONField(default=list, blank=True)
    creators = models.JSONField(default=list, blank=True)
    recipients = models.JSONField(default=list, blank=True)
    approvers = models.JSONField(default=list, blank=True)
    distribution = models.JSONField(default=list, blank=True)
    subjects = models.JSONField(default=list, blank=True)
    notes = models.JSONField(default=list, blank=True)

    source_path = models.TextField(blank=True)
    source_checksum = models.CharField(max_length=100, blank=True)
    reader = models.CharField(max_length=60, blank=True)
    reader_version = models.CharField(max_length=40, blank=True)
    ingested_at = models.CharField(max_length=40, blank=True)

    status = models.CharField(
        max_length=12, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    version = models.PositiveIntegerField(default=1)
    content_hash = models.CharField(max_length=64)
    created = models.DateTimeField()
    updated = models.DateTimeField(db_index=True)
    first_published = models.DateTimeField(null=True, blank=True)

    collections = models.ManyToManyField(
        "archive.Collection", through="archive.Membership", related_name="documents"
    )

    objects = models.Manager()
    public = PublicDocuments()

    class Meta:
        ordering = ["date_start", "id"]

    def __str__(self) -> str:
        return f"{self.id}: {self.title[:80]}"

    @property
    def is_public(self) -> bool:
        return self.status == Status.PUBLISHED
