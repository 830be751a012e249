"""Salaries: the reader's answer table, its rules, and the outputs.

``fixtures/salaries.tsv`` is the answer table: a ``Salaryrange`` text, the job's
country, and what must be published (currency, min, max, unit), or ``none``
when nothing may be. Every row runs through the reader; the issue's cases run
end to end through the installed CLI into JSON-LD, HR Open and CSV.
"""

from __future__ import annotations

import csv
import functools
import importlib.util
import io
import json
import subprocess
import sys
import types
from decimal import Decimal

import jsonschema
import pytest

from converter import RULES, Validator
from converter.feed.build import build_job
from converter.normalize.salary import (
    SalaryPeriod,
    parse_salary_text,
    read_number,
    salary_from_fields,
    stated_period,
)
from converter.normalize.salary import cldr as salary_cldr
from converter.normalize.salary import currency as salary_currency
from converter.normalize.salary import text as salary_text

from ..conftest import FIXTURES, ROOT, feed_xml, good, run_cli
from .test_hropen import assert_valid, official, one  # noqa: F401 - a fixture
from .test_jsonld import JOBPOSTING_SCHEMA, assert_schema_org, schema_org  # noqa: F401

D = Decimal
TABLE = FIXTURES / "salaries.tsv"
COLUMNS = ["text", "country", "currency", "min", "max", "unit", "language"]


def _rows() -> list[dict[str, str]]:
    with TABLE.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows and list(rows[0]) == COLUMNS
    return rows


ROWS = _rows()

#: Every case of the issue's "Why" list, as the table spells it, with its country.
WHY = [
    ("₹12,00,000 - ₹18,00,000", "IN"),
    ("$60,000 - $80,000", "CA"),
    ("$60,000 - $80,000", "AU"),
    ("$1,000 bi-weekly", "US"),
    ("Up to £60,000", "GB"),
    ("From $80,000", "US"),
    ("$100k+", "US"),
    ("CHF 5'200 par mois", "CH"),
    ("€3.500 pro Monat", "DE"),
    ("4.200 € brutto monatlich", "DE"),
    ("450 € par jour", "FR"),
    ("$5,000 per mo", "US"),
    ("£2,500 p/m", "GB"),
    ("£350 per diem", "GB"),
    ("$0", "US"),
]


@functools.cache
def _tool() -> types.ModuleType:
    """tools/cldr_snapshot.py, which writes the snapshots from Babel and pycountry."""
    spec = importlib.util.spec_from_file_location(
        "cldr_snapshot", ROOT / "tools" / "cldr_snapshot.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _published(text: str, country: str) -> tuple[str, str, str, str]:
    """(currency, min, max, unit) as the table writes them; "none" when withheld."""
    s = parse_salary_text(text, country or None)
    if s is None or not s.is_usable or s.period is None:
        return ("", "", "", "none")
    cell = {None: ""}
    return (
        s.currency or "",
        cell.get(s.minimum, str(s.minimum)),
        cell.get(s.maximum, str(s.maximum)),
        s.period.value,
    )


# -- the answer table --------------------------------------------------------------


def test_the_table_is_as_large_and_varied_as_the_issue_asks():
    assert len(ROWS) >= 80
    assert len({r["currency"] for r in ROWS if r["currency"]}) >= 15
    assert len({r["language"] for r in ROWS if r["language"] != "-"}) >= 8
    units = {r["unit"] for r in ROWS}
    assert units == {p.value for p in SalaryPeriod} | {"none"}
    assert any("\u202f" in r["text"] for r in ROWS) and any("\u00a0" in r["text"] for r in ROWS)
    for row in ROWS:
        if row["unit"] == "none":
            assert (row["currency"], row["min"], row["max"]) == ("", "", ""), row
        else:
            assert row["currency"] and (row["min"] or row["max"]), row
            assert row["country"] == "" or len(row["country"]) == 2, row


def test_the_table_holds_every_case_of_the_issue():
    table = {(r["text"], r["country"]) for r in ROWS}
    assert set(WHY) <= table


@pytest.mark.parametrize(
    "row", ROWS, ids=[f"{i + 2}:{r['text']}|{r['country']}" for i, r in enumerate(ROWS)]
)
def test_answer_table(row):
    expected = (row["currency"], row["min"], row["max"], row["unit"])
    assert _published(row["text"], row["country"]) == expected


# -- numbers in every locale's writing (CLDR) --------------------------------------

LOCALES = [
    "en",
    "en_IN",
    "hi",
    "de",
    "de_CH",
    "fr",
    "fr_CH",
    "fr_CA",
    "it",
    "it_CH",
    "es",
    "es_MX",
    "pt_BR",
    "pt_PT",
    "nl",
    "pl",
    "sv",
    "nb",
    "da",
    "cs",
    "hu",
    "ru",
    "ja",
    "zh",
    "ko",
    "en_ZA",
]


@pytest.mark.parametrize("locale", LOCALES)
def test_numbers_as_cldr_writes_them_in_each_locale(locale):
    from babel.numbers import format_currency, format_decimal

    for value in (D("1234567.5"), D("1200000"), D("45000"), D("3500"), D("25.5")):
        written = format_decimal(value, locale=locale, group_separator=True)
        assert read_number(salary_text._normalise(written)) == value, written
        text = format_currency(value, "EUR", locale=locale) + " per month"
        s = parse_salary_text(text)
        assert s is not None and (s.currency, s.minimum) == ("EUR", value), text


def test_every_cldr_grouping_and_decimal_mark_is_read():
    """Every CLDR locale that writes latin digits groups them and marks decimals
    with a sign the reader knows: ``,`` ``.`` ``'`` ``’`` or a space."""
    from babel import Locale
    from babel.localedata import locale_identifiers

    known = {".", ",", "'", "’", " ", "\u00a0", "\u202f"}
    checked = 0
    for ident in locale_identifiers():
        locale = Locale.parse(ident)
        if locale._data.get("default_numbering_system", "latn") != "latn":
            continue
        symbols = locale.number_symbols["latn"]
        assert {symbols["group"], symbols["decimal"]} <= known, ident
        checked += 1
    assert checked > 500


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("1,234.56", D("1234.56")),
        ("1.234,56", D("1234.56")),
        ("1 234", D(1234)),
        ("1\u202f234,50", D("1234.50")),
        ("1\u00a0234", D(1234)),
        ("1'234", D(1234)),
        ("1’234.50", D("1234.50")),
        ("12,00,000", D(1200000)),
        ("1,20,00,000", D(12000000)),
        ("70.000", D(70000)),
        ("25.50", D("25.50")),
        ("1,5", D("1.5")),
        ("0.500", D("0.500")),
        ("1234.567", D("1234.567")),
        ("10.5.2026", None),  # a date, no number
        ("1,2,3", None),
        ("1.234,567.89", None),
    ],
)
def test_read_number(written, value):
    assert read_number(salary_text._normalise(written)) == value


def test_three_decimals_are_decimals_in_a_currency_that_has_them():
    # KWD has three decimals (CLDR): in Kuwait "1.500" is one and a half dinars.
    assert read_number("1.500", precision=3, decimal_mark=".") == D("1.500")
    assert read_number("1.500", precision=2) == D(1500)
    assert salary_cldr.currency_precision("KWD") == 3 and salary_cldr.currency_precision("JPY") == 0


# -- currencies ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "currency"),
    [
        ("$50,000", "CA", "CAD"),
        ("$50,000", "AU", "AUD"),
        ("$50,000", "NZ", "NZD"),
        ("$50,000", "SG", "SGD"),
        ("$50,000", "HK", "HKD"),
        ("$50,000 per year", "MX", "MXN"),
        ("$50,000", "US", "USD"),
        ("$50,000", "DE", "USD"),
        ("$50,000", None, "USD"),
        ("50 000 kr per month", "SE", "SEK"),
        ("50 000 kr per month", "NO", "NOK"),
        ("50 000 kr per month", "DK", "DKK"),
        ("¥5,000,000", "JP", "JPY"),
        ("¥500,000", "CN", "CNY"),
        ("¥5,000,000", None, "JPY"),
        ("US$50,000", "CA", "USD"),
        ("C$50,000", None, "CAD"),
        ("CA$50,000", None, "CAD"),
        ("A$50,000", None, "AUD"),
        ("AU$50,000", None, "AUD"),
        ("NZ$50,000", None, "NZD"),
        ("S$50,000", None, "SGD"),
        ("HK$500,000", None, "HKD"),
        ("R$ 5.000 por mês", None, "BRL"),
        ("5 000 zł miesięcznie", None, "PLN"),
        ("CHF 50'000", None, "CHF"),
        ("Fr. 5'000 par mois", None, "CHF"),
        ("₹12,00,000", None, "INR"),
        ("50.000 Euro", None, "EUR"),
        ("50,000 euros", None, "EUR"),
        ("50,000 dollars", "AU", "AUD"),
        ("50,000 pounds", None, "GBP"),
        ("5,000 rupees per month", None, "INR"),
        ("300,000 yen per month", None, "JPY"),
        ("5 000 złotych miesięcznie", None, "PLN"),
        ("5 000 francs par mois", None, "CHF"),
        ("50 000 kronor per month", None, "SEK"),
        ("50 000 kroner per month", "DK", "DKK"),
        ("3.000 reais por mês", None, "BRL"),
        ("R$ 3.000 por mês", None, "BRL"),
        ("45 000 SEK per year", None, "SEK"),
        ("$25,000 MXN per month", None, "MXN"),  # the code says more than $
        ("Salary (EUR): 50.000 - 60.000", None, "EUR"),
    ],
)
def test_currency_from_symbol_code_or_name(text, country, currency):
    s = parse_salary_text(text, country)
    assert s is not None and s.currency == currency


@pytest.mark.parametrize(
    ("text", "country"),
    [("50 000 kr per month", None), ("50 000 kroner per month", None), ("50,000 pesos", None)],
)
def test_a_shared_symbol_or_name_without_a_country_is_ambiguous(text, country):
    s = parse_salary_text(text, country)
    assert s is not None and s.currency is None and not s.is_usable
    assert "Country does not say which" in s.withheld


def test_a_code_that_is_also_a_word_counts_only_next_to_a_figure():
    s = parse_salary_text("ALL roles: $50,000 per year")
    assert s is not None and s.currency == "USD"


#: Aliases that differ from CLDR on purpose, and why.
ALIAS_DEVIATIONS = {
    "C$": "CLDR's C$ is the Nicaraguan córdoba; English job ads mean the Canadian dollar",
    "AU$": "CLDR writes A$ (en) or $AU (fr); AU$ is common in English ads",
    "S$": "CLDR's Singapore locales write $; S$ is the common English form",
    "SG$": "as S$",
    "U$S": "the Río de la Plata spelling of US$",
    "Fr.": "Swiss usage; CLDR writes CHF",
    "SFr.": "Swiss usage; CLDR writes CHF",
    "RMB": "the renminbi's common abbreviation; CLDR writes ¥ or CN¥",
    "円": "the yen's unit as Japanese writes it after figures; CLDR's ja symbol is ￥",
    "元": "the yuan's unit as Chinese writes it after figures; CLDR's zh symbol is ¥",
    "Rs": "CLDR writes ₹ for INR; Rs (Indian usage too) is PKR's, MUR's... symbol",
}


@pytest.mark.parametrize("alias", sorted(salary_currency._SYMBOL_ALIASES))
def test_symbol_aliases_are_cldr_symbols_or_documented_deviations(alias):
    from babel import Locale
    from babel.core import get_global

    if alias in ALIAS_DEVIATIONS:
        return
    territories = get_global("territory_currencies")
    for code in salary_currency._SYMBOL_ALIASES[alias]:
        places = [t for t, spans in territories.items() if any(s[0] == code for s in spans)]
        locales = ["en", "root"] + [loc for t in places for loc in _tool().country_locales(t)]
        symbols = {
            salary_currency._symbol_key(Locale.parse(loc).currency_symbols.get(code, ""))
            for loc in locales
        }
        assert salary_currency._symbol_key(alias) in symbols, (alias, code, symbols)


@pytest.mark.parametrize(("pattern", "stem", "default"), salary_currency._CURRENCY_WORDS)
def test_currency_words_mean_what_cldr_names_them(pattern, stem, default):
    candidates = salary_currency._named(stem)
    assert candidates, stem
    assert default is None or default in candidates


# -- periods -------------------------------------------------------------------------

#: CLDR's own short forms that mean two periods across locales: not read.
AMBIGUOUS_CLDR_FORMS = {"/t", "/t.", "/j", "/u"}


@pytest.mark.parametrize(
    ("locale", "country"),
    [
        ("en", None),
        ("de", "DE"),
        ("fr", "FR"),
        ("es", "ES"),
        ("pt", "BR"),
        ("it", "IT"),
        ("pl", "PL"),
        ("nl", "NL"),
        ("sv", "SE"),
        ("nb", "NO"),
        ("da", "DK"),
        ("cs", "CZ"),
        ("hu", "HU"),
        ("ja", "JP"),
        ("zh", "CN"),
    ],
)
def test_cldr_per_unit_patterns_are_read_as_their_period(locale, country):
    """The hand lists of period words cover CLDR's "{0} per hour" ... "{0}/y"
    patterns (long and short) in every language of the answer table."""
    from babel import Locale

    patterns = Locale.parse(locale)._data["unit_patterns"]
    for unit in ("hour", "day", "week", "month", "year"):
        for width in ("long", "short"):
            pattern = patterns.get(f"duration-{unit}", {}).get(width, {}).get("per")
            if not pattern or pattern.replace("{0}", "").strip().lower() in AMBIGUOUS_CLDR_FORMS:
                continue
            text = pattern.replace("{0}", "2 500 €")
            assert stated_period(text, country) == SalaryPeriod[unit.upper()], text


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("$1,000 bi-weekly", SalaryPeriod.TWO_WEEKS),
        ("$1,000 biweekly", SalaryPeriod.TWO_WEEKS),
        ("£1,000 fortnightly", SalaryPeriod.TWO_WEEKS),
        ("$1,000 every 2 weeks", SalaryPeriod.TWO_WEEKS),
        ("1.000 € alle zwei Wochen", SalaryPeriod.TWO_WEEKS),
        ("£12 an hour", SalaryPeriod.HOUR),
        ("£12/h", SalaryPeriod.HOUR),
        ("£12 p.h.", SalaryPeriod.HOUR),
        ("£300 per diem", SalaryPeriod.DAY),
        ("£300 daily", SalaryPeriod.DAY),
        ("£300 day rate", SalaryPeriod.DAY),
        ("$900 weekly", SalaryPeriod.WEEK),
        ("$4,000 per mo", SalaryPeriod.MONTH),
        ("£2,000 p/m", SalaryPeriod.MONTH),
        ("£2,000 pcm", SalaryPeriod.MONTH),
        ("$4,000 monthly", SalaryPeriod.MONTH),
        ("$50,000 /yr", SalaryPeriod.YEAR),
        ("£30k p.a.", SalaryPeriod.YEAR),
        ("£30k per annum", SalaryPeriod.YEAR),
        ("$50,000 annually", SalaryPeriod.YEAR),
        ("$50,000 yearly", SalaryPeriod.YEAR),
        ("3.000 € monatlich", SalaryPeriod.MONTH),
        ("45.000 € jährlich", SalaryPeriod.YEAR),
        ("3.000 €/Monat", SalaryPeriod.MONTH),
        ("3 000 € mensuel", SalaryPeriod.MONTH),
        ("3 000 €/mois", SalaryPeriod.MONTH),
        ("40 000 € annuel", SalaryPeriod.YEAR),
        ("2.000 € al mes", SalaryPeriod.MONTH),
        ("2.000 € mensuales", SalaryPeriod.MONTH),
        ("30.000 € anual", SalaryPeriod.YEAR),
        ("R$ 3.000 mensal", SalaryPeriod.MONTH),
        ("2.000 € mensile", SalaryPeriod.MONTH),
        ("30.000 € annuo", SalaryPeriod.YEAR),
        ("5 000 zł miesięcznie", SalaryPeriod.MONTH),
        ("90 000 zł rocznie", SalaryPeriod.YEAR),
        ("5 000 zł/mies.", SalaryPeriod.MONTH),
        ("月給25万円", SalaryPeriod.MONTH),
        ("年俸600万円", SalaryPeriod.YEAR),
        ("日給1万円", SalaryPeriod.DAY),
    ],
)
def test_period_words(text, period):
    assert stated_period(text) is period


def test_brutto_is_no_period():
    assert stated_period("4.000 € brutto") is None
    assert parse_salary_text("4.000 € brutto", "DE").withheld


# -- bounds --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Up to £60,000", None, D(60000)),
        ("up to $30/hr", None, D(30)),
        ("bis zu 60.000 € pro Jahr", None, D(60000)),
        ("jusqu'à 50 000 € par an", None, D(50000)),
        ("hasta 3.000 € al mes", None, D(3000)),
        ("até R$ 8.000 por mês", None, D(8000)),
        ("fino a 40.000 € annui", None, D(40000)),
        ("do 12 000 zł miesięcznie", None, D(12000)),
        ("£60k max", None, D(60000)),
        ("From $80,000", D(80000), None),
        ("$100k+", D(100000), None),
        ("100k€+ par an", D(100000), None),
        ("ab 50.000 € jährlich", D(50000), None),
        ("à partir de 45 000 € par an", D(45000), None),
        ("desde 2.000 € al mes", D(2000), None),
        ("a partir de R$ 4.000 por mês", D(4000), None),
        ("od 8 000 zł miesięcznie", D(8000), None),
        ("vanaf €3.500 per maand", D(3500), None),
        ("$80,000 and up", D(80000), None),
        ("月給25万円〜", D(250000), None),
        ("月給〜35万円", None, D(350000)),
        ("from $80,000 to $100,000", D(80000), D(100000)),
        ("£45,000 + bonus", D(45000), D(45000)),
        ("$55,000", D(55000), D(55000)),
    ],
)
def test_up_to_from_and_exact(text, low, high):
    s = parse_salary_text(text)
    assert s is not None and (s.minimum, s.maximum) == (low, high)


@pytest.mark.parametrize(
    "text",
    [
        "$110-130k",
        "$110k-130k",
        "$110k - $130k",
        "$110,000 – $130,000",
        "$110,000 — $130,000",
        "$110,000 to $130,000",
        "110.000 bis 130.000 $",
        "110 000 à 130 000 $",
        "de 110.000 a 130.000 $",
        "$110,000 ~ $130,000",
        "$110,000〜$130,000",
        "between $110,000 and $130,000",
        "entre 110.000 y 130.000 $",
    ],
)
def test_range_connectors(text):
    s = parse_salary_text(text)
    assert s is not None and (s.minimum, s.maximum) == (D(110000), D(130000)), text


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("€1.2m", D(1200000), D(1200000)),
        ("1,5 Mio. € pro Jahr", D(1500000), D(1500000)),
        ("₹12 lakh per annum", D(1200000), D(1200000)),
        ("₹1.2 crore per annum", D(12000000), D(12000000)),
        ("年収400万円", D(4000000), D(4000000)),
        ("R$ 3 mil por mês", D(3000), D(3000)),
        ("110-130K USD", D(110000), D(130000)),
    ],
)
def test_multipliers(text, low, high):
    s = parse_salary_text(text)
    assert s is not None and (s.minimum, s.maximum) == (low, high)


def test_numbers_that_are_no_pay_are_skipped():
    s = parse_salary_text("401(k), 40 hours per week, 10% bonus: $60,000")
    assert (s.minimum, s.maximum) == (D(60000), D(60000))


# -- guesses, zeros, implausible figures ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "period"),
    [
        ("$148,901-$212,716", "US", SalaryPeriod.YEAR),
        ("$25", "US", SalaryPeriod.HOUR),
        ("€70.000", "DE", SalaryPeriod.YEAR),
        ("CHF 110k", "CH", SalaryPeriod.YEAR),
        ("₹12,00,000", "IN", SalaryPeriod.YEAR),
        ("¥6,000,000", "JP", SalaryPeriod.YEAR),
    ],
)
def test_a_period_is_guessed_where_the_magnitude_settles_it(text, country, period):
    s = parse_salary_text(text, country)
    assert s.is_usable and s.period is period and s.period_inferred


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("$2,000", "US"),  # a month? a week?
        ("CHF 20'000", "CH"),  # a Swiss monthly pay is often that high
        ("¥300,000", "JP"),  # monthly or yearly
        ("₹2,00,000", "IN"),
        ("HUF 600 000", "HU"),
        ("60 000 kr", "SE"),
        ("₩3,000,000", "KR"),
        ("฿50,000", "TH"),  # no guess at all for THB
    ],
)
def test_no_guess_where_a_monthly_pay_is_as_large(text, country):
    s = parse_salary_text(text, country)
    assert s is not None and not s.is_usable and s.period is None
    assert "no period is stated" in s.withheld


@pytest.mark.parametrize(
    "text",
    [
        "$0",
        "$0 per hour",
        "£0 - £0",
        "$5,000,000 per hour",
        "£12 per annum",
        "$1 per month",
        "$" + "9" * 40,  # more digits than Decimal's context: no crash, withheld
    ],
)
def test_zero_and_implausible_figures_are_withheld(text):
    s = parse_salary_text(text, "US")
    assert s is not None and not s.is_usable and s.withheld


def test_two_weeks_per_year_for_schema_org():
    s = parse_salary_text("$1,000 - $1,200 bi-weekly", "US")
    assert s.period is SalaryPeriod.TWO_WEEKS
    year = s.per_year()
    assert (year.minimum, year.maximum, year.period) == (D(26000), D(31200), SalaryPeriod.YEAR)


# -- structured fields ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("currency", "low", "high", "text", "expected"),
    [
        ("EUR", "45.000", "52.000", None, (D(45000), D(52000))),
        ("EUR", "45.000", "52000", None, (D(45000), D(52000))),
        ("EUR", "45000", "52.000", None, (D(45000), D(52000))),
        ("EUR", "45.000", "", "€45.000 – €52.000", (D(45000), None)),
        ("JPY", "300.000", "", "月給30万円", (D(300000), None)),
        ("EUR", "45.000", "", "45 € pro Stunde", (D(45), None)),  # the text says 45
        ("KWD", "1.500", "2.000", "per month", (D("1.500"), D("2.000"))),  # KWD has 3 decimals
    ],
)
def test_three_decimals_read_as_thousands_when_something_agrees(
    currency, low, high, text, expected
):
    s = salary_from_fields(currency, low, high, text, None)
    assert (s.minimum, s.maximum) == expected and s.withheld is None


@pytest.mark.parametrize(
    ("currency", "low", "high"),
    [("EUR", "45.000", ""), ("EUR", "", "52.000"), ("CHF", "52.000", "45000")],
)
def test_three_decimals_that_nothing_settles_are_withheld(currency, low, high):
    s = salary_from_fields(currency, low, high, None, None)
    assert not s.is_usable and "three decimals" in s.withheld


def test_a_structured_zero_is_withheld():
    assert salary_from_fields("USD", "0", "", None).withheld
    assert salary_from_fields("USD", "0", "0", None).withheld


def test_bounds_given_are_the_bounds_kept():
    assert (salary_from_fields("GBP", "50000", "", None).maximum) is None
    assert (salary_from_fields("GBP", "", "50000", None).minimum) is None
    assert salary_from_fields("GBP", "50000", "50000", None).is_exact


def test_the_period_of_structured_fields_comes_from_salaryrange():
    s = salary_from_fields("EUR", "3500", "4000", "Competitive, paid monthly", "DE")
    assert s.period is SalaryPeriod.MONTH and not s.period_inferred


def test_withheld_fields_leave_a_usable_text_to_be_published():
    job = build_job(
        {
            "Compensationcurrency": "EUR",
            "Compensationmin": "45.000",
            "Salaryrange": "€3.500 pro Monat",
            "Country": "DE",
        }
    )
    assert job.salary_from_fields.withheld
    assert job.salary is job.salary_from_text


# -- C004 in validate -------------------------------------------------------------------


def _codes(*jobs) -> list[tuple[str, str | None, str]]:
    validator = Validator()
    found = validator.check_stream(io.BytesIO(feed_xml(*jobs).encode()), "feed.xml")
    return [(d.code, d.field, d.message) for d in found]


NO_FIELDS = {"Compensationcurrency": "", "Compensationmin": "", "Compensationmax": ""}


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({**NO_FIELDS, "Salaryrange": "€3.500", "Country": "DE"}, "Salaryrange", "no period"),
        ({**NO_FIELDS, "Salaryrange": "¥300,000", "Country": "JP"}, "Salaryrange", "no period"),
        ({**NO_FIELDS, "Salaryrange": "60 000 kr", "Country": ""}, "Salaryrange", "kr"),
        ({**NO_FIELDS, "Salaryrange": "$0", "Country": "US"}, "Salaryrange", "zero"),
        (
            {**NO_FIELDS, "Salaryrange": "$5,000,000 per hour", "Country": "US"},
            "Salaryrange",
            "implausible",
        ),
        (
            {"Compensationcurrency": "EUR", "Compensationmin": "45.000", "Compensationmax": ""},
            "Compensationmin",
            "three decimals",
        ),
        (
            {"Compensationcurrency": "USD", "Compensationmin": "0", "Compensationmax": ""},
            "Compensationmin",
            "zero",
        ),
    ],
)
def test_validate_warns_wherever_a_figure_is_withheld(fields, field, words):
    found = [f for f in _codes(good(**fields)) if f[0] == "C004"]
    assert len(found) == 1 and found[0][1] == field and words in found[0][2], found
    assert RULES["C004"].severity.value == "warning"


def test_no_warning_where_nothing_is_withheld():
    for text in ("€3.500 pro Monat", "Competitive", "$60,000 - $80,000"):
        assert "C004" not in {f[0] for f in _codes(good(**NO_FIELDS, Salaryrange=text))}


def test_c001_says_why_a_salary_text_is_not_used():
    found = [f for f in _codes(good(**NO_FIELDS, Salaryrange="€3.500", Country="DE"))]
    messages = [m for code, _, m in found if code == "C001"]
    assert messages and all("no period is stated" in m and "(C004)" in m for m in messages)


# -- end to end: the issue's cases through the CLI ------------------------------------

E2E = [
    *WHY,
    ("$60,000 - $80,000", ""),
    ("月給25万円〜35万円", "JP"),
    ("45 000 - 55 000 SEK per year", "SE"),
    ("R$ 8.500,00 mensal", "BR"),
    ("$25.50 per hour", "US"),
    ("600 000 kr", ""),
    ("Competitive", "GB"),
]


def _e2e_job(i: int, text: str, country: str) -> dict[str, str | None]:
    where = (
        {"Country": country}
        if country
        else {
            "Country": "",
            "Location": "Anywhere",
            "Workarrangement": "remote",
        }
    )
    return good(externalid=f"s{i}", Salaryrange=text, **NO_FIELDS, **where)


def _row(text: str, country: str) -> dict[str, str]:
    [row] = [r for r in ROWS if (r["text"], r["country"]) == (text, country)]
    return row


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> dict[str, dict[str, object]]:
    path = tmp_path_factory.mktemp("salaries") / "feed.xml"
    path.write_text(
        feed_xml(*(_e2e_job(i, t, c) for i, (t, c) in enumerate(E2E))), encoding="utf-8"
    )
    out: dict[str, dict[str, object]] = {}
    # The jobs without a Country are remote 'Anywhere': L003 holds them back
    # from JSON-LD (exit 1); their salary is read in HR Open and CSV.
    ld = run_cli("to-jsonld", str(path))
    assert ld.returncode == 1, ld.stderr.decode()
    assert ld.stderr.decode().count("L003 [error]") == sum(not c for _, c in E2E)
    out["jsonld"] = {o["identifier"]["value"]: o for o in json.loads(ld.stdout)}
    hr = run_cli("to-hropen", str(path))
    assert hr.returncode == 0, hr.stderr.decode()
    out["hropen"] = {o["documentId"]["value"]: o for o in json.loads(hr.stdout)}
    table = run_cli("to-csv", str(path))
    assert table.returncode == 0, table.stderr.decode()
    rows = list(csv.DictReader(io.StringIO(table.stdout.decode("utf-8"), newline="")))
    out["csv"] = {r["id"]: r for r in rows}
    report = run_cli("validate", "--format", "json", str(path))
    out["c004"] = {
        d["job_id"]: d["message"]
        for d in json.loads(report.stdout)["diagnostics"]
        if d["code"] == "C004"
    }
    return out


def _amount(value) -> Decimal:
    return Decimal(str(value))


def _assert_base_salary(salary: dict, row: dict, low, high) -> None:
    """JSON-LD: only the bounds that exist; TWO_WEEKS as a yearly figure (x 26)."""
    unit = row["unit"]
    assert salary["currency"] == row["currency"]
    value = salary["value"]
    times = 26 if unit == "TWO_WEEKS" else 1
    assert value["unitText"] == ("YEAR" if unit == "TWO_WEEKS" else unit)
    if low == high:
        assert set(value) == {"@type", "value", "unitText"}
        assert _amount(value["value"]) == low * times
    else:
        assert set(value) == {"@type", "unitText"} | {
            k for k, v in (("minValue", low), ("maxValue", high)) if v is not None
        }
        if low is not None:
            assert _amount(value["minValue"]) == low * times
        if high is not None:
            assert _amount(value["maxValue"]) == high * times


@pytest.mark.parametrize(("i", "case"), list(enumerate(E2E)), ids=[f"{t}|{c}" for t, c in E2E])
def test_end_to_end_in_every_output(converted, official, schema_org, i, case):  # noqa: F811
    text, country = case
    row, job_id = _row(text, country), f"s{i}"
    posting = converted["jsonld"].get(job_id)
    opening = converted["hropen"][job_id]
    cells = converted["csv"][job_id]
    profile = opening["positionProfiles"][0]
    if country:
        jsonschema.Draft202012Validator(JOBPOSTING_SCHEMA).validate(posting)
        assert_schema_org(posting, *schema_org)
    else:  # remote 'Anywhere': no country Google could place it in (L003)
        assert posting is None
    assert_valid(official, opening)
    assert cells["salary_text"] == text

    if row["unit"] == "none":
        assert posting is None or "baseSalary" not in posting
        assert profile["offeredRemunerationPackage"] == {"descriptions": [text]}
        salary_cells = [cells[f"salary_{p}"] for p in ("currency", "min", "max", "period")]
        assert salary_cells == ["", "", "", ""]
        if any(c.isdigit() for c in text):
            assert job_id in converted["c004"]
        return
    assert job_id not in converted["c004"]
    low = Decimal(row["min"]) if row["min"] else None
    high = Decimal(row["max"]) if row["max"] else None
    unit = row["unit"]

    if posting is not None:
        _assert_base_salary(posting["baseSalary"], row, low, high)

    # HR Open: referenceAmount for one figure, else only the bounds given.
    package = profile["offeredRemunerationPackage"]
    [band] = package["ranges"]
    assert package["descriptions"] == [text]
    assert package.get("basisCode") == {"HOUR": "Hourly", "DAY": None}.get(unit, "Salaried")
    interval = {"TWO_WEEKS": "TwoWeeks"}.get(unit, unit.title())
    assert band["intervalCode"] == interval and band["typeCode"] == "BasePay"
    amounts = {k: v for k, v in band.items() if k.endswith("Amount")}
    if low == high:
        assert list(amounts) == ["referenceAmount"]
        assert _amount(amounts["referenceAmount"]["value"]) == low
    else:
        bounds = (("minimumAmount", low), ("maximumAmount", high))
        expected = {k for k, v in bounds if v is not None}
        assert set(amounts) == expected
        for key, bound in bounds:
            if bound is not None:
                assert _amount(amounts[key]["value"]) == bound
    assert {a["currency"] for a in amounts.values()} == {row["currency"]}

    # CSV: the salary as read, in its own period.
    assert cells["salary_currency"] == row["currency"]
    assert cells["salary_min"] == row["min"] and cells["salary_max"] == row["max"]
    assert cells["salary_period"] == unit


def test_the_indian_range_is_yearly_not_hourly(converted):
    [i] = [i for i, case in enumerate(E2E) if case == ("₹12,00,000 - ₹18,00,000", "IN")]
    value = converted["jsonld"][f"s{i}"]["baseSalary"]["value"]
    assert (value["minValue"], value["maxValue"], value["unitText"]) == (
        1200000,
        1800000,
        "YEAR",
    )


def test_two_weeks_in_every_output(converted):
    [i] = [i for i, case in enumerate(E2E) if case == ("$1,000 bi-weekly", "US")]
    assert converted["jsonld"][f"s{i}"]["baseSalary"]["value"] == {
        "@type": "QuantitativeValue",
        "value": 26000,
        "unitText": "YEAR",
    }
    band = converted["hropen"][f"s{i}"]["positionProfiles"][0]["offeredRemunerationPackage"]
    assert band["ranges"][0]["intervalCode"] == "TwoWeeks"
    assert band["ranges"][0]["referenceAmount"] == {"value": 1000, "currency": "USD"}
    assert converted["csv"][f"s{i}"]["salary_period"] == "TWO_WEEKS"


@pytest.mark.parametrize(
    ("text", "basis"),
    [
        ("£45,000 + bonus", "SalariedPlusBonus"),
        ("$60k base + commission", "SalariedPlusCommission"),
        ("£45,000 per annum", "Salaried"),
        ("£1,800 fortnightly", "Salaried"),
        ("$25/hr", "Hourly"),
        ("£400 per day", None),
    ],
)
def test_hr_open_basis_code(official, text, basis):  # noqa: F811
    obj = one(**NO_FIELDS, Salaryrange=text)
    assert_valid(official, obj)
    package = obj["positionProfiles"][0]["offeredRemunerationPackage"]
    assert package.get("basisCode") == basis and package["descriptions"] == [text]


def test_structured_thousands_and_zero_end_to_end(tmp_path):
    jobs = [
        good(
            externalid="k",
            Compensationcurrency="EUR",
            Compensationmin="45.000",
            Compensationmax="52.000",
            Salaryrange="",
            Country="DE",
        ),
        good(
            externalid="alone",
            Compensationcurrency="EUR",
            Compensationmin="45.000",
            Compensationmax="",
            Salaryrange="",
            Country="DE",
        ),
        good(
            externalid="zero",
            Compensationcurrency="USD",
            Compensationmin="0",
            Compensationmax="0",
            Salaryrange="",
            Country="US",
        ),
    ]
    path = tmp_path / "feed.xml"
    path.write_text(feed_xml(*jobs), encoding="utf-8")
    ld = {o["identifier"]["value"]: o for o in json.loads(run_cli("to-jsonld", str(path)).stdout)}
    assert ld["k"]["baseSalary"]["value"] == {
        "@type": "QuantitativeValue",
        "minValue": 45000,
        "maxValue": 52000,
        "unitText": "YEAR",
    }
    assert "baseSalary" not in ld["alone"] and "baseSalary" not in ld["zero"]
    hr = {
        o["documentId"]["value"]: o["positionProfiles"][0]
        for o in json.loads(run_cli("to-hropen", str(path)).stdout)
    }
    [band] = hr["k"]["offeredRemunerationPackage"]["ranges"]
    assert band["minimumAmount"] == {"value": 45000, "currency": "EUR"}
    assert band["maximumAmount"] == {"value": 52000, "currency": "EUR"}
    for withheld in ("alone", "zero"):
        package = hr[withheld].get("offeredRemunerationPackage", {})
        assert not package.get("ranges"), package
    rows = {
        r["id"]: r
        for r in csv.DictReader(io.StringIO(run_cli("to-csv", str(path)).stdout.decode()))
    }
    assert (rows["k"]["salary_min"], rows["k"]["salary_max"]) == ("45000", "52000")
    assert rows["alone"]["salary_min"] == rows["zero"]["salary_min"] == ""
    proc = run_cli("validate", str(path))
    warned = proc.stdout.decode()
    assert warned.count("C004") == 2 and "45.000" in warned and "zero" in warned


# -- laziness: no Babel nor pycountry to read a salary -----------------------------------


def test_reading_a_salary_imports_neither_babel_nor_pycountry():
    """Start-up and every worker stay fast: all the CLDR and ISO 4217 data the
    reader needs is a snapshot, so reading a salary imports neither Babel nor
    pycountry, not even for a country's own symbols, a currency's name or a
    decimal mark (each of Babel's locales cost ~10 ms a process)."""
    code = (
        "import sys, converter.cli\n"
        "from converter.normalize.salary import parse_salary_text as p\n"
        "assert 'babel' not in sys.modules, 'imported at start-up'\n"
        "assert p('$25/hr', 'US').is_usable and p('€70.000 – €85.000', 'DE').is_usable\n"
        "assert p('£45,000 - £55,000 per annum', 'GB').is_usable and p('Competitive') is None\n"
        "assert 'babel' not in sys.modules, 'imported for a common salary'\n"
        "assert p('$60,000 per year', 'CA').currency == 'CAD'\n"
        "assert p('¥300,000 per month', 'CN').currency == 'CNY'\n"
        "assert p('50.000 Euro im Jahr', 'DE').currency == 'EUR'\n"
        "assert p('1.500 KWD per month', 'KW').minimum == 1.5  # Kuwait's mark is .\n"
        "assert p('1.500 BHD per month', 'TN').minimum == 1500  # Tunisia's is ,\n"
        "assert 'babel' not in sys.modules, 'imported for a country or a name'\n"
        "assert 'pycountry' not in sys.modules, 'imported for a currency code'\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr.decode()


def test_the_cldr_snapshot_is_what_babel_says():
    """converter/normalize/data/cldr_money.json is CLDR's data as the installed Babel
    gives it (regenerate it with tools/cldr_snapshot.py when Babel is upgraded)."""
    data = ROOT / "converter" / "normalize" / "data"
    assert (data / "cldr_money.json").read_text(encoding="utf-8") == _tool().money()


def test_the_mapping_doc_lists_the_readers_rules():
    text = (ROOT / "docs" / "mapping.md").read_text()
    section = text[text.index("## Salaries") :]
    for words in ("TWO_WEEKS", "26", "referenceAmount", "C004", "lakh", "three decimals"):
        assert words in section, words


@pytest.mark.parametrize(
    ("text", "low", "high", "period"),
    [
        ("1059 - 1350 EUR/month", "1059", "1350", SalaryPeriod.MONTH),
        ("300 GBP/day", "300", "300", SalaryPeriod.DAY),
        ("60000 USD/yr", "60000", "60000", SalaryPeriod.YEAR),
    ],
)
def test_a_period_after_a_slash_follows_a_currency_code(
    text: str, low: str, high: str, period: SalaryPeriod
) -> None:
    """'EUR/month' states the period as '€1059/month' does (found in a new-user trial)."""
    found = parse_salary_text(text)
    assert found is not None
    assert (found.minimum, found.maximum, found.period) == (Decimal(low), Decimal(high), period)
