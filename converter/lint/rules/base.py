"""What a lint rule is, and the registry of every code jobconv reports."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date

from ...model import Job
from ...results import Severity
from ..seen import SeenKeys


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

#: Where each rule's page lives: ``DOCS_URL + CODE + ".md"``, generated from its doc
#: into docs/rules/ by ``python -m converter.lint.docs``.
DOCS_URL = "https://github.com/jobconv/jobconv/blob/main/docs/rules/"


@dataclass(frozen=True, slots=True)
class Rule:
    """A stable code with a kebab-case name, a default severity and a doc.

    ``doc`` is markdown (double backquotes are code spans there as in reST):
    a one-line summary (what), a paragraph why, then an ``Example:`` line (a
    feed snippet and the finding it gives) and a ``Use instead:`` line (the
    fix), each section running to the next; ``converter.lint.docs`` renders
    it as the rule's page at ``url``.

    ``check`` is None for codes raised by the reader or the XSD engine.
    ``feed_fields`` marks a feed-wide check (one that needs the jobs before
    it): it runs where the jobs meet again in document order (after worker
    processes, with ``-j``), sees only the job's ``external_id``, ``line``
    and the ``values`` of these fields, and may report only on them.
    ``targets`` names the outputs whose consumer rejects a job this rule
    fires on (``jsonld``: Google requires the field): converting to one of
    them, the finding is an error and the job is held back; elsewhere it
    keeps ``severity``.
    """

    code: str
    name: str
    severity: Severity
    doc: str
    check: Check | None = None
    feed_fields: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()

    def severity_for(self, target: str | None) -> Severity:
        """The severity of a finding when converting to ``target`` (None: validating)."""
        return Severity.ERROR if target in self.targets else self.severity

    @property
    def feed_wide(self) -> bool:
        return bool(self.feed_fields)

    @property
    def summary(self) -> str:
        return self.doc.strip().splitlines()[0]

    @property
    def url(self) -> str:
        """The rule's stable page (docs/rules/CODE.md): a code never changes."""
        return f"{DOCS_URL}{self.code}.md"


RULES: dict[str, Rule] = {}


def _register(rule_: Rule) -> Rule:
    if rule_.code in RULES or any(r.name == rule_.name for r in RULES.values()):
        raise ValueError(f"duplicate rule {rule_.code} {rule_.name}")
    RULES[rule_.code] = rule_
    return rule_


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
        _register(Rule(code, name, severity, doc, fn, feed_fields, targets))
        return fn

    return wrap


def declare(code: str, name: str, severity: Severity, doc: str) -> Rule:
    """Register a code that the reader or the XSD engine reports."""
    return _register(Rule(code, name, severity, inspect.cleandoc(doc)))
