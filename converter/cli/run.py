"""The one way a command runs: configuration, pipeline, task, output, errors.

``validate``, the converters and ``report`` differ only in their task
(:class:`~converter.pipeline.task.Task`) and their summary.
:func:`run_command` does the rest for all of them: it resolves the run's
configuration once, refuses an output that is one of the run's inputs,
opens standard output or the ``-o`` file (written atomically: all or
nothing), shows progress on a terminal, and maps what users can fix to
``jobconv: error: ...`` and exit 2, never a traceback.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from ..feed.engines import SchemaLoadError
from ..lint.baseline import BaselineError
from ..lint.config import ConfigError
from ..outputs import OutputError, OutputRefused, refuse_inputs
from ..pipeline import Pipeline
from ..pipeline.task import Task
from ..writers.targets import Rendering
from .exits import fail, refuse
from .options import feeds_of, files_read, pipeline_of, progress_bar
from .streams import report_output

#: What a user can fix, said in one line and exit 2.
USER_ERRORS: tuple[type[Exception], ...] = (
    ValueError,
    ConfigError,
    SchemaLoadError,
    BaselineError,
    OutputRefused,
    OutputError,
)


@dataclass(slots=True)
class Ran:
    """What a command's summary and exit status are made of: the pipeline
    (its tally, its configuration), the task's own outcome, and whether a
    feed could not be read."""

    pipeline: Pipeline
    outcome: Any
    unreadable: bool = False


def run_command(
    opts: dict[str, Any],
    paths: Iterable[str],
    task_of: Callable[[Pipeline, list[str]], Task],
    *,
    output: Path | None = None,
    also_written: Iterable[Path | None] = (),
    target: str | None = None,
    rendering: Rendering | None = None,
    progress: bool = True,
    unreadable_stops: bool = False,
) -> Ran:
    """Run ``paths`` through the pipeline the options and configuration
    describe, into the task ``task_of`` makes (given the pipeline and the
    feeds, folders walked). The task writes to ``output`` (None: standard
    output) unless it writes its own. An unreadable feed is said and the
    run goes on (exit 2 at the end: ``Ran.unreadable``), or, with
    ``unreadable_stops``, ends the run: nothing is written."""
    with refusing_user_errors():
        pipeline = pipeline_of(opts, target=target, rendering=rendering)
        feeds = feeds_of(paths, pipeline.sources)
        for written in (output, *also_written):
            if written is not None:
                refuse_inputs(written, files_read(feeds, opts))
        task = task_of(pipeline, feeds)
    ran = Ran(pipeline, None)

    def unreadable(path: str, exc: OSError) -> None:
        ran.unreadable = True
        fail(f"cannot read {path!r}: {exc.strerror or exc}")

    with refusing_user_errors(), progress_bar(feeds, wanted=progress) as bar:
        pipeline.progress = bar
        results = pipeline.results(paths, on_error=None if unreadable_stops else unreadable)
        if task.writes_own_output:
            ran.outcome = task(results, pipeline, None)
        else:
            with report_output(output) as out:
                ran.outcome = task(results, pipeline, out)
    return ran


class refusing_user_errors:
    """Exit 2 with the message of a user's error; an unreadable feed that
    ends the run is said with its name."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type | None, exc: BaseException | None, tb: object) -> bool:
        if exc is None or not isinstance(exc, Exception):
            return False
        if isinstance(exc, USER_ERRORS):
            refuse(str(exc))
        if isinstance(exc, OSError) and not isinstance(exc, BrokenPipeError):
            _unreadable(exc)
        return False


def _unreadable(exc: OSError) -> NoReturn:
    refuse(f"cannot read {exc.filename or ''!r}: {exc.strerror or exc}; nothing was written")
