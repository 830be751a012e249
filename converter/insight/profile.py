"""What the report needs of each job, carried back through the pipeline.

The report hooks into the pipeline as a converter does, through a
:class:`~converter.writers.targets.Rendering`: its "rendering" of a job is a
small typed :class:`Profile` (the fields filled, country, category,
employment types, work arrangement, salary), not the job itself. Why this way rather than
reading the feed again with a FeedReader alongside: the feed is read once
(a URL or standard input cannot be read twice), the profile is made where
the job model exists (in worker processes too, with ``-j``: the rendering is
a plain value they are given), and it travels in ``JobResult.text`` in step
with the job's findings, so nothing has to be matched up afterwards. The
profile's target is ``jsonld``, so the pipeline judges each job as
converting to JSON-LD would: a job Google would refuse is ``held``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from ..model import EXPIRES, FIELDS, Job
from ..writers.targets import Rendering

#: Every field a job can have, in the order a YubHub feed writes them.
ALL_FIELDS: tuple[str, ...] = (*FIELDS, EXPIRES)


class Profile(NamedTuple):
    """The figures one job adds to the report: the fields its dialect has
    (each with the feed's name for it, None: YubHub's), those it fills, its
    country, category, employment types and work arrangement, and its pay
    (currency, period, the middle of its range), when it has one."""

    fields: dict[str, str | None]
    filled: tuple[str, ...]
    country: str | None
    category: str | None
    types: tuple[str, ...]
    arrangement: str | None
    salary: tuple[str, str, Decimal] | None


def profile(job: Job) -> Profile:
    """The figures one job adds to the report."""
    # None: a dialect that carries every model field (YubHub's), which holds no expiry.
    known = job.source.carried
    carried = list(FIELDS) if known is None else [f for f in ALL_FIELDS if f in known]
    salary = job.salary
    pay = None
    if salary is not None and salary.currency and salary.period:
        bounds = [b for b in (salary.minimum, salary.maximum) if b is not None]
        if bounds:
            pay = (salary.currency, salary.period.value, sum(bounds) / len(bounds))
    arrangement = job.work_arrangement
    return Profile(
        {f: job.source.names.get(f) for f in carried},
        tuple(f for f in carried if f in job.values),
        job.country or job.place.country,
        job.category,
        job.employment_types,
        arrangement.value if arrangement is not None else None,
        pay,
    )


@dataclass(frozen=True, slots=True)
class Profiling(Rendering):
    """A rendering whose text is each job's :func:`profile`, judged for JSON-LD."""

    @classmethod
    def for_google(cls) -> Profiling:
        return cls("jsonld", "json")

    def renderer(self) -> Callable[[Job], tuple[Profile, str | None, list]]:
        def render(job: Job) -> tuple[Profile, str | None, list]:
            return profile(job), None, []

        return render
