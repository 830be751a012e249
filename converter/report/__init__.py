"""Report formats for ``jobconv validate``.

``text`` and ``json`` for people and scripts; ``github`` (workflow
commands), ``sarif`` (2.1.0), ``junit`` and ``gitlab`` (Code Quality) for CI.
Each writer takes the per-job results as they come and streams: nothing
grows with the feed but what the format itself must total up.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections.abc import Iterable, Iterator
from html import escape
from typing import TextIO

import click

from .. import __version__
from ..lint.rules import RULES
from ..results import Diagnostic, Severity
from ..validate import JobResult, Tally

FORMATS = ("text", "json", "github", "sarif", "junit", "gitlab", "auto")


def quoteattr(text: str) -> str:
    """An XML attribute value, quoted (``xml.sax.saxutils`` would import
    ``urllib.request``: 15 ms of start-up on every run)."""
    return f'"{escape(text, quote=True)}"'


def diagnostics_of(results: Iterable[JobResult]) -> Iterator[Diagnostic]:
    for result in results:
        yield from result.diagnostics


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
    if color:
        where = click.style(where, bold=True)
        code = click.style(code, fg="red" if d.severity is Severity.ERROR else "yellow", bold=True)
    return f"{where} {code} {severity} {d.message}"


def write_text(results: Iterable[JobResult], out: TextIO, tally: Tally, color: bool = False):
    for result in results:
        if result.diagnostics:  # one write per job: a write costs more than a line
            out.write("".join([text_line(d, color) + "\n" for d in result.diagnostics]))


def write_json(results: Iterable[JobResult], out: TextIO, tally: Tally) -> None:
    """``{"version": 1, "diagnostics": [...], "summary": {...}}``, streamed.

    The summary comes last because it is only known at the end.
    """
    out.write('{"version": 1, "diagnostics": [')
    sep = "\n  "
    for d in diagnostics_of(results):
        out.write(sep + json.dumps(d.as_dict(), ensure_ascii=False, sort_keys=True))
        sep = ",\n  "
    out.write("\n], " if sep != "\n  " else "], ")
    out.write('"summary": ' + json.dumps(tally.as_dict(), sort_keys=True) + "}\n")


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def github_line(d: Diagnostic) -> str:
    """A GitHub Actions workflow command that annotates the file."""
    kind = "error" if d.severity is Severity.ERROR else "warning"
    props = [f"file={_gh_property(d.file)}"]
    if d.line is not None:
        props.append(f"line={d.line}")
        if d.column is not None:
            props.append(f"col={d.column}")
    props.append(f"title={_gh_property(f'{d.code} {d.name}')}")
    return f"::{kind} {','.join(props)}::{_gh_data(d.message)}"


def write_github(results: Iterable[JobResult], out: TextIO, tally: Tally) -> None:
    for d in diagnostics_of(results):
        out.write(github_line(d) + "\n")


def fingerprint(d: Diagnostic) -> str:
    """Stable across runs and line shifts: file, job, field, code, message."""
    key = "\0".join([d.file, d.job_id or "", d.field or "", d.code, d.message])
    return hashlib.sha256(key.encode()).hexdigest()


def write_gitlab(results: Iterable[JobResult], out: TextIO, tally: Tally) -> None:
    """GitLab Code Quality: a JSON array of issues."""
    out.write("[")
    sep = "\n  "
    for d in diagnostics_of(results):
        issue = {
            "description": f"{d.code} {d.message}",
            "check_name": f"{d.code} {d.name}",
            "fingerprint": fingerprint(d),
            "severity": "major" if d.severity is Severity.ERROR else "minor",
            "location": {"path": d.file, "lines": {"begin": d.line or 1}},
        }
        out.write(sep + json.dumps(issue, ensure_ascii=False))
        sep = ",\n  "
    out.write("\n]\n" if sep != "\n  " else "]\n")


def _sarif_level(severity: Severity) -> str:
    return "error" if severity is Severity.ERROR else "warning"


def write_sarif(results: Iterable[JobResult], out: TextIO, tally: Tally) -> None:
    """SARIF 2.1.0, one run; ``tool.driver.rules`` describes every rule reported."""
    seen: dict[str, int] = {}
    out.write('{"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",')
    out.write(' "runs": [{"results": [')
    sep = "\n  "
    for d in diagnostics_of(results):
        index = seen.setdefault(d.code, len(seen))
        region = {"startLine": d.line or 1}
        if d.column is not None:
            region["startColumn"] = d.column
        result = {
            "ruleId": d.code,
            "ruleIndex": index,
            "level": _sarif_level(d.severity),
            "message": {"text": d.message},
            "locations": [
                {"physicalLocation": {"artifactLocation": {"uri": d.file}, "region": region}}
            ],
            "partialFingerprints": {"jobconv/v1": fingerprint(d)},
        }
        out.write(sep + json.dumps(result, ensure_ascii=False))
        sep = ",\n  "
    rules = []
    for code in seen:  # in ruleIndex order
        rule = RULES[code]
        rules.append(
            {
                "id": code,
                "name": rule.name,
                "shortDescription": {"text": rule.summary.replace("``", "`")},
                "fullDescription": {"text": rule.doc.replace("``", "`")},
                "defaultConfiguration": {"level": _sarif_level(rule.severity)},
            }
        )
    driver = {
        "name": "jobconv",
        "version": __version__,
        "informationUri": "https://pypi.org/project/jobconv/",
        "rules": rules,
    }
    out.write("\n], " if sep != "\n  " else "], ")
    out.write('"tool": {"driver": ' + json.dumps(driver, ensure_ascii=False) + "}}]}\n")


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


WRITERS = {
    "text": write_text,
    "json": write_json,
    "github": write_github,
    "sarif": write_sarif,
    "junit": write_junit,
    "gitlab": write_gitlab,
}


def write_statistics(tally: Tally, out: TextIO) -> None:
    """Counts per rule, most frequent first, as ``ruff --statistics``."""
    for code, count in sorted(tally.by_code.items(), key=lambda kv: (-kv[1], kv[0])):
        rule = RULES[code]
        out.write(f"{count:>7} {code} {rule.name} [{rule.severity.value}]\n")


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
