"""What several report formats share."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from html import escape

from ..results import Diagnostic, JobResult


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
