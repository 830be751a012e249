"""Diagnostics: what validation and lint report, with a source position."""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Diagnostic(NamedTuple):
    """One finding. ``line``/``column`` are 1-based, None where no position exists.

    A named tuple rather than a dataclass: a large feed makes millions of
    them, in worker processes that pickle them back, and a tuple is several
    times cheaper to make and to pickle."""

    file: str
    line: int | None
    column: int | None
    code: str
    name: str
    severity: Severity
    message: str
    job_id: str | None = None
    field: str | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "message": self.message,
            "job_id": self.job_id,
            "field": self.field,
        }


class FeedError(Exception):
    """A problem that stops reading a feed (malformed XML, refused DTD...).

    Carries the diagnostic to report; never shown as a traceback.
    """

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic
