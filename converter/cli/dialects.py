"""``jobconv dialects``: the feed dialects jobconv knows."""

from __future__ import annotations

import click

from ..feed.dialects import dialects as known


@click.command()
def dialects() -> None:
    """List the feed dialects jobconv knows: name, root, job element, spec."""
    for d in known():
        status = "reads" if d.reads else "detects"
        path = "/".join(d.job)
        click.echo(f"{d.name:13} {status:8} {path:18} id: {d.id:24} {d.spec}")
