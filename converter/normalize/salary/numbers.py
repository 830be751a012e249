"""Figures as feeds write them: grouped digits in any locale, and multipliers.

``,`` ``.`` ``'`` and spaces group digits, in threes or in the Indian lakh
pattern (``12,00,000``); when both ``.`` and ``,`` appear, the last one written
once is the decimal mark; a single mark followed by exactly three digits groups
thousands (``70.000``), unless the currency has three decimals and the country
writes that mark as its decimal one. ``k``, ``m``/``Mio``, ``lakh``, ``crore``,
``万``... multiply.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, NamedTuple

from .text import _LETTER_AFTER, _latin_letter

if TYPE_CHECKING:
    from .currency import _CurrencyToken


_DECIMAL = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")


def parse_decimal(text: str | None) -> Decimal | None:
    """A plain decimal number (``xs:decimal`` lexical form), or None."""
    if not text:
        return None
    text = text.strip()
    if not _DECIMAL.fullmatch(text):
        return None
    try:
        return Decimal(text)
    except InvalidOperation:  # pragma: no cover - the pattern rules it out
        return None


_NUMBER = re.compile(r"\d+(?:(?:[.,']|\s(?=\d{3}(?!\d)))\d+)*")
_MULTIPLIER = re.compile(
    r"(?P<k>\s?(?:k|K|(?i:tys\.?|tsd\.?|tausend|thousand|mil))" + _LETTER_AFTER + ""
    r"|\s?T(?=\s?€))"  # German "T€", thousand euros
    r"|(?P<m>(?:m|\s?(?:M|(?i:mn|mln|mio\.?|millions?|millionen|millones|milhões|milioni|"
    r"milion(?:y|ów)?)))" + _LETTER_AFTER + ")"
    r"|(?P<lakh>\s?(?:L|(?i:lakhs?|lacs?|lpa))" + _LETTER_AFTER + ")"
    r"|(?P<crore>\s?(?i:crores?|cr)" + _LETTER_AFTER + ")"
    r"|(?P<man>\s?[万萬])|(?P<sen>\s?千)|(?P<oku>\s?[億亿])",
)
_FACTORS = {"k": 1000, "m": 10**6, "lakh": 10**5, "crore": 10**7, "man": 10**4, "sen": 1000}
_FACTORS["oku"] = 10**8
#: Numbers that are no pay: a share, a count of hours or years, a US retirement plan.
_NOT_PAY_AFTER = re.compile(
    r"\s?%|\s?(?:hours?|days?(?!\s*rate)|weeks?|months?|years?|yrs?|stunden|tagen?|wochen|"
    r"monaten?|jahren?|heures|jours|semaines|mois|ans|années|horas|días|dias|semanas|meses|"
    r"años|anos|ore|giorni|settimane|mesi|anni|godzin|dni|tygodni|miesięcy|lat|uur|dagen|"
    r"weken|maanden|jaar|timmar|dagar|veckor|månader|år)" + _LETTER_AFTER,
    re.IGNORECASE,
)
_NOT_PAY = re.compile(r"401\s?\(?k\)?", re.IGNORECASE)


class _Figure(NamedTuple):
    start: int
    digits_end: int
    end: int  # after the multiplier
    digits: str
    factor: int


def _figures(text: str, currencies: list[_CurrencyToken]) -> list[_Figure]:
    currency_ends = {t.end for t in currencies}
    currency_starts = {t.start for t in currencies}
    found = []
    for m in _NUMBER.finditer(text):
        start, end = m.span()
        before = text[start - 1] if start else ""
        if _latin_letter(before) and start not in currency_ends:
            continue  # "H1B", "Q3"; but "月給25万円"
        mult = _MULTIPLIER.match(text, end)
        factor, after = 1, end
        if mult:
            factor, after = _FACTORS[mult.lastgroup or "k"], mult.end()
        if factor == 1 and _NOT_PAY_AFTER.match(text, after):
            continue
        if after < len(text) and text[after].isalpha() and after not in currency_starts:
            continue  # "13th", "3年"
        found.append(_Figure(start, end, after, m.group(), factor))
    return found


def _valid_grouping(groups: list[str]) -> bool:
    if len(groups) == 1:
        return True
    head, middle, last = groups[0], groups[1:-1], groups[-1]
    if len(last) != 3 or not 1 <= len(head) <= 3:
        return False
    if all(len(g) == 3 for g in middle):
        return True
    return len(head) <= 2 and all(len(g) == 2 for g in middle)  # Indian: 12,34,56,789


_MARKS = re.compile(r"([.,' ])")
#: Digits alone, or thousands grouped by one kind of mark from a first digit
#: that is not 0 ("86,779", "1.234.567"): no decimals, unless a single mark is
#: the decimal mark of a currency with three.
_PLAIN = re.compile(r"\d+|[1-9]\d{0,2}(?P<mark>[.,' ])\d{3}(?:(?P=mark)\d{3})*")


def read_number(digits: str, precision: int = 2, decimal_mark: str = ".") -> Decimal | None:
    """A figure as written in any common locale; None when it is no well-formed number.

    >>> read_number("1.234,56"), read_number("12,00,000"), read_number("70.000")
    (Decimal('1234.56'), Decimal('1200000'), Decimal('70000'))
    """
    plain = _PLAIN.fullmatch(digits)
    if plain:  # the common forms, read as _read_by_rules reads them (a test checks)
        mark = plain["mark"]
        if mark is None:
            return Decimal(digits)
        if not (precision >= 3 and mark == decimal_mark and digits.count(mark) == 1):
            return Decimal(digits.replace(mark, ""))
    return _read_by_rules(digits, precision, decimal_mark)


def _read_by_rules(digits: str, precision: int, decimal_mark: str) -> Decimal | None:
    """:func:`read_number`'s rules, for any figure."""
    digits = digits.replace(" ", " ").replace("\u202f", " ").replace("’", "'")
    parts = _MARKS.split(digits)
    groups, marks = parts[0::2], parts[1::2]
    if not marks:
        return Decimal(digits)
    last, fraction = marks[-1], None
    if last in ".,":
        if len(set(marks)) > 1:
            if marks.count(last) != 1:
                return None
            fraction = groups[-1]
        elif len(marks) == 1:
            head, tail = groups
            grouped = len(tail) == 3 and len(head) <= 3 and head != "0"
            if not grouped or (precision >= 3 and last == decimal_mark):
                fraction = tail
    whole = groups[:-1] if fraction is not None else groups
    grouping = marks[:-1] if fraction is not None else marks
    if len(set(grouping)) > 1 or not _valid_grouping(whole):
        return None
    return Decimal("".join(whole) + (f".{fraction}" if fraction is not None else ""))
