"""One pipeline: what jobconv publishes is what it validated.

For the same feed and configuration, ``validate`` and every converter report
the same findings, and every target holds back the same jobs whatever the
output (stdout, ``-o``, ``--out-dir``) and ``-j``. A job with an error is held
back from every target; a job only Google would reject is held back from
JSON-LD alone.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from ..conftest import feed_xml, good, run_cli

#: Each job of the gate feed, and the targets that must hold it back.
GATE_JOBS: list[tuple[dict[str, str | None], set[str]]] = [
    (good(externalid="clean-1"), set()),
    (
        good(externalid="min-above-max", Compensationmin="90000", Compensationmax="60000"),
        {"jsonld", "hropen", "csv"},
    ),
    (good(externalid="no-place", Country="", Location=""), {"jsonld"}),
    (
        good(externalid="remote-nowhere", Workarrangement="remote", Country="", Location=""),
        {"jsonld"},
    ),
    (
        good(externalid="echo", Title="Line Cook", Description="<p>Line cook</p>"),
        {"jsonld", "hropen", "csv"},
    ),
    (good(externalid="no-date", Postedate=None), {"jsonld"}),
    (good(externalid="no-employer", Employername=""), {"jsonld"}),
    (good(externalid="clean-2", Country="", Location="Leeds, UK"), set()),  # a warning only
    (good(externalid="clean-1", Title="Second with the same id"), {"jsonld", "hropen", "csv"}),
    (good(externalid="bad-xsd", Bonus="lots"), {"jsonld", "hropen", "csv"}),
]
IDS = [fields["externalid"] for fields, _ in GATE_JOBS]
TARGETS = ("jsonld", "hropen", "csv")


@pytest.fixture(scope="module")
def gate_feed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gate") / "feed.xml"
    path.write_text(feed_xml(*(fields for fields, _ in GATE_JOBS)), encoding="utf-8")
    return path


_FINDING = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?:(?P<col>\d+):)? (?P<code>[A-Z]\d{3}) \[")


def findings(text: str) -> list[tuple[str, str, str]]:
    """(line, column, code) of each finding line in ``text``."""
    found = []
    for line in text.splitlines():
        m = _FINDING.match(line)
        if m:
            found.append((m["line"], m["col"] or "", m["code"]))
    return found


def published_ids(target: str, text: str) -> list[str]:
    """The ids of the jobs in a converter's stdout (json form; CSV)."""
    if target == "csv":
        return [row["id"] for row in csv.DictReader(io.StringIO(text, newline=""))]
    objects = json.loads(text)
    if target == "jsonld":
        return [o["identifier"]["value"] for o in objects]
    return [o["documentId"]["value"] for o in objects]


def file_ids(target: str, folder: Path) -> list[str]:
    ids = []
    for path in sorted(folder.glob("[!.]*")):  # not the hidden .jobconv-manifest.json
        text = path.read_text(encoding="utf-8")
        ids += published_ids(target, text if target == "csv" else f"[{text}]")
    return ids


def expected_ids(target: str) -> list[str]:
    kept, seen = [], set()
    for fields, held in GATE_JOBS:
        if target not in held and fields["externalid"] not in seen:
            kept.append(fields["externalid"])
        seen.add(fields["externalid"])
    return kept


def test_validate_reports_every_gate_case(gate_feed: Path) -> None:
    proc = run_cli("validate", "--isolated", str(gate_feed))
    codes = {code for _, _, code in findings(proc.stdout.decode())}
    assert {"C002", "L004", "L003", "D001", "R003", "R004", "I001", "S001"} <= codes
    assert proc.returncode == 1
    # Without --target, what only Google requires is a warning.
    lines = proc.stdout.decode().splitlines()
    assert all("[warning]" in x for x in lines if re.search(r" (L003|L004|R003|R004) ", x))


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("target", TARGETS)
def test_every_output_reports_and_holds_back_the_same(
    gate_feed: Path, tmp_path: Path, target: str, jobs: str
) -> None:
    validate = run_cli("validate", "--isolated", "-j", jobs, str(gate_feed))
    reported = findings(validate.stdout.decode())
    stdout = run_cli(f"to-{target}", "--isolated", "-j", jobs, str(gate_feed))
    out_file = tmp_path / "out"
    to_file = run_cli(f"to-{target}", "--isolated", "-j", jobs, "-o", str(out_file), str(gate_feed))
    out_dir = tmp_path / "dir"
    to_dir = run_cli(
        f"to-{target}", "--isolated", "-j", jobs, "--out-dir", str(out_dir), str(gate_feed)
    )
    for proc in (stdout, to_file, to_dir):
        assert proc.returncode == 1, proc.stderr  # errors were found, some jobs held back
        assert findings(proc.stderr.decode()) == reported
        assert "Traceback" not in proc.stderr.decode()
    want = expected_ids(target)
    assert published_ids(target, stdout.stdout.decode()) == want
    assert published_ids(target, out_file.read_text(encoding="utf-8")) == want
    assert sorted(file_ids(target, out_dir)) == sorted(want)
    assert to_file.stdout == to_dir.stdout == b""
    # The last line of stderr sums up what was written and held back.
    held = len(GATE_JOBS) - len(want)
    summary = stdout.stderr.decode().splitlines()[-1]
    assert f"Wrote {len(want)} jobs as {target}" in summary and f"held back {held}" in summary


def test_validate_target_makes_the_targets_rules_errors(gate_feed: Path) -> None:
    proc = run_cli("validate", "--isolated", "--target", "jsonld", str(gate_feed))
    lines = proc.stdout.decode().splitlines()
    assert all("[error]" in x for x in lines if re.search(r" (L003|L004|R003|R004) ", x))
    held = len(GATE_JOBS) - len(expected_ids("jsonld"))
    assert f"Converting to jsonld would hold back {held} jobs." in proc.stderr.decode()
    csv_run = run_cli("validate", "--isolated", "--target", "csv", str(gate_feed))
    held_csv = len(GATE_JOBS) - len(expected_ids("csv"))
    assert f"Converting to csv would hold back {held_csv} jobs." in csv_run.stderr.decode()


def test_strict_writes_nothing_and_keeps_the_old_file(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(feed_xml(good(), good(externalid="b", Country="", Location="Leeds, UK")))
    out = tmp_path / "jobs.json"
    out.write_text("old\n")
    proc = run_cli("to-jsonld", "--isolated", "--strict", "-o", str(out), str(feed))
    assert proc.returncode == 1
    assert out.read_text() == "old\n"
    assert "Wrote nothing" in proc.stderr.decode() and " L001 " in proc.stderr.decode()
    to_stdout = run_cli("to-csv", "--isolated", "--strict", str(feed))
    assert to_stdout.returncode == 1 and to_stdout.stdout == b""
    folder = tmp_path / "dir"
    to_dir = run_cli("to-hropen", "--isolated", "--strict", "--out-dir", str(folder), str(feed))
    assert to_dir.returncode == 1 and list(folder.iterdir()) == []
    # Without --strict the same run writes both jobs, exit 0 (warnings only).
    loose = run_cli("to-jsonld", "--isolated", "-o", str(out), str(feed))
    assert loose.returncode == 0 and len(json.loads(out.read_text())) == 2


def test_configuration_and_baseline_apply_to_converters(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(
        feed_xml(
            good(externalid="a", Compensationmin="90000", Compensationmax="60000"),
            good(externalid="b", Postedate=None),
        )
    )
    # By default: a is held back everywhere (C002), b from JSON-LD only (R003).
    assert published_ids("csv", run_cli("to-csv", "feed.xml", cwd=tmp_path).stdout.decode()) == [
        "b"
    ]
    # The configuration reaches the converters: ignore C002, make R003 an error.
    (tmp_path / ".jobconv.yaml").write_text("ignore: [C002]\nseverity: {R003: error}\n")
    proc = run_cli("to-csv", "feed.xml", cwd=tmp_path)
    assert published_ids("csv", proc.stdout.decode()) == ["a"]
    assert " C002 " not in proc.stderr.decode() and " R003 [error]" in proc.stderr.decode()
    # --isolated leaves it out again, as for validate.
    isolated = run_cli("to-csv", "--isolated", "feed.xml", cwd=tmp_path)
    assert published_ids("csv", isolated.stdout.decode()) == ["b"]
    # A baseline absorbs a finding: the job is no longer held back.
    (tmp_path / ".jobconv.yaml").unlink()
    base = tmp_path / "base.json"
    run_cli("validate", "--write-baseline", str(base), "feed.xml", cwd=tmp_path)
    baselined = run_cli("to-jsonld", "--baseline", str(base), "feed.xml", cwd=tmp_path)
    assert baselined.returncode == 0, baselined.stderr
    assert published_ids("jsonld", baselined.stdout.decode()) == ["a", "b"]
    # The configuration's schema reaches them too.
    (tmp_path / ".jobconv.yaml").write_text("schema: missing.xsd\n")
    broken = run_cli("to-jsonld", "feed.xml", cwd=tmp_path)
    assert broken.returncode == 2 and "missing.xsd" in broken.stderr.decode()


def test_a_broken_feed_publishes_nothing_from_any_feed(tmp_path: Path) -> None:
    good_feed = tmp_path / "good.xml"
    good_feed.write_text(feed_xml(good()))
    broken = tmp_path / "broken.xml"
    broken.write_text(feed_xml(good(externalid="x"))[:-30])
    out = tmp_path / "out.json"
    proc = run_cli("to-jsonld", "--isolated", "-o", str(out), str(good_feed), str(broken))
    assert proc.returncode == 1 and not out.exists()
    assert " X001 " in proc.stderr.decode() and "Wrote nothing" in proc.stderr.decode()


def test_rules_say_which_targets_they_hold_a_job_back_from() -> None:
    assert (
        "Holds a job back from: schema.org JobPosting JSON-LD"
        in run_cli("rules", "R003").stdout.decode()
    )
    assert "every output" in run_cli("rules", "C002").stdout.decode()
    assert "none" in run_cli("rules", "C001").stdout.decode()


def test_a_description_of_markup_alone_is_held_back(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(
        feed_xml(
            good(externalid="script", Description="<script>alert(1)</script>"),
            good(externalid="blank-p", Description="<p> &nbsp; </p>"),
            good(externalid="fine"),
        )
    )
    for target in TARGETS:
        proc = run_cli(f"to-{target}", "--isolated", str(feed))
        assert proc.returncode == 1
        assert published_ids(target, proc.stdout.decode()) == ["fine"]
        assert proc.stderr.decode().count(" R002 [error] Description holds only markup") == 2


def test_a_misspelt_job_between_jobs_is_reported_not_lost(tmp_path: Path) -> None:
    from ..conftest import job_xml

    stray = job_xml(good(externalid="lost")).replace("<job>", "<Job>").replace("</job>", "</Job>")
    head = '<?xml version="1.0" encoding="UTF-8"?>\n<source>\n  <jobs>\n'
    body = "\n".join(
        [job_xml(good(externalid="a")), stray + " text", job_xml(good(externalid="b"))]
    )
    feed = tmp_path / "feed.xml"
    feed.write_text(head + body + "\n  </jobs>\n</source>\n", encoding="utf-8")
    line = (head + body).splitlines().index("    <Job>") + 1
    for jobs in ("1", "2"):
        proc = run_cli("validate", "--isolated", "-j", jobs, str(feed))
        out = proc.stdout.decode()
        assert proc.returncode == 1
        assert f"feed.xml:{line}:5: S001 [error] Element 'Job': This element is not expected" in out
        assert "Character content other than whitespace" in out
    converted = run_cli("to-csv", "--isolated", str(feed))
    assert converted.returncode == 1 and " S001 " in converted.stderr.decode()
