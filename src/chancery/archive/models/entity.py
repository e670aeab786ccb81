"""Authority records: people, organisations and places, with their variant names."""

from __future__ import annotations

from typing import Any

from django.db import models


class Entity(models.Model):
    """One authority record. Person, Organization and Place are its three kinds."""

    class Kind(models.TextChoices):
        PERSON = "person"
        ORGANIZATION = "organization"
        PLACE = "place"

    id = models.CharField(primary_key=True, max_length=200)
    kind = models.CharField(max_length=12, choices=Kind.choices, db_index=True)
    name = models.CharField("preferred name", max_length=400, db_index=True)
    description = models.TextField("description or role", blank=True)
    dates_edtf = models.CharField("dates (EDTF)", max_length=80, blank=True)
    dates_start = models.DateField(null=True, blank=True)
    dates_end = models.DateField(null=True, blank=True)
    external_ids = models.JSONField(default=dict, blank=True, help_text="wikidata, viaf, frus, ...")
    provisional = models.BooleanField(default=False, help_text="created automatically, unchecked")
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged"
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "entities"

    def __str__(self) -> str:
        return self.name

    def resolved(self) -> Entity:
        """Follow ``merged_into`` redirects to the record that stands now."""
        entity, seen = self, {self.id}
        while entity.merged_into is not None and entity.merged_into_id not in seen:
            entity = entity.merged_into
            seen.add(entity.id)
        return entity


class KindManager(models.Manager[Entity]):
    def __init__(self, kind: str) -> None:
        super().__init__()
        self.kind = kind

    def get_queryset(self) -> models.QuerySet[Entity]:
        return super().get_queryset().filter(kind=self.kind)


class KindMixin:
    """For the Entity proxies: a record saved through one gets that proxy's kind."""

    entity_kind = ""
    kind: str

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.kind = self.entity_kind
        super().save(*args, **kwargs)  # type: ignore[misc]


class Person(KindMixin, Entity):
    entity_kind = Entity.Kind.PERSON
    objects = KindManager(Entity.Kind.PERSON)  # type: ignore[assignment,misc]

    class Meta:
        proxy = True
        verbose_name_plural = "people"


class Organization(KindMixin, Entity):
    entity_kind = Entity.Kind.ORGANIZATION
    objects = KindManager(Entity.Kind.ORGANIZATION)  # type: ignore[assignment,misc]

    class Meta:
        proxy = True


class Place(KindMixin, Entity):
    entity_kind = Entity.Kind.PLACE
    objects = KindManager(Entity.Kind.PLACE)  # type: ignore[assignment,misc]

    class Meta:
        proxy = True


class NameVariant(models.Model):
    """A variant name with its language, script and transliteration system."""

    entity = models.ForeignKey(Entity, on_delete=models.CASCADE, related_name="variants")
    name = models.CharField(max_length=400, db_index=True)
    language = models.CharField(max_length=35, blank=True)
    script = models.CharField(max_length=4, blank=True, help_text="ISO 15924, e.g. Latn, Hans")
    system = models.CharField(
        "transliteration system", max_length=40, blank=True, help_text="e.g. pinyin, wade-giles"
    )

    class Meta:
        ordering = ["entity", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["entity", "name", "language", "script", "system"], name="variant_unique"
            )
        ]

    def __str__(self) -> str:
        return self.name
