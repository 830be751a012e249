"""Every code jobconv reports, in one registry: a stable code, a kebab-case
name, a default severity and the doc that becomes the code's page.

The bottom of the package's layers (docs/architecture.md): the reader, the
pipeline and the lint checks all name codes, and all import them from here.
The codes of the reader, the XSD engine and the converters are declared in
:mod:`.document`; the lint checks register theirs with
:func:`converter.lint.rules.base.rule`.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..results import Severity

#: Where each rule's page lives: ``DOCS_URL + CODE + ".md"``, generated from its doc
#: into docs/rules/ by ``python tools/docs.py``.
DOCS_URL = "https://github.com/jobconv/jobconv/blob/main/docs/rules/"


@dataclass(frozen=True, slots=True)
class Rule:
    """A stable code with a kebab-case name, a default severity and a doc.

    ``doc`` is markdown (double backquotes are code spans there as in reST):
    a one-line summary (what), a paragraph why, then an ``Example:`` line (a
    feed snippet and the finding it gives) and a ``Use instead:`` line (the
    fix), each section running to the next; :mod:`converter.report.ruledocs` renders
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
    check: Callable[..., Any] | None = None  # a lint check: (Job, Context) -> findings
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


def register(rule_: Rule) -> Rule:
    if rule_.code in RULES or any(r.name == rule_.name for r in RULES.values()):
        raise ValueError(f"duplicate rule {rule_.code} {rule_.name}")
    RULES[rule_.code] = rule_
    return rule_


def declare(code: str, name: str, severity: Severity, doc: str) -> Rule:
    """Register a code that the reader, the XSD engine or a converter reports."""
    return register(Rule(code, name, severity, inspect.cleandoc(doc)))
