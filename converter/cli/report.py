"""``jobconv report``: a feed's quality at a glance, as one HTML page or JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..feed.engines import SchemaLoadError
from ..insight.figures import Figures
from ..insight.page import page
from ..insight.profile import Profiling
from ..lint.baseline import BaselineError
from ..lint.config import ConfigError
from ..outputs import OutputError, OutputRefused, refuse_inputs
from .exits import EXIT_OK, EXIT_USAGE, fail, refuse, refusing
from .options import check_options, feeds_of, files_read, output_option, pipeline_of
from .streams import report_output


@click.command()
@check_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["html", "json"]),
    default="html",
    show_default=True,
    help="html: one self-contained page (no script, no network); json: the same figures.",
)
@output_option("output_file", "Write the report to FILE (atomically) instead of stdout.")
def report(paths: tuple[str, ...], fmt: str, output_file: Path | None, **opts) -> None:
    """Picture the quality of feeds: their size and dialect, how often each
    field is filled, findings per rule (linked to the rule docs), jobs per
    country, category, employment type and work arrangement, salaries per
    currency and period, how many jobs Google would accept and why not the
    others, and the first findings with their places.

    PATHS are read as ``validate`` reads them, judged as converting to
    JSON-LD would judge them (``validate --target jsonld``), in one streaming
    pass in bounded memory. Exit 0, or 2 when a feed could not be read.
    """
    try:
        pipeline = pipeline_of(opts, rendering=Profiling.for_google())
        feeds = feeds_of(paths, pipeline.sources)
        if output_file:
            refuse_inputs(output_file, files_read(feeds, opts))
    except (ConfigError, SchemaLoadError, BaselineError, OutputRefused) as exc:
        refuse(str(exc))
    io_failed = False

    def unreadable(path: str, exc: OSError) -> None:
        nonlocal io_failed
        io_failed = True
        fail(f"cannot read {path!r}: {exc.strerror or exc}")

    dialect = pipeline.read_spec.dialect
    figures = Figures.of_paths(feeds, dialect, pipeline.sources.stdin_name)
    if opts.get("today"):
        figures.today = opts["today"].date().isoformat()
    for result in pipeline.results(paths, on_error=unreadable):
        figures.add(result)
    figures.mark_broken(pipeline.broken)
    for feed in figures.feeds:  # a gzip, a URL, stdin: told as it was read
        feed.dialect = pipeline.tally.read_as.get(feed.path, feed.dialect)
    found = figures.as_dict()
    text = json.dumps(found, ensure_ascii=False, indent=1) + "\n" if fmt == "json" else page(found)
    with refusing(OutputError), report_output(output_file) as out:
        out.write(text)
    if output_file and not opts["quiet"]:
        google = found["google"]
        click.echo(
            f"Wrote {output_file}: {_count(found['jobs'], 'job')}, {google['accepted']:,} for"
            f" Google, {_count(found['errors'], 'error')} and"
            f" {_count(found['warnings'], 'warning')}.",
            err=True,
        )
    sys.exit(EXIT_USAGE if io_failed else EXIT_OK)


def _count(n: int, word: str) -> str:
    """``1 error``, ``51,423 warnings``."""
    return f"{n:,} {word}{'' if n == 1 else 's'}"
