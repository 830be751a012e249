"""validate's two tasks (:class:`~converter.pipeline.task.Task`): the report
in one of the formats, and the baseline file."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, TextIO

from ..lint.baseline import Baseline
from ..results import JobResult
from .github import write_github
from .gitlab import write_gitlab
from .json_report import write_json
from .junit import write_junit
from .sarif import write_sarif
from .text import write_statistics, write_text

if TYPE_CHECKING:
    from ..pipeline import Pipeline


@dataclass(frozen=True, slots=True)
class Reporting:
    """The findings in report format ``fmt`` (``text``: coloured when
    ``color`` says so for the stream written to); with ``statistics``,
    counts per rule instead."""

    fmt: str = "text"
    color: str = "never"  # --color: auto, always, never
    to_file: bool = False  # the report goes to a file, not a terminal later
    statistics: bool = False
    writes_own_output: ClassVar[bool] = False

    def __call__(self, results: Iterable[JobResult], pipeline: Pipeline, out: TextIO | None):
        assert out is not None
        if self.statistics:
            for _ in results:
                pass
            write_statistics(pipeline.tally, out, pipeline.policy.severity)
        elif self.fmt == "text":
            write_text(results, out, pipeline.tally, color=use_color(out, self.color, self.to_file))
        else:
            REPORT_WRITERS[self.fmt](results, out, pipeline.tally)


@dataclass(frozen=True, slots=True)
class BaselineWriting:
    """Today's findings recorded for ``--baseline`` to absorb (paths
    relative to the baseline file's folder, :meth:`Baseline.dump`)."""

    path: Path
    writes_own_output: ClassVar[bool] = False

    def __call__(self, results: Iterable[JobResult], pipeline: Pipeline, out: TextIO | None):
        assert out is not None
        out.write(Baseline.dump((d for r in results for d in r.diagnostics), self.path))


REPORT_WRITERS = {
    "text": write_text,
    "json": write_json,
    "github": write_github,
    "sarif": write_sarif,
    "junit": write_junit,
    "gitlab": write_gitlab,
}


def use_color(stream: TextIO, choice: str, report_file: bool = False) -> bool:
    """Whether to colour what goes to ``stream``: ``--color always|never``
    first, then a non-empty NO_COLOR (https://no-color.org), then a non-empty
    FORCE_COLOR (https://force-color.org), then whether it is a terminal.
    NO_COLOR wins over FORCE_COLOR, as in CPython and pytest: with both set,
    plain text is the safe reading. FORCE_COLOR is for output a terminal
    shows later (a pipe, a CI log), not for a ``report_file`` the run writes."""
    import os

    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    return (bool(os.environ.get("FORCE_COLOR")) and not report_file) or stream.isatty()
