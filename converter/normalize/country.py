"""Country names and codes to ISO 3166-1 alpha-2, through pycountry."""

from __future__ import annotations

from functools import lru_cache

# Spellings feeds use that ISO 3166 itself does not list.
_ALIASES = {
    "uk": "GB",
    "u.k.": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "great britain": "GB",
    "britain": "GB",
    "u.s.": "US",
    "u.s.a.": "US",
    "united states of america": "US",
    "america": "US",
    "deutschland": "DE",
    "schweiz": "CH",
    "suisse": "CH",
    "svizzera": "CH",
    "holland": "NL",
    "the netherlands": "NL",
    "russia": "RU",
    "south korea": "KR",
    "korea": "KR",
    "czech republic": "CZ",
    "turkey": "TR",
    "uae": "AE",
}


@lru_cache(maxsize=4096)
def country_code(text: str | None) -> str | None:
    """ISO 3166-1 alpha-2 code for a country name or code, or None.

    >>> country_code("United Kingdom"), country_code("us"), country_code("North America")
    ('GB', 'US', None)
    """
    if not text:
        return None
    key = " ".join(text.split())
    if not key:
        return None
    alias = _ALIASES.get(key.lower())
    if alias:
        return alias
    import pycountry  # imported here: only jobs that name a country pay for it

    try:
        return pycountry.countries.lookup(key).alpha_2
    except LookupError:
        return None
