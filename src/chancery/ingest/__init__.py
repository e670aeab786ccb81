"""Readers: one per source format, each streaming located drafts from a file."""

from chancery.ingest.base import Reader, Record, file_checksum
from chancery.ingest.registry import FORMATS, reader_for

__all__ = ["FORMATS", "Reader", "Record", "file_checksum", "reader_for"]
