"""The ``jobconv`` command line: a thin shell over the library.

Exit codes, as ruff's: 0 clean (or warnings only), 1 errors found (or
warnings with ``--strict``), 2 a usage or I/O problem.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import click

from .. import __version__
from ..convert import (
    FORMS,
    TARGETS,
    ConversionAborted,
    Converter,
    OutputRefused,
    atomic_output,
    refuse_inputs,
    spooled_stdout,
)
from ..feed.engines import ENGINES, SchemaLoadError
from ..lint.baseline import Baseline, BaselineError
from ..lint.config import ConfigError, Settings, check_selectors, find_config, load_config
from ..lint.rules import RULES
from ..pipeline.pool import cpu_count
from ..pipeline.units import total_size
from ..report import (
    FORMATS,
    WRITERS,
    summary_line,
    text_line,
    write_statistics,
    write_text,
)
from ..validate import Validator

EXIT_OK, EXIT_FOUND, EXIT_USAGE = 0, 1, 2


JOBS_OPTION = click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Processes to read feeds with (large feeds in segments); 0: one per CPU."
    " Output is the same, in the same order, whatever the number.",
)


#: Feeds smaller than this read too fast to need a progress bar.
PROGRESS_MIN_BYTES = 32 * 1024 * 1024


@contextlib.contextmanager
def progress_bar(paths: Iterable[str], wanted: bool = True) -> Iterator[Callable | None]:
    """A callback that moves a progress bar on stderr by the bytes read.

    Only on a terminal, outside CI, for large feeds, and when ``wanted``
    (nothing else writes to the terminal meanwhile); otherwise None."""
    interactive = (
        wanted
        and sys.stderr.isatty()
        and not os.environ.get("CI")
        and os.environ.get("TERM") != "dumb"
    )
    total = total_size(paths) if interactive else None
    if total is None or total < PROGRESS_MIN_BYTES:
        yield None
        return
    with click.progressbar(
        length=total, label="Reading", file=sys.stderr, show_eta=True, width=30
    ) as bar:
        yield bar.update


def _fail(message: str) -> None:
    click.echo(f"jobconv: error: {message}", err=True)


EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_TERMINATED = 3, 130, 143


class Terminated(BaseException):
    """SIGTERM, raised where the process is so that every cleanup runs."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise Terminated()


def main(args: list[str] | None = None) -> None:
    """The ``jobconv`` command, with its exit codes: 0 clean, 1 findings or a
    broken feed, 2 usage, 3 an internal error (a bug), 130 interrupted
    (Ctrl-C), 143 terminated (SIGTERM); a closed output pipe (``| head``)
    ends the run quietly with 1, as click does. Never a traceback, unless
    ``--traceback`` asks for one."""
    argv = sys.argv[1:] if args is None else args
    signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        code = cli.main(args=argv, prog_name="jobconv", standalone_mode=False)
    except click.ClickException as exc:
        exc.show()
        code = exc.exit_code
    except (KeyboardInterrupt, click.exceptions.Abort):
        _fail("interrupted; no output file was written or changed")
        code = EXIT_INTERRUPTED
    except Terminated:
        _fail("terminated; no output file was written or changed")
        code = EXIT_TERMINATED
    except Exception as exc:
        if "--traceback" in argv:
            raise
        _fail(
            f"internal error: {type(exc).__name__}: {exc}. This is a bug in jobconv;"
            " run again with --traceback (jobconv --traceback COMMAND ...) to report it."
        )
        code = EXIT_INTERNAL
    sys.exit(code if isinstance(code, int) else 0)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="jobconv")
@click.option("--traceback", is_flag=True, help="On an internal error, show the Python traceback.")
def cli(traceback: bool) -> None:
    """Validate YubHub XML job feeds and convert their jobs."""


def _settings(config: Path | None, isolated: bool, select, extend_select, ignore) -> Settings:
    """The configuration file's settings, then the command line's on top."""
    path = None if isolated else (config or find_config())
    settings = load_config(path) if path else Settings()

    def split(values: tuple[str, ...]) -> list[str]:
        return [s.strip() for v in values for s in v.split(",") if s.strip()]

    if select:
        settings.select = split(select)
        check_selectors(settings.select, "--select")
    if extend_select:
        settings.extend_select += split(extend_select)
        check_selectors(settings.extend_select, "--extend-select")
    if ignore:
        settings.ignore += split(ignore)
        check_selectors(settings.ignore, "--ignore")
    return settings


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=False, allow_dash=True))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="Report format; auto is github under GitHub Actions, text elsewhere.",
)
@click.option(
    "--output-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report to FILE (atomically) instead of stdout.",
)
@click.option("--statistics", is_flag=True, help="Print counts per rule instead of findings.")
@JOBS_OPTION
@click.option(
    "--engine",
    type=click.Choice(ENGINES),
    default=None,
    help="XSD engine: lxml (libxml2, fast; the default) or xmlschema (pure Python, XSD 1.1).",
)
@click.option(
    "--schema",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Validate against this XSD instead of the bundled yubhub.xsd.",
)
@click.option("--strict", is_flag=True, help="Fail (exit 1) on warnings too.")
@click.option("--select", multiple=True, help="Codes or prefixes to report (replaces select).")
@click.option("--extend-select", multiple=True, help="Codes or prefixes to add to select.")
@click.option("--ignore", multiple=True, help="Codes or prefixes not to report.")
@click.option(
    "--config",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Read this pyproject.toml or .jobconv.yaml instead of searching for one.",
)
@click.option("--isolated", is_flag=True, help="Ignore every configuration file.")
@click.option(
    "--baseline",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Report only findings that this baseline does not hold.",
)
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Record today's findings in FILE, and exit 0.",
)
def validate(
    paths: tuple[str, ...],
    jobs: int,
    fmt: str,
    output_file: Path | None,
    statistics: bool,
    engine: str | None,
    schema: Path | None,
    strict: bool,
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    config: Path | None,
    isolated: bool,
    baseline: Path | None,
    write_baseline: Path | None,
) -> None:
    """Check feeds against the YubHub XSD and the lint rules.

    PATHS are feed files; - reads standard input. One line per finding,
    FILE:LINE:COL: CODE [severity] message, then a summary on stderr.
    """
    try:
        settings = _settings(config, isolated, select, extend_select, ignore)
        validator = Validator(
            engine=engine or settings.engine or "lxml",
            schema=schema or settings.schema,
            settings=settings,
            baseline=Baseline.load(baseline) if baseline else None,
            jobs=jobs or cpu_count(),
        )
        for written in (output_file, write_baseline):
            if written:
                refuse_inputs(written, [*paths, *([str(baseline)] if baseline else [])])
    except (ConfigError, SchemaLoadError, BaselineError, OutputRefused) as exc:
        _fail(str(exc))
        sys.exit(EXIT_USAGE)
    if fmt == "auto":
        fmt = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    io_failed = False

    def unreadable(path: str, exc: OSError) -> None:
        nonlocal io_failed
        io_failed = True
        _fail(f"cannot read {path!r}: {exc.strerror or exc}")

    def results():
        return validator.results_of_paths(paths, on_error=unreadable)

    if write_baseline:
        with atomic_output(write_baseline) as out:
            out.write(Baseline.dump(d for r in results() for d in r.diagnostics))
        click.echo(
            f"Wrote a baseline of {validator.tally.errors + validator.tally.warnings}"
            f" findings to {write_baseline}.",
            err=True,
        )
        sys.exit(EXIT_USAGE if io_failed else EXIT_OK)

    def emit(out) -> None:
        if statistics:
            for _ in results():
                pass
            write_statistics(validator.tally, out)
        elif fmt == "text":
            write_text(results(), out, validator.tally, color=out.isatty())
        else:
            WRITERS[fmt](results(), out, validator.tally)

    # No bar while findings stream to the same terminal.
    quiet_stdout = statistics or output_file is not None or not sys.stdout.isatty()
    with progress_bar(paths, wanted=fmt == "text" and quiet_stdout) as progress:
        validator.progress = progress
        if output_file:
            with atomic_output(output_file, newline=None) as out:
                emit(out)
        else:
            out = sys.stdout  # click's text stream flushes every line
            emit(out)
            out.flush()
    tally = validator.tally
    if fmt == "text" and not statistics:
        click.echo(summary_line(tally), err=True)
    if io_failed:
        sys.exit(EXIT_USAGE)
    if tally.errors or (strict and tally.warnings):
        sys.exit(EXIT_FOUND)
    sys.exit(EXIT_OK)


def _conversion_options(fn):
    """The options every conversion command shares."""
    options = [
        click.argument(
            "paths", nargs=-1, required=True, type=click.Path(dir_okay=False, allow_dash=True)
        ),
        click.option(
            "-o",
            "--output",
            type=click.Path(dir_okay=False, path_type=Path),
            help="Write to FILE (atomically: all or nothing) instead of stdout.",
        ),
        click.option(
            "--out-dir",
            type=click.Path(file_okay=False, path_type=Path),
            help="Write one file per job into DIR, named from its externalid.",
        ),
        click.option("--strict", is_flag=True, help="Write nothing if any error is found."),
        click.option(
            "--check", is_flag=True, help="Validate each object against jobconv's JSON Schema."
        ),
        click.option("--engine", type=click.Choice(ENGINES), default="lxml", show_default=True),
        click.option(
            "--schema",
            type=click.Path(exists=True, dir_okay=False, path_type=Path),
            help="Validate against this XSD instead of the bundled one.",
        ),
        click.option(
            "--columns",
            help="CSV only: comma-separated columns to write, in order (default: all).",
        ),
        JOBS_OPTION,
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def _convert(target: str, fmt: str | None, paths: tuple[str, ...], **opts) -> None:
    output, out_dir = opts["output"], opts["out_dir"]
    if output and out_dir:
        _fail("choose -o/--output or --out-dir, not both")
        sys.exit(EXIT_USAGE)
    columns = [c.strip() for c in opts["columns"].split(",")] if opts["columns"] else None
    if columns and target != "csv":
        _fail("--columns is for CSV output")
        sys.exit(EXIT_USAGE)
    color = sys.stderr.isatty()

    def report(d) -> None:
        click.echo(text_line(d, color), err=True)

    try:
        converter = Converter(
            target,
            fmt,
            engine=opts["engine"],
            schema=opts["schema"],
            strict=opts["strict"],
            check=opts["check"],
            columns=columns,
            report=report,
            jobs=opts["jobs"] or cpu_count(),
        )
        if output:
            refuse_inputs(output, paths)
        with progress_bar(paths) as progress:
            converter.set_progress(progress)
            if output:
                with atomic_output(output) as out:
                    outcome = converter.write(paths, out)
            elif out_dir:
                outcome = converter.write_dir(paths, out_dir, inputs=paths)
            else:
                with spooled_stdout() as out:
                    outcome = converter.write(paths, out)
    except (ValueError, SchemaLoadError, OutputRefused) as exc:
        _fail(str(exc))
        sys.exit(EXIT_USAGE)
    except ConversionAborted as exc:
        _fail(f"{exc.reason}: nothing was written")
        sys.exit(EXIT_FOUND)
    except OSError as exc:
        name = exc.filename or ""
        _fail(f"cannot read or write {name!r}: {exc.strerror or exc}; nothing was written")
        sys.exit(EXIT_USAGE)
    if outcome.skipped or sys.stderr.isatty():
        noun = "job" if outcome.written == 1 else "jobs"
        click.echo(
            f"Wrote {outcome.written} {noun} as {target}; skipped {outcome.skipped}.", err=True
        )
    sys.exit(EXIT_FOUND if outcome.skipped else EXIT_OK)


@cli.command("to-jsonld")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMS["jsonld"]),
    default="json",
    show_default=True,
    help="A JSON array, JSON lines, or HTML script blocks.",
)
@_conversion_options
def to_jsonld(fmt: str, paths: tuple[str, ...], **opts) -> None:
    """Convert feeds to schema.org JobPosting JSON-LD."""
    _convert("jsonld", fmt, paths, **opts)


@cli.command("to-hropen")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMS["hropen"]),
    default="json",
    show_default=True,
    help="A JSON array or JSON lines.",
)
@_conversion_options
def to_hropen(fmt: str, paths: tuple[str, ...], **opts) -> None:
    """Convert feeds to HR Open (HR-JSON) PositionOpening objects."""
    _convert("hropen", fmt, paths, **opts)


@cli.command("to-csv")
@_conversion_options
def to_csv(paths: tuple[str, ...], **opts) -> None:
    """Convert feeds to CSV (RFC 4180, UTF-8, one row per job)."""
    _convert("csv", "csv", paths, **opts)


@cli.command()
@click.option("--to", "target", type=click.Choice(TARGETS), required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl", "html", "csv"]),
    help="json, jsonl, html (jsonld only) or csv; default: the target's first.",
)
@_conversion_options
def convert(target: str, fmt: str | None, paths: tuple[str, ...], **opts) -> None:
    """Convert feeds to --to jsonld, hropen or csv."""
    _convert(target, fmt, paths, **opts)


@cli.command()
@click.argument("code", required=False)
def rules(code: str | None) -> None:
    """List the rules, or explain the rule CODE (a code or a name)."""
    if code is None:
        for rule in sorted(RULES.values(), key=lambda r: r.code):
            summary = _plain(rule.summary)
            click.echo(f"{rule.code:5} {rule.name:34} {rule.severity.value:8} {summary}")
        return
    wanted = code.strip()
    found = [r for r in RULES.values() if wanted.upper() == r.code or wanted.lower() == r.name]
    if not found:
        _fail(f"no rule {code!r}; `jobconv rules` lists them")
        sys.exit(EXIT_USAGE)
    rule = found[0]
    click.echo(f"# {rule.name} ({rule.code})\n\nDefault severity: {rule.severity.value}\n")
    click.echo(_plain(rule.doc))


def _plain(text: str) -> str:
    """Docstring markup (``code``) as a terminal shows it (`code`)."""
    return text.replace("``", "`")
