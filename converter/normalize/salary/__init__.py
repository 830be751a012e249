"""Salaries: the structured ``Compensation*`` fields and the free text of ``Salaryrange``.

``Salaryrange`` is free text in whatever language and locale the feed is written
in: ``$148,901-$212,716``, ``₹12,00,000 - ₹18,00,000``, ``CHF 5'200 par mois``,
``€3.500 pro Monat``, ``Up to £60,000``, ``$100k+``, ``月給25万円〜``. Words with
no figure ("Competitive", "DOE") give no salary: a figure is never invented, and
one that is ambiguous or implausible is *withheld* (``Salary.withheld`` says
why; lint rule C004 reports it) rather than published wrong. docs/mapping.md
("Salaries") lists every rule; each module holds one step:

- :mod:`.types`: :class:`SalaryPeriod` and :class:`Salary`, what the reader gives.
- :mod:`.text`: the normalised text every step reads, and the data files.
- :mod:`.cldr`: CLDR's and ISO 4217's data (symbols, names, precisions, decimal
  marks, each country's currency), from a snapshot, ``data/cldr_money.json``,
  written from Babel and pycountry by ``tools/cldr_snapshot.py`` and checked
  against them by the tests: reading a salary imports neither, so that
  start-up and every worker process stay fast.
- :mod:`.currency`: a symbol, an ISO 4217 code or a name next to a figure, shared
  ones (``$``, ``kr``, ``¥``) resolved by the job's country.
- :mod:`.numbers`: figures in any locale's grouping, and multipliers (``k``, ``lakh``, ``万``).
- :mod:`.periods`: the period phrases, hand lists in ``data/salary_periods.tsv``.
- :mod:`.parse`: which figures are the salary, its bounds, currency and period.
- :mod:`.judge`: with no period stated, one guessed from the magnitude only
  where it is unambiguous; zero, negative or implausible figures withheld.
- :mod:`.fields`: the ``Compensation*`` fields, settled against the text.

The data is read and the big patterns compiled on first need; a text's shape is
cached (see :mod:`.parse`).
"""

from __future__ import annotations

from .cldr import currency_precision
from .currency import currency_code
from .fields import salary_from_fields
from .numbers import parse_decimal, read_number
from .parse import parse_salary_text, stated_period
from .types import PER_YEAR, Salary, SalaryPeriod

__all__ = [
    "PER_YEAR",
    "Salary",
    "SalaryPeriod",
    "currency_code",
    "currency_precision",
    "parse_decimal",
    "parse_salary_text",
    "read_number",
    "salary_from_fields",
    "stated_period",
]
