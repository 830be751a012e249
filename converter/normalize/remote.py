"""The countries a remote job's applicants may live in, from ``Country`` or ``Location``.

Google wants ``applicantLocationRequirements`` as countries, where feeds write
"North America", "Remote - US", "Remote (UK)", "US only" or "Remote from EMEA".
A region stands for the countries in ``regions.json`` (tools/regions.py writes it,
from CLDR's territory containment); "Anywhere" or "Worldwide" names none.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib.resources import files

from .country import country_code, fold
from .location import parse_location, split_places

# Words around the country in "Remote - US", "Remote from EMEA", "US only",
# "Anywhere in Europe", "Based in Spain", "Fully remote (Germany)".
_LEAD = re.compile(
    r"^(?:(?:fully|100%)\s+)?(?:remote(?:ly)?|work\s+from\s+home|wfh|anywhere|based|located"
    r"|must\s+be\s+based|open\s+to\s+candidates)?\s*(?:[-–—:]\s*)?"
    r"(?:(?:from|in|within|across|inside)\s+)?(?:the\s+)?",
    re.I,
)
_TAIL = re.compile(
    r"\s*(?:[-–—:]\s*)?(?:\bonly|\bremote|\bbased|\bresidents?|\bcandidates)\s*$", re.I
)
_PIECES = re.compile(r"[(),]|\s+[-–—]\s+|:\s+")
_EITHER = re.compile(r"\s+(?:or|and|&)\s+|\s*/\s*", re.I)


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """Folded region name -> its countries, and the folded names of no country."""
    data = json.loads(files(__package__).joinpath("regions.json").read_text("utf-8"))
    regions = {
        fold(name): tuple(entry["countries"])
        for entry in data["regions"]
        for name in (entry["region"], *entry["names"])
    }
    return regions, frozenset(fold(name) for name in data["no_country"])


def regions() -> list[dict]:
    """The table as regions.json has it (for docs and tests)."""
    return json.loads(files(__package__).joinpath("regions.json").read_text("utf-8"))["regions"]


def region_countries(text: str) -> tuple[str, ...] | None:
    """The countries region ``text`` ("EMEA", "North America") stands for; None
    when it is no region of the table."""
    return _table()[0].get(fold(text))


def names_no_country(text: str) -> bool:
    """``text`` says applicants may live anywhere ("Remote", "Worldwide")."""
    return fold(text) in _table()[1]


@lru_cache(maxsize=4096)
def names_no_place(text: str) -> bool:
    """``text`` is no town, whatever else it tells: a region ("EMEA"), a
    phrase of remote work ("Remote - US", "US only", "Anywhere"). A bare
    country's name is left alone: Singapore and Luxembourg are cities too."""
    text = " ".join(text.split())
    if names_no_country(text) or region_countries(text) is not None:
        return True
    core = _TAIL.sub("", _LEAD.sub("", text, count=1)).strip(" -–—:")
    return core != text and _named(text) is not None


_SAYS_REMOTE = re.compile(
    r"\b(?:remote(?:ly)?|work(?:ing)?\s+from\s+home|wfh|telecommut\w*|home[- ]based)\b", re.I
)


@lru_cache(maxsize=4096)
def says_remote(location: str | None) -> bool:
    """``location`` says the job is remote and names no town: "Remote",
    "Remote - Brazil", "Brazil (Remote)", "Remote | Vietnam, Thailand"; not
    "Queensland, Australia / Remote GMT+10", which names a place too."""
    if not location or not _SAYS_REMOTE.search(location):
        return False
    return all(
        names_no_place(place)
        or all(_named(piece) is not None for piece in _PIECES.split(place) if piece.strip())
        for place in split_places(location) or (location,)
    )


@lru_cache(maxsize=4096)
def applicant_countries(location: str | None, country: str | None = None) -> tuple[str, ...]:
    """ISO 3166-1 alpha-2 codes of the countries applicants may live in, in
    the order ``Location`` gives them: ``country`` (the job's ``Country``) when
    given, else each place ``Location`` lists read as a country, a region, or
    a place in a country; () when none can be told ("Anywhere")."""
    if country:
        return (country,)
    found: dict[str, None] = {}
    for place in split_places(location):
        found.update(dict.fromkeys(_countries_of(place)))
    return tuple(found)


def _countries_of(text: str) -> tuple[str, ...]:
    """The countries one place of a remote job's ``Location`` names."""
    whole = _named(text)
    if whole is not None:
        return whole
    found: dict[str, None] = {}
    for piece in _PIECES.split(text):
        named = _named(piece)
        if named is None:  # "US or Canada"
            named = tuple(c for p in _EITHER.split(piece) for c in _named(p) or ())
        found.update(dict.fromkeys(named))
    if found:
        return tuple(found)
    code = parse_location(text).country  # "Austin, Texas, USA"
    return (code,) if code else ()


def _named(text: str) -> tuple[str, ...] | None:
    """The countries ``text``, without the words around them, names as a
    whole: a region's, or one country; () for no country; None when unknown."""
    text = " ".join(text.split())
    if not text or names_no_country(text):
        return ()
    core = _TAIL.sub("", _LEAD.sub("", text, count=1)).strip(" -–—:")
    if not core or names_no_country(core):
        return ()
    for candidate in dict.fromkeys((text, core)):
        countries = region_countries(candidate)
        if countries is not None:
            return countries
        code = country_code(candidate)
        if code is not None:
            return (code,)
    return None
