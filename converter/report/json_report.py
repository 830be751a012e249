"""``json``: one object, the diagnostics then a summary (``schemas/report.schema.json``)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from ..results import JobResult, Tally
from .common import diagnostics_of


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
