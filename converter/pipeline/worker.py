"""One feed, or one segment of it, read, checked and rendered.

This is the part of the pipeline that runs wherever the bytes are read:
here for a serial read, or in a worker process for ``-j``. For each job it
gives the XSD problems and lint findings (before the configuration filters
them, which happens in the main process), the anchors the feed-wide rules
need, and, when converting, the job rendered for the target. Results leave
as plain tuples, which pickle fastest.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO, NamedTuple

from ..codes.document import NOT_CARRIED, OUTPUT_CHECK
from ..expiry import with_valid_for
from ..feed.detect import Peeked, of_head
from ..feed.dialects import AUTO, DEFAULT, Dialect, by_name, use_dialects
from ..feed.engines import Engine, load_engine
from ..feed.ranges import opened_range
from ..feed.reader import FeedReader
from ..feed.segments import Segment, SegmentStream
from ..feed.sources import Sources
from ..feed.whole import clean_jobs
from ..lint.checks import JobChecks, field_tag, own_names, position_key
from ..lint.rules import Finding
from ..results import Diagnostic, FeedError
from .config import RunConfig
from .units import Unit, UnitOutcome


class Packed(NamedTuple):
    """A job's result (or a finding of the document outside its jobs) as it
    crosses from a worker to the main process. ``found`` holds each
    diagnostic as a plain tuple (:class:`~converter.results.Diagnostic`'s
    fields, the cheapest to pickle); ``anchors`` the values the feed-wide
    checks need; ``text`` the job rendered (a writer's text, or a task's
    typed value such as the report's profile)."""

    file: str
    job_id: str | None
    line: int | None
    found: list[tuple]
    is_job: bool
    anchors: dict | None
    text: Any


@dataclass(frozen=True, slots=True)
class ReadSpec:
    """What reading needs, as a worker process is given it: the run's
    configuration whole, and what the main process settled from it."""

    config: RunConfig
    codes: tuple[str, ...]  # the codes reported
    model: bool = True  # False: no selected rule reads the job model (only XSD and XML codes)
    user_dialects: tuple[str, ...] = ()  # dialect files of a user's, read again where workers run
    orders: tuple[tuple[str, str], ...] = ()  # (feed, "dmy" | "mdy"): how its NN/NN/YYYY dates go

    @property
    def schema_for(self) -> str:
        """The dialect ``schema`` replaces the XSD of: the one chosen, else YubHub."""
        dialect = self.config.dialect
        return DEFAULT if dialect == AUTO else dialect


class Reading:
    """Reads feeds as ``spec`` says. ``usable`` tells, after a read, whether
    a segment's results stand (False: the feed broke, or the segment's
    skeleton needs a serial read to be judged)."""

    def __init__(self, spec: ReadSpec, engine: Engine | None = None) -> None:
        if spec.user_dialects:
            use_dialects(spec.user_dialects)
        self.spec = spec
        self._engines: dict[str, Engine] = {}
        if engine is not None:
            self._engines[spec.schema_for] = engine
        config = spec.config
        self.checks = JobChecks(spec.codes, config.today, config.valid_for, config.max_age or None)
        self.render = config.rendering.renderer() if config.rendering else None
        self.usable = True
        self.progress: Callable[[int], None] | None = None  # told of the bytes read
        self.told: str | None = None  # the dialect the last feed was read in

    def engine(self, dialect: Dialect) -> Engine:
        """The XSD engine for ``dialect``, compiled on first use."""
        engine = self._engines.get(dialect.name)
        if engine is None:
            config = self.spec.config
            mine = dialect.name == self.spec.schema_for and config.schema is not None
            schema = config.schema if mine else dialect.schema_path
            engine = self._engines[dialect.name] = load_engine(config.engine, schema)
        return engine

    def packed(
        self,
        stream: BinaryIO,
        name: str,
        segment: Segment | None = None,
        dialect: Dialect | None = None,
    ) -> Iterator[Packed]:
        """Every job of the feed (or segment) in ``stream``, then the
        diagnostics of the document outside its jobs. Without ``dialect``,
        the feed's opening tells it (DialectError when none fits)."""
        if dialect is None and self.spec.config.dialect != AUTO:
            dialect = by_name(self.spec.config.dialect)  # no wait for a pipe's opening
        if dialect is None:
            peeked = Peeked(stream)
            dialect = of_head(peeked.head, name, self.spec.config.dialect)
            stream = peeked  # type: ignore[assignment]
        self.told = dialect.name
        reader = FeedReader(
            stream,
            name,
            self.engine(dialect),
            segment=segment,
            progress=self.progress,
            dialect=dialect,
            model=self.spec.model,
            order=dict(self.spec.orders).get(name),
            strict=self.spec.config.settings.strict_yubhub,
        )
        self.usable = True
        valid_for = self.spec.config.valid_for
        try:
            for entry in reader:
                diagnostics, anchors = self.checks.run(entry, reader)
                text = None
                if self.render is not None:
                    text, problem, dropped = self.render(with_valid_for(entry.job, valid_for))
                    job = entry.job
                    if problem:
                        diagnostics.append(
                            reader.diagnostic(
                                OUTPUT_CHECK,
                                problem,
                                tag=reader.dialect.job_tag,
                                line=job.source.line,
                                job_id=job.external_id,
                            )
                        )
                    for field, template, values in dropped:
                        if NOT_CARRIED.code in self.spec.codes:
                            said = Finding(template, field, values=values)
                            diagnostics.append(
                                reader.diagnostic(
                                    NOT_CARRIED,
                                    said.render(own_names(job, reader.dialect.source)),
                                    tag=field_tag(job, field, reader.dialect.job_tag),
                                    line=job.source.lines.get(field, job.source.line),
                                    job_id=job.external_id,
                                    field=job.source.name(field),
                                )
                            )
                    if problem or dropped:
                        diagnostics.sort(key=position_key)
                found = [tuple(d) for d in diagnostics]
                job = entry.job
                yield Packed(name, job.external_id, job.source.line, found, True, anchors, text)
        except FeedError as exc:
            self.usable = False
            yield _feed_item(exc.diagnostic)
            return
        self.usable = not reader.irregular
        for d in reader.feed_diagnostics:
            yield _feed_item(d)

    def unit(self, unit: Unit) -> UnitOutcome:
        """One unit read here: a feed whole, or a segment of one, from
        wherever it lies (:mod:`converter.feed.ranges`)."""
        sources, segment = self.spec.config.sources, unit.segment
        dialect = by_name(unit.dialect) if unit.dialect else None
        self.told = None
        items: list[Packed] = []
        try:
            if not self.spec.model and dialect is not None:
                # XSD-only: the segment as one document, when all is valid.
                with _raw(unit, sources) as raw:
                    clean = clean_jobs(raw, unit.path, segment, dialect, self.engine(dialect))
                if clean is not None:
                    name = unit.path
                    items = [Packed(name, i, line, [], True, {}, None) for i, line in clean]
                    return UnitOutcome(items, dialect=dialect.name)
            with _raw(unit, sources) as raw:
                stream = raw if segment is None else SegmentStream(segment, raw)
                items.extend(self.packed(stream, unit.path, segment, dialect))
        except OSError as exc:  # the main process gives what came first, then the error
            if unit.where is not None and exc.filename == unit.where:
                exc.filename = unit.path  # the name it was given, as a local read says
            return UnitOutcome(items, usable=False, error=exc, dialect=self.told)
        return UnitOutcome(items, usable=self.usable, dialect=self.told)


def _feed_item(d: Diagnostic) -> Packed:
    return Packed(d.file, None, d.line, [tuple(d)], False, None, None)


# -- in a worker process ---------------------------------------------------------

_READING: Reading | None = None


def start(spec: ReadSpec) -> None:
    """Set up a worker process: compile the XSD and the renderer once."""
    global _READING
    _READING = Reading(spec)


def work(unit: Unit) -> UnitOutcome:
    """Read one unit in a worker process set up by :func:`start`."""
    assert _READING is not None
    return _READING.unit(unit)


def _raw(unit: Unit, sources: Sources) -> contextlib.AbstractContextManager[BinaryIO]:
    """The unit's own bytes: its segment's byte range, or the feed whole
    (decompressed, fetched)."""
    where = unit.where or unit.path
    if unit.segment is None:
        return sources.opened(where)
    return opened_range(where, unit.segment.start, unit.segment.end, sources, unit.size)
