"""``github``: GitHub Actions workflow commands that annotate the feed."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from ..results import Diagnostic, JobResult, Severity, Tally
from .common import diagnostics_of


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def github_line(d: Diagnostic) -> str:
    """A GitHub Actions workflow command that annotates the file."""
    kind = {Severity.ERROR: "error", Severity.INFO: "notice"}.get(d.severity, "warning")
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
