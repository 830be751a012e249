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
from typing import TYPE_CHECKING, ClassVar, cast

import click

from ..feed.dialects import AUTO, names
from ..feed.engines import ENGINES
from ..feed.sources import DEFAULT_MAX_SIZE, DEFAULT_TIMEOUT, Sources
from ..lint.config import (
    ConfigError,
    Settings,
    as_codes,
    check_selectors,
    find_config,
    load_config,
)
from ..pipeline import Pipeline, RunConfig
from ..pipeline.units import total_size
from ..writers.targets import Rendering
from .exits import EXIT_FOUND, EXIT_OK

if TYPE_CHECKING:
    from distributed import Client

#: Feeds smaller than this read too fast to need a progress bar.
PROGRESS_MIN_BYTES = 32 * 1024 * 1024


def output_option(dest: str, help_: str) -> Callable:
    """``-o``/``--output``/``--output-file FILE``: the same on every command."""
    return click.option(
        "-o",
        "--output",
        "--output-file",
        dest,
        type=click.Path(dir_okay=False, path_type=Path),
        help=help_,
    )


def timeout_option() -> Callable:
    return click.option(
        "--timeout",
        type=click.FloatRange(min=0, min_open=True),
        default=DEFAULT_TIMEOUT,
        show_default=True,
        metavar="SECONDS",
        help="For a URL: seconds to wait to connect, and for each read; for --scheduler,"
        " to connect and for a first worker.",
    )


def max_size_option() -> Callable:
    return click.option(
        "--max-size",
        type=ByteSize(),
        default=str(DEFAULT_MAX_SIZE // 1024**3) + "G",
        show_default=True,
        metavar="SIZE",
        help="For a URL: the most it may give, decompressed (bytes, or with K, M, G).",
    )


def config_options() -> list[Callable]:
    """``--config`` and ``--isolated``: which configuration file a command reads."""
    return [
        click.option(
            "--config",
            type=click.Path(exists=True, dir_okay=False, path_type=Path),
            help="Read this pyproject.toml or .jobconv.yaml instead of searching for one.",
        ),
        click.option("--isolated", is_flag=True, help="Ignore every configuration file."),
    ]


def check_options(fn: Callable) -> Callable:
    """The feeds, and how they are checked: the same for every command."""
    options = [
        click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True)),
        click.option(
            "--include",
            multiple=True,
            metavar="GLOB",
            help="Files to read in folders (.gitignore-style; repeatable); default: *.xml"
            " and *.xml.gz.",
        ),
        click.option(
            "--exclude",
            multiple=True,
            metavar="GLOB",
            help="Paths in folders to leave out (.gitignore-style; repeatable). Hidden and"
            " .gitignored paths are always left out.",
        ),
        click.option(
            "--stdin-filename",
            metavar="NAME",
            help="The name findings in standard input (-) carry, as editors and pre-commit"
            " pass it; per-file-ignores match it.",
        ),
        timeout_option(),
        max_size_option(),
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
            "--scheduler",
            metavar="ADDRESS|local|none",
            help="Run on a Dask cluster instead of -j processes: its scheduler's address"
            " (tcp://host:8786), or local for one here (-j workers). Workers read the feeds"
            " where they lie (a shared path, an http(s) or fsspec URL). Output is a local run's."
            " none: not even the configuration's. Needs pip install 'jobconv[dask]'.",
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
            type=DialectChoice(dialect_names),
            default=None,
            metavar="NAME|FILE.yaml",
            help="The feeds' format: a board's dialect (`jobconv dialects` lists them), a"
            " dialect file of your own (docs/dialects.md), or auto (the default): told"
            " from each feed's root and jobs sampled across it.",
        ),
        click.option(
            "--schema",
            type=click.Path(exists=True, dir_okay=False, path_type=Path),
            help="Validate against this XSD instead of the bundled one (the --dialect's,"
            " else yubhub.xsd).",
        ),
        click.option(
            "--select",
            multiple=True,
            help="Codes, prefixes or rule names to report (replaces select).",
        ),
        click.option(
            "--extend-select", multiple=True, help="Codes, prefixes or rule names to add to select."
        ),
        click.option(
            "--ignore", multiple=True, help="Codes, prefixes or rule names not to report."
        ),
        click.option(
            "--show-info",
            is_flag=True,
            help="Show info findings (said for the record, as a salary read from its text)"
            " in text output; the JSON, SARIF and GitLab reports always hold them.",
        ),
        *config_options(),
        click.option(
            "--today",
            type=click.DateTime(formats=["%Y-%m-%d"]),
            default=None,
            metavar="YYYY-MM-DD",
            help="Judge dates against this day (YYYY-MM-DD; default: today, UTC), so that"
            " future (T002) and expired (T003) jobs do not depend on the day CI runs.",
        ),
        click.option(
            "--valid-for",
            type=click.IntRange(min=1),
            default=None,
            metavar="DAYS",
            help="A posting lasts DAYS from its posting date: validThrough (HR Open's posting"
            " end) is written, and a job past it is expired (T003: held back from JSON-LD)."
            " A board's own expiry date wins. Default: the configuration's valid-for, else none.",
        ),
        click.option(
            "--max-age",
            type=click.IntRange(min=0),
            default=None,
            metavar="DAYS",
            help="A job with no expiry date posted more than DAYS before today is stale (T004:"
            " held back from JSON-LD and indexing notices). 0: never. Default: the"
            " configuration's max-age, else 90.",
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
            help="Colour findings: auto is on a terminal, or wherever FORCE_COLOR is set;"
            " NO_COLOR turns it off (and wins over FORCE_COLOR).",
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


def dialect_names() -> tuple[str, ...]:
    """What ``--dialect`` takes: ``auto``, then each dialect's name."""
    return (AUTO, *names())


class LazyChoice(click.Choice):
    """A choice among values listed only when needed (a value to check, help,
    completion): listing the targets or the dialects reads every dialect's
    YAML, which a command that never names one need not wait for."""

    def __init__(self, values: Callable[[], Iterable[str]]) -> None:
        self._values = values
        self.case_sensitive = True

    @property
    def choices(self) -> tuple[str, ...]:  # type: ignore[override]
        return tuple(self._values())


class DialectChoice(LazyChoice):
    """A dialect's name, or a dialect file (``my-board.yaml``), read at once:
    a bad file is a usage error naming its line."""

    def convert(self, value, param, ctx):  # type: ignore[no-untyped-def]
        from ..feed.dialects import DialectError, is_file_choice, use_dialects

        if isinstance(value, str) and is_file_choice(value):
            try:
                return use_dialects([value])[0]
            except DialectError as exc:
                self.fail(str(exc.strerror or exc), param, ctx)
        if isinstance(value, str) and value not in self.choices:
            return value  # perhaps a dialect the configuration's folders hold: checked then
        return super().convert(value, param, ctx)


class ByteSize(click.ParamType):
    """A number of bytes: 1000, 64K, 512M, 4G (binary multiples)."""

    name = "size"
    _UNITS: ClassVar[dict[str, int]] = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3, "T": 1024**4}

    def convert(self, value, param, ctx) -> int:
        if isinstance(value, int):
            return value
        text = str(value).strip().upper().removesuffix("B").removesuffix("I")
        number, unit = (text[:-1], text[-1]) if text[-1:] in self._UNITS else (text, "")
        try:
            size = int(float(number) * self._UNITS[unit])
        except (ValueError, KeyError):
            self.fail(f"{value!r} is not a size such as 1000, 64K, 512M or 4G", param, ctx)
        if size <= 0:
            self.fail(f"{value!r}: the size must be above 0", param, ctx)
        return size


def exit_found(opts: dict) -> int:
    """The exit status for a run with errors (``--exit-zero``: 0)."""
    return EXIT_OK if opts.get("exit_zero") else EXIT_FOUND


def files_read(feeds: Iterable[str], opts: dict) -> list[str]:
    """Every file a run reads: its ``feeds`` (folders walked: :func:`feeds_of`),
    and the baseline, configuration and XSD named on the command line. No
    output may be written over one."""
    named = (opts.get("baseline"), opts.get("config"), opts.get("schema"))
    return [*feeds, *(str(p) for p in named if p)]


def feeds_of(paths: Iterable[str], sources: Sources) -> list[str]:
    """The feeds ``paths`` name, folders walked as the run will walk them."""
    return [p for p, _ in sources.expand(paths, on_error=lambda *_: None)]


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
        return as_codes([s.strip() for v in values for s in v.split(",") if s.strip()])

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


def config_of(
    opts: dict, target: str | None = None, rendering: Rendering | None = None
) -> RunConfig:
    """The run's configuration, resolved once: defaults, the configuration
    file, then the command line's ``opts``.

    Raises ConfigError, BaselineError for the CLI to report."""
    settings = settings_of(
        opts["config"], opts["isolated"], opts["select"], opts["extend_select"], opts["ignore"]
    )
    dialect = opts.get("dialect") or settings.dialect
    if dialect and dialect != AUTO:
        from ..feed.dialects import DialectError, by_name

        try:
            by_name(dialect)
        except DialectError as exc:
            raise ConfigError(f"--dialect: {exc.strerror or exc}") from None
    return RunConfig.resolve(opts, settings, target=target, rendering=rendering)


def pipeline_of(
    opts: dict, target: str | None = None, rendering: Rendering | None = None
) -> Pipeline:
    """The pipeline of the run's configuration (:func:`config_of`).

    Raises ConfigError, BaselineError or SchemaLoadError for the CLI to report."""
    config = config_of(opts, target, rendering)
    return Pipeline(config, cluster=cluster_of(config))


def cluster_of(config: RunConfig) -> Client | None:
    """A client of the ``--scheduler`` (None without one), connected when
    the run first needs the cluster and closed when the command ends; Dask's
    log lines silenced (what goes wrong is the command's own ClusterError)."""
    scheduler = config.scheduler
    if not scheduler or scheduler == "none":
        return None
    from ..dask import Lazy

    timeout = config.sources.timeout
    client = Lazy(scheduler, timeout, config.jobs or None, quiet=True)
    click.get_current_context().call_on_close(client.close)
    return cast("Client", client)


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
