"""``jobconv validate``: the pipeline with a report at its end."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from ..feed.engines import SchemaLoadError
from ..lint.baseline import Baseline, BaselineError
from ..lint.config import ConfigError
from ..outputs import OutputError, OutputRefused, atomic_output, refuse_inputs
from ..report import REPORT_FORMATS, REPORTERS, summary_line, write_statistics
from ..writers.targets import Rendering, targets
from .exits import EXIT_OK, EXIT_USAGE, fail, refuse, refusing
from .options import (
    LazyChoice,
    check_options,
    exit_found,
    feeds_of,
    files_read,
    output_option,
    pipeline_of,
    progress_bar,
    use_color,
)
from .streams import report_output


@click.command()
@check_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(REPORT_FORMATS),
    default="text",
    show_default=True,
    help="Report format; auto is github under GitHub Actions, text elsewhere.",
)
@output_option("output_file", "Write the report to FILE (atomically) instead of stdout.")
@click.option("--statistics", is_flag=True, help="Print counts per rule instead of findings.")
@click.option("--strict", is_flag=True, help="Fail (exit 1) on warnings too.")
@click.option(
    "--target",
    type=LazyChoice(targets),
    help="Judge the feed as converting to TARGET would: the rules that hold a job back"
    " from it report errors (see `jobconv rules`).",
)
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Record today's findings in FILE, and exit 0.",
)
def validate(
    paths: tuple[str, ...],
    fmt: str,
    output_file: Path | None,
    statistics: bool,
    strict: bool,
    target: str | None,
    write_baseline: Path | None,
    **opts,
) -> None:
    """Check feeds against their dialect's XSD and the lint rules.

    PATHS are feed files (gzip too), folders (their *.xml and *.xml.gz),
    http(s) URLs, and - for standard input. One line per finding,
    FILE:LINE:COL: CODE [severity] message, then a summary on stderr.
    """
    try:
        # A board's feed holds jobs back for what its writer finds (a value the
        # board requires, its XSD): render for it, so the count is the converter's.
        board = target is not None and targets()[target].frame is not None
        rendering = Rendering.of(target) if board else None
        if fmt == "auto":
            fmt = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
        # Machine reports hold info findings; text shows them when asked.
        shown = opts["show_info"] or fmt in ("json", "sarif", "gitlab")
        pipeline = pipeline_of({**opts, "show_info": shown}, target=target, rendering=rendering)
        feeds = feeds_of(paths, pipeline.sources)
        for written in (output_file, write_baseline):
            if written:
                refuse_inputs(written, files_read(feeds, opts))
    except (ConfigError, SchemaLoadError, BaselineError, OutputRefused) as exc:
        refuse(str(exc))
    io_failed = False

    def unreadable(path: str, exc: OSError) -> None:
        nonlocal io_failed
        io_failed = True
        fail(f"cannot read {path!r}: {exc.strerror or exc}")

    def results():
        return pipeline.results(paths, on_error=unreadable)

    with refusing(OutputError):
        if write_baseline:
            with atomic_output(write_baseline) as out:
                found = (d for r in results() for d in r.diagnostics)
                out.write(Baseline.dump(found, write_baseline))
            tally = pipeline.tally
            click.echo(
                f"Wrote a baseline of {tally.errors + tally.warnings} findings"
                f" to {write_baseline}.",
                err=True,
            )
            sys.exit(EXIT_USAGE if io_failed else EXIT_OK)

        def emit(out) -> None:
            if statistics:
                for _ in results():
                    pass
                write_statistics(pipeline.tally, out, pipeline.policy.severity)
            elif fmt == "text":
                color = use_color(out, opts["color"], report_file=output_file is not None)
                REPORTERS["text"](results(), out, pipeline.tally, color=color)
            else:
                REPORTERS[fmt](results(), out, pipeline.tally)

        # No bar while findings stream to the same terminal.
        quiet_stdout = statistics or output_file is not None or not sys.stdout.isatty()
        with progress_bar(feeds, wanted=fmt == "text" and quiet_stdout) as progress:
            pipeline.progress = progress
            with report_output(output_file) as out:
                emit(out)
    tally = pipeline.tally
    if fmt == "text" and not statistics and not opts["quiet"]:
        line = summary_line(tally, target)
        if strict and tally.warnings and not tally.errors and not opts["exit_zero"]:
            line += " --strict: warnings fail the run."
        click.echo(line, err=True)
    if io_failed:
        sys.exit(EXIT_USAGE)
    if tally.errors or (strict and tally.warnings):
        sys.exit(exit_found(opts))
    sys.exit(EXIT_OK)
