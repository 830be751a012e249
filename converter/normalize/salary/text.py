"""What every step of the reader shares: the normalised text it reads, where
words start and end in it, and the package's data files.
"""

from __future__ import annotations

import os
import unicodedata

#: The package data (``converter/normalize/data``).
DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data")


def read_data(name: str) -> str:
    """The text of the data file ``name``, read directly: importlib.resources
    would cost an import that reading a salary does not otherwise need."""
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return f.read()


_LETTER_BEFORE = r"(?<![^\W\d_])"
_LETTER_AFTER = r"(?![^\W\d_])"
#: Where a word may start: a letter with none before it. The big patterns (currency, period)
#: open with a guard built from it, a lookahead that any of their matches must
#: pass (so they match exactly what they would without it): a scan then gives up
#: at once inside words, figures and spaces instead of trying every alternative.
_WORD_START = _LETTER_BEFORE + r"(?=[^\W\d_])"


def _latin_letter(char: str) -> bool:
    """A letter of an alphabet written with spaces between words (not CJK)."""
    return char.isalpha() and char < "\u2e80"


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
