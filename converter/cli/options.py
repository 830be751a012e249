"""What every command that reads feeds shares: options, configuration, progress.

``validate`` and each converter take the same checking options and read
the same configuration file, then build the same :class:`Pipeline`; only
their task differs.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import click

from ..feed.dialects import AUTO, names
from ..feed.engines import ENGINES
from ..lint.baseline import Baseline
from ..lint.config import Settings, check_selectors, find_config, load_config
from ..lint.rules import RULES
from ..pipeline import Pipeline
from ..pipeline.pool import cpu_count
from ..pipeline.units import total_size
from ..writers.targets import Rendering

EXIT_OK, EXIT_FOUND, EXIT_USAGE = 0, 1, 2

#: Feeds smaller than this read too fast to need a progress bar.
PROGRESS_MIN_BYTES = 32 * 1024 * 1024


def fail(message: str) -> None:
    """``jobconv: error: MESSAGE`` on stderr."""
    click.echo(f"jobconv: error: {message}", err=True)


def check_options(fn: Callable) -> Callable:
    """The feeds, and how they are checked: the same for every command."""
    options = [
        click.argument(
            "paths", nargs=-1, required=True, type=click.Path(dir_okay=False, allow_dash=True)
        ),
        click.option(
            "-j",
            "--jobs",
            type=click.IntRange(min=0),
            default=0,
            show_default=True,
            help="Processes to read feeds with (large feeds in segments); 0: one per CPU."
            " Output is the same, in the same order, whatever the number.",
        ),
        click.option(
            "--engine",
            type=click.Choice(ENGINES),
            default=None,
            help="XSD engine: lxml (libxml2, fast; the default) or xmlschema (pure Python,"
            " XSD 1.1).",
        ),
        click.option(
            "--dialect",
            type=click.Choice([AUTO, *names()]),
            default=None,
            help="The feeds' format: a board's dialect (`jobconv dialects` lists them), or"
            " auto (the default): told from each feed's root and first job.",
        ),
        click.option(
            "--schema",
            type=click.Path(exists=True, dir_okay=False, path_type=Path),
            help="Validate against this XSD instead of the bundled one (the --dialect's,"
            " else yubhub.xsd).",
        ),
        click.option(
            "--select", multiple=True, help="Codes or prefixes to report (replaces select)."
        ),
        click.option("--extend-select", multiple=True, help="Codes or prefixes to add to select."),
        click.option("--ignore", multiple=True, help="Codes or prefixes not to report."),
        click.option(
            "--config",
            type=click.Path(exists=True, dir_okay=False, path_type=Path),
            help="Read this pyproject.toml or .jobconv.yaml instead of searching for one.",
        ),
        click.option("--isolated", is_flag=True, help="Ignore every configuration file."),
        click.option(
            "--today",
            type=click.DateTime(formats=["%Y-%m-%d"]),
            default=None,
            metavar="YYYY-MM-DD",
            help="Judge dates against this day (YYYY-MM-DD; default: today, UTC), so that"
            " future (T002) and expired (T003) jobs do not depend on the day CI runs.",
        ),
        click.option(
            "--exit-zero",
            is_flag=True,
            help="Exit 0 even when findings are errors (2 still means a feed could not be read).",
        ),
        click.option("-q", "--quiet", is_flag=True, help="No summary line; findings only."),
        click.option(
            "--color",
            type=click.Choice(["auto", "always", "never"]),
            default="auto",
            show_default=True,
            help="Colour findings: auto is on a terminal, unless NO_COLOR is set.",
        ),
        click.option(
            "--baseline",
            type=click.Path(exists=True, dir_okay=False, path_type=Path),
            help="Report only findings that this baseline does not hold.",
        ),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def use_color(stream, choice: str) -> bool:
    """Whether to colour what goes to ``stream`` (https://no-color.org)."""
    if choice != "auto":
        return choice == "always"
    return not os.environ.get("NO_COLOR") and stream.isatty()


def exit_found(opts: dict) -> int:
    """The exit status for a run with errors (``--exit-zero``: 0)."""
    return EXIT_OK if opts.get("exit_zero") else EXIT_FOUND


def files_read(paths: Iterable[str], opts: dict) -> list[str]:
    """Every file a run reads: the feeds, and the baseline, configuration and
    XSD named on the command line. No output may be written over one."""
    named = (opts.get("baseline"), opts.get("config"), opts.get("schema"))
    return [*paths, *(str(p) for p in named if p)]


def settings_of(
    config: Path | None,
    isolated: bool,
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
) -> Settings:
    """The configuration file's settings, then the command line's on top."""
    path = None if isolated else (config or find_config())
    settings = load_config(path) if path else Settings()

    def split(values: tuple[str, ...]) -> list[str]:
        # A rule's name stands for its code, as `jobconv rules NAME` takes it.
        codes = {rule.name: code for code, rule in RULES.items()}
        parts = [s.strip() for v in values for s in v.split(",") if s.strip()]
        return [codes.get(p.lower(), p) for p in parts]

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


def pipeline_of(
    opts: dict, target: str | None = None, rendering: Rendering | None = None
) -> Pipeline:
    """The pipeline the checking options and the configuration describe.

    Raises ConfigError, BaselineError or SchemaLoadError for the CLI to report."""
    settings = settings_of(
        opts["config"], opts["isolated"], opts["select"], opts["extend_select"], opts["ignore"]
    )
    return Pipeline(
        engine=opts["engine"] or settings.engine or "lxml",
        schema=opts["schema"] or settings.schema,
        settings=settings,
        baseline=Baseline.load(opts["baseline"]) if opts["baseline"] else None,
        target=target,
        rendering=rendering,
        jobs=opts["jobs"] or cpu_count(),
        today=opts["today"].date() if opts.get("today") else None,
        dialect=opts.get("dialect") or settings.dialect or AUTO,
    )


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
