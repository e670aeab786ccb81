"""The Django admin: lists, filters and search for documents and authority records."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest

from chancery.archive import editing
from chancery.archive.models import (
    Collection,
    Document,
    Entity,
    Membership,
    Mention,
    NameVariant,
    Organization,
    Person,
    Place,
    Revision,
    Text,
)
from chancery.errors import DraftInvalid
from chancery.validation import validate


class ReadOnlyInline(admin.TabularInline[Any, Document]):
    """Texts and memberships come from sources; editing them here would skip revisions."""

    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class TextInline(ReadOnlyInline):
    model = Text
    fields = ("position", "kind", "language", "plain")


class MembershipInline(ReadOnlyInline):
    model = Membership
    fields = ("collection", "position")


class DocumentForm(forms.ModelForm):  # type: ignore[type-arg]
    """Checks an edit with the same rules the store applies to every draft."""

    class Meta:
        model = Document
        fields = (
            *("title", "type", "summary", "date_edtf", "place", "classification", "priority"),
            *("handling", "reference", "source_citation", "repository", "languages", "rights"),
            *("funders", "translators", "creators", "recipients", "approvers", "distribution"),
            *("subjects", "notes", "status"),
        )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if not self.errors:
            _validate_edit(self.instance, cleaned)
        return cleaned


def _validate_edit(document: Document, cleaned: dict[str, Any]) -> None:
    for name, value in cleaned.items():
        setattr(document, name, value)
    try:
        validate(editing.edited_draft(document))
    except (DraftInvalid, ValueError) as error:
        field = getattr(error, "field", "")
        raise ValidationError(str(error), code=field or "invalid") from None


class RevisionInline(admin.TabularInline[Revision, Document]):
    model = Revision
    extra = 0
    fields = ("version", "replaced_at", "reason")
    readonly_fields = fields
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin[Document]):
    list_display = ("id", "title", "date_edtf", "type", "classification", "status", "updated")
    list_filter = ("status", "type", "classification", "date_precision", "memberships__collection")
    search_fields = ("id", "title", "source_citation", "reference", "summary")
    date_hierarchy = "date_start"
    readonly_fields = (
        "version",
        "content_hash",
        "created",
        "updated",
        "first_published",
        "source_path",
        "source_checksum",
        "reader",
        "reader_version",
        "ingested_at",
    )
    inlines = (MembershipInline, TextInline, RevisionInline)
    actions = ("publish", "withdraw")
    list_per_page = 50
    form = DocumentForm

    def save_model(self, request: HttpRequest, obj: Document, form: Any, change: bool) -> None:
        editing.save_edit(obj)
        obj.refresh_from_db()

    def delete_model(self, request: HttpRequest, obj: Document) -> None:
        editing.delete([obj.id])

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Document]) -> None:
        editing.delete(list(queryset.values_list("id", flat=True)))

    @admin.action(description="Publish the selected documents")
    def publish(self, request: HttpRequest, queryset: QuerySet[Document]) -> None:
        self._set_status(request, queryset, "published")

    @admin.action(description="Withdraw the selected documents (back to draft)")
    def withdraw(self, request: HttpRequest, queryset: QuerySet[Document]) -> None:
        self._set_status(request, queryset, "draft")

    def _set_status(self, request: HttpRequest, queryset: QuerySet[Document], status: str) -> None:
        changed = editing.set_status(list(queryset.values_list("id", flat=True)), status)
        self.message_user(request, f"{changed} documents are now {status}.")


class VariantInline(admin.TabularInline[NameVariant, Entity]):
    model = NameVariant
    extra = 1


class EntityAdmin(admin.ModelAdmin[Entity]):
    list_display = ("name", "id", "description", "dates_edtf", "provisional", "merged_into")
    list_filter = ("provisional",)
    search_fields = ("name", "id", "variants__name", "description")
    inlines = (VariantInline,)
    raw_id_fields = ("merged_into",)
    exclude = ("kind",)


@admin.register(Person)
class PersonAdmin(EntityAdmin):
    pass


@admin.register(Organization)
class OrganizationAdmin(EntityAdmin):
    pass


@admin.register(Place)
class PlaceAdmin(EntityAdmin):
    pass


@admin.register(Collection)
class CollectionAdmin(admin.ModelAdmin[Collection]):
    list_display = ("title", "id", "kind", "parent")
    list_filter = ("kind",)
    search_fields = ("title", "id")
    raw_id_fields = ("parent",)


@admin.register(Mention)
class MentionAdmin(admin.ModelAdmin[Mention]):
    list_display = ("surface", "entity", "document", "role", "confidence", "origin")
    list_filter = ("role", "origin", "entity__kind")
    search_fields = ("surface", "entity__name", "document__id")
    raw_id_fields = ("document", "entity", "text")


@admin.register(Revision)
class RevisionAdmin(admin.ModelAdmin[Revision]):
    list_display = ("document", "version", "replaced_at", "reason")
    search_fields = ("document__id",)
    readonly_fields = ("document", "version", "snapshot", "replaced_at", "reason")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False
