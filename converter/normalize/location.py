"""``Location`` text to locality and region, with the country it may name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .country import SUBDIVISIONS, country_code, fold, is_code_like, plain_country_code

# Location values that name an area wider than a country, or none at all.
_WIDE_AREAS = {
    "remote",
    "anywhere",
    "worldwide",
    "global",
    "north america",
    "south america",
    "latin america",
    "europe",
    "emea",
    "apac",
    "asia",
    "africa",
    "oceania",
    "americas",
    "eu",
}


@dataclass(frozen=True, slots=True)
class Place:
    """Where a job is: any of locality, region, ISO 3166-1 alpha-2 country."""

    locality: str | None = None
    region: str | None = None
    country: str | None = None
    area: str | None = None  # a wide area ("North America", "EMEA"), not a place


@lru_cache(maxsize=4096)
def parse_location(
    text: str | None, country: str | None = None, country_name: str | None = None
) -> Place:
    """Split ``Location`` ("Austin, TX", "Manchester, England", "Berlin") into a
    :class:`Place`. ``country`` is the job's ISO code from ``Country``, and
    ``country_name`` the text it was read from.

    The last part is read as the country when it names one (in English or,
    through CLDR, in another language: "Madrid, España") and agrees with
    ``country``; a last part that names another country is a region ("Austin,
    CA" in the US is California, not Canada). A nation of the United Kingdom
    ("Manchester, England", "Edinburgh, Scotland") names GB and stays the
    region. Two or three capitals ("ON", "NSW") are only ever ISO codes; and
    when ``country`` is known, a lone part ("Berlin") is checked against ISO
    codes, English names and ``country_name`` only, so that a feed of such
    places never pays for the CLDR names.
    """
    if not text:
        return Place(country=country)
    parts = [" ".join(p.split()) for p in text.split(",")]
    parts = [p for p in parts if p]
    if not parts:
        return Place(country=country)
    if len(parts) == 1 and parts[0].lower() in _WIDE_AREAS:
        return Place(country=country, area=parts[0])
    last = parts[-1]
    nation = SUBDIVISIONS.get(fold(last))
    if nation is not None:
        named, keep_last = nation, True
    else:
        alone = len(parts) == 1
        named, keep_last = _named_country(last, country, country_name, alone), False
    if named and (country is None or named == country):
        country = named
        if not keep_last:
            parts = parts[:-1]
    if not parts:
        return Place(country=country)
    if keep_last and len(parts) == 1:  # "England" alone: a region, not a town
        return Place(region=parts[0], country=country)
    locality = parts[0] if parts[0].lower() not in _WIDE_AREAS else None
    region = ", ".join(parts[1:]) or None
    return Place(locality=locality, region=region, country=country)


def _named_country(
    part: str, country: str | None, country_name: str | None, alone: bool
) -> str | None:
    """The country ``part`` names, as far as it is worth looking."""
    if country is not None and country_name and fold(part) == fold(country_name):
        return country
    if is_code_like(part) or (alone and country is not None):
        return plain_country_code(part)
    return country_code(part)


def place_of_parts(parts: tuple[str, ...], country: str | None) -> Place:
    """A board's place given as elements (locality, then region), with the
    job's ISO ``country``. A part that spells out a country's English name
    ("Portugal", as feeds write for remote jobs) is that country, not a
    place in it; two- and three-letter parts are regions ("CA", "IL"), never
    countries. "Remote" or "Worldwide" is an area."""
    locality, region = (*parts, "", "")[:2]
    named, kept = None, []
    for part in (locality, region):
        nation = part and fold(part) in SUBDIVISIONS  # "England": a region of GB
        code = plain_country_code(part) if part and len(part) > 3 and not nation else None
        if code is not None and (country is None or code == country):
            named = named or code
            part = ""
        kept.append(part or None)
    locality, region = kept
    area = None
    if locality and locality.lower() in _WIDE_AREAS:
        area, locality = locality, None
    return Place(locality=locality, region=region, country=country or named, area=area)


# Between places in one Location: "Berlin; Paris", "NY / San Francisco, CA",
# "London | Leeds". " and " is tried apart (see split_places).
_PLACE_SEPARATORS = re.compile(r"\s*;\s*|\s+/\s+|\s+\|\s+")
_AND = re.compile(r"\s+(?:and|&)\s+", re.I)
_NAME_EDGES = re.compile(r"[(),:]|\s+[-–—]\s+")  # where a name in a part may end


@lru_cache(maxsize=4096)
def split_places(text: str | None) -> tuple[str, ...]:
    """The places ``Location`` lists, each as written: split at ``;``, `` / ``,
    `` | `` and `` and ``; one part when it lists none. A part whose `` and ``
    belongs to a name is kept whole: a country ("Trinidad and Tobago", "Bosnia
    and Herzegovina") or a region ("Middle East and North Africa")."""
    if not text:
        return ()
    places: list[str] = []
    for part in _PLACE_SEPARATORS.split(text):
        part = " ".join(part.split())
        if part:
            places.extend(_split_and(part))
    return tuple(dict.fromkeys(places))


def _split_and(part: str) -> list[str]:
    """``part`` split at `` and ``/`` & `` where that joins places: "Leeds and
    Bristol", "Austin, TX and Denver, CO"; not where a name holds it, nor
    where the sides differ in shape ("Research and Development Centre,
    Oxford": a comma on one side only), which a list of places would not."""
    if not _AND.search(part) or any(_names_whole(p) for p in (part, *_NAME_EDGES.split(part))):
        return [part]
    sides = [p for p in _AND.split(part) if p.strip()]
    if len({"," in side for side in sides}) > 1:
        return [part]
    return sides


def _names_whole(part: str) -> bool:
    """``part`` holds " and " as a country's or a region's name does."""
    from .remote import region_countries

    part = part.strip()
    return bool(_AND.search(part)) and (
        country_code(part) is not None or region_countries(part) is not None
    )
