"""The checks of one job, and the feed-wide pass where jobs meet in order.

Per job (in whichever process reads it): the XSD problems the reader found,
then every selected lint rule over the job model, each finding placed at
the exact line and column of the element it is about. Feed-wide rules (a
repeated ``externalid``) need the jobs before this one, so they run in the
main process, in document order, on the few values the job left behind
(its anchors).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date

from ..feed.mapping import Source
from ..feed.reader import Entry, FeedReader
from ..model import EXPIRES, FIELDS, Job
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
        found = list(entry.diagnostics)
        # A field the XSD rejected is not judged again by the lint rules.
        rejected = {d.field for d in found if d.field}
        found += findings(job, self.rules, self.ctx, reader, rejected)
        anchors: Anchors = {}
        for name in self.anchor_fields:
            text = job.values.get(name)
            if text is not None and job.name(name) not in rejected:
                made = name == "externalid" and job.made_id
                tag = (
                    reader.dialect.job_tag if made else field_tag(job, name, reader.dialect.job_tag)
                )
                where = reader.locate(tag, job.line if made else job.lines.get(name, job.line))
                own = "made id" if made else job.name(name)
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
    for rule in rules:
        assert rule.check is not None
        for finding in rule.check(job, ctx):
            field, message = finding.field, finding.message
            if job.carried is not None:  # another board's dialect: its own names
                said = _FIELD_WORDS.match(message)
                subject = field or (said[1] if said else None)  # "Country is empty..."
                if subject is not None and subject not in job.carried:
                    if not rule.targets:
                        continue  # the board has no place for it: nothing to fix
                    message += f" ({reader.dialect.title} feeds have no element for it)"
                    field = None
                elif field is not None and field not in job.names:
                    field = None  # no such element in this job: said of the job
                message = in_feed_terms(message, job, reader.dialect.source)
            if rejected and field is not None and job.name(field) in rejected:
                continue
            line = job.lines.get(field, job.line) if field else job.line
            found.append(
                reader.diagnostic(
                    rule,
                    message,
                    tag=field_tag(job, field, job_tag) if field else job_tag,
                    line=line,
                    job_id=job.external_id,
                    field=job.name(field) if field else None,
                    severity=finding.severity,
                )
            )
    return found


def field_tag(job: Job, field: str, job_tag: str) -> str:
    """The element whose start tag a finding on ``field`` points at."""
    name = job.name(field)
    return job_tag if name.startswith("@") else name.rsplit("/", 1)[-1]


_FIELD_WORDS = re.compile(r"\b(" + "|".join((*FIELDS, EXPIRES)) + r")\b")


def in_feed_terms(message: str, job: Job, source: Callable[[str], Source | None]) -> str:
    """``message`` with each YubHub element name replaced by the name the
    job's feed gives that field (``Salaryrange`` -> ``salary``)."""

    def name(m: re.Match[str]) -> str:
        field = m[1]
        if field in job.names:
            return job.names[field]
        found = source(field)
        return found.name if found is not None else field

    # Only the rule's own words: a quoted value ('Title Insurance') is the feed's.
    pieces = _QUOTED.split(message)
    return "".join(
        piece if i % 2 else _FIELD_WORDS.sub(name, piece) for i, piece in enumerate(pieces)
    )


_QUOTED = re.compile(r"""('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")""")


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
        job.values, job.line, job.external_id = values, result.line, values.get("externalid")
        added = False
        for rule in self.rules:
            assert rule.check is not None
            for finding in rule.check(job, self._ctx):
                if finding.field not in anchors:
                    continue
                _, line, column, own = anchors[finding.field]
                message = finding.message
                if own != finding.field:  # the feed's name for it
                    message = message.replace(finding.field, own, 1)
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
