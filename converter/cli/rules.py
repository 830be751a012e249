"""``jobconv rules``: every code, or one rule's doc."""

from __future__ import annotations

import sys

import click

from ..lint.rules import RULES, Rule
from ..pipeline import BREAKING
from ..results import Severity
from ..writers.targets import TARGETS
from .options import EXIT_USAGE, fail


def held_back_from(rule: Rule) -> str:
    """Which outputs a finding of ``rule`` keeps a job from, in words."""
    if rule.code in BREAKING:
        return "every output: nothing of the run is written (the feed broke off)"
    if rule.severity is Severity.ERROR:
        return "every output (an error)"
    if rule.targets:
        names = ", ".join(TARGETS[t].title for t in rule.targets)
        return f"{names} (an error when converting to it; a warning elsewhere)"
    return "none (the job is written, with the warning)"


@click.command()
@click.argument("code", required=False)
def rules(code: str | None) -> None:
    """List the rules, or explain the rule CODE (a code or a name)."""
    if code is None:
        for rule in sorted(RULES.values(), key=lambda r: r.code):
            summary = _plain(rule.summary)
            click.echo(f"{rule.code:5} {rule.name:34} {rule.severity.value:8} {summary}")
        return
    wanted = code.strip()
    found = [r for r in RULES.values() if wanted.upper() == r.code or wanted.lower() == r.name]
    if not found:
        fail(f"no rule {code!r}; `jobconv rules` lists them")
        sys.exit(EXIT_USAGE)
    rule = found[0]
    click.echo(f"# {rule.name} ({rule.code})\n\nDefault severity: {rule.severity.value}")
    click.echo(f"Holds a job back from: {held_back_from(rule)}\n")
    click.echo(_plain(rule.doc))


def _plain(text: str) -> str:
    """Docstring markup (``code``) as a terminal shows it (`code`)."""
    return text.replace("``", "`")
