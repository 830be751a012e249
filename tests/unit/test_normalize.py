"""Normalisation of free feed text: salaries, countries, vocabulary, dates."""

import subprocess
import sys
from datetime import date
from decimal import Decimal

import pytest

from converter.feed.build import build_job
from converter.normalize.country import country_code
from converter.normalize.dates import parse_date
from converter.normalize.salary import (
    SalaryPeriod,
    currency_code,
    parse_salary_text,
    salary_from_fields,
)
from converter.normalize.vocabulary import (
    ExperienceLevel,
    WorkArrangement,
    employment_types,
    experience_level,
    work_arrangement,
)

from ..conftest import ROOT

D = Decimal


@pytest.mark.parametrize(
    ("text", "currency", "low", "high", "period"),
    [
        ("$148,901-$212,716", "USD", D(148901), D(212716), SalaryPeriod.YEAR),
        ("£45,000 - £55,000 per annum", "GBP", D(45000), D(55000), SalaryPeriod.YEAR),
        ("€70.000 – €85.000", "EUR", D(70000), D(85000), SalaryPeriod.YEAR),
        ("CHF 110k-130k", "CHF", D(110000), D(130000), SalaryPeriod.YEAR),
        ("$55 - $70 an hour", "USD", D(55), D(70), SalaryPeriod.HOUR),
        ("$25/hr", "USD", D(25), D(25), SalaryPeriod.HOUR),
        ("CA$90,000", "CAD", D(90000), D(90000), SalaryPeriod.YEAR),
        ("110-130k EUR", "EUR", D(110000), D(130000), SalaryPeriod.YEAR),
        ("$25.50 per hour", "USD", D("25.50"), D("25.50"), SalaryPeriod.HOUR),
        ("45 000 - 55 000 SEK per year", "SEK", D(45000), D(55000), SalaryPeriod.YEAR),
        ("€3.500/month", "EUR", D(3500), D(3500), SalaryPeriod.MONTH),
        ("CHF 5'200 par mois", "CHF", D(5200), D(5200), SalaryPeriod.MONTH),
        ("A$95,000 to A$105,000", "AUD", D(95000), D(105000), SalaryPeriod.YEAR),
        ("£400 per day", "GBP", D(400), D(400), SalaryPeriod.DAY),
        ("1200 USD weekly", "USD", D(1200), D(1200), SalaryPeriod.WEEK),
    ],
)
def test_salary_text(text, currency, low, high, period):
    s = parse_salary_text(text)
    assert s is not None
    assert (s.currency, s.minimum, s.maximum, s.period) == (currency, low, high, period)


@pytest.mark.parametrize("text", ["Competitive", "DOE", "", None, "Negotiable + benefits"])
def test_salary_text_without_a_figure_is_no_salary(text):
    assert parse_salary_text(text) is None


def test_period_inferred_only_when_not_stated():
    assert parse_salary_text("$148,901-$212,716").period_inferred
    assert not parse_salary_text("£45,000 - £55,000 per annum").period_inferred
    # 2,000 is neither clearly hourly nor clearly yearly: left unknown.
    assert parse_salary_text("$2,000").period is None


def test_number_without_currency_is_not_usable():
    s = parse_salary_text("45,000 - 55,000")
    assert s is not None and s.currency is None and not s.is_usable


def test_structured_fields_win_over_text():
    job = build_job(
        {
            "Compensationcurrency": "GBP",
            "Compensationmin": "50000",
            "Compensationmax": "60000",
            "Salaryrange": "£45,000 - £55,000 per annum",
        }
    )
    assert job.salary == job.salary_from_fields
    assert (job.salary.currency, job.salary.minimum, job.salary.maximum) == ("GBP", 50000, 60000)
    assert job.salary.period is SalaryPeriod.YEAR  # stated by the text


def test_text_used_when_fields_empty():
    job = build_job({"Compensationmin": "", "Salaryrange": "$55 - $70 an hour"})
    assert job.salary_from_fields is None
    assert job.salary.currency == "USD" and job.salary.period is SalaryPeriod.HOUR


def test_single_structured_amount():
    s = salary_from_fields("usd", None, "90000", None)
    assert (s.currency, s.minimum, s.maximum) == ("USD", None, 90000)  # a maximum only
    s = salary_from_fields("usd", "90000", "90000", None)
    assert (s.currency, s.minimum, s.maximum) == ("USD", 90000, 90000) and s.is_exact
    assert salary_from_fields("USD", "", "", None) is None


def test_currency_codes_are_iso_4217():
    assert currency_code("eur") == "EUR"
    assert currency_code("XYZ") is None
    assert currency_code("euro") is None


def test_describe():
    assert parse_salary_text("$148,901-$212,716").describe() == "USD 148,901–212,716 per year"
    assert parse_salary_text("$25.50/hr").describe() == "USD 25.50 per hour"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("United Kingdom", "GB"),
        ("GB", "GB"),
        ("UK", "GB"),
        ("United States", "US"),
        ("US", "US"),
        ("usa", "US"),
        ("Germany", "DE"),
        ("Switzerland", "CH"),
        ("Suisse", "CH"),
        ("  france ", "FR"),
        ("North America", None),
        ("EMEA", None),
        ("Remote", None),
        ("", None),
        (None, None),
    ],
)
def test_country_code(text, code):
    assert country_code(text) == code


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("full-time", ("FULL_TIME",)),
        ("Full Time", ("FULL_TIME",)),
        ("FULL_TIME", ("FULL_TIME",)),
        ("part-time", ("PART_TIME",)),
        ("Contract", ("CONTRACTOR",)),
        ("freelance", ("CONTRACTOR",)),
        ("temporary", ("TEMPORARY",)),
        ("Internship", ("INTERN",)),
        ("volunteer", ("VOLUNTEER",)),
        ("per diem", ("PER_DIEM",)),
        ("other", ("OTHER",)),
        ("Full-time, Contract", ("FULL_TIME", "CONTRACTOR")),
        ("Direct Placement", ("FULL_TIME",)),  # colen63/Job-feed jobs.xml, a staffing agency's
        ("Contract to Hire", ("CONTRACTOR",)),
        ("part-time / temporary", ("PART_TIME", "TEMPORARY")),
        ("gig", ()),
        (None, ()),
    ],
)
def test_employment_types(text, types):
    assert employment_types(text) == types


def test_work_arrangement():
    assert work_arrangement("Remote") is WorkArrangement.REMOTE
    assert work_arrangement("fully remote") is WorkArrangement.REMOTE
    assert work_arrangement("Hybrid") is WorkArrangement.HYBRID
    assert work_arrangement("on-site") is WorkArrangement.ONSITE
    assert work_arrangement("In Office") is WorkArrangement.ONSITE
    assert work_arrangement("sometimes") is None


def test_experience_level():
    assert experience_level("senior") is ExperienceLevel.SENIOR
    assert experience_level("Entry-level") is ExperienceLevel.ENTRY
    assert experience_level("Principal") is ExperienceLevel.SENIOR
    assert experience_level("ninja") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2026-04-24", date(2026, 4, 24)),
        ("2026-04-24Z", date(2026, 4, 24)),
        ("2026-04-24+02:00", date(2026, 4, 24)),
        ("2026-04-24T09:30:00Z", date(2026, 4, 24)),
        ("2026-02-30", None),
        ("24/04/2026", None),
        ("", None),
    ],
)
def test_parse_date(text, value):
    assert parse_date(text) == value


def test_build_job_keeps_raw_and_normalises():
    job = build_job({"externalid": " a1 ", "Title": "  ", "Skills": "python, sql, python"})
    assert job.source.raw["Title"] == "  " and job.title is None
    assert job.external_id == "a1"
    assert job.skills == ("python", "sql")


def test_the_country_snapshot_is_what_babel_says():
    """converter/normalize/data/iso_countries.json and cldr_country_names.json are
    pycountry's codes and CLDR's names as the installed Babel and pycountry give
    them (regenerate them with tools/cldr_snapshot.py when either, or
    country.LANGUAGES, changes)."""
    import importlib.util

    import pycountry

    from converter.normalize import country

    spec = importlib.util.spec_from_file_location(
        "cldr_snapshot", ROOT / "tools" / "cldr_snapshot.py"
    )
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    data = ROOT / "converter" / "normalize" / "data"
    assert (data / "iso_countries.json").read_text(encoding="utf-8") == tool.iso_countries()
    assert (data / "cldr_country_names.json").read_text(encoding="utf-8") == tool.country_names()
    index = country._cldr_index()
    assert index["osterreich"] == "AT" and index["日本"] == "JP" and index["ελλαδα"] == "GR"
    for value in ("DE", "deu", "276", "Germany", "🇩🇪", "Federal Republic of Germany"):
        assert country._iso_index()[value.lower()] == pycountry.countries.lookup(value).alpha_2


def test_a_country_loads_neither_babel_nor_pycountry():
    """Names and codes come from the snapshot: no process loads Babel's 35
    locales (~0.35 s) or pycountry (~45 ms) for them."""
    code = (
        "import sys\n"
        "from converter.normalize.country import country_code\n"
        "assert country_code('Germany') == 'DE' and country_code('deu') == 'DE'\n"
        "assert country_code('Österreich') == 'AT' and country_code('Lisbon') is None\n"
        "assert 'babel' not in sys.modules and 'pycountry' not in sys.modules\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr.decode()
