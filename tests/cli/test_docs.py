"""Rule docs and configuration reference: the rules' docstrings in four
sections, the pages generated from them and from the configuration schema,
``jobconv rules --format json``, SARIF's ``helpUri``, and shell completion."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from converter.codes import DOCS_URL
from converter.lint.rules import RULES
from converter.report import ruledocs as docs
from converter.writers.targets import TARGETS

from ..conftest import ROOT, feed_xml, good, jobconv_command, run_cli

REPO_URL = "https://github.com/jobconv/jobconv/blob/main/"
JSON_FIELDS = {"code", "name", "severity", "summary", "doc", "targets", "held_back_from", "url"}


def _page_of(url: str) -> Path:
    """The file in this checkout that a rule URL shows."""
    assert url.startswith(REPO_URL), url
    return ROOT / url.removeprefix(REPO_URL)


# -- the docstrings ---------------------------------------------------------------


@pytest.mark.parametrize("code", sorted(RULES))
def test_every_rule_doc_has_what_why_example_and_use_instead(code: str) -> None:
    doc = docs.sections(RULES[code])
    assert doc.what.endswith("."), code
    assert doc.why, f"{code}: no paragraph saying why, after the summary line"
    assert doc.example, f"{code}: no `Example:` section"
    assert doc.use_instead, f"{code}: no `Use instead:` section"
    assert code in doc.example, f"{code}: the example should show the finding it gives"
    assert "Example:" not in doc.why and "Use instead:" not in doc.why, code


def test_sections_split_at_their_lines_and_keep_fenced_blocks() -> None:
    doc = docs.sections(RULES["C002"])
    assert doc.example.startswith("```xml\n<Compensationmin>90000")
    assert "C002 [error]" in doc.example and "``" not in doc.example.replace("```", "")
    assert doc.use_instead.startswith("the lower figure")
    assert docs.markdown("``a`` and\n```xml\n<x/>\n```") == "`a` and\n```xml\n<x/>\n```"


# -- the generated pages ----------------------------------------------------------


def test_committed_docs_are_what_the_code_generates() -> None:
    """docs/rules/ and docs/configuration.md are generated; CI fails when they drift."""
    stale = docs.stale(ROOT)
    assert not stale, (
        f"these pages differ from what the rules' docstrings and schemas/config.schema.json"
        f" give: {', '.join(stale)}; regenerate them with `{docs.REGENERATE}` and commit them"
    )


def test_each_rule_has_a_page_at_its_stable_url() -> None:
    index = (ROOT / "docs" / "rules" / "README.md").read_text(encoding="utf-8")
    for code, rule in RULES.items():
        assert rule.url == f"{DOCS_URL}{code}.md"
        page = _page_of(rule.url).read_text(encoding="utf-8")
        for heading in ("## What", "## Why", "## Example", "## Use instead"):
            assert heading in page, (code, heading)
        assert f"Default severity: **{rule.severity.value}**" in page
        assert f"Holds a job back from: {docs.held_back_from(rule)}" in page
        assert "(not documented)" not in page, code
        assert f"| [{code}]({code}.md) | {rule.name} | {rule.severity.value} |" in index


def test_the_generator_writes_checks_and_removes_stale_pages(tmp_path: Path) -> None:
    """``python tools/docs.py`` as CI or a developer runs it, on a copy."""
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    (tmp_path / "docs" / "rules" / "Z999.md").write_text("# a rule that is gone\n")
    page = tmp_path / "docs" / "rules" / "C002.md"
    page.write_text(page.read_text().replace("## Why", "## Wherefore"))

    def generator(*args: str) -> subprocess.CompletedProcess:
        command = [sys.executable, str(ROOT / "tools" / "docs.py"), *args, str(tmp_path)]
        return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=120)

    check = generator("--check")
    assert check.returncode == 1
    assert "docs/rules/C002.md: stale" in check.stdout
    assert "docs/rules/Z999.md: stale" in check.stdout
    assert docs.REGENERATE in check.stderr
    written = generator()
    assert written.returncode == 0 and "docs/rules/C002.md: written" in written.stdout
    assert not (tmp_path / "docs" / "rules" / "Z999.md").exists()
    assert page.read_text() == (ROOT / "docs" / "rules" / "C002.md").read_text()
    assert generator("--check").returncode == 0


# -- jobconv rules -----------------------------------------------------------------


def test_rules_json_gives_every_rule() -> None:
    proc = run_cli("rules", "--format", "json")
    assert proc.returncode == 0
    listed = json.loads(proc.stdout)
    assert [r["code"] for r in listed] == sorted(RULES)
    for item in listed:
        rule = RULES[item["code"]]
        assert set(item) == JSON_FIELDS
        assert (item["name"], item["severity"]) == (rule.name, rule.severity.value)
        assert item["summary"] == rule.summary.replace("``", "`")
        assert item["doc"].startswith(item["summary"]) and "Use instead:" in item["doc"]
        assert item["url"] == rule.url and _page_of(item["url"]).is_file()
        assert set(item["targets"]) <= set(TARGETS)
        assert item["held_back_from"] == docs.held_back_from(rule)
    by_code = {r["code"]: r for r in listed}
    assert by_code["R003"]["targets"] == ["jsonld"]  # what only Google requires
    assert by_code["C002"]["targets"] == list(TARGETS)  # an error: every output
    assert by_code["C001"]["targets"] == []  # a warning holds nothing back


def test_rules_json_for_one_rule_by_code_or_name() -> None:
    one = run_cli("rules", "L003", "--format", "json")
    assert one.returncode == 0
    item = json.loads(one.stdout)
    assert item["code"] == "L003" and item["name"] == "remote-without-applicant-location"
    assert item["url"] == f"{DOCS_URL}L003.md"
    assert run_cli("rules", "remote-without-applicant-location", "--format", "json").stdout == (
        one.stdout
    )
    missing = run_cli("rules", "Z999", "--format", "json")
    assert missing.returncode == 2 and missing.stdout == b""
    assert run_cli("rules", "--format", "yaml").returncode == 2


def test_rules_text_is_the_default_and_names_the_url() -> None:
    listing = run_cli("rules")
    assert listing.stdout == run_cli("rules", "--format", "text").stdout
    assert len(listing.stdout.decode().splitlines()) == len(RULES)
    explained = run_cli("rules", "T003").stdout.decode()
    assert f"Docs: {DOCS_URL}T003.md" in explained
    assert "Holds a job back from: schema.org JobPosting JSON-LD" in explained
    assert "Use instead:" in explained and "``" not in explained.replace("```", "")


# -- SARIF -------------------------------------------------------------------------


def test_sarif_links_each_reported_rule_to_its_page(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(feed_xml(good(Title="Nurse", Description="Nurse")), encoding="utf-8")
    proc = run_cli("validate", "--isolated", "--format", "sarif", str(feed))
    assert proc.returncode == 1
    run = json.loads(proc.stdout)["runs"][0]
    described = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert {"D001", "D002"} <= set(described)
    assert {r["ruleId"] for r in run["results"]} == set(described)
    for code, rule in described.items():
        assert rule["helpUri"] == f"{DOCS_URL}{code}.md"
        assert _page_of(rule["helpUri"]).is_file()
        assert rule["help"]["text"].startswith(rule["shortDescription"]["text"])
        assert "Use instead:" in rule["help"]["markdown"]
        assert "Example:" not in rule["fullDescription"]["text"]


# -- the configuration reference ------------------------------------------------------


def _schema() -> dict:
    return json.loads((ROOT / "schemas" / "config.schema.json").read_text(encoding="utf-8"))


def test_config_schema_is_valid_and_describes_every_key() -> None:
    schema = _schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    defaults = {}
    for key, node in schema["properties"].items():
        assert node.get("description"), f"{key} has no description"
        if "default" in node:
            defaults[key] = node["default"]
    jsonschema.validate(defaults, schema)  # each default is a value the key takes
    page = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    for key in schema["properties"]:
        assert f"| `{key}` |" in page, key
    assert "[tool.jobconv]" in page and ".jobconv.yaml" in page and "--isolated" in page


def test_the_documented_defaults_are_the_defaults(tmp_path: Path) -> None:
    """A pyproject.toml that spells out every documented default changes nothing."""
    feed = tmp_path / "feed.xml"
    feed.write_text(feed_xml(good(Description="One line.", Country="Narnia")), encoding="utf-8")
    defaults = {k: v["default"] for k, v in _schema()["properties"].items() if "default" in v}
    table = "\n".join(f"{key} = {json.dumps(value)}" for key, value in defaults.items())
    (tmp_path / "pyproject.toml").write_text(f"[tool.jobconv]\n{table}\n", encoding="utf-8")
    isolated = run_cli("validate", "--isolated", "feed.xml", cwd=tmp_path)
    configured = run_cli("validate", "feed.xml", cwd=tmp_path)
    assert configured.returncode == isolated.returncode == 0
    assert b" D002 " in isolated.stdout and b" L002 " in isolated.stdout
    assert configured.stdout == isolated.stdout
    # The file is read: one key changed from its default changes the findings.
    changed = table.replace("ignore = []", 'ignore = ["D"]')
    (tmp_path / "pyproject.toml").write_text(f"[tool.jobconv]\n{changed}\n", encoding="utf-8")
    ignoring = run_cli("validate", "feed.xml", cwd=tmp_path)
    assert b" D002 " not in ignoring.stdout and b" L002 " in ignoring.stdout


# -- shell completion ----------------------------------------------------------------


def _complete(words: str, cword: int, shell: str = "bash") -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "_JOBCONV_COMPLETE": f"{shell}_complete",
        "COMP_WORDS": words,
        "COMP_CWORD": str(cword),
    }
    return subprocess.run(jobconv_command(), env=env, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize(
    ("shell", "hook"),
    [
        ("bash", "complete -o nosort -F _jobconv_completion jobconv"),
        ("zsh", "compdef _jobconv_completion jobconv"),
        ("fish", "complete --no-files --command jobconv"),
    ],
)
def test_the_installed_command_gives_its_completion_script(shell: str, hook: str) -> None:
    env = {**os.environ, "_JOBCONV_COMPLETE": f"{shell}_source"}
    proc = subprocess.run(jobconv_command(), env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stderr == ""
    assert hook in proc.stdout


def test_completion_of_commands_options_and_rule_codes() -> None:
    assert _complete("jobconv val", 1).stdout.split() == ["plain,validate"]
    assert "plain,to-jsonld" in _complete("jobconv to-", 1).stdout.split()
    assert _complete("jobconv rules --format ", 3).stdout.split() == ["plain,text", "plain,json"]
    codes = _complete("jobconv rules C00", 2).stdout.split()
    assert codes == [f"plain,{c}" for c in sorted(RULES) if c.startswith("C00")]
    assert "plain,empty-title" in _complete("jobconv rules empty-", 2).stdout.split()


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash here")
def test_bash_completes_val_to_validate_with_the_script() -> None:
    """The script as a user's ~/.bashrc sources it, driven as bash drives it on Tab."""
    script = (
        'eval "$(_JOBCONV_COMPLETE=bash_source jobconv)"\n'
        "COMP_WORDS=(jobconv val); COMP_CWORD=1\n"
        "_jobconv_completion jobconv\n"
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    bin_dir = str(Path(jobconv_command()[0]).parent)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    proc = subprocess.run(
        ["bash", "--norc", "--noprofile", "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["validate"]


# -- links between the pages ------------------------------------------------------------

_FENCE = re.compile(r"^```.*?^```[ \t]*$", re.M | re.S)
_LINK = re.compile(r"\[[^\]\n]*\]\(([^()\s]+)\)")


def _prose(text: str) -> str:
    """Markdown without its fenced blocks and code spans, where links are no links."""
    return re.sub(r"`[^`\n]*`", "", _FENCE.sub("", text))


def _anchors(page: Path) -> set[str]:
    """The anchors GitHub gives a page's headings."""
    found: set[str] = set()
    for line in _FENCE.sub("", page.read_text(encoding="utf-8")).splitlines():
        heading = re.match(r"#{1,6} (.+)", line)
        if heading is None:
            continue
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading[1]).replace("`", "")
        slug = re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")
        n, unique = 0, slug
        while unique in found:
            n += 1
            unique = f"{slug}-{n}"
        found.add(unique)
    return found


def test_every_link_of_the_readme_and_the_docs_reaches_its_page_and_heading() -> None:
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    broken = []
    for page in pages:
        for target in _LINK.findall(_prose(page.read_text(encoding="utf-8"))):
            if re.match(r"[a-z]+:", target):
                continue  # a URL
            path, _, anchor = target.partition("#")
            linked = (page.parent / path).resolve() if path else page
            where = f"{page.relative_to(ROOT)}: {target}"
            if not linked.exists():
                broken.append(f"{where} (no such file)")
            elif anchor and anchor not in _anchors(linked):
                broken.append(f"{where} (no such heading)")
    assert not broken, "broken links:\n" + "\n".join(broken)


def test_the_readme_links_every_docs_page() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    linked = {target.partition("#")[0] for target in _LINK.findall(_prose(readme))}
    pages = {f"docs/{page.name}" for page in (ROOT / "docs").glob("*.md")}
    assert pages - linked == set(), "pages the README's table of docs leaves out"
    assert "docs/rules/README.md" in linked
