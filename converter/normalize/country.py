"""Country names and codes to ISO 3166-1 alpha-2.

A value is looked up, cheapest first, as:

1. an ISO 3166-1 code or English name (pycountry: alpha-2, alpha-3, numeric,
   name, official and common names), or one of the few spellings in
   :data:`_ALIASES` that neither pycountry nor CLDR has;
2. a country name in any of :data:`LANGUAGES`, from CLDR through Babel
   (``España``, ``Österreich``, ``Ελλάδα``, ``日本``, ``Côte d'Ivoire``...).

Matching ignores case, accents, the kind of apostrophe, dots, hyphens,
``&``/``and`` and a leading "the" (``Osterreich``, ``Mexico``, ``Cote d'Ivoire``,
``The Netherlands``, ``St Lucia``). Both come from ``cldr_countries.py``, a
snapshot of what pycountry and Babel give (tests/test_normalize.py checks it
against them): importing pycountry cost ~45 ms, and loading the 35 languages'
data from Babel ~0.35 s, in every process; the snapshot a few ms. The CLDR
index is still built only when a value is none of the above: a feed whose
countries are ISO codes or English names, and whose places are a town, or a
town and a code ("Austin, TX"), never pays for it
(:func:`~converter.normalize.location.parse_location` says when it asks).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Languages whose CLDR country names are understood: those of the countries
#: job feeds come from (their names are in ``cldr_countries.py``: regenerate it
#: when this list changes).
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


def _territories(language: str) -> dict[str, str]:
    """The country names CLDR gives in ``language``'s own data file, read
    directly: not through localedata.load(..., merge_inherited=False), which
    would cache that partial data under the locale's name and break later
    formatting; nor through Locale(...).territories, which merges every
    parent locale's data first (twice the cost, for names the file holds)."""
    import pickle

    from babel import localedata

    with open(localedata.resolve_locale_filename(language), "rb") as f:
        return pickle.load(f).get("territories", {})


def _add(index: dict[str, str], name: str | None, code: str) -> None:
    """Index ``name`` (and, for "Myanmar (Burma)", "Myanmar") under ``code``,
    unless an earlier name took its key."""
    if not name:
        return
    index.setdefault(fold(name), code)
    if "(" in name:
        index.setdefault(fold(name.split("(")[0]), code)


def _babel_names() -> dict[str, str]:
    """Folded name -> code: every ISO 3166-1 country's CLDR name in each of
    :data:`LANGUAGES`, then pycountry's names (Babel and pycountry: for
    :func:`cldr_snapshot`). A name two countries share (after folding) goes to
    the first language's."""
    import pycountry

    index: dict[str, str] = {}
    codes = {c.alpha_2 for c in pycountry.countries}
    for language in LANGUAGES:
        for code, name in _territories(language).items():
            if code in codes:  # not "001" (World), "EU", "ZZ" (Unknown Region)...
                _add(index, name, code)
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            _add(index, getattr(country, attribute, None), country.alpha_2)
    return index


def _pycountry_lookups() -> dict[str, str]:
    """What ``pycountry.countries.lookup`` finds for each lower-cased value: its
    indexes (codes, flag, names) searched in order, the first that has it."""
    import pycountry

    pycountry.countries.get(alpha_2="US")  # loads the database and its indexes
    found: dict[str, str] = {}
    for index in pycountry.countries.indices.values():
        for value, country in index.items():
            found.setdefault(value, country.alpha_2)
    assert not pycountry.countries.no_index, "lookup also scans unindexed fields"
    return found


def cldr_snapshot() -> str:
    """The text of ``cldr_countries.py``, from the installed Babel and pycountry.

    Regenerate it with ``python -c "from converter.normalize.country import cldr_snapshot;
    print(cldr_snapshot(), end='')" > converter/normalize/cldr_countries.py``.
    """
    import babel
    import pycountry
    from babel.core import get_cldr_version

    def block(index: dict[str, str]) -> str:
        by_code: dict[str, list[str]] = {}
        for name, code in index.items():
            assert "|" not in name and len(name.splitlines()) == 1 and "\\" not in name, name
            by_code.setdefault(code, []).append(name)
        lines = [line for code, names in sorted(by_code.items()) for line in _wrap(code, names)]
        return '"""\\\n' + "\n".join(lines) + '\n"""'

    return (
        f'"""CLDR {get_cldr_version()} country names for country.py, from Babel'
        f" {babel.__version__};\nISO 3166-1 codes and names from pycountry"
        f" {pycountry.__version__}.\n\n"
        "Written by ``converter.normalize.country.cldr_snapshot()``; do not edit:\n"
        "tests/test_normalize.py checks that it equals what the installed Babel and\n"
        "pycountry say.\n"
        '"""\n\n'
        "#: What pycountry.countries.lookup finds for a lower-cased code, flag or name:\n"
        '#: code, tab, values separated by "|" (a code on as many lines as they need).\n'
        f"ISO = {block(_pycountry_lookups())}\n\n"
        "#: Each country's names in country.LANGUAGES (CLDR), then pycountry's, folded\n"
        "#: (country.fold), a name two countries share given to the first language's:\n"
        '#: code, tab, names separated by "|" (as many lines as they need).\n'
        f"NAMES = {block(_babel_names())}\n"
    )


def _wrap(code: str, names: list[str], width: int = 90) -> list[str]:
    """Lines ``code<TAB>name|name...`` no wider than ``width`` columns (East Asian
    wide characters count two, as ruff counts them), however many it takes."""

    def columns(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)

    lines: list[list[str]] = [[]]
    for name in names:
        if lines[-1] and columns(f"{code}\t" + "|".join([*lines[-1], name])) > width:
            lines.append([])
        lines[-1].append(name)
    return [f"{code}\t" + "|".join(line) for line in lines]


def _snapshot(text: str) -> dict[str, str]:
    index: dict[str, str] = {}
    for line in text.splitlines():
        code, names = line.split("\t")
        index.update(dict.fromkeys(names.split("|"), code))
    return index


@lru_cache(maxsize=1)
def _iso_index() -> dict[str, str]:
    """Lower-cased ISO code, flag or English name -> code (pycountry's, snapshot)."""
    from . import cldr_countries

    return _snapshot(cldr_countries.ISO)


@lru_cache(maxsize=1)
def _cldr_index() -> dict[str, str]:
    """Folded name -> code: every ISO 3166-1 country's CLDR name in each of
    :data:`LANGUAGES`, and pycountry's names (the snapshot). Built once, on
    first need."""
    from . import cldr_countries

    return _snapshot(cldr_countries.NAMES)
