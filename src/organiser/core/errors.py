"""Errors a person can cause, carrying one sentence in their language."""

from __future__ import annotations


class UserError(Exception):
    """Something the user can understand and act on; `message` is already translated."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(UserError):
    """The thing the user named does not exist (or is ambiguous)."""


class DataFolderError(UserError):
    """The data folder cannot be used (locked, read-only, full, damaged)."""
