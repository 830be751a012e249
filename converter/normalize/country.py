"""Country names and codes to ISO 3166-1 alpha-2.

A value is looked up, cheapest first, as:

1. an ISO 3166-1 code or English name (pycountry: alpha-2, alpha-3, numeric,
   name, official and common names), or one of the few spellings in
   :data:`_ALIASES` that neither pycountry nor CLDR has;
2. a country name in any of :data:`LANGUAGES`, from CLDR through Babel
   (``España``, ``Österreich``, ``Ελλάδα``, ``日本``, ``Côte d'Ivoire``...).

Matching ignores case, accents, the kind of apostrophe, dots, hyphens,
``&``/``and`` and a leading "the" (``Osterreich``, ``Mexico``, ``Cote d'Ivoire``,
``The Netherlands``, ``St Lucia``). Both come from snapshots of what pycountry
and Babel give, ``data/iso_countries.json`` and ``data/cldr_country_names.json``
(written by ``tools/cldr_snapshot.py``; tests/unit/test_normalize.py checks them
against pycountry and Babel): importing pycountry cost ~45 ms, and loading the
35 languages' data from Babel ~0.35 s, in every process; the snapshots a few ms. The CLDR
index is still built only when a value is none of the above: a feed whose
countries are ISO codes or English names, and whose places are a town, or a
town and a code ("Austin, TX"), never pays for it
(:func:`~converter.normalize.location.parse_location` says when it asks).
"""

from __future__ import annotations

import os
import re
import unicodedata
from functools import lru_cache

#: Languages whose CLDR country names are understood: those of the countries
#: job feeds come from (their names are in ``data/cldr_country_names.json``: run
#: tools/cldr_snapshot.py when this list, or :func:`fold`, changes).
LANGUAGES: tuple[str, ...] = (
    "en",
    "de",
    "fr",
    "es",
    "it",
    "pt",
    "nl",
    "sv",
    "nb",
    "da",
    "fi",
    "pl",
    "cs",
    "sk",
    "hu",
    "ro",
    "bg",
    "el",
    "tr",
    "ru",
    "uk",
    "hr",
    "sl",
    "et",
    "lv",
    "lt",
    "ja",
    "zh",
    "zh_Hant",
    "ko",
    "ar",
    "he",
    "hi",
    "th",
    "id",
)

# Only what CLDR (as Babel ships it) and pycountry both lack. Babel drops
# CLDR's "alt" names, so its English variants are here too.
_ALIASES = {
    # abbreviations
    "uk": "GB",
    "u k": "GB",
    "u s": "US",
    "u s a": "US",
    "uae": "AE",
    "u a e": "AE",
    # the United Kingdom's nations, and older names for it (in Location they
    # are kept as the region: see SUBDIVISIONS)
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "great britain": "GB",
    "britain": "GB",
    # "Great Britain" in the languages CLDR names only the United Kingdom
    # in (a Greenhouse feed's <country>Grande Bretagne</country>)
    "grande bretagne": "GB",
    "gran bretana": "GB",
    "gran bretagna": "GB",
    "grossbritannien": "GB",
    "groot brittannie": "GB",
    # common English names
    "america": "US",
    "korea": "KR",
    # CLDR's English alt-variant names, which Babel does not ship
    "ivory coast": "CI",
    "turkey": "TR",
    "swaziland": "SZ",
    "burma": "MM",
    "east timor": "TL",
    "macedonia": "MK",
}

#: Parts of a country that feeds write where a country goes ("Manchester,
#: England"): they name the country, and in ``Location`` stay the region.
SUBDIVISIONS = {"england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB"}

_APOSTROPHES = str.maketrans({c: "'" for c in "\u2019\u2018\u02bc`\u00b4"})
# Accents of Latin, Greek and Cyrillic letters, once decomposed (not kana's
# voicing marks, nor the vowel signs of Indic or Thai scripts).
_ACCENTS = re.compile("[\u0300-\u036f]")
_SEPARATORS = re.compile(r"[\s.\-\u2010-\u2015,()]+")
#: The package data: the snapshots.
_DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def fold(text: str) -> str:
    """``text`` as a lookup key: case, accents, punctuation and a leading
    "the" ignored.

    >>> fold("  Côte d’Ivoire "), fold("ÖSTERREICH"), fold("The Bahamas"), fold("St. Kitts & Nevis")
    ("cote d'ivoire", 'osterreich', 'bahamas', 'st kitts and nevis')
    """
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = unicodedata.normalize("NFC", _ACCENTS.sub("", text)).casefold()
    text = " ".join(_SEPARATORS.sub(" ", text.replace("&", " and ")).split())
    return text[4:] if text.startswith("the ") else text


@lru_cache(maxsize=4096)
def country_code(text: str | None) -> str | None:
    """ISO 3166-1 alpha-2 code for a country name (in English or in any of
    :data:`LANGUAGES`) or code, or None.

    >>> country_code("United Kingdom"), country_code("us"), country_code("North America")
    ('GB', 'US', None)
    >>> country_code("España"), country_code("Osterreich"), country_code("Ivory Coast")
    ('ES', 'AT', 'CI')
    """
    code = plain_country_code(text)
    if code is not None or not text or not (key := fold(text)):
        return code
    return _cldr_index().get(key)


@lru_cache(maxsize=4096)
def plain_country_code(text: str | None) -> str | None:
    """:func:`country_code` without the CLDR names: ISO codes, English names
    (pycountry) and :data:`_ALIASES` only; cheap."""
    if not text:
        return None
    key = fold(text)
    if not key:
        return None
    alias = _ALIASES.get(key)
    if alias:
        return alias
    iso = _iso_index()
    for candidate in dict.fromkeys((" ".join(text.split()), key)):
        code = iso.get(candidate.lower())  # as pycountry.countries.lookup finds it
        if code is not None:
            return code
    return None


def is_code_like(text: str) -> bool:
    """Two or three capital letters ("ON", "TX", "NSW"): a code, never a
    country's name in any language, so not worth the CLDR index."""
    return 2 <= len(text) <= 3 and text.isascii() and text.isalpha() and text.isupper()


def _snapshot(name: str) -> dict[str, str]:
    """The snapshot ``data/<name>`` (written by tools/cldr_snapshot.py): value -> code."""
    import json

    with open(os.path.join(_DATA, name), encoding="utf-8") as f:
        by_code = json.load(f)["codes"]
    return {value: code for code, values in by_code.items() for value in values}


@lru_cache(maxsize=1)
def _iso_index() -> dict[str, str]:
    """Lower-cased ISO code, flag or English name -> code (pycountry's, snapshot)."""
    return _snapshot("iso_countries.json")


@lru_cache(maxsize=1)
def _cldr_index() -> dict[str, str]:
    """Folded name -> code: every ISO 3166-1 country's CLDR name in each of
    :data:`LANGUAGES`, and pycountry's names (the snapshot). Built once, on
    first need."""
    return _snapshot("cldr_country_names.json")
