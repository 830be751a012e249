"""``jobconv report``: a feed's quality at a glance, as one HTML page or JSON."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..insight.picture import Picturing
from ..insight.profile import Profiling
from .exits import EXIT_OK, EXIT_USAGE
from .options import check_options, output_option
from .run import run_command


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
    today = opts["today"].date().isoformat() if opts.get("today") else None
    ran = run_command(
        opts,
        paths,
        lambda pipeline, feeds: Picturing(feeds, fmt, today),
        output=output_file,
        rendering=Profiling.for_google(),
        progress=False,
    )
    found = ran.outcome  # the figures written
    if output_file and not opts["quiet"]:
        google = found["google"]
        click.echo(
            f"Wrote {output_file}: {_count(found['jobs'], 'job')}, {google['accepted']:,} for"
            f" Google, {_count(found['errors'], 'error')} and"
            f" {_count(found['warnings'], 'warning')}.",
            err=True,
        )
    sys.exit(EXIT_USAGE if ran.unreadable else EXIT_OK)


def _count(n: int, word: str) -> str:
    """``1 error``, ``51,423 warnings``."""
    return f"{n:,} {word}{'' if n == 1 else 's'}"
