"""What a lint check is: a function of the job model that yields findings,
registered as a rule (:mod:`converter.codes` holds the registry)."""

from __future__ import annotations

import dataclasses
import functools
import inspect
import string
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date

from ...codes import DOCS_URL, RULES, Rule, register
from ...model import EXPIRES, FIELDS, Job
from ...results import Severity
from ..seen import SeenKeys

__all__ = [
    "DOCS_URL",
    "FIELD_NAMES",
    "RULES",
    "Check",
    "Context",
    "Finding",
    "Rule",
    "rule",
    "said",
    "slot",
]


#: The fields a template may name as placeholders: YubHub's elements, and
#: the end of a posting that only boards' feeds have.
FIELD_NAMES: frozenset[str] = frozenset((*FIELDS, EXPIRES))


@dataclass(frozen=True, slots=True)
class Finding:
    """What a rule says of a job, as a template the job's feed names in.

    ``template`` writes each field it names as a placeholder, ``{Country}``,
    so that the message says ``country`` to an Indeed feed and ``Country`` to
    a YubHub one; what the rule quotes from the feed is in ``values``, filled
    in by name (``{text!r}``) as it is, never renamed. ``field`` is the element
    the finding points at (None: the job). ``subject`` is the field it speaks
    of, which a board's feed may have no element for; it is ``field`` unless
    said (``Country is empty`` of a job with no ``<Country>`` at all).
    """

    template: str
    field: str | None = None
    severity: Severity | None = None  # the rule's, unless said (INFO: for the record)
    subject: str | None = None
    values: Mapping[str, object] = dataclasses.field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.subject is None and self.field is not None:
            object.__setattr__(self, "subject", self.field)
        values = self.values
        if FIELD_NAMES.isdisjoint(values) and _value_names(self.template) <= values.keys():
            return  # every placeholder a field or a value, and no value named as a field
        named, clash = _placeholders(self.template), FIELD_NAMES.intersection(values)
        unknown = sorted(clash or named - FIELD_NAMES - set(values))
        raise ValueError(f"{self.template!r}: {', '.join(unknown)}: no field, or no value")

    def render(self, name: Callable[[str], str] | None = None) -> str:
        """The message: each field placeholder filled with ``name(field)``
        (the feed's own name for it; YubHub's without ``name``), each value as given."""
        return self.template.format_map(_Filling(name or _yubhub, self.values))

    @property
    def message(self) -> str:
        """The message in YubHub's names."""
        return self.render()


def _yubhub(field: str) -> str:
    return field


def said(
    template: str,
    field: str | None = None,
    *,
    subject: str | None = None,
    severity: Severity | None = None,
    **values: object,
) -> Finding:
    """A :class:`Finding`, its values given by name: ``said("{Country} {text!r}
    is not ...", "Country", text=text)`` reads as the message it makes."""
    return Finding(template, field, severity, subject, values)


def slot(field: str) -> str:
    """The placeholder for ``field`` in a template, for a rule that loops over
    fields: ``slot(name) + " holds HTML markup"``."""
    return "{" + field + "}"


class _Filling:
    """What ``str.format_map`` fills a template from: values by their names,
    fields by the feed's name for them."""

    __slots__ = ("_name", "_values")

    def __init__(self, name: Callable[[str], str], values: Mapping[str, object]) -> None:
        self._name, self._values = name, values

    def __getitem__(self, key: str) -> object:
        if key in self._values:
            return self._values[key]
        return self._name(key)  # a field: Finding checked it is one


@functools.lru_cache(maxsize=512)
def _value_names(template: str) -> frozenset[str]:
    """The names ``template`` fills in that are no field: values it must be
    given (cached: a pure function of the template, and a rule's are few)."""
    return _placeholders(template) - FIELD_NAMES


@functools.lru_cache(maxsize=512)
def _placeholders(template: str) -> frozenset[str]:
    """The names ``template`` fills in (cached: a rule's templates are few)."""
    return frozenset(
        name.split(".", 1)[0].split("[", 1)[0]
        for _, name, _, _ in string.Formatter().parse(template)
        if name is not None
    )


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
