"""schema.org JobPosting JSON-LD, as Google's job search reads it.

Every key is a schema.org term. Required by Google: title, description,
datePosted, hiringOrganization, and jobLocation unless the job is fully
remote. Nothing is invented: no figure, no ``baseSalary``; no country, no
``addressCountry``. Only a remote job is TELECOMMUTE.
"""

from __future__ import annotations

from ..model import Job
from ..normalize.html import safe_html
from .common import compact, number

CONTEXT = "https://schema.org"

_LEVEL_TEXT = {
    "internship": "Internship",
    "entry": "Entry level",
    "mid": "Mid level",
    "senior": "Senior level",
    "lead": "Lead level",
    "executive": "Executive level",
}


def _organization(job: Job) -> dict | None:
    org = job.employer
    if org.name is None:
        return None
    return compact(
        {
            "@type": "Organization",
            "name": org.name,
            "sameAs": org.website,
            "logo": org.logo,
            "description": org.description,
        }
    )


def _location(job: Job) -> dict | None:
    place = job.place
    if not (place.locality or place.region or place.country):
        return None
    address = compact(
        {
            "@type": "PostalAddress",
            "addressLocality": place.locality,
            "addressRegion": place.region,
            "addressCountry": place.country,
        }
    )
    return {"@type": "Place", "address": address}


def _applicant_location(job: Job) -> dict | None:
    if job.country:
        return {"@type": "Country", "name": job.country}
    if job.location:
        return {"@type": "AdministrativeArea", "name": job.location}
    return None


def _salary(job: Job) -> dict | None:
    salary = job.salary
    if salary is None or not salary.is_usable:
        return None
    value: dict = {"@type": "QuantitativeValue"}
    if salary.is_range:
        value["minValue"] = number(salary.minimum)
        value["maxValue"] = number(salary.maximum)
    else:
        value["value"] = number(salary.minimum if salary.minimum is not None else salary.maximum)
    if salary.period is not None:
        value["unitText"] = salary.period.value
    return {"@type": "MonetaryAmount", "currency": salary.currency, "value": value}


def to_jsonld(job: Job) -> dict:
    """One self-contained JobPosting object for ``job``."""
    types = list(job.employment_types)
    posting = {
        "@context": CONTEXT,
        "@type": "JobPosting",
        "title": job.title,
        "description": safe_html(job.description),
        "datePosted": job.date_posted.isoformat() if job.date_posted else None,
        "hiringOrganization": _organization(job),
        "employmentType": types[0] if len(types) == 1 else types,
        "identifier": {
            "@type": "PropertyValue",
            "name": job.employer.name or "externalid",
            "value": job.external_id,
        }
        if job.external_id
        else None,
        "baseSalary": _salary(job),
        "url": job.apply_url,
        "industry": job.industry,
        "occupationalCategory": job.category,
        "skills": list(job.skills),
        "experienceRequirements": _LEVEL_TEXT.get(job.experience_level or ""),
    }
    if job.is_remote:
        posting["jobLocationType"] = "TELECOMMUTE"
        posting["applicantLocationRequirements"] = _applicant_location(job)
    else:
        posting["jobLocation"] = _location(job)
    return compact(posting)
