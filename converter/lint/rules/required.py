"""Fields every consumer needs (a title, a description), and fields Google
requires of a JobPosting (a date, an employer)."""

import re
from collections.abc import Iterator
from html import unescape

from ...model import Job
from ...results import Severity
from .base import Context, Finding, rule, said

_TAGS = re.compile(r"<[^>]*>")
# A character that is text by any reading: outside every tag (after a ">" or
# at the start, before the next "<"), neither blank nor the start of an entity.
_SURE_TEXT = re.compile(r"(?:^|>)[^<&]*?[^\s<&]")
_REMOVED_WITH_CONTENT = re.compile(r"<(?:script|style)", re.IGNORECASE)


def _has_text(job: Job) -> bool:
    """Whether the job's description keeps any text once sanitised for
    publishing. Cheap for the usual description; the model's sanitised text
    (:attr:`Job.description_text`) only where scripts or styles (removed
    with their content) might hold the only text."""
    html = job.description or ""
    if _REMOVED_WITH_CONTENT.search(html) is None and _SURE_TEXT.search(html) is not None:
        return True  # the usual description, in one short scan
    return has_text_thoroughly(job)


def has_text_thoroughly(job: Job) -> bool:
    """:func:`_has_text` without its shortcut (a test proves them equal)."""
    html = job.description or ""
    if not unescape(_TAGS.sub("", html)).strip():
        return False
    lowered = html.lower()
    if "<script" not in lowered and "<style" not in lowered:
        return True
    return bool(job.description_text.strip())


def _blank_but_present(job: Job, name: str) -> bool:
    return name in job.source.raw and job.text(name) is None


@rule("R001", "empty-title", Severity.ERROR)
def empty_title(job: Job, ctx: Context) -> Iterator[Finding]:
    """The job's ``Title`` is empty.

    Google requires a ``title``; a posting without one is not shown. A title
    of markup alone (``<b></b>``) is empty too. (A missing ``<Title>`` element
    is reported by the XSD as S001.)

    Example: ``<Title>  </Title>`` gives ``R001 [error] Title is empty; Google
    requires a job title``.

    Use instead: the job's title, ``<Title>Line Cook</Title>``.
    """
    if _blank_but_present(job, "Title"):
        yield said("{Title} is empty; Google requires a job title", "Title")
    elif "Title" in job.source.raw and job.title is None:
        yield said("{Title} holds only markup, no text; Google requires a job title", "Title")


@rule("R002", "empty-description", Severity.ERROR)
def empty_description(job: Job, ctx: Context) -> Iterator[Finding]:
    """The job's ``Description`` is empty.

    Google requires a ``description``; a posting without one is not shown. A
    description of markup alone (``<p> </p>``, a ``<script>`` that is removed
    before publishing) is empty too. (A missing ``<Description>`` element is
    reported by the XSD as S001.)

    Example: ``<Description><![CDATA[]]></Description>`` gives ``R002 [error]
    Description is empty; Google requires a job description``.

    Use instead: a description of the job,
    ``<Description><![CDATA[<p>Cook lunch for a busy bistro.</p>]]></Description>``.
    """
    if _blank_but_present(job, "Description"):
        yield said("{Description} is empty; Google requires a job description", "Description")
    elif job.description is not None and not _has_text(job):
        yield said(
            "{Description} holds only markup, no text; Google requires a job description",
            "Description",
        )


@rule("R003", "missing-date-posted", Severity.WARNING, targets=("jsonld",))
def missing_date_posted(job: Job, ctx: Context) -> Iterator[Finding]:
    """The job has no ``Postedate``.

    Google requires ``datePosted``, and uses it to rank fresh jobs and drop
    stale ones, so the job is held back from JSON-LD; CSV and HR Open carry
    it without a date. In a board's feed that has no date element (Jobatus)
    the message says so.

    Example: ``<Postedate></Postedate>``, or no element at all, gives ``R003
    [warning] Postedate is missing; Google requires datePosted``.

    Use instead: the day the job was posted, ``<Postedate>2026-05-01</Postedate>``.
    """
    if job.text("Postedate") is None:
        field = "Postedate" if "Postedate" in job.source.raw else None
        yield said("{Postedate} is missing; Google requires datePosted", field, subject="Postedate")


@rule("R004", "missing-hiring-organization", Severity.WARNING, targets=("jsonld",))
def missing_hiring_organization(job: Job, ctx: Context) -> Iterator[Finding]:
    """The job names no employer (``Employername``).

    Google requires ``hiringOrganization.name``, so the job is held back from
    JSON-LD; CSV and HR Open carry it without one (staffing agencies'
    feeds often leave the client unnamed).

    Example: ``<Employername></Employername>``, or no element at all, gives
    ``R004 [warning] Employername is missing; Google requires the hiring
    organisation``.

    Use instead: the employer's name, or the agency's when the client is
    confidential: ``<Employername>The Copper Pan</Employername>``.
    """
    if job.employer.name is None:
        field = "Employername" if "Employername" in job.source.raw else None
        yield said(
            "{Employername} is missing; Google requires the hiring organisation",
            field,
            subject="Employername",
        )
