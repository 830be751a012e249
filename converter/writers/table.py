"""CSV rows: one row per job, a fixed and documented column order.

Multi-valued fields are joined with ``"; "``. ``description`` is plain text
(the HTML's text, paragraphs and list items on their own lines);
``description_html`` the HTML, sanitised to an allow-list of tags. Cells that
a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``,
``@``, tab or carriage return) get a leading ``'``, as OWASP recommends.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Job


def _salary(job: Job, part: str) -> str:
    """A ``salary_*`` cell: the salary as read, in its own period (``TWO_WEEKS``
    included); an exact figure in both ``salary_min`` and ``salary_max``, an
    open bound ("from", "up to") in its own column only."""
    s = job.salary
    if s is None or not s.is_usable:
        return ""
    value = {"currency": s.currency, "min": s.minimum, "max": s.maximum, "period": s.period}[part]
    return "" if value is None else str(value)


#: Column name -> how to get it from a job, in the default order.
COLUMNS: dict[str, Callable[[Job], str | None]] = {
    "id": lambda j: j.external_id,
    "title": lambda j: j.title,
    "employer": lambda j: j.employer.name,
    "employer_website": lambda j: j.employer.website,
    "employer_logo": lambda j: j.employer.logo,
    "employer_description": lambda j: j.employer.description,
    "employment_types": lambda j: "; ".join(j.employment_types),
    "work_arrangement": lambda j: j.work_arrangement.value if j.work_arrangement else "",
    "experience_level": lambda j: j.experience_level.value if j.experience_level else "",
    "location": lambda j: j.location,
    "locality": lambda j: j.place.locality,
    "region": lambda j: j.place.region,
    "country": lambda j: j.country or j.place.country,
    "salary_currency": lambda j: _salary(j, "currency"),
    "salary_min": lambda j: _salary(j, "min"),
    "salary_max": lambda j: _salary(j, "max"),
    "salary_period": lambda j: _salary(j, "period"),
    "salary_text": lambda j: j.text("Salaryrange"),
    "date_posted": lambda j: j.date_posted.isoformat() if j.date_posted else "",
    "valid_through": lambda j: j.valid_through.isoformat() if j.valid_through else "",
    "apply_url": lambda j: j.apply_url,
    "category": lambda j: j.category,
    "industry": lambda j: j.industry,
    "skills": lambda j: "; ".join(j.skills),
    "description": lambda j: j.description_text,
    "description_html": lambda j: j.description_html,
}

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str | None) -> str:
    """``value`` as a cell no spreadsheet will run as a formula."""
    if not value:
        return ""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def to_row(job: Job, columns: list[str]) -> list[str]:
    """The cells of ``job`` for ``columns`` (names from :data:`COLUMNS`)."""
    return [safe_cell(COLUMNS[name](job)) for name in columns]
