"""The rule and configuration reference, generated from the code.

Each rule's page (docs/rules/CODE.md, at ``Rule.url``) and the index
docs/rules/README.md come from the rules' docstrings; docs/configuration.md
from schemas/config.schema.json. So the docs cannot drift from what jobconv
does: tests/cli/test_docs.py fails when a committed page differs. Here with
the report formats, since ``jobconv rules`` and SARIF show the same pages.
Regenerate (``tools/docs.py`` calls :func:`write` and :func:`stale`)::

    python tools/docs.py          # write the pages
    python tools/docs.py --check  # exit 1 if any page is stale
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from ..codes import DOCS_URL
from ..codes.document import BREAKING, NOT_A_FEED
from ..feed.engines import default_schema_path
from ..lint.rules import RULES, Rule
from ..results import Severity
from ..writers.targets import TARGETS

ROOT = Path(__file__).resolve().parents[2]
RULES_DIR = "docs/rules"
CONFIG_PAGE = "docs/configuration.md"
REGENERATE = "python tools/docs.py"
SECTIONS = ("Example", "Use instead")

_DOUBLE_TICKS = re.compile(r"(?<!`)``(?!`)")


def markdown(text: str) -> str:
    """reST's double backquotes as markdown's single ones; fences (```) untouched."""
    return _DOUBLE_TICKS.sub("`", text)


@dataclass(frozen=True, slots=True)
class RuleDoc:
    """A rule's doc in its four sections, markdown; a missing one is empty."""

    what: str
    why: str
    example: str
    use_instead: str


def sections(rule: Rule) -> RuleDoc:
    """Split ``rule.doc``: the first line, the paragraphs up to the first
    ``Example:`` or ``Use instead:`` line, then each of those sections."""
    lines = markdown(rule.doc).strip().splitlines()
    parts: dict[str, list[str]] = {"why": []}
    current = parts["why"]
    for line in lines[1:]:
        head = next((s for s in SECTIONS if line.startswith(f"{s}:")), None)
        if head is not None:
            current = parts.setdefault(head, [])
            line = line[len(head) + 1 :].strip()
        current.append(line)
    text = {k: "\n".join(v).strip() for k, v in parts.items()}
    return RuleDoc(
        lines[0].strip(), text["why"], text.get("Example", ""), text.get("Use instead", "")
    )


def held_back_from(rule: Rule) -> str:
    """Which outputs a finding of ``rule`` keeps a job from, in words."""
    if rule.code in BREAKING:
        return "every output: nothing of the run is written (the feed broke off)"
    if rule.code == NOT_A_FEED.code:
        return "none: it is no job (the file is skipped; the other feeds are written)"
    if rule.severity is Severity.ERROR:
        return "every output (an error)"
    if rule.targets:
        names = ", ".join(TARGETS[t].title for t in rule.targets)
        return f"{names} (an error when converting to it; a warning elsewhere)"
    return "none (the job is written, with the warning)"


def held_back_targets(rule: Rule) -> list[str]:
    """The outputs (``convert --to`` names) a finding of ``rule`` keeps a job
    from, at its default severity: all of them for an error."""
    if rule.code == NOT_A_FEED.code:
        return []
    if rule.code in BREAKING or rule.severity is Severity.ERROR:
        return list(TARGETS)
    return list(rule.targets)


def rule_info(rule: Rule) -> dict[str, object]:
    """The rule as ``jobconv rules --format json`` gives it."""
    return {
        "code": rule.code,
        "name": rule.name,
        "severity": rule.severity.value,
        "summary": markdown(rule.summary),
        "doc": markdown(rule.doc),
        "targets": held_back_targets(rule),
        "held_back_from": held_back_from(rule),
        "url": rule.url,
    }


def page_name(rule: Rule) -> str:
    """The page's path in the repository, the tail of ``rule.url``."""
    return f"{RULES_DIR}/{rule.url.rsplit('/', 1)[1]}"


def _generated(source: str) -> str:
    return f"<!-- Generated from {source} by `{REGENERATE}`: edit that, not this page. -->\n"


def rule_page(rule: Rule) -> str:
    """docs/rules/CODE.md: What, Why, Example, Use instead; severity, what it holds back."""
    doc = sections(rule)
    body = [
        _generated("the rule's docstring in converter/lint/rules/"),
        f"# {rule.code}: {rule.name}\n",
        f"- Default severity: **{rule.severity.value}**",
        f"- Holds a job back from: {held_back_from(rule)}",
        f"- Explain it in a terminal: `jobconv rules {rule.code}`\n",
    ]
    for title, text in (
        ("What", doc.what),
        ("Why", doc.why),
        ("Example", doc.example),
        ("Use instead", doc.use_instead),
    ):
        text = text[:1].upper() + text[1:] if text else "(not documented)"
        body.append(f"## {title}\n\n{text}\n")
    body.append("[All rules](README.md)")
    return "\n".join(body) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _held_back_short(rule: Rule) -> str:
    if rule.code in BREAKING:
        return "the whole run"
    if rule.severity is Severity.ERROR:
        return "every output"
    return ", ".join(TARGETS[t].title for t in rule.targets) or "none"


def rules_index() -> str:
    """docs/rules/README.md: a row per rule, linking its page."""
    rows = [
        f"| [{r.code}]({page_name(r).rsplit('/', 1)[1]}) | {r.name} | {r.severity.value}"
        f" | {_cell(_held_back_short(r))} | {_cell(markdown(r.summary))} |"
        for r in sorted(RULES.values(), key=lambda r: r.code)
    ]
    return (
        _generated("the rules' docstrings in converter/lint/rules/") + "\n# Rules\n\n"
        "Every code jobconv reports, with its default severity and the outputs a finding"
        " holds a job back from (an error holds it back from every output; *the whole run*:"
        " the feed broke off and nothing is written). `jobconv rules` lists them,"
        " `jobconv rules CODE` explains one, `jobconv rules --format json` gives them as"
        " JSON. A rule's page is at a stable URL,"
        f" `{DOCS_URL}CODE.md`, which SARIF reports"
        " give as the rule's `helpUri`. The configuration (`select`, `ignore`, `severity`)"
        " is in [configuration.md](../configuration.md).\n\n"
        "| Code | Name | Severity | Holds a job back from | What |\n"
        "| --- | --- | --- | --- | --- |\n" + "\n".join(rows) + "\n"
    )


def config_schema() -> dict:
    """schemas/config.schema.json, as the configuration reader loads it."""
    path = default_schema_path().parent / "config.schema.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _type(node: dict, schema: dict) -> str:
    """A JSON Schema node in words: ``array of string``, ``"lxml" or "xmlschema"``."""
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[1]
        return f"{_type(schema['$defs'][name], schema)} ({name})"
    if "enum" in node:
        return " or ".join(f'`"{v}"`' for v in node["enum"])
    kind = node.get("type", "any")
    if kind == "array":
        return f"array of {_type(node.get('items', {}), schema)}"
    if kind == "object" and isinstance(node.get("additionalProperties"), dict):
        return f"table: key → {_type(node['additionalProperties'], schema)}"
    return str(kind)


_CONFIG_INTRO = """\
# Configuration

jobconv reads its configuration from `[tool.jobconv]` in `pyproject.toml`, or from the
whole of `.jobconv.yaml` (or `.jobconv.yml`). It looks in the working directory, then in
each folder above it: the first folder that has one wins, and there `.jobconv.yaml`
(then `.jobconv.yml`) comes before `pyproject.toml`, which counts only when it has a
`[tool.jobconv]` table. `--config FILE` names the file instead; `--isolated` reads none.
The configuration applies to `validate` and to every converter alike
([the publishing gate](gate.md)).

Command-line options win over the file: `--select` replaces `select`; `--extend-select`
and `--ignore` add to `extend-select` and `ignore`. The file is checked against
`schemas/config.schema.json`: an unknown key, a value of the wrong type or a code that
matches no rule stops the run with exit 2 and a message naming the file and the key.
The rules and their codes: [rules/README.md](rules/README.md).
"""

_CONFIG_EXAMPLE = """\
## Example

```toml
[tool.jobconv]
ignore = ["L001"]                                # e.g. feeds of remote-only jobs
per-file-ignores = {"legacy/*.xml" = ["C", "V"]}
severity = {D002 = "error"}
schema = "schemas/our-feed.xsd"                  # relative to this file
```

The same as `.jobconv.yaml`:

```yaml
ignore: [L001]
per-file-ignores:
  "legacy/*.xml": [C, V]
severity:
  D002: error
schema: schemas/our-feed.xsd
```
"""


def configuration_page(schema: dict | None = None) -> str:
    """docs/configuration.md: every key of the schema, its type, default and meaning."""
    schema = schema or config_schema()
    rows = []
    for key, node in schema["properties"].items():
        default = f"`{json.dumps(node['default'])}`" if "default" in node else "none"
        meaning = _cell(node.get("description", ""))
        rows.append(f"| `{key}` | {_cell(_type(node, schema))} | {default} | {meaning} |")
    terms = [
        f"**{name.capitalize()}.** {node['description']}"
        for name, node in schema.get("$defs", {}).items()
        if node.get("description")
    ]
    return (
        _generated("schemas/config.schema.json")
        + "\n"
        + _CONFIG_INTRO
        + "\n## Keys\n\n"
        + "| Key | Type | Default | Meaning |\n| --- | --- | --- | --- |\n"
        + "\n".join(rows)
        + "\n\n"
        + ("\n".join(terms) + "\n\n" if terms else "")
        + _CONFIG_EXAMPLE
    )


def pages() -> dict[str, str]:
    """Every generated page: its path in the repository, its text."""
    found = {page_name(r): rule_page(r) for r in RULES.values()}
    found[f"{RULES_DIR}/README.md"] = rules_index()
    found[CONFIG_PAGE] = configuration_page()
    return found


def stale(root: Path = ROOT) -> list[str]:
    """The pages under ``root`` that differ from what the code gives, or
    should not be there (the page of a rule that is gone)."""
    wanted = pages()
    present = {f"{RULES_DIR}/{p.name}" for p in (root / RULES_DIR).glob("*.md")}
    differ = [
        path
        for path, text in wanted.items()
        if not (root / path).is_file() or (root / path).read_text(encoding="utf-8") != text
    ]
    return sorted(differ + sorted(present - wanted.keys()))


def write(root: Path = ROOT) -> list[str]:
    """Bring the pages under ``root`` up to date; the paths changed."""
    wanted, changed = pages(), stale(root)
    for path in changed:
        target = root / path
        if path in wanted:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(wanted[path], encoding="utf-8")
        else:
            target.unlink()
    return changed
