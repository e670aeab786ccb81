"""Typed domain errors. The edges (CLI, web, API) turn them into exit codes and responses."""

from __future__ import annotations


class ChanceryError(Exception):
    """Base of every error Chancery reports to a user: a message and a hint of what to try."""

    hint = ""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        if hint:
            self.hint = hint


class DraftInvalid(ChanceryError):
    """A document draft breaks a rule. ``field`` is the path of the bad value."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}" if field else message)
        self.field = field
        self.reason = message


class SourceError(ChanceryError):
    """A source file, or one record in it, cannot be read."""

    hint = "fix the file and run the same command again; stored documents are untouched"

    def __init__(self, location: str, message: str) -> None:
        super().__init__(f"{location}: {message}")
        self.location = location
        self.reason = message


class NotFound(ChanceryError):
    """A document, revision or record that does not exist (or is not public)."""

    code = "not_found"


class UsageError(ChanceryError):
    """A request or command that asks for something impossible."""

    code = "bad_request"


class ConfigError(ChanceryError):
    """The data folder or its chancery.toml cannot be used."""
