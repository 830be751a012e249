"""What the report needs of each job, carried back through the pipeline.

The report hooks into the pipeline as a converter does, through a
:class:`~converter.writers.targets.Rendering`: its "rendering" of a job is a
small JSON profile (the fields filled, country, category, employment types,
work arrangement, salary), not the job itself. Why this way rather than
reading the feed again with a FeedReader alongside: the feed is read once
(a URL or standard input cannot be read twice), the profile is made where
the job model exists (in worker processes too, with ``-j``: the rendering is
a plain value they are given), and it travels in ``JobResult.text`` in step
with the job's findings, so nothing has to be matched up afterwards. The
profile's target is ``jsonld``, so the pipeline judges each job as
converting to JSON-LD would: a job Google would refuse is ``held``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from ..model import EXPIRES, FIELDS, Job
from ..writers.targets import Rendering

#: Every field a job can have, in the order a YubHub feed writes them.
ALL_FIELDS: tuple[str, ...] = (*FIELDS, EXPIRES)


def profile(job: Job) -> dict[str, object]:
    """The figures one job adds to the report, as plain JSON values."""
    carried = [f for f in ALL_FIELDS if job.carried is None or f in job.carried]
    if job.carried is None:
        carried.remove(EXPIRES)  # a YubHub feed has no element for it
    salary = job.salary
    pay = None
    if salary is not None and salary.currency and salary.period:
        bounds = [b for b in (salary.minimum, salary.maximum) if b is not None]
        if bounds:
            pay = [salary.currency, salary.period.value, str(sum(bounds) / len(bounds))]
    arrangement = job.work_arrangement
    return {
        "fields": {f: job.names.get(f) for f in carried},
        "filled": [f for f in carried if f in job.values],
        "country": job.country or job.place.country,
        "category": job.category,
        "types": list(job.employment_types),
        "arrangement": arrangement.value if arrangement is not None else None,
        "salary": pay,
    }


@dataclass(frozen=True, slots=True)
class Profiling(Rendering):
    """A rendering whose text is each job's :func:`profile`, judged for JSON-LD."""

    @classmethod
    def for_google(cls) -> Profiling:
        return cls("jsonld", "json")

    def renderer(self) -> Callable[[Job], tuple[str, str | None, list[tuple[str, str]]]]:
        def render(job: Job) -> tuple[str, str | None, list[tuple[str, str]]]:
            return json.dumps(profile(job), ensure_ascii=False), None, []

        return render
