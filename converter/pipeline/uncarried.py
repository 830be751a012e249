"""Findings about the feed rather than the job, once per feed, with a count.

A board that has no place for a field (Indeed's experience level, O002)
loses it in every job that has one, and an element a board's dialect does
not know (S002) is usually in every job: a 22,000-job feed would say so
22,000 times. In
the main process, in document order (so ``-j 1`` and ``-j 2`` say the same),
the first job's finding is kept, at its place, and the feed's end tells how
many more jobs lost the field.
"""

from __future__ import annotations

import re

from ..codes.document import NOT_CARRIED, STRAY_TEXT, UNKNOWN_ELEMENT
from ..results import Diagnostic

#: The codes said once per feed and kind.
ONCE_PER_FEED = frozenset({NOT_CARRIED.code, UNKNOWN_ELEMENT.code, STRAY_TEXT.code})

# The job's own values in a message ('mid'): the same loss whatever they are.
_QUOTED = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")


def _kind(d: Diagnostic) -> tuple[str | None, str]:
    """What is lost: the field, and the message without the job's values
    (a job type the board lacks stays part of it: PER_DIEM, VOLUNTEER)."""
    return d.field, _QUOTED.sub("", d.message)


class Uncarried:
    """The once-per-feed findings of the feed being read (``codes``: those
    of ONCE_PER_FEED not made errors, which stay with each job they hold
    back), one per field and loss."""

    def __init__(self, codes: frozenset[str] = ONCE_PER_FEED) -> None:
        self.codes = codes
        self._first: dict[tuple[str | None, str], Diagnostic] = {}
        self._more: dict[tuple[str | None, str], int] = {}

    def take(self, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
        """``diagnostics`` without their once-per-feed findings, kept here."""
        codes = self.codes
        if not any(d.code in codes for d in diagnostics):
            return diagnostics
        others = []
        for d in diagnostics:
            if d.code not in codes:
                others.append(d)
            elif (kind := _kind(d)) in self._first:
                self._more[kind] += 1
            else:
                self._first[kind], self._more[kind] = d, 0
        return others

    def flush(self) -> list[Diagnostic]:
        """The feed's findings, one per kind in the order first met, each
        saying in how many more jobs it was; then empty."""
        found = []
        for key, first in self._first.items():
            more = self._more[key]
            if more:
                jobs = "job" if more == 1 else "jobs"
                first = first._replace(message=f"{first.message} (and in {more} more {jobs})")
            found.append(first)
        self._first, self._more = {}, {}
        return sorted(found, key=lambda d: (d.line or 0, d.column or 0))
