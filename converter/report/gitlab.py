"""``gitlab``: GitLab Code Quality, a JSON array of issues."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from ..results import JobResult, Severity, Tally
from .common import diagnostics_of, fingerprint


def write_gitlab(results: Iterable[JobResult], out: TextIO, tally: Tally) -> None:
    """GitLab Code Quality: a JSON array of issues."""
    out.write("[")
    sep = "\n  "
    for d in diagnostics_of(results):
        issue = {
            "description": f"{d.code} {d.message}",
            "check_name": f"{d.code} {d.name}",
            "fingerprint": fingerprint(d),
            "severity": {Severity.ERROR: "major", Severity.INFO: "info"}.get(d.severity, "minor"),
            "location": {"path": d.file, "lines": {"begin": d.line or 1}},
        }
        out.write(sep + json.dumps(issue, ensure_ascii=False))
        sep = ",\n  "
    out.write("\n]\n" if sep != "\n  " else "]\n")
