"""CI report formats, configuration, baselines, and the real pre-commit hook."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from converter import RULES

from ..conftest import FIXTURES, ROOT, SEED, feed_xml, good, requires_shared, run_cli

BROKEN = FIXTURES / "invalid" / "missing-title.xml"


def test_github_annotations_escape_and_locate(tmp_path):
    path = tmp_path / "a,b:c.xml"
    path.write_text(feed_xml(good(Country="100%,\nbad", Workarrangement="remote")))
    proc = run_cli("validate", "--format", "github", "--select", "L002", path.name, cwd=tmp_path)
    [line] = proc.stdout.decode().splitlines()
    assert line.startswith("::warning file=a%2Cb%3Ac.xml,line=")
    assert "title=L002 unknown-country::" in line
    assert "'100%25," in line  # % escaped; the message has no raw newline
    from converter.report import github_line
    from converter.results import Diagnostic, Severity

    d = Diagnostic("f.xml", 1, 2, "X001", "xml-syntax", Severity.ERROR, "a\r\nb: 50%, c")
    assert github_line(d).endswith("::a%0D%0Ab: 50%25, c")
    errors = run_cli("validate", "--format", "github", str(BROKEN)).stdout.decode().splitlines()
    assert sum(x.startswith("::error file=") for x in errors) == 3
    assert any(",line=10,col=7," in x for x in errors)


def test_auto_is_github_under_actions():
    env_proc = subprocess.run(
        [*run_cli.__globals__["jobconv_command"](), "validate", "--format", "auto", str(BROKEN)],
        env={**os.environ, "GITHUB_ACTIONS": "true"},
        capture_output=True,
    )
    assert env_proc.stdout.startswith(b"::")
    plain = run_cli("validate", "--format", "auto", str(BROKEN))
    assert plain.stdout.startswith(str(BROKEN).encode())


def test_sarif_describes_every_rule_and_start_lines():
    proc = run_cli("validate", "--format", "sarif", str(BROKEN), str(FIXTURES / "sample.xml"))
    sarif = json.loads(proc.stdout)
    assert sarif["version"] == "2.1.0"
    run = sarif["runs"][0]
    assert run["tool"]["driver"]["name"] == "jobconv"
    rules = run["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    for result in run["results"]:
        assert result["ruleId"] in ids
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] in ("error", "warning")
    assert all(r["fullDescription"]["text"] and r["name"] == RULES[r["id"]].name for r in rules)
    lines = sorted(
        r["locations"][0]["physicalLocation"]["region"]["startLine"]
        for r in run["results"]
        if r["ruleId"] == "S001"
    )
    assert lines == [4, 9, 10]


def test_junit_counts_failures():
    proc = run_cli("validate", "--format", "junit", str(BROKEN), str(FIXTURES / "sample.xml"))
    root = ET.fromstring(proc.stdout)
    suites = root.findall("testsuite")
    assert [(s.get("tests"), s.get("failures")) for s in suites] == [("1", "1"), ("4", "0")]
    [failure] = root.iter("failure")
    assert failure.get("type") == "S001" and "Bonus" in failure.text


def test_gitlab_code_quality_with_stable_fingerprints():
    first = json.loads(run_cli("validate", "--format", "gitlab", str(BROKEN)).stdout)
    again = json.loads(run_cli("validate", "--format", "gitlab", str(BROKEN)).stdout)
    assert first == again and len(first) == 4
    assert len({i["fingerprint"] for i in first}) == 4
    assert {i["severity"] for i in first} == {"major", "minor"}
    assert first[0]["location"]["lines"]["begin"] == 4


def test_output_file_and_statistics(tmp_path):
    report = tmp_path / "report.sarif"
    proc = run_cli("validate", "--format", "sarif", "--output-file", str(report), str(BROKEN))
    assert proc.returncode == 1 and proc.stdout == b""
    assert json.loads(report.read_text())["runs"][0]["results"]
    assert os.listdir(tmp_path) == ["report.sarif"]
    stats = run_cli("validate", "--statistics", str(BROKEN), str(FIXTURES / "sample.xml"))
    assert stats.stdout.decode().splitlines() == [
        "      4 C001 empty-compensation [warning]",
        "      3 S001 schema-violation [error]",
    ]


@requires_shared
def test_pyproject_ignore_silences_a_rule_and_cli_does_the_same(tmp_path):
    shutil.copy(SEED, tmp_path / "feed.xml")
    assert "L001" in run_cli("validate", "feed.xml", cwd=tmp_path).stdout.decode()
    assert (
        "L001"
        not in run_cli("validate", "--ignore", "L001", "feed.xml", cwd=tmp_path).stdout.decode()
    )
    (tmp_path / "pyproject.toml").write_text('[tool.jobconv]\nignore = ["L001"]\n')
    sub = tmp_path / "deeper"
    sub.mkdir()
    for cwd, name in ((tmp_path, "feed.xml"), (sub, "../feed.xml")):
        out = run_cli("validate", name, cwd=cwd).stdout.decode()
        assert "L001" not in out and "C001" in out
    assert "L001" in run_cli("validate", "--isolated", "feed.xml", cwd=tmp_path).stdout.decode()


def test_yaml_config_select_severity_and_per_file_ignores(tmp_path):
    (tmp_path / "a.xml").write_text(feed_xml(good(Country="", Location="Leeds, UK")))
    (tmp_path / "legacy").mkdir()
    (tmp_path / "legacy" / "b.xml").write_text(
        feed_xml(good(Country="", Location="Leeds, UK", Jobtype="gig"))
    )
    (tmp_path / ".jobconv.yaml").write_text(
        "select: [L, V]\nseverity: {L001: error}\nper-file-ignores:\n  'legacy/*': [L001]\n"
    )
    proc = run_cli("validate", "a.xml", "legacy/b.xml", cwd=tmp_path)
    lines = proc.stdout.decode().splitlines()
    assert proc.returncode == 1  # L001 raised to an error
    assert [x.split()[1:3] for x in lines] == [["L001", "[error]"], ["V001", "[warning]"]]
    assert lines[0].startswith("a.xml:")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[tool.jobconv]\nselct = ['L']\n", ["pyproject.toml", "selct"]),
        ("[tool.jobconv]\nignore = ['Q123']\n", ["pyproject.toml", "Q123"]),
        ("[tool.jobconv]\nengine = 'saxon'\n", ["pyproject.toml", "engine"]),
        ("[tool.jobconv]\nseverity = {L001 = 'fatal'}\n", ["severity", "L001"]),
    ],
)
def test_bad_config_exits_2_naming_file_and_key(tmp_path, text, words):
    (tmp_path / "pyproject.toml").write_text(text)
    (tmp_path / "f.xml").write_text(feed_xml(good()))
    proc = run_cli("validate", "f.xml", cwd=tmp_path)
    assert proc.returncode == 2
    message = proc.stderr.decode()
    assert all(w in message for w in words), message
    assert "Traceback" not in message


def test_config_option_names_a_file_and_unknown_cli_code_is_usage_error(tmp_path):
    (tmp_path / "conf.yaml").write_text("ignore: [C]\n")
    out = run_cli("validate", "--config", str(tmp_path / "conf.yaml"), str(FIXTURES / "sample.xml"))
    assert out.returncode == 0 and out.stdout == b""
    assert run_cli("validate", "--select", "Z9", str(FIXTURES / "sample.xml")).returncode == 2


def test_baseline_reports_only_new_findings_and_survives_moved_jobs(tmp_path):
    feed = tmp_path / "feed.xml"
    feed.write_text(
        feed_xml(good(externalid="a", Country="", Location="Leeds, UK"), good(externalid="b"))
    )
    baseline = tmp_path / "baseline.json"
    written = run_cli("validate", "--write-baseline", str(baseline), "feed.xml", cwd=tmp_path)
    assert written.returncode == 0
    data = json.loads(baseline.read_text())
    assert data["findings"] == [{"file": "feed.xml", "job_id": "a", "code": "L001", "count": 1}]
    # The feed is regenerated: jobs swap places, and b gains a problem.
    feed.write_text(
        feed_xml(
            good(externalid="b", Country="", Location="Leeds, UK"),
            good(externalid="a", Country="", Location="Leeds, UK"),
        )
    )
    proc = run_cli("validate", "--baseline", str(baseline), "feed.xml", cwd=tmp_path)
    lines = proc.stdout.decode().splitlines()
    assert len(lines) == 1 and "L001" in lines[0]
    assert int(lines[0].split(":")[1]) < 28  # in the first job now: b's, the new finding
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    assert run_cli("validate", "--baseline", str(bad), "feed.xml", cwd=tmp_path).returncode == 2


def _api_example(n: int) -> str:
    """The ``n``-th Python block of docs/api.md (0: validating, 1: converting)."""
    page = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    return page.split("```python")[n + 1].split("```", 1)[0]


def test_python_api_from_the_docs():
    block = _api_example(0)
    code = block.replace('"feed.xml"', repr(str(FIXTURES / "invalid" / "types.xml")))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "S001" in proc.stdout


def test_python_conversion_from_the_docs(tmp_path):
    block = _api_example(1)
    code = block.replace('"feed.xml"', repr(str(FIXTURES / "sample.xml")))
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-1] == "4 0 True"  # written, held back, published
    assert len((tmp_path / "jobs.jsonl").read_text().splitlines()) == 4


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.mark.slow
@requires_shared
def test_real_pre_commit_hook(tmp_path):
    """pre-commit try-repo of this repository, on a scratch repository of feeds."""
    if shutil.which("git") is None:
        pytest.fail("git is needed for the pre-commit test")
    pre_commit = Path(sys.executable).parent / "pre-commit"
    repo = tmp_path / "feeds"
    repo.mkdir()
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "t@example.com")
    _git(repo, "config", "user.name", "t")
    shutil.copy(SEED, repo / "seed.xml")
    _git(repo, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}

    def try_repo(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(pre_commit), "try-repo", str(ROOT), "jobconv-validate", *args],
            cwd=repo,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
        )

    ok = try_repo("--all-files")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    (repo / "that-feed.xml").write_text(feed_xml(good(Bonus="x")))
    _git(repo, "add", "that-feed.xml")
    bad = try_repo("--files", "that-feed.xml")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "S001" in bad.stdout
    line = bad.stdout.split("that-feed.xml:", 1)[1].split(":", 1)[0]
    assert line.isdigit()


def test_hook_manifest():
    import yaml

    hooks = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    assert hooks["jobconv-validate"]["entry"] == "jobconv validate"
    assert hooks["jobconv-validate-strict"]["entry"] == "jobconv validate --strict"
    for hook in hooks.values():
        # By name alone, so a user's `files:` override is the whole override.
        assert hook["language"] == "python" and hook["types"] == ["file"]
        assert hook["files"] == r"(?i)\.xml(\.gz)?$"
        assert hook["require_serial"] is True  # jobconv runs its own processes
