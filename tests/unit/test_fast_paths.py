"""The salary reader's fast paths read every text as its general rules do.

Each shortcut taken for speed is checked against the rule it stands for, on the
answer table of fixtures/salaries.tsv and on generated text: the guards that
let the big patterns skip most positions, the shape cached under a text's
skeleton, the common figures read without the general rules, the character
table of the normalisation.
"""

from __future__ import annotations

import csv
import re
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from converter.normalize.salary import currency as salary_currency
from converter.normalize.salary import numbers as salary_numbers
from converter.normalize.salary import parse as salary_parse
from converter.normalize.salary import periods as salary_periods
from converter.normalize.salary import text as salary_normal

from ..conftest import FIXTURES, examples

with (FIXTURES / "salaries.tsv").open(encoding="utf-8", newline="") as _f:
    TEXTS = sorted({row["text"] for row in csv.DictReader(_f, delimiter="\t", quoting=0)})
COUNTRIES = [None, "US", "CA", "GB", "DE", "CH", "FR", "IN", "JP", "CN", "SE", "KW", "TN", "MX"]

#: Pieces salary texts are made of, in many languages and scripts.
PIECES = [
    *"$€£¥₹₩¤ kKmMT-–—~〜～+/:()[],.'’%<>≤",
    *["\u00a0", "\u202f", "\u200b", "\t", "0", "1", "2", "3", "5", "9", "12", "401", "000"],
    *["USD", "EUR", "ALL", "TRY", "CA$", "US$", "C$", "kr", "kr.", "Rs", "Fr.", "zł", "R", "円"],
    *["万", "千", "年収", "月給", "時給", "Euro", "dollars", "złotych", "pesos", "yen", "lakh"],
    *["per hour", "/hr", "an hour", "per annum", "p.a.", "pa", "/month", "pro Monat", "par mois"],
    *["every 2 weeks", "alle 2 Wochen", "bi-weekly", "daily", "Tag", "up to", "from", "ab", "bis"],
    *["and up", "or more", "between", " and ", "max", "OTE", "semi-monthly", "401(k)", "hours"],
    *["H1B", "13th", "DOE", "é", "İ", "ſ", "\u212a", "ｋ", "１２", "٣", "²", "Ⅻ", " - ", " to "],
]
salary_text = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)
FUZZ = settings(max_examples=examples(400), deadline=None, suppress_health_check=list(HealthCheck))


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text)]


def _unguarded() -> tuple[re.Pattern[str], re.Pattern[str]]:
    currency = re.compile(f"(?:{salary_currency._currency_parts()[1]})")
    period = re.compile(salary_periods._period_body(), re.IGNORECASE)
    return currency, period


def _check_guards(text: str) -> None:
    s = salary_normal._normalise(text)
    currency, period = _unguarded()
    assert _spans(salary_currency._currency_pattern(), s) == _spans(currency, s)
    assert _spans(salary_periods._period(), s) == _spans(period, s)
    assert [m.span() for m in salary_periods._periods(s)] == [m.span() for m in period.finditer(s)]
    for start in range(len(s) + 1):
        found, expected = salary_periods._period_at(s[start:]), period.match(s[start:])
        assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize("text", TEXTS)
def test_the_guarded_patterns_match_what_they_match_unguarded(text: str) -> None:
    _check_guards(text)


@FUZZ
@given(salary_text)
def test_the_guarded_patterns_match_what_they_match_unguarded_on_any_text(text: str) -> None:
    _check_guards(text)


def _check_shape(text: str, country: str | None) -> None:
    s = salary_normal._normalise(text)
    if "401" in s:
        s = salary_numbers._NOT_PAY.sub(lambda m: " " * len(m.group()), s)
    shape = salary_parse._shape.__wrapped__
    assert shape(salary_parse._skeleton(s), country) == shape(s, country)


@pytest.mark.parametrize("country", COUNTRIES)
def test_a_text_has_the_shape_of_its_skeleton(country: str | None) -> None:
    for text in TEXTS:
        _check_shape(text, country)


@FUZZ
@given(salary_text, st.sampled_from(COUNTRIES))
def test_a_text_has_the_shape_of_its_skeleton_on_any_text(text: str, country: str | None) -> None:
    _check_shape(text, country)


def test_the_shape_patterns_write_no_digit_but_the_spaced_two() -> None:
    """What the skeleton relies on: the patterns of the shape step match a digit
    only as a digit (``\\d``), but for the "2" of "every 2 weeks" between spaces
    (and "401(k)", blanked before the shape is read)."""
    b = salary_parse._bounds()
    patterns = [
        salary_currency._currency_pattern(),
        salary_numbers._NUMBER,
        salary_numbers._MULTIPLIER,
    ]
    patterns += [
        salary_numbers._NOT_PAY_AFTER,
        salary_parse._CONNECTOR,
        salary_parse._ADJACENT,
        salary_parse._OTE,
    ]
    patterns += [salary_parse._SEMI_MONTHLY, *b, salary_periods._PERIOD_MAY]
    syntax = re.compile(r"\\[ux][0-9a-fA-F]{4}|\\[dD]|\{\d*,?\d*\}")
    for pattern in patterns:
        assert not re.findall(r"\d", syntax.sub("", pattern.pattern)), pattern.pattern
    period = syntax.sub("", salary_periods._period_body())
    for m in re.finditer(r"\d", period):  # "every\s+(?:two|2|other)\s+weeks?"...
        opens, closes = period.rindex("(?:", 0, m.start()), period.index(")", m.end())
        assert m.group() == "2" and period[m.start() - 1] == "|", period[opens:closes]
        assert period[opens - 3 : opens] == period[closes + 1 : closes + 4] == r"\s+"


@pytest.mark.parametrize("text", ["every 2 weeks", "$2 000 every 2 weeks", "co 2 tygodnie 500 zł"])
def test_a_text_with_a_spaced_two_is_its_own_skeleton(text: str) -> None:
    assert salary_parse._skeleton(text) == text
    assert salary_parse._skeleton("$86,779-$109,779") == "$00,000-$000,000"


@FUZZ
@given(
    st.text(alphabet="0123456789.,' \u00a0\u202f’٣", min_size=1, max_size=12),
    st.sampled_from([(2, "."), (3, "."), (3, ","), (0, "."), (4, ",")]),
)
def test_plain_figures_are_read_as_the_rules_read_them(digits: str, rule: tuple[int, str]) -> None:
    precision, mark = rule
    if salary_numbers._PLAIN.fullmatch(digits):
        assert salary_numbers.read_number(digits, precision, mark) == salary_numbers._read_by_rules(
            digits, precision, mark
        )


@pytest.mark.parametrize(
    "digits", ["86,779", "1.234.567", "5'200", "45 000", "1,500", "0,500", "12,00,000", "12"]
)
def test_common_figures_are_read_as_the_rules_read_them(digits: str) -> None:
    for precision, mark in [(2, "."), (3, "."), (3, ",")]:
        found = salary_numbers.read_number(digits, precision, mark)
        assert found == salary_numbers._read_by_rules(digits, precision, mark)


@FUZZ
@given(st.text(max_size=20) | salary_text)
def test_the_normal_table_is_the_character_rule(text: str) -> None:
    nfkc = unicodedata.normalize("NFKC", text.replace("～", "〜"))
    assert salary_normal._normalise(text) == "".join(salary_normal._normal_char(c) for c in nfkc)


def test_the_normal_table_stays_small() -> None:
    """A hostile feed's every character does not grow the table past the
    characters below U+3000."""
    salary_normal._normalise("".join(chr(c) for c in range(0x3000, 0x3400)))
    assert all(code < 0x3000 for code in salary_normal._NORMAL_TABLE)
