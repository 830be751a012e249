"""HR Open Standards (HR-JSON 4.x) PositionOpening.

One PositionOpening per job, with one position profile. Code lists are
closed enums, spelt exactly as HR Open spells them.
"""

from __future__ import annotations

import re
from datetime import date

from ..model import Job, Salary, SalaryPeriod, WorkArrangement
from ..normalize.dates import is_instant
from .common import compact, number

#: How the employer's logo is named among the position profile's attachments.
LOGO = "Employer logo"

_SCHEDULE = {"FULL_TIME": "FullTime", "PART_TIME": "PartTime"}
_OFFERING = {
    "CONTRACTOR": "Contract",
    "TEMPORARY": "Temporary",
    "INTERN": "Internship",
    "VOLUNTEER": "Volunteer",
}
_INTERVAL = {
    "HOUR": "Hour",
    "DAY": "Day",
    "WEEK": "Week",
    "TWO_WEEKS": "TwoWeeks",
    "MONTH": "Month",
    "YEAR": "Year",
}
_LEVEL = {
    "internship": "Internship",
    "entry": "Entry Level",
    "mid": "Mid-Career",
    "senior": "Senior",
    "lead": "Lead",
    "executive": "Executive",
}


#: Salaryrange words that make salaried pay SalariedPlusCommission / SalariedPlusBonus.
_COMMISSION = re.compile(r"commission|provision|comisi[oó]n|commissione|\bOTE\b", re.I)
_BONUS = re.compile(r"bonus|prime|prämie|bono|premio|gratifica", re.I)


def _amount(value, currency):
    return None if value is None else {"value": number(value), "currency": currency}


def _basis(salary: Salary, text: str | None) -> str | None:
    """RemunerationBasisCode: Hourly for hourly pay, Salaried for weekly to yearly
    pay (PlusCommission, PlusBonus when Salaryrange says so); none for day rates."""
    if salary.period is SalaryPeriod.HOUR:
        return "Hourly"
    if salary.period is SalaryPeriod.DAY:
        return None
    if text and _COMMISSION.search(text):
        return "SalariedPlusCommission"
    if text and _BONUS.search(text):
        return "SalariedPlusBonus"
    return "Salaried"


def _remuneration(job: Job) -> dict | None:
    """The package: one BasePay range (an exact figure as ``referenceAmount``,
    else only the bounds given) and ``Salaryrange`` as written in
    ``descriptions``, figure or not ("Competitive", "plus bonus")."""
    salary, text = job.salary, job.text("Salaryrange")
    band = None
    if salary is not None and salary.is_usable and salary.period is not None:
        exact = salary.is_exact
        band = compact(
            {
                "typeCode": "BasePay",
                "referenceAmount": _amount(salary.minimum, salary.currency) if exact else None,
                "minimumAmount": None if exact else _amount(salary.minimum, salary.currency),
                "maximumAmount": None if exact else _amount(salary.maximum, salary.currency),
                "intervalCode": _INTERVAL[salary.period.value],
            }
        )
    package = compact(
        {
            "basisCode": _basis(salary, text) if band and salary else None,
            "ranges": [band] if band else None,
            "descriptions": [text] if text else None,
        }
    )
    return package or None


def _location(job: Job) -> list[dict]:
    """``positionLocation``: an entry per location ``Location`` lists."""
    entries = (
        compact(
            {
                "city": place.locality,
                "countryCode": place.country,
                "countrySubDivisions": [{"type": "Region", "value": place.region}]
                if place.region
                else None,
                "formattedAddress": text,
            }
        )
        for place, text in zip(job.places, (*job.place_texts, None), strict=False)
    )
    return [entry for entry in entries if entry]


def _organization(job: Job) -> list[dict]:
    org = job.employer
    entry = compact(
        {
            "name": org.name,
            "description": {"value": org.description} if org.description else None,
            "domainName": org.website,
            # OrganizationType's industry (industryCodes is deprecated for it);
            # the feed's Industry is a label of its own taxonomy, not a NAICS code.
            "industryIdentifiers": [{"value": job.industry}] if job.industry else None,
        }
    )
    return [entry] if entry else []


#: What ``remoteWork.restrictionDetails`` says of a hybrid job.
HYBRID_DETAILS = "Hybrid: part of the work is done at the position location"


def _remote_work(job: Job) -> dict | None:
    """Remote work available: true for remote and hybrid jobs. RemoteWorkType
    has no hybrid code; its way to say a restriction the codes do not name
    is ``Other`` with ``restrictionDetails``."""
    arrangement = job.work_arrangement
    if arrangement is None:
        return None
    if arrangement is WorkArrangement.HYBRID:
        return {
            "remoteWorkIndicator": True,
            "restrictionCodes": ["Other"],
            "restrictionDetails": HYBRID_DETAILS,
        }
    return {"remoteWorkIndicator": arrangement is WorkArrangement.REMOTE}


def _when(iso: str | None, day: date | None) -> str | None:
    """The date-time when the feed gave one with its zone (an RFC 3339
    date-time, as FormattedDateTimeType takes it), else the date."""
    if iso is None or day is None:
        return None
    return iso if is_instant(iso) else day.isoformat()


def _posting(job: Job) -> list[dict]:
    """PostingInstructionType: ``start`` the posting date, ``end`` its last day
    (a board's expiry date, or ``--valid-for``), as ``validThrough`` in JSON-LD."""
    entry = compact(
        {
            "start": _when(job.date_posted_iso, job.date_posted),
            "end": _when(job.valid_through_iso, job.valid_through),
            "applicationMethods": [{"applicationUri": {"url": job.apply_url}}]
            if job.apply_url
            else None,
        }
    )
    return [entry] if entry else []


def to_hropen(job: Job) -> dict:
    """One PositionOpening object for ``job``."""
    types = job.employment_types
    profile = compact(
        {
            "positionTitle": job.title,
            "positionFormattedDescriptions": [{"content": job.description_html}]
            if job.description
            else None,
            "positionOrganizations": _organization(job),
            "positionLocation": _location(job),
            "remoteWork": _remote_work(job),
            "offeredRemunerationPackage": _remuneration(job),
            "positionScheduleTypeCodes": [_SCHEDULE[t] for t in types if t in _SCHEDULE],
            "positionOfferingTypes": [_OFFERING[t] for t in types if t in _OFFERING],
            "postingInstructions": _posting(job),
            "positionQualifications": [
                {"positionCompetencies": [{"competencyName": s} for s in job.skills]}
            ]
            if job.skills
            else None,
            "jobCategories": [{"name": job.category}] if job.category else None,
            "careerLevels": [{"name": _LEVEL[job.experience_level]}]
            if job.experience_level
            else None,
            # OrganizationType has no logo; the profile's attachments take a URL.
            "attachments": [{"url": job.employer.logo, "descriptions": [LOGO]}]
            if job.employer.logo
            else None,
        }
    )
    return compact(
        {
            "documentId": {"value": job.external_id} if job.external_id else None,
            "positionProfiles": [profile],
        }
    )
