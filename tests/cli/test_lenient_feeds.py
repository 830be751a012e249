"""Board feeds read as real feeds write them: elements the board never
specified are warnings said once per feed (S002), not errors that hold every
job back; a field may be written in more than one shape (Careerjet's place
nested or flat)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from converter import Converter

from ..conftest import run_cli


def _jooble(
    count: int, extra: str = "<phone>+48 123</phone><apply_url>https://x.example/a</apply_url>"
) -> str:
    jobs = "".join(
        f"""
  <job id="j{i}">
    <link>https://example.com/jobs/{i}</link>
    <name>Welder {i}</name>
    <region>Leeds</region>
    <country>GB</country>
    <description><![CDATA[<p>Weld.</p><ul><li>Steel</li></ul>]]></description>
    <company>Acme</company>
    <updated>01.05.2026</updated>
    {extra}
  </job>"""
        for i in range(count)
    )
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<jobs>{jobs}\n</jobs>\n'


def test_unknown_elements_are_one_warning_per_feed_and_element(tmp_path: Path) -> None:
    path = tmp_path / "jooble.xml"
    path.write_text(_jooble(5))
    proc = run_cli("validate", "--format", "json", str(path))
    found = [d for d in json.loads(proc.stdout)["diagnostics"] if d["code"] == "S002"]
    assert [(d["message"], d["line"], d["severity"]) for d in found] == [
        (
            "<phone> is no Jooble element: its content is not read (and in 4 more jobs)",
            11,
            "warning",
        ),
        (
            "<apply_url> is no Jooble element: its content is not read (and in 4 more jobs)",
            11,
            "warning",
        ),
    ]
    assert not any(d["code"] == "S001" for d in json.loads(proc.stdout)["diagnostics"])
    assert proc.returncode == 0, proc.stderr


def test_a_job_with_unknown_elements_converts_everywhere(tmp_path: Path) -> None:
    path = tmp_path / "jooble.xml"
    path.write_text(_jooble(3))
    proc = run_cli("to-csv", str(path))
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout.decode())))
    assert [r["title"] for r in rows] == ["Welder 0", "Welder 1", "Welder 2"]
    assert "+48 123" not in proc.stdout.decode()  # its content is not read
    proc = run_cli("to-hropen", "--format", "jsonl", str(path))
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.splitlines()) == 3


def test_a_typed_value_that_does_not_fit_stays_an_error(tmp_path: Path) -> None:
    # Unknown elements are taken out; the rest of the job is still the XSD's to judge.
    path = tmp_path / "jooble.xml"
    path.write_text(_jooble(1, "<phone>1</phone><link>https://example.com/again</link>"))
    proc = run_cli("validate", str(path))
    out = proc.stdout.decode()
    assert "S002" in out and "S001 [error]" in out and "link" in out
    assert proc.returncode == 1


def test_unknown_elements_made_errors_hold_each_job_back(tmp_path: Path) -> None:
    config = tmp_path / ".jobconv.yaml"
    config.write_text("severity: {S002: error}\n")
    path = tmp_path / "jooble.xml"
    path.write_text(_jooble(2))
    proc = run_cli("to-csv", "--config", str(config), str(path))
    assert proc.returncode == 1
    assert proc.stdout.decode().count("\n") <= 1  # the header at most
    assert proc.stderr.decode().count("S002 [error]") == 4  # per job, two elements each


def test_yubhub_keeps_unknown_elements_errors(tmp_path: Path) -> None:
    from ..conftest import feed_xml, good

    path = tmp_path / "feed.xml"
    path.write_text(feed_xml(good()).replace("<Title>", "<Bonus>1</Bonus><Title>"))
    proc = run_cli("validate", "--select", "S", str(path))
    assert "S001 [error] Element 'Bonus': This element is not expected." in proc.stdout.decode()


def test_s002_counts_are_the_same_whatever_the_processes(tmp_path: Path) -> None:
    path = tmp_path / "jooble.xml"
    path.write_text(_jooble(400))
    said = []
    for jobs in (1, 2):
        found: list = []
        converter = Converter("csv", jobs=jobs, segment_size=20_000, max_age=0)
        outcome = converter.convert(path, tmp_path / f"out{jobs}.csv", report=found.extend)
        assert outcome.written == 400
        said.append([d for d in found if d.code == "S002"])
    assert said[0] == said[1] and len(said[0]) == 2
    assert all(d.message.endswith("(and in 399 more jobs)") for d in said[0])
    assert (tmp_path / "out1.csv").read_bytes() == (tmp_path / "out2.csv").read_bytes()


def test_careerjet_place_is_read_nested_or_flat(tmp_path: Path) -> None:
    path = tmp_path / "careerjet.xml"
    path.write_text(
        """<?xml version="1.0" encoding="UTF-8"?>
<jobs>
  <job><id>1</id><title>Welder</title><url>https://example.com/1</url>
    <location>Opole</location><company>Acme</company><description>Weld.</description></job>
  <job><id>2</id><title>Cook</title><url>https://example.com/2</url>
    <location><city>Opole</city><region>Opolskie</region><country>PL</country></location>
    <company>Acme</company><description>Cook.</description></job>
</jobs>
"""
    )
    proc = run_cli("to-csv", "--dialect", "careerjet", str(path))
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout.decode())))
    assert [(r["location"], r["country"]) for r in rows] == [
        ("Opole", ""),
        ("Opole, Opolskie", "PL"),
    ]
    assert b"S001" not in proc.stderr


def _dated(*jobs: tuple[str, str]) -> str:
    """A Jooble feed of jobs with these (country, pubdate)."""
    body = "".join(
        f'<job id="{i}"><link>https://e.example/{i}</link><name>Cook</name><region>Leeds</region>'
        + (f"<country>{country}</country>" if country else "")
        + f"<description>Cook.</description><company>A</company><pubdate>{date}</pubdate></job>\n"
        for i, (country, date) in enumerate(jobs)
    )
    return f'<?xml version="1.0"?>\n<jobs>\n{body}</jobs>\n'


def _posted(tmp_path: Path, text: str, *args: str) -> list[str]:
    path = tmp_path / "dated.xml"
    path.write_text(text)
    proc = run_cli("to-csv", "--dialect", "jooble", *args, str(path))
    return [r["date_posted"] for r in csv.DictReader(io.StringIO(proc.stdout.decode()))]


def test_a_database_datetime_is_a_date(tmp_path: Path) -> None:
    assert _posted(tmp_path, _dated(("GB", "2021-12-21 09:18:24"), ("GB", "2021/12/09"))) == [
        "2021-12-21",
        "2021-12-09",
    ]


def test_nn_nn_yyyy_goes_by_the_jobs_country(tmp_path: Path) -> None:
    text = _dated(("US", "06/07/2026"), ("GB", "06/07/2026"), ("", "06/07/2026"))
    assert _posted(tmp_path, text) == ["2026-06-07", "2026-07-06", ""]
    path = tmp_path / "dated.xml"
    proc = run_cli("validate", "--dialect", "jooble", "--select", "T001", str(path))
    assert proc.stdout.decode().splitlines() == [
        f"{path}:5:136: T001 [warning] pubdate '06/07/2026' may be 2026-07-06 (day first) or"
        " 2026-06-07 (month first): neither the feed's dates nor the job's country tell which;"
        " write ISO 8601 (2026-07-06)"
    ]


def test_nn_nn_yyyy_goes_by_the_feeds_own_dates_whatever_the_processes(tmp_path: Path) -> None:
    text = _dated(("US", "06/07/2026"), ("", "06/07/2026"), ("GB", "25/07/2026"))
    for jobs in ("1", "2"):
        assert _posted(tmp_path, text, "-j", jobs) == ["2026-07-06", "2026-07-06", "2026-07-25"]
    month_first = _dated(("GB", "06/07/2026"), ("", "07/25/2026"))
    assert _posted(tmp_path, month_first) == ["2026-06-07", "2026-07-25"]


def test_strict_yubhub_false_reads_yubhub_jobs_as_board_jobs_are_read(tmp_path: Path) -> None:
    from ..conftest import feed_xml, good

    feed = feed_xml(good(), good(externalid="job-2"))
    feed = feed.replace("</Title>", "</Title><Bonus>500</Bonus>").replace("</Skills>", "</Skills>?")
    path = tmp_path / "feed.xml"
    path.write_text(feed)
    strict = run_cli("validate", "--format", "json", "--isolated", str(path))
    assert strict.returncode == 1
    assert {d["code"] for d in json.loads(strict.stdout)["diagnostics"]} == {"S001"}
    (tmp_path / "pyproject.toml").write_text("[tool.jobconv]\nstrict-yubhub = false\n")
    for jobs in ("1", "2"):
        proc = run_cli("validate", "--format", "json", "-j", jobs, str(path), cwd=tmp_path)
        assert proc.returncode == 0, proc.stdout
        found = json.loads(proc.stdout)["diagnostics"]
        assert [(d["code"], d["message"]) for d in found] == [
            ("S002", "<Bonus> is no YubHub element: its content is not read (and in 1 more job)"),
            (
                "S005",
                "text '?' after </Skills> is not read: only white space belongs between a"
                " job's elements (and in 1 more job)",
            ),
        ]
    rows = list(
        csv.DictReader(io.StringIO(run_cli("to-csv", str(path), cwd=tmp_path).stdout.decode()))
    )
    assert [r["id"] for r in rows] == ["job-1", "job-2"] and "Bonus" not in rows[0]
    bad = tmp_path / "bad" / "pyproject.toml"
    bad.parent.mkdir()
    bad.write_text('[tool.jobconv]\nstrict-yubhub = "no"\n')
    refused = run_cli("validate", str(path), cwd=bad.parent)
    assert refused.returncode == 2 and b"strict-yubhub" in refused.stderr


def test_what_is_said_once_per_feed_comes_before_the_break(tmp_path: Path) -> None:
    # (a fuzzer's) jobs read before an X001 are given, and their S002 with them:
    # nothing is reported after the break.
    feed = _jooble(2).replace("\n</jobs>", "\n</job>")
    path = tmp_path / "broken.xml"
    path.write_text(feed)
    proc = run_cli("validate", "--format", "json", str(path))
    codes = [d["code"] for d in json.loads(proc.stdout)["diagnostics"]]
    assert codes[-1] == "X001" and codes.count("X001") == 1
    assert "S002" in codes
