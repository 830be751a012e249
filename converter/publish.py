"""The converters' task: deliver what passed the gate to an output.

The pipeline has checked and rendered every job; here each result's
findings are reported and each job that the gate did not hold back is
written, framed as its form says (a JSON array, JSON lines, script blocks,
CSV records), to a stream or to one file per job. The output is published
only at the end, and not at all when a feed broke (a truncated download
would otherwise delete the missing jobs downstream) or when ``strict``
met any finding.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .outputs import DirectoryOutput, StreamOutput
from .pipeline import Pipeline
from .report.text import found_line, plural
from .results import Diagnostic, Tally


@dataclass(slots=True)
class Outcome:
    """What a run published: jobs written and held back, whether the output
    was published at all, and why not."""

    written: int = 0
    held: int = 0
    published: bool = False
    withheld_because: str | None = None
    broken: list[str] = field(default_factory=list)


def publish(
    pipeline: Pipeline,
    paths: Iterable[str],
    output: StreamOutput | DirectoryOutput,
    report: Callable[[list[Diagnostic]], None],
    strict: bool = False,
) -> Outcome:
    """Run ``pipeline`` (which has a rendering) over ``paths`` into
    ``output``; the findings of each job go to ``report`` as they are found,
    in one call (one write to a terminal costs more than a line)."""
    rendering = pipeline.rendering
    assert rendering is not None, "publishing needs a Pipeline with a rendering"
    form = rendering.shape
    outcome = Outcome()
    write = output.write if isinstance(output, StreamOutput) else None
    with output:  # an exception anywhere inside leaves the output as it was
        if write is not None:
            write(rendering.head)
        for result in pipeline.results(paths):
            if result.diagnostics:
                report(result.diagnostics)
            if not result.is_job:
                continue
            if result.held:
                outcome.held += 1
                continue
            assert result.text is not None
            if write is not None:
                write((form.separator if outcome.written else form.first) + result.text)
            else:
                output.add(result.job_id, result.text)  # type: ignore[union-attr]
            outcome.written += 1
        if write is not None:
            write(rendering.tail(outcome.written))
        outcome.broken = list(dict.fromkeys(pipeline.broken))
        outcome.withheld_because = _withheld(outcome, pipeline.tally, strict)
        if outcome.withheld_because is None:
            output.commit()
            outcome.published = True
        else:
            output.discard()
            if isinstance(output, StreamOutput):
                output.close_unpublished()
    return outcome


def _withheld(outcome: Outcome, tally: Tally, strict: bool) -> str | None:
    if outcome.broken:
        return f"{', '.join(outcome.broken)} broke off (not well-formed XML, or a refused DTD)"
    if strict and (tally.errors or tally.warnings):
        return "--strict and findings were reported"
    return None


def summary(outcome: Outcome, tally: Tally, target: str, where: str) -> str:
    """The one line a converter ends with on stderr."""
    found = found_line(tally)
    if not outcome.published:
        return f"Wrote nothing to {where}: {outcome.withheld_because}. {found}"
    return (
        f"Wrote {plural(outcome.written, 'job')} as {target} to {where};"
        f" held back {outcome.held}. {found}"
    )
