"""Write ``converter/normalize/regions.json``: the countries each region name stands for.

A remote job's ``Location`` often names a region ("North America", "EMEA", "DACH")
where Google wants the countries applicants may live in. The sets come from Unicode
CLDR's territory containment wherever CLDR has the region (Babel does not ship that
part of CLDR, so it is read from CLDR's JSON, the npm package ``cldr-core``); the few
groupings CLDR lacks (DACH, Nordics, Benelux...) are written out here, by hand. Only
ISO 3166-1 alpha-2 codes that pycountry knows are kept: CLDR's own codes (EA, IC, DG,
XK...) are no country Google takes.

Run it with the path of CLDR's ``supplemental/territoryContainment.json``::

    npm pack cldr-core@48.2.0 && tar xzf cldr-core-48.2.0.tgz
    .venv/bin/python tools/regions.py package/supplemental/territoryContainment.json

docs/mapping.md ("Remote jobs") lists the table; tests/cli/test_remote_places.py checks it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "converter" / "normalize" / "regions.json"

#: Region -> (its names as feeds write them, what it is made of). A term is a CLDR
#: territory code (a region such as "021", a grouping such as "EU") or a country's
#: ISO code; the set is the countries the terms contain, recursively.
REGIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "North America": (
        ("North America", "NORAM", "NAMER", "Northern America"),
        ("021",),
        "CLDR 021 Northern America (CLDR's 003 North America also holds Central"
        " America and the Caribbean, which a job ad's North America does not mean)",
    ),
    "Americas": (("Americas", "The Americas"), ("019",), "CLDR 019 Americas"),
    "LATAM": (
        ("LATAM", "LatAm", "Latin America", "Latin America and the Caribbean"),
        ("419",),
        "CLDR 419 Latin America (Central America, Mexico included, the Caribbean and"
        " South America)",
    ),
    "South America": (("South America",), ("005",), "CLDR 005 South America"),
    "Central America": (("Central America",), ("013",), "CLDR 013 Central America"),
    "Caribbean": (("Caribbean", "The Caribbean"), ("029",), "CLDR 029 Caribbean"),
    "Europe": (("Europe",), ("150",), "CLDR 150 Europe"),
    "EU": (("EU", "European Union"), ("EU",), "CLDR's EU grouping (27 members)"),
    "Eurozone": (("Eurozone", "Euro area", "Euro zone"), ("EZ",), "CLDR's EZ grouping"),
    "EEA": (
        ("EEA", "European Economic Area"),
        ("EU", "IS", "LI", "NO"),
        "CLDR's EU grouping, with Iceland, Liechtenstein and Norway (by hand: not in CLDR)",
    ),
    "Western Europe": (("Western Europe",), ("155",), "CLDR 155 Western Europe"),
    "Eastern Europe": (("Eastern Europe",), ("151",), "CLDR 151 Eastern Europe"),
    "Northern Europe": (("Northern Europe",), ("154",), "CLDR 154 Northern Europe"),
    "Southern Europe": (("Southern Europe",), ("039",), "CLDR 039 Southern Europe"),
    "EMEA": (
        ("EMEA", "Europe, Middle East and Africa", "Europe, the Middle East and Africa"),
        ("150", "145", "002"),
        "CLDR 150 Europe, 145 Western Asia (the Middle East) and 002 Africa",
    ),
    "Middle East": (
        ("Middle East", "The Middle East"),
        ("145",),
        "CLDR 145 Western Asia (Iran is in CLDR's 034 Southern Asia)",
    ),
    "MENA": (
        ("MENA", "Middle East and North Africa"),
        ("145", "015"),
        "CLDR 145 Western Asia and 015 Northern Africa",
    ),
    "GCC": (
        ("GCC", "Gulf", "Gulf states"),
        ("AE", "BH", "KW", "OM", "QA", "SA"),
        "the Gulf Cooperation Council's six members (by hand: not in CLDR)",
    ),
    "Africa": (("Africa",), ("002",), "CLDR 002 Africa"),
    "Asia": (("Asia",), ("142",), "CLDR 142 Asia"),
    "APAC": (
        ("APAC", "Asia Pacific", "Asia-Pacific", "Asia and Pacific", "AsiaPac"),
        ("030", "034", "035", "009"),
        "CLDR 030 Eastern Asia, 034 Southern Asia, 035 South-eastern Asia and 009"
        " Oceania (not Central or Western Asia)",
    ),
    "Southeast Asia": (
        ("Southeast Asia", "South-East Asia", "South East Asia"),
        ("035",),
        "CLDR 035 South-eastern Asia",
    ),
    "East Asia": (("East Asia", "Eastern Asia"), ("030",), "CLDR 030 Eastern Asia"),
    "South Asia": (("South Asia", "Southern Asia"), ("034",), "CLDR 034 Southern Asia"),
    "Central Asia": (("Central Asia",), ("143",), "CLDR 143 Central Asia"),
    "Oceania": (("Oceania",), ("009",), "CLDR 009 Oceania"),
    "Australasia": (("Australasia",), ("053",), "CLDR 053 Australasia"),
    "ANZ": (("ANZ",), ("AU", "NZ"), "Australia and New Zealand (by hand)"),
    "DACH": (("DACH", "D-A-CH"), ("DE", "AT", "CH"), "Germany, Austria, Switzerland (by hand)"),
    "Nordics": (
        ("Nordics", "Nordic", "Nordic countries", "Nordic region"),
        ("DK", "FI", "IS", "NO", "SE"),
        "the five Nordic states (by hand: CLDR's 154 Northern Europe is wider)",
    ),
    "Scandinavia": (("Scandinavia",), ("DK", "NO", "SE"), "Denmark, Norway, Sweden (by hand)"),
    "Benelux": (("Benelux",), ("BE", "NL", "LU"), "Belgium, the Netherlands, Luxembourg (by hand)"),
    "Baltics": (
        ("Baltics", "Baltic states", "Baltic countries"),
        ("EE", "LV", "LT"),
        "Estonia, Latvia, Lithuania (by hand)",
    ),
}

#: Names that say applicants may live anywhere: no country can be told from them.
NO_COUNTRY = (
    "Remote",
    "Anywhere",
    "Worldwide",
    "World",
    "Global",
    "Globally",
    "International",
    "Everywhere",
    "Any location",
    "Any country",
)


def expand(term: str, containment: dict[str, list[str]], countries: set[str]) -> set[str]:
    """The ISO countries ``term`` (a CLDR territory or an ISO code) contains."""
    if term in containment:
        found: set[str] = set()
        for part in containment[term]:
            found |= expand(part, containment, countries)
        return found
    return {term} & countries


def build(source: Path) -> dict:
    """The table, from CLDR's territoryContainment.json at ``source``."""
    import pycountry

    data = json.loads(source.read_text())["supplemental"]
    containment = {
        code: entry["_contains"]
        for code, entry in data["territoryContainment"].items()
        if "-status-" not in code  # deprecated codes, and the groupings listed apart
    }
    countries = {c.alpha_2 for c in pycountry.countries}
    regions = []
    for region, (names, terms, origin) in REGIONS.items():
        found: set[str] = set()
        for term in terms:
            found |= expand(term, containment, countries)
        assert found, region
        entry = {"region": region, "names": list(names), "from": origin}
        regions.append({**entry, "countries": sorted(found)})
    package = source.parent.parent / "package.json"
    version = json.loads(package.read_text())["version"] if package.is_file() else "?"
    return {
        "source": f"CLDR {data['version']['_cldrVersion']} territory containment (cldr-core"
        f" {version}), ISO 3166-1 codes of pycountry {pycountry.__version__}; written by"
        " tools/regions.py: do not edit",
        "no_country": list(NO_COUNTRY),
        "regions": regions,
    }


def main(argv: list[str]) -> None:
    if len(argv) != 1:
        sys.exit(f"usage: {Path(__file__).name} PATH/supplemental/territoryContainment.json")
    table = build(Path(argv[0]))
    # One region a line: the file reads as the table it is.
    regions = ",\n  ".join(json.dumps(r, ensure_ascii=False) for r in table["regions"])
    head = {k: v for k, v in table.items() if k != "regions"}
    text = json.dumps(head, indent=1, ensure_ascii=False)[:-2]
    OUT.write_text(f'{text},\n "regions": [\n  {regions}\n ]\n}}\n')
    print(f"{OUT}: {len(table['regions'])} regions")


if __name__ == "__main__":
    main(sys.argv[1:])
