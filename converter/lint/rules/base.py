"""What a lint check is: a function of the job model that yields findings,
registered as a rule (:mod:`converter.codes` holds the registry)."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date

from ...codes import DOCS_URL, RULES, Rule, register
from ...model import Job
from ...results import Severity
from ..seen import SeenKeys

__all__ = ["DOCS_URL", "RULES", "Check", "Context", "Finding", "Rule", "rule"]


@dataclass(frozen=True, slots=True)
class Finding:
    """What a rule says of a job: a message, about a field (None: the job)."""

    message: str
    field: str | None = None
    severity: Severity | None = None  # the rule's, unless said (INFO: for the record)


@dataclass(slots=True)
class Context:
    """What rules may know beyond the job: the run's date, and feed-wide state.

    ``valid_for`` is ``--valid-for``: days a posting lasts when its board gives
    no expiry date (None: no such end). ``max_age`` is ``--max-age``: days
    after which a posting with no end is stale (None: never). ``seen_ids``
    maps a hash of each ``externalid`` to the line of its first job.
    """

    today: date
    valid_for: int | None = None
    max_age: int | None = None
    seen_ids: SeenKeys = field(default_factory=SeenKeys)


Check = Callable[[Job, Context], Iterator[Finding]]


def rule(
    code: str,
    name: str,
    severity: Severity,
    feed_fields: tuple[str, ...] = (),
    targets: tuple[str, ...] = (),
) -> Callable[[Check], Check]:
    """Register a check function as rule ``code``; its docstring is the doc."""

    def wrap(fn: Check) -> Check:
        doc = inspect.getdoc(fn) or ""
        register(Rule(code, name, severity, doc, fn, feed_fields, targets))
        return fn

    return wrap
