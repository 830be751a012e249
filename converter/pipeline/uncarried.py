"""O002 once per feed and field, with a count, rather than once per job.

A board that has no place for a field (Indeed's experience level) loses it
in every job that has one: a 22,000-job feed would say so 22,000 times. In
the main process, in document order (so ``-j 1`` and ``-j 2`` say the same),
the first job's finding is kept, at its place, and the feed's end tells how
many more jobs lost the field.
"""

from __future__ import annotations

import re

from ..lint.rules.xml import NOT_CARRIED
from ..results import Diagnostic

# The job's own values in a message ('mid'): the same loss whatever they are.
_QUOTED = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")


def _kind(d: Diagnostic) -> tuple[str | None, str]:
    """What is lost: the field, and the message without the job's values
    (a job type the board lacks stays part of it: PER_DIEM, VOLUNTEER)."""
    return d.field, _QUOTED.sub("", d.message)


class Uncarried:
    """The O002 findings of the feed being read, one per field and loss."""

    def __init__(self) -> None:
        self._first: dict[tuple[str | None, str], Diagnostic] = {}
        self._more: dict[tuple[str | None, str], int] = {}

    def take(self, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
        """``diagnostics`` without their O002 findings, which are kept here."""
        if not any(d.code == NOT_CARRIED.code for d in diagnostics):
            return diagnostics
        others = []
        for d in diagnostics:
            if d.code != NOT_CARRIED.code:
                others.append(d)
            elif (kind := _kind(d)) in self._first:
                self._more[kind] += 1
            else:
                self._first[kind], self._more[kind] = d, 0
        return others

    def flush(self) -> list[Diagnostic]:
        """The feed's O002 findings, one per field in the order first met,
        each saying in how many more jobs the field was lost; then empty."""
        found = []
        for key, first in self._first.items():
            more = self._more[key]
            if more:
                jobs = "job" if more == 1 else "jobs"
                first = first._replace(message=f"{first.message} (and in {more} more {jobs})")
            found.append(first)
        self._first, self._more = {}, {}
        return found
