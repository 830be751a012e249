"""Start-up: a command imports what it runs, nothing more.

``jobconv validate`` on a one-job feed should take a quarter of a second, and
most of that is imports. These tests watch the real command's imports (as
``python -X importtime`` lists them) rather than its time, which a shared
machine makes too noisy to assert on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

import converter
from converter.lint.config import surely_valid

from ..conftest import ROOT, feed_xml, good, jobconv_command

#: Modules only other commands need: the converters, the differ, the report
#: page, the publishing gate; and heavy libraries a valid run never uses.
NOT_FOR_VALIDATE = (
    "converter.cli.convert",
    "converter.cli.diff",
    "converter.cli.report",
    "converter.cli.rules",
    "converter.diff",
    "converter.publish",
    "converter.insight",
    "converter.report.ruledocs",
    "converter.writers.hropen",
    "converter.writers.jsonld",
    "converter.writers.boards",
    "jsonschema",
    "xmlschema",
    "sqlite3",
    # Without --scheduler nothing imports Dask, whether the extra is installed or not.
    "converter.dask",
    "converter.pipeline.cluster",
    "dask",
    "distributed",
    "fsspec",
)


def imported(*args: str, cwd: Path | None = None) -> tuple[set[str], subprocess.CompletedProcess]:
    """The modules the installed ``jobconv ARGS`` imports, and how it ended
    (importlib.import_module's own imports go unlisted: it bypasses the timer)."""
    env = {**os.environ, "NO_COLOR": "1", "PYTHONPROFILEIMPORTTIME": "1"}
    done = subprocess.run(
        [*jobconv_command(), *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )
    lines = [line for line in done.stderr.splitlines() if line.startswith("import time:")]
    assert lines, done.stderr
    return {line.rsplit("|", 1)[1].strip() for line in lines}, done


def test_validate_imports_neither_other_commands_nor_heavy_libraries(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(feed_xml(good()), encoding="utf-8")
    modules, done = imported("validate", str(feed), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "converter.pipeline" in modules and "converter.cli.options" in modules
    loaded = [m for m in NOT_FOR_VALIDATE if m in modules]
    assert not loaded, f"jobconv validate imported {loaded}"


def test_a_valid_configuration_is_checked_without_jsonschema(tmp_path: Path) -> None:
    """jsonschema takes ~0.1 s to import: a valid file is checked without it,
    an invalid one still gets jsonschema's own message."""
    feed = tmp_path / "feed.xml"
    feed.write_text(feed_xml(good()), encoding="utf-8")
    config = tmp_path / ".jobconv.yaml"
    config.write_text(
        "select: [ALL]\nignore: [D]\nseverity: {L001: error}\nvalid-for: 30\n"
        "per-file-ignores: {'legacy/*.xml': [C001]}\nengine: lxml\n",
        encoding="utf-8",
    )
    modules, done = imported("validate", str(feed), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "jsonschema" not in modules
    config.write_text("valid-for: 0\n", encoding="utf-8")
    modules, done = imported("validate", str(feed), cwd=tmp_path)
    assert done.returncode == 2 and "jsonschema" in modules
    assert "valid-for: 0 is less than the minimum of 1" in done.stderr


def test_every_command_still_runs_and_lists(tmp_path: Path) -> None:
    """The commands load when named: each is there, in --help and by name."""
    listed = subprocess.run([*jobconv_command(), "--help"], capture_output=True, text=True)
    commands = listed.stdout.split("Commands:", 1)[1].split()
    for name in ("validate", "to-jsonld", "to-hropen", "to-csv", "to-indeed", "convert", "diff"):
        assert name in commands
        help_ = subprocess.run([*jobconv_command(), name, "--help"], capture_output=True)
        assert help_.returncode == 0 and b"Usage: jobconv " + name.encode() in help_.stdout
    from converter.cli import cli

    assert list(cli.commands)[:2] == ["validate", "to-jsonld"]
    assert cli.commands["to-csv"].name == "to-csv" and "nope" not in cli.commands


def test_the_packages_public_names_load_on_first_use() -> None:
    code = (
        "import sys, converter; before = 'converter.pipeline' in sys.modules;"
        "from converter import *; import converter as c;"
        f"print(before, all(getattr(c, n) is not None for n in {converter.__all__!r}),"
        " c.Validator is c.Pipeline, set(c.__all__) <= set(dir(c)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.stdout.split() == ["False", "True", "True", "True"], done.stderr
    with pytest.raises(AttributeError):
        converter.no_such_name  # noqa: B018


CONFIG_SCHEMA = json.loads((ROOT / "schemas" / "config.schema.json").read_text(encoding="utf-8"))

CONFIGS: list[object] = [
    {},
    {"select": ["ALL"], "extend-select": ["C0"], "ignore": ["empty-compensation"]},
    {"per-file-ignores": {"a/*.xml": ["C001"]}, "severity": {"C001": "error"}},
    {"severity": {"empty-compensation": "warning"}},
    {"schema": "x.xsd", "engine": "xmlschema", "dialect": "indeed", "valid-for": 1},
    {"include": ["*.xml"], "exclude": ["old/"]},
    # invalid, each in one way
    [],
    {"select": "ALL"},
    {"select": ["c001"]},
    {"select": [1]},
    {"unknown": 1},
    {"severity": {"C001": "fatal"}},
    {"severity": {"bad name": "error"}},
    {"schema": ""},
    {"engine": "libxml2"},
    {"include": [""]},
    {"dialect": "Indeed"},
    {"dialect": "indeed\n"},
    {"valid-for": 0},
    {"valid-for": True},
    {"valid-for": 2.0},
    {"valid-for": 1.5},
    {"per-file-ignores": {"x": "C001"}},
    {"per-file-ignores": []},
    {1: ["C001"]},
]


@pytest.mark.parametrize("data", CONFIGS, ids=lambda d: json.dumps(d, default=str)[:40])
def test_the_quick_configuration_check_never_passes_what_jsonschema_fails(data: object) -> None:
    valid = not list(jsonschema.Draft202012Validator(CONFIG_SCHEMA).iter_errors(data))
    quick = surely_valid(data, CONFIG_SCHEMA, CONFIG_SCHEMA)
    assert not quick or valid
    if isinstance(data, dict) and all(isinstance(k, str) for k in data) and valid:
        # Every valid file these tests write passes without jsonschema, but a float
        # for an integer (2.0), which only jsonschema decides.
        assert quick or any(isinstance(v, float) for v in data.values())
