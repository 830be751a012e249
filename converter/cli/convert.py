"""The converters: the pipeline with rendering, the gate and an output at its end.

``to-jsonld``, ``to-hropen``, ``to-csv`` and ``convert --to``: one command
per target of :data:`converter.writers.targets.TARGETS`, all made here.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import click

from ..pipeline import Pipeline
from ..pipeline.task import Task
from ..publish import Converter, removed_line, summary
from ..report import text_line, use_color
from ..writers.forms import FORMS
from ..writers.targets import TARGETS, Rendering
from .exits import EXIT_OK, refuse
from .options import check_options, exit_found, files_read, output_option
from .run import refusing_user_errors, run_command
from .streams import batched_stderr


def output_options(fn: Callable) -> Callable:
    """Where and how a converter writes."""
    options = [
        output_option("output", "Write to FILE (atomically: all or nothing) instead of stdout."),
        click.option(
            "--out-dir",
            type=click.Path(file_okay=False, path_type=Path),
            help="Write one file per job into DIR, named from its externalid.",
        ),
        click.option(
            "--prune",
            is_flag=True,
            help="With --out-dir: remove the files jobconv wrote there for jobs the feed no"
            " longer holds (or that are held back), as its hidden manifest lists them;"
            " never other files. Nothing is removed when a feed broke off or --strict met"
            " a finding.",
        ),
        click.option(
            "--strict", is_flag=True, help="Write nothing if any error or warning is found."
        ),
        click.option(
            "--check", is_flag=True, help="Validate each object against jobconv's JSON Schema."
        ),
        click.option(
            "--max-drop",
            type=click.IntRange(0, 100),
            default=None,
            metavar="PERCENT",
            help="Refuse to replace an -o file (or prune an --out-dir) holding jobs when this"
            " run would leave fewer than (100 - PERCENT)% of them: the old output stays,"
            " exit 1. 100 allows any drop. Default: the configuration's max-drop, else 50.",
        ),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


COLUMNS_OPTION = click.option(
    "--columns", help="Comma-separated columns to write, in order (default: all)."
)
BOM_OPTION = click.option(
    "--bom",
    is_flag=True,
    help="Start the CSV (each file, with --out-dir) with a UTF-8 byte-order mark, so that"
    " Excel opens it as UTF-8 on a double-click. Not for programs that read CSV.",
)


def run_conversion(target: str, fmt: str | None, paths: tuple[str, ...], opts: dict) -> None:
    """Convert ``paths`` to ``target``: findings to stderr, the jobs that pass
    the gate to the output, a summary line; exit 0, 1 (an error was found:
    some jobs were held back) or 2."""
    with batched_stderr():
        _convert(target, fmt, paths, opts)


def _convert(target: str, fmt: str | None, paths: tuple[str, ...], opts: dict) -> None:
    output, out_dir = opts["output"], opts["out_dir"]
    if output and out_dir:
        refuse("choose -o/--output or --out-dir, not both")
    if opts["prune"] and not out_dir:
        refuse("--prune is for --out-dir (it removes files jobconv wrote there)")
    columns = opts.get("columns")
    color = use_color(sys.stderr, opts["color"])

    def report(found: list) -> None:
        sys.stderr.write("".join([text_line(d, color) + "\n" for d in found]))

    with refusing_user_errors():
        rendering = Rendering.of(
            target,
            fmt,
            columns=[c.strip() for c in columns.split(",")] if columns else None,
            check=opts["check"],
            per_file=out_dir is not None,
            bom=opts.get("bom", False),
        )

    def publisher(pipeline: Pipeline, feeds: list[str]) -> Task:
        converter = Converter.around(pipeline)
        return converter.publisher(paths, out_dir or output, report, files_read([], opts))

    where = str(out_dir or output or "standard output")
    # Jobs streamed to the terminal would tear through the progress bar.
    on_terminal = not (output or out_dir or opts["strict"]) and sys.stdout.isatty()
    ran = run_command(
        opts, paths, publisher, rendering=rendering, progress=not on_terminal, unreadable_stops=True
    )
    pipeline, outcome = ran.pipeline, ran.outcome
    tally = pipeline.tally
    if outcome.removed:  # even with -q: files deleted are never silent
        click.echo(removed_line(outcome.removed, outcome.held), err=True)
    if not opts["quiet"] or outcome.drop_refused:  # a refused drop is never silent
        click.echo(summary(outcome, tally, target, where), err=True)
    if tally.errors or (opts["strict"] and tally.warnings) or not outcome.published:
        sys.exit(exit_found(opts))
    sys.exit(EXIT_OK)


def _format_option(target: str) -> Callable:
    forms = TARGETS[target].forms
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(forms),
        default=forms[0],
        show_default=True,
        help="Output form: " + ", ".join(forms) + ".",
    )


PATHS_HELP = (
    "PATHS are feed files (gzip too), folders (their *.xml and *.xml.gz), http(s) URLs,"
    " and - for standard input. Findings go to stderr."
)


def make_command(target: str) -> click.Command:
    """The ``to-TARGET`` command of one registered target."""
    spec = TARGETS[target]

    def command(fmt: str | None = None, **opts) -> None:
        run_conversion(target, fmt, opts.pop("paths"), opts)

    command.__doc__ = f"Convert feeds to {spec.title}.\n\n{PATHS_HELP}"
    decorated = output_options(check_options(command))
    if len(spec.forms) > 1:
        decorated = _format_option(target)(decorated)
    if spec.columns:
        decorated = BOM_OPTION(COLUMNS_OPTION(decorated))
    return click.command(f"to-{target}")(decorated)


@click.command()
@click.option("--to", "target", type=click.Choice(list(TARGETS)), required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(FORMS)),
    help="The output form; default: the target's first ("
    + "; ".join(f"{t.name}: {', '.join(t.forms)}" for t in TARGETS.values())
    + ").",
)
@COLUMNS_OPTION
@BOM_OPTION
@output_options
@check_options
def convert(target: str, fmt: str | None, paths: tuple[str, ...], **opts) -> None:
    """Convert feeds to --to TARGET.

    PATHS are feed files (gzip too), folders (their *.xml and *.xml.gz),
    http(s) URLs, and - for standard input. Findings go to stderr.
    """
    run_conversion(target, fmt, paths, opts)


COMMANDS = [make_command(t) for t in TARGETS] + [convert]
