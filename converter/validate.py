"""Validation: read a feed, check each job against the XSD, lint it.

The library behind ``jobconv validate``::

    from converter import Validator
    for diagnostic in Validator().check_path("feed.xml"):
        print(diagnostic)
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import BinaryIO

from .baseline import Baseline
from .config import Settings
from .diagnostics import Diagnostic, FeedError, Severity
from .engines import Engine, load_engine
from .reader import Entry, FeedReader
from .rules import RULES, Context, Rule

STDIN_NAME = "<stdin>"


@dataclass(slots=True)
class JobResult:
    """The diagnostics of one job (``job_id``/``line`` of the job), or of the
    feed outside its jobs (``job_id`` None)."""

    file: str
    job_id: str | None
    line: int | None
    diagnostics: list[Diagnostic]
    is_job: bool = True


@dataclass(slots=True)
class Tally:
    """Counts over a run, for the summary."""

    files: int = 0
    unreadable: int = 0
    jobs: int = 0
    errors: int = 0
    warnings: int = 0
    by_code: dict[str, int] = field(default_factory=dict)

    def add(self, diagnostic: Diagnostic) -> None:
        if diagnostic.severity is Severity.ERROR:
            self.errors += 1
        else:
            self.warnings += 1
        self.by_code[diagnostic.code] = self.by_code.get(diagnostic.code, 0) + 1

    def as_dict(self) -> dict[str, int]:
        return {
            "files": self.files,
            "unreadable": self.unreadable,
            "jobs": self.jobs,
            "errors": self.errors,
            "warnings": self.warnings,
        }


def lint_rules(rules: Iterable[Rule] | None = None) -> list[Rule]:
    """The lint checks to run: ``rules`` (default all) that have a check."""
    chosen = RULES.values() if rules is None else rules
    return [r for r in chosen if r.check is not None]


class Validator:
    """XSD validation and lint rules over feeds, one job at a time.

    ``engine`` is an XSD engine name (``lxml``, ``xmlschema``) or a loaded
    :class:`~converter.engines.Engine`; ``schema`` another XSD; ``rules`` the
    rules to report (default: all); ``today`` the date future dates are judged
    against (default: today, UTC).
    """

    def __init__(
        self,
        engine: str | Engine = "lxml",
        schema: Path | None = None,
        rules: Iterable[Rule] | None = None,
        today: date | None = None,
        settings: Settings | None = None,
        baseline: Baseline | None = None,
    ) -> None:
        self.engine = load_engine(engine, schema) if isinstance(engine, str) else engine
        self.settings = settings or Settings()
        chosen = list(RULES.values() if rules is None else rules)
        self.reported = {r.code for r in chosen} & self.settings.codes()
        self.checks = lint_rules(RULES[c] for c in sorted(self.reported))
        self._file_ignores: list[str] = []
        self.baseline = baseline
        self.today = today or datetime.now(UTC).date()
        self.tally = Tally()

    def check_path(self, path: str | Path) -> Iterator[Diagnostic]:
        """Diagnostics of the feed at ``path`` (``-`` reads standard input).

        Raises ``OSError`` when the file cannot be opened.
        """
        for result in self.results(path):
            yield from result.diagnostics

    def results(self, path: str | Path) -> Iterator[JobResult]:
        """Per-job results of the feed at ``path`` (``-``: stdin), in document
        order, then the feed-level diagnostics. Raises OSError if unreadable."""
        if str(path) == "-":
            yield from self.results_of_stream(sys.stdin.buffer, STDIN_NAME)
            return
        try:
            stream = open(path, "rb")  # noqa: SIM115 - closed below
        except OSError:
            self.tally.unreadable += 1
            raise
        with stream:
            yield from self.results_of_stream(stream, str(path))

    def results_of_stream(self, stream: BinaryIO, name: str) -> Iterator[JobResult]:
        for item in self.entries(stream, name):
            if isinstance(item, Diagnostic):
                yield JobResult(name, None, item.line, [item], is_job=False)
            else:
                job = item.job
                yield JobResult(name, job.external_id, job.line, list(self.lint(item)))

    def check_stream(self, stream: BinaryIO, name: str) -> Iterator[Diagnostic]:
        """Diagnostics of one feed, job by job in document order."""
        for result in self.results_of_stream(stream, name):
            yield from result.diagnostics

    def entries(self, stream: BinaryIO, name: str) -> Iterator[Entry | Diagnostic]:
        """The feed's entries, then diagnostics of the document outside them."""
        self.tally.files += 1
        self._file_ignores = self.settings.ignored_in(name)
        reader = self._reader = FeedReader(stream, name, self.engine)
        self._ctx = Context(today=self.today)  # feed-wide state: ids seen so far
        try:
            for entry in reader:
                self.tally.jobs += 1
                yield entry
        except FeedError as exc:
            yield from self._count([exc.diagnostic])
            return
        yield from self._count(reader.feed_diagnostics)

    def lint(self, entry: Entry) -> Iterator[Diagnostic]:
        """The XSD diagnostics and lint findings of one entry, sorted by position.

        Must be called while ``entry`` is the reader's current job (positions
        are looked up in the reader's recent input).
        """
        reader = self._reader
        job = entry.job
        ctx = self._ctx
        found = list(entry.diagnostics)
        # A field the XSD rejected is not judged again by the lint rules.
        rejected = {d.field for d in found if d.field}
        for rule in self.checks:
            assert rule.check is not None
            for finding in rule.check(job, ctx):
                if finding.field in rejected:
                    continue
                line = job.lines.get(finding.field, job.line) if finding.field else job.line
                tag = finding.field or "job"
                found.append(
                    reader.diagnostic(
                        rule,
                        finding.message,
                        tag=tag,
                        line=line,
                        job_id=job.external_id,
                        field=finding.field,
                    )
                )
        found.sort(key=lambda d: (d.line or 0, d.column or 0, d.code))
        yield from self._count(found)

    def _count(self, diagnostics: Iterable[Diagnostic]) -> Iterator[Diagnostic]:
        """The diagnostics that the settings report, with their severity."""
        ignores, severity = self._file_ignores, self.settings.severity
        for d in diagnostics:
            if d.code not in self.reported or any(d.code.startswith(s) for s in ignores):
                continue
            if d.code in severity and severity[d.code] is not d.severity:
                d = replace(d, severity=severity[d.code])
            if self.baseline is not None and self.baseline.absorbs(d):
                continue
            self.tally.add(d)
            yield d
