"""Reading a ``Salaryrange`` text: which figures are the salary, its currency,
period and open bound, and why it is withheld.

Two figures joined by ``-``, ``to``, ``bis``, ``à``, ``〜``... are a range; "up
to", "bis zu", "jusqu'à", ``〜35万円`` a maximum only; "from", "ab", "desde",
``$100k+``, ``25万円〜`` a minimum only; one figure alone is exact.

A text is read in two steps. Its *shape* (which figures are the salary, their
multipliers, the currency, the period, an open bound, why it is withheld) looks
at digits only as digits: the same for every text that differs only in which
digits it writes, so it is cached under the text with each digit written 0
(:func:`_skeleton`). Feeds write their salaries from a few templates
("$86,779-$109,779", "£41,000 - £52,000 per annum"): most texts of a feed are
read as a shape already seen, and only their figures' values are worked out.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .cldr import _decimal_mark, currency_precision
from .currency import _currency_tokens, _CurrencyToken
from .judge import _judge
from .numbers import _NOT_PAY, _Figure, _figures, read_number
from .periods import _period_at, _periods
from .text import _LETTER_AFTER, _LETTER_BEFORE, _normalise
from .types import Salary, SalaryPeriod, _tidy

_CONNECTOR = re.compile(r"-+|~|〜|to|bis|à|a|até|ate|al|au|do|tot|til|till|hasta", re.IGNORECASE)


class _Bounds(NamedTuple):
    """The words of open bounds and of "between ... and ...": compiled the first
    time a text needs them (one figure, or two joined by a word)."""

    and_: re.Pattern[str]
    between: re.Pattern[str]
    max_before: re.Pattern[str]
    min_before: re.Pattern[str]
    min_after: re.Pattern[str]
    max_after: re.Pattern[str]


@lru_cache(maxsize=1)
def _bounds() -> _Bounds:
    return _Bounds(
        and_=re.compile(r"and|und|et|y|e|i|en|och|og", re.IGNORECASE),
        between=re.compile(
            _LETTER_BEFORE + r"(?:between|zwischen|entre|tra|fra|mellan|między|tussen)\s*$",
            re.IGNORECASE,
        ),
        max_before=re.compile(
            r"(?:(?<![^\W\d_])(?:up\s+to|upto|up\s+till|max(?:imum)?\.?|not\s+more\s+than|"
            r"no\s+more\s+than|less\s+than|under|below|bis(?:\s+zu)?|höchstens|maximal|"
            r"jusqu'?\s*(?:à|a)|au\s+plus|hasta|como\s+máximo|até|fino\s+a|massimo|do|maks\.?|"
            r"maksymalnie|tot|maximaal|upp\s+till|opp\s+til|op\s+til)|<|≤|〜)\s*:?\s*$",
            re.IGNORECASE,
        ),
        min_before=re.compile(
            r"(?:(?<![^\W\d_])(?:from|starting\s+(?:at|from)|at\s+least|min(?:imum)?\.?|over|"
            r"above|more\s+than|ab|mindestens|à\s+partir\s+de|a\s+partir\s+de|dès|au\s+moins|"
            r"desde|mínimo|a\s+partire\s+da|da|od|vanaf|minstens|från|fra|minst)|>|≥)\s*:?\s*$",
            re.IGNORECASE,
        ),
        min_after=re.compile(
            r"\+|\s+\+\s*$|\s*(?:(?:and\s+(?:up|above|over)|or\s+(?:more|above|higher)|"
            r"und\s+mehr|et\s+plus|ou\s+plus|o\s+más|ou\s+mais|e\s+oltre|i\s+więcej|of\s+meer)"
            + _LETTER_AFTER
            + r"|以上|〜(?!\s*\d))",
            re.IGNORECASE,
        ),
        max_after=re.compile(
            r"\s*(?:(?:or\s+less|max(?:imum)?\.?)" + _LETTER_AFTER + r"|以下|まで)", re.IGNORECASE
        ),
    )


_ADJACENT = re.compile(r"[\s:()\[\],]*")

#: Pay that no unit of schema.org or HR Open says as written: withheld, not guessed.
_SEMI_MONTHLY = re.compile(
    r"semi[\s-]?monthly|twice\s+(?:a|per)\s+month|bi[\s-]?monthly|halbmonatlich", re.I
)
_OTE = re.compile(_LETTER_BEFORE + r"(?:OTE|on[\s-]target\s+earnings)" + _LETTER_AFTER, re.I)


def _not_base_pay(text: str) -> str | None:
    """Why ``text`` states no base pay jobconv can publish, if it does not."""
    if _SEMI_MONTHLY.search(text):
        return (
            "semi-monthly (or bi-monthly) pay has no unit in schema.org or HR Open,"
            " and bi-monthly may mean twice a month or every two months"
        )
    if _OTE.search(text):
        return "OTE (on-target earnings) includes commission: it is not the base salary"
    return None


def _blank(text: str, tokens: list[_CurrencyToken], start: int, end: int) -> str:
    """``text[start:end]`` with the currency tokens in it replaced by spaces."""
    chars = list(text[start:end])
    for t in tokens:
        for i in range(max(t.start, start), min(t.end, end)):
            chars[i - start] = " "
    return "".join(chars)


def _closeness(token: _CurrencyToken, figure: _Figure, text: str) -> int:
    """2: the token is written against the figure ("$5", "5 €"); 1: across a
    colon, bracket or comma ("(EUR): 5"); 0: not next to it."""
    if token.end <= figure.start:
        gap = text[token.end : figure.start] if token.kind != "word" else "x"
    elif token.start >= figure.end:
        gap = text[figure.end : token.start]
    else:
        return 0
    if not gap.strip():
        return 2
    return 1 if _ADJACENT.fullmatch(gap) else 0


def _touches(token: _CurrencyToken, figure: _Figure, text: str) -> bool:
    return _closeness(token, figure, text) > 0


class _Reading(NamedTuple):
    salary: Salary | None
    period: SalaryPeriod | None  # stated by the text, figure or not


class _Shape(NamedTuple):
    """A text's reading but for its figures' values (see the module's docstring)."""

    period: SalaryPeriod | None  # stated by the text, figure or not
    spans: tuple[tuple[int, int], ...] = ()  # the salary's figures' digits: one, or a range's two
    factors: tuple[int, ...] = ()  # their multipliers (k, m, lakh...)
    currency: str | None = None
    precision: int = 2
    mark: str = "."  # the decimal mark, for a currency of 3 decimals
    bound: str = ""  # one figure: "min" (from), "max" (up to), "" (exact)
    ambiguous: str | None = None  # why it is withheld, whatever the figures


_ALL_ZERO = str.maketrans("123456789", "000000000")
#: The only digit a pattern of the shape step writes: "every 2 weeks", "alle 2 Wochen"...
_SPACED_TWO = re.compile(r"\s2\s")


def _skeleton(text: str) -> str:
    """``text`` with every ASCII digit written ``0``: its shape is that of the text.

    The patterns of :func:`_shape` match digits as ``\\d``, save the ``2`` the
    period phrases write between spaces: a text with one is its own skeleton.
    ("401(k)", the other digits a pattern writes, is blanked before.)"""
    if "2" in text and _SPACED_TWO.search(text):
        return text
    return text.translate(_ALL_ZERO)


def _stated_period(text: str, after: int, before: int) -> SalaryPeriod | None:
    """The period stated after the figures (first), else before them (last)."""
    matches = _periods(text)
    for m in matches:
        if m.start() >= after:
            return SalaryPeriod[m.lastgroup or "YEAR"]
    for m in reversed(matches):
        if m.end() <= before:
            return SalaryPeriod[m.lastgroup or "YEAR"]
    return None


@lru_cache(maxsize=4096)
def _read(text: str | None, country: str | None) -> _Reading:
    if not text:
        return _Reading(None, None)
    s = _normalise(text)
    if "401" in s:  # the pattern's own digits: most texts are spared the substitution
        s = _NOT_PAY.sub(lambda m: " " * len(m.group()), s)
    shape = _shape(_skeleton(s), country)
    if not shape.spans:
        return _Reading(None, shape.period)
    amounts = []
    for start, end in shape.spans:
        amount = read_number(s[start:end], shape.precision, shape.mark)
        if amount is None:  # "10.5.2026": no figure
            return _Reading(None, shape.period)
        amounts.append(amount)
    factors = list(shape.factors)
    if len(amounts) == 2 and factors[0] == 1 and factors[1] > 1 and amounts[0] <= amounts[1]:
        factors[0] = factors[1]  # "110-130k"
    values = [_tidy(a * n) for a, n in zip(amounts, factors, strict=True)]
    low = None if shape.bound == "max" else values[0]
    high = None if shape.bound == "min" else values[-1]
    salary = _judge(shape.currency, low, high, shape.period, shape.ambiguous)
    return _Reading(salary, shape.period)


@lru_cache(maxsize=4096)
def _shape(s: str, country: str | None) -> _Shape:
    """The shape of the normalised text ``s`` (its skeleton: see the module's docstring)."""
    if not any(c.isdigit() for c in s):
        return _Shape(_stated_period(s, 0, 0))
    tokens = _currency_tokens(s, country)
    figures = _figures(s, tokens)
    if not figures:
        return _Shape(_stated_period(s, 0, 0))

    # The salary's own figure: the first written against a currency, else the first.
    close = [max((_closeness(t, f, s) for t in tokens), default=0) for f in figures]
    primary = close.index(max(close))

    def joined(a: _Figure, b: _Figure) -> bool:
        gap = _blank(s, tokens, a.end, b.start).strip()
        if _CONNECTOR.fullmatch(gap):
            return True
        # "$100,000/yr - $140,000/yr": each figure states the period.
        stated = _period_at(gap)
        if stated and _CONNECTOR.fullmatch(gap[stated.end() :].strip()):
            return True
        return bool(_bounds().and_.fullmatch(gap)) and bool(
            _bounds().between.search(_blank(s, tokens, 0, a.start).rstrip())
        )

    chain = [figures[primary]]
    if primary + 1 < len(figures) and joined(figures[primary], figures[primary + 1]):
        chain.append(figures[primary + 1])
    elif primary > 0 and joined(figures[primary - 1], figures[primary]):
        chain.insert(0, figures[primary - 1])

    # Currency: one touching the figures, else one that may stand anywhere.
    # An ISO code says more than a symbol: "$25,000 MXN" is pesos.
    touching = [t for t in tokens if any(_touches(t, f, s) for f in chain)]
    touching.sort(key=lambda t: t.kind != "code")
    money = (touching or [t for t in tokens if t.anywhere] or [None])[0]
    currency = money.money.code if money else None
    precision = currency_precision(currency)

    bound = ""
    if len(chain) == 1:
        before = _blank(s, tokens, 0, chain[0].start).rstrip()
        after = _blank(s, tokens, chain[0].end, len(s))
        raw_after = s[chain[0].end :]
        if money and money.start >= chain[0].end and _touches(money, chain[0], s):
            raw_after = s[money.end :]  # "$100k+", "100k€+", "25万円〜"
        stated = _period_at(after.lstrip())  # "$25/hr max": the period first
        after_period = after.lstrip()[stated.end() :] if stated else after
        b = _bounds()
        if (
            b.max_before.search(before)
            or b.max_after.match(after)
            or b.max_after.match(after_period)
        ):
            bound = "max"
        elif b.min_before.search(before) or b.min_after.match(raw_after):
            bound = "min"
    ambiguous = _not_base_pay(s)
    candidates = money.money.candidates if money and money.money.code is None else ()
    if candidates and ambiguous is None:
        which = ", ".join(candidates[:-1]) + f" or {candidates[-1]}"
        ambiguous = f"{money.money.written!r} may be {which}, and " + (
            "Country does not say which" if not country else f"none is {country}'s currency"
        )
    return _Shape(
        period=_stated_period(s, chain[-1].digits_end, chain[0].start),
        spans=tuple((f.start, f.digits_end) for f in chain),
        factors=tuple(f.factor for f in chain),
        currency=currency,
        precision=precision,
        mark=_decimal_mark(country) if precision >= 3 else ".",
        bound=bound,
        ambiguous=ambiguous,
    )


def parse_salary_text(text: str | None, country: str | None = None) -> Salary | None:
    """Read a ``Salaryrange`` text; None when it holds no figure.

    ``country`` (ISO 3166-1 alpha-2, the job's) resolves shared symbols and names.
    """
    return _read(text, country).salary


def stated_period(text: str | None, country: str | None = None) -> SalaryPeriod | None:
    """The pay period a ``Salaryrange`` text states, with or without a figure."""
    return _read(text, country).period
