"""Collections: a tree of series, volumes and chapters, and the documents in each."""

from __future__ import annotations

from django.db import models


class Collection(models.Model):
    id = models.CharField(primary_key=True, max_length=200)
    title = models.TextField()
    kind = models.CharField(max_length=40, default="collection", help_text="series, volume, ...")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.title

    def ancestors(self) -> list[Collection]:
        """The collections above this one, root first."""
        chain: list[Collection] = []
        node = self.parent
        while node is not None and node not in chain:
            chain.insert(0, node)
            node = node.parent
        return chain


class Membership(models.Model):
    """A document's place in a collection."""

    # Lookups by document use the unique constraint, by collection the position index.
    document = models.ForeignKey(
        "archive.Document", on_delete=models.CASCADE, related_name="memberships", db_index=False
    )
    collection = models.ForeignKey(
        Collection, on_delete=models.PROTECT, related_name="memberships", db_index=False
    )
    position = models.PositiveIntegerField(null=True, blank=True, help_text="order in collection")
    order = models.PositiveSmallIntegerField(default=0, help_text="order in the document's list")

    class Meta:
        ordering = ["document", "order"]
        constraints = [
            models.UniqueConstraint(fields=["document", "collection"], name="membership_unique")
        ]
        indexes = [models.Index(fields=["collection", "position"], name="membership_position")]

    def __str__(self) -> str:
        return f"{self.document_id} in {self.collection_id}"
