"""Pay periods as feeds state them: the phrases of ``data/salary_periods.tsv``.

CLDR has no such vocabulary, so the phrases are hand lists, in the languages
feeds use; they are data (read on first need), the patterns built from them
code. Bi-weekly is ``TWO_WEEKS``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...lazy import lazy_values
from .text import _LETTER_AFTER, _LETTER_BEFORE, _WORD_START, read_data
from .types import SalaryPeriod

#: What ``{per}`` stands for in a phrase: "per hour", "an hour", "/hour".
_PER = r"(?:(?:per|a|an|each|every)\s+|/\s*)"


#: Each period's phrases, in the order of the file (which the patterns keep).
_Phrases = dict[SalaryPeriod, tuple[str, ...]]


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[_Phrases, _Phrases]:
    """``data/salary_periods.tsv``: the phrases that stand apart from other
    letters, and the CJK ones (Japanese, Chinese, Korean: no word boundaries)."""
    tables: dict[str, dict[str, list[str]]] = {"word": {}, "cjk": {}}
    for line in read_data("salary_periods.tsv").replace("{per}", _PER).splitlines():
        if line and line[0] != "#":
            period, kind, phrase = line.split("\t")
            tables[kind].setdefault(period, []).append(phrase)
    words, cjk = ({SalaryPeriod[p]: tuple(v) for p, v in t.items()} for t in tables.values())
    return words, cjk


def _period_first() -> str:
    """The first characters of the CJK phrases, and the slash."""
    return "".join(sorted({"/"} | {p[0] for ps in _vocabulary()[1].values() for p in ps}))


@lru_cache(maxsize=1)
def _period_may() -> re.Pattern[str]:
    """Where a period phrase may start (see _WORD_START): a word, a slash, or the
    first character of a CJK phrase. Cheap to compile, and asked first: a text
    with no such place (``$148,901-$212,716``) never compiles :func:`_period`."""
    return re.compile(rf"(?:{_WORD_START}|(?=[{re.escape(_period_first())}]))")


#: The vocabulary's parts under the names they had as constants (for the tests).
_LAZY = {
    "_PERIOD_PHRASES": lambda: _vocabulary()[0],
    "_PERIOD_CJK": lambda: _vocabulary()[1],
    "_PERIOD_FIRST": _period_first,
    "_PERIOD_MAY": _period_may,
}


__getattr__ = lazy_values(__name__, _LAZY)


def _phrases(period: SalaryPeriod) -> str:
    """The phrases of ``period`` as one alternation: words stand apart from other
    letters ("pa" is no part of "papa"); "/Monat" may follow one ("netto/Monat")."""
    words_of, cjk = _vocabulary()
    phrases = words_of[period]
    slashed = [p for p in phrases if p.startswith("/")]
    words = [p for p in phrases if not p.startswith("/")]
    # One lookbehind before the words, not one per word: the same matches, and
    # a position inside a word is given up at once (5x faster on salary text).
    # A slash may follow a letter: "EUR/month" is per month as "€1059/month" is.
    either = [f"(?:{_LETTER_BEFORE}|(?=/))(?:{'|'.join(words)})"] if words else []
    either += slashed
    return f"(?:{'|'.join(either)}){_LETTER_AFTER}|{'|'.join(cjk[period])}"


def _period_body() -> str:
    return "|".join(f"(?P<{p.name}>{_phrases(p)})" for p in _vocabulary()[0])


@lru_cache(maxsize=1)
def _period() -> re.Pattern[str]:
    """Every period phrase, each group named after its period (compiled on first need:
    it is the largest of the patterns, ~15 ms)."""
    return re.compile(f"{_period_may().pattern}(?:{_period_body()})", re.IGNORECASE)


def _periods(text: str) -> list[re.Match[str]]:
    """The period phrases in ``text``, as ``_period().finditer`` finds them."""
    return list(_period().finditer(text)) if _period_may().search(text) else []


def _period_at(text: str) -> re.Match[str] | None:
    """The period phrase ``text`` starts with, as ``_period().match`` finds it."""
    return _period().match(text) if _period_may().match(text) else None
