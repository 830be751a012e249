"""Where the job is, and who may apply from where."""

from collections.abc import Iterator

from ...model import Job
from ...results import Severity
from .base import Context, Finding, rule, said, slot


@rule("L001", "missing-country", Severity.WARNING)
def missing_country(job: Job, ctx: Context) -> Iterator[Finding]:
    """The job gives no ``Country``.

    Google wants ``jobLocation.address.addressCountry`` (ISO 3166-1) for an
    on-site or hybrid job, and ``applicantLocationRequirements`` for a remote
    one; without a country the job is shown to the wrong people, or not at
    all. Reported when the country is read from ``Location`` instead, or the
    job is remote; an on-site or hybrid job that has no country at all (none
    in ``Location`` either) is L004 instead.

    Example:

    ```xml
    <Location>London, UK</Location>
    <Country></Country>
    ```

    gives ``L001 [warning] Country is empty; GB is read from Location 'London, UK'``.

    Use instead: ``<Country>United Kingdom</Country>`` (or ``GB``).
    """
    if job.text("Country") is None and not _lacks_address_country(job):
        field = "Country" if "Country" in job.source.raw else None
        if job.is_remote and job.applicant_countries:
            # "Location" in YubHub's word, not {Location}: so it has always been
            # said (the regex that renamed fields took "applicants' ... Location '"
            # for a quoted value). {Location} would be right, and a new message.
            yield said(
                "{Country} is empty; applicants' {countries} read from Location {location!r}",
                field,
                subject="Country",
                countries=_countries(job.applicant_countries),
                location=job.location,
            )
            return
        if job.place.country is not None:
            yield said(
                "{Country} is empty; {country} is read from {Location} {location!r}",
                field,
                subject="Country",
                country=job.place.country,
                location=job.location,
            )
            return
        hint = " ({Location} is {location!r})" if job.location else ""
        yield said(
            "{Country} is empty" + hint + "; no ISO 3166 country can be published",
            field,
            subject="Country",
            location=job.location,
        )


@rule("L002", "unknown-country", Severity.WARNING)
def unknown_country(job: Job, ctx: Context) -> Iterator[Finding]:
    """``Country`` is not a country name or code that ISO 3166 knows.

    Only ISO 3166-1 alpha-2 codes are published, so an unrecognised value is
    dropped. ``United Kingdom``, ``GB`` and ``UK`` are all understood, and so
    are names in 35 languages, from CLDR (``España``, ``Österreich``,
    ``Ελλάδα``, ``日本``).

    Example: ``<Country>Narnia</Country>`` gives ``L002 [warning] Country 'Narnia'
    is not an ISO 3166 country name or code``; so does ``<Country>EMEA</Country>``.

    Use instead: one country, by name or ISO code: ``<Country>Spain</Country>``
    or ``<Country>ES</Country>``.
    """
    text = job.text("Country")
    if text is not None and job.country is None:
        yield said(
            "{Country} {text!r} is not an ISO 3166 country name or code", "Country", text=text
        )


@rule("L003", "remote-without-applicant-location", Severity.WARNING, targets=("jsonld",))
def remote_without_applicant_location(job: Job, ctx: Context) -> Iterator[Finding]:
    """A remote job names no country its applicants may live in.

    Google requires ``applicantLocationRequirements`` for a fully remote
    (TELECOMMUTE) job, as the countries applicants may live in, so the job is
    held back from JSON-LD. jobconv takes the country from ``Country``, else
    reads ``Location``: a country's name in any language jobconv knows
    (``Deutschland``), ``Remote - US``, ``Remote (UK)``, ``US only``, or a
    region that stands for its countries (``North America``, ``Remote from
    EMEA``, ``DACH``: the table is in docs/mapping.md). ``Anywhere``,
    ``Worldwide`` or an empty ``Location`` names none.

    Example:

    ```xml
    <Workarrangement>remote</Workarrangement>
    <Location>Anywhere</Location>
    <Country></Country>
    ```

    gives ``L003 [warning] remote job, but Location 'Anywhere' names no country
    applicants may live in: add Country (<Country>US</Country>), or a country or
    region to Location ('Remote - US', 'EMEA')``.

    Use instead: the country applicants must live in,
    ``<Country>United Kingdom</Country>``, or a region in ``Location``
    (``<Location>Remote from EMEA</Location>``).
    """
    if job.is_remote and not job.applicant_countries:
        whose = "{Location} {location!r} names" if job.location else "{Country} and {Location} name"
        yield said(
            "remote job, but " + whose + " no country applicants may live in: add {Country}"
            " (<{Country}>US</{Country}>), or a country or region to {Location}"
            " ('Remote - US', 'EMEA')",
            "Workarrangement",
            location=job.location,
        )


@rule("L004", "no-job-location-country", Severity.WARNING, targets=("jsonld",))
def no_job_location_country(job: Job, ctx: Context) -> Iterator[Finding]:
    """An on-site or hybrid job has no country jobconv can publish.

    Google requires a ``jobLocation`` whose ``address`` has an
    ``addressCountry`` for every job that is not fully remote, so the job is
    held back from JSON-LD; CSV and HR Open carry it without a country. The
    country comes from ``Country``, else from the last part of ``Location``
    ("Leeds, UK").

    Example: an on-site job with

    ```xml
    <Location>North America</Location>
    <Country></Country>
    ```

    gives ``L004 [warning] no country for jobLocation.address.addressCountry,
    which Google requires of a job that is not fully remote (Country is empty;
    Location 'North America' names none)``; so does ``<Country>Narnia</Country>``
    with ``<Location>Leeds</Location>``.

    Use instead: ``<Country>United States</Country>``, or a ``Location`` that
    ends in a country: ``<Location>Leeds, UK</Location>``.
    """
    if not _lacks_address_country(job):
        return
    given = {"country": job.text("Country"), "location": job.text("Location")}
    parts = [
        slot(name) + (f" {{{name.lower()}!r}} names none" if given[name.lower()] else " is empty")
        for name in ("Country", "Location")
    ]
    raw = job.source.raw
    field = "Country" if "Country" in raw else ("Location" if "Location" in raw else None)
    yield said(
        "no country for jobLocation.address.addressCountry, which Google requires of a job"
        " that is not fully remote (" + "; ".join(parts) + ")",
        field,
        **given,
    )


def _lacks_address_country(job: Job) -> bool:
    return not job.is_remote and job.place.country is None


def _countries(codes: tuple[str, ...]) -> str:
    """ "country US is", "countries AT, CH, DE are", "5 countries are"."""
    if len(codes) == 1:
        return f"country {codes[0]} is"
    if len(codes) <= 6:
        return f"countries {', '.join(codes)} are"
    return f"{len(codes)} countries are"


@rule("L005", "remote-from-location", Severity.INFO)
def remote_from_location(job: Job, ctx: Context) -> Iterator[Finding]:
    """The job gives no ``Workarrangement``, and ``Location`` says it is remote.

    Real feeds (an RSS feed's ``job:location``, an ATS export) often say
    where a remote job's applicants may be only in the place: ``Remote``,
    ``Remote - Brazil``, ``Brazil (Remote)``, ``Remote | Vietnam, Thailand``.
    When that is all ``Location`` says (no town beside it), the job is read
    as remote: JSON-LD gets ``jobLocationType`` TELECOMMUTE with the
    countries as ``applicantLocationRequirements``, not a town called
    "Remote - Brazil". Said for the record (an info, shown with
    ``--show-info`` and in JSON), since a Location such as ``Queensland,
    Australia / Remote GMT+10`` that names a place too is left as it is.

    Example: ``<Location>Remote - Brazil</Location>`` with no
    ``Workarrangement`` gives ``L005 [info] no work arrangement is given;
    remote is read from Location 'Remote - Brazil'``.

    Use instead: ``<Workarrangement>remote</Workarrangement>``.
    """
    if job.remote_from_location:
        yield said(
            "no work arrangement is given; remote is read from {Location} {location!r}",
            "Location",
            location=job.location,
        )
