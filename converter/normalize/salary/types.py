"""The reader's values: a pay period, and a salary as a figure, a range or an open bound.

Apart from the reading so that what uses a salary (writers, lint rules) reads
what one is in a page, not among the patterns that find it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from enum import StrEnum


class SalaryPeriod(StrEnum):
    """Pay period. All but ``TWO_WEEKS`` are schema.org ``unitText`` values."""

    HOUR = "HOUR"
    DAY = "DAY"
    WEEK = "WEEK"
    TWO_WEEKS = "TWO_WEEKS"
    MONTH = "MONTH"
    YEAR = "YEAR"


#: How many of each period make a year: 40-hour weeks, 260 working days.
PER_YEAR: dict[SalaryPeriod, int] = {
    SalaryPeriod.HOUR: 2080,
    SalaryPeriod.DAY: 260,
    SalaryPeriod.WEEK: 52,
    SalaryPeriod.TWO_WEEKS: 26,
    SalaryPeriod.MONTH: 12,
    SalaryPeriod.YEAR: 1,
}

_PERIOD_WORDING = {
    SalaryPeriod.HOUR: "per hour",
    SalaryPeriod.DAY: "per day",
    SalaryPeriod.WEEK: "per week",
    SalaryPeriod.TWO_WEEKS: "per two weeks",
    SalaryPeriod.MONTH: "per month",
    SalaryPeriod.YEAR: "per year",
}


def _fmt(d: Decimal) -> str:
    return f"{d:,.2f}" if d != d.to_integral_value() else f"{int(d):,}"


@dataclass(frozen=True, slots=True)
class Salary:
    """A pay figure, range or open bound.

    ``minimum == maximum``: one exact figure; only ``minimum``: "from" (an open
    top); only ``maximum``: "up to". ``withheld`` says why the figure must not
    be published (an ambiguous currency, period or decimal mark, a zero or an
    implausible figure); None when it may be.
    """

    currency: str | None
    minimum: Decimal | None
    maximum: Decimal | None
    period: SalaryPeriod | None
    period_inferred: bool = False
    withheld: str | None = None

    @property
    def is_range(self) -> bool:
        return (
            self.minimum is not None and self.maximum is not None and self.minimum != self.maximum
        )

    @property
    def is_exact(self) -> bool:
        """One figure, neither a range nor an open bound."""
        return self.minimum is not None and self.minimum == self.maximum

    @property
    def is_usable(self) -> bool:
        """True when it may be published: a currency, an amount, a period, nothing withheld."""
        return (
            self.currency is not None
            and (self.minimum is not None or self.maximum is not None)
            and self.period is not None
            and self.withheld is None
        )

    def per_year(self) -> Salary:
        """The same pay as a yearly figure (for ``TWO_WEEKS``, which schema.org lacks)."""
        if self.period is None or self.period is SalaryPeriod.YEAR:
            return self
        times = PER_YEAR[self.period]
        return replace(
            self,
            minimum=None if self.minimum is None else _tidy(self.minimum * times),
            maximum=None if self.maximum is None else _tidy(self.maximum * times),
            period=SalaryPeriod.YEAR,
        )

    def describe(self) -> str:
        """Human wording for messages: ``USD 148,901–212,716 per year``."""
        if self.is_exact or self.is_range:
            bounds = (self.minimum, self.maximum)
            text = "–".join(dict.fromkeys(_fmt(d) for d in bounds if d is not None))
        elif self.minimum is not None:
            text = f"{_fmt(self.minimum)} or more"
        elif self.maximum is not None:
            text = f"up to {_fmt(self.maximum)}"
        else:  # pragma: no cover - a Salary always has an amount
            text = "?"
        if self.currency:
            text = f"{self.currency} {text}"
        if self.period:
            text += f" {_PERIOD_WORDING[self.period]}"
        return text


def _tidy(value: Decimal) -> Decimal:
    """``value`` without an exponent or trailing zeros (``1.5E+4`` -> ``15000``)."""
    try:
        if value == value.to_integral_value():
            return value.quantize(Decimal(1))
        return value.normalize()
    except InvalidOperation:  # more digits than any pay has: judged absurd later
        return value
