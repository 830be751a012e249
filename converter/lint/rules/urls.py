"""Links: only http(s) URLs are published."""

from collections.abc import Iterator

from ...model import Job
from ...results import Severity
from .base import Context, Finding, rule, said, slot

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
            yield said(
                slot(name) + " {text!r} is not an http(s) URL and is dropped", name, text=text
            )


@rule("U002", "url-with-spaces", Severity.WARNING)
def url_with_spaces(job: Job, ctx: Context) -> Iterator[Finding]:
    """A URL field's path or query holds spaces.

    A URL cannot hold a space; a browser sends one as ``%20``, and so does
    jobconv: the URL is kept and published with its spaces written ``%20``
    rather than dropped. Feeds built by pasting a name into a query string
    (``logo.png?empname=Cedo Sp. z o.o.``) do this; a consumer that checks
    its URLs would refuse the one written.

    Example: ``<Employerlogo>https://x.example/logo.png?name=Cedo Sp</Employerlogo>``
    gives ``U002 [warning] Employerlogo has spaces, published as
    'https://x.example/logo.png?name=Cedo%20Sp'``.

    Use instead: the URL encoded (``?name=Cedo%20Sp``, or ``+`` in a query).
    """
    kept = (job.apply_url, job.employer.website, job.employer.logo)
    for name, url in zip(URL_FIELDS, kept, strict=True):
        if url is not None and " " in (job.text(name) or ""):
            yield said(slot(name) + " has spaces, published as {url!r}", name, url=url)
