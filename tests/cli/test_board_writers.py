"""LinkedIn and ZipRecruiter feeds written (``convert --to linkedin``,
``--to ziprecruiter``): valid against the boards' own XSDs, in the boards'
words, read back the same, and a job without what the board requires held
back, said why (O001)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from lxml import etree

from converter.feed.dialects import by_name

from ..conftest import FIXTURES, feed_xml, good, run_cli

SAMPLE = FIXTURES / "sample.xml"
NEW = ["linkedin", "ziprecruiter"]
COLUMNS = "id,title,employer,location,locality,region,country,date_posted,apply_url"
#: LinkedIn's 100 characters, and then some.
LONG = (
    "<p>Cook lunch and dinner for a busy canal-side bistro of forty covers.</p>\n"
    "<ul><li>Prep the morning's stock</li><li>Run the grill on service</li></ul>"
)


def _feed(tmp_path: Path, *jobs: dict[str, str | None]) -> Path:
    path = tmp_path / "feed.xml"
    path.write_text(feed_xml(*jobs), encoding="utf-8")
    return path


def _schema_errors(path: Path, target: str) -> list[str]:
    schema = etree.XMLSchema(etree.parse(str(by_name(target).schema_path)))
    return [] if schema.validate(etree.parse(str(path))) else [str(e) for e in schema.error_log]


def _rows(*args: str) -> dict[str, dict[str, str]]:
    """The jobs of a feed as jobconv's CSV gives them, by id."""
    proc = run_cli("to-csv", "--columns", COLUMNS, *args)
    assert proc.returncode == 0, proc.stderr.decode()
    rows = csv.DictReader(io.StringIO(proc.stdout.decode("utf-8"), newline=""))
    return {row["id"]: row for row in rows}


def _convert(target: str, source: Path, out: Path) -> str:
    proc = run_cli("convert", "--to", target, str(source), "-o", str(out))
    err = proc.stderr.decode()
    assert proc.returncode in (0, 1), err
    assert out.is_file()
    return err


def _jobs(path: Path) -> dict[str, etree._Element]:
    """Each job element of a written feed, by its id."""
    jobs = etree.parse(str(path)).getroot().findall("job")
    return {(j.findtext("partnerJobId") or j.findtext("referencenumber")): j for j in jobs}


@pytest.mark.parametrize("target", NEW)
def test_the_new_boards_are_targets(target: str) -> None:
    usage = run_cli("convert", "--help").stdout.decode()
    assert target in usage.split("--to [", 1)[1].split("]", 1)[0].split("|")
    assert by_name(target).write is not None


@pytest.mark.parametrize("target", NEW)
def test_the_sample_is_written_valid_and_read_back_the_same(tmp_path: Path, target: str) -> None:
    out = tmp_path / f"{target}.xml"
    err = _convert(target, SAMPLE, out)
    assert "Wrote 4 jobs" in err and "held back 0" in err, err
    assert _schema_errors(out, target) == []
    root = etree.parse(str(out)).getroot()
    assert root.tag == "source" and root[0].tag == "publisher" and root[0].text == "jobconv"
    checked = run_cli("validate", "--dialect", target, str(out))
    assert checked.returncode == 0, checked.stdout.decode() + checked.stderr.decode()
    assert b" [error] " not in checked.stdout
    before, after = _rows(str(SAMPLE)), _rows("--dialect", target, str(out))
    assert set(after) == set(before)
    for key, a in before.items():
        b = after[key]
        for column in ("title", "employer", "country", "date_posted", "apply_url", "locality"):
            assert b[column] == a[column], (key, column)
        if target == "linkedin":  # one location text
            assert b["location"] == a["location"], key
        elif a["region"]:  # city and state: a place that is only a country has neither
            assert (b["location"], b["region"]) == (a["location"], a["region"]), key


def test_linkedin_gets_its_own_words_and_nested_salary(tmp_path: Path) -> None:
    out = tmp_path / "linkedin.xml"
    _convert("linkedin", SAMPLE, out)
    jobs = _jobs(out)
    first, remote, berlin, store = (jobs[k] for k in ("hb-1001", "lh-2207", "kc-0042", "ps-77"))
    assert first.findtext("jobtype") == "FULL_TIME"
    assert remote.findtext("jobtype") == "CONTRACT"
    assert [j.findtext("workplaceTypes") for j in (first, remote, store)] == [
        "Hybrid",
        "Remote",
        "On-site",
    ]
    assert [j.findtext("experienceLevel") for j in (first, remote, berlin)] == [
        "MID_SENIOR_LEVEL",
        "ENTRY_LEVEL",
        "MID_SENIOR_LEVEL",
    ]
    assert first.findtext("listDate") == "2026-10-02"
    assert first.findtext("location") == "London, England" and first.findtext("country") == "GB"
    [salary] = first.findall("salaries/salary")
    assert salary.findtext("type") == "BASE_SALARY" and salary.findtext("period") == "YEARLY"
    assert [salary.findtext(f"{end}/amount") for end in ("lowEnd", "highEnd")] == ["60000", "75000"]
    assert {salary.findtext(f"{end}/currencyCode") for end in ("lowEnd", "highEnd")} == {"GBP"}
    assert remote.findtext("salaries/salary/period") == "HOURLY"
    assert store.find("salaries") is None  # "Competitive": no figure
    assert [f.text for f in first.findall("jobFunctions/jobFunction")] == ["Engineering"]
    # And read back: the base salary with its period.
    back = _rows_of("--dialect", "linkedin", str(out))
    assert back["hb-1001"][1:] == ["GBP", "60000", "75000", "YEAR"]
    assert back["lh-2207"][1:] == ["USD", "38", "45", "HOUR"]


def _rows_of(*args: str) -> dict[str, list[str]]:
    columns = "id,salary_currency,salary_min,salary_max,salary_period"
    proc = run_cli("to-csv", "--columns", columns, *args)
    assert proc.returncode == 0, proc.stderr.decode()
    rows = list(csv.reader(io.StringIO(proc.stdout.decode("utf-8"), newline="")))[1:]
    return {row[0]: row for row in rows}


def test_linkedin_holds_back_what_it_requires_and_names_what_it_cannot_carry(
    tmp_path: Path,
) -> None:
    path = _feed(
        tmp_path,
        good(externalid="ok", Description=LONG, Jobtype="part-time, internship"),
        good(externalid="no-apply", Description=LONG, Applyto=None),
        good(externalid="no-place", Description=LONG, Location=None),
        good(externalid="short"),  # GOOD_JOB's description: 75 characters
        good(externalid="temp", Description=LONG, Jobtype="temporary"),
        good(
            externalid="words",
            Description=LONG,
            Salaryrange="Competitive",
            Compensationcurrency=None,
            Compensationmin=None,
            Compensationmax=None,
        ),
    )
    out = tmp_path / "out.xml"
    err = _convert("linkedin", path, out)
    assert _schema_errors(out, "linkedin") == []
    assert set(_jobs(out)) == {"ok", "temp", "words"}
    assert "O001 [error] LinkedIn feeds require applyUrl (Applyto)" in err
    assert "O001 [error] LinkedIn feeds require location (Location)" in err
    assert "O001 [error] linkedin.xsd: Element 'description'" in err
    assert err.count("O001 [error]") == 3, err
    assert "held back 3" in err
    assert _jobs(out)["ok"].findtext("jobtype") == "PART_TIME, INTERNSHIP"
    assert _jobs(out)["temp"].find("jobtype") is None
    assert "LinkedIn feeds have no job type for TEMPORARY: it is left out" in err
    assert "LinkedIn feeds have no place for Salaryrange: 'Competitive' is left out" in err


def test_ziprecruiter_holds_back_a_job_without_a_country_or_employer(tmp_path: Path) -> None:
    path = _feed(
        tmp_path,
        good(externalid="leeds", Country="GB"),
        good(externalid="anywhere", Location="North America", Country="", Workarrangement="remote"),
        good(externalid="nobody", Employername=None),
        good(externalid="dayton", Location="Dayton", Country="US", Postedate=None),
    )
    out = tmp_path / "out.xml"
    err = _convert("ziprecruiter", path, out)
    assert _schema_errors(out, "ziprecruiter") == []
    jobs = _jobs(out)
    assert set(jobs) == {"leeds", "dayton"}
    assert "O001 [error] ZipRecruiter feeds require country (Country)" in err
    assert "O001 [error] ZipRecruiter feeds require company (Employername)" in err
    assert err.count("O001 [error]") == 2, err
    leeds = jobs["leeds"]
    assert [leeds.findtext(t) for t in ("city", "state", "country")] == ["Leeds", "England", "GB"]
    assert leeds.findtext("date") == "2026-05-01"  # ISO 8601, as the sample allows
    assert leeds.findtext("url") == "https://copperpan.example.com/jobs/cook"
    assert jobs["dayton"].find("date") is None  # optional: ZipRecruiter takes its import time
    assert "ZipRecruiter feeds have no place for Jobtype: 'full-time' is left out" in err
