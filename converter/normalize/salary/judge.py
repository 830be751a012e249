"""Judging a salary read: a period guessed only where the magnitude says it,
zeros and implausible figures withheld (CLDR has no pay data: these are
judgements, in :data:`_GUESS`).
"""

from __future__ import annotations

from decimal import Decimal

from .types import PER_YEAR, Salary, SalaryPeriod

#: (hourly up to, yearly from): with no period stated, a figure at or below the
#: first is read as hourly, one at or above the second as yearly; in between,
#: or for a currency not listed, nothing is guessed and the salary is withheld.
#: The second also bounds what is plausible: a pay that comes to less than a
#: twentieth of it, or more than 500 times it, in a year is withheld. CLDR has
#: no pay data; these are judgements, set where a monthly pay of the same
#: currency is not also common (so JPY, INR, HUF, SEK... start high, and a
#: currency whose monthly and yearly figures overlap is left out).
_GUESS: dict[str, tuple[int | None, int]] = {
    "USD": (100, 10_000),
    "GBP": (100, 10_000),
    "EUR": (100, 15_000),
    "CAD": (100, 15_000),
    "AUD": (100, 15_000),
    "NZD": (100, 15_000),
    "CHF": (150, 30_000),
    "SGD": (100, 30_000),
    "HKD": (500, 300_000),
    "JPY": (3_000, 2_000_000),
    "CNY": (300, 200_000),
    "INR": (None, 500_000),
    "KRW": (30_000, 20_000_000),
    "SEK": (500, 200_000),
    "NOK": (500, 200_000),
    "DKK": (500, 200_000),
    "PLN": (200, 80_000),
    "CZK": (500, 600_000),
    "HUF": (5_000, 6_000_000),
    "BRL": (100, 100_000),
    "MXN": (300, 300_000),
    "ZAR": (300, 300_000),
    "ILS": (200, 150_000),
    "AED": (200, 150_000),
    "SAR": (200, 150_000),
}
#: Any currency: a figure this large is no pay.
_ABSURD = Decimal(10) ** 12


def _guess(currency: str, amounts: list[Decimal]) -> SalaryPeriod | None:
    hourly, yearly = _GUESS.get(currency, (None, None))
    if yearly is not None and min(amounts) >= yearly:
        return SalaryPeriod.YEAR
    if hourly is not None and max(amounts) <= hourly:
        return SalaryPeriod.HOUR
    return None


def _implausible(currency: str, amounts: list[Decimal], period: SalaryPeriod) -> bool:
    if max(amounts) >= _ABSURD:
        return True
    yearly = _GUESS.get(currency, (None, None))[1]
    if yearly is None:
        return False
    per_year = [a * PER_YEAR[period] for a in amounts]
    return min(per_year) * 20 < yearly or max(per_year) > yearly * 500


def _judge(
    currency: str | None,
    low: Decimal | None,
    high: Decimal | None,
    period: SalaryPeriod | None,
    problem: str | None = None,
) -> Salary:
    """The salary, its period guessed where that is safe, withheld where it is not."""
    amounts = [a for a in (low, high) if a is not None]
    inferred = False
    if problem is None and any(a <= 0 for a in amounts):
        problem = "a zero or negative figure is no salary"
    if problem is None and currency is not None and period is None:
        period = _guess(currency, amounts)
        inferred = period is not None
        if period is None:
            problem = (
                f"no period is stated, and in {currency} a figure of that size could be"
                " hourly, daily, weekly, monthly or yearly pay"
                if currency in _GUESS
                else f"no period is stated, and jobconv guesses none for {currency}"
            )
    if (
        problem is None
        and currency is not None
        and period is not None
        and _implausible(currency, amounts, period)
    ):
        problem = "that is implausible pay"
    return Salary(currency, low, high, period, inferred, problem)
