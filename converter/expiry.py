"""When a job's posting ends: the board's expiry date, else ``--valid-for``.

Google asks that expired postings leave its index, and reads their end from
``validThrough``. A board's feed may give the end itself (Indeed
``expirationdate``, Jooble ``expire``); a YubHub feed never does, so
``--valid-for DAYS`` (configuration key ``valid-for``) sets it to the posting
date plus DAYS. The board's own date wins: it is what the employer said.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from .model import Job


@dataclass(frozen=True, slots=True)
class Expiry:
    """The last day of a posting; ``valid_for`` is None when the board gave it."""

    day: date
    valid_for: int | None = None


def expiry(job: Job, valid_for: int | None) -> Expiry | None:
    """The end of ``job``'s posting: the board's date, else the posting date
    plus ``valid_for`` days; None when neither is known."""
    if job.valid_through is not None:
        return Expiry(job.valid_through)
    if valid_for is None or job.date_posted is None:
        return None
    return Expiry(job.date_posted + timedelta(days=valid_for), valid_for)


def with_valid_for(job: Job, valid_for: int | None) -> Job:
    """``job`` as the writers see it: with the end ``valid_for`` gives it when
    the board gave none (a copy: rules and other readers keep the feed's job)."""
    end = expiry(job, valid_for)
    if end is None or end.valid_for is None:
        return job
    return replace(job, valid_through=end.day, valid_through_iso=end.day.isoformat())
