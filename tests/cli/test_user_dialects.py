"""Dialects of a user's own: --dialect FILE.yaml (an XSD beside it optional),
folders named by the configuration's ``dialects``, checked against
schemas/dialect.schema.json with file:line errors (exit 2)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from converter.feed.dialects import _builtin, _file_schema

from ..conftest import run_cli

ACME = """\
name: acme
title: Acme ATS
root: openings
job: [openings, opening]
required: [Title, Applyto]
fields:
  externalid: "@ref"
  Title: position
  Description: summary
  Employername: employer
  Applyto: apply/@href
  Location: town
  Country: {from: nation, transform: [country]}
  Postedate: {from: posted, transform: [date]}
"""

FEED = """<?xml version="1.0"?>
<openings>
  <opening ref="a1"><position>Cook</position><summary>Cook lunch.</summary><employer>Acme</employer><apply href="https://acme.example/a1"/><town>Leeds</town><nation>United Kingdom</nation><posted>2026-05-01</posted><phone>1</phone></opening>
  <opening ref="a2"><summary>No title.</summary><employer>Acme</employer><apply href="https://acme.example/a2"/><town>Leeds</town><nation>GB</nation><posted>2026-05-01</posted></opening>
</openings>
"""  # noqa: E501


@pytest.fixture
def acme(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "dialects").mkdir()
    dialect = tmp_path / "dialects" / "acme.yaml"
    dialect.write_text(ACME)
    feed = tmp_path / "feed.xml"
    feed.write_text(FEED)
    return dialect, feed


def test_bundled_dialects_follow_the_dialect_schema() -> None:
    root = Path(__file__).resolve().parent.parent.parent / "schemas" / "dialects"
    validator = jsonschema.Draft202012Validator(_file_schema())
    for dialect in _builtin():
        data = yaml.safe_load((root / f"{dialect.name}.yaml").read_text())
        assert not list(validator.iter_errors(data)), dialect.name


def test_a_dialect_file_without_an_xsd_reads_its_feed(acme: tuple[Path, Path]) -> None:
    dialect, feed = acme
    proc = run_cli("to-csv", "--dialect", str(dialect), str(feed))
    rows = list(csv.DictReader(io.StringIO(proc.stdout.decode())))
    assert [(r["id"], r["title"], r["apply_url"], r["country"]) for r in rows] == [
        ("a1", "Cook", "https://acme.example/a1", "GB")
    ]
    err = proc.stderr.decode()
    assert f"{feed}:4:3: S001 [error] the job has no position, which Acme ATS jobs require" in err
    assert "S002 [warning] <phone> is no Acme ATS element: its content is not read" in err
    assert "(1 file read as acme, 2 jobs)" in err
    assert proc.returncode == 1


def test_a_configurations_dialect_folders_are_told_like_the_others(
    acme: tuple[Path, Path], tmp_path: Path
) -> None:
    (tmp_path / ".jobconv.yaml").write_text("dialects: [dialects]\n")
    for jobs in ("1", "2"):
        proc = run_cli("validate", "-j", jobs, "--format", "json", "feed.xml", cwd=tmp_path)
        report = json.loads(proc.stdout)
        assert report["summary"]["dialects"] == {"acme": 1}
    named = run_cli("validate", "--dialect", "acme", "feed.xml", cwd=tmp_path)
    assert b"read as acme" in named.stderr
    listed = run_cli("dialects", cwd=tmp_path)
    assert b"acme" in listed.stdout


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            ACME.replace("Title: position", "Salary: position"),
            ":8: fields/Salary: 'Salary' is no model field",
        ),
        (ACME.replace("root: openings", "root: [openings"), ":4: not YAML"),
        (ACME.replace("name: acme", "name: indeed"), ":1: name: 'indeed' is taken"),
        (
            ACME.replace("job: [openings, opening]", "job: [opening]"),
            ":4: job: ['opening'] is too short",
        ),
        (ACME.replace("transform: [country]", "transform: [shout]"), ":13: fields/Country"),
    ],
)
def test_a_bad_dialect_file_is_exit_2_with_its_line(
    acme: tuple[Path, Path], text: str, said: str
) -> None:
    dialect, feed = acme
    dialect.write_text(text)
    proc = run_cli("validate", "--dialect", str(dialect), str(feed))
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert f"{dialect}{said}" in err, err
    assert "Traceback" not in err


def test_a_bad_file_in_a_configured_folder_is_a_configuration_error(
    acme: tuple[Path, Path], tmp_path: Path
) -> None:
    dialect, _ = acme
    dialect.write_text(ACME.replace("root: openings", "root: 7"))
    (tmp_path / ".jobconv.yaml").write_text("dialects: [dialects]\n")
    proc = run_cli("validate", "feed.xml", cwd=tmp_path)
    assert proc.returncode == 2
    assert f"{dialect}:3: root: 7 is not of type 'string'" in proc.stderr.decode()
