"""CLDR and ISO 4217, as the reader needs them: read from a snapshot on first need.

Everything the reader needs from CLDR and ISO 4217 (each currency's symbols and
names, each territory's currency, the symbols its own locales write, its decimal
mark, precisions, the codes themselves) is ``data/cldr_money.json``: CLDR's data
as the installed Babel gives it and the codes pycountry knows, written by
``tools/cldr_snapshot.py`` (tests/unit/test_salary.py checks it still equals them).
Importing Babel and loading a locale's data costs ~40 ms and then ~10 ms a
locale (a feed of a few countries' dollars loaded some 30), and importing
pycountry ~40 ms: all of it once in every worker process. The snapshot costs
well under 1 ms to read, and neither is imported to read a salary.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from .text import read_data


class _Snapshot(NamedTuple):
    """``data/cldr_money.json`` as tables."""

    codes: frozenset[str]  # lower case, as pycountry matches them
    symbols: dict[str, str]  # English: code -> symbol
    names: dict[str, str]  # English: code -> name
    territories: dict[str, tuple[str, ...]]
    local: dict[tuple[str, str], tuple[str, ...]]  # (territory, code) -> symbols
    marks: dict[str, str]  # territory -> decimal mark, when not "."
    precisions: dict[str, int]


@lru_cache(maxsize=1)
def _cldr() -> _Snapshot:
    import json

    data = json.loads(read_data("cldr_money.json"))
    return _Snapshot(
        codes=frozenset(code.lower() for code in data["codes"]),
        symbols=data["english_symbols"],
        names=data["english_names"],
        territories={t: tuple(codes) for t, codes in data["territory_currencies"].items()},
        local={
            (t, code): tuple(symbols)
            for t, codes in data["local_symbols"].items()
            for code, symbols in codes.items()
        },
        marks={t: mark for mark, ts in data["decimal_marks"].items() for t in ts},
        precisions=data["precisions"],
    )


def _is_currency_code(code: str) -> bool:
    """An ISO 4217 code pycountry knows (matched as pycountry matches: any case)."""
    return code.lower() in _cldr().codes


def currency_precision(code: str | None) -> int:
    """CLDR's number of decimals for ``code`` (2 when unknown)."""
    return _cldr().precisions.get(code or "", 2)


@lru_cache(maxsize=512)
def _country_currencies(country: str | None) -> tuple[str, ...]:
    """The country's current legal tender (CLDR)."""
    codes = _cldr().territories.get(country or "", ())
    return tuple(c for c in codes if _is_currency_code(c))


def _decimal_mark(country: str | None) -> str:
    """CLDR's decimal mark in the country's main locale (``.`` without one)."""
    return _cldr().marks.get(country or "", ".")
