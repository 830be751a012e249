"""The installed ``jobconv`` console script, run as a user runs it."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest

from converter import RULES
from converter.feed.engines import default_schema_path

from ..conftest import FIXTURES, ROOT, SEED, feed_xml, good, requires_shared, run_cli

LINE = re.compile(
    r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]\d{3}) \[(error|warning)\] .+$"
)


def out_lines(proc) -> list[str]:
    return proc.stdout.decode().splitlines()


def assert_no_traceback(proc):
    assert b"Traceback" not in proc.stderr and b"Traceback" not in proc.stdout


@requires_shared
def test_seed_exits_0_with_country_and_compensation_warnings():
    proc = run_cli("validate", str(SEED))
    assert proc.returncode == 0, proc.stderr
    lines = out_lines(proc)
    assert all(LINE.match(x) for x in lines)
    by_line = {int(LINE.match(x)["line"]): x for x in lines}
    assert set(by_line) == {67, 72}
    assert " L001 " in by_line[72]
    assert " C001 " in by_line[67] and "$148,901-$212,716" in by_line[67]
    assert "Compensationcurrency, Compensationmin and Compensationmax are empty" in by_line[67]
    assert "0 errors and 2 warnings" in proc.stderr.decode()


def test_bundled_sample_passes():
    proc = run_cli("validate", str(FIXTURES / "sample.xml"))
    assert proc.returncode == 0
    assert all(" [warning] " in x for x in out_lines(proc))


def test_missing_title_bad_amount_unknown_element_each_at_its_line(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_bytes((FIXTURES / "invalid" / "missing-title.xml").read_bytes())
    proc = run_cli("validate", "feed.xml", cwd=tmp_path)
    assert proc.returncode == 1
    errors = [LINE.match(x) for x in out_lines(proc) if "[error]" in x]
    assert all(errors)
    where = {(int(m["line"]), int(m["col"])) for m in errors}
    assert where == {(4, 5), (9, 7), (10, 7)}  # <job> (no Title), lots, <Bonus>
    text = proc.stdout.decode()
    assert re.search(r"^feed\.xml:4:5: S001 \[error\] .*Title", text, re.M)
    assert re.search(r"^feed\.xml:9:7: S001 \[error\] .*'lots'", text, re.M)
    assert re.search(r"^feed\.xml:10:7: S001 \[error\] .*'Bonus'", text, re.M)
    assert_no_traceback(proc)


def test_truncated_feed_exits_1_with_the_line():
    proc = run_cli("validate", str(FIXTURES / "invalid" / "truncated.xml"))
    assert proc.returncode == 1
    [line] = out_lines(proc)
    m = LINE.match(line)
    assert m and m["code"] == "X001" and m["line"] == "9"
    assert_no_traceback(proc)


def test_missing_file_exits_2_without_traceback(tmp_path):
    proc = run_cli("validate", str(tmp_path / "nope.xml"))
    assert proc.returncode == 2
    assert "nope.xml" in proc.stderr.decode()
    assert_no_traceback(proc)


def test_missing_file_beside_a_good_one_still_checks_the_good_one(tmp_path):
    proc = run_cli("validate", str(tmp_path / "nope.xml"), str(FIXTURES / "invalid" / "types.xml"))
    assert proc.returncode == 2
    assert len(out_lines(proc)) == 3


@pytest.mark.parametrize(
    "args",
    [
        ["validate"],
        ["validate", "--format", "yaml", "x.xml"],
        ["validate", "--bogus", "x.xml"],
        ["nosuchcommand"],
    ],
)
def test_usage_errors_exit_2(args):
    proc = run_cli(*args)
    assert proc.returncode == 2
    assert_no_traceback(proc)


def test_directory_is_a_usage_error(tmp_path):
    proc = run_cli("validate", str(tmp_path))
    assert proc.returncode == 2
    assert_no_traceback(proc)


def test_warnings_only_pass_unless_strict():
    path = str(FIXTURES / "sample.xml")
    assert run_cli("validate", path).returncode == 0
    assert run_cli("validate", "--strict", path).returncode == 1
    assert run_cli("validate", "--strict", str(FIXTURES / "valid" / "clean.xml")).returncode == 0


def test_several_files_and_stdin():
    data = (FIXTURES / "invalid" / "types.xml").read_bytes()
    proc = run_cli("validate", str(FIXTURES / "valid" / "clean.xml"), "-", stdin=data)
    assert proc.returncode == 1
    lines = out_lines(proc)
    assert len(lines) == 3 and all(x.startswith("<stdin>:") for x in lines)
    assert "2 files read as yubhub, 3 jobs" in proc.stderr.decode()


REPORT_SCHEMA = json.loads((default_schema_path().parent / "report.schema.json").read_text())


def test_json_report(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text(feed_xml(good(Country=""), good(externalid="b", Postedate="soon")))
    proc = run_cli("validate", "--format", "json", str(path))
    assert proc.returncode == 1
    report = json.loads(proc.stdout)
    jsonschema.Draft202012Validator(REPORT_SCHEMA).validate(report)
    assert report["summary"] == {
        "files": 1,
        "unreadable": 0,
        "jobs": 2,
        "errors": 1,
        "warnings": 1,
        "infos": 0,
        "dialects": {"yubhub": 1},
    }
    [err] = [d for d in report["diagnostics"] if d["severity"] == "error"]
    assert (err["code"], err["name"], err["job_id"], err["field"]) == (
        "S001",
        "schema-violation",
        "b",
        "Postedate",
    )
    assert isinstance(err["line"], int) and isinstance(err["column"], int)
    assert proc.stderr == b""  # machine formats keep stderr quiet


def test_json_report_for_a_clean_feed_is_valid_json():
    proc = run_cli("validate", "--format", "json", str(FIXTURES / "valid" / "clean.xml"))
    assert proc.returncode == 0
    report = json.loads(proc.stdout)
    jsonschema.Draft202012Validator(REPORT_SCHEMA).validate(report)
    assert report["diagnostics"] == []


def test_output_is_deterministic():
    args = ("validate", "--format", "json", str(FIXTURES / "sample.xml"))
    assert run_cli(*args).stdout == run_cli(*args).stdout


def test_xmlschema_engine_and_custom_schema(tmp_path):
    path = str(FIXTURES / "invalid" / "missing-title.xml")
    proc = run_cli("validate", "--engine", "xmlschema", path)
    assert proc.returncode == 1
    assert len([x for x in out_lines(proc) if "S001" in x]) == 3
    # A looser XSD of the user's own: Compensationmin as any string.
    loose = tmp_path / "loose.xsd"
    xsd = default_schema_path().read_text()
    loose.write_text(
        xsd.replace(
            'name="Compensationmin" type="decimalOrEmpty"',
            'name="Compensationmin" type="xs:string"',
        )
    )
    proc = run_cli("validate", "--schema", str(loose), path)
    assert "'lots'" not in proc.stdout.decode()


def test_broken_schema_is_a_usage_error(tmp_path):
    bad = tmp_path / "bad.xsd"
    bad.write_text("<xs:schema")
    proc = run_cli("validate", "--schema", str(bad), str(FIXTURES / "sample.xml"))
    assert proc.returncode == 2
    assert "bad.xsd" in proc.stderr.decode()
    assert_no_traceback(proc)


def test_rules_lists_and_explains():
    proc = run_cli("rules")
    assert proc.returncode == 0
    listed = out_lines(proc)
    assert any(x.startswith("L001 ") and "missing-country" in x for x in listed)
    explained = run_cli("rules", "L001")
    assert explained.returncode == 0 and b"Example" in explained.stdout
    assert run_cli("rules", "missing-country").stdout == explained.stdout
    assert run_cli("rules", "Z999").returncode == 2


def test_hostile_feeds_exit_1_without_leaking(tmp_path):
    for name in ("entities.xml", "external-dtd.xml", "not-wellformed.xml"):
        proc = run_cli("validate", str(FIXTURES / "invalid" / name))
        assert proc.returncode == 1, name
        assert len(out_lines(proc)) == 1
        assert_no_traceback(proc)


def test_the_readme_links_the_index_that_lists_every_rule():
    """The README leaves the rule table to the generated index, docs/rules/README.md,
    which must list every code, and nothing else, with its name and severity."""
    assert "(docs/rules/README.md)" in (ROOT / "README.md").read_text(encoding="utf-8")
    index = (ROOT / "docs" / "rules" / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| \[([A-Z]\d{3})\]\(\1\.md\) \| ([\w-]+) \| (\w+) \|", index, re.M)
    assert rows == [(c, RULES[c].name, RULES[c].severity.value) for c in sorted(RULES)]
