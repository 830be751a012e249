"""Validation: read a feed, check each job against the XSD, lint it.

The library behind ``jobconv validate``::

    from converter import Validator
    for diagnostic in Validator().check_path("feed.xml"):
        print(diagnostic)
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import BinaryIO

from .feed.engines import Engine, load_engine
from .feed.reader import Entry, FeedReader
from .lint.baseline import Baseline
from .lint.config import Settings
from .lint.rules import RULES, Context, Rule
from .model import Job
from .pipeline.segments import Segment
from .pipeline.units import Unit, UnitOutcome, in_order, read_unit
from .results import Diagnostic, FeedError, Severity

STDIN_NAME = "<stdin>"


#: Where a feed-wide rule may report on a job: field -> (text, line, column).
Anchors = dict[str, tuple[str, int | None, int | None]]


@dataclass(slots=True)
class JobResult:
    """The diagnostics of one job (``job_id``/``line`` of the job), or of the
    feed outside its jobs (``job_id`` None). ``anchors`` holds what the
    feed-wide rules need of the job, until they have run."""

    file: str
    job_id: str | None
    line: int | None
    diagnostics: list[Diagnostic]
    is_job: bool = True
    anchors: Anchors | None = None


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


@dataclass(frozen=True, slots=True)
class WorkerSpec:
    """What a worker process needs to read and lint as its parent does."""

    engine: str
    schema: Path | None
    codes: tuple[str, ...]
    today: date


class Validator:
    """XSD validation and lint rules over feeds, one job at a time.

    ``engine`` is an XSD engine name (``lxml``, ``xmlschema``) or a loaded
    :class:`~converter.feed.engines.Engine`; ``schema`` another XSD; ``rules`` the
    rules to report (default: all); ``today`` the date future dates are judged
    against (default: today, UTC). ``jobs`` above 1 reads large feeds in
    segments, and several feeds at once, in that many processes (an engine
    given by name only); the results are the same, in the same order.
    ``progress`` is called with the number of bytes read, as they are read.
    """

    def __init__(
        self,
        engine: str | Engine = "lxml",
        schema: Path | None = None,
        rules: Iterable[Rule] | None = None,
        today: date | None = None,
        settings: Settings | None = None,
        baseline: Baseline | None = None,
        jobs: int = 1,
        segment_size: int | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> None:
        self.engine = load_engine(engine, schema) if isinstance(engine, str) else engine
        self.progress = progress  # told of the bytes read, as they are read
        self.settings = settings or Settings()
        chosen = list(RULES.values() if rules is None else rules)
        self.reported = {r.code for r in chosen} & self.settings.codes()
        checks = lint_rules(RULES[c] for c in sorted(self.reported))
        self.checks = [r for r in checks if not r.feed_wide]
        self.feed_checks = [r for r in checks if r.feed_wide]
        self._anchor_fields = sorted({f for r in self.feed_checks for f in r.feed_fields})
        self._file_ignores: list[str] = []
        self.baseline = baseline
        self.today = today or datetime.now(UTC).date()
        self.tally = Tally()
        self.jobs = max(1, jobs)
        self.segment_size = segment_size
        self._spec = (
            WorkerSpec(engine, schema, tuple(sorted(self.reported)), self.today)
            if isinstance(engine, str)
            else None
        )
        self.broken = False
        self.irregular = False
        self._scratch = Job()

    # -- whole feeds -----------------------------------------------------

    def check_path(self, path: str | Path) -> Iterator[Diagnostic]:
        """Diagnostics of the feed at ``path`` (``-`` reads standard input).

        Raises ``OSError`` when the file cannot be opened.
        """
        for result in self.results(path):
            yield from result.diagnostics

    def results(self, path: str | Path) -> Iterator[JobResult]:
        """Per-job results of the feed at ``path`` (``-``: stdin), in document
        order, then the feed-level diagnostics. Raises OSError if unreadable."""
        yield from self.results_of_paths([str(path)])

    def results_of_paths(
        self, paths: Iterable[str], on_error: Callable[[str, OSError], None] | None = None
    ) -> Iterator[JobResult]:
        """Results of every feed in turn, as :meth:`results` gives them.

        An unreadable feed raises OSError, or is passed to ``on_error`` and
        skipped."""
        raw = in_order(
            paths,
            jobs=self.jobs if self._spec is not None else 1,
            segment_size=self.segment_size,
            work=_work,
            initializer=_init_worker,
            initargs=(self._spec,),
            begin=self._begin,
            serial=self._serial,
            unpack=self._unpack,
            is_job=_is_job,
            on_error=on_error,
            progress=self.progress,
        )
        return self._finish(raw)

    def _unpack(self, packed: tuple) -> JobResult:
        file, job_id, line, diagnostics, is_job, anchors = packed
        make = Diagnostic._make
        return JobResult(file, job_id, line, [make(d) for d in diagnostics], is_job, anchors)

    def _begin(self, name: str) -> None:
        self.tally.files += 1
        self._file_ignores = self.settings.ignored_in(name)
        self._ctx = Context(today=self.today)  # feed-wide state: ids seen so far

    def _serial(self, path: str, skip: int | None = None) -> Iterator[JobResult]:
        """Read ``path`` here; again, leaving out its first ``skip`` jobs, if given."""
        if path == "-":
            stream: BinaryIO = sys.stdin.buffer
            name = STDIN_NAME
        else:
            try:
                stream = open(path, "rb")  # noqa: SIM115 - closed below
            except OSError:
                self.tally.unreadable += 1
                raise
            name = path
        with contextlib.nullcontext() if path == "-" else stream:
            if skip is None:
                self._begin(name)
            for result in self.raw_results(stream, name):
                if skip and result.is_job:
                    skip -= 1
                    continue
                yield result

    def results_of_stream(self, stream: BinaryIO, name: str) -> Iterator[JobResult]:
        """Per-job results of one feed read from ``stream``."""
        self._begin(name)
        for result in self.raw_results(stream, name):
            yield from self._finish([result])

    def check_stream(self, stream: BinaryIO, name: str) -> Iterator[Diagnostic]:
        """Diagnostics of one feed, job by job in document order."""
        for result in self.results_of_stream(stream, name):
            yield from result.diagnostics

    # -- one feed, or one segment, as read -------------------------------

    def entries(
        self, stream: BinaryIO, name: str, segment: Segment | None = None
    ) -> Iterator[Entry | Diagnostic]:
        """The feed's entries, then diagnostics of the document outside them,
        before any setting filters them. ``broken`` tells afterwards that the
        feed stopped early (X001, X002); ``irregular``, that a segment's
        skeleton must be judged by a serial read."""
        reader = self._reader = FeedReader(
            stream, name, self.engine, segment=segment, progress=self.progress
        )
        self._job_ctx = Context(today=self.today)
        self.broken = self.irregular = False
        try:
            yield from reader
        except FeedError as exc:
            self.broken = True
            yield exc.diagnostic
            return
        self.irregular = reader.irregular
        yield from reader.feed_diagnostics

    def raw_results(
        self, stream: BinaryIO, name: str, segment: Segment | None = None
    ) -> Iterator[JobResult]:
        """Per-job results with the per-job rules applied, feed-wide rules and
        settings not yet."""
        for item in self.entries(stream, name, segment):
            if isinstance(item, Diagnostic):
                yield JobResult(name, None, item.line, [item], is_job=False)
            else:
                yield self.lint(item)

    def packed_results(
        self, stream: BinaryIO, name: str, segment: Segment | None = None
    ) -> Iterator[tuple]:
        """:meth:`raw_results` as plain tuples, to send to another process."""
        for r in self.raw_results(stream, name, segment):
            diagnostics = [tuple(d) for d in r.diagnostics]
            yield (r.file, r.job_id, r.line, diagnostics, r.is_job, r.anchors)

    def lint(self, entry: Entry) -> JobResult:
        """The XSD diagnostics and per-job lint findings of one entry, sorted
        by position, with the anchors the feed-wide rules will need.

        Must be called while ``entry`` is the reader's current job (positions
        are looked up in the reader's recent input).
        """
        reader = self._reader
        job = entry.job
        found = list(entry.diagnostics)
        # A field the XSD rejected is not judged again by the lint rules.
        rejected = {d.field for d in found if d.field}
        found += self.findings(entry, self.checks, rejected)
        anchors: Anchors = {}
        for name in self._anchor_fields:
            text = job.values.get(name)
            if text is not None and name not in rejected:
                anchors[name] = (text, *reader.locate(name, job.lines.get(name, job.line)))
        found.sort(key=_position)
        return JobResult(reader.name, job.external_id, job.line, found, anchors=anchors)

    def findings(
        self, entry: Entry, rules: Iterable[Rule], rejected: set[str] | None = None
    ) -> list[Diagnostic]:
        """What per-job ``rules`` find in ``entry``, at exact positions,
        leaving out the fields in ``rejected``. Call while ``entry`` is the
        reader's current job."""
        reader, job, ctx = self._reader, entry.job, self._job_ctx
        found = []
        for rule in rules:
            assert rule.check is not None
            for finding in rule.check(job, ctx):
                if rejected and finding.field in rejected:
                    continue
                line = job.lines.get(finding.field, job.line) if finding.field else job.line
                found.append(
                    reader.diagnostic(
                        rule,
                        finding.message,
                        tag=finding.field or "job",
                        line=line,
                        job_id=job.external_id,
                        field=finding.field,
                    )
                )
        return found

    # -- results meet again, in document order ---------------------------

    def _finish(self, results: Iterable[JobResult]) -> Iterator[JobResult]:
        """Apply the feed-wide rules and the settings; count what is reported."""
        for result in results:
            if result.is_job:
                self.tally.jobs += 1
                if result.anchors:
                    result.diagnostics = self._feed_wide(result)
            result.diagnostics = list(self._count(result.diagnostics))
            result.anchors = None
            yield result

    def _feed_wide(self, result: JobResult) -> list[Diagnostic]:
        anchors = result.anchors or {}
        values = {name: text for name, (text, _, _) in anchors.items()}
        job = self._scratch  # feed-wide checks see only these three attributes
        job.values, job.line, job.external_id = values, result.line, values.get("externalid")
        found = result.diagnostics
        added = False
        for rule in self.feed_checks:
            assert rule.check is not None
            for finding in rule.check(job, self._ctx):
                if finding.field not in anchors:
                    continue
                _, line, column = anchors[finding.field]
                found.append(
                    Diagnostic(
                        result.file,
                        line,
                        column,
                        rule.code,
                        rule.name,
                        rule.severity,
                        finding.message,
                        result.job_id,
                        finding.field,
                    )
                )
                added = True
        if added:
            found.sort(key=_position)
        return found

    def _count(self, diagnostics: Iterable[Diagnostic]) -> Iterator[Diagnostic]:
        """The diagnostics that the settings report, with their severity."""
        ignores, severity = self._file_ignores, self.settings.severity
        reported, baseline, add = self.reported, self.baseline, self.tally.add
        for d in diagnostics:
            code = d.code
            if code not in reported or (ignores and any(code.startswith(s) for s in ignores)):
                continue
            if severity and code in severity and severity[code] is not d.severity:
                d = d._replace(severity=severity[code])
            if baseline is not None and baseline.absorbs(d):
                continue
            add(d)
            yield d


def _position(d: Diagnostic) -> tuple[int, int, str]:
    return (d.line or 0, d.column or 0, d.code)


# -- worker processes ----------------------------------------------------------

_WORKER: Validator | None = None


def _init_worker(spec: WorkerSpec) -> None:
    global _WORKER
    _WORKER = Validator(
        spec.engine, spec.schema, rules=[RULES[c] for c in spec.codes], today=spec.today
    )


def _work(unit: Unit) -> UnitOutcome:
    validator = _WORKER
    assert validator is not None
    items = read_unit(unit, validator.packed_results)
    return UnitOutcome(items, usable=not (validator.broken or validator.irregular))


def _is_job(result: JobResult) -> bool:
    return result.is_job
