"""Info findings: said for the record, not a problem. A salary read from its
text, where the feed has no structured salary at all, is C001 [info]: hidden
in text unless --show-info, always in JSON and SARIF, never a warning."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from ..conftest import feed_xml, good, run_cli

UNSTRUCTURED = {
    "Compensationcurrency": None,
    "Compensationmin": None,
    "Compensationmax": None,
}


def _feed(tmp_path: Path, **changes: str | None) -> Path:
    path = tmp_path / "feed.xml"
    path.write_text(feed_xml(good(**{**UNSTRUCTURED, **changes})))
    return path


def test_a_salary_read_from_its_text_is_hidden_in_text(tmp_path: Path) -> None:
    path = _feed(tmp_path)
    proc = run_cli("validate", str(path))
    assert proc.returncode == 0 and proc.stdout == b""
    assert proc.stderr.decode().startswith("All checks passed")
    shown = run_cli("validate", "--show-info", str(path))
    assert shown.returncode == 0
    assert shown.stdout.decode().splitlines() == [
        f"{path}:4:5: C001 [info] no usable structured compensation; Salaryrange holds a usable"
        " figure, £28,000 - £32,000 per annum (GBP 28,000–32,000 per year), used instead"
    ]


def test_json_and_sarif_hold_info_findings(tmp_path: Path) -> None:
    from .test_cli import REPORT_SCHEMA as schema

    path = _feed(tmp_path)
    report = json.loads(run_cli("validate", "--format", "json", str(path)).stdout)
    jsonschema.Draft202012Validator(schema).validate(report)
    assert [(d["code"], d["severity"]) for d in report["diagnostics"]] == [("C001", "info")]
    assert (report["summary"]["infos"], report["summary"]["warnings"]) == (1, 0)
    sarif = json.loads(run_cli("validate", "--format", "sarif", str(path)).stdout)
    assert [r["level"] for r in sarif["runs"][0]["results"]] == ["note"]


def test_an_unusable_text_salary_stays_a_warning(tmp_path: Path) -> None:
    path = _feed(tmp_path, Salaryrange="competitive")
    proc = run_cli("validate", str(path))
    assert b"C001 [warning] no usable structured compensation; Salaryrange 'competitive'" in (
        proc.stdout
    )


def test_empty_structured_elements_stay_a_warning(tmp_path: Path) -> None:
    # The elements are there, and empty: a weak field, as the seed has.
    path = tmp_path / "feed.xml"
    path.write_text(feed_xml(good(Compensationcurrency="", Compensationmin="", Compensationmax="")))
    proc = run_cli("validate", str(path))
    assert (
        b"C001 [warning] Compensationcurrency, Compensationmin and Compensationmax are empty"
        in (proc.stdout)
    )


def test_severity_overrides_do_not_make_info_a_problem(tmp_path: Path) -> None:
    config = tmp_path / ".jobconv.yaml"
    config.write_text("severity: {C001: error}\n")
    path = _feed(tmp_path)
    proc = run_cli("to-jsonld", "--config", str(config), str(path))
    assert proc.returncode == 0, proc.stderr
    [posting] = json.loads(proc.stdout)
    assert posting["baseSalary"]["currency"] == "GBP"


def test_a_boards_missing_salary_is_said_in_lower_case(tmp_path: Path) -> None:
    path = tmp_path / "jooble.xml"
    path.write_text(
        '<?xml version="1.0"?>\n<jobs><job id="1"><link>https://e.example/1</link>'
        "<name>Cook</name><region>Leeds</region><country>GB</country>"
        "<description>Cook.</description><company>Acme</company></job></jobs>\n"
    )
    proc = run_cli("validate", "--select", "C001", str(path))
    assert b"C001 [warning] no salary is published" in proc.stdout
