"""``junit``: JUnit XML, a test suite per feed and a test case per job."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from html import escape
from typing import TextIO

from ..results import JobResult, Severity, Tally
from .common import quoteattr, text_line


def write_junit(results: Iterable[JobResult], out: TextIO, tally: Tally) -> None:
    """JUnit XML: a test suite per feed, a test case per job. A job with an
    error fails; its warnings (or a clean job's) go to ``system-out``."""
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jobconv">\n')
    current: str | None = None
    body: TextIO | None = None
    counts = [0, 0]  # tests, failures

    def flush() -> None:
        if body is None or current is None:
            return
        body.seek(0)
        out.write(
            f'  <testsuite name={quoteattr(current)} tests="{counts[0]}"'
            f' failures="{counts[1]}" errors="0" skipped="0">\n'
        )
        for chunk in iter(lambda: body.read(65536), ""):
            out.write(chunk)
        out.write("  </testsuite>\n")
        body.close()

    for result in results:
        if result.file != current:
            flush()
            current, counts = result.file, [0, 0]
            body = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115 - closed in flush
        assert body is not None
        name = f"job {result.job_id}" if result.is_job else "feed"
        if result.is_job and result.job_id is None:
            name = f"job at line {result.line}"
        counts[0] += 1
        body.write(f"    <testcase classname={quoteattr(result.file)} name={quoteattr(name)}")
        if not result.diagnostics:
            body.write("/>\n")
            continue
        text = escape("\n".join(text_line(d) for d in result.diagnostics), quote=False)
        errors = [d for d in result.diagnostics if d.severity is Severity.ERROR]
        if errors:
            counts[1] += 1
            first = errors[0]
            body.write(">\n      <failure ")
            body.write(f"message={quoteattr(f'{first.code} {first.message}')} ")
            body.write(f"type={quoteattr(first.code)}>{text}</failure>\n    </testcase>\n")
        else:
            body.write(f">\n      <system-out>{text}</system-out>\n    </testcase>\n")
    flush()
    out.write("</testsuites>\n")
