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
from .github import github_line, write_github
from .gitlab import write_gitlab
from .json_report import write_json
from .junit import write_junit
from .sarif import write_sarif
from .text import summary_line, text_line, write_statistics, write_text

Reporter = Callable[[Iterable[JobResult], TextIO, Tally], None]

#: Report format name -> the function that writes it.
REPORTERS: dict[str, Reporter] = {
    "text": write_text,
    "json": write_json,
    "github": write_github,
    "sarif": write_sarif,
    "junit": write_junit,
    "gitlab": write_gitlab,
}

#: What ``--format`` takes: the reporters, and ``auto`` (github under GitHub Actions).
REPORT_FORMATS = (*REPORTERS, "auto")

__all__ = [
    "REPORTERS",
    "REPORT_FORMATS",
    "github_line",
    "summary_line",
    "text_line",
    "write_statistics",
]
