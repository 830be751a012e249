"""Property-based tests (hypothesis): nothing a job holds is lost or corrupted.

- Any job the model can hold, written as a YubHub feed and read back, is the
  same job.
- Every writer accepts every valid job; JSON-LD passes the project's
  JobPosting JSON Schema and rdflib's JSON-LD parse; HR Open passes the
  project's PositionOpening schema; each CSV row reads back to its cells.
- Every source field reaches each output, or docs/mapping.md lists it as
  not written there.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
import string
from decimal import Decimal

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from converter import FeedReader, build_job
from converter.feed.engines import default_schema_path, load_engine
from converter.model import FIELDS, Job
from converter.writers import COLUMNS, to_hropen, to_jsonld, to_row
from converter.writers.yubhub import to_yubhub, write_feed

from ..conftest import GOOD_JOB, ROOT, examples
from .test_jsonld import assert_schema_org, schema_org  # noqa: F401 - a fixture

SCHEMAS = default_schema_path().parent
JOBPOSTING = jsonschema.Draft202012Validator(
    json.loads((SCHEMAS / "jobposting.schema.json").read_text()),
    format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
)
POSITIONOPENING = jsonschema.Draft202012Validator(
    json.loads((SCHEMAS / "positionopening.schema.json").read_text())
)
ENGINE = load_engine()
QUICK = settings(
    max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def _xml_char(c: str) -> bool:
    o = ord(c)
    return c in "\t\n\r" or 0x20 <= o <= 0xD7FF or 0xE000 <= o <= 0xFFFD or o >= 0x10000


#: Any text XML 1.0 can carry, carriage returns, odd spaces and astral planes included.
xml_text = st.text(st.characters(codec="utf-8").filter(_xml_char), max_size=40)
words = (
    st.text(string.ascii_letters + string.digits + " -'&>éü", min_size=1, max_size=24)
    .map(str.strip)
    .filter(bool)
)
#: Text that may hold markup (H001), for fields Google does not require.
texty = st.one_of(
    words,
    st.builds(lambda a, b: f"<b>{a}</b> {b}", words, words),
    st.builds(lambda a: f"{a} <3 < 5", words),
)


def read_back(xml: str) -> list:
    return list(FeedReader(io.BytesIO(xml.encode("utf-8")), "f.xml", ENGINE))


def without_positions(job: Job) -> Job:
    return dataclasses.replace(job, source=dataclasses.replace(job.source, lines={}, line=None))


# -- round trip ------------------------------------------------------------------


@QUICK
@given(
    fields=st.lists(st.sampled_from(FIELDS), unique=True, max_size=len(FIELDS)),
    texts=st.lists(xml_text, min_size=len(FIELDS), max_size=len(FIELDS)),
)
def test_any_job_round_trips_through_a_yubhub_feed(fields: list[str], texts: list[str]) -> None:
    job = build_job(dict(zip(fields, texts, strict=False)))
    buffer = io.StringIO()
    assert write_feed([job], buffer) == 1
    [entry] = read_back(buffer.getvalue())
    assert without_positions(entry.job) == without_positions(job)
    assert entry.job.source.raw == job.source.raw and list(entry.job.source.raw) == fields


# -- valid jobs -------------------------------------------------------------------

urls = st.builds(
    lambda scheme, host, path: f"{scheme}://{host}.example/{path}",
    st.sampled_from(["http", "https", "HTTPS"]),
    st.text(string.ascii_lowercase, min_size=1, max_size=12),
    st.text(string.ascii_letters + string.digits + "-_/.?=&", max_size=30),
)
#: Currencies, with the smallest figure jobconv reads as yearly when no period is
#: stated (``_GUESS`` in normalize/salary.py): the drawn salaries are published.
CURRENCIES = {"USD": 10_000, "EUR": 15_000, "GBP": 10_000, "CHF": 30_000, "JPY": 2_000_000}
ids = st.text(string.ascii_letters + string.digits + "-_.", min_size=1, max_size=20)
skills = st.lists(words.filter(lambda w: "," not in w and ";" not in w), max_size=4)
html_tails = st.sampled_from(["", "<script>x()</script>", "<ul><li>a</li></ul>", "<br>"])
JOBTYPES = ["full-time", "Part Time", "contract", "internship", "temporary", ""]
LEVELS = ["senior", "entry", "mid", "lead", "executive", ""]


@st.composite
def valid_jobs(draw: st.DrawFn) -> dict[str, str]:
    """Raw fields that pass the XSD, with free text anywhere the XSD allows it."""
    currency = draw(st.sampled_from(sorted(CURRENCIES)))
    amounts = st.decimals(
        min_value=CURRENCIES[currency], max_value=CURRENCIES[currency] * 100, places=2
    )
    low, high = sorted((draw(amounts), draw(amounts)))
    text = draw(words).replace("&", "and").replace("<", "").replace(">", "")
    job = dict(GOOD_JOB)
    job.update(
        externalid=draw(ids),
        Title=draw(words),
        Description=f"<p>{text}</p>{draw(html_tails)}",
        Jobtype=draw(st.sampled_from(JOBTYPES)),
        Experiencelevel=draw(st.sampled_from(LEVELS)),
        Workarrangement=draw(st.sampled_from(["onsite", "hybrid", "on-site"])),
        Salaryrange=draw(xml_text),
        Skills=", ".join(draw(skills)),
        Category=draw(texty),
        Industry=draw(texty),
        Employername=draw(words),
        Employerdescription=draw(texty),
        Employerlogo=draw(urls),
        Employerwebsite=draw(urls),
        Compensationcurrency=currency,
        Compensationmin=str(low),
        Compensationmax=str(high),
        Applyto=draw(urls),
        Location=draw(st.sampled_from(["Leeds", "Austin, TX", "Munich, Bavaria", "Lyon"])),
        Country=draw(st.sampled_from(["United Kingdom", "US", "Germany", "FR", "Japan"])),
        Postedate=draw(st.dates().map(lambda d: d.isoformat())),
    )
    return job


def valid_job(raw: dict[str, str]) -> Job:
    xml = write_feed_text(build_job(raw))
    [entry] = read_back(xml)
    assert entry.valid, [d.message for d in entry.diagnostics]
    return entry.job


def write_feed_text(job: Job) -> str:
    buffer = io.StringIO()
    write_feed([job], buffer)
    return buffer.getvalue()


@QUICK
@given(valid_jobs())
def test_every_writer_accepts_every_valid_job(raw: dict[str, str]) -> None:
    job = valid_job(raw)
    posting = to_jsonld(job)
    errors = [e.message for e in JOBPOSTING.iter_errors(posting)]
    assert not errors, errors
    opening = to_hropen(job)
    errors = [e.message for e in POSITIONOPENING.iter_errors(opening)]
    assert not errors, errors
    cells = to_row(job, list(COLUMNS))
    assert len(cells) == len(COLUMNS) and all(isinstance(c, str) for c in cells)
    assert to_yubhub(job).count("<job>") == 1


@settings(max_examples=examples(25), deadline=None, suppress_health_check=list(HealthCheck))
@given(valid_jobs())
def test_json_ld_is_schema_org_for_rdflib(schema_org, raw: dict[str, str]) -> None:  # noqa: F811
    rdflib, terms = schema_org
    assert_schema_org(to_jsonld(valid_job(raw)), rdflib, terms)


@QUICK
@given(fields=st.fixed_dictionaries({n: xml_text for n in FIELDS}))
def test_every_csv_row_reads_back_to_its_cells(fields: dict[str, str]) -> None:
    from converter.writers.forms import csv_record as _csv_row

    cells = to_row(build_job(fields), list(COLUMNS))
    [read] = list(csv.reader(io.StringIO(_csv_row(cells), newline="")))
    assert read == cells


@QUICK
@given(cells=st.lists(xml_text | st.sampled_from(['"', ",", "\r\n", "", " a "]), max_size=6))
def test_csv_rows_are_what_the_csv_module_writes(cells: list[str]) -> None:
    from converter.writers.forms import csv_record as _csv_row

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow(cells)
    assert _csv_row(cells) == buffer.getvalue()


# -- nothing lost -----------------------------------------------------------------


def _mapping() -> dict[str, dict[str, bool]]:
    """docs/mapping.md: source element -> {output: written there?}."""
    rows = {}
    for line in (ROOT / "docs" / "mapping.md").read_text().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        m = re.fullmatch(r"`(\w+)`", cells[0]) if len(cells) == 5 else None
        if m:
            rows[m[1]] = {
                "jsonld": not cells[2].startswith("—"),
                "hropen": not cells[3].startswith("—"),
                "csv": not cells[4].startswith("—"),
            }
    return rows


MAPPING = _mapping()


def _expected(job: Job, name: str) -> list[str]:
    """What of source element ``name`` must show in an output that writes it."""
    salary = job.salary_from_fields
    assert salary is not None
    # A salary withheld as implausible (the free Salaryrange text may state,
    # say, "per hour") is in no output: C004 says so (tests/unit/test_salary.py).
    published = job.salary is salary
    plain = re.match(r"<p>(.*?)</p>", job.source.raw["Description"])[1]  # type: ignore[index]
    found = {
        "externalid": [job.external_id],
        "Title": [job.title],
        "Description": [plain.strip()],
        "Jobtype": [t.replace("_", "").lower()[:4] for t in job.employment_types],
        "Experiencelevel": [job.experience_level.value[:3]] if job.experience_level else [],
        "Workarrangement": [],  # only remote is written: its own tests in test_jsonld/hropen
        "Salaryrange": [],  # written only without structured figures: test_jsonld
        "Skills": list(job.skills),
        "Category": [job.category],
        "Industry": [job.industry],
        "Employername": [job.employer.name],
        "Employerlogo": [job.employer.logo],
        "Employerdescription": [job.employer.description],
        "Employerwebsite": [job.employer.website],
        "Compensationcurrency": [salary.currency] if published else [],
        "Compensationmin": [_number(salary.minimum)] if published else [],
        "Compensationmax": [_number(salary.maximum)] if published else [],
        "Applyto": [job.apply_url],
        "Location": [job.place.locality],
        "Country": [job.country],
        "Postedate": [job.date_posted.isoformat()] if job.date_posted else [],
    }[name]
    return [str(v) for v in found if v]


def _number(value: Decimal | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if value == value.to_integral_value() else str(float(value))


def test_the_mapping_doc_names_every_field() -> None:
    assert set(MAPPING) == set(FIELDS)
    assert MAPPING["Industry"]["hropen"] and MAPPING["Employerlogo"]["hropen"]
    assert MAPPING["Employerdescription"]["csv"]
    assert not MAPPING["Experiencelevel"]["jsonld"]


@QUICK
@given(valid_jobs())
def test_every_field_is_written_or_listed_as_dropped(raw: dict[str, str]) -> None:
    job = valid_job(raw)
    outputs = {
        "jsonld": json.dumps(to_jsonld(job), ensure_ascii=False).lower(),
        "hropen": json.dumps(to_hropen(job), ensure_ascii=False).lower(),
        "csv": _csv_text(job).lower(),
    }
    for name in FIELDS:
        for output, text in outputs.items():
            expected = _expected(job, name)
            if not MAPPING[name][output] or not expected:
                continue
            for value in expected:
                needle = json.dumps(value.lower(), ensure_ascii=False)[1:-1]
                assert needle in text or value.lower() in text, (name, output, value)


def _csv_text(job: Job) -> str:
    from converter.writers.forms import csv_record as _csv_row

    return _csv_row(to_row(job, list(COLUMNS)))


pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
