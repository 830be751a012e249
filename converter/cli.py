"""The ``jobconv`` command line: a thin shell over the library.

Exit codes, as ruff's: 0 clean (or warnings only), 1 errors found (or
warnings with ``--strict``), 2 a usage or I/O problem.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .engines import ENGINES, SchemaLoadError
from .report import FORMATS, summary_line, write_json, write_text
from .rules import RULES
from .validate import Validator

EXIT_OK, EXIT_FOUND, EXIT_USAGE = 0, 1, 2


def _fail(message: str) -> None:
    click.echo(f"jobconv: error: {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="jobconv")
def main() -> None:
    """Validate YubHub XML job feeds and convert their jobs."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=False, allow_dash=True))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="Report format.",
)
@click.option(
    "--engine",
    type=click.Choice(ENGINES),
    default="lxml",
    show_default=True,
    help="XSD engine: lxml (libxml2, fast) or xmlschema (pure Python, XSD 1.1 capable).",
)
@click.option(
    "--schema",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Validate against this XSD instead of the bundled yubhub.xsd.",
)
@click.option("--strict", is_flag=True, help="Fail (exit 1) on warnings too.")
def validate(
    paths: tuple[str, ...], fmt: str, engine: str, schema: Path | None, strict: bool
) -> None:
    """Check feeds against the YubHub XSD and the lint rules.

    PATHS are feed files; - reads standard input. One line per finding,
    FILE:LINE:COL: CODE [severity] message, then a summary on stderr.
    """
    try:
        validator = Validator(engine=engine, schema=schema)
    except SchemaLoadError as exc:
        _fail(str(exc))
        sys.exit(EXIT_USAGE)
    io_failed = False

    def diagnostics():
        nonlocal io_failed
        for path in paths:
            try:
                yield from validator.check_path(path)
            except OSError as exc:
                io_failed = True
                _fail(f"cannot read {path!r}: {exc.strerror or exc}")

    out = click.get_text_stream("stdout")
    if fmt == "json":
        write_json(diagnostics(), out, validator.tally)
    else:
        color = out.isatty()
        write_text(diagnostics(), out, color)
    out.flush()
    tally = validator.tally
    if fmt == "text":
        click.echo(summary_line(tally), err=True)
    if io_failed:
        sys.exit(EXIT_USAGE)
    if tally.errors or (strict and tally.warnings):
        sys.exit(EXIT_FOUND)
    sys.exit(EXIT_OK)


@main.command()
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
        _fail(f"no rule {code!r}; `jobconv rules` lists them")
        sys.exit(EXIT_USAGE)
    rule = found[0]
    click.echo(f"# {rule.name} ({rule.code})\n\nDefault severity: {rule.severity.value}\n")
    click.echo(_plain(rule.doc))


def _plain(text: str) -> str:
    """Docstring markup (``code``) as a terminal shows it (`code`)."""
    return text.replace("``", "`")
