"""Where the job is, and who may apply from where."""

from collections.abc import Iterator

from ...model import Job
from ...results import Severity
from .base import Context, Finding, rule


@rule("L001", "missing-country", Severity.WARNING)
def missing_country(job: Job, ctx: Context) -> Iterator[Finding]:
    """The job gives no ``Country``.

    Google wants ``jobLocation.address.addressCountry`` (ISO 3166-1) for an
    on-site or hybrid job, and ``applicantLocationRequirements`` for a remote
    one; without a country the job is shown to the wrong people, or not at
    all. Example: ``<Country></Country>``.
    """
    if job.text("Country") is None:
        field = "Country" if "Country" in job.raw else None
        hint = f" (Location is {job.location!r})" if job.location else ""
        yield Finding(f"Country is empty{hint}; no ISO 3166 country can be published", field)


@rule("L002", "unknown-country", Severity.WARNING)
def unknown_country(job: Job, ctx: Context) -> Iterator[Finding]:
    """``Country`` is not a country name or code that ISO 3166 knows.

    Only ISO 3166-1 alpha-2 codes are published, so an unrecognised value is
    dropped. Example: ``<Country>Narnia</Country>`` or ``<Country>EMEA</Country>``;
    ``United Kingdom``, ``GB`` and ``UK`` are all understood.
    """
    text = job.text("Country")
    if text is not None and job.country is None:
        yield Finding(f"Country {text!r} is not an ISO 3166 country name or code", "Country")


@rule("L003", "remote-without-applicant-location", Severity.WARNING)
def remote_without_applicant_location(job: Job, ctx: Context) -> Iterator[Finding]:
    """A remote job says nothing of where applicants may live.

    Google requires ``applicantLocationRequirements`` for a fully remote
    (TELECOMMUTE) job; jobconv takes it from ``Country``, else ``Location``.
    Example: ``<Workarrangement>remote</Workarrangement>`` with empty
    ``Country`` and ``Location``.
    """
    if job.is_remote and job.country is None and job.location is None:
        yield Finding(
            "remote job with no Country or Location: applicants' location is unknown",
            "Workarrangement",
        )
