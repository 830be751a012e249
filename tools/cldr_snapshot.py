"""Write the CLDR and ISO snapshots under ``converter/normalize/data/``.

Reading a salary or a country must not import Babel or pycountry: importing
Babel and loading a locale costs ~40 ms and then ~10 ms a locale, pycountry
~45 ms, the 35 languages' country names ~0.35 s, in every worker process. So
what jobconv needs of them is written out here once, as JSON the package reads
on first need (a few ms):

- ``cldr_money.json``: each currency's English symbol and name, each
  territory's currencies, the symbols its own locales write, its decimal mark,
  the precisions, the ISO 4217 codes (the salary reader);
- ``iso_countries.json``: what ``pycountry.countries.lookup`` finds for a
  lower-cased code, flag or English name (``country.plain_country_code``);
- ``cldr_country_names.json``: each country's CLDR names in every language of
  ``country.LANGUAGES``, then pycountry's, folded (``country.country_code``).

Run it after upgrading Babel or pycountry (pinned together in pyproject.toml's
test extra), or after changing ``country.LANGUAGES`` or ``country.fold``::

    .venv/bin/python tools/cldr_snapshot.py          # rewrite the files
    .venv/bin/python tools/cldr_snapshot.py --check  # exit 1 if one is stale

tests/unit/test_salary.py and tests/unit/test_normalize.py check the files against the
installed Babel and pycountry.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "converter" / "normalize" / "data"


def _dump(value: object, depth: int = 0, *, expand: int = 1, width: int = 20) -> str:
    """JSON with the objects of the first ``expand`` levels one member a line
    and long lists of codes ``width`` to a line: small, diffable, any order kept."""
    pad = " " * depth
    if isinstance(value, dict) and depth <= expand:
        members = [
            f"{pad} {json.dumps(k)}: {_dump(v, depth + 1, expand=expand)}" for k, v in value.items()
        ]
        return "{\n" + ",\n".join(members) + f"\n{pad}}}"
    short = all(isinstance(v, str) and len(v) <= 3 for v in value) if isinstance(value, list) else 0
    if isinstance(value, list) and len(value) > width and short:
        rows = [value[i : i + width] for i in range(0, len(value), width)]
        lines = [pad + " " + ", ".join(json.dumps(v) for v in row) for row in rows]
        return "[\n" + ",\n".join(lines) + f"\n{pad}]"
    return json.dumps(value, ensure_ascii=False)


def _about(source: str, by: str = "Babel and pycountry", **tables: str) -> dict[str, str]:
    """The ``about`` member of a file: where its data comes from, what each table is."""
    written = (
        " Written by tools/cldr_snapshot.py; do not edit: the tests check that it equals"
        f" what the installed {by} say{'s' if ' and ' not in by else ''}."
    )
    return {"source": source + written, **tables}


def _versions() -> dict[str, str]:
    import babel
    import pycountry
    from babel.core import get_cldr_version

    return {
        "cldr": get_cldr_version(),
        "babel": babel.__version__,
        "pycountry": pycountry.__version__,
    }


# -- money: converter/normalize/salary ------------------------------------------------


@lru_cache(maxsize=512)
def country_locales(country: str | None) -> tuple[str, ...]:
    """CLDR locales of the country's official languages, most spoken first (at most 4)."""
    if not country:
        return ()
    from babel.core import get_global
    from babel.localedata import exists

    languages = get_global("territory_languages").get(country, {})
    ranked = sorted(languages.items(), key=lambda kv: -kv[1].get("population_percent", 0))
    found = [
        f"{lang}_{country}"
        for lang, info in ranked
        if info.get("official_status") and exists(f"{lang}_{country}")
    ]
    return tuple(found[:4])


def _locale_symbols(locale: str) -> dict[str, str]:
    """CLDR's currency symbols of ``locale``: code -> symbol, the codes themselves left out."""
    from babel import Locale

    try:
        symbols = Locale.parse(locale).currency_symbols
    except (KeyError, ValueError, OSError):  # locale data missing: no symbols
        return {}
    return {code: sym for code, sym in symbols.items() if sym != code}


def _local_symbols(country: str, code: str) -> list[str]:
    """The symbols the country's own locales write for ``code``."""
    found = (_locale_symbols(locale).get(code) for locale in country_locales(country))
    return list(dict.fromkeys(sym for sym in found if sym))


def _decimal_mark(country: str | None) -> str:
    """CLDR's decimal mark in the country's main locale, ``.`` without one."""
    locales = country_locales(country)
    if not locales:
        return "."
    from babel import Locale

    try:
        return Locale.parse(locales[0]).number_symbols.get("latn", {}).get("decimal", ".")
    except (KeyError, ValueError, OSError):  # locale data missing: the common mark
        return "."


def money() -> str:
    """The text of ``cldr_money.json``, from the installed Babel and pycountry."""
    import pycountry
    from babel import Locale
    from babel.core import get_global
    from babel.numbers import get_currency_precision

    codes = sorted(c.alpha_3 for c in pycountry.currencies)
    current = set(codes)
    english = Locale.parse("en")
    written = english.currency_symbols
    tender = {
        territory: [c for c, _start, end, legal in spans if end is None and legal]
        for territory, spans in sorted(get_global("territory_currencies").items())
    }
    local: dict[str, dict[str, list[str]]] = {}
    for territory, currencies in tender.items():
        for code in currencies:
            if code in current and (symbols := _local_symbols(territory, code)):
                local.setdefault(territory, {})[code] = symbols
    marks: dict[str, list[str]] = {}
    for territory in sorted(get_global("territory_languages")):
        mark = _decimal_mark(territory)
        if mark != ".":
            marks.setdefault(mark, []).append(territory)
    precisions = {c: n for c in codes if (n := get_currency_precision(c)) != 2}
    v = _versions()
    data = {
        "about": _about(
            f"CLDR {v['cldr']} data for the salary reader, from Babel {v['babel']}; ISO 4217"
            f" codes from pycountry {v['pycountry']}.",
            codes="ISO 4217 currency codes (pycountry).",
            english_symbols="CLDR's English currency symbols that are not the code.",
            english_names="CLDR's English currency names, in CLDR's order.",
            territory_currencies="Each territory's current legal tender.",
            local_symbols="The symbols a territory's own locales (its official languages',"
            " most spoken first, at most 4) write for its currency, when not the code.",
            decimal_marks="The territories whose main locale's decimal mark is not '.'.",
            precisions="Currencies whose number of decimals is not 2.",
        ),
        "codes": codes,
        "english_symbols": {c: written[c] for c in codes if written.get(c, c) != c},
        "english_names": {c: n for c, n in english.currencies.items() if c in current},
        "territory_currencies": {t: cs for t, cs in tender.items() if cs},
        "local_symbols": local,
        "decimal_marks": marks,
        "precisions": precisions,
    }
    return _dump(data) + "\n"


# -- countries: converter/normalize/country.py ----------------------------------------


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


def _add(index: dict[str, str], name: str | None, code: str, fold: Callable[[str], str]) -> None:
    """Index ``name`` (and, for "Myanmar (Burma)", "Myanmar") under ``code``,
    unless an earlier name took its key."""
    if not name:
        return
    index.setdefault(fold(name), code)
    if "(" in name:
        index.setdefault(fold(name.split("(")[0]), code)


def _cldr_names() -> dict[str, str]:
    """Folded name -> code: every ISO 3166-1 country's CLDR name in each of
    ``country.LANGUAGES``, then pycountry's names. A name two countries share
    (after folding) goes to the first language's."""
    import pycountry

    from converter.normalize.country import LANGUAGES, fold

    index: dict[str, str] = {}
    codes = {c.alpha_2 for c in pycountry.countries}
    for language in LANGUAGES:
        for code, name in _territories(language).items():
            if code in codes:  # not "001" (World), "EU", "ZZ" (Unknown Region)...
                _add(index, name, code, fold)
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            _add(index, getattr(country, attribute, None), country.alpha_2, fold)
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


def _by_code(index: dict[str, str]) -> dict[str, list[str]]:
    """``index`` (value -> code) as code -> values, codes sorted, values in order."""
    by_code: dict[str, list[str]] = {}
    for value, code in index.items():
        by_code.setdefault(code, []).append(value)
    return dict(sorted(by_code.items()))


def iso_countries() -> str:
    """The text of ``iso_countries.json``, from the installed pycountry."""
    v = _versions()
    data = {
        "about": _about(
            f"ISO 3166-1 codes and names from pycountry {v['pycountry']}.",
            by="pycountry",
            codes="What pycountry.countries.lookup finds for a lower-cased code, flag or name:"
            " each country's code and those values.",
        ),
        "codes": _by_code(_pycountry_lookups()),
    }
    return _dump(data) + "\n"


def country_names() -> str:
    """The text of ``cldr_country_names.json``, from the installed Babel and pycountry."""
    v = _versions()
    data = {
        "about": _about(
            f"CLDR {v['cldr']} country names for country.py, from Babel {v['babel']}; ISO"
            f" 3166-1 codes and names from pycountry {v['pycountry']}.",
            codes="Each country's code and its names in country.LANGUAGES (CLDR), then"
            " pycountry's, folded (country.fold), a name two countries share given to the"
            " first language's.",
        ),
        "codes": _by_code(_cldr_names()),
    }
    return _dump(data) + "\n"


#: Each file and the function that writes its text.
FILES: dict[str, Callable[[], str]] = {
    "cldr_money.json": money,
    "iso_countries.json": iso_countries,
    "cldr_country_names.json": country_names,
}


def main(argv: list[str]) -> int:
    check = argv == ["--check"]
    if argv and not check:
        print(__doc__.split("::")[1].strip("\n"), file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))  # converter, from this checkout
    stale = []
    for name, write in FILES.items():
        path, text = DATA / name, write()
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        stale.append(name)
        if not check:
            path.parent.mkdir(exist_ok=True)
            path.write_text(text, encoding="utf-8")
    verb = "stale" if check else "written"
    print(f"{verb}: {', '.join(stale)}" if stale else "up to date", file=sys.stderr)
    return 1 if check and stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
