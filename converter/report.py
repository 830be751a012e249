"""Output formats for diagnostics: ``text`` and ``json``.

Both stream: a diagnostic is written as soon as it is found, so a feed of a
million jobs never holds its report in memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

import click

from .diagnostics import Diagnostic, Severity
from .validate import Tally

FORMATS = ("text", "json")


def position(d: Diagnostic) -> str:
    """``FILE:LINE:COL`` (as much of it as is known)."""
    parts = [d.file]
    if d.line is not None:
        parts.append(str(d.line))
        if d.column is not None:
            parts.append(str(d.column))
    return ":".join(parts)


def text_line(d: Diagnostic, color: bool = False) -> str:
    """``FILE:LINE:COL: CODE [severity] message``."""
    where = position(d) + ":"
    code = d.code
    severity = f"[{d.severity.value}]"
    if color:
        where = click.style(where, bold=True)
        code = click.style(code, fg="red" if d.severity is Severity.ERROR else "yellow", bold=True)
    return f"{where} {code} {severity} {d.message}"


def write_text(diagnostics: Iterable[Diagnostic], out: TextIO, color: bool = False) -> None:
    for d in diagnostics:
        out.write(text_line(d, color) + "\n")


def write_json(diagnostics: Iterable[Diagnostic], out: TextIO, tally: Tally) -> None:
    """``{"version": 1, "diagnostics": [...], "summary": {...}}``, streamed.

    The summary comes last because it is only known at the end.
    """
    out.write('{"version": 1, "diagnostics": [')
    sep = "\n  "
    for d in diagnostics:
        out.write(sep + json.dumps(d.as_dict(), ensure_ascii=False, sort_keys=True))
        sep = ",\n  "
    out.write("\n], " if sep != "\n  " else "], ")
    out.write('"summary": ' + json.dumps(tally.as_dict(), sort_keys=True) + "}\n")


def summary_line(tally: Tally) -> str:
    """One line for stderr: what was checked and what was found."""

    def plural(n: int, word: str) -> str:
        return f"{n} {word}{'' if n == 1 else 's'}"

    scope = f"{plural(tally.files, 'file')}, {plural(tally.jobs, 'job')}"
    if tally.unreadable:
        scope += f"; {tally.unreadable} could not be read"
    if not tally.errors and not tally.warnings and not tally.unreadable:
        return f"All checks passed ({scope})."
    return (
        f"Found {plural(tally.errors, 'error')} and {plural(tally.warnings, 'warning')} ({scope})."
    )
