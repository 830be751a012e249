"""Exit codes and the error line: all the ``jobconv`` group needs before it
knows which command runs, so that starting it imports nothing else."""

from __future__ import annotations

import click

EXIT_OK, EXIT_FOUND, EXIT_USAGE = 0, 1, 2


def fail(message: str) -> None:
    """``jobconv: error: MESSAGE`` on stderr."""
    click.echo(f"jobconv: error: {message}", err=True)
