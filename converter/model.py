"""The neutral job model: one job of a feed, typed and normalised.

Readers build it, lint rules judge it, writers render it. Nothing here knows
about XML, JSON-LD, HR Open or CSV, nor how the values are read: every value
of the feed (salary, employment type, country...) is normalised once, by
:func:`converter.feed.build.build_job`. Where the values came from (the raw
text of every source element, its line, the feed's own names) sits apart, in
``Job.source`` (:class:`Provenance`): for the reader's and the rules' findings,
not for writers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .normalize.html import plain_text, safe_html
from .normalize.location import Place
from .normalize.salary import Salary, SalaryPeriod
from .normalize.vocabulary import (
    ExperienceLevel,
    WorkArrangement,
)

__all__ = [
    "EXPIRES",
    "FIELDS",
    "TEXT_FIELDS",
    "Employer",
    "ExperienceLevel",
    "Job",
    "Place",
    "Provenance",
    "Salary",
    "SalaryPeriod",
    "WorkArrangement",
]

#: The field for the end of a posting: no YubHub element, but boards have
#: one (Indeed ``expirationdate``, Jooble ``expire``, Jobrapido ``expirydate``).
EXPIRES = "Expires"

#: Elements that hold plain text: HTML found in them is removed (see H001).
TEXT_FIELDS: tuple[str, ...] = (
    "Title",
    "Skills",
    "Category",
    "Industry",
    "Employername",
    "Employerdescription",
    "Location",
)

#: The 21 elements of a YubHub ``<job>``, in the order the feeds write them.
FIELDS: tuple[str, ...] = (
    "externalid",
    "Title",
    "Description",
    "Jobtype",
    "Experiencelevel",
    "Workarrangement",
    "Salaryrange",
    "Skills",
    "Category",
    "Industry",
    "Employername",
    "Employerlogo",
    "Employerdescription",
    "Employerwebsite",
    "Compensationcurrency",
    "Compensationmin",
    "Compensationmax",
    "Applyto",
    "Location",
    "Country",
    "Postedate",
)


@dataclass(frozen=True, slots=True)
class Employer:
    """The hiring organisation."""

    name: str | None = None
    description: str | None = None
    website: str | None = None
    logo: str | None = None


@dataclass(slots=True)
class Provenance:
    """Where a job's values came from: the feed as read, not what it means.

    ``raw`` maps each source element that was present to its text ("" when
    empty), under the model field's name; ``lines`` maps each to libxml2's
    line for it (exact below line 65,535; diagnostics get exact positions
    from the reader); ``line`` is the line of the job's start tag. A job
    read from another board's dialect names its fields as YubHub does;
    ``names`` maps each to the element the feed gave it in (for findings),
    ``carried`` holds the fields its dialect has a place for (None: all, as
    YubHub's), and ``made_id`` tells that the board gave no id and jobconv
    made one.
    """

    raw: dict[str, str] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    line: int | None = None
    names: dict[str, str] = field(default_factory=dict)
    carried: frozenset[str] | None = None
    made_id: bool = False

    def name(self, field_: str) -> str:
        """The feed's own name for model field ``field_`` (``referencenumber``
        for ``externalid`` in an Indeed feed); the field's name in YubHub feeds."""
        return self.names.get(field_, field_)


@dataclass(slots=True)
class Job:
    """One job, independent of any input or output format.

    The neutral values, what writers read: ``values`` holds each source
    element's text stripped, without the blank ones, by model field name
    (:meth:`text`); the other attributes are those values normalised.
    ``description`` is the HTML without the feed vendor's credit paragraph
    (published as :attr:`description_html`); ``place`` splits ``Location``
    into locality and region, with the country when known; ``places`` holds
    one such place per location ``Location`` lists ("Berlin; Paris"), each
    written as ``place_texts`` has it, ``place`` the first.
    ``applicant_countries`` are the ISO codes of where a remote job's
    applicants may live (``Country``, else read from ``Location``).
    ``date_posted`` is the calendar date of ``Postedate`` (for the rules) and
    ``date_posted_iso`` its ISO 8601 text, a date or a date-time as the feed
    gave it (for the writers). Normalised values are ``None`` (or empty) when
    the feed gives nothing usable: nothing is ever invented. URLs are kept
    only when they are absolute http(s) URLs. Plain-text fields
    (:data:`TEXT_FIELDS`) are kept without any HTML markup the feed put in them.

    Provenance, for findings rather than writers: ``source``
    (:class:`Provenance`), the raw texts, their lines and the feed's names.
    """

    values: dict[str, str] = field(default_factory=dict)
    source: Provenance = field(default_factory=Provenance)
    external_id: str | None = None
    title: str | None = None
    description: str | None = None
    employment_types: tuple[str, ...] = ()
    experience_level: ExperienceLevel | None = None
    work_arrangement: WorkArrangement | None = None
    salary_from_fields: Salary | None = None
    salary_from_text: Salary | None = None
    skills: tuple[str, ...] = ()
    category: str | None = None
    industry: str | None = None
    employer: Employer = field(default_factory=Employer)
    apply_url: str | None = None
    location: str | None = None
    country: str | None = None
    place: Place = field(default_factory=Place)
    places: tuple[Place, ...] = ()
    place_texts: tuple[str, ...] = ()
    applicant_countries: tuple[str, ...] = ()
    remote_from_location: bool = False  # no Workarrangement: "Remote - Brazil" in Location told it
    date_posted: date | None = None
    date_posted_iso: str | None = None
    valid_through: date | None = None
    valid_through_iso: str | None = None

    @property
    def salary(self) -> Salary | None:
        """The salary to publish: the structured fields' when they give a usable one,
        else ``Salaryrange``'s; None when neither does (see ``Salary.is_usable``)."""
        for salary in (self.salary_from_fields, self.salary_from_text):
            if salary is not None and salary.is_usable:
                return salary
        return None

    @property
    def description_html(self) -> str | None:
        """The description as every writer publishes it: the allow-listed HTML
        of :func:`~converter.normalize.html.safe_html` (no script, style,
        iframe, attribute or comment; references decoded but ``&amp;``
        ``&lt;`` ``&gt;`` ``&nbsp;``). One definition for every writer; the
        sanitiser caches its last results, for writers that ask twice."""
        return safe_html(self.description)

    @property
    def description_text(self) -> str:
        """The description as plain text, a line per paragraph or item."""
        return plain_text(self.description)

    @property
    def is_remote(self) -> bool:
        return self.work_arrangement is WorkArrangement.REMOTE

    def text(self, name: str) -> str | None:
        """The stripped text of source element ``name``; None if absent or blank."""
        return self.values.get(name)
