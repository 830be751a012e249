"""What a run ends in: a task over the pipeline's results.

Every command is the same run with a different end: ``validate`` reports
(:class:`converter.report.Reporting`) or writes a baseline
(:class:`converter.report.BaselineWriting`), each converter publishes
(:class:`converter.publish.Publisher`), ``report`` pictures the feed
(:class:`converter.insight.Picturing`). Each is a :class:`Task`: it takes
every result in document order, as they come (nothing is held that the
task's format does not need), and writes to the text stream it is given,
or to its own output when it needs one (the publisher's atomic file,
folder and drop guard). The CLI's ``run_command`` drives any of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Protocol, TextIO

from ..results import JobResult

if TYPE_CHECKING:
    from . import Pipeline

__all__ = ["Task"]


class Task(Protocol):
    """The end of a run. ``writes_own_output``: the task opens its output
    itself (``out`` is then None); else it writes to ``out``, which the
    caller opens (standard output, or a file written atomically)."""

    writes_own_output: bool

    def __call__(self, results: Iterable[JobResult], pipeline: Pipeline, out: TextIO | None) -> Any:
        """Take every result of the run, in document order; what the task
        returns is the command's to read (the publisher's outcome)."""
        ...
