"""``jobconv validate``: the pipeline with a report at its end."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from ..pipeline.task import Task
from ..report import REPORT_FORMATS, BaselineWriting, Reporting, summary_line
from ..writers.targets import Rendering, targets
from .exits import EXIT_OK, EXIT_USAGE
from .options import LazyChoice, check_options, exit_found, output_option
from .run import refusing_user_errors, run_command


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
    with refusing_user_errors():
        # A board's feed holds jobs back for what its writer finds (a value the
        # board requires, its XSD): render for it, so the count is the converter's.
        board = target is not None and targets()[target].frame is not None
        rendering = Rendering.of(target) if board else None
    if fmt == "auto":
        fmt = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    # Machine reports hold info findings; text shows them when asked.
    opts["show_info"] = opts["show_info"] or fmt in ("json", "sarif", "gitlab")
    task: Task = Reporting(fmt, opts["color"], output_file is not None, statistics)
    if write_baseline:
        task = BaselineWriting(write_baseline)
    # No bar while findings stream to the same terminal.
    quiet_stdout = statistics or output_file is not None or not sys.stdout.isatty()
    ran = run_command(
        opts,
        paths,
        lambda pipeline, feeds: task,
        output=write_baseline or output_file,
        also_written=(output_file,) if write_baseline else (),
        target=target,
        rendering=rendering,
        progress=fmt == "text" and quiet_stdout and not write_baseline,
    )
    tally = ran.pipeline.tally
    if write_baseline:
        click.echo(
            f"Wrote a baseline of {tally.errors + tally.warnings} findings to {write_baseline}.",
            err=True,
        )
        sys.exit(EXIT_USAGE if ran.unreadable else EXIT_OK)
    if fmt == "text" and not statistics and not opts["quiet"]:
        line = summary_line(tally, target)
        if strict and tally.warnings and not tally.errors and not opts["exit_zero"]:
            line += " --strict: warnings fail the run."
        click.echo(line, err=True)
    if ran.unreadable:
        sys.exit(EXIT_USAGE)
    if tally.errors or (strict and tally.warnings):
        sys.exit(exit_found(opts))
    sys.exit(EXIT_OK)
