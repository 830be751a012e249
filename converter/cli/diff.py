"""``jobconv diff OLD NEW``: the jobs added, removed and changed between two feeds."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO
from urllib.parse import quote

import click

from ..diff import Differ, Difference, Repeat
from ..feed.dialects import AUTO
from ..feed.sources import Sources
from ..outputs import GuardedText, OutputError, OutputRefused, atomic_output, refuse_inputs
from ..results import FeedError
from .exits import EXIT_OK, EXIT_USAGE, fail
from .options import LazyChoice, dialect_names, max_size_option, output_option, timeout_option

EXIT_DIFFERS = 1


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


def write_indexing(found: Difference, out: TextIO, url_of: Callable) -> int:
    """Google Indexing API notifications, one JSON object a line: URL_UPDATED
    for added and changed jobs, then URL_DELETED for removed ones."""

    def note(job_id: str, url: str | None, kind: str) -> None:
        address = url_of(job_id, url)
        if address is None:
            warning = f"jobconv: warning: job {job_id!r} has no URL: no notification"
            click.echo(warning, err=True)
            return
        out.write(json.dumps({"url": address, "type": kind}, ensure_ascii=False) + "\n")

    for job_id in found.added:
        note(job_id, found.urls.get(job_id), "URL_UPDATED")
    count = 0
    for change in found.changed:
        count += 1
        note(change.job_id, change.url, "URL_UPDATED")
    for job_id in found.removed:
        note(job_id, found.urls.get(job_id), "URL_DELETED")
    return count


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
@click.option("--raw", is_flag=True, help="Compare the source text, not normalised values.")
@click.option(
    "--exit-code", is_flag=True, help="Exit 1 when the feeds differ (as git diff --exit-code)."
)
@click.option(
    "--url-template",
    metavar="TEMPLATE",
    help="indexing: each job's URL, with {id} for its id (default: its apply URL).",
)
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
    dialect: str,
    output: Path | None,
    timeout: float,
    max_size: int,
) -> None:
    """Compare two editions of a feed: the jobs added, removed and changed.

    Jobs are matched by id, whatever their order; a field is changed when its
    normalised value differs (--raw: its text). OLD and NEW are files (gzip
    too), http(s) URLs or - (one of them). Both are streamed.
    """
    if old == new == "-":
        fail("only one of OLD and NEW can be standard input")
        sys.exit(EXIT_USAGE)
    if url_template is not None and "{id}" not in url_template:
        fail("--url-template needs {id}, where each job's id goes")
        sys.exit(EXIT_USAGE)
    differ = Differ(Sources(timeout=timeout, max_size=max_size), dialect, raw)

    def repeated(repeat: Repeat) -> None:
        where = f" at line {repeat.line}" if repeat.line else ""
        click.echo(
            f"jobconv: warning: {repeat.file}: id {repeat.job_id!r} repeats{where};"
            " the first job with it is compared",
            err=True,
        )

    def url_of(job_id: str, url: str | None) -> str | None:
        return url_template.replace("{id}", quote(job_id, safe="")) if url_template else url

    def emit(found: Difference, out: TextIO) -> int:
        if fmt == "indexing":
            return write_indexing(found, out, url_of)
        return write_json(found, out) if fmt == "json" else write_text(found, out)

    try:
        if output is not None:
            refuse_inputs(output, [old, new])
        with differ.compare(old, new, repeated) as found:
            if output is not None:
                with atomic_output(output) as out:
                    changed = emit(found, out)
            else:
                stream = GuardedText(sys.stdout, "standard output")
                changed = emit(found, stream)  # type: ignore[arg-type]
                stream.flush()
    except FeedError as exc:
        d = exc.diagnostic
        fail(f"{d.file}:{d.line}:{d.column or 1}: {d.message}; cannot compare a broken feed")
        sys.exit(EXIT_USAGE)
    except (OutputRefused, OutputError) as exc:
        fail(str(exc))
        sys.exit(EXIT_USAGE)
    except OSError as exc:
        fail(f"cannot read {exc.filename!r}: {exc.strerror or exc}")
        sys.exit(EXIT_USAGE)
    added, removed = len(found.added), len(found.removed)
    click.echo(
        f"{added} added, {removed} removed, {changed} changed, {found.unchanged} unchanged.",
        err=True,
    )
    differs = bool(added or removed or changed)
    sys.exit(EXIT_DIFFERS if exit_code and differs else EXIT_OK)
