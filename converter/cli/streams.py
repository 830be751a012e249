"""Where a command writes: its report to a file or standard output, and
standard error in batches while a converter streams findings."""

from __future__ import annotations

import contextlib
import io
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO


@contextlib.contextmanager
def batched_stderr() -> Iterator[None]:
    """Python writes out standard error at every line: 37,000 findings were
    37,000 system calls (0.8 s). Off a terminal, stderr is buffered for the
    block instead, and everything written to it (findings, messages, the
    summary) keeps its order; on a terminal, lines still appear as they come."""
    old = sys.stderr
    try:
        fd = old.fileno()
    except (AttributeError, OSError, ValueError):  # not a real stream (a test runner's)
        fd = None
    if fd is None or old.isatty():
        yield
        return
    old.flush()
    raw = open(fd, "wb", closefd=False)  # noqa: SIM115 - flushed and dropped below
    new = io.TextIOWrapper(raw, encoding=old.encoding, errors=old.errors, write_through=False)
    sys.stderr = new
    try:
        yield
    finally:
        sys.stderr = old
        with contextlib.suppress(OSError):
            new.flush()


@contextlib.contextmanager
def report_output(path: Path | None) -> Iterator[TextIO]:
    """The stream a report goes to: ``path`` written atomically (all or
    nothing), else standard output, guarded so that a closed pipe or a full
    disk is an OutputError naming it, never a traceback."""
    from ..outputs import GuardedText, atomic_output

    if path is not None:
        with atomic_output(path) as out:
            yield out
        return
    out = GuardedText(sys.stdout, "standard output")
    yield out  # type: ignore[misc]
    out.flush()
