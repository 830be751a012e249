"""Report formats for ``jobconv validate``, one module each.

``text`` and ``json`` for people and scripts; ``github`` (workflow
commands), ``sarif`` (2.1.0), ``junit`` and ``gitlab`` (Code Quality) for CI.
Each takes the per-job results as they come and streams: nothing grows
with the feed but what the format itself must total up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TextIO

from ..results import JobResult, Tally
from .github import github_line
from .tasks import REPORT_WRITERS, BaselineWriting, Reporting, use_color
from .text import summary_line, text_line, write_statistics

Reporter = Callable[[Iterable[JobResult], TextIO, Tally], None]

#: Report format name -> the function that writes it.
REPORTERS: dict[str, Reporter] = REPORT_WRITERS

#: What ``--format`` takes: the reporters, and ``auto`` (github under GitHub Actions).
REPORT_FORMATS = (*REPORTERS, "auto")

__all__ = [
    "REPORTERS",
    "REPORT_FORMATS",
    "BaselineWriting",
    "Reporting",
    "github_line",
    "summary_line",
    "text_line",
    "use_color",
    "write_statistics",
]
