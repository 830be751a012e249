"""The converters' task: deliver what passed the gate to an output.

The pipeline has checked and rendered every job; here each result's
findings are reported and each job that the gate did not hold back is
written, framed as its form says (a JSON array, JSON lines, script blocks,
CSV records), to a stream or to one file per job. A file or a folder is
published only at the end, and not at all when a feed broke (a truncated
download would otherwise delete the missing jobs downstream) or when
``strict`` met any finding. Standard output, a FIFO or a device gets each
job as it is decided (a reader starts on the first while the feed is still
read), unless ``strict`` holds them to the end; when a feed breaks after
jobs went out, the output is left without its end (no closing ``]`` or tag)
and the summary says it is incomplete.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, TextIO

from .guard import count_jobs, drop_refusal
from .outputs import DirectoryOutput, OutputError, StreamOutput, refuse_inputs
from .pipeline import Pipeline
from .report.text import found_line, plural
from .results import Diagnostic, JobResult, Tally, broke_off
from .writers.forms import FORMS
from .writers.targets import Rendering


@dataclass(slots=True)
class Outcome:
    """What a run published: jobs written and held back, whether the output
    was published at all, and why not; with ``--out-dir --prune``, the files
    of earlier runs it ``removed``."""

    written: int = 0
    held: int = 0
    published: bool = False
    withheld_because: str | None = None
    drop_refused: bool = False  # the drop guard kept the old output
    streamed: bool = False  # jobs went out before a feed broke: the output is cut
    broken: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def publish(
    pipeline: Pipeline,
    paths: Iterable[str],
    output: StreamOutput | DirectoryOutput,
    report: Callable[[list[Diagnostic]], None],
) -> Outcome:
    """Run ``pipeline`` (which has a rendering) over ``paths`` into
    ``output``, as :class:`Publisher` does."""
    return Publisher(output, report)(pipeline.results(paths), pipeline)


@dataclass(slots=True)
class Publisher:
    """The converters' task (:class:`~converter.pipeline.task.Task`): the
    jobs the gate passed, written to ``output``; the findings of each job go
    to ``report`` as they are found, in one call (one write to a terminal
    costs more than a line). With the configuration's ``strict``, any
    finding withholds the output; an output that holds jobs is not replaced
    (nor pruned) by one that would leave fewer than ``100 - max_drop``
    percent of them (:mod:`converter.guard`)."""

    output: StreamOutput | DirectoryOutput
    report: Callable[[list[Diagnostic]], None]
    writes_own_output: ClassVar[bool] = True

    def __call__(
        self, results: Iterable[JobResult], pipeline: Pipeline, out: TextIO | None = None
    ) -> Outcome:
        output = self.output
        strict, max_drop = pipeline.config.strict, pipeline.config.max_drop
        rendering = pipeline.rendering
        assert rendering is not None, "publishing needs a Pipeline with a rendering"
        form = rendering.shape
        outcome = Outcome()
        stream = output if isinstance(output, StreamOutput) else None
        with output:  # an exception anywhere inside leaves the output as it was
            try:
                self._deliver(results, outcome, form, rendering.head)
            except OSError as exc:
                if stream is None or not stream.began or isinstance(exc, BrokenPipeError):
                    raise
                raise OutputError(  # the jobs before are out: say so, not "nothing"
                    f"cannot read {exc.filename or ''!r}: {exc.strerror or exc};"
                    f" {plural(outcome.written, 'job')} went to {stream.name} before:"
                    " the output is incomplete"
                ) from None
            outcome.broken = list(dict.fromkeys(pipeline.broken))
            if stream is not None and stream.began and outcome.broken:
                outcome.streamed = True  # out already: no tail, so no whole document
                outcome.withheld_because = broke_off(outcome.broken)
                stream.discard()
                return outcome
            outcome.withheld_because = _withheld(outcome, pipeline.tally, strict)
            if outcome.withheld_because is None:
                outcome.withheld_because = _drop(output, outcome.written, rendering, max_drop)
                outcome.drop_refused = outcome.withheld_because is not None
            if outcome.withheld_because is None:
                if stream is not None:
                    if not outcome.written:
                        stream.write(rendering.head)
                    stream.write(rendering.tail(outcome.written))
                output.commit()
                outcome.published = True
                if isinstance(output, DirectoryOutput):
                    outcome.removed = output.removed
            else:
                output.discard()
                if isinstance(output, StreamOutput):
                    output.close_unpublished()
        return outcome

    def _deliver(
        self, results: Iterable[JobResult], outcome: Outcome, form: Any, head: str
    ) -> None:
        """Each result's findings reported, each job not held back written:
        into a stream after the head (written with the first job, so that a
        streamed output gets nothing from a feed that breaks before one), or
        as its own file."""
        output, report = self.output, self.report
        write = output.write if isinstance(output, StreamOutput) else None
        for result in results:
            if result.diagnostics:
                report(result.diagnostics)
            if not result.is_job:
                continue
            if result.held:
                outcome.held += 1
                continue
            assert result.text is not None
            if write is not None:
                first = head + form.first if not outcome.written else form.separator
                write(first + result.text)
            else:
                output.add(result.job_id, result.text)  # type: ignore[union-attr]
            outcome.written += 1


class Converter:
    """Convert feeds to ``target`` as ``jobconv to-TARGET`` does: the same
    rendering, :class:`Pipeline` and gate, with the command's defaults (every
    rule, one process per CPU; no configuration file is looked for, as with
    ``--isolated``: pass ``settings``).

    ``form`` is the command's ``--format`` (default: the target's first);
    ``columns``, ``check`` and ``bom`` its options of those names;
    ``per_file`` makes :meth:`convert` write a file per job into a folder
    (``--out-dir``). Other keywords are fields of the run's
    :class:`~converter.pipeline.config.RunConfig` (``settings``,
    ``baseline``, ``jobs``, ``today``, ``valid_for``, ``dialect``,
    ``strict``, ``prune`` (``--prune``: remove the files of an earlier run
    that this one did not write), ``max_drop`` (the drop guard,
    :mod:`converter.guard`)...)."""

    def __init__(
        self,
        target: str,
        form: str | None = None,
        *,
        columns: list[str] | None = None,
        check: bool = False,
        bom: bool = False,
        per_file: bool = False,
        **config: Any,
    ) -> None:
        rendering = Rendering.of(target, form, columns, check, per_file, bom)
        self._use(Pipeline(rendering=rendering, **config))

    @classmethod
    def around(cls, pipeline: Pipeline) -> Converter:
        """A converter for a ``pipeline`` built with a ``rendering`` (the CLI's,
        from its options and configuration)."""
        converter = cls.__new__(cls)
        converter._use(pipeline)
        return converter

    def _use(self, pipeline: Pipeline) -> None:
        if pipeline.rendering is None:
            raise ValueError("the pipeline renders no target: give it a rendering")
        if pipeline.config.prune and not pipeline.rendering.per_file:
            raise ValueError("--prune is for --out-dir (a file per job)")
        self.pipeline, self.rendering = pipeline, pipeline.rendering

    @property
    def tally(self) -> Tally:
        """What the last :meth:`convert` found."""
        return self.pipeline.tally

    def convert(
        self,
        paths: Iterable[str | Path] | str | Path,
        output: str | Path | None = None,
        report: Callable[[list[Diagnostic]], None] | None = None,
        also_read: Iterable[str] = (),
    ) -> Outcome:
        """Write the jobs of ``paths`` that pass the gate to ``output`` (a file,
        all or nothing; None: standard output; a folder with ``per_file``).
        Each job's findings go to ``report`` in one list, as they are found.
        OutputRefused if ``output`` is one of ``paths`` (folders walked) or of
        ``also_read`` (a configuration, a baseline); OutputError, OSError."""
        names = _names(paths)
        task = self.publisher(names, output, report, also_read)
        return task(self.pipeline.results(names), self.pipeline)

    def publisher(
        self,
        paths: Iterable[str | Path] | str | Path,
        output: str | Path | None = None,
        report: Callable[[list[Diagnostic]], None] | None = None,
        also_read: Iterable[str] = (),
    ) -> Publisher:
        """The task :meth:`convert` runs, for a caller that drives the run
        itself (the CLI); refuses an ``output`` that is an input, as it does."""
        feeds = self.pipeline.sources.expand(_names(paths), on_error=lambda *_: None)
        read = [*(p for p, _ in feeds), *also_read]
        sink: StreamOutput | DirectoryOutput
        if self.rendering.per_file:
            if output is None:
                raise ValueError("per_file needs a folder to write into")
            extension = FORMS[self.rendering.form].extension
            prune = self.pipeline.config.prune
            sink = DirectoryOutput(Path(output), extension, inputs=read, prune=prune)
        else:
            if output is not None:
                refuse_inputs(Path(output), read)
            # Standard output, a FIFO or a device gets each job as it is
            # decided, unless --strict (which needs the whole run) holds them.
            streaming = not self.pipeline.config.strict
            sink = StreamOutput(None if output is None else Path(output), streaming)
        return Publisher(sink, report or _ignore)


def _names(paths: Iterable[str | Path] | str | Path) -> list[str]:
    return [str(paths)] if isinstance(paths, str | Path) else [str(p) for p in paths]


def _ignore(found: list[Diagnostic]) -> None:
    """No one asked for the findings: ``tally`` still counts them."""


def _withheld(outcome: Outcome, tally: Tally, strict: bool) -> str | None:
    if outcome.broken:
        return broke_off(outcome.broken)
    if strict and (tally.errors or tally.warnings):
        return "--strict and findings were reported"
    return None


def _drop(
    output: StreamOutput | DirectoryOutput, writes: int, rendering: Rendering, max_drop: int
) -> str | None:
    """The drop guard's refusal, if any: only an output that would be
    replaced (a regular file) or pruned is judged; a new one never is."""
    if max_drop >= 100:
        return None
    if isinstance(output, DirectoryOutput):
        held = output.holds() if output.prune else None
    elif output.replaces is not None:
        tag = None
        if rendering.form == "xml":
            from .feed.dialects import by_name

            tag = by_name(rendering.target).job_tag
        held = count_jobs(output.replaces, rendering.form, tag)
    else:
        held = None
    return drop_refusal(held, writes, max_drop)


def summary(outcome: Outcome, tally: Tally, target: str, where: str) -> str:
    """The one line a converter ends with on stderr."""
    found = found_line(tally)
    if outcome.streamed:
        return (
            f"Wrote {plural(outcome.written, 'job')} as {target} to {where} before"
            f" {outcome.withheld_because}: the output is incomplete. {found}"
        )
    if not outcome.published:
        return f"Wrote nothing to {where}: {outcome.withheld_because}. {found}"
    return (
        f"Wrote {plural(outcome.written, 'job')} as {target} to {where};"
        f" held back {outcome.held}. {found}"
    )


def removed_line(removed: list[str], held: int, shown: int = 20) -> str:
    """What ``--prune`` removed, for stderr: the first ``shown`` names, then a count."""
    names = ", ".join(removed[:shown])
    if len(removed) > shown:
        names += f" and {len(removed) - shown} more"
    whose = "jobs no longer in the feed" + (" or held back" if held else "")
    return f"Removed {plural(len(removed), 'file')} of {whose}: {names}"
