"""``jobconv dialects``: the feed dialects jobconv reads and writes."""

from __future__ import annotations

import json

import click

from ..feed.dialects import dialects as known


@click.command()
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
def dialects(fmt: str) -> None:
    """List the feed dialects jobconv knows: name, root, job element, id, date, spec."""
    rows = [
        {
            "name": d.name,
            "title": d.title,
            "root": d.root,
            "job": "/".join(d.job),
            "id": d.describe("externalid"),
            "date": d.describe("Postedate"),
            "schema": str(d.schema_path.name),
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
            f" {r['spec']}"
        )
