"""S003: a feed most of whose jobs break the dialect it is read in.

Counted in the main process, in document order, over the jobs' findings;
judged at the feed's end, where the dialect that fits better is looked for
in jobs sampled across the file (:func:`converter.feed.detect.better_fit`).
"""

from __future__ import annotations

from ..codes.document import DIALECT_MISMATCH, SCHEMA_VIOLATION
from ..feed.detect import better_fit
from ..results import Diagnostic


class Mismatch:
    """The jobs of the feed being read that fail its dialect's XSD."""

    def __init__(self) -> None:
        self.begin()

    def begin(self) -> None:
        self.jobs = self.broken = 0
        self.first: Diagnostic | None = None

    def job(self, diagnostics: list[Diagnostic]) -> None:
        self.jobs += 1
        bad = next((d for d in diagnostics if d.code == SCHEMA_VIOLATION.code), None)
        if bad is not None:
            self.broken += 1
            self.first = self.first or bad

    def end(self, path: str | None, dialect: str | None) -> Diagnostic | None:
        """S003 for the feed just read, if over half its jobs broke ``dialect``
        and another fits the file at ``path`` better; then start again."""
        first, broken, jobs = self.first, self.broken, self.jobs
        self.begin()
        if first is None or path is None or dialect is None or broken * 2 <= jobs:
            return None
        better = better_fit(path, dialect)
        if better is None:
            return None
        rule = DIALECT_MISMATCH
        return first._replace(
            code=rule.code,
            name=rule.name,
            severity=rule.severity,
            field=None,
            message=f"{broken} of {jobs} jobs break {dialect}'s schema; the feed fits"
            f" {better} better: try --dialect {better}",
        )
