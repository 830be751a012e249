"""The report's figures, gathered in one pass over the pipeline's results.

Memory stays bounded whatever the feed's size: counters per field, rule,
country, employment type and work arrangement (small, closed sets), at most
:data:`MAX_CATEGORIES` categories (free text: later new ones count as
"(other categories)"), salaries as a histogram of values rounded to three
significant figures per currency and period (the median is read from it),
and the first :data:`MAX_FINDINGS` findings with the count of the rest.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from ..feed.dialects import by_name
from ..lint.rules import RULES
from ..results import JobResult, Severity, broke_off
from .profile import Profile

MAX_FINDINGS = 200
MAX_CATEGORIES = 500
OTHER_CATEGORIES = "(other categories)"
NONE = "(none)"


def three_figures(value: Decimal) -> Decimal:
    """``value`` rounded to three significant figures: a histogram key."""
    if value == 0:
        return value
    exponent = value.adjusted() - 2
    return value.scaleb(-exponent).quantize(Decimal(1)).scaleb(exponent)


@dataclass(slots=True)
class Pay:
    """The salaries of one currency and period."""

    jobs: int = 0
    low: Decimal | None = None
    high: Decimal | None = None
    rounded: Counter = field(default_factory=Counter)

    def add(self, value: Decimal) -> None:
        self.jobs += 1
        self.low = value if self.low is None else min(self.low, value)
        self.high = value if self.high is None else max(self.high, value)
        self.rounded[three_figures(value)] += 1

    def median(self) -> Decimal | None:
        """The median, to three significant figures (from the histogram),
        within the exact lowest and highest."""
        middle, seen = (self.jobs + 1) // 2, 0
        for value in sorted(self.rounded):
            seen += self.rounded[value]
            if seen >= middle and self.low is not None and self.high is not None:
                return min(max(value, self.low), self.high)
        return None

    def buckets(self, count: int = 8) -> list[tuple[str, int]]:
        """Jobs per equal-width range between the lowest and highest pay."""
        if self.low is None or self.high is None:
            return []
        if self.low == self.high:
            return [(_money(self.low), self.jobs)]
        width = (self.high - self.low) / count
        tally = [0] * count
        for value, jobs in self.rounded.items():
            index = int((min(max(value, self.low), self.high) - self.low) / width)
            tally[min(index, count - 1)] += jobs
        edges = [self.low + width * i for i in range(count + 1)]
        return [(f"{_money(edges[i])}–{_money(edges[i + 1])}", tally[i]) for i in range(count)]

    def as_dict(self) -> dict[str, object]:
        median = self.median()
        return {
            "jobs": self.jobs,
            "min": float(self.low) if self.low is not None else None,
            "median": float(median) if median is not None else None,
            "max": float(self.high) if self.high is not None else None,
            "buckets": [{"range": r, "jobs": n} for r, n in self.buckets()],
        }


def _money(value: Decimal) -> str:
    return f"{round(value):,}" if abs(value) >= 100 else f"{value:,.2f}"


def ranked(counts: Counter) -> list[tuple[str, int]]:
    """Most first, ties by name: the same order on every run."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


@dataclass
class Feed:
    """One feed read: its name, size on disk (None for a URL or stdin), dialect."""

    path: str
    bytes: int | None
    dialect: str | None
    jobs: int = 0
    #: Jobs the JSON-LD gate lets through, counted only while the feed holds.
    accepted: int = 0
    #: The feed broke off (X001, X002): its jobs count nothing, and nothing of
    #: the run would be published, as ``to-jsonld`` publishes nothing then.
    broken: bool = False


@dataclass
class Figures:
    """Everything the report shows; :meth:`add` takes results as they stream."""

    feeds: list[Feed] = field(default_factory=list)
    jobs: int = 0
    held: int = 0
    errors: int = 0
    warnings: int = 0
    filled: Counter = field(default_factory=Counter)
    carried: Counter = field(default_factory=Counter)
    names: dict[str, str] = field(default_factory=dict)
    rules: Counter = field(default_factory=Counter)
    held_by: Counter = field(default_factory=Counter)
    countries: Counter = field(default_factory=Counter)
    categories: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)
    arrangements: Counter = field(default_factory=Counter)
    pay: dict[tuple[str, str], Pay] = field(default_factory=dict)
    findings: list[dict[str, object]] = field(default_factory=list)
    more_findings: int = 0
    today: str | None = None

    @classmethod
    def of_paths(cls, paths: list[str], dialect: str | None, stdin_name: str) -> Figures:
        """Figures to be filled for ``paths``, as :func:`feed_of` describes each
        (``-`` goes by ``stdin_name``, as its findings do)."""
        feeds = [feed_of(p, dialect) for p in paths]
        for feed in feeds:
            if feed.path == "-":
                feed.path = stdin_name
        return cls(feeds=feeds)

    def add(self, result: JobResult) -> None:
        for d in result.diagnostics:
            self.rules[d.code] += 1
            if d.severity is Severity.ERROR:
                self.errors += 1
            elif d.severity is Severity.WARNING:
                self.warnings += 1
            if len(self.findings) < MAX_FINDINGS:
                self.findings.append(d.as_dict())
            else:
                self.more_findings += 1
        if not result.is_job:
            return
        self.jobs += 1
        feed = self._feed(result.file)
        feed.jobs += 1
        if result.held:
            self.held += 1
            self.held_by.update(
                {d.code for d in result.diagnostics if d.severity is Severity.ERROR}
            )
        else:
            feed.accepted += 1
        if isinstance(result.text, Profile):
            self._profile(result.text)

    def mark_broken(self, files: list[str]) -> None:
        """The feeds that broke off, once the run is over (``Pipeline.broken``)."""
        for path in dict.fromkeys(files):
            self._feed(path).broken = True

    @property
    def withheld(self) -> str | None:
        """Why ``to-jsonld`` with these options would write nothing at all."""
        broken = [f.path for f in self.feeds if f.broken]
        return broke_off(broken) if broken else None

    @property
    def accepted(self) -> int:
        """Exactly what ``to-jsonld`` with the same options would write."""
        return 0 if self.withheld else sum(f.accepted for f in self.feeds)

    def _feed(self, path: str) -> Feed:
        for feed in reversed(self.feeds):
            if feed.path == path:
                return feed
        feed = Feed(path, None, None)  # a folder's file, or stdin under its name
        self.feeds.append(feed)
        return feed

    def _profile(self, job: Profile) -> None:
        for name, feed_name in job.fields.items():
            self.carried[name] += 1
            if feed_name and name not in self.names:
                self.names[name] = feed_name
        self.filled.update(job.filled)
        self.countries[job.country or NONE] += 1
        category = job.category or NONE
        if category in self.categories or len(self.categories) < MAX_CATEGORIES:
            self.categories[category] += 1
        else:
            self.categories[OTHER_CATEGORIES] += 1
        self.types.update(job.types or [NONE])
        self.arrangements[job.arrangement or NONE] += 1
        if job.salary:
            currency, period, value = job.salary
            self.pay.setdefault((currency, period), Pay()).add(value)

    def field_name(self, name: str) -> str:
        """The feed's name for model field ``name``: as a job gave it, else its dialect's."""
        if name in self.names:
            return self.names[name]
        for feed in self.feeds:
            if feed.dialect:
                source = by_name(feed.dialect).source(name)
                if source is not None:
                    return source.name
        return name

    def fill_rates(self) -> list[tuple[str, int, int]]:
        """(feed's field name, jobs filling it, jobs whose dialect has it), feed order."""
        return [(self.field_name(f), self.filled[f], n) for f, n in self.carried.items()]

    def as_dict(self) -> dict[str, object]:
        """The figures as one JSON object (for ``--format json``)."""
        return {
            "today": self.today,
            "feeds": [vars(f) for f in self.feeds],
            "jobs": self.jobs,
            "errors": self.errors,
            "warnings": self.warnings,
            "google": {
                "accepted": self.accepted,
                "held_back": self.held,
                "nothing_published": self.withheld,
                "reasons": [
                    {"code": c, "name": _rule_name(c), "jobs": n} for c, n in ranked(self.held_by)
                ],
            },
            "fields": [
                {"field": name, "filled": filled, "jobs": jobs, "share": _share(filled, jobs)}
                for name, filled, jobs in self.fill_rates()
            ],
            "rules": [
                {"code": c, "name": _rule_name(c), "findings": n, "url": _rule_url(c)}
                for c, n in ranked(self.rules)
            ],
            "countries": dict(ranked(self.countries)),
            "categories": dict(ranked(self.categories)),
            "employment_types": dict(ranked(self.types)),
            "work_arrangements": dict(ranked(self.arrangements)),
            "salaries": [
                {"currency": c, "period": p, **self.pay[(c, p)].as_dict()}
                for c, p in sorted(self.pay)
            ],
            "findings": self.findings,
            "more_findings": self.more_findings,
        }


def feed_of(path: str, dialect: str | None) -> Feed:
    """A feed's size on disk and dialect, where they can be told before reading."""
    from ..feed.detect import of_path
    from ..feed.dialects import AUTO, DialectError

    size = os.path.getsize(path) if os.path.isfile(path) else None
    try:
        found = of_path(path, dialect or AUTO) if path != "-" else None
    except DialectError:
        found = None
    return Feed(path, size, found.name if found else None)


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _rule_name(code: str) -> str:
    rule = RULES.get(code)
    return rule.name if rule else code


def _rule_url(code: str) -> str | None:
    rule = RULES.get(code)
    return rule.url if rule else None
