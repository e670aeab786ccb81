"""The archive's data model, one concept a module."""

from chancery.archive.models.changelog import Change
from chancery.archive.models.collection import Collection, Membership
from chancery.archive.models.document import Document, Status, check_status
from chancery.archive.models.entity import Entity, NameVariant, Organization, Person, Place
from chancery.archive.models.mention import Mention
from chancery.archive.models.revision import Revision
from chancery.archive.models.text import Text

__all__ = [
    "Change",
    "Collection",
    "Document",
    "Entity",
    "Membership",
    "Mention",
    "NameVariant",
    "Organization",
    "Person",
    "Place",
    "Revision",
    "Status",
    "Text",
    "check_status",
]
