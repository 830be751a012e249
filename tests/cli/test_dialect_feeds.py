"""Real feeds in boards' dialects, read through the one pipeline: the findings
are the feeds' real problems, every distinct job converts to HR Open and CSV,
JSON-LD takes those its checks accept, and one job reads the same from every
dialect that carries a field."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from converter import Pipeline, Rendering
from converter.feed.detect import of_path
from converter.feed.reader import FeedReader
from converter.model import Job

from ..conftest import REAL_FEEDS, SHARED, requires_shared, run_cli
from ..unit.test_hropen import official_validator
from .test_real_feed_corpus import expected

FEEDS = SHARED / "feeds"
#: After every expiry date in the Recruityard feeds (2025-07-04 ... 2025-08-17).
TODAY = date(2026, 1, 1)

#: Per well-formed feed: its jobs, its distinct jobs (those CSV takes) and
#: the codes found with their counts, as tests/real_feeds records them (each
#: file's ``teaches`` says why).
EXPECTED = {
    name: (e["jobs"], e["published"]["csv"], e["findings"])
    for name in REAL_FEEDS
    for e in [expected(Path(name).stem)]
}


def results(path: Path, rendering: Rendering | None = None, jobs: int = 1, max_age: int = 90):
    pipeline = Pipeline(today=TODAY, rendering=rendering, jobs=jobs, max_age=max_age)
    return list(pipeline.results([path])), pipeline


@requires_shared
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_findings_are_the_feeds_real_problems(name: str) -> None:
    count, _, codes = EXPECTED[name]
    found, pipeline = results(FEEDS / name)
    assert pipeline.tally.jobs == count
    diagnostics = [d for r in found for d in r.diagnostics]
    assert Counter(d.code for d in diagnostics) == codes
    assert not any(d.code.startswith(("S", "X")) for d in diagnostics)  # structure holds
    for d in diagnostics:  # every finding is placed, and named as the feed names it
        assert d.line and d.column, d
        assert d.field is None or d.field[0].islower() or d.field.startswith("@"), d


@requires_shared
def test_findings_name_the_feeds_own_elements_at_their_positions() -> None:
    path = FEEDS / "paretti-pl-indeed.xml"
    found, _ = results(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    repeat = next(d for r in found for d in r.diagnostics if d.code == "I001")
    assert repeat.field == "referencenumber"
    assert repeat.message.startswith("referencenumber '45424-20132496' repeats the job at line")
    assert lines[repeat.line - 1][repeat.column - 1 :].startswith("<referencenumber>")
    empty = next(d for r in found for d in r.diagnostics if d.code == "R004")
    assert empty.field == "company" and empty.message.startswith("company is")
    assert lines[empty.line - 1][empty.column - 1 :].startswith("<company>")


@requires_shared
@pytest.mark.parametrize("name", sorted(EXPECTED))
@pytest.mark.parametrize("target", ["hropen", "csv"])
def test_every_distinct_job_converts_to_hropen_and_csv(name: str, target: str) -> None:
    _, distinct, _ = EXPECTED[name]
    proc = run_cli(f"to-{target}", str(FEEDS / name))
    assert proc.returncode == (1 if distinct < EXPECTED[name][0] else 0)  # repeats held back
    assert f"Wrote {distinct} jobs".encode() in proc.stderr
    text = proc.stdout.decode()
    if target == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        assert len(rows) == distinct == len({r["id"] for r in rows})
        assert all(r["title"] and r["description_html"] for r in rows)
    else:
        validator = official_validator()
        openings = json.loads(text)
        assert len(openings) == distinct
        for opening in openings:
            validator.validate(opening)


@requires_shared
@pytest.mark.parametrize("name", sorted(EXPECTED))
@pytest.mark.parametrize("max_age", [90, 0])
def test_jsonld_takes_the_jobs_its_checks_accept_and_says_why_not(name: str, max_age: int) -> None:
    found, _ = results(FEEDS / name, Rendering.of("jsonld"), max_age=max_age)
    jobs = [r for r in found if r.is_job]
    published = [r for r in jobs if not r.held]
    for r in jobs:
        errors = {d.code for d in r.diagnostics if d.severity == "error"}
        assert r.held == bool(errors)
        # Held back only for what Google requires: a date, an unexpired and
        # recent posting, an employer, a country; or a repeat.
        assert errors <= {"R003", "T003", "T004", "R004", "L004", "I001"}, errors
    for r in published:
        posting = json.loads(r.text)
        assert posting["datePosted"] and posting["hiringOrganization"]["name"]
    # Every feed's jobs have ended or are stale; without --max-age, Recruityard's
    # Indeed jobs (which carry no end) are published.
    expected = 88 if name == "recruityard-indeed.xml" and not max_age else 0
    assert len(published) == expected


def _jobs(path: Path) -> list[Job]:
    dialect = of_path(str(path))
    with path.open("rb") as f:
        return [e.job for e in FeedReader(f, path.name, dialect=dialect)]


@requires_shared
def test_the_same_job_reads_the_same_from_every_recruityard_dialect() -> None:
    dialects = ("indeed", "jooble", "careerjet", "jobrapido", "jobatus")
    read = {d: _jobs(FEEDS / f"recruityard-{d}.xml") for d in dialects}
    assert {len(jobs) for jobs in read.values()} == {88}
    for i in range(88):
        jobs = {d: read[d][i] for d in dialects}
        one = jobs["indeed"]
        for name, job in jobs.items():
            where = (i, name)
            assert job.title == one.title, where
            assert job.description == one.description, where
            assert job.employer.name == one.employer.name == "Recruityard", where
            assert job.text("Salaryrange") == one.text("Salaryrange"), where
            assert job.employment_types == one.employment_types == ("FULL_TIME",), where
            if name != "careerjet":  # Careerjet's apply_url adds ?id=...&utm_source
                assert job.apply_url == one.apply_url, where
            else:
                assert job.apply_url.startswith(one.apply_url + "?id="), where
            if name != "jobatus":  # Jobatus has no id, no country; says Lisboa for Lisbon
                assert job.external_id == one.external_id, where
                assert job.country == one.country, where
                assert job.place.country == one.place.country, where
            if name in ("jooble", "jobrapido"):  # the dialects that carry a date
                assert job.date_posted_iso == one.date_posted_iso, where
        if one.location != "Lisbon":
            assert jobs["jobatus"].location == one.location, i
        else:
            assert jobs["jobatus"].location == "Lisboa"


@requires_shared
def test_remoteness_only_indeed_carries() -> None:
    jobs = _jobs(FEEDS / "recruityard-indeed.xml")
    remote = [j for j in jobs if j.is_remote]
    assert remote and all(j.text("Workarrangement") == "remote" for j in remote)
    # `remote` " no " says nothing of on-site or hybrid: left unknown.
    assert all(j.work_arrangement is None for j in jobs if not j.is_remote)


@requires_shared
def test_made_ids_are_stable_and_distinct() -> None:
    first = [j.external_id for j in _jobs(FEEDS / "recruityard-jobatus.xml")]
    again = [j.external_id for j in _jobs(FEEDS / "recruityard-jobatus.xml")]
    assert first == again and len(set(first)) == 88
    assert all(i.startswith("jc-") and len(i) == 19 for i in first)


def test_repeated_entries_are_published_once(tmp_path: Path) -> None:
    ad = (
        "<ad><url>https://a.example/1</url><title>Cook</title><content>Cook well.</content>"
        "<company>A</company><city>Porto</city></ad>"
    )
    path = tmp_path / "feed.xml"
    path.write_text(f"<jobatus>\n{ad}\n{ad}\n</jobatus>\n")
    proc = run_cli("to-csv", str(path))
    assert proc.returncode == 1
    assert len(list(csv.DictReader(io.StringIO(proc.stdout.decode())))) == 1
    err = proc.stderr.decode()
    assert "feed.xml:3:1: I001 [error] made id 'jc-" in err and "repeats the job at line 2" in err


def _indeed_feed(n: int) -> str:
    jobs = "".join(
        f"\n<job><title>Cook {i}</title><date>2026-01-0{1 + i % 9}</date>"
        f"<referencenumber>r-{i % 50}</referencenumber><url>https://a.example/{i}</url>"
        f"<company>{'' if i % 7 == 0 else 'A'}</company><city>Austin</city><state>TX</state>"
        f"<country>US</country><salary>${i}</salary>"
        f"<description><![CDATA[<p>Cook dish {i}.</p>]]></description></job>"
        for i in range(n)
    )
    head = '<?xml version="1.0" encoding="UTF-8"?>\n<source><publisher>p</publisher>'
    return f"{head}{jobs}\n</source>\n"


def _jobatus_feed(n: int) -> str:
    ads = "".join(
        f"\n  <ad><url>https://a.example/{i % 40}</url><title>Cook</title><content>c {i}</content>"
        f"<company>A</company><contract>Efetivo</contract><city>Porto</city></ad>"
        for i in range(n)
    )
    return f"<jobatus>{ads}\n</jobatus>\n"


@pytest.mark.parametrize("make", [_indeed_feed, _jobatus_feed])
def test_dialect_feeds_read_in_parallel_segments_give_the_serial_results(
    tmp_path: Path, make
) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(make(120))

    def run(jobs: int, segment_size: int | None = None):
        pipeline = Pipeline(today=TODAY, jobs=jobs, segment_size=segment_size)
        found = [(r.job_id, r.line, r.is_job, r.diagnostics) for r in pipeline.results([path])]
        return found, pipeline.tally

    serial = run(1)
    assert serial[1].jobs == 120 and any(r[3] for r in serial[0])
    from converter.feed.detect import of_path as dialect_of
    from converter.feed.segments import plan

    segments = plan(str(path), 2, 2000, dialect_of(str(path)))
    assert segments is not None and len(segments) > 3  # really cut at the dialect's job
    assert run(2, 2000) == serial


@requires_shared
def test_expiry_is_judged_against_the_day_given() -> None:
    path = FEEDS / "recruityard-jooble.xml"
    before = Pipeline(today=date(2025, 6, 1), jobs=1)
    found = [d for r in before.results([path]) for d in r.diagnostics]
    assert not any(d.code == "T003" for d in found)  # not yet expired
    after, _ = results(path)
    expired = next(d for r in after for d in r.diagnostics if d.code == "T003")
    assert expired.field == "expire" and expired.message.startswith("expire 2025-")


def test_findings_rename_the_rules_words_not_the_feeds_values(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(
        "<source><job><title>Agent</title><date>2026-01-01</date><referencenumber>1"
        "</referencenumber><url>https://a.example/1</url><company>A</company>"
        "<city>Country Club Hills</city><state>IL</state><country>US</country>"
        "<description>d</description><jobtype>Title Insurance</jobtype></job></source>"
    )
    found, _ = results(path)
    [unknown] = [d for r in found for d in r.diagnostics if d.code == "V001"]
    assert unknown.message == "jobtype 'Title Insurance' is not a known job type"


def test_a_boards_state_is_a_region_never_a_country(tmp_path: Path) -> None:
    # With <country> empty, "CA" and "IL" are states, not Canada and Israel.
    path = tmp_path / "feed.xml"
    path.write_text(
        "<source><job><title>Cook</title><date>2026-01-01</date><referencenumber>1"
        "</referencenumber><url>https://a.example/1</url><company>A</company>"
        "<city>San Francisco</city><state>CA</state><country></country>"
        "<description>d</description></job></source>"
    )
    [job] = _jobs(path)
    assert (job.place.locality, job.place.region, job.place.country) == (
        "San Francisco",
        "CA",
        None,
    )


def test_linkedin_publishes_the_base_salary_with_its_period(tmp_path: Path) -> None:
    def salary(kind: str, low: int, high: int) -> str:
        return (
            f"<salary><highEnd><amount>{high}</amount><currencyCode>USD</currencyCode></highEnd>"
            f"<lowEnd><amount>{low}</amount><currencyCode>USD</currencyCode></lowEnd>"
            f"<period>YEARLY</period><type>{kind}</type></salary>"
        )

    path = tmp_path / "feed.xml"
    path.write_text(
        "<source><job><partnerJobId>LI-1</partnerJobId><title>Cook</title>"
        "<applyUrl>https://a.example/1</applyUrl><company>A</company>"
        f"<salaries>{salary('TOTAL_ADDITIONAL', 10000, 20000)}"
        f"{salary('BASE_SALARY', 120000, 150000)}</salaries></job></source>"
    )
    [job] = _jobs(path)
    s = job.salary
    assert (s.currency, s.minimum, s.maximum, s.period.value) == ("USD", 120000, 150000, "YEAR")


def test_jobs_at_another_dialects_path_are_counted_once_not_kept(tmp_path: Path) -> None:
    # An Indeed feed read as Jobrapido (whose jobs are at source/jobs/job): the
    # first misplaced <job> is reported by the XSD, the rest counted, not held.
    path = tmp_path / "feed.xml"
    path.write_text(_indeed_feed(300))
    proc = run_cli("validate", "-j", "1", "--dialect", "jobrapido", str(path))
    out = proc.stdout.decode()
    assert proc.returncode == 1 and "(1 file read as jobrapido, 0 jobs)" in proc.stderr.decode()
    assert "299 more <job> elements at the same place are not read as jobs" in out
    assert out.count(" S001 ") == 4, out
    assert run_cli("validate", "-j", "2", "--dialect", "jobrapido", str(path)).stdout == proc.stdout
