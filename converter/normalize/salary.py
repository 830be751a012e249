"""Salaries: the structured ``Compensation*`` fields and ``Salaryrange`` text.

``Salaryrange`` is free text: ``$148,901-$212,716``, ``£45,000 - £55,000 per
annum``, ``€70.000 – €85.000``, ``CHF 110k-130k``, ``$55 - $70 an hour``,
``$25/hr``, ``CA$90,000``. Words with no figure ("Competitive", "DOE") give
no salary: a figure is never invented.

Reading rules, in short:

- Currency: a symbol or an ISO 4217 code. A bare ``$`` is read as USD; the
  prefixed dollars (``CA$``, ``A$``, ``NZ$``...) name their own currency.
- Numbers: ``,`` ``.`` ``'`` or a space followed by exactly three digits groups
  thousands (``70.000`` is seventy thousand); otherwise ``.`` or ``,`` is the
  decimal mark (``25.50``). ``k`` multiplies by 1,000 and, in ``110-130k``,
  applies to both ends.
- Period: words such as "hour", "/hr", "per annum", "monthly". When the text
  states none, a figure of 10,000 or more is read as yearly and one of 200 or
  less as hourly (``period_inferred`` says so); between the two it stays unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import lru_cache


class SalaryPeriod(StrEnum):
    """Pay period, spelt as schema.org's ``unitText`` wants it."""

    HOUR = "HOUR"
    DAY = "DAY"
    WEEK = "WEEK"
    MONTH = "MONTH"
    YEAR = "YEAR"


@dataclass(frozen=True, slots=True)
class Salary:
    """A pay figure or range. ``minimum == maximum`` for a single figure."""

    currency: str | None
    minimum: Decimal | None
    maximum: Decimal | None
    period: SalaryPeriod | None
    period_inferred: bool = False

    @property
    def is_range(self) -> bool:
        return (
            self.minimum is not None and self.maximum is not None and self.minimum != self.maximum
        )

    @property
    def is_usable(self) -> bool:
        """True when there is a currency and at least one amount."""
        return self.currency is not None and (self.minimum is not None or self.maximum is not None)

    def describe(self) -> str:
        """Human wording for messages: ``USD 148,901–212,716 per year``."""

        def fmt(d: Decimal) -> str:
            return f"{d:,.2f}" if d != d.to_integral_value() else f"{int(d):,}"

        amounts = [fmt(d) for d in (self.minimum, self.maximum) if d is not None]
        if len(amounts) == 2 and amounts[0] == amounts[1]:
            amounts = amounts[:1]
        text = "–".join(amounts)
        if self.currency:
            text = f"{self.currency} {text}"
        if self.period:
            text += f" per {self.period.value.lower()}"
        return text


# Longest first, so that "CA$" wins over "$".
_SYMBOLS = {
    "US$": "USD",
    "CA$": "CAD",
    "C$": "CAD",
    "AU$": "AUD",
    "A$": "AUD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "SG$": "SGD",
    "S$": "SGD",
    "NT$": "TWD",
    "R$": "BRL",
    "MX$": "MXN",
    "$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "₪": "ILS",
    "₺": "TRY",
    "₽": "RUB",
    "zł": "PLN",
}
_SYMBOL_RE = "|".join(re.escape(s) for s in sorted(_SYMBOLS, key=len, reverse=True))
_CURRENCY = re.compile(rf"(?P<sym>{_SYMBOL_RE})|\b(?P<code>[A-Z]{{3}})\b")

_SEP = r"[,.'\u00a0\u202f ]"
_NUMBER = re.compile(
    rf"(?P<num>\d{{1,3}}(?:{_SEP}\d{{3}})+(?:[.,]\d{{1,2}})?(?!\d)|\d+(?:[.,]\d+)?)"
    r"(?P<k>\s?[kK]\b)?"
)
_DASH = re.compile(r"^\s*(?:[-‐‑‒–—~]|to)\s*$", re.IGNORECASE)

_PERIODS = [
    (SalaryPeriod.HOUR, r"hours?|hourly|/\s*hr?\b|\bhr\b|\bp\.?h\b"),
    (SalaryPeriod.DAY, r"\bdays?\b|daily|/\s*d(?:ay)?\b|\bp\.?d\b"),
    (SalaryPeriod.WEEK, r"weeks?|weekly|/\s*wk\b|\bp\.?w\b"),
    (SalaryPeriod.MONTH, r"months?|monthly|/\s*mo\b|\bpcm\b"),
    (SalaryPeriod.YEAR, r"years?|yearly|annum|annual(?:ly)?|/\s*yr\b|\bp\.?a\b\.?"),
]
_PERIOD = re.compile("|".join(f"(?P<{p.name}>{rx})" for p, rx in _PERIODS), re.IGNORECASE)


@lru_cache(maxsize=512)
def _is_currency_code(code: str) -> bool:
    import pycountry

    return pycountry.currencies.get(alpha_3=code) is not None


def currency_code(text: str | None) -> str | None:
    """A valid ISO 4217 code (upper-cased), or None."""
    if not text:
        return None
    code = text.strip().upper()
    return code if len(code) == 3 and code.isalpha() and _is_currency_code(code) else None


def parse_decimal(text: str | None) -> Decimal | None:
    """A plain decimal number (``xs:decimal`` lexical form), or None."""
    if not text:
        return None
    text = text.strip()
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", text):
        return None
    try:
        return Decimal(text)
    except InvalidOperation:  # pragma: no cover - the pattern rules it out
        return None


def _amount(num: str, k: bool) -> Decimal:
    grouped = re.fullmatch(rf"\d{{1,3}}(?:{_SEP}\d{{3}})+(?P<frac>[.,]\d{{1,2}})?", num)
    if grouped:
        frac = grouped["frac"] or ""
        whole = num[: len(num) - len(frac)] if frac else num
        value = Decimal(re.sub(r"\D", "", whole) + ("." + frac[1:] if frac else ""))
    else:
        value = Decimal(num.replace(",", "."))
    return value * 1000 if k else value


def _period(text: str) -> SalaryPeriod | None:
    m = _PERIOD.search(text)
    return SalaryPeriod[m.lastgroup] if m and m.lastgroup else None


def _infer_period(amount: Decimal | None) -> SalaryPeriod | None:
    if amount is None:
        return None
    if amount >= 10_000:
        return SalaryPeriod.YEAR
    if amount <= 200:
        return SalaryPeriod.HOUR
    return None


def _text_currency(text: str) -> str | None:
    for m in _CURRENCY.finditer(text):
        if m["sym"]:
            return _SYMBOLS[m["sym"]]
        if _is_currency_code(m["code"]):
            return m["code"]
    return None


@lru_cache(maxsize=4096)
def parse_salary_text(text: str | None) -> Salary | None:
    """Read a ``Salaryrange`` text; None when it holds no figure."""
    if not text or not any(c.isdigit() for c in text):
        return None
    numbers = list(_NUMBER.finditer(text))
    if not numbers:
        return None
    first = numbers[0]
    low = _amount(first["num"], bool(first["k"]))
    high = low
    if len(numbers) > 1:
        second = numbers[1]
        # Currency symbols may sit between the two figures: "$55 - $70".
        if _DASH.match(_CURRENCY.sub("", text[first.end() : second.start()])):
            high = _amount(second["num"], bool(second["k"]))
            if second["k"] and not first["k"] and low < 1000 and low * 1000 <= high:
                low *= 1000  # "110-130k"
    stated = _period(text)
    period = stated or _infer_period(high)
    return Salary(
        currency=_text_currency(text),
        minimum=low,
        maximum=high,
        period=period,
        period_inferred=stated is None and period is not None,
    )


def salary_from_fields(
    currency: str | None, minimum: str | None, maximum: str | None, salary_text: str | None
) -> Salary | None:
    """The salary of the structured ``Compensation*`` fields, if they give one.

    The period comes from ``Salaryrange`` when it states one, else it is
    inferred from the amount as for text.
    """
    low, high = parse_decimal(minimum), parse_decimal(maximum)
    if low is None and high is None:
        return None
    stated = _period(salary_text) if salary_text else None
    period = stated or _infer_period(high if high is not None else low)
    return Salary(
        currency=currency_code(currency),
        minimum=low if low is not None else high,
        maximum=high if high is not None else low,
        period=period,
        period_inferred=stated is None and period is not None,
    )
