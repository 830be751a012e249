"""Exit codes and the error line: all the ``jobconv`` group needs before it
knows which command runs, so that starting it imports nothing else."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from typing import NoReturn

import click

EXIT_OK, EXIT_FOUND, EXIT_USAGE = 0, 1, 2


def fail(message: str) -> None:
    """``jobconv: error: MESSAGE`` on stderr."""
    click.echo(f"jobconv: error: {message}", err=True)


def refuse(message: str) -> NoReturn:
    """``jobconv: error: MESSAGE`` and exit 2: a run that cannot go on, for a
    reason the user can fix (a bad option or file, an output refused)."""
    fail(message)
    sys.exit(EXIT_USAGE)


@contextlib.contextmanager
def refusing(*kinds: type[Exception], said: Callable[[Exception], str] = str) -> Iterator[None]:
    """Exit 2 (:func:`refuse`) with the message of any of ``kinds`` raised
    inside, as ``said`` words it: every command maps its users' errors so."""
    try:
        yield
    except kinds as exc:
        refuse(said(exc))
