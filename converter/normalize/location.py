"""``Location`` text to locality and region, with the country it may name."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .country import country_code

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
def parse_location(text: str | None, country: str | None = None) -> Place:
    """Split ``Location`` ("Austin, TX", "London, England", "Berlin") into a
    :class:`Place`. ``country`` is the job's ISO code from ``Country``: a last
    part that names another country is read as a region ("Austin, CA" in the
    US is California, not Canada).
    """
    if not text:
        return Place(country=country)
    parts = [" ".join(p.split()) for p in text.split(",")]
    parts = [p for p in parts if p]
    if not parts:
        return Place(country=country)
    if len(parts) == 1 and parts[0].lower() in _WIDE_AREAS:
        return Place(country=country, area=parts[0])
    named = country_code(parts[-1])
    if named and (country is None or named == country):
        country = named
        parts = parts[:-1]
    if not parts:
        return Place(country=country)
    locality = parts[0] if parts[0].lower() not in _WIDE_AREAS else None
    region = ", ".join(parts[1:]) or None
    return Place(locality=locality, region=region, country=country)
