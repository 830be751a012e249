"""The generated reference pages: docs/reference/cli.md (every command and option
of the click CLI) and docs/reference/api.md (every name of ``converter.__all__``),
written by ``python tools/docs.py`` (tools/reference.py); CI fails when they drift."""

from __future__ import annotations

import importlib.util
import re
import sys
from types import ModuleType

import click
import pytest

import converter
from converter.cli import cli

from ..conftest import ROOT

CLI_PAGE = ROOT / "docs" / "reference" / "cli.md"
API_PAGE = ROOT / "docs" / "reference" / "api.md"


def _tool(name: str, as_name: str) -> ModuleType:
    """tools/NAME.py, imported once, as ``as_name`` (tools/docs.py imports ``reference``)."""
    path = ROOT / "tools" / f"{name}.py"
    known = sys.modules.get(as_name)
    if known is not None and getattr(known, "__file__", None) == str(path):
        return known
    spec = importlib.util.spec_from_file_location(as_name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[as_name] = module
    spec.loader.exec_module(module)
    return module


reference = _tool("reference", "reference")


def _commands() -> list[tuple[str, click.Context]]:
    """Every command path of the CLI with its context, walked here, not by the generator."""
    found = []

    def walk(ctx: click.Context) -> None:
        found.append((ctx.command_path, ctx))
        command = ctx.command
        if isinstance(command, click.Group):
            for name in command.list_commands(ctx):
                sub = command.get_command(ctx, name)
                if sub is not None and not sub.hidden:
                    walk(click.Context(sub, info_name=name, parent=ctx, **sub.context_settings))

    walk(click.Context(cli, info_name="jobconv", **cli.context_settings))
    return found


def _section(page: str, heading: str) -> str:
    """The text of ``page`` from ``heading`` to the next heading of its level."""
    start = page.index(f"\n{heading}\n")
    level = heading.split(" ", 1)[0]
    end = page.find(f"\n{level} ", start + len(heading) + 1)
    return page[start : end if end != -1 else len(page)]


def test_the_committed_reference_pages_are_what_the_code_generates() -> None:
    for path, text in reference.pages().items():
        committed = (ROOT / path).read_text(encoding="utf-8")
        assert committed == text, (
            f"{path} differs from what the code gives; regenerate it with"
            f" `{reference.REGENERATE}` and commit it"
        )


def test_the_reference_pages_say_they_are_generated_and_how() -> None:
    for page in (CLI_PAGE, API_PAGE):
        first = page.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("<!-- Generated from "), page
        assert f"by `{reference.REGENERATE}`" in first, page


def test_the_check_of_tools_docs_covers_the_reference_pages(tmp_path) -> None:
    docs = _tool("docs", "jobconv_tools_docs")
    (tmp_path / "docs" / "reference").mkdir(parents=True)
    assert {"docs/reference/cli.md", "docs/reference/api.md"} <= set(docs.stale(tmp_path))
    (tmp_path / "docs" / "reference" / "cli.md").write_text(reference.cli_page())
    assert "docs/reference/cli.md" not in docs.stale(tmp_path)


@pytest.mark.parametrize(("path", "ctx"), [pytest.param(p, c, id=p) for p, c in _commands()])
def test_every_command_and_option_flag_is_in_the_cli_reference(
    path: str, ctx: click.Context
) -> None:
    """A new command or option fails here until the page is regenerated."""
    page = CLI_PAGE.read_text(encoding="utf-8")
    assert f"\n## `{path}`\n" in page, f"{path} has no section in {CLI_PAGE.name}"
    where = _section(page, f"## `{path}`")
    if reference.is_converter(ctx):  # the options all converters share are listed once
        where += _section(page, f"## {reference.SHARED}")
    assert f"```text\n{path} [OPTIONS]" in where, f"{path}: no usage line"
    for param in ctx.command.get_params(ctx):
        if isinstance(param, click.Option) and not param.hidden:
            for flag in [*param.opts, *param.secondary_opts]:
                assert re.search(rf"^\| [^|]*`{re.escape(flag)}`", where, re.M), (
                    f"{path} {flag} is not in {CLI_PAGE.name}"
                )


def test_every_converter_is_listed_with_the_options_they_share() -> None:
    page = CLI_PAGE.read_text(encoding="utf-8")
    shared = _section(page, f"## {reference.SHARED}")
    converters = [p for p, ctx in _commands() if reference.is_converter(ctx)]
    assert "jobconv convert" in converters and "jobconv to-jsonld" in converters
    for path in converters:
        assert f"[`{path}`]" in shared, path


@pytest.mark.parametrize("name", converter.__all__)
def test_every_public_name_has_a_section_in_the_api_reference(name: str) -> None:
    page = API_PAGE.read_text(encoding="utf-8")
    assert f"\n## `{name}`\n" in page, f"converter.{name} has no section in {API_PAGE.name}"
    section = _section(page, f"## `{name}`")
    obj = getattr(converter, name)
    if callable(obj) and getattr(obj, "__name__", name) == name:
        assert f"```python\n{'class ' if isinstance(obj, type) else ''}{name}" in section


def test_signatures_and_defaults_render_stably() -> None:
    class Thing:
        def method(self, a: int, /, b: object = object(), *, c=print, **more: str) -> None:
            """Does a thing."""

        @property
        def size(self) -> int:
            return 1

    sig = reference.signature(Thing.method, "method", drop_first=True)
    assert " at 0x" not in sig
    assert sig == "method(a: int, /, b: object = <object object>, *, c=print, **more: str) -> None"
    assert [m[0] for m in reference.members(Thing)] == ["Thing.method()", "Thing.size"]


def test_help_text_is_escaped_for_markdown() -> None:
    assert reference.plain("their *.xml and <job> `a *b*`") == "their \\*.xml and \\<job> `a *b*`"
    assert reference.cell("a | b\nc") == "a \\| b c"
    assert reference.docstring("Use ``x``, :class:`~a.B`::\n\n    code()\n") == (
        "Use `x`, `B`:\n\n```python\ncode()\n```"
    )


def test_the_guides_point_to_the_reference() -> None:
    for guide, target in (("cli.md", "reference/cli.md"), ("api.md", "reference/api.md")):
        head = (ROOT / "docs" / guide).read_text(encoding="utf-8").splitlines()[:3]
        assert any(f"]({target})" in line for line in head), guide
