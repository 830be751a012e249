"""``jobconv dialects``: the feed dialects jobconv reads and writes, and
``jobconv dialects infer FEED``: a draft dialect file for a feed none fits."""

from __future__ import annotations

import json
import re
from pathlib import Path

import click

from ..feed.dialects import dialects as known
from .exits import refuse
from .options import config_options


def _with_config(fn):  # type: ignore[no-untyped-def]
    """``--config`` and ``--isolated``, as every command that reads the configuration."""
    for option in reversed(config_options()):
        fn = option(fn)
    return fn


@click.group(invoke_without_command=True)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@_with_config
@click.pass_context
def dialects(ctx: click.Context, fmt: str, config: Path | None, isolated: bool) -> None:
    """List the feed dialects jobconv knows: name, root, job element, id, date, spec.

    Dialect files of your own (the configuration's ``dialects`` folders) are
    listed after the built-in ones."""
    if ctx.invoked_subcommand is not None:
        return
    from ..lint.config import ConfigError
    from .options import settings_of

    try:
        settings_of(config, isolated, (), (), ())  # reads the configuration's dialects
    except ConfigError as exc:
        refuse(str(exc))
    rows = [
        {
            "name": d.name,
            "title": d.title,
            "root": d.root,
            "job": "/".join(d.job),
            "id": d.describe("externalid"),
            "date": d.describe("Postedate"),
            "schema": d.schema_path.name if d.schema else "none",
            "spec": d.spec,
        }
        for d in known()
    ]
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    for r in rows:
        click.echo(
            f"{r['name']:13} {r['root']:8} {r['job']:18} id: {r['id']:22} date: {r['date']:12}"
            f" {r['spec'] or '(' + str(r['schema']) + ')'}"
        )


@dialects.command()
@click.argument("feed", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--name", help="The dialect's name (default: from the feed's file name).")
def infer(feed: Path, name: str | None) -> None:
    """Print a draft dialect file (YAML) for FEED: its job element found by
    structure, each field by its element's name or content, with a comment on
    each guess; save it and read the feed with --dialect FILE.yaml."""
    from ..feed.infer import infer as draft_of

    try:
        draft = draft_of(feed)
    except (ValueError, OSError) as exc:
        refuse(f"cannot infer a dialect from {str(feed)!r}: {exc}")
    slug = re.sub(r"[^a-z0-9_-]+", "-", (name or feed.stem).lower()).strip("-") or "my-feed"
    if not slug[0].isalpha():
        slug = "feed-" + slug
    click.echo(draft.yaml(slug, feed.name), nl=False)
