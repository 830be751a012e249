"""The one pipeline every command runs: bytes -> jobs -> checks -> a task.

Feeds are read (serially, or in segments by worker processes) into the job
model; each job is checked against the XSD and the lint rules and, when
converting, rendered for the target (:mod:`.worker`). Back in the main
process and in document order come the feed-wide checks (a repeated id),
then the configuration and the baseline (:mod:`converter.lint.policy`),
then the publishing gate: a job left with an error is held back. What
follows is the task: a report (``validate``) or delivery to an output (each
converter). Because both tasks sit at the end of the same run, the same
feed and configuration give the same findings whatever the command, the
output or ``-j``::

    from converter import Pipeline
    for diagnostic in Pipeline().check_path("feed.xml"):
        print(diagnostic)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from ..codes.document import BREAKING, DOCUMENT_CODES, NOT_A_FEED
from ..feed.detect import date_order, of_path
from ..feed.dialects import AUTO, DialectError, by_name, user_files
from ..feed.engines import Engine, load_engine
from ..feed.segments import MAX_SEGMENT, MIN_SEGMENT
from ..feed.sources import STDIN_NAME
from ..feed.whole import WHOLE_SEGMENT
from ..lint.checks import FeedWide
from ..lint.policy import Policy, holds_back
from ..results import Diagnostic, JobResult, Severity, Tally
from . import worker
from .config import DEFAULT_MAX_AGE, RunConfig
from .mismatch import Mismatch
from .pool import Ordered, cpu_count
from .spool import Spool
from .uncarried import ONCE_PER_FEED, Uncarried
from .units import Unit, unit_size, units
from .worker import Packed, Reading, ReadSpec

if TYPE_CHECKING:
    from distributed import Client

__all__ = ["DEFAULT_MAX_AGE", "STDIN_NAME", "Pipeline", "RunConfig"]


class Pipeline:
    """Read, check and (with a rendering) render feeds, job by job, as
    ``config`` (a :class:`~converter.pipeline.config.RunConfig`) says.

    Keywords are fields of the configuration, changed for this pipeline
    (``Pipeline(today=date(2026, 1, 1), jobs=1)``); ``engine`` may also be
    a loaded :class:`~converter.feed.engines.Engine` (read here, in one
    process), and ``rules`` :class:`~converter.lint.rules.Rule` objects.
    ``progress`` is called with the number of bytes read, as they are read;
    ``cluster``, a ``distributed.Client``, runs the work on its Dask cluster
    instead of ``jobs`` processes (:mod:`.cluster`): the same results.
    ``tally`` counts what the last run reported; ``broken`` names the feeds
    of the last run that broke off (X001, X002), whatever the configuration
    says. Results are the same, in the same order, whatever ``jobs``.
    """

    def __init__(
        self,
        config: RunConfig | None = None,
        *,
        progress: Callable[[int], None] | None = None,
        cluster: Client | None = None,
        **options: Any,
    ) -> None:
        loaded: Engine | None = None
        if options.get("engine") is not None and not isinstance(options["engine"], str):
            loaded = options.pop("engine")
        if options.get("rules") is not None:
            options["rules"] = tuple(r if isinstance(r, str) else r.code for r in options["rules"])
        config = (config or RunConfig()).but(**options) if options else config or RunConfig()
        if config.dialect != AUTO:
            by_name(config.dialect)  # DialectError names the known ones
        if cluster is not None and loaded is not None:
            raise ValueError("a cluster's workers load the engine by name: give it as a string")
        self.config = config
        self.today = config.today
        self.rendering = config.rendering
        self.policy = Policy.of(config.settings, config.judged_for, config.baseline, config.rules)
        self.policy.show_info = config.show_info
        self.tally = Tally()
        self.processes = max(1, config.jobs or cpu_count()) if loaded is None else 1
        self.cluster = cluster
        self.segment_size = config.segment_size
        self.progress = progress
        self.sources = config.sources
        schema = config.schema
        if schema is not None and cluster is not None:
            schema = Path(schema).resolve()  # a cluster's workers do not share this directory
        self.read_spec = ReadSpec(
            config.but(schema=schema, baseline=None),
            tuple(sorted(self.policy.reported)),
            model=config.rendering is not None or not self.policy.reported <= DOCUMENT_CODES,
            user_dialects=user_files(),
        )
        if loaded is None and (config.schema is not None or config.dialect != AUTO):
            xsd = config.schema or by_name(config.dialect).schema_path
            loaded = load_engine(config.engine, xsd)  # fail early
        self._reading = Reading(self.read_spec, loaded)
        self._dialects: dict[str, str] = {}
        self._walked: set[str] = set()
        self._begun: str | None = None  # the feed being read, once counted
        self._feed_wide = FeedWide(self.policy.reported, self.today)
        self._ignores: list[str] = []
        self.broken: list[str] = []
        # O002, S002 once per feed and kind, unless made errors (then each job's holds it).
        severity = self.policy.severity or {}
        once = frozenset(c for c in ONCE_PER_FEED if severity.get(c) is not Severity.ERROR)
        self._uncarried = Uncarried(once) if once else None
        self._mismatch = Mismatch()
        self._feed_ends: list[JobResult] = []
        self._spool = Spool()  # gzip files and URLs copied for -j workers, for one run

    # -- whole runs --------------------------------------------------------

    def results(
        self,
        paths: Iterable[str | Path] | str | Path,
        on_error: Callable[[str, OSError], None] | None = None,
    ) -> Iterator[JobResult]:
        """The results of every feed in ``paths`` (files, folders, URLs; ``-``:
        stdin), in document order: each job, then the feed's diagnostics
        outside its jobs. An unreadable feed raises OSError, or goes to
        ``on_error`` and is skipped; an XML file in a folder that is no job
        feed is a finding (X003). Starts a new ``tally`` at once (not when
        iterated)."""
        self.tally, self.broken = Tally(), []
        self._fresh_feed_ends()
        chosen = [str(paths)] if isinstance(paths, str | Path) else [str(p) for p in paths]
        return self._run(chosen, on_error)

    def _run(
        self, paths: list[str], on_error: Callable[[str, OSError], None] | None
    ) -> Iterator[JobResult]:
        readable = []
        self._walked = set()
        for path, walked in self.sources.expand(paths, self._unreadable(on_error)):
            try:
                found = of_path(path, self.config.dialect) if path != "-" else None
                if found is not None:  # else told from the stream as it is read
                    self._dialects[path] = found.name
            except DialectError as exc:
                if not walked:
                    self._unreadable(on_error)(path, exc)
                    continue
            if walked:
                self._walked.add(path)
            readable.append(path)
        orders = tuple((p, o) for p in readable if p != "-" and (o := date_order(p)))
        if orders != self.read_spec.orders:  # before any worker starts: they read it
            self.read_spec = replace(self.read_spec, orders=orders)
            self._reading.spec = self.read_spec
        if self.processes > 1 and self.cluster is None:
            self._spool.fill(readable, self.sources, self.config.dialect)
            self._dialects.update(self._spool.dialects)
        try:
            for packed in self._in_order(readable, on_error):
                result = self._finish(packed)
                yield from self._ended()
                yield result
        finally:
            self._spool.close()
        self._end_feed()
        yield from self._ended()

    def _unreadable(
        self, on_error: Callable[[str, OSError], None] | None
    ) -> Callable[[str, OSError], None]:
        """``on_error``, counting the unreadable feed (re-raising without one)."""

        def unreadable(path: str, exc: OSError) -> None:
            self.tally.unreadable += 1
            if on_error is None:
                raise exc
            on_error(path, exc)

        return unreadable

    def check_path(self, path: str | Path) -> Iterator[Diagnostic]:
        """The diagnostics of the feed at ``path``; OSError if unreadable."""
        for result in self.results([path]):
            yield from result.diagnostics

    def results_of_stream(self, stream: BinaryIO, name: str) -> Iterator[JobResult]:
        """The results of one feed read from ``stream`` in this process."""
        self.tally, self.broken = Tally(), []
        self._fresh_feed_ends()
        self._begin(name)
        return self._stream_results(stream, name)

    def _stream_results(self, stream: BinaryIO, name: str) -> Iterator[JobResult]:
        for packed in self._read(stream, name):
            result = self._finish(packed)
            yield from self._ended()
            yield result
        self._end_feed()
        yield from self._ended()

    def check_stream(self, stream: BinaryIO, name: str) -> Iterator[Diagnostic]:
        """The diagnostics of one feed read from ``stream``."""
        for result in self.results_of_stream(stream, name):
            yield from result.diagnostics

    # -- in the main process, in document order ------------------------------

    def _begin(self, name: str) -> None:
        self._end_feed()
        self.tally.files += 1
        self._begun = name
        self._ignores = self.policy.ignored_in(name)
        self._feed_wide.begin()

    def _end_feed(self) -> None:
        """The findings told at the end of the feed read until now (O002,
        S002, S003)."""
        found = self._uncarried.flush() if self._uncarried is not None else []
        name = self._begun
        mismatch = self._mismatch.end(name, self.tally.read_as.get(name or ""))
        if mismatch is not None:
            found = sorted([*found, mismatch], key=lambda d: (d.line or 0, d.column or 0))
        if found:
            kept = list(self.policy.apply(found, self._ignores, self.tally))
            if kept:
                self._feed_ends.append(JobResult(kept[0].file, None, kept[0].line, kept, False))

    def _fresh_feed_ends(self) -> None:
        """Nothing left of an earlier run that stopped part-way."""
        if self._uncarried is not None:
            self._uncarried.flush()
        self._mismatch.begin()
        self._feed_ends = []

    def _ended(self) -> Iterator[JobResult]:
        while self._feed_ends:
            yield self._feed_ends.pop(0)

    def _finish(self, packed: Packed) -> JobResult:
        """Feed-wide checks, the policy and the gate, on one job's result."""
        file, job_id, line, found, is_job, anchors, text = packed
        diagnostics = [Diagnostic._make(d) for d in found] if found else []
        if diagnostics and is_job and self._uncarried is not None:
            diagnostics = self._uncarried.take(diagnostics)
        result = JobResult(file, job_id, line, diagnostics, is_job, anchors or None, text)
        if is_job:
            self.tally.jobs += 1
            self._mismatch.job(diagnostics)
            if anchors:
                self._feed_wide.run(result)
        elif any(d.code in BREAKING for d in diagnostics):
            self.broken.append(file)
            self._end_feed()  # what is said once per feed comes before the break: nothing after it
        if result.diagnostics:  # a clean job (most of them) has nothing to weigh
            result.diagnostics = list(
                self.policy.apply(result.diagnostics, self._ignores, self.tally)
            )
            if is_job and holds_back(result.diagnostics):
                result.held = True
                self.tally.held += 1
        return result

    def _read(
        self, stream: BinaryIO, name: str, skip: int = 0, dialect: str | None = None
    ) -> Iterator[Packed]:
        self._reading.progress = self.progress
        chosen = by_name(dialect) if dialect else None  # None: told from the stream
        self._reading.told = None
        for packed in self._reading.packed(stream, name, None, chosen):
            self._read_as(name, self._reading.told)
            if skip and packed.is_job:
                skip -= 1
                continue
            yield packed
        self._read_as(name, self._reading.told)

    def _read_as(self, name: str, dialect: str | None) -> None:
        """Remember the dialect feed ``name`` is read in, for the summary."""
        if dialect is not None and name not in self.tally.read_as:
            self.tally.read_as[name] = dialect

    def _serial(self, path: str, skip: int | None = None) -> Iterator[Packed]:
        """Read ``path`` here; again, leaving out its first ``skip`` jobs, if given."""
        name = self.sources.stdin_name if path == "-" else path
        spooled = path in self._spool.paths
        with self._spool.opened(path) if spooled else self.sources.opened(path) as stream:
            if skip is None:
                self._begin(name)
            try:
                yield from self._read(stream, name, skip or 0, self._dialects.get(path))
            except DialectError as exc:
                if path not in self._walked:
                    raise
                yield self._not_a_feed(name, exc)

    def _not_a_feed(self, name: str, exc: DialectError) -> Packed:
        """The finding for an XML file in a folder that no dialect fits."""
        rule = NOT_A_FEED
        found = Diagnostic(
            name,
            1,
            1,
            rule.code,
            rule.name,
            rule.severity,
            f"not a job feed, skipped: {exc.strerror or exc}",
            None,
            None,
        )
        return Packed(name, None, 1, [tuple(found)], False, None, None)

    def _in_order(
        self, paths: list[str], on_error: Callable[[str, OSError], None] | None
    ) -> Iterator[Packed]:
        """Packed results of every feed, in order, from workers or read here.

        A segment that broke or was irregular makes its feed be read again
        here, leaving out the jobs already handed on, so the results are
        always those of a serial read. A first segment's feed-level items
        wait for the end of the feed, where a serial read gives them."""
        redone: str | None = None  # a feed read again here: its other segments are dropped
        emitted = 0
        waiting: list[Packed] = []
        # A converter's results are as large as its input: smaller segments wait.
        # An XSD-only run parses a segment into one tree: one that fits in the
        # CPU's cache parses and validates faster.
        if not self.read_spec.model:
            largest = WHOLE_SEGMENT
        else:
            largest = MIN_SEGMENT if self.rendering is not None else MAX_SEGMENT
        if self.cluster is None:
            ordered: Ordered[Unit] = Ordered(
                self.processes, worker.work, _remote, worker.start, (self.read_spec,)
            )
            plan = units(
                paths, self.processes, self.segment_size, self._dialects, largest, self._spool.paths
            )
            run = ordered.run(plan)
        else:
            from .cluster import Clustered, cluster_units

            plan = cluster_units(
                self.cluster, paths, self.read_spec, self.segment_size, self._dialects, largest
            )
            run = Clustered(self.cluster, self.read_spec).run(plan)
        for unit, outcome in run:
            try:
                if outcome is None:
                    yield from self._serial(unit.path)
                    continue
                if self.progress is not None:
                    self.progress(unit_size(unit))
                if unit.segment is None:  # a small feed, read whole by a worker
                    self._begin(unit.path)
                    self._read_as(unit.path, outcome.dialect or unit.dialect)
                    yield from outcome.items
                    if isinstance(outcome.error, DialectError) and unit.path in self._walked:
                        yield self._not_a_feed(unit.path, outcome.error)  # X003, as _serial
                    elif outcome.error is not None:
                        raise outcome.error
                    continue
                if unit.segment.is_first:
                    self._begin(unit.path)
                    self._read_as(unit.path, unit.dialect)
                    redone, emitted, waiting = None, 0, []
                if redone == unit.path:
                    continue
                if outcome.error is not None:
                    yield from (p for p in outcome.items if p.is_job)
                    raise outcome.error
                if not outcome.usable:
                    redone = unit.path
                    yield from self._serial(unit.path, emitted)
                    continue
                for packed in outcome.items:
                    if packed.is_job:
                        emitted += 1
                        yield packed
                    else:
                        waiting.append(packed)
                if unit.segment.is_last:
                    yield from waiting
            except OSError as exc:
                # Unreadable, at its opening or part-way (a broken download):
                # counted as such, not as a file read.
                name = self.sources.stdin_name if unit.path == "-" else unit.path
                redone = unit.path  # its other segments: the feed ended here
                if self._begun == name:
                    self.tally.files -= 1
                self._begun = None
                self._unreadable(on_error)(name, exc)


def _remote(unit: Unit) -> bool:
    return unit.remote
