"""The checks of one job, and the feed-wide pass where jobs meet in order.

Per job (in whichever process reads it): the XSD problems the reader found,
then every selected lint rule over the job model, each finding placed at
the exact line and column of the element it is about. Feed-wide rules (a
repeated ``externalid``) need the jobs before this one, so they run in the
main process, in document order, on the few values the job left behind
(its anchors).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from ..feed.mapping import Source
from ..feed.reader import Entry, FeedReader
from ..model import Job
from ..results import Anchors, Diagnostic, JobResult
from .rules import RULES, Context, Rule


def position_key(d: Diagnostic) -> tuple[int, int, str]:
    """Sorts diagnostics as a reader meets them: line, column, code."""
    return (d.line or 0, d.column or 0, d.code)


class JobChecks:
    """The per-job rules among ``codes``, and what feed-wide rules need kept."""

    def __init__(
        self,
        codes: Iterable[str],
        today: date,
        valid_for: int | None = None,
        max_age: int | None = None,
    ) -> None:
        chosen = [RULES[c] for c in sorted(set(codes)) if RULES[c].check is not None]
        self.rules = [r for r in chosen if not r.feed_wide]
        self.anchor_fields = sorted({f for r in chosen if r.feed_wide for f in r.feed_fields})
        self.ctx = Context(today=today, valid_for=valid_for, max_age=max_age)

    def run(self, entry: Entry, reader: FeedReader) -> tuple[list[Diagnostic], Anchors]:
        """The XSD diagnostics and lint findings of ``entry``, sorted by
        position, and its anchors. Call while ``entry`` is the reader's
        current job: positions are found in the reader's recent input."""
        job = entry.job
        source = job.source
        found = list(entry.diagnostics)
        # A field the XSD rejected is not judged again by the lint rules.
        rejected = {d.field for d in found if d.field}
        found += findings(job, self.rules, self.ctx, reader, rejected)
        anchors: Anchors = {}
        for name in self.anchor_fields:
            text = job.values.get(name)
            if text is not None and source.name(name) not in rejected:
                made = name == "externalid" and source.made_id
                tag = (
                    reader.dialect.job_tag if made else field_tag(job, name, reader.dialect.job_tag)
                )
                where = reader.locate(
                    tag, source.line if made else source.lines.get(name, source.line)
                )
                own = "made id" if made else source.name(name)
                anchors[name] = (text, *where, own)
        found.sort(key=position_key)
        return found, anchors


def findings(
    job: Job,
    rules: Iterable[Rule],
    ctx: Context,
    reader: FeedReader,
    rejected: set[str] | None = None,
) -> list[Diagnostic]:
    """What ``rules`` find in ``job``, at exact positions, leaving out the
    fields in ``rejected``."""
    found = []
    job_tag = reader.dialect.job_tag
    source = job.source
    for rule in rules:
        assert rule.check is not None
        for finding in rule.check(job, ctx):
            field, lacking = finding.field, ""
            if source.carried is None:  # a YubHub feed: YubHub's names
                message = finding.render()
            else:  # another board's dialect: its own names
                subject = finding.subject  # "Country is empty" of a job without one
                if subject is not None and subject not in source.carried:
                    if not rule.targets:
                        continue  # the board has no place for it: nothing to fix
                    lacking = f" ({reader.dialect.title} feeds have no element for it)"
                    field = None
                elif field is not None and field not in source.names:
                    field = None  # no such element in this job: said of the job
                message = finding.render(own_names(job, reader.dialect.source)) + lacking
            if rejected and field is not None and source.name(field) in rejected:
                continue
            line = source.lines.get(field, source.line) if field else source.line
            found.append(
                reader.diagnostic(
                    rule,
                    message,
                    tag=field_tag(job, field, job_tag) if field else job_tag,
                    line=line,
                    job_id=job.external_id,
                    field=source.name(field) if field else None,
                    severity=finding.severity,
                )
            )
    return found


def field_tag(job: Job, field: str, job_tag: str) -> str:
    """The element whose start tag a finding on ``field`` points at."""
    name = job.source.name(field)
    return job_tag if name.startswith("@") else name.rsplit("/", 1)[-1]


def own_names(job: Job, source: Callable[[str], Source | None]) -> Callable[[str], str]:
    """How ``job``'s feed names each field, for filling a finding's template:
    the element the job gave it in, else the first its dialect reads it from
    (``salary`` for ``Salaryrange`` in an Indeed feed), else YubHub's name."""

    def name(field: str) -> str:
        if field in job.source.names:
            return job.source.names[field]
        found = source(field)
        return found.name if found is not None else field

    return name


def _anchor_named(field: str, own: str) -> Callable[[str], str]:
    """Names for a feed-wide finding: its anchor's field as the feed named it
    (``referencenumber``, ``made id`` when jobconv made the id), YubHub's otherwise."""
    return lambda name: own if name == field else name


class FeedWide:
    """The feed-wide rules among ``codes``, run on results in document order.

    ``begin`` at the start of each feed forgets what the last feed held."""

    def __init__(self, codes: Iterable[str], today: date) -> None:
        self.rules = [RULES[c] for c in sorted(set(codes)) if RULES[c].check and RULES[c].feed_wide]
        self.today = today
        self._ctx = Context(today=today)
        self._scratch = Job()

    def begin(self) -> None:
        self._ctx = Context(today=self.today)  # the ids seen so far

    def run(self, result: JobResult) -> None:
        """Add the feed-wide findings to ``result``; drop its anchors."""
        anchors, result.anchors = result.anchors, None
        if not anchors or not self.rules:
            return
        values = {name: text for name, (text, _, _, _) in anchors.items()}
        job = self._scratch  # feed-wide checks see only these attributes
        job.values, job.source.line, job.external_id = values, result.line, values.get("externalid")
        added = False
        for rule in self.rules:
            assert rule.check is not None
            for finding in rule.check(job, self._ctx):
                field = finding.field
                if field is None or field not in anchors:
                    continue
                _, line, column, own = anchors[field]
                message = finding.render(_anchor_named(field, own))
                result.diagnostics.append(
                    Diagnostic(
                        result.file,
                        line,
                        column,
                        rule.code,
                        rule.name,
                        rule.severity,
                        message,
                        result.job_id,
                        None if own == "made id" else own,
                    )
                )
                added = True
        if added:
            result.diagnostics.sort(key=position_key)
