"""The GitHub Action (action.yml), its steps run as the runner would run them.

No GitHub runner here: the test reads action.yml, fills in its ``${{ }}``
expressions and ``if:`` conditions for a set of inputs, and runs each step
with bash in a fresh virtualenv (the install step installs this checkout
from its path, as ``github.action_path`` would give it).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from ..conftest import ROOT, feed_xml, good

_EXPRESSION = re.compile(r"\$\{\{\s*([\w.-]+)\s*\}\}")
_NOT_EMPTY = re.compile(r"inputs\.([\w-]+) != ''")


def _steps(inputs: dict[str, str]) -> list[tuple[str, str]]:
    """(name, bash script) of each step that runs for ``inputs``."""
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    values = {f"inputs.{k}": v.get("default", "") for k, v in action["inputs"].items()}
    values.update({f"inputs.{k}": v for k, v in inputs.items()})
    values["github.action_path"] = str(ROOT)
    required = {k for k, v in action["inputs"].items() if v.get("required")}
    assert required <= set(inputs), "a required input is missing"
    steps = []
    for step in action["runs"]["steps"]:
        assert step["shell"] == "bash"
        condition = step.get("if")
        if condition is not None:
            m = _NOT_EMPTY.fullmatch(condition)
            assert m, f"the test cannot read this condition: {condition}"
            if not values[f"inputs.{m[1]}"]:
                continue
        script = _EXPRESSION.sub(lambda e: values[e[1]], step["run"])
        steps.append((step["name"], script))
    return steps


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="the action's steps are bash")
def test_action_steps_install_report_and_fail_on_errors(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    env = {**os.environ, "PATH": f"{venv / 'bin'}:{os.environ['PATH']}", "NO_COLOR": "1"}
    env.pop("PYTHONPATH", None)
    work = tmp_path / "repo"
    (work / "feeds").mkdir(parents=True)
    (work / "feeds" / "good.xml").write_text(feed_xml(good()), encoding="utf-8")
    (work / "feeds" / "bad.xml").write_text(feed_xml(good(Title=None)), encoding="utf-8")
    steps = _steps(
        {"paths": "feeds/*.xml", "args": "--ignore L001 --max-age 0", "sarif-file": "jobconv.sarif"}
    )
    assert [name for name, _ in steps] == ["Install jobconv", "SARIF report", "Validate"]
    results = {}
    for name, script in steps:
        results[name] = subprocess.run(
            ["bash", "-e", "-c", script], cwd=work, env=env, capture_output=True, text=True
        )
    install = results["Install jobconv"]
    assert install.returncode == 0, install.stderr[-2000:]
    assert results["SARIF report"].returncode == 0  # never fails the job: `|| true`
    sarif = json.loads((work / "jobconv.sarif").read_text())
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"]
    validate = results["Validate"]
    assert validate.returncode == 1  # the feed has an error: the job fails
    annotations = [line for line in validate.stdout.splitlines() if line.startswith("::")]
    assert annotations and all("file=feeds/bad.xml" in a for a in annotations)
    assert any(a.startswith("::error ") and "S001" in a for a in annotations)
    # Without a SARIF file, that step does not run.
    assert [n for n, _ in _steps({"paths": "feeds/*.xml"})] == ["Install jobconv", "Validate"]
