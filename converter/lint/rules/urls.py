"""Links: only http(s) URLs are published."""

from collections.abc import Iterator

from ...model import Job
from ...results import Severity
from .base import Context, Finding, rule

URL_FIELDS = ("Applyto", "Employerwebsite", "Employerlogo")


@rule("U001", "non-http-url", Severity.WARNING)
def non_http_url(job: Job, ctx: Context) -> Iterator[Finding]:
    """A URL field holds something other than an absolute http(s) URL.

    ``javascript:``, ``data:``, ``file:`` or relative links are unsafe or
    useless on a job board, so they are dropped from every output. The
    fields: ``Applyto``, ``Employerwebsite``, ``Employerlogo``.

    Example: ``<Applyto>javascript:alert(1)</Applyto>`` gives ``U001 [warning]
    Applyto 'javascript:alert(1)' is not an http(s) URL and is dropped``; so does
    ``<Employerwebsite>www.x.com</Employerwebsite>``.

    Use instead: an absolute URL with its scheme,
    ``<Employerwebsite>https://www.x.com</Employerwebsite>``.
    """
    # The model keeps a URL only when it is one: a text it dropped is the finding.
    kept = (job.apply_url, job.employer.website, job.employer.logo)
    for name, url in zip(URL_FIELDS, kept, strict=True):
        if url is None and (text := job.text(name)) is not None:
            yield Finding(f"{name} {text!r} is not an http(s) URL and is dropped", name)
