"""Every lint rule: a job where it fires, and one where it does not."""

from __future__ import annotations

import io
from datetime import date

import pytest

from converter import RULES, Validator, build_job
from converter.lint.rules import Context
from converter.results import Severity

from ..conftest import feed_xml, good

TODAY = date(2026, 11, 25)


def findings(*jobs):
    # A year: GOOD_JOB's posting date (2026-05-01) is not stale, T004's case is.
    validator = Validator(today=TODAY, max_age=365)
    data = feed_xml(*jobs).encode()
    return list(validator.check_stream(io.BytesIO(data), "feed.xml"))


def codes(*jobs) -> set[str]:
    return {d.code for d in findings(*jobs)}


def test_good_job_is_clean():
    assert findings(good()) == []


# (code, job that fires it, job that does not)
CASES = [
    ("R001", good(Title="  "), good()),
    ("R001", good(Title="<script>alert(1)</script>"), good(Title="<b>Cook</b>")),
    ("H001", good(Title="<b>Senior</b> Cook"), good(Title="Cook <3 & co")),
    ("H001", good(Employername="<img src=x onerror=alert(1)>Pan"), good()),
    ("R002", good(Description=""), good()),
    ("R003", good(Postedate=""), good()),
    ("R003", good(Postedate=None), good()),
    ("R004", good(Employername=None), good()),
    ("C001", good(Compensationmin="", Compensationmax="", Compensationcurrency=""), good()),
    ("C001", good(Compensationcurrency=None), good(Compensationmax=None)),
    ("C002", good(Compensationmin="40000", Compensationmax="30000"), good()),
    (
        "C002",
        good(
            Compensationmin=None,
            Compensationmax=None,
            Compensationcurrency=None,
            Salaryrange="$90k - $70k",
        ),
        good(Salaryrange="$70k - $90k"),
    ),
    ("C003", good(Salaryrange="£45,000 - £55,000 per annum"), good()),
    ("C003", good(Salaryrange="$28,000 - $32,000 per annum"), good(Salaryrange="Competitive")),
    (
        "C004",
        good(Compensationcurrency="", Compensationmin="", Compensationmax="", Salaryrange="€3.500"),
        good(
            Compensationcurrency="",
            Compensationmin="",
            Compensationmax="",
            Salaryrange="€3.500 pro Monat",
        ),
    ),
    ("C004", good(Compensationmin="45.000", Compensationmax=""), good(Compensationmax="")),
    ("L001", good(Country="", Location="Leeds, UK"), good()),
    ("L001", good(Country=None, Workarrangement="remote"), good(Country="GB")),
    # On-site with no country anywhere is L004, not L001 as well.
    ("L004", good(Country=""), good(Country="", Location="Leeds, UK")),
    ("L004", good(Country="Narnia", Location="Leeds"), good(Workarrangement="remote", Country="")),
    ("L002", good(Country="Narnia"), good(Country="Deutschland")),
    (
        "L005",
        good(Workarrangement=None, Location="Remote - Brazil"),
        good(Location="Remote - Brazil"),
    ),
    (
        "L003",
        good(Workarrangement="remote", Country="", Location=""),
        good(Workarrangement="remote", Country="", Location="North America"),
    ),
    (
        "L003",
        good(Workarrangement="remote", Country=None, Location=None),
        good(Workarrangement="hybrid", Country=None, Location=None),
    ),
    ("D001", good(Title="Line Cook", Description="<p>Line  cook</p>"), good()),
    (
        "D002",
        good(Description="One long paragraph with no markup at all, and nothing else."),
        good(Description="First line\nSecond line"),
    ),
    ("T002", good(Postedate="2031-01-01"), good(Postedate=TODAY.isoformat())),
    ("T004", good(Postedate="2025-06-01"), good(Postedate="2026-05-01")),
    ("V001", good(Jobtype="gig"), good(Jobtype="Part Time, Contract")),
    ("V002", good(Experiencelevel="ninja"), good(Experiencelevel="Senior")),
    ("V003", good(Workarrangement="sometimes"), good(Workarrangement="Remote")),
    ("U001", good(Applyto="javascript:alert(1)"), good()),
    ("U001", good(Employerwebsite="www.copperpan.example.com"), good()),
    ("U001", good(Employerlogo="data:image/png;base64,AAAA"), good()),
    ("U002", good(Employerlogo="https://logos.example.com/copper pan.png"), good()),
    ("U002", good(Applyto="https://jobs.example.com/apply?for=Line Cook"), good()),
]


@pytest.mark.parametrize(("code", "fires", "quiet"), CASES)
def test_rule_fires_and_stays_quiet(code, fires, quiet):
    assert code in codes(fires)
    assert code not in codes(quiet)


def test_every_lint_rule_has_a_case():
    lint_codes = {r.code for r in RULES.values() if r.check is not None}
    # I001 is feed-wide; I002 and T003 need a board's feed (no ids; an expiry
    # date): test_dialect_feeds.py has their cases.
    assert lint_codes - {"I001", "I002", "T001", "T003"} <= {c for c, _, _ in CASES}


def test_markup_leaves_text_fields_but_not_the_raw_text():
    job = build_job(
        {
            "Title": "<b>Senior</b>  Cook <script>x()</script>",
            "Employername": "Tom &amp; Jerry <i>Ltd</i>",
            "Category": "a < b",
            "Skills": "<li>grill</li>, prep",
        }
    )
    assert job.title == "Senior Cook"
    assert job.employer.name == "Tom & Jerry Ltd"  # with markup, the field is read as HTML
    assert job.category == "a < b"  # a "<" that opens no tag is text
    assert job.skills == ("grill", "prep")
    assert job.source.raw["Title"] == "<b>Senior</b>  Cook <script>x()</script>"


def test_invalid_date_posted_on_the_model():
    # The bundled XSD already types Postedate, so T001 speaks for models read
    # under a looser --schema; checked here on the model itself.
    check = RULES["T001"].check
    ctx = Context(today=TODAY)
    assert [f.field for f in check(build_job({"Postedate": "2026-02-30"}), ctx)] == ["Postedate"]
    assert list(check(build_job({"Postedate": "2026-02-28"}), ctx)) == []


def test_duplicate_externalid_names_the_first_job():
    found = [d for d in findings(good(), good(), good(externalid="other")) if d.code == "I001"]
    assert len(found) == 1
    assert "repeats the job at line 4" in found[0].message
    assert found[0].field == "externalid"


def test_unique_ids_are_quiet():
    assert "I001" not in codes(good(externalid="a"), good(externalid="b"))


def test_empty_compensation_names_the_salary_text_and_each_element_once():
    job = good(
        Compensationcurrency="",
        Compensationmin="",
        Compensationmax="",
        Salaryrange="$148,901-$212,716",
    )
    found = [d for d in findings(job) if d.code == "C001"]
    assert [d.field for d in found] == ["Compensationcurrency"]
    (d,) = found
    assert d.message.startswith(
        "Compensationcurrency, Compensationmin and Compensationmax are empty;"
    )
    assert "$148,901-$212,716" in d.message
    assert "USD 148,901–212,716 per year" in d.message
    assert d.severity is Severity.WARNING


def test_empty_compensation_never_invents_a_figure():
    job = good(
        Compensationcurrency="", Compensationmin="", Compensationmax="", Salaryrange="Competitive"
    )
    messages = [d.message for d in findings(job) if d.code == "C001"]
    assert messages and all("holds no figure" in m for m in messages)


def test_a_field_the_xsd_rejected_is_not_linted_again():
    found = findings(good(Postedate="2026-02-30"))
    assert {d.code for d in found if d.field == "Postedate"} == {"S001"}


def test_severities_follow_the_brief():
    errors = {c for c, r in RULES.items() if r.severity is Severity.ERROR}
    # Errors: what makes a job wrong for every consumer.
    assert {"R001", "R002", "C002", "D001", "I001", "S001", "X001", "X002"} <= errors
    assert {"C001", "L001", "L002", "V001", "D002"}.isdisjoint(errors)
    # What only Google requires holds a job back from JSON-LD alone.
    jsonld_only = {c for c, r in RULES.items() if r.targets == ("jsonld",)}
    assert jsonld_only == {"R003", "R004", "T001", "T003", "T004", "L003", "L004"}
    assert jsonld_only.isdisjoint(errors)


def test_rule_docs_are_complete():
    names = set()
    for code, rule in RULES.items():
        assert code == rule.code and len(code) == 4
        assert rule.name == rule.name.lower() and " " not in rule.name
        assert rule.name not in names
        names.add(rule.name)
        assert rule.summary.endswith(".")
        assert "Example" in rule.doc, code


def test_a_url_with_spaces_is_published_with_them_encoded():
    # neuvoo's feed: logo URLs with the employer's name pasted into the query
    job = build_job({**good(Employerlogo="https://x.example/logo.png?empname=Cedo Sp. z o.o.")})
    assert job.employer.logo == "https://x.example/logo.png?empname=Cedo%20Sp.%20z%20o.o."
    assert build_job({**good(Employerlogo="https://x example/logo.png")}).employer.logo is None
    assert build_job({**good(Applyto="https://x.example/a\tb")}).apply_url is None
