"""schema.org JobPosting JSON-LD, as Google's job search reads it.

Every key is a schema.org term. Required by Google: title, description,
datePosted, hiringOrganization, and jobLocation unless the job is fully
remote. Nothing is invented: no figure, no ``baseSalary``; no country, no
``addressCountry``. Only a remote job is TELECOMMUTE, with the countries its
applicants may live in; a job in several places has a ``jobLocation`` each.

``datePosted`` is the date, or the date-time, the feed gave (schema.org and
Google take either). ``Experiencelevel`` is not written: a seniority ("Senior")
is no ``experienceRequirements`` (Google reads that as
OccupationalExperienceRequirements, months of experience, which the feed
does not give), and schema.org has no property for a job's level.
"""

from __future__ import annotations

from ..model import Job, Place, SalaryPeriod
from .common import compact, number

CONTEXT = "https://schema.org"


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


def _place(place: Place) -> dict | None:
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


def _one_or_list(items: list[dict]) -> dict | list[dict] | None:
    """One object as itself, several as a list (Google takes either), none as None."""
    return items[0] if len(items) == 1 else (items or None)


def _location(job: Job) -> dict | list[dict] | None:
    """``jobLocation``: a Place per location ``Location`` lists."""
    return _one_or_list([p for place in job.places if (p := _place(place))])


def _applicant_location(job: Job) -> dict | list[dict] | None:
    """``applicantLocationRequirements``: the Countries applicants may live in
    (ISO codes); none when jobconv cannot tell them (L003 holds the job back)."""
    return _one_or_list([{"@type": "Country", "name": c} for c in job.applicant_countries])


def _salary(job: Job) -> dict | None:
    """``baseSalary``: one exact ``value``, or only the bounds the feed gives
    (``minValue`` alone for "from", ``maxValue`` alone for "up to"), always with
    ``unitText``. schema.org has no two-week unit: such pay is published per
    year, times 26 (docs/mapping.md)."""
    salary = job.salary
    if salary is None or not salary.is_usable or salary.period is None:
        return None
    if salary.period is SalaryPeriod.TWO_WEEKS:
        salary = salary.per_year()
    value: dict = {"@type": "QuantitativeValue"}
    if salary.is_exact:
        value["value"] = number(salary.minimum)
    else:
        if salary.minimum is not None:
            value["minValue"] = number(salary.minimum)
        if salary.maximum is not None:
            value["maxValue"] = number(salary.maximum)
    value["unitText"] = salary.period.value
    return {"@type": "MonetaryAmount", "currency": salary.currency, "value": value}


def to_jsonld(job: Job) -> dict:
    """One self-contained JobPosting object for ``job``."""
    types = list(job.employment_types)
    posting = {
        "@context": CONTEXT,
        "@type": "JobPosting",
        "title": job.title,
        "description": job.description_html,
        "datePosted": job.date_posted_iso,
        "validThrough": job.valid_through_iso,
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
    }
    if job.is_remote:
        posting["jobLocationType"] = "TELECOMMUTE"
        posting["applicantLocationRequirements"] = _applicant_location(job)
    else:
        posting["jobLocation"] = _location(job)
    return compact(posting)
