"""HR Open Standards (HR-JSON 4.x) PositionOpening.

One PositionOpening per job, with one position profile. Code lists are
closed enums, spelt exactly as HR Open spells them.
"""

from __future__ import annotations

from ..model import Job
from ..normalize.html import safe_html
from .common import compact, number

_SCHEDULE = {"FULL_TIME": "FullTime", "PART_TIME": "PartTime"}
_OFFERING = {
    "CONTRACTOR": "Contract",
    "TEMPORARY": "Temporary",
    "INTERN": "Internship",
    "VOLUNTEER": "Volunteer",
}
_INTERVAL = {"HOUR": "Hour", "DAY": "Day", "WEEK": "Week", "MONTH": "Month", "YEAR": "Year"}
_LEVEL = {
    "internship": "Internship",
    "entry": "Entry Level",
    "mid": "Mid-Career",
    "senior": "Senior",
    "lead": "Lead",
    "executive": "Executive",
}


def _amount(value, currency):
    return None if value is None else {"value": number(value), "currency": currency}


def _remuneration(job: Job) -> dict | None:
    salary = job.salary
    if salary is None or not salary.is_usable:
        return None
    band = compact(
        {
            "typeCode": "BasePay",
            "minimumAmount": _amount(salary.minimum, salary.currency),
            "maximumAmount": _amount(salary.maximum, salary.currency),
            "intervalCode": _INTERVAL.get(salary.period.value) if salary.period else None,
        }
    )
    return {"ranges": [band]}


def _location(job: Job) -> list[dict]:
    place = job.place
    entry = compact(
        {
            "city": place.locality,
            "countryCode": place.country,
            "countrySubDivisions": [{"type": "Region", "value": place.region}]
            if place.region
            else None,
            "formattedAddress": job.location,
        }
    )
    return [entry] if entry else []


def _organization(job: Job) -> list[dict]:
    org = job.employer
    entry = compact(
        {
            "name": org.name,
            "description": {"value": org.description} if org.description else None,
            "domainName": org.website,
        }
    )
    return [entry] if entry else []


def _posting(job: Job) -> list[dict]:
    entry = compact(
        {
            "start": job.date_posted.isoformat() if job.date_posted else None,
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
            "positionFormattedDescriptions": [{"content": safe_html(job.description)}]
            if job.description
            else None,
            "positionOrganizations": _organization(job),
            "positionLocation": _location(job),
            "remoteWork": {"remoteWorkIndicator": job.is_remote}
            if job.work_arrangement is not None
            else None,
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
        }
    )
    return compact(
        {
            "documentId": {"value": job.external_id} if job.external_id else None,
            "positionProfiles": [profile],
        }
    )
