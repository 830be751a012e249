"""Currencies: ISO codes, CLDR's symbols and names, and what a sign means where.

``$``, ``kr``, ``¥`` and the other shared symbols and names are resolved by the
job's country, with CLDR's symbols for that country's own locales ($ is CAD in
Canada, kr SEK in Sweden, ¥ CNY in China); with no country, by CLDR's English
symbols ($ USD, ¥ JPY); ``kr`` with no country is ambiguous. The few signs and
words feeds write that CLDR lacks are listed here, by hand.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from .cldr import _cldr, _country_currencies, _is_currency_code
from .text import _LETTER_AFTER, _LETTER_BEFORE, _WORD_START, _latin_letter


def currency_code(text: str | None) -> str | None:
    """A valid ISO 4217 code (upper-cased), or None."""
    if not text:
        return None
    code = text.strip().upper()
    return code if len(code) == 3 and code.isalpha() and _is_currency_code(code) else None


def _symbol_key(symbol: str) -> str:
    return unicodedata.normalize("NFKC", symbol).replace(" ", "").rstrip(".")


@lru_cache(maxsize=1)
def _english_by_code() -> dict[str, str]:
    """CLDR's English symbols: code -> symbol, the codes themselves left out."""
    symbols = _cldr().symbols
    return {code: sym for code, sym in symbols.items() if sym != code and _is_currency_code(code)}


#: Prefixes and signs feeds write that CLDR's English data lacks (``US$``, ``zł``,
#: ``kr``...) or gives to another currency (CLDR's ``C$`` is the Nicaraguan
#: córdoba; in English job ads it is the Canadian dollar). Several codes: shared,
#: resolved by the job's country, else ambiguous. tests/unit/test_salary.py checks
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


#: Currency signs (Unicode category Sc), known to CLDR or not.
_SIGN = r"[$¢£¤¥\u058f\u060b\u09f2\u09f3\u0e3f\u17db\u20a0-\u20c0\ufdfc]"


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
