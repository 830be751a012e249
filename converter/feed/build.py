"""The job model built from one job's element texts: every value normalised
here, once (salary, employment type, places, dates), for the rules and the
writers to read as they are."""

from __future__ import annotations

from functools import lru_cache

from ..model import EXPIRES, Employer, Job, Provenance
from ..normalize.country import country_code
from ..normalize.dates import parse_posted
from ..normalize.description import strip_vendor_credit
from ..normalize.html import text_only
from ..normalize.location import Place, parse_location, place_of_parts, split_places
from ..normalize.remote import applicant_countries, says_remote
from ..normalize.salary import parse_salary_text, salary_from_fields
from ..normalize.urls import web_url
from ..normalize.vocabulary import (
    WorkArrangement,
    employment_types,
    experience_level,
    work_arrangement,
)

__all__ = ["build_job"]


def _place(job: Job, parts: tuple[str, ...] | None) -> None:
    """``place``, ``places`` and ``applicant_countries``: parsed once, here,
    so that every writer and rule sees the same places."""
    country_name = job.text("Country")
    texts = split_places(job.location) if parts is None else ()
    if job.is_remote and parts is None and says_remote(job.location):
        # "Remote - Brazil" names who may apply, not a town (applicant_countries below)
        job.place = Place(country=job.country, area=job.location)
        job.places, job.place_texts = (job.place,), (job.location,)
    elif len(texts) > 1:
        job.places = tuple(parse_location(p, job.country, country_name) for p in texts)
        job.place_texts = texts
        job.place = job.places[0]
    else:
        if parts is not None:
            job.place = place_of_parts(parts, job.country)
        else:
            job.place = parse_location(job.location, job.country, country_name)
        job.places = (job.place,)
        job.place_texts = (job.location,) if job.location else ()
    if job.is_remote:
        job.applicant_countries = applicant_countries(job.location, job.country)


@lru_cache(maxsize=4096)
def _split_list(text: str | None) -> tuple[str, ...]:
    if not text:
        return ()
    seen: dict[str, None] = {}
    for part in text.replace(";", ",").split(","):
        part = " ".join(part.split())
        if part:
            seen.setdefault(part, None)
    return tuple(seen)


def build_job(
    raw: dict[str, str],
    lines: dict[str, int] | None = None,
    line: int | None = None,
    place_parts: tuple[str, ...] | None = None,
) -> Job:
    """Normalise the raw element texts of one ``<job>`` into a :class:`Job`.

    ``place_parts``: a board's place as its own elements (Indeed's ``city``
    and ``state``), locality first: they are taken as what they are rather
    than parsed from ``Location``'s text (where ``IL`` last could be Israel)."""
    values = {name: value for name, text in raw.items() if (value := text.strip())}
    job = Job(values=values, source=Provenance(raw, lines or {}, line))
    t = values.get
    job.external_id = t("externalid")
    job.title = text_only(t("Title"))
    job.description = strip_vendor_credit(t("Description"))
    job.employment_types = employment_types(t("Jobtype"))
    job.experience_level = experience_level(t("Experiencelevel"))
    job.work_arrangement = work_arrangement(t("Workarrangement"))
    job.skills = _split_list(text_only(t("Skills")))
    job.category = text_only(t("Category"))
    job.industry = text_only(t("Industry"))
    job.employer = Employer(
        name=text_only(t("Employername")),
        description=text_only(t("Employerdescription")),
        website=web_url(t("Employerwebsite")),
        logo=web_url(t("Employerlogo")),
    )
    job.apply_url = web_url(t("Applyto"))
    job.location = text_only(t("Location"))
    job.country = country_code(t("Country"))
    unsaid = job.work_arrangement is None and "Workarrangement" not in values
    if unsaid and says_remote(job.location):
        job.work_arrangement = WorkArrangement.REMOTE
        job.remote_from_location = True
    _place(job, place_parts)
    # Salaries after the place: the job's country resolves "$", "kr", "¥"...
    money_country = job.country or job.place.country
    job.salary_from_fields = salary_from_fields(
        t("Compensationcurrency"),
        t("Compensationmin"),
        t("Compensationmax"),
        t("Salaryrange"),
        money_country,
    )
    job.salary_from_text = parse_salary_text(t("Salaryrange"), money_country)
    posted = parse_posted(t("Postedate"))
    if posted is not None:
        job.date_posted, job.date_posted_iso = posted.day, posted.iso
    expires = parse_posted(t(EXPIRES))
    if expires is not None:
        job.valid_through, job.valid_through_iso = expires.day, expires.iso
    return job
