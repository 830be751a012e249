"""``text``: one line per finding, ``FILE:LINE:COL: CODE [severity] message``;
and the summary line and ``--statistics`` counts that go with it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TextIO

from ..lint.rules import RULES
from ..results import JobResult, Severity, Tally
from .common import text_line


def write_text(results: Iterable[JobResult], out: TextIO, tally: Tally, color: bool = False):
    for result in results:
        if result.diagnostics:  # one write per job: a write costs more than a line
            out.write("".join([text_line(d, color) + "\n" for d in result.diagnostics]))


def write_statistics(
    tally: Tally, out: TextIO, severity: Mapping[str, Severity] | None = None
) -> None:
    """Counts per rule, most frequent first, as ``ruff --statistics``; each
    with the severity the run gave it (``severity``: the overrides)."""
    for code, count in sorted(tally.by_code.items(), key=lambda kv: (-kv[1], kv[0])):
        rule = RULES[code]
        level = (severity or {}).get(code, rule.severity)
        out.write(f"{count:>7} {code} {rule.name} [{level.value}]\n")


def plural(n: int, word: str) -> str:
    """``1 job``, ``2 jobs``."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def read_as(tally: Tally) -> str:
    """`` read as careerjet`` (every feed in one dialect), ``: 2 read as
    indeed, 1 as jooble;``: which format each feed was taken to be, so a
    feed read in the wrong one shows at once."""
    counts = tally.dialects()
    if not counts:
        return ""
    if len(counts) == 1 and sum(counts.values()) == tally.files:
        return f" read as {next(iter(counts))}"
    parts = [
        f"{n} {'read ' if i == 0 else ''}as {name}" for i, (name, n) in enumerate(counts.items())
    ]
    return f": {', '.join(parts)};"


def found_line(tally: Tally) -> str:
    """``Found N errors and M warnings (F files, J jobs).``, or that all passed."""
    told = read_as(tally)
    sep = " " if told.endswith(";") else ", "
    scope = f"{plural(tally.files, 'file')}{told}{sep}{plural(tally.jobs, 'job')}"
    if tally.unreadable:
        scope += f"; {tally.unreadable} could not be read"
    if not tally.errors and not tally.warnings and not tally.unreadable:
        return f"All checks passed ({scope})."
    return (
        f"Found {plural(tally.errors, 'error')} and {plural(tally.warnings, 'warning')} ({scope})."
    )


def summary_line(tally: Tally, target: str | None = None) -> str:
    """``validate``'s last line on stderr: what was checked and found, and
    with a ``target``, how many jobs converting to it would hold back."""
    line = found_line(tally)
    if target:
        line += f" Converting to {target} would hold back {plural(tally.held, 'job')}."
    return line
