"""Conversion through the installed CLI: outputs, all-or-nothing, CSV, determinism."""

from __future__ import annotations

import csv
import io
import json
import os
import re

import pytest

from converter.normalize.html import plain_text
from converter.writers.table import COLUMNS, safe_cell

from ..conftest import FIXTURES, SEED, feed_xml, good, requires_shared, run_cli

SAMPLE = str(FIXTURES / "sample.xml")
LATIN1 = str(FIXTURES / "edge" / "latin1.xml")


def csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))


@requires_shared
def test_to_jsonld_on_the_seed():
    proc = run_cli("to-jsonld", str(SEED))
    assert proc.returncode == 0, proc.stderr
    [obj] = json.loads(proc.stdout)
    assert obj["title"] == "Machine Learning Engineer"
    assert obj["hiringOrganization"]["name"] == "Spotify"
    assert obj["baseSalary"]["value"]["minValue"] == 148901
    assert obj["identifier"]["value"] == "30a82a9b-374"


@pytest.mark.parametrize("command", ["to-jsonld", "to-hropen", "to-csv"])
def test_convert_to_is_the_same_code_path(command):
    target = {"to-jsonld": "jsonld", "to-hropen": "hropen", "to-csv": "csv"}[command]
    assert run_cli(command, SAMPLE).stdout == run_cli("convert", "--to", target, SAMPLE).stdout


@pytest.mark.parametrize("command", ["to-jsonld", "to-hropen", "to-csv"])
def test_output_is_byte_identical_across_runs(command):
    first = run_cli(command, SAMPLE, LATIN1)
    assert first.returncode == 0
    assert first.stdout == run_cli(command, SAMPLE, LATIN1).stdout


def test_jsonl_has_one_object_per_line():
    proc = run_cli("to-hropen", "--format", "jsonl", SAMPLE, LATIN1)
    lines = proc.stdout.decode().splitlines()
    assert len(lines) == 5
    assert [json.loads(x)["documentId"]["value"] for x in lines][-1] == "latin-1"


def test_mixed_feed_converts_correctly_in_all_three_formats():
    # sample.xml: a hybrid GBP job, an hourly contract, a euro range written
    # "€70.000 – €85.000", an unpriced "Competitive" job; latin1.xml: ISO-8859-1.
    ld = json.loads(run_cli("to-jsonld", SAMPLE, LATIN1).stdout)
    by_id = {o["identifier"]["value"]: o for o in ld}
    assert by_id["hb-1001"]["jobLocation"]["address"]["addressCountry"] == "GB"
    assert "jobLocationType" not in by_id["hb-1001"]  # hybrid is not TELECOMMUTE
    assert by_id["lh-2207"]["employmentType"] == "CONTRACTOR"
    assert by_id["lh-2207"]["baseSalary"]["value"]["unitText"] == "HOUR"
    assert by_id["kc-0042"]["baseSalary"]["currency"] == "EUR"
    assert by_id["kc-0042"]["baseSalary"]["value"]["minValue"] == 70000
    assert "baseSalary" not in by_id["ps-77"]
    assert by_id["latin-1"]["title"] == "Pâtissier confirmé"

    hr = json.loads(run_cli("to-hropen", SAMPLE, LATIN1).stdout)
    assert hr[-1]["positionProfiles"][0]["positionLocation"][0]["city"] == "Genève"
    # "Competitive": no figure, the text alone in the package's descriptions.
    assert hr[3]["positionProfiles"][0]["offeredRemunerationPackage"] == {
        "descriptions": ["Competitive"]
    }

    rows = csv_rows(run_cli("to-csv", SAMPLE, LATIN1).stdout)
    header, body = rows[0], rows[1:]
    assert header == list(COLUMNS) and len(body) == 5
    assert all(len(r) == len(header) for r in body)
    row = dict(zip(header, body[2], strict=True))
    assert (row["salary_currency"], row["salary_min"], row["salary_max"]) == (
        "EUR",
        "70000",
        "85000",
    )
    assert dict(zip(header, body[4], strict=True))["title"] == "Pâtissier confirmé"
    assert dict(zip(header, body[3], strict=True))["salary_min"] == ""


def test_csv_reads_back_with_the_csv_module_and_columns_choose():
    proc = run_cli("to-csv", "--columns", "id,title,skills", SAMPLE)
    rows = csv_rows(proc.stdout)
    assert rows[0] == ["id", "title", "skills"]
    assert rows[1] == ["hb-1001", "Backend Engineer", "python; postgresql; kubernetes; code review"]
    assert proc.stdout.count(b"\r\n") == 5  # RFC 4180 line ends
    assert run_cli("to-csv", "--columns", "id,bogus", SAMPLE).returncode == 2


def test_csv_description_is_plain_text_with_html_kept_aside():
    rows = csv_rows(run_cli("to-csv", SAMPLE).stdout)
    row = dict(zip(rows[0], rows[1], strict=True))
    assert "<" not in row["description"]
    assert "What you will do\nBuild and run the Python services" in row["description"]
    assert row["description_html"].startswith("<p>Harbour Analytics")


def test_formula_injection_is_neutralised(tmp_path):
    path = tmp_path / "hostile.xml"
    path.write_text(
        feed_xml(
            good(
                Title='=HYPERLINK("http://evil.example","Click")',
                Skills="+cmd, @SUM(A1), -2+3",
                Category="\tTab",
            )
        )
    )
    rows = csv_rows(run_cli("to-csv", str(path)).stdout)
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["title"] == '\'=HYPERLINK("http://evil.example","Click")'
    assert row["skills"] == "'+cmd; @SUM(A1); -2+3"
    for cell in rows[1]:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_safe_cell_and_plain_text_units():
    assert [safe_cell(v) for v in ["=1", "+1", "-1", "@a", "\tx", "\rx", "ok", ""]] == [
        "'=1",
        "'+1",
        "'-1",
        "'@a",
        "'\tx",
        "'\rx",
        "ok",
        "",
    ]
    assert plain_text("<p>a <b>b</b></p><ul><li>c</li><li>d</li></ul>tail") == "a b\nc\nd\ntail"


def test_invalid_job_is_skipped_reported_and_exit_1(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text(
        feed_xml(
            good(externalid="ok-1"), good(externalid="bad", Bonus="x"), good(externalid="ok-2")
        )
    )
    proc = run_cli("to-jsonld", str(path))
    assert proc.returncode == 1
    assert [o["identifier"]["value"] for o in json.loads(proc.stdout)] == ["ok-1", "ok-2"]
    assert f"{path}:" in proc.stderr.decode() and "S001" in proc.stderr.decode()
    strict = run_cli("to-jsonld", "--strict", str(path))
    assert strict.returncode == 1 and strict.stdout == b""


def test_truncated_feed_publishes_no_file_and_cuts_a_stream_short(tmp_path):
    """A file or a folder is not published; standard output, which streams,
    has the jobs before the break and no end (no closing ``]``), and the
    summary says so; with --strict it gets nothing."""
    cut = str(FIXTURES / "invalid" / "truncated.xml")
    proc = run_cli("to-jsonld", SAMPLE, cut)
    assert proc.returncode == 1
    assert "X001" in proc.stderr.decode() and b"Traceback" not in proc.stderr
    assert proc.stdout.startswith(b"[\n{") and not proc.stdout.rstrip().endswith(b"]")
    with pytest.raises(json.JSONDecodeError):
        json.loads(proc.stdout)
    assert "the output is incomplete" in proc.stderr.decode()
    assert re.search(r"Wrote \d+ jobs as jsonld to standard output before", proc.stderr.decode())
    strict = run_cli("to-jsonld", "--strict", SAMPLE, cut)
    assert strict.returncode == 1 and strict.stdout == b""
    assert "Wrote nothing to standard output" in strict.stderr.decode()
    out = tmp_path / "out.json"
    out.write_text("previous good output")
    assert run_cli("to-hropen", "-o", str(out), SAMPLE, cut).returncode == 1
    assert out.read_text() == "previous good output"
    assert os.listdir(tmp_path) == ["out.json"]  # no temporary file left
    jobs_dir = tmp_path / "jobs"
    assert run_cli("to-jsonld", "--out-dir", str(jobs_dir), SAMPLE, cut).returncode == 1
    assert not jobs_dir.exists() or os.listdir(jobs_dir) == []


def test_output_file_is_written_atomically(tmp_path):
    out = tmp_path / "jobs.csv"
    proc = run_cli("to-csv", "-o", str(out), SAMPLE)
    assert proc.returncode == 0 and proc.stdout == b""
    assert len(csv_rows(out.read_bytes())) == 5
    assert sorted(os.listdir(tmp_path)) == ["jobs.csv"]


def test_output_naming_an_input_is_refused(tmp_path):
    feed = tmp_path / "feed.xml"
    feed.write_bytes((FIXTURES / "sample.xml").read_bytes())
    before = feed.read_bytes()
    link = tmp_path / "link.json"
    link.symlink_to(feed)
    for target in (str(feed), str(tmp_path / "." / "feed.xml"), str(link)):
        proc = run_cli("to-jsonld", "-o", target, str(feed))
        assert proc.returncode == 2, target
        assert b"Traceback" not in proc.stderr
    assert feed.read_bytes() == before


def test_no_command_writes_over_an_input(tmp_path):
    """validate's --output-file and --write-baseline, and --out-dir, refuse inputs too."""
    feed = tmp_path / "feed.xml"
    feed.write_bytes((FIXTURES / "sample.xml").read_bytes())
    before = feed.read_bytes()
    link = tmp_path / "link.xml"
    link.symlink_to(feed)
    spellings = (str(feed), str(tmp_path / "." / "feed.xml"), str(link))
    for target in spellings:
        for option in ("--output-file", "--write-baseline"):
            proc = run_cli("validate", option, target, str(feed))
            assert proc.returncode == 2, (option, target, proc.stderr)
            assert b"refusing to overwrite" in proc.stderr and b"Traceback" not in proc.stderr
    # A baseline file given as --baseline is an input of the run too.
    base = tmp_path / "base.json"
    assert run_cli("validate", "--write-baseline", str(base), str(feed)).returncode == 0
    kept = base.read_bytes()
    proc = run_cli("validate", "--baseline", str(base), "--output-file", str(base), str(feed))
    assert proc.returncode == 2 and base.read_bytes() == kept
    # --out-dir: a job whose file name would be the feed's.
    named = tmp_path / "job-1.json"
    named.write_text(feed_xml(good(externalid="job-1")), encoding="utf-8")
    named_before = named.read_bytes()
    proc = run_cli("to-jsonld", "--out-dir", str(tmp_path), str(named))
    assert proc.returncode == 2 and named.read_bytes() == named_before
    assert feed.read_bytes() == before


def test_out_dir_writes_one_file_per_job_named_from_the_id(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text(
        feed_xml(
            good(externalid="a/../../etc"),
            good(externalid="a_.._.._etc"),  # another id, the same file name
            good(externalid="plain-1"),
        )
    )
    out = tmp_path / "jobs"
    proc = run_cli("to-jsonld", "--out-dir", str(out), str(path))
    assert proc.returncode == 0, proc.stderr
    assert sorted(os.listdir(out)) == [
        ".jobconv-manifest.json",  # what jobconv wrote there, for --prune
        "a_.._.._etc-2.json",
        "a_.._.._etc.json",
        "plain-1.json",
    ]
    assert json.loads((out / "plain-1.json").read_text())["identifier"]["value"] == "plain-1"
    html = run_cli("to-jsonld", "--format", "html", "--out-dir", str(tmp_path / "h"), str(path))
    assert html.returncode == 0 and (tmp_path / "h" / "plain-1.html").exists()


def test_html_script_blocks_cannot_be_broken_out_of(tmp_path):
    path = tmp_path / "feed.xml"
    # externalid is published as written (it is the job's key), so it carries the attack.
    attack = "</script><script>alert(1)</script> <!-- x"
    path.write_text(feed_xml(good(externalid=attack)))
    out = run_cli("to-jsonld", "--format", "html", str(path)).stdout.decode()
    assert out.count("<script") == 1 and out.count("</script>") == 1
    assert "<!--" not in out
    body = out.split(">", 1)[1].rsplit("</script>", 1)[0]
    assert json.loads(body)["identifier"]["value"] == attack


def test_check_validates_each_object(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text(feed_xml(good(externalid="dated"), good(externalid="undated", Postedate="")))
    proc = run_cli("to-jsonld", "--check", str(path))
    assert proc.returncode == 1
    assert [o["identifier"]["value"] for o in json.loads(proc.stdout)] == ["dated"]
    assert "O001" in proc.stderr.decode() and "datePosted" in proc.stderr.decode()
    assert run_cli("to-hropen", "--check", SAMPLE).returncode == 0


@pytest.mark.parametrize(
    "args",
    [
        ["to-jsonld", "--format", "csv", SAMPLE],
        ["to-hropen", "--format", "html", SAMPLE],
        ["convert", "--to", "csv", "--format", "json", SAMPLE],
        ["to-jsonld", "--columns", "id", SAMPLE],
        ["to-jsonld", "-o", "x.json", "--out-dir", "d", SAMPLE],
        ["to-jsonld", "/no/such/feed.xml"],
    ],
)
def test_usage_and_io_errors_exit_2(args, tmp_path):
    proc = run_cli(*args, cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stdout == b"" and b"Traceback" not in proc.stderr


def test_mapping_doc_covers_every_source_element():
    from converter.model import FIELDS

    from ..conftest import ROOT

    table = (ROOT / "docs" / "mapping.md").read_text()
    for name in FIELDS:
        assert f"| `{name}` |" in table, name
