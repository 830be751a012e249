"""Free vocabulary: job type, experience level, work arrangement."""

from collections.abc import Iterator

from ...model import Job
from ...normalize.vocabulary import employment_parts
from ...results import Severity
from .base import Context, Finding, rule, said


@rule("V001", "unknown-job-type", Severity.WARNING)
def unknown_job_type(job: Job, ctx: Context) -> Iterator[Finding]:
    """``Jobtype`` holds a value jobconv cannot map to Google's employment types.

    ``employmentType`` takes FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY,
    INTERN, VOLUNTEER, PER_DIEM or OTHER; an unknown value is dropped. A value
    may name several, split at commas, slashes, "and" and "or"; each unknown
    part is reported.

    Example: ``<Jobtype>gig</Jobtype>`` gives ``V001 [warning] Jobtype 'gig' is
    not a known job type``.

    Use instead: ``full-time``, ``part-time``, ``contract``, ``temporary``,
    ``internship``, ``volunteer``, ``per diem`` or ``other`` (``Contract``,
    ``freelance``, ``permanent`` and several other languages' words are
    understood too), or several: ``<Jobtype>full-time, contract</Jobtype>``.
    """
    unknown = [part for part, value in employment_parts(job.text("Jobtype")) if value is None]
    if unknown:
        yield said(
            "{Jobtype} {parts} is not a known job type",
            "Jobtype",
            parts=", ".join(map(repr, unknown)),
        )


@rule("V002", "unknown-experience-level", Severity.WARNING)
def unknown_experience_level(job: Job, ctx: Context) -> Iterator[Finding]:
    """``Experiencelevel`` holds a value outside the known levels.

    Known: internship, entry (junior, graduate, associate), mid
    (intermediate), senior (staff, principal: senior individual contributors),
    lead (team lead, head, manager), executive (director, VP, C-level). An
    unknown value is not published as a career level.

    Example: ``<Experiencelevel>ninja</Experiencelevel>`` gives ``V002 [warning]
    Experiencelevel 'ninja' is not a known level``.

    Use instead: one of the known levels, ``<Experiencelevel>senior</Experiencelevel>``.
    """
    text = job.text("Experiencelevel")
    if text is not None and job.experience_level is None:
        yield said("{Experiencelevel} {text!r} is not a known level", "Experiencelevel", text=text)


@rule("V003", "unknown-work-arrangement", Severity.WARNING)
def unknown_work_arrangement(job: Job, ctx: Context) -> Iterator[Finding]:
    """``Workarrangement`` is not remote, hybrid or onsite.

    Only a remote job is published as TELECOMMUTE; an unknown value is
    treated as on-site, which may hide a remote job. Common words for each
    are understood too (``work from home``, ``flexible``, ``in office``).

    Example: ``<Workarrangement>sometimes</Workarrangement>`` gives ``V003
    [warning] Workarrangement 'sometimes' is not remote, hybrid or onsite``.

    Use instead: ``<Workarrangement>hybrid</Workarrangement>`` (or ``remote``,
    ``onsite``).
    """
    text = job.text("Workarrangement")
    if text is not None and job.work_arrangement is None:
        yield said(
            "{Workarrangement} {text!r} is not remote, hybrid or onsite",
            "Workarrangement",
            text=text,
        )
