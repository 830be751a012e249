"""What several report formats share."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from html import escape

from ..results import Diagnostic, JobResult, Severity


def quoteattr(text: str) -> str:
    """An XML attribute value, quoted (``xml.sax.saxutils`` would import
    ``urllib.request``: 15 ms of start-up on every run)."""
    return f'"{escape(text, quote=True)}"'


def diagnostics_of(results: Iterable[JobResult]) -> Iterator[Diagnostic]:
    for result in results:
        yield from result.diagnostics


def fingerprint(d: Diagnostic) -> str:
    """Stable across runs and line shifts: file, job, field, code, message."""
    key = "\0".join([d.file, d.job_id or "", d.field or "", d.code, d.message])
    return hashlib.sha256(key.encode()).hexdigest()


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
    if not color and d.column is not None and d.line is not None:  # the usual case, fast
        return f"{d.file}:{d.line}:{d.column}: {d.code} [{d.severity.value}] {d.message}"
    where = position(d) + ":"
    code = d.code
    severity = f"[{d.severity.value}]"
    if color:  # ANSI SGR: bold, and red / yellow / blue (as click.style writes them)
        where = f"\x1b[1m{where}\x1b[0m"
        fg = {Severity.ERROR: 31, Severity.INFO: 34}.get(d.severity, 33)
        code = f"\x1b[{fg}m\x1b[1m{code}\x1b[0m"
    return f"{where} {code} {severity} {d.message}"
