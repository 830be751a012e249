"""What a run reports, and how severe: the configuration and baseline as filters.

The checks find everything; these plain functions decide what of it is
said. In order: the selection (``select``/``ignore``, and per-file
ignores), the severity (a target's rules are errors when converting to it,
then the configuration's ``severity`` overrides), then the baseline, which
absorbs findings it already holds. ``validate`` and every converter apply
the same policy, so the same feed and configuration give the same findings.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..results import Diagnostic, Severity, Tally
from .baseline import Baseline
from .config import Settings
from .rules import RULES


@dataclass(slots=True)
class Policy:
    """The reported codes, their severities and the baseline, for one run.

    ``target`` is the output a converter writes (``jsonld``...), or the one
    ``validate --target`` names: that target's rules report errors."""

    settings: Settings
    reported: frozenset[str]
    severity: dict[str, Severity]
    baseline: Baseline | None = None
    show_info: bool = True  # False: INFO findings are not reported (text output)

    @classmethod
    def of(
        cls,
        settings: Settings | None = None,
        target: str | None = None,
        baseline: Baseline | None = None,
        codes: Iterable[str] | None = None,
    ) -> Policy:
        """The policy of ``settings`` (default: every rule), converting to
        ``target``; ``codes`` narrows the rules further (library use)."""
        settings = settings or Settings()
        reported = settings.codes()
        if codes is not None:
            reported &= set(codes)
        severity = {
            code: RULES[code].severity_for(target)
            for code in reported
            if RULES[code].severity_for(target) is not RULES[code].severity
        }
        severity.update(settings.severity)
        return cls(settings, frozenset(reported), severity, baseline)

    def ignored_in(self, file: str) -> list[str]:
        """Code prefixes not reported in the feed ``file`` (per-file-ignores)."""
        return self.settings.ignored_in(file)

    def apply(
        self, diagnostics: Iterable[Diagnostic], ignores: list[str], tally: Tally
    ) -> Iterator[Diagnostic]:
        """The diagnostics this policy reports, with their severity, counted."""
        reported, severity, baseline, add = self.reported, self.severity, self.baseline, tally.add
        for d in diagnostics:
            code = d.code
            if code not in reported or (ignores and any(code.startswith(s) for s in ignores)):
                continue
            if d.severity is Severity.INFO:  # for the record: no override makes it a problem
                if not self.show_info:
                    continue
            elif severity and code in severity and severity[code] is not d.severity:
                d = d._replace(severity=severity[code])
            if baseline is not None and baseline.absorbs(d, tally):  # a run each
                continue
            add(d)
            yield d


def holds_back(diagnostics: Iterable[Diagnostic]) -> bool:
    """The publishing gate: a job with a reported error is not written."""
    return any(d.severity is Severity.ERROR for d in diagnostics)
