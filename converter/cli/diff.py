"""``jobconv diff OLD NEW``: the jobs added, removed and changed between two feeds."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TextIO

import click

from ..diff import Differ, Difference, Repeat
from ..feed.dialects import AUTO
from ..feed.sources import Sources
from ..indexing import AddressError, Addressing, notices, published
from ..lint.config import ConfigError
from ..outputs import OutputError, OutputRefused, refuse_inputs
from ..results import FeedError
from .exits import EXIT_OK, refuse
from .options import (
    LazyChoice,
    config_options,
    dialect_names,
    max_size_option,
    output_option,
    pipeline_of,
    timeout_option,
)
from .streams import report_output

EXIT_DIFFERS = 1


def _config_options(fn: Callable) -> Callable:
    for option in reversed(config_options()):
        fn = option(fn)
    return fn


def write_text(found: Difference, out: TextIO) -> int:
    """+ added, - removed, ~ changed with its fields; the number changed."""
    for job_id in found.added:
        out.write(f"+ {job_id}\n")
    for job_id in found.removed:
        out.write(f"- {job_id}\n")
    count = 0
    for change in found.changed:
        count += 1
        pairs = change.fields.items()
        parts = "; ".join(f"{name} {old!r} -> {new!r}" for name, (old, new) in pairs)
        out.write(f"~ {change.job_id}: {parts}\n")
    return count


def write_json(found: Difference, out: TextIO) -> int:
    """One object, written as the changed jobs come (one a line)."""
    dump = json.dumps
    out.write(f'{{"added": {dump(found.added, ensure_ascii=False)},\n')
    out.write(f' "removed": {dump(found.removed, ensure_ascii=False)},\n "changed": [')
    count = 0
    for count, change in enumerate(found.changed, 1):
        fields = {n: {"old": o, "new": v} for n, (o, v) in change.fields.items()}
        item = dump({"externalid": change.job_id, "fields": fields}, ensure_ascii=False)
        out.write(("\n  " if count == 1 else ",\n  ") + item)
    close = "\n ]" if count else "]"
    out.write(f'{close},\n "unchanged": {found.unchanged}}}\n')
    return count


def write_indexing(found: Difference, out: TextIO, gate: Callable) -> int:
    """Google Indexing API notifications, one JSON object a line
    (:mod:`converter.indexing`): URL_UPDATED for what the new edition
    publishes anew, then URL_DELETED for what it no longer does. ``gate``
    gives, once the changed ids are known, what each edition publishes."""
    changed = {change.job_id for change in found.changed}
    old, new = gate()
    for job_id, url in new.items():
        if url is None:
            warning = f"jobconv: warning: job {job_id!r} has no URL in the field named: no notice"
            click.echo(warning, err=True)
    for notice in notices(old, new, changed):
        out.write(json.dumps(notice.as_dict(), ensure_ascii=False) + "\n")
    return len(changed)


@click.command()
@click.argument("old", type=click.Path(dir_okay=False, allow_dash=True))
@click.argument("new", type=click.Path(dir_okay=False, allow_dash=True))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "indexing"]),
    default="text",
    show_default=True,
    help="text: + added, - removed, ~ changed with its fields; json: one object;"
    " indexing: Google Indexing API notifications, one JSON object a line.",
)
@click.option(
    "--raw",
    is_flag=True,
    help="Compare each field's text as the feed gives it, not what it means: 'full-time'"
    " -> 'Full Time' and '£32,000' -> '£32000' are then changes (and notices).",
)
@click.option(
    "--exit-code", is_flag=True, help="Exit 1 when the feeds differ (as git diff --exit-code)."
)
@click.option(
    "--url-template",
    metavar="TEMPLATE",
    help="indexing: the URL of each job's page on your site, absolute http(s), with {id}"
    " for its id (https://jobs.example.com/{id}).",
)
@click.option(
    "--url-field",
    metavar="FIELD",
    help="indexing: the feed field that holds each job's page URL (instead of a template).",
)
@click.option(
    "--today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    metavar="YYYY-MM-DD",
    help="indexing: judge NEW's dates against this day, as to-jsonld does (default: today).",
)
@click.option(
    "--since",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    metavar="YYYY-MM-DD",
    help="indexing: the day OLD was published, to judge what it published (default: the"
    " day before --today).",
)
@click.option(
    "--valid-for",
    type=click.IntRange(min=1),
    default=None,
    metavar="DAYS",
    help="indexing: as to-jsonld's --valid-for (default: the configuration's).",
)
@click.option(
    "--max-age",
    type=click.IntRange(min=0),
    default=None,
    metavar="DAYS",
    help="indexing: as to-jsonld's --max-age (default: the configuration's, else 90).",
)
@_config_options
@click.option(
    "--dialect",
    type=LazyChoice(dialect_names),
    default=AUTO,
    help="Read both feeds in this dialect (auto: each feed's own).",
)
@output_option("output", "Write to FILE (atomically) instead of stdout.")
@timeout_option()
@max_size_option()
def diff(
    old: str,
    new: str,
    fmt: str,
    raw: bool,
    exit_code: bool,
    url_template: str | None,
    url_field: str | None,
    today: datetime | None,
    since: datetime | None,
    valid_for: int | None,
    max_age: int | None,
    config: Path | None,
    isolated: bool,
    dialect: str,
    output: Path | None,
    timeout: float,
    max_size: int,
) -> None:
    """Compare two editions of a feed: the jobs added, removed and changed.

    Jobs are matched by id, whatever their order; a field is changed when what
    it means differs (--raw: its text), named as NEW names it. OLD and NEW are
    files (gzip too), http(s) URLs or - (one of them). Both are streamed.
    """
    if old == new == "-":
        refuse("only one of OLD and NEW can be standard input")
    addressing = None
    try:
        if fmt == "indexing":
            addressing = Addressing.of(url_template, url_field)
        elif url_template is not None or url_field is not None:
            raise AddressError("--url-template and --url-field are for --format indexing")
    except AddressError as exc:
        refuse(str(exc))
    sources = Sources(timeout=timeout, max_size=max_size)
    differ = Differ(sources, dialect, raw)
    opts = {
        "config": config,
        "isolated": isolated,
        "select": (),
        "extend_select": (),
        "ignore": (),
        "engine": None,
        "schema": None,
        "baseline": None,
        "jobs": 1,
        "valid_for": valid_for,
        "max_age": max_age,
        "dialect": None if dialect == AUTO else dialect,
        "scheduler": "none",
        "timeout": timeout,
        "max_size": max_size,
    }

    def gate() -> tuple[dict, dict]:
        """What each edition publishes as to-jsonld (OLD as of --since)."""
        assert addressing is not None
        day = (today or datetime.now(UTC)).date()
        old_day = since.date() if since else day - timedelta(days=1)
        editions = []
        for path, on in ((found_paths[0], old_day), (found_paths[1], day)):
            pipeline = pipeline_of({**opts, "today": datetime(on.year, on.month, on.day)}, "jsonld")
            jobs = differ.jobs(path) if addressing.field is not None else ()
            editions.append(published(pipeline, path, addressing, jobs))
        return editions[0], editions[1]

    def repeated(repeat: Repeat) -> None:
        where = f" at line {repeat.line}" if repeat.line else ""
        click.echo(
            f"jobconv: warning: {repeat.file}: id {repeat.job_id!r} repeats{where};"
            " the first job with it is compared",
            err=True,
        )

    def emit(found: Difference, out: TextIO) -> int:
        if fmt == "indexing":
            return write_indexing(found, out, gate)
        return write_json(found, out) if fmt == "json" else write_text(found, out)

    try:
        if output is not None:
            refuse_inputs(output, [old, new])
        with differ.compare(old, new, repeated) as found:
            found_paths = differ.local_paths
            with report_output(output) as out:
                changed = emit(found, out)
    except FeedError as exc:
        d = exc.diagnostic
        refuse(f"{d.file}:{d.line}:{d.column or 1}: {d.message}; cannot compare a broken feed")
    except (OutputRefused, OutputError, ConfigError) as exc:
        refuse(str(exc))
    except OSError as exc:
        refuse(f"cannot read {exc.filename!r}: {exc.strerror or exc}")
    added, removed = len(found.added), len(found.removed)
    click.echo(
        f"{added} added, {removed} removed, {changed} changed, {found.unchanged} unchanged.",
        err=True,
    )
    differs = bool(added or removed or changed)
    sys.exit(EXIT_DIFFERS if exit_code and differs else EXIT_OK)
