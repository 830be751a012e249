"""The reference pages generated from the code: docs/reference/cli.md from the
click commands, docs/reference/api.md from the docstrings of ``converter.__all__``.

``tools/docs.py`` writes and checks them with the rule pages and
docs/configuration.md; tests/unit/test_reference_docs.py fails when a committed page
differs from what this module gives. Everything here is markdown built from the
objects themselves (never click's help formatter, whose output depends on the
terminal's width), so the pages are the same on every machine.
"""

from __future__ import annotations

import ast
import dataclasses
import enum
import functools
import inspect
import re
import types
import typing
from collections.abc import Iterator
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parents[1]
REGENERATE = "python tools/docs.py"
CLI_PAGE = "docs/reference/cli.md"
API_PAGE = "docs/reference/api.md"
#: A signature longer than this is written one parameter a line.
WIDTH = 88


def generated(source: str) -> str:
    """The first line of a generated page, as the rule pages have it."""
    return f"<!-- Generated from {source} by `{REGENERATE}`: edit that, not this page. -->\n"


# -- markdown ------------------------------------------------------------------------

_DOUBLE_TICKS = re.compile(r"(?<!`)``(?!`)")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.S)
_PLAIN_SPECIALS = re.compile(r"([\\*_<\[\]])")


def _outside_code(text: str, change) -> str:
    """``change`` applied to the parts of ``text`` outside its code spans."""
    out, at = [], 0
    for span in _CODE_SPAN.finditer(text):
        out.append(change(text[at : span.start()]))
        out.append(span.group(0))
        at = span.end()
    out.append(change(text[at:]))
    return "".join(out)


def plain(text: str) -> str:
    """Plain text (click's help) as markdown: what markdown would read as markup
    (``*.xml``, ``<job>``) escaped; `code spans` kept."""
    return _outside_code(text, lambda part: _PLAIN_SPECIALS.sub(r"\\\1", part))


def cell(text: str) -> str:
    """Markdown for one table cell: one line, its pipes escaped."""
    return text.replace("\n", " ").replace("|", "\\|")


def paragraphs(text: str) -> list[str]:
    """Help text in paragraphs, each on one line; click's ``\\b`` blocks keep their
    lines (as markdown line breaks) and its ``\\f`` ends the help, as in ``--help``.
    Double backquotes (reST's, in a command's docstring) are code spans."""
    text = _DOUBLE_TICKS.sub("`", inspect.cleandoc(text.split("\f", 1)[0]))
    found = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if not lines:
            continue
        if lines[0] == "\b":
            found.append("  \n".join(plain(line) for line in lines[1:]))
        else:
            found.append(plain(" ".join(lines)))
    return found


_ROLE = re.compile(r":(?:py:)?[a-z]+:`(~?)\.?([^`]+)`")
_ANGLE = re.compile(r"<(?=[A-Za-z/!])")


def _prose(text: str) -> str:
    """A docstring's prose as markdown: reST roles as code spans of the name
    (``:class:`~a.B``` as ``B``, ``:mod:`a.b``` as ``a.b``), double backquotes
    as single ones, ``<job>`` kept visible."""
    text = _ROLE.sub(lambda m: f"`{m[2].rsplit('.', 1)[-1] if m[1] else m[2]}`", text)
    text = _DOUBLE_TICKS.sub("`", text)
    return _outside_code(text, lambda part: _ANGLE.sub("&lt;", part))


def docstring(text: str | None) -> str:
    """A docstring (reST-ish) as markdown: its literal blocks (after ``::``) and
    doctests (``>>>``) fenced, as code; the rest as :func:`_prose`."""
    if not text:
        return "*No docstring.*"
    out: list[str] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith(">>>"):
            block = []
            while i < len(lines) and lines[i].strip():
                block.append(lines[i])
                i += 1
            out += ["```python", *block, "```"]
            continue
        if line.rstrip().endswith("::") and i + 1 < len(lines):
            head = line.rstrip()[:-2].rstrip()
            if head:
                out.append(_prose(head) + ":")
            i += 1
            block = []
            while i < len(lines) and (not lines[i].strip() or lines[i].startswith(" ")):
                block.append(lines[i])
                i += 1
            while block and not block[-1].strip():
                block.pop()
            while block and not block[0].strip():
                block.pop(0)
            if block:
                indent = min(len(b) - len(b.lstrip()) for b in block if b.strip())
                if out and out[-1].strip():
                    out.append("")
                out += ["```python", *(b[indent:] for b in block), "```", ""]
            continue
        out.append(_prose(line))
        i += 1
    return "\n".join(out).strip()


def anchor(heading: str) -> str:
    """The anchor GitHub gives a heading (the first of its text)."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading).replace("`", "")
    return re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")


# -- the CLI reference ----------------------------------------------------------------


def commands(group: click.Command | None = None) -> Iterator[tuple[click.Context, click.Command]]:
    """Every command, the group first, each with the context it runs in (its
    ``command_path``); in click's order (``--help``'s), subcommands after their group."""
    if group is None:
        from converter.cli import cli as group
    yield from _walk(click.Context(group, info_name="jobconv", **group.context_settings))


def _walk(ctx: click.Context) -> Iterator[tuple[click.Context, click.Command]]:
    command = ctx.command
    if command.hidden:
        return
    yield ctx, command
    if isinstance(command, click.Group):
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            if sub is not None:
                yield from _walk(
                    click.Context(sub, info_name=name, parent=ctx, **sub.context_settings)
                )


def options(ctx: click.Context) -> list[click.Option]:
    """The command's options as ``--help`` lists them (``--help`` itself too)."""
    return [p for p in ctx.command.get_params(ctx) if isinstance(p, click.Option) and not p.hidden]


def flags(option: click.Option) -> list[str]:
    """Every spelling of an option: ``-j``, ``--jobs``; ``--x``, ``--no-x``."""
    return [*option.opts, *option.secondary_opts]


def _flags_cell(option: click.Option) -> str:
    spelled = ", ".join(f"`{o}`" for o in option.opts)
    if option.secondary_opts:
        spelled += " / " + ", ".join(f"`{o}`" for o in option.secondary_opts)
    return spelled


def _range(kind: click.ParamType) -> str:
    low, high = getattr(kind, "min", None), getattr(kind, "max", None)
    parts = []
    if low is not None:
        parts.append(f"{low}{'<' if getattr(kind, 'min_open', False) else '≤'}")
    parts.append("x")
    if high is not None:
        parts.append(f"{'<' if getattr(kind, 'max_open', False) else '≤'}{high}")
    return "".join(parts) if len(parts) > 1 else ""


def _value(option: click.Option, ctx: click.Context) -> str:
    """What the option takes: a flag, its choices, its metavar or type; repeatable."""
    kind = option.type
    if option.is_flag or option.count:
        text = "count" if option.count else "flag"
    elif isinstance(kind, click.Choice):
        text = " \\| ".join(f"`{cell(str(c))}`" for c in kind.choices)
        if option.metavar:
            text = f"`{cell(option.metavar)}`: {text}"
    else:
        ranged = isinstance(kind, click.types._NumberRangeBase)
        name = kind.name.split()[0] if ranged else kind.name  # "integer range": integer
        metavar = option.metavar or kind.get_metavar(option, ctx) or name.upper()
        text = f"`{cell(metavar)}`"
        if ranged and _range(kind):
            text += (
                f" ({name}, {_range(kind)})" if metavar != name.upper() else f" ({_range(kind)})"
            )
        elif metavar != name.upper():
            text += f" ({name})"
    if option.multiple:
        text += ", repeatable"
    if option.required:
        text += ", required"
    return text


def _simple(value: object) -> str:
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, list | tuple):
        return ", ".join(_simple(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _default(option: click.Option, ctx: click.Context) -> str:
    """The default as ``--help`` shows it (an option's ``show_default``), else a dash."""
    shown = option.show_default if option.show_default is not None else ctx.show_default
    if isinstance(shown, str):
        return cell(plain(f"({shown})"))
    if not shown:
        return "—"
    value = option.get_default(ctx, call=False)
    if callable(value):
        return "(dynamic)"
    if value is None or value is getattr(click.core, "UNSET", object()) or value == ():
        return "—"
    if option.is_bool_flag and option.secondary_opts:
        return f"`{(option.opts if value else option.secondary_opts)[0]}`"
    if option.is_flag and not value:
        return "—"
    return f"`{_simple(value)}`"


def _help(option: click.Option) -> str:
    text = " ".join(paragraphs(option.help or ""))
    if option.envvar:
        names = [option.envvar] if isinstance(option.envvar, str) else list(option.envvar)
        text += " Environment: " + ", ".join(f"`{n}`" for n in names) + "."
    return cell(text.strip()) or "—"


def option_row(option: click.Option, ctx: click.Context) -> str:
    """One option's row: flags, value, default, help."""
    return (
        f"| {_flags_cell(option)} | {_value(option, ctx)} | {_default(option, ctx)}"
        f" | {_help(option)} |"
    )


_TABLE_HEAD = "| Option | Value | Default | Help |\n| --- | --- | --- | --- |\n"


def usage(ctx: click.Context) -> str:
    """The usage line, as ``--help`` starts (whatever the terminal's width)."""
    return " ".join([ctx.command_path, *ctx.command.collect_usage_pieces(ctx)])


def _arguments(ctx: click.Context) -> list[str]:
    found = []
    for param in ctx.command.get_params(ctx):
        if isinstance(param, click.Argument):
            what = [param.type.name]
            if param.nargs == -1 or param.nargs > 1:
                what.append("one or more" if param.required else "any number")
            elif not param.required:
                what.append("optional")
            found.append(f"- `{param.make_metavar(ctx)}` ({', '.join(what)})")
    return found


def is_converter(ctx: click.Context) -> bool:
    """``convert`` and the ``to-TARGET`` commands (one per target), which share options."""
    name = ctx.info_name or ""
    return (
        ctx.parent is not None
        and ctx.parent.parent is None
        and (name == "convert" or name.startswith("to-"))
    )


def shared_rows(found: list[tuple[click.Context, click.Command]]) -> list[str]:
    """The option rows every converter has, word for word, in the first one's order."""
    converters = [ctx for ctx, _ in found if is_converter(ctx)]
    if len(converters) < 2:
        return []
    rows = [[option_row(o, ctx) for o in options(ctx)] for ctx in converters]
    common = set(rows[0]).intersection(*rows[1:])
    return [row for row in rows[0] if row in common]


SHARED = "Options every converter shares"


def cli_page() -> str:
    """docs/reference/cli.md: every command, its usage, help and options."""
    found = list(commands())
    shared = shared_rows(found)
    converters = [ctx.command_path for ctx, _ in found if is_converter(ctx)]
    body = [
        generated("the click commands in converter/cli/"),
        "# Command-line reference\n",
        "Every command and option of `jobconv`, as `jobconv COMMAND --help` gives them,"
        f" generated from the code by `{REGENERATE}`. What the options do together, with"
        " examples: [the command-line guide](../cli.md).\n",
    ]
    for ctx, command in found:
        depth = len(ctx.command_path.split()) - 1
        summary = plain(_DOUBLE_TICKS.sub("`", command.get_short_help_str(limit=100)))
        body.append(
            f"{'  ' * max(depth - 1, 0)}- [`{ctx.command_path}`](#{anchor(ctx.command_path)})"
            + (f": {summary}" if depth and summary else "")
        )
    if shared:
        body.append(f"- [{SHARED}](#{anchor(SHARED)})")
    body.append("")
    for ctx, command in found:
        body.append(f"## `{ctx.command_path}`\n")
        if command.deprecated:
            body.append("**Deprecated.**\n")
        body.append(f"```text\n{usage(ctx)}\n```\n")
        body += [f"{p}\n" for p in paragraphs(command.help or command.short_help or "")]
        arguments = _arguments(ctx)
        if arguments:
            body.append("Arguments:\n\n" + "\n".join(arguments) + "\n")
        rows = [option_row(o, ctx) for o in options(ctx)]
        if shared and is_converter(ctx):
            rows = [r for r in rows if r not in shared]
            link = f"[the options every converter shares](#{anchor(SHARED)})"
            if rows:
                body.append(f"Its own options, besides {link}:\n")
            else:
                body.append(f"Options: {link}.\n")
        elif rows:
            body.append("Options:\n")
        if rows:
            body.append(_TABLE_HEAD + "\n".join(rows) + "\n")
        if isinstance(command, click.Group):
            subs = [c for c, _ in found if c.parent is ctx]
            if subs:
                listed = ", ".join(f"[`{c.info_name}`](#{anchor(c.command_path)})" for c in subs)
                body.append(f"Commands: {listed}.\n")
    if shared:
        names = ", ".join(f"[`{c}`](#{anchor(c)})" for c in converters)
        body.append(f"## {SHARED}\n")
        body.append(f"{names} each take these options, the same for every one.\n")
        body.append(_TABLE_HEAD + "\n".join(shared) + "\n")
    return "\n".join(body)


# -- the API reference ------------------------------------------------------------------


class _Shown:
    """A default or annotation as the page shows it: its text, never a memory address."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


_ADDRESS = re.compile(r" at 0x[0-9A-Fa-f]+")


def annotation(value: object) -> str:
    """An annotation in words, as written in the source."""
    if isinstance(value, str):
        return value
    if isinstance(value, typing.ForwardRef):
        return value.__forward_arg__
    if isinstance(value, type) and not isinstance(value, types.GenericAlias):
        return value.__qualname__
    return _ADDRESS.sub("", inspect.formatannotation(value)).replace("typing.", "")


def default(value: object) -> str:
    """A default, repr'd simply: an enum member by its name, a function or class by
    its name, an object by its repr without memory addresses."""
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    if inspect.isfunction(value) or inspect.isclass(value) or inspect.isbuiltin(value):
        return value.__qualname__
    return _ADDRESS.sub("", repr(value))


def signature(obj: object, name: str, *, drop_first: bool = False, returns: bool = True) -> str:
    """``name(params) -> return``, stable; one parameter a line when long. A
    class's (``returns`` False) leaves out its ``__init__``'s ``-> None``."""
    try:
        sig = inspect.signature(obj)
    except (TypeError, ValueError):
        return f"{name}(...)"
    params = list(sig.parameters.values())
    if drop_first and params:
        params = params[1:]
    shown = []
    for p in params:
        if p.annotation is not p.empty:
            p = p.replace(annotation=_Shown(annotation(p.annotation)))
        if p.default is not p.empty:
            p = p.replace(default=_Shown(default(p.default)))
        shown.append(p)
    parts, slash, star = [], False, False
    for p in shown:
        if p.kind is p.POSITIONAL_ONLY:
            slash = True
        elif slash:
            parts.append("/")
            slash = False
        if p.kind is p.VAR_POSITIONAL:
            star = True
        elif p.kind is p.KEYWORD_ONLY and not star:
            parts.append("*")
            star = True
        parts.append(_param(p))
    if slash:
        parts.append("/")
    ret = ""
    if returns and sig.return_annotation is not sig.empty:
        ret = f" -> {annotation(sig.return_annotation)}"
    one_line = f"{name}({', '.join(parts)}){ret}"
    if len(one_line) <= WIDTH or not parts:
        return one_line
    return f"{name}(\n" + "".join(f"    {p},\n" for p in parts) + f"){ret}"


def _param(p: inspect.Parameter) -> str:
    text = {p.VAR_POSITIONAL: "*", p.VAR_KEYWORD: "**"}.get(p.kind, "") + p.name
    if p.annotation is not p.empty:
        text += f": {p.annotation!r}"
    if p.default is not p.empty:
        text += f" = {p.default!r}" if p.annotation is not p.empty else f"={p.default!r}"
    return text


def own_doc(cls: type) -> str | None:
    """A class's own docstring: not one it inherits (``StrEnum``'s), nor the one
    ``dataclass`` makes of the signature."""
    doc = cls.__dict__.get("__doc__")
    if not doc:
        return None
    if dataclasses.is_dataclass(cls) and doc.startswith(f"{cls.__name__}("):
        return None
    return inspect.cleandoc(doc)


def doc_comment(module: types.ModuleType, name: str) -> str | None:
    """The ``#:`` comment lines just above ``name``'s assignment in ``module``."""
    try:
        source = inspect.getsource(module)
    except (OSError, TypeError):
        return None
    lines = source.splitlines()
    for node in ast.walk(ast.parse(source)):
        targets = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            found, at = [], node.lineno - 2
            while at >= 0 and lines[at].strip().startswith("#:"):
                found.insert(0, lines[at].strip()[2:].strip())
                at -= 1
            if found:
                return " ".join(found)
    return None


def _kind(obj: object) -> str:
    if inspect.isclass(obj):
        if issubclass(obj, enum.Enum):
            return "enum"
        if issubclass(obj, BaseException):
            return "exception"
        if dataclasses.is_dataclass(obj):
            return "dataclass"
        if issubclass(obj, tuple) and hasattr(obj, "_fields"):
            return "named tuple"
        return "class"
    if inspect.isfunction(obj) or inspect.isbuiltin(obj):
        return "function"
    if callable(obj):
        return "callable"
    return "constant"


def _bases(cls: type) -> str:
    shown = [
        b.__qualname__
        for b in cls.__bases__
        if b is not object and b.__qualname__ not in {"tuple", "Generic", "Protocol"}
    ]
    return f"({', '.join(shown)})" if shown else ""


def _constant_type(module: types.ModuleType, name: str, value: object) -> str:
    hints = getattr(module, "__annotations__", {})
    if name in hints:
        return annotation(hints[name])
    kind = type(value).__qualname__
    if isinstance(value, dict) and value:
        key, item = next(iter(value.items()))
        return f"{kind}[{type(key).__qualname__}, {type(item).__qualname__}]"
    return kind


def members(cls: type) -> list[tuple[str, str, str | None]]:
    """The public methods and properties ``cls`` itself defines, in its order:
    (heading, signature or type, docstring)."""
    found = []
    for name, value in vars(cls).items():
        if name.startswith("_"):
            continue
        if isinstance(value, property | functools.cached_property):
            getter = value.fget if isinstance(value, property) else value.func
            hints = getattr(getter, "__annotations__", {})
            kind = f": {annotation(hints['return'])}" if "return" in hints else ""
            found.append(
                (f"{cls.__name__}.{name}", f"property {name}{kind}", inspect.getdoc(value))
            )
        elif isinstance(value, staticmethod):
            func = value.__func__
            found.append(
                (
                    f"{cls.__name__}.{name}()",
                    f"@staticmethod\n{signature(func, name)}",
                    inspect.getdoc(func),
                )
            )
        elif isinstance(value, classmethod):
            func = value.__func__
            found.append(
                (
                    f"{cls.__name__}.{name}()",
                    f"@classmethod\n{signature(func, name, drop_first=True)}",
                    inspect.getdoc(func),
                )
            )
        elif inspect.isfunction(value):
            found.append(
                (
                    f"{cls.__name__}.{name}()",
                    signature(value, name, drop_first=True),
                    inspect.getdoc(value),
                )
            )
    return found


def _enum_members(cls: type[enum.Enum]) -> str:
    rows = [f"| `{m.name}` | `{m.value!r}` |" for m in cls]
    return "| Member | Value |\n| --- | --- |\n" + "\n".join(rows) + "\n"


def api_section(name: str, obj: object, module: types.ModuleType, alias_of: str | None) -> str:
    """The section of one public name."""
    home = getattr(obj, "__module__", None) if inspect.isclass(obj) or callable(obj) else None
    kind = _kind(obj)
    out = [f"## `{name}`\n"]
    if alias_of is not None:
        note = doc_comment(module, name)
        out.append(
            f"*{kind}*: another name for [`{alias_of}`](#{anchor(alias_of)}), the same object."
            + (f" {_prose(note)}" if note else "")
            + "\n"
        )
        return "\n".join(out)
    where = f", defined in `{home}`" if home else ""
    out.append(f"*{kind}*{where}\n")
    if inspect.isclass(obj):
        if issubclass(obj, enum.Enum):
            out.append(f"```python\nclass {name}{_bases(obj)}\n```\n")
        else:
            out.append(f"```python\nclass {signature(obj, name, returns=False)}\n```\n")
        if _bases(obj) and not issubclass(obj, enum.Enum):
            out.append(f"Bases: {', '.join(f'`{b}`' for b in _bases(obj)[1:-1].split(', '))}\n")
        out.append(docstring(own_doc(obj)) + "\n")
        if issubclass(obj, enum.Enum):
            out.append(_enum_members(obj))
        for heading, sig, doc in members(obj):
            out.append(f"### `{heading}`\n")
            out.append(f"```python\n{sig}\n```\n")
            out.append(docstring(doc) + "\n")
    elif callable(obj):
        out.append(f"```python\n{signature(obj, name)}\n```\n")
        out.append(docstring(inspect.getdoc(obj)) + "\n")
    else:
        homes = [module, *(_home_module(module, name) or [])]
        note = next((c for m in homes if (c := doc_comment(m, name))), None)
        out.append(f"Type: `{_constant_type(homes[-1], name, obj)}`\n")
        if isinstance(obj, dict) and obj:
            keys = ", ".join(f"`{k}`" for k in sorted(obj, key=str))
            out.append(f"Its {len(obj)} keys: {keys}.\n")
        out.append((_prose(note) if note else "*No doc comment.*") + "\n")
    return "\n".join(out)


def _home_module(package: types.ModuleType, name: str) -> list[types.ModuleType]:
    """The module a lazily imported name comes from (``_HOMES``), if it says."""
    import importlib

    homes = getattr(package, "_HOMES", {})
    if name in homes:
        return [importlib.import_module(homes[name], package.__name__)]
    return []


def api_page() -> str:
    """docs/reference/api.md: every name of ``converter.__all__``, in its order."""
    import converter

    names = list(converter.__all__)
    body = [
        generated("the docstrings of the names in `converter.__all__`"),
        "# Python API reference\n",
        "Every public name of the `converter` package (`converter.__all__`): its kind,"
        " signature and docstring; for a class, the methods and properties it defines."
        f" Generated from the code by `{REGENERATE}`. How they fit together, with"
        " examples: [the API guide](../api.md).\n",
    ]
    sections = []
    for name in names:
        obj = getattr(converter, name)
        # Another name for a class or function listed under its own (Validator: Pipeline).
        original = getattr(obj, "__name__", name) if callable(obj) else name
        alias_of = original if original != name and original in names else None
        body.append(f"- [`{name}`](#{anchor(name)})")
        sections.append(api_section(name, obj, converter, alias_of))
    body.append("")
    return "\n".join(body + sections)


# -- the pages ------------------------------------------------------------------------


def pages() -> dict[str, str]:
    """The reference pages: path in the repository -> text."""
    return {CLI_PAGE: cli_page(), API_PAGE: api_page()}


def stale(root: Path = ROOT, wanted: dict[str, str] | None = None) -> list[str]:
    """The reference pages under ``root`` that differ from what the code gives."""
    wanted = pages() if wanted is None else wanted
    return sorted(
        path
        for path, text in wanted.items()
        if not (root / path).is_file() or (root / path).read_text(encoding="utf-8") != text
    )


def write(root: Path = ROOT) -> list[str]:
    """Bring the reference pages under ``root`` up to date; the paths changed."""
    wanted = pages()
    changed = stale(root, wanted)
    for path in changed:
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(wanted[path], encoding="utf-8")
    return changed
