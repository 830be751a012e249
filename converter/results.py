"""What the pipeline hands its tasks: diagnostics with a source position,
per-job results, and the counts of a run."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, NamedTuple


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    #: Said for the record, not a problem (a salary read from text as it
    #: should be): shown in JSON and SARIF, in text with ``--show-info``.
    INFO = "info"


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


#: Where a feed-wide rule may report on a job: field -> (text, line, column).
#: A feed-wide rule's fields of one job: text, line, column and the feed's name for it.
Anchors = dict[str, tuple[str, int | None, int | None, str]]


@dataclass(slots=True)
class JobResult:
    """One job as the pipeline hands it to a task: its diagnostics (after the
    configuration and baseline), the job rendered for the run's target
    (``text``: a writer's text; a task's typed value, as the report's
    profile; None when not rendering), and whether the publishing gate
    holds it back (``held``: a finding of severity error). A result with
    ``is_job`` False holds the diagnostics of the feed outside its jobs.
    ``anchors`` is what the feed-wide rules need of the job, until they ran."""

    file: str
    job_id: str | None
    line: int | None
    diagnostics: list[Diagnostic]
    is_job: bool = True
    anchors: Anchors | None = None
    text: Any = None  # str for every writer
    held: bool = False


@dataclass(slots=True)
class Tally:
    """Counts over a run, for the summary line and the machine reports."""

    files: int = 0
    unreadable: int = 0
    jobs: int = 0
    errors: int = 0
    warnings: int = 0
    held: int = 0
    infos: int = 0
    by_code: dict[str, int] = field(default_factory=dict)
    read_as: dict[str, str] = field(default_factory=dict)  # feed -> the dialect it was read in

    def add(self, diagnostic: Diagnostic) -> None:
        if diagnostic.severity is Severity.ERROR:
            self.errors += 1
        elif diagnostic.severity is Severity.INFO:
            self.infos += 1
        else:
            self.warnings += 1
        self.by_code[diagnostic.code] = self.by_code.get(diagnostic.code, 0) + 1

    def as_dict(self) -> dict[str, object]:
        return {
            "files": self.files,
            "unreadable": self.unreadable,
            "jobs": self.jobs,
            "errors": self.errors,
            "warnings": self.warnings,
            "infos": self.infos,
            "dialects": self.dialects(),
        }

    def dialects(self) -> dict[str, int]:
        """How many feeds were read in each dialect, most first."""
        counts: dict[str, int] = {}
        for name in self.read_as.values():
            counts[name] = counts.get(name, 0) + 1
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def broke_off(files: list[str]) -> str:
    """Why nothing of a run is published when feeds in it broke off: the
    converters and the report say the same."""
    return f"{', '.join(files)} broke off (not well-formed XML, or a refused DTD)"
