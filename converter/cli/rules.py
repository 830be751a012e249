"""``jobconv rules``: every code, or one rule's doc, as text or JSON."""

from __future__ import annotations

import json

import click
from click.shell_completion import CompletionItem

from ..lint.rules import RULES, Rule
from ..report.ruledocs import held_back_from, markdown, rule_info
from .exits import refuse

__all__ = ["held_back_from", "rules"]


def _complete_code(ctx: click.Context, param: click.Parameter, incomplete: str) -> list:
    """Shell completion of CODE: the codes, and the names, that start so."""
    typed = incomplete.lower()
    return [
        CompletionItem(word, help=rule.summary)
        for rule in sorted(RULES.values(), key=lambda r: r.code)
        for word in (rule.code, rule.name)
        if word.lower().startswith(typed) and (typed or word == rule.code)
    ]


@click.command()
@click.argument("code", required=False, shell_complete=_complete_code)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="json: an array of rule objects (one object with CODE): code, name, severity,"
    " summary, doc (markdown), targets, held_back_from, url.",
)
def rules(code: str | None, fmt: str) -> None:
    """List the rules, or explain the rule CODE (a code or a name)."""
    if code is None:
        ordered = sorted(RULES.values(), key=lambda r: r.code)
        if fmt == "json":
            click.echo(json.dumps([rule_info(r) for r in ordered], indent=2, ensure_ascii=False))
            return
        for rule in ordered:
            summary = markdown(rule.summary)
            click.echo(f"{rule.code:5} {rule.name:34} {rule.severity.value:8} {summary}")
        return
    rule = _find(code)
    if fmt == "json":
        click.echo(json.dumps(rule_info(rule), indent=2, ensure_ascii=False))
        return
    click.echo(f"# {rule.name} ({rule.code})\n\nDefault severity: {rule.severity.value}")
    click.echo(f"Holds a job back from: {held_back_from(rule)}")
    click.echo(f"Docs: {rule.url}\n")
    click.echo(markdown(rule.doc))


def _find(code: str) -> Rule:
    """The rule a code or a name names; exit 2 for none."""
    wanted = code.strip()
    found = [r for r in RULES.values() if wanted.upper() == r.code or wanted.lower() == r.name]
    if not found:
        refuse(f"no rule {code!r}; `jobconv rules` lists them")
    return found[0]
