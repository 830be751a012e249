"""The structured ``Compensation*`` fields: their bounds, settled against
``Salaryrange`` where a thousands separator was read as a decimal point.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .cldr import currency_precision
from .currency import currency_code
from .judge import _judge
from .numbers import parse_decimal
from .parse import parse_salary_text, stated_period
from .types import Salary, _fmt, _tidy

_THREE_DECIMALS = re.compile(r"\+?[1-9]\d{0,2}\.\d{3}")


def _agrees_with_text(value: Decimal, text: Salary | None) -> bool:
    if text is None:
        return False
    figures = [a for a in (text.minimum, text.maximum) if a is not None]
    if value in figures:
        return True
    return len(figures) == 2 and figures[0] <= value <= figures[1]


def _sensible(low: Decimal, high: Decimal) -> bool:
    return 0 < low <= high <= low * 5


def _thousands(
    written: dict[str, str],
    values: dict[str, Decimal | None],
    code: str | None,
    text: Salary | None,
) -> str | None:
    """Settle ``45.000``-like bounds in place; the problem when they cannot be settled.

    A figure with three decimals, in a currency that never uses three, is a
    thousands separator read as a decimal point (``45.000`` EUR is 45,000),
    when ``Salaryrange`` or the other bound agrees.
    """
    if currency_precision(code) >= 3:
        return None
    doubtful = [n for n, t in written.items() if _THREE_DECIMALS.fullmatch(t)]
    if not doubtful:
        return None
    unsettled = []
    for name in doubtful:
        as_written = values[name]
        assert as_written is not None
        thousands = as_written * 1000
        by_text = [v for v in (as_written, thousands) if _agrees_with_text(v, text)]
        if len(by_text) == 1:
            values[name] = _tidy(by_text[0])
        else:
            unsettled.append(name)
    if not unsettled:
        return None
    low_name, high_name = "Compensationmin", "Compensationmax"
    if len(unsettled) == 2:  # both written alike: they agree with each other
        low, high = (values[n] for n in unsettled)
        if low is not None and high is not None and low <= high:
            values[low_name], values[high_name] = _tidy(low * 1000), _tidy(high * 1000)
            return None
    elif len(unsettled) == 1:
        name = unsettled[0]
        other = values[high_name if name == low_name else low_name]
        value = values[name]
        assert value is not None
        if other is not None:
            fits = [
                v
                for v in (value, value * 1000)
                if (_sensible(v, other) if name == low_name else _sensible(other, v))
            ]
            if len(fits) == 1:
                values[name] = _tidy(fits[0])
                return None
    name = unsettled[0]
    value = values[name]
    assert value is not None
    return (
        f"{name} {written[name]} has three decimals, which {code or 'the currency'} never"
        f" uses: {_fmt(value)} or {_fmt(value * 1000)}? Neither Salaryrange nor the other"
        " bound says"
    )


def salary_from_fields(
    currency: str | None,
    minimum: str | None,
    maximum: str | None,
    salary_text: str | None,
    country: str | None = None,
) -> Salary | None:
    """The salary of the structured ``Compensation*`` fields, if they give an amount.

    Only the bounds given are kept (``Compensationmin`` alone is a minimum);
    equal bounds are one exact figure. The period is the one ``Salaryrange``
    states, else it is guessed from the magnitude as for text (or withheld).
    """
    written = {
        "Compensationmin": (minimum or "").strip(),
        "Compensationmax": (maximum or "").strip(),
    }
    values = {name: parse_decimal(t) for name, t in written.items()}
    if all(v is None for v in values.values()):
        return None
    code = currency_code(currency)
    problem = _thousands(written, values, code, parse_salary_text(salary_text, country))
    low, high = values["Compensationmin"], values["Compensationmax"]
    return _judge(code, low, high, stated_period(salary_text, country), problem)
