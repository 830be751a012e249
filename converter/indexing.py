"""Google Indexing API notices from two editions of a feed.

A notice names the page that carries a job's JobPosting (the site's page,
not the ATS's apply page): a URL template with ``{id}``, or a feed field the
user names. ``URL_UPDATED`` goes only for jobs the JSON-LD converter would
publish from the new feed (the same gate: findings, expiry, staleness, the
same configuration and ``today``), when they are new, changed, newly
publishable or at a new URL. ``URL_DELETED`` goes for what the old edition
published that the new one does not (removed, held back, expired, stale),
and for the old URL of a job whose URL changed. Each URL once; a URL
updated is not also deleted.

The old edition is judged as of ``since`` (default: the day before
``today``): what it published then is what is live now. A daily diff of
yesterday's and today's editions thus deletes each job on the day it
turns stale.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from .model import Job
from .normalize.urls import web_url
from .pipeline import Pipeline

UPDATED, DELETED = "URL_UPDATED", "URL_DELETED"


class AddressError(ValueError):
    """Notices cannot be addressed as asked (a usage error)."""


@dataclass(frozen=True, slots=True)
class Addressing:
    """How a job's page URL is made: ``template`` (``{id}`` replaced by the
    URL-quoted id) or the text of feed field ``field``."""

    template: str | None = None
    field: str | None = None

    @classmethod
    def of(cls, template: str | None, field: str | None) -> Addressing:
        if template is None and field is None:
            raise AddressError(
                "--format indexing needs the URL of each job's page on your site:"
                " --url-template 'https://jobs.example.com/{id}' or --url-field FIELD"
            )
        if template is not None and field is not None:
            raise AddressError("give --url-template or --url-field, not both")
        if template is not None:
            if "{id}" not in template:
                raise AddressError("--url-template needs {id}, where each job's id goes")
            parts = urlsplit(template.replace("{id}", "x"))
            if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
                raise AddressError(
                    f"--url-template {template!r} is not an absolute http(s) URL"
                    " (Google takes only those)"
                )
        return cls(template, field)

    def url(self, job_id: str, job: Job | None = None) -> str | None:
        """The page URL of the job; None when its field holds no http(s) URL."""
        if self.template is not None:
            return self.template.replace("{id}", quote(job_id, safe=""))
        if job is None or self.field is None:
            return None
        field = self.field
        model = next((m for m, own in job.source.names.items() if own == field), field)
        return web_url(job.text(model))


@dataclass(frozen=True, slots=True)
class Notice:
    url: str
    type: str

    def as_dict(self) -> dict[str, str]:
        return {"url": self.url, "type": self.type}


def published(pipeline: Pipeline, path: str, addressing: Addressing, jobs: Iterable[Job]) -> dict:
    """id -> page URL (None: no URL) of the jobs of ``path`` that ``pipeline``
    (built for the JSON-LD target) would publish; the first job of an id.
    ``jobs`` are the feed's jobs read again, for a URL field."""
    held: dict[str, bool] = {}
    for result in pipeline.results([path]):
        if result.is_job and result.job_id is not None and result.job_id not in held:
            held[result.job_id] = result.held
    urls: dict[str, str | None] = {}
    if addressing.field is not None:
        for job in jobs:
            job_id = job.external_id or ""
            if job_id in held and job_id not in urls:
                urls[job_id] = addressing.url(job_id, job)
    return {
        job_id: urls.get(job_id) if addressing.field is not None else addressing.url(job_id)
        for job_id, was_held in held.items()
        if not was_held
    }


def notices(
    old: dict[str, str | None], new: dict[str, str | None], changed: set[str]
) -> Iterator[Notice]:
    """The notices from what the old edition published to what the new one
    does (id -> URL each), ``changed`` the ids whose content changed."""
    updated: dict[str, None] = {}
    for job_id, url in new.items():
        if url is None:
            continue
        if job_id not in old or job_id in changed or old[job_id] != url:
            updated.setdefault(url, None)
    deleted: dict[str, None] = {}
    for job_id, url in old.items():
        if url is None:
            continue
        if job_id not in new or new[job_id] != url:
            deleted.setdefault(url, None)
    live = set(new.values())  # a URL another job now has is no page to delete
    for url in updated:
        yield Notice(url, UPDATED)
    for url in deleted:
        if url not in live:
            yield Notice(url, DELETED)
