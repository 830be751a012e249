"""Salaries: the structured ``Compensation*`` fields and the free text of ``Salaryrange``.

``Salaryrange`` is free text in whatever language and locale the feed is written
in: ``$148,901-$212,716``, ``₹12,00,000 - ₹18,00,000``, ``CHF 5'200 par mois``,
``€3.500 pro Monat``, ``Up to £60,000``, ``$100k+``, ``月給25万円〜``. Words with
no figure ("Competitive", "DOE") give no salary: a figure is never invented, and
one that is ambiguous or implausible is *withheld* (``Salary.withheld`` says
why; lint rule C004 reports it) rather than published wrong. docs/mapping.md
("Salaries") lists every rule; in short:

- Numbers: ``,`` ``.`` ``'`` and spaces (NBSP and U+202F too) group digits, in
  threes or in the Indian lakh pattern (``12,00,000``). When both ``.`` and
  ``,`` appear, the last one written once is the decimal mark; a single mark
  followed by exactly three digits groups thousands (``70.000``), unless the
  currency has three decimals (CLDR) and the country writes that mark as its
  decimal one. ``k``, ``m``/``Mio``, ``lakh``/``LPA``, ``crore``, ``万``, ``千``...
  multiply; in ``110-130k`` the multiplier applies to both ends.
- Currency: a symbol, an ISO 4217 code or a name next to a figure. ``$``,
  ``kr``, ``¥`` and the other shared symbols and names are resolved by the
  job's country, with CLDR's symbols for that country's own locales ($ is CAD
  in Canada, kr SEK in Sweden, ¥ CNY in China); with no country, by CLDR's
  English symbols ($ USD, ¥ JPY); ``kr`` with no country is ambiguous.
- Bounds: two figures joined by ``-``, ``–``, ``to``, ``bis``, ``à``, ``a``,
  ``〜``... are a range; "up to", "bis zu", "jusqu'à", ``〜35万円`` a maximum
  only; "from", "ab", "à partir de", "desde", ``$100k+``, ``25万円〜`` a minimum
  only; one figure alone is exact.
- Period: words and abbreviations in the languages feeds use (hand lists:
  CLDR has no such vocabulary). Bi-weekly is ``TWO_WEEKS``. With none stated,
  a period is guessed from the magnitude only for the currencies of
  :data:`_GUESS`, where it is unambiguous; otherwise the salary is withheld.
- Zero, negative or implausible figures (against the same table) are withheld.

CLDR supplies symbols, names, precisions, decimal marks and each country's
currency, all from a snapshot (``cldr_money.py``, written from Babel and
pycountry and checked against them by the tests): reading a salary imports
neither, so that start-up and every worker process stay fast. The big patterns
are compiled on first need; a text's shape is cached (see "reading").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple


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


# -- ISO codes and CLDR -------------------------------------------------------------


def _is_currency_code(code: str) -> bool:
    """An ISO 4217 code pycountry knows (matched as pycountry matches: any case)."""
    return code.lower() in _cldr().codes


def currency_code(text: str | None) -> str | None:
    """A valid ISO 4217 code (upper-cased), or None."""
    if not text:
        return None
    code = text.strip().upper()
    return code if len(code) == 3 and code.isalpha() and _is_currency_code(code) else None


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


# -- CLDR ---------------------------------------------------------------------------
#
# Everything the reader needs from CLDR and ISO 4217 (each currency's symbols and
# names, each territory's currency, the symbols its own locales write, its decimal
# mark, precisions, the codes themselves) comes from ``cldr_money.py``: CLDR's
# data as the installed Babel gives it and the codes pycountry knows, written by
# :func:`cldr_snapshot` (tests/test_salary.py checks it still equals them).
# Importing Babel and loading a locale's data costs ~40 ms and then ~10 ms a
# locale (a feed of a few countries' dollars loaded some 30), and importing
# pycountry ~40 ms: all of it once in every worker process. The snapshot costs
# ~1 ms to read, and neither is imported to read a salary.


def cldr_snapshot() -> str:
    """The text of ``cldr_money.py``, from the installed Babel and pycountry.

    Regenerate it with ``python -c "from converter.normalize.salary import cldr_snapshot;
    print(cldr_snapshot(), end='')" > converter/normalize/cldr_money.py``.
    """
    import babel
    import pycountry
    from babel import Locale
    from babel.core import get_cldr_version, get_global
    from babel.numbers import get_currency_precision

    codes = sorted(c.alpha_3 for c in pycountry.currencies)
    current = set(codes)
    english = Locale.parse("en")
    written = english.currency_symbols
    assert not any("\t" in v for v in (*written.values(), *english.currencies.values()))
    symbols = [f"{c}\t{written[c]}" for c in codes if written.get(c, c) != c]
    names = [f"{c}\t{n}" for c, n in english.currencies.items() if c in current]
    tender = {
        territory: [c for c, _start, end, legal in spans if end is None and legal]
        for territory, spans in sorted(get_global("territory_currencies").items())
    }
    territories = [f"{t}\t{' '.join(cs)}" for t, cs in tender.items() if cs]
    local = [
        "\t".join((t, c, *syms))
        for t, cs in tender.items()
        for c in cs
        if c in current and (syms := _babel_local_symbols(t, c))
    ]
    marks: dict[str, list[str]] = {}
    for territory in sorted(get_global("territory_languages")):
        mark = _babel_decimal_mark(territory)
        if mark != ".":
            marks.setdefault(mark, []).append(territory)
    precisions = [f"{c}\t{get_currency_precision(c)}" for c in codes]
    precisions = [line for line in precisions if not line.endswith("\t2")]

    def block(lines: list[str]) -> str:
        for line in lines:  # each a line of its own, in a plain string literal
            assert len(line.splitlines()) == 1 and '"""' not in line and "\\" not in line
        return '"""\\\n' + "\n".join(lines) + '\n"""'

    def rows(words: list[str], head: str = "", width: int = 20) -> list[str]:
        return [head + " ".join(words[i : i + width]) for i in range(0, len(words), width)]

    mark_rows = [row for mark, ts in marks.items() for row in rows(ts, f"{mark}\t")]
    return (
        f'"""CLDR {get_cldr_version()} data for the salary reader, from Babel'
        f" {babel.__version__};\nISO 4217 codes from pycountry {pycountry.__version__}.\n\n"
        "Written by ``converter.normalize.salary.cldr_snapshot()``; do not edit:\n"
        "tests/test_salary.py checks that it equals what the installed Babel and\n"
        "pycountry say.\n"
        '"""\n\n'
        "#: ISO 4217 currency codes (pycountry).\n"
        f"CODES = {block(rows(codes))}\n\n"
        "#: CLDR's English currency symbols that are not the code: code, tab, symbol.\n"
        f"ENGLISH_SYMBOLS = {block(symbols)}\n\n"
        "#: CLDR's English currency names, in CLDR's order: code, tab, name.\n"
        f"ENGLISH_NAMES = {block(names)}\n\n"
        "#: Each territory's current legal tender: territory, tab, codes.\n"
        f"TERRITORY_CURRENCIES = {block(territories)}\n\n"
        "#: The symbols a territory's own locales (salary._country_locales) write for its\n"
        "#: currency, when not the code: territory, tab, code, tab, symbols (tab-separated).\n"
        f"LOCAL_SYMBOLS = {block(local)}\n\n"
        "#: The decimal mark of each territory's main locale, when it is not '.':\n"
        "#: mark, tab, territories.\n"
        f"DECIMAL_MARKS = {block(mark_rows)}\n\n"
        "#: Currencies whose number of decimals is not 2 (get_currency_precision).\n"
        f"PRECISIONS = {block(precisions)}\n"
    )


class _Snapshot(NamedTuple):
    """``cldr_money.py`` as tables."""

    codes: frozenset[str]  # lower case, as pycountry matches them
    symbols: dict[str, str]  # English: code -> symbol
    names: dict[str, str]  # English: code -> name
    territories: dict[str, tuple[str, ...]]
    local: dict[tuple[str, str], tuple[str, ...]]  # (territory, code) -> symbols
    marks: dict[str, str]  # territory -> decimal mark, when not "."
    precisions: dict[str, int]


@lru_cache(maxsize=1)
def _cldr() -> _Snapshot:
    from . import cldr_money as c

    def lines(text: str) -> list[list[str]]:
        return [line.split("\t") for line in text.splitlines() if line]

    marks = {t: mark for mark, ts in lines(c.DECIMAL_MARKS) for t in ts.split()}
    return _Snapshot(
        codes=frozenset(c.CODES.lower().split()),
        symbols={code: sym for code, sym in lines(c.ENGLISH_SYMBOLS)},
        names={code: name for code, name in lines(c.ENGLISH_NAMES)},
        territories={t: tuple(codes.split()) for t, codes in lines(c.TERRITORY_CURRENCIES)},
        local={(row[0], row[1]): tuple(row[2:]) for row in lines(c.LOCAL_SYMBOLS)},
        marks=marks,
        precisions={code: int(n) for code, n in lines(c.PRECISIONS)},
    )


def currency_precision(code: str | None) -> int:
    """CLDR's number of decimals for ``code`` (2 when unknown)."""
    return _cldr().precisions.get(code or "", 2)


@lru_cache(maxsize=512)
def _country_currencies(country: str | None) -> tuple[str, ...]:
    """The country's current legal tender (CLDR)."""
    codes = _cldr().territories.get(country or "", ())
    return tuple(c for c in codes if _is_currency_code(c))


@lru_cache(maxsize=512)
def _country_locales(country: str | None) -> tuple[str, ...]:
    """CLDR locales of the country's official languages, most spoken first (at most 4).

    Babel: for :func:`cldr_snapshot` (and the tests), never to read a salary."""
    if not country:
        return ()
    from babel.core import get_global
    from babel.localedata import exists

    languages = get_global("territory_languages").get(country, {})
    ranked = sorted(languages.items(), key=lambda kv: -kv[1].get("population_percent", 0))
    found = [
        f"{lang}_{country}"
        for lang, info in ranked
        if info.get("official_status") and exists(f"{lang}_{country}")
    ]
    return tuple(found[:4])


def _symbol_key(symbol: str) -> str:
    return unicodedata.normalize("NFKC", symbol).replace(" ", "").rstrip(".")


def _babel_symbols(locale: str) -> dict[str, str]:
    """CLDR's currency symbols of ``locale``: code -> symbol, the codes themselves
    left out (Babel: for :func:`cldr_snapshot`)."""
    from babel import Locale

    try:
        symbols = Locale.parse(locale).currency_symbols
    except (KeyError, ValueError, OSError):  # locale data missing: no symbols
        return {}
    return {code: sym for code, sym in symbols.items() if sym != code}


def _babel_local_symbols(country: str, code: str) -> tuple[str, ...]:
    """The symbols the country's own locales write for ``code`` (Babel)."""
    found = (_babel_symbols(locale).get(code) for locale in _country_locales(country))
    symbols = tuple(dict.fromkeys(sym for sym in found if sym))
    assert not any("\t" in sym for sym in symbols), symbols
    return symbols


def _babel_decimal_mark(country: str | None) -> str:
    """CLDR's decimal mark in the country's main locale, ``.`` without one (Babel)."""
    locales = _country_locales(country)
    if not locales:
        return "."
    from babel import Locale

    try:
        return Locale.parse(locales[0]).number_symbols.get("latn", {}).get("decimal", ".")
    except (KeyError, ValueError, OSError):  # locale data missing: the common mark
        return "."


@lru_cache(maxsize=1)
def _english_by_code() -> dict[str, str]:
    """CLDR's English symbols: code -> symbol, the codes themselves left out."""
    symbols = _cldr().symbols
    return {code: sym for code, sym in symbols.items() if sym != code and _is_currency_code(code)}


#: Prefixes and signs feeds write that CLDR's English data lacks (``US$``, ``zł``,
#: ``kr``...) or gives to another currency (CLDR's ``C$`` is the Nicaraguan
#: córdoba; in English job ads it is the Canadian dollar). Several codes: shared,
#: resolved by the job's country, else ambiguous. tests/test_salary.py checks
#: each against CLDR's symbols.
_SYMBOL_ALIASES: dict[str, tuple[str, ...]] = {
    "US$": ("USD",),
    "U$S": ("USD",),
    "C$": ("CAD",),
    "AU$": ("AUD",),
    "S$": ("SGD",),
    "SG$": ("SGD",),
    "Fr.": ("CHF",),
    "SFr.": ("CHF",),
    "zł": ("PLN",),
    "Kč": ("CZK",),
    "Ft": ("HUF",),
    "Rs": ("INR", "PKR", "LKR", "NPR", "MUR"),
    "RM": ("MYR",),
    "Rp": ("IDR",),
    "RMB": ("CNY",),
    "円": ("JPY",),
    "元": ("CNY",),
    "₺": ("TRY",),
    "₽": ("RUB",),
    "₴": ("UAH",),
    "฿": ("THB",),
    "₦": ("NGN",),
    "kr": ("SEK", "NOK", "DKK", "ISK"),
    "R": ("ZAR",),
}
#: The currency a shared alias means when the job's country has none of them.
_ALIAS_DEFAULT = {"Rs": "INR"}

#: Currency names as feeds write them, after a figure ("50.000 Euro", "5 000
#: złotych", "60 000 kronor"). CLDR names currencies in full ("Swiss francs",
#: "złote polskie") but does not say which word of a name is used alone, so the
#: words are listed here; what they mean is CLDR's: the currencies whose English
#: CLDR name contains the second item, resolved by the job's country, else the
#: third (None: ambiguous without a country).
_CURRENCY_WORDS: tuple[tuple[str, str, str | None], ...] = (
    (r"dollars?|dólar(?:es)?|dollari|dolar(?:y|ów)?", "dollar", "USD"),
    (r"euros?|euro", "euro", "EUR"),
    (
        r"pounds?(?:\s+sterling)?|sterling|livres?\s+sterling|libras?",
        "pound",
        "GBP",
    ),
    (r"francs?|franken|franchi|francos?", "franc", "CHF"),
    (r"rupees?|rupias?|rupien", "rupee", "INR"),
    (r"yen", "yen", "JPY"),
    (r"yuan|renminbi", "yuan", "CNY"),
    (r"z[łl]ot(?:y|ys|ych|e|ego)", "zloty", "PLN"),
    (r"kronor|krona", "krona", "SEK"),
    (r"kroner|krone", "krone", None),
    (r"reais|real", "real", "BRL"),
    (r"pesos?", "peso", None),
    (r"rand", "rand", "ZAR"),
    (r"forint(?:ok)?", "forint", "HUF"),
    (r"korun[ay]?", "koruna", "CZK"),
    (r"lira|lire|liras", "lira", "TRY"),
    (r"shekels?|sheqels?", "shekel", "ILS"),
    (r"won", "won", "KRW"),
    (r"ringgit", "ringgit", "MYR"),
    (r"baht", "baht", "THB"),
    (r"dirhams?", "dirham", "AED"),
    (r"riyals?", "riyal", None),
    (r"rub(?:les?|el)|roubles?", "ruble", "RUB"),
    (r"lei|leu", "leu", "RON"),
    (r"dong", "dong", "VND"),
    (r"rupiah", "rupiah", "IDR"),
    (r"naira", "naira", "NGN"),
    (r"shillings?", "shilling", None),
    (r"hryvni[ae]s?", "hryvnia", "UAH"),
)


@lru_cache(maxsize=1)
def _word_res() -> tuple[tuple[re.Pattern[str], str, str | None], ...]:
    return tuple((re.compile(rf"(?:{rx})", re.I), stem, d) for rx, stem, d in _CURRENCY_WORDS)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=64)
def _named(stem: str) -> tuple[str, ...]:
    """Current currencies whose English CLDR name contains ``stem``."""
    names = _cldr().names
    return tuple(c for c, n in names.items() if stem in _fold(n) and _is_currency_code(c))


class _Money(NamedTuple):
    """What a currency token means: a code, or the codes it may be (ambiguous)."""

    code: str | None
    candidates: tuple[str, ...] = ()
    written: str = ""


def _resolve(
    candidates: tuple[str, ...], country: str | None, default: str | None, written: str
) -> _Money:
    """The country's currency among ``candidates``, else the only one, else
    ``default``, else none (ambiguous)."""
    local = [c for c in _country_currencies(country) if c in candidates]
    if local:
        return _Money(local[0], written=written)
    if len(candidates) == 1:
        return _Money(candidates[0], written=written)
    if default in candidates:
        return _Money(default, written=written)
    return _Money(None, candidates, written)


@lru_cache(maxsize=1)
def _english_symbols() -> dict[str, str]:
    """CLDR's English symbols: key (:func:`_symbol_key`) -> code ($ USD, ¥ JPY, A$ AUD...)."""
    index: dict[str, str] = {}
    for code, sym in _english_by_code().items():
        index.setdefault(_symbol_key(sym), code)
    return index


def _writes(country: str, code: str, key: str) -> bool:
    """Does ``country`` write its currency ``code`` as the symbol ``key`` (CLDR)?

    Asked only when a symbol's English meaning is not the country's currency:
    ``$`` in Canada, ``¥`` in China. What the country's own locales write is in
    the snapshot; English is asked last.
    """
    for sym in (*_cldr().local.get((country, code), ()), _english_by_code().get(code)):
        if sym and (_symbol_key(sym) == key or (key == "$" and sym.endswith("$"))):
            return True  # HK$, S$...: a bare $ is the local dollar too
    return False


@lru_cache(maxsize=1024)
def _symbol_money(key: str, country: str | None) -> _Money:
    """What the symbol ``key`` means in ``country``: the country's currency when
    CLDR writes it so there, else an alias (several codes: the country's, the
    alias's default, or ambiguous), else its CLDR English meaning."""
    english = _english_symbols().get(key)
    aliases = next((c for a, c in _SYMBOL_ALIASES.items() if _symbol_key(a) == key), ())
    local = _country_currencies(country)
    for code in local:
        if code == english or code in aliases:
            return _Money(code)
    if country:
        for code in local:
            if _writes(country, code, key):
                return _Money(code)
    if aliases:
        default = next((_ALIAS_DEFAULT[a] for a in _ALIAS_DEFAULT if _symbol_key(a) == key), None)
        return _resolve(aliases, None, default, key)
    return _Money(english)


@lru_cache(maxsize=1024)
def _sign_money(written: str, country: str | None) -> _Money:
    """What a symbol as written (``$``, ``kr.``) means in ``country``."""
    return _symbol_money(_symbol_key(written), country)._replace(written=written)


@lru_cache(maxsize=1024)
def _word_money(written: str, country: str | None) -> _Money | None:
    """What a currency's name as written ("Euro", "złotych") means in ``country``."""
    for rx, stem, default in _word_res():
        if rx.fullmatch(written):
            return _resolve(_named(stem), country, default, written)
    return None  # pragma: no cover - the pattern only matches listed words


_LETTER_BEFORE = r"(?<![^\W\d_])"
_LETTER_AFTER = r"(?![^\W\d_])"
#: Where a word may start: a letter with none before it. The big patterns below
#: open with a guard built from it, a lookahead that any of their matches must
#: pass (so they match exactly what they would without it): a scan then gives up
#: at once inside words, figures and spaces instead of trying every alternative.
_WORD_START = _LETTER_BEFORE + r"(?=[^\W\d_])"
#: Currency signs (Unicode category Sc), known to CLDR or not.
_SIGN = r"[$¢£¤¥\u058f\u060b\u09f2\u09f3\u0e3f\u17db\u20a0-\u20c0\ufdfc]"


def _latin_letter(char: str) -> bool:
    """A letter of an alphabet written with spaces between words (not CJK)."""
    return char.isalpha() and char < "\u2e80"


def _bounded(alternative: str, escaped: str) -> str:
    before = _LETTER_BEFORE if _latin_letter(alternative[:1]) else ""
    after = _LETTER_AFTER if _latin_letter(alternative[-1:]) else ""
    return before + escaped + after


@lru_cache(maxsize=1)
def _currency_parts() -> tuple[str, str]:
    """The currency pattern (names, symbols, codes) and its guard.

    A name or a symbol that starts with a Latin letter stands at a word's start;
    a code is a capital with no ASCII letter before; any other symbol starts
    with one of its own first characters or a currency sign."""
    symbols = set(_english_symbols()) | set(_SYMBOL_ALIASES)
    symbols |= {s + "." for s in symbols if s[-1:].isalpha()}  # "kr.", "Rs."
    alternatives = [_bounded(s, re.escape(s)) for s in sorted(symbols, key=len, reverse=True) if s]
    words = "|".join(rx for rx, _, _ in _CURRENCY_WORDS)
    body = (
        rf"(?P<word>{_LETTER_BEFORE}(?i:{words}){_LETTER_AFTER})"
        rf"|(?P<sym>{'|'.join(alternatives)}|{_SIGN})"
        rf"|(?P<code>(?<![A-Za-z])[A-Z]{{3}}(?![A-Za-z]))"
    )
    firsts = sorted({s[0] for s in symbols if s and not _latin_letter(s[0])})
    first = "".join(re.escape(c) for c in firsts)
    guard = rf"(?:{_WORD_START}|(?<![A-Za-z])(?=[A-Z])|(?=[{first}]|{_SIGN}))"
    return guard, body


@lru_cache(maxsize=1)
def _currency_pattern() -> re.Pattern[str]:
    guard, body = _currency_parts()
    return re.compile(f"{guard}(?:{body})")


#: ISO codes that are also English words: read as a currency only next to a figure.
_CODE_WORDS = frozenset({"ALL", "TOP", "BOB", "MAD", "PEN", "CUP", "SOS", "GEL", "TRY", "MOP"})


class _CurrencyToken(NamedTuple):
    start: int
    end: int
    money: _Money
    kind: str  # "sym", "code" or "word"

    @property
    def anywhere(self) -> bool:
        """May it name the currency of a figure it does not touch?"""
        if self.kind == "word":
            return False
        written = self.money.written
        if self.kind == "code":
            return written not in _CODE_WORDS
        return not written.replace(".", "").isalpha() or len(written) > 2


def _currency_tokens(text: str, country: str | None) -> list[_CurrencyToken]:
    found = []
    for m in _currency_pattern().finditer(text):
        written, kind = m.group(), m.lastgroup
        if kind == "code":
            if not _is_currency_code(written):
                continue
            money: _Money | None = _Money(written, written=written)
        elif kind == "word":
            money = _word_money(written, country)
            if money is None:  # pragma: no cover - the pattern only matches listed words
                continue
        else:
            money = _sign_money(written, country)
        found.append(_CurrencyToken(m.start(), m.end(), money, kind or "sym"))
    return found


# -- numbers ------------------------------------------------------------------------

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


def _decimal_mark(country: str | None) -> str:
    """CLDR's decimal mark in the country's main locale (``.`` without one)."""
    return _cldr().marks.get(country or "", ".")


# -- periods and bounds (hand lists: CLDR has no such vocabulary) ----------------------

_PER = r"(?:(?:per|a|an|each|every)\s+|/\s*)"
_PERIOD_PHRASES: dict[SalaryPeriod, tuple[str, ...]] = {
    SalaryPeriod.TWO_WEEKS: (
        r"bi-?\s?weekly",
        r"fortnightly",
        r"(?:per|a|every|each)\s+fortnight",
        r"every\s+(?:two|2|other)\s+weeks?",
        r"(?:alle|jede)\s+(?:zwei|2)\s+wochen",
        r"zweiwöchentlich",
        r"toutes\s+les\s+(?:deux|2)\s+semaines",
        r"cada\s+(?:dos|duas|2)\s+semanas",
        r"ogni\s+(?:due|2)\s+settimane",
        r"co\s+(?:dwa|2)\s+tygodnie",
        r"(?:elke|iedere)\s+(?:twee|2)\s+weken",
        r"tweewekelijks",
        r"varannan\s+vecka",
    ),
    SalaryPeriod.HOUR: (
        rf"{_PER}(?:hour|hr)s?",
        r"hourly",
        r"p\s?[./]?\s?h\.?",
        r"/\s*h",
        r"(?:pro|je|die)\s+stunde",
        r"in\s+der\s+stunde",
        r"/\s*(?:stunde|std\.?)",
        r"stündlich",
        r"stunden(?:lohn|satz)",
        r"par\s+heure",
        r"(?:de\s+)?l'heure",
        r"/\s*heure",
        r"taux\s+horaire",
        r"(?:por|à|a)\s+(?:la\s+)?hora",
        r"/\s*hora",
        r"all'\s*ora",
        r"l'ora",
        r"/\s*ora",
        r"(?:per|ogni)\s+ora",
        r"(?:na|za)\s+godzinę",
        r"/\s*godz\.?",
        r"godzinowo",
        r"per\s+uur",
        r"/\s*uur",
        r"uurloon",
        r"per\s+tim(?:me|e)",
        r"pr\.?\s+time",
        r"/\s*tim",
        r"i\s+tim(?:men|en)",
        r"za\s+hodinu",
        r"/\s*hod\.?",
        r"óránként",
        r"órabér",
        r"/\s*óra",
        r"/\s*ó",
    ),
    SalaryPeriod.DAY: (
        rf"{_PER}day",
        r"daily",
        r"per\s+diem",
        r"day\s+rate",
        r"p\s?[./]?\s?d\.?",
        r"/\s*d",
        r"(?:pro|je|am)\s+tag",
        r"/\s*tag",
        r"täglich",
        r"tagessatz",
        r"par\s+jour(?:née)?",
        r"/\s*j(?:our)?",
        r"journali(?:er|ère)s?",
        r"tjm",
        r"(?:por|al)\s+d[ií]a",
        r"/\s*d[ií]a",
        r"diari[oa]s?",
        r"por\s+jornada",
        r"ao\s+dia",
        r"diári[oa]s?",
        r"al\s+(?:giorno|dì)",
        r"/\s*g(?:iorno)?",
        r"giornalier[oa]",
        r"dziennie",
        r"(?:na|za)\s+(?:dzień|dobę)",
        r"/\s*(?:dzień|dobę)",
        r"per\s+dag",
        r"/\s*dag",
        r"dagtarief",
        r"om\s+dagen",
        r"per\s+dygn",
        r"pr\.?\s+dag",
        r"denně",
        r"za\s+den",
        r"naponta",
        r"napi",
        r"/\s*(?:den|nap)",
        r"per\s+døgn",
    ),
    SalaryPeriod.WEEK: (
        rf"{_PER}(?:week|wk)s?",
        r"weekly",
        r"p\s?[./]?\s?w\.?",
        r"/\s*w",
        r"(?:pro|je)\s+woche",
        r"in\s+der\s+woche",
        r"/\s*woche",
        r"wöchentlich",
        r"par\s+semaine",
        r"/\s*sem(?:aine)?\.?",
        r"hebdomadaires?",
        r"(?:por|a\s+la)\s+semana",
        r"/\s*semana",
        r"semana(?:l|les|is)",
        r"(?:a|alla|per)\s+settimana",
        r"/\s*sett(?:imana)?\.?",
        r"settimanal[ei]",
        r"tygodniowo",
        r"(?:na|za)\s+tydzień",
        r"/\s*tydz\.?",
        r"wekelijks",
        r"per\s+(?:vecka|uke)",
        r"i\s+(?:veckan|uken)",
        r"om\s+ugen",
        r"pr\.?\s+uge",
        r"týdně",
        r"za\s+týden",
        r"hetente",
        r"heti",
        r"/\s*(?:v|uke|uge|týd\.?|hét)",
    ),
    SalaryPeriod.MONTH: (
        rf"{_PER}(?:calendar\s+)?(?:month|mo|mth|mnth)s?",
        r"monthly",
        r"p\s?/\s?m",
        r"p\.?\s?c\.?\s?m\.?",
        r"p\.m\.",
        r"pm",
        r"/\s*m",
        r"(?:pro|je|im)\s+monat",
        r"/\s*mon(?:at|\.)?",
        r"monatlich(?:e[nrs]?)?",
        r"mtl\.?",
        r"monatsgehalt",
        r"par\s+mois",
        r"/\s*mois",
        r"mensuel(?:le)?s?",
        r"mensuellement",
        r"(?:por|al)\s+mes",
        r"/\s*mes",
        r"mensual(?:es|mente)?",
        r"(?:por|ao)\s+m[êe]s",
        r"/\s*m[êe]s",
        r"mensa(?:l|is)",
        r"mensalmente",
        r"(?:al|a|per)\s+mese",
        r"/\s*mese",
        r"mensil[ei]",
        r"mensilmente",
        r"miesięcznie",
        r"(?:na|za)\s+miesiąc",
        r"/\s*mies\.?",
        r"/\s*m-?c",
        r"per\s+maand",
        r"/\s*maand",
        r"/\s*mnd",
        r"maandelijks",
        r"per\s+månad",
        r"/\s*mån",
        r"i\s+månaden",
        r"månadslön",
        r"(?:per|pr\.?)\s+måned",
        r"pr\.?\s+md\.?",
        r"(?:i|om)\s+måneden",
        r"månedsløn(?:n)?",
        r"měsíčně",
        r"za\s+měsíc",
        r"/\s*měs\.?",
        r"havonta",
        r"havi",
        r"/\s*hó(?:nap)?",
        r"/\s*md\.?",
    ),
    SalaryPeriod.YEAR: (
        rf"{_PER}(?:year|yr|annum)s?",
        r"yearly",
        r"annual(?:ly)?",
        r"p\s?[./]?\s?a\.?",
        r"/\s*y",
        r"lpa",
        r"(?:pro|je|im)\s+jahr",
        r"/\s*jahr",
        r"jährlich(?:e[nrs]?)?",
        r"jahres(?:gehalt|brutto)",
        r"par\s+an(?:née)?",
        r"/\s*an",
        r"/\s*a",
        r"annuel(?:le)?s?",
        r"annuellement",
        r"(?:por|al)\s+año",
        r"/\s*año",
        r"anual(?:es|mente)?",
        r"(?:por|ao)\s+ano",
        r"/\s*ano",
        r"anuais",
        r"all'\s*anno",
        r"l'anno",
        r"(?:per|all')\s+anno",
        r"/\s*anno",
        r"annu[oiea]",
        r"annuale",
        r"ral",
        r"rocznie",
        r"na\s+rok",
        r"/\s*rok",
        r"w\s+skali\s+roku",
        r"per\s+jaar",
        r"/\s*(?:jaar|jr)",
        r"jaarlijks",
        r"op\s+jaarbasis",
        r"(?:per|pr\.?)\s+år",
        r"/\s*år",
        r"(?:om|i)\s+året",
        r"årslön",
        r"årsløn(?:n)?",
        r"ročně",
        r"za\s+rok",
        r"évente",
        r"éves",
        r"/\s*év",
    ),
}
#: Japanese, Chinese and Korean: written against other letters, no word boundaries.
_PERIOD_CJK: dict[SalaryPeriod, tuple[str, ...]] = {
    SalaryPeriod.TWO_WEEKS: ("隔週",),
    SalaryPeriod.HOUR: ("時給", "时薪", r"/\s*時間", r"/\s*小时", "每小时", "시급"),
    SalaryPeriod.DAY: ("日給", "日薪", r"/\s*日", r"/\s*天", "每天", "일급"),
    SalaryPeriod.WEEK: ("週給", "周薪", r"/\s*週", r"/\s*周", "每周", "주급"),
    SalaryPeriod.MONTH: ("月給", "月収", "月薪", r"/\s*月", "每月", "월급"),
    SalaryPeriod.YEAR: ("年収", "年俸", "年給", "年薪", r"/\s*年", "每年", "연봉"),
}


def _phrases(period: SalaryPeriod) -> str:
    """The phrases of ``period`` as one alternation: words stand apart from other
    letters ("pa" is no part of "papa"); "/Monat" may follow one ("netto/Monat")."""
    phrases = _PERIOD_PHRASES[period]
    slashed = [p for p in phrases if p.startswith("/")]
    words = [p for p in phrases if not p.startswith("/")]
    # One lookbehind before the words, not one per word: the same matches, and
    # a position inside a word is given up at once (5x faster on salary text).
    # A slash may follow a letter: "EUR/month" is per month as "€1059/month" is.
    either = [f"(?:{_LETTER_BEFORE}|(?=/))(?:{'|'.join(words)})"] if words else []
    either += slashed
    return f"(?:{'|'.join(either)}){_LETTER_AFTER}|{'|'.join(_PERIOD_CJK[period])}"


def _period_body() -> str:
    return "|".join(f"(?P<{p.name}>{_phrases(p)})" for p in _PERIOD_PHRASES)


#: Where a period phrase may start (see _WORD_START): a word, a slash, or the
#: first character of a CJK phrase. Cheap to compile, and asked first: a text
#: with no such place (``$148,901-$212,716``) never compiles :func:`_period`.
_PERIOD_FIRST = "".join(sorted({"/"} | {p[0] for ps in _PERIOD_CJK.values() for p in ps}))
_PERIOD_MAY = re.compile(rf"(?:{_WORD_START}|(?=[{re.escape(_PERIOD_FIRST)}]))")


@lru_cache(maxsize=1)
def _period() -> re.Pattern[str]:
    """Every period phrase, each group named after its period (compiled on first need:
    it is the largest of the patterns, ~15 ms)."""
    return re.compile(f"{_PERIOD_MAY.pattern}(?:{_period_body()})", re.IGNORECASE)


def _periods(text: str) -> list[re.Match[str]]:
    """The period phrases in ``text``, as ``_period().finditer`` finds them."""
    return list(_period().finditer(text)) if _PERIOD_MAY.search(text) else []


def _period_at(text: str) -> re.Match[str] | None:
    """The period phrase ``text`` starts with, as ``_period().match`` finds it."""
    return _period().match(text) if _PERIOD_MAY.match(text) else None


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


def _normal_char(c: str) -> str:
    """What :func:`_normalise` makes of one character (after NFKC)."""
    cat = unicodedata.category(c)
    if cat == "Cf":
        return ""
    if cat == "Zs" or c in "\t\r\n":
        return " "
    if c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212":
        return "-"
    if c in "’‘`´":
        return "'"
    return c


class _NormalTable(dict[int, str]):
    """``str.translate``'s table for :func:`_normalise`, filled as characters are
    first seen (a loop over the characters in Python cost more than the rest of
    the reading). Only those below U+3000 are kept: the table stays small
    whatever a hostile feed writes."""

    def __missing__(self, code: int) -> str:
        out = _normal_char(chr(code))
        if code < 0x3000:
            self[code] = out
        return out


_NORMAL_TABLE = _NormalTable()


def _normalise(text: str) -> str:
    """NFKC (full-width digits and signs), plain spaces for every kind (NBSP,
    U+202F), one kind of dash, of apostrophe and of wave dash; no format
    characters. Every position the reader speaks of is in this text."""
    return unicodedata.normalize("NFKC", text.replace("～", "〜")).translate(_NORMAL_TABLE)


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


# -- reading ------------------------------------------------------------------------
#
# A text is read in two steps. Its *shape* (which figures are the salary, their
# multipliers, the currency, the period, an open bound, why it is withheld) looks
# at digits only as digits: the same for every text that differs only in which
# digits it writes, so it is cached under the text with each digit written 0
# (:func:`_skeleton`). Feeds write their salaries from a few templates
# ("$86,779-$109,779", "£41,000 - £52,000 per annum"): most texts of a feed are
# read as a shape already seen, and only their figures' values are worked out.


class _Reading(NamedTuple):
    salary: Salary | None
    period: SalaryPeriod | None  # stated by the text, figure or not


class _Shape(NamedTuple):
    """A text's reading but for its figures' values (see above)."""

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
    """The shape of the normalised text ``s`` (its skeleton: see above)."""
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


# -- judging: guesses, zeros, implausible figures -----------------------------------

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


# -- the structured fields ------------------------------------------------------------

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
