"""The checks of one job, and the feed-wide pass where jobs meet in order.

Per job (in whichever process reads it): the XSD problems the reader found,
then every selected lint rule over the job model, each finding placed at
the exact line and column of the element it is about. Feed-wide rules (a
repeated ``externalid``) need the jobs before this one, so they run in the
main process, in document order, on the few values the job left behind
(its anchors).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from ..feed.reader import Entry, FeedReader
from ..model import Job
from ..results import Anchors, Diagnostic, JobResult
from .rules import RULES, Context, Rule


def position_key(d: Diagnostic) -> tuple[int, int, str]:
    """Sorts diagnostics as a reader meets them: line, column, code."""
    return (d.line or 0, d.column or 0, d.code)


class JobChecks:
    """The per-job rules among ``codes``, and what feed-wide rules need kept."""

    def __init__(self, codes: Iterable[str], today: date) -> None:
        chosen = [RULES[c] for c in sorted(set(codes)) if RULES[c].check is not None]
        self.rules = [r for r in chosen if not r.feed_wide]
        self.anchor_fields = sorted({f for r in chosen if r.feed_wide for f in r.feed_fields})
        self.ctx = Context(today=today)

    def run(self, entry: Entry, reader: FeedReader) -> tuple[list[Diagnostic], Anchors]:
        """The XSD diagnostics and lint findings of ``entry``, sorted by
        position, and its anchors. Call while ``entry`` is the reader's
        current job: positions are found in the reader's recent input."""
        job = entry.job
        found = list(entry.diagnostics)
        # A field the XSD rejected is not judged again by the lint rules.
        rejected = {d.field for d in found if d.field}
        found += findings(job, self.rules, self.ctx, reader, rejected)
        anchors: Anchors = {}
        for name in self.anchor_fields:
            text = job.values.get(name)
            if text is not None and name not in rejected:
                anchors[name] = (text, *reader.locate(name, job.lines.get(name, job.line)))
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
        values = {name: text for name, (text, _, _) in anchors.items()}
        job = self._scratch  # feed-wide checks see only these three attributes
        job.values, job.line, job.external_id = values, result.line, values.get("externalid")
        added = False
        for rule in self.rules:
            assert rule.check is not None
            for finding in rule.check(job, self._ctx):
                if finding.field not in anchors:
                    continue
                _, line, column = anchors[finding.field]
                result.diagnostics.append(
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
            result.diagnostics.sort(key=position_key)
