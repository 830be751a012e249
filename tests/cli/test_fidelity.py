"""Data fidelity (all but salaries): countries in their own languages,
regions kept, date-times, HR Open completeness, levels, CSV for Excel.

What the issue says of outputs is checked end to end, through the installed CLI,
in JSON-LD, HR Open and CSV alike: one feed of many jobs is converted once per
module (``converted``), each test reads the jobs it is about.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import xmlschema

from converter import FeedReader, load_engine
from converter.feed.engines import default_schema_path
from converter.normalize.country import _ALIASES, LANGUAGES, country_code, fold
from converter.normalize.dates import parse_date, parse_posted
from converter.normalize.location import parse_location
from converter.normalize.vocabulary import ExperienceLevel, experience_level
from converter.writers.hropen import HYBRID_DETAILS

from ..conftest import FIXTURES, ROOT, feed_xml, good, run_cli
from ..unit.test_hropen import assert_valid, official_validator

# -- countries -----------------------------------------------------------------

#: Country values in their own languages, English variants and spellings.
COUNTRIES = [
    ("España", "ES"),
    ("Espana", "ES"),
    ("México", "MX"),
    ("Mexico", "MX"),
    ("Italia", "IT"),
    ("Österreich", "AT"),
    ("Osterreich", "AT"),
    ("ÖSTERREICH", "AT"),
    ("Polska", "PL"),
    ("Brasil", "BR"),
    ("Schweiz", "CH"),
    ("Suisse", "CH"),
    ("Svizzera", "CH"),
    ("Deutschland", "DE"),
    ("Türkiye", "TR"),
    ("Turkey", "TR"),
    ("Côte d'Ivoire", "CI"),
    ("Côte d’Ivoire", "CI"),
    ("Cote d'Ivoire", "CI"),
    ("Ivory Coast", "CI"),
    ("Nederland", "NL"),
    ("The Netherlands", "NL"),
    ("Holland", "NL"),
    ("Sverige", "SE"),
    ("Norge", "NO"),
    ("Danmark", "DK"),
    ("Suomi", "FI"),
    ("Česko", "CZ"),
    ("Czech Republic", "CZ"),
    ("Magyarország", "HU"),
    ("România", "RO"),
    ("Ελλάδα", "GR"),
    ("Россия", "RU"),
    ("Russia", "RU"),
    ("日本", "JP"),
    ("中国", "CN"),
    ("대한민국", "KR"),
    ("Frankreich", "FR"),
    ("Irlanda", "IE"),
    ("St Lucia", "LC"),
    ("Bosnia & Herzegovina", "BA"),
    ("UK", "GB"),
    ("U.K.", "GB"),
    ("Great Britain", "GB"),
    ("Grande Bretagne", "GB"),  # a Greenhouse feed's, in French; CLDR says Royaume-Uni
    ("Großbritannien", "GB"),
    ("Gran Bretaña", "GB"),
    ("Wielka Brytania", "GB"),  # CLDR's own Polish name
    ("England", "GB"),
    ("Scotland", "GB"),
    ("Wales", "GB"),
    ("Northern Ireland", "GB"),
    ("U.S.A.", "US"),
    ("USA", "US"),
    ("United States of America", "US"),
    ("gb", "GB"),
    ("DEU", "DE"),
    ("Narnia", None),
    ("EMEA", None),
    ("North America", None),
    ("Europe", None),
    ("Remote", None),
]


@pytest.mark.parametrize(("text", "code"), COUNTRIES)
def test_country_names_in_their_own_languages_and_english_variants(text, code):
    assert country_code(text) == code


def test_aliases_are_only_what_cldr_and_pycountry_lack():
    # The hand list stays small; the names of every language come from CLDR.
    import pycountry
    from babel import Locale

    assert len(_ALIASES) <= 25 and len(LANGUAGES) >= 30
    cldr = {  # countries' names, not regions' ("América" is Spanish for the Americas)
        fold(name)
        for language in LANGUAGES
        for code, name in Locale.parse(language).territories.items()
        if len(code) == 2 and pycountry.countries.get(alpha_2=code)
    }
    english = {
        fold(getattr(c, a))
        for c in pycountry.countries
        for a in ("name", "official_name", "common_name")
        if hasattr(c, a)
    }
    assert not set(_ALIASES) & (cldr | english)


def test_matching_ignores_case_accents_and_punctuation():
    assert fold("  CÔTE  D’IVOIRE ") == fold("cote d'ivoire")
    assert fold("St. Kitts & Nevis") == "st kitts and nevis"
    assert fold("The Bahamas") == "bahamas"


def test_the_cldr_index_is_built_only_when_a_value_needs_it():
    # ISO codes, English names, aliases and the places of fixtures/sample.xml
    # never load CLDR; the first foreign name does, once.
    script = f"""
import sys
from converter import Pipeline
from converter.normalize import country
from converter.normalize.location import parse_location
list(Pipeline().check_path({str(FIXTURES / "sample.xml")!r}))
for text in ("Germany", "US", "DEU", "UK", "England", "United States of America"):
    assert country.country_code(text), text
assert parse_location("Berlin", "DE").locality == "Berlin"
assert parse_location("Austin, TX", None).region == "TX"
assert parse_location("Leeds, West Yorkshire, UK", None).country == "GB"
assert country._cldr_index.cache_info().currsize == 0, "built too early"
assert country.country_code("Österreich") == "AT"
assert country.country_code("Polska") == "PL"
assert country._cldr_index.cache_info().misses == 1
"""
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize(
    ("location", "country", "place"),
    [
        ("Manchester, England", "GB", ("Manchester", "England", "GB")),
        ("Manchester, England", None, ("Manchester", "England", "GB")),
        ("Edinburgh, Scotland", None, ("Edinburgh", "Scotland", "GB")),
        ("Cardiff, Wales, UK", None, ("Cardiff", "Wales", "GB")),
        ("England", None, (None, "England", "GB")),
        ("Denver, CO", "US", ("Denver", "CO", "US")),
        ("Austin, TX", "US", ("Austin", "TX", "US")),
        ("Toronto, ON", "CA", ("Toronto", "ON", "CA")),
        ("Madrid, España", None, ("Madrid", None, "ES")),
        ("Wien, Osterreich", "AT", ("Wien", None, "AT")),
        ("München, Bayern, Deutschland", "DE", ("München", "Bayern", "DE")),
        ("Deutschland", "DE", (None, None, "DE")),
        ("Austin, CA", "US", ("Austin", "CA", "US")),
        ("Berlin", "DE", ("Berlin", None, "DE")),
    ],
)
def test_locations_keep_their_region(location, country, place):
    names = {"GB": "United Kingdom", "US": "US", "CA": "Canada", "AT": "Österreich"}
    name = "Deutschland" if country == "DE" else names.get(country or "")
    found = parse_location(location, country, name)
    assert (found.locality, found.region, found.country) == place


# -- dates ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso", "day"),
    [
        ("2026-08-30", "2026-08-30", "2026-08-30"),
        ("2026-08-30Z", "2026-08-30", "2026-08-30"),
        ("2026-08-30+02:00", "2026-08-30", "2026-08-30"),
        ("2026-08-30T10:00:00Z", "2026-08-30T10:00:00Z", "2026-08-30"),
        ("2026-08-30T10:00:00+00:00", "2026-08-30T10:00:00Z", "2026-08-30"),
        ("2026-08-30T10:00:00-00:00", "2026-08-30T10:00:00Z", "2026-08-30"),
        ("2026-08-30T10:00:00", "2026-08-30T10:00:00", "2026-08-30"),
        ("2026-08-30T23:30:00-05:00", "2026-08-30T23:30:00-05:00", "2026-08-30"),
        ("2026-08-30T10:00:00.250+02:00", "2026-08-30T10:00:00.25+02:00", "2026-08-30"),
        ("2026-08-30T10:00:00.000Z", "2026-08-30T10:00:00Z", "2026-08-30"),
        ("2026-08-30T10:00Z", "2026-08-30T10:00:00Z", "2026-08-30"),
        ("2026-12-31T24:00:00Z", "2027-01-01T00:00:00Z", "2027-01-01"),
        (" 2026-08-30T10:00:00Z\n", "2026-08-30T10:00:00Z", "2026-08-30"),
    ],
)
def test_posting_dates_and_date_times(text, iso, day):
    posted = parse_posted(text)
    assert posted is not None and posted.iso == iso and posted.day.isoformat() == day
    assert parse_date(text).isoformat() == day


@pytest.mark.parametrize(
    "text",
    [
        "2026-02-30T10:00:00Z",
        "2026-08-30T25:00:00",
        "2026-08-30T10:60:00",
        "2026-08-30T24:00:01",
        "2026-08-30T10:00:00+15:00",
        "2026-08-30 10:00:00",
        "30/08/2026",
        "9999-12-31T24:00:00",
    ],
)
def test_not_a_date_or_date_time(text):
    assert parse_posted(text) is None and parse_date(text) is None


POSTEDATES = [
    "2026-08-30T10:00:00Z",
    "2026-08-30T10:00:00",
    "2026-08-30T10:00:00.5+02:00",
    "2026-08-30T24:00:00Z",
    "2026-08-30",
    "2026-08-30Z",
]


@pytest.mark.parametrize("engine", ["lxml", "xmlschema"])
def test_the_xsd_takes_dates_and_date_times_in_both_engines(engine):
    jobs = [good(externalid=f"d{i}", Postedate=v) for i, v in enumerate(POSTEDATES)]
    bad = [
        good(externalid="bad", Postedate="2026-08-30T10:00"),
        good(externalid="b2", Postedate="30/08/2026"),
    ]
    text = feed_xml(*jobs, *bad).encode()
    verdicts = {
        e.job.external_id: e.valid
        for e in FeedReader(io.BytesIO(text), "f.xml", load_engine(engine))
    }
    assert verdicts == {
        **{f"d{i}": True for i in range(len(POSTEDATES))},
        "bad": False,
        "b2": False,
    }
    schema = xmlschema.XMLSchema10(str(default_schema_path()))
    assert not schema.is_valid(io.BytesIO(text))
    assert schema.is_valid(io.BytesIO(feed_xml(*jobs).encode()))


@pytest.mark.skipif(
    shutil.which("xmllint") is None, reason="xmllint (libxml2-utils) is not installed"
)
def test_the_xsd_takes_date_times_in_xmllint(tmp_path):
    good_feed = tmp_path / "good.xml"
    good_feed.write_text(
        feed_xml(*[good(externalid=f"d{i}", Postedate=v) for i, v in enumerate(POSTEDATES)])
    )
    bad_feed = tmp_path / "bad.xml"
    bad_feed.write_text(feed_xml(good(Postedate="2026-08-30T10:00")))
    lint = ["xmllint", "--noout", "--schema", str(default_schema_path())]
    ok = subprocess.run([*lint, str(good_feed)], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert subprocess.run([*lint, str(bad_feed)], capture_output=True).returncode != 0


def test_hr_open_start_takes_no_local_date_time():
    # Why a date-time without a zone becomes a date in HR Open: the official
    # FormattedDateTimeType is a date or an RFC 3339 date-time, which has a zone.
    validator = official_validator()

    def ok(start: str) -> bool:
        obj = {"positionProfiles": [{"postingInstructions": [{"start": start}]}]}
        return not list(validator.iter_errors(obj))

    assert ok("2026-08-30") and ok("2026-08-30T10:00:00Z") and ok("2026-08-30T10:00:00+02:00")
    assert not ok("2026-08-30T10:00:00")


# -- levels --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "level"),
    [
        ("intern", "internship"),
        ("Internship", "internship"),
        ("entry", "entry"),
        ("Entry-level", "entry"),
        ("junior", "entry"),
        ("Jr.", "entry"),
        ("graduate", "entry"),
        ("new grad", "entry"),
        ("associate", "entry"),
        ("mid", "mid"),
        ("Mid-Level", "mid"),
        ("intermediate", "mid"),
        ("experienced", "mid"),
        ("Mid-Senior level", "mid"),
        ("senior", "senior"),
        ("Senior level", "senior"),
        ("Sr.", "senior"),
        ("expert", "senior"),
        ("staff", "senior"),
        ("Staff", "senior"),
        ("principal", "senior"),
        ("distinguished", "senior"),
        ("lead", "lead"),
        ("team lead", "lead"),
        ("Tech Lead", "lead"),
        ("head", "lead"),
        ("manager", "lead"),
        ("director", "executive"),
        ("executive", "executive"),
        ("VP", "executive"),
        ("vice president", "executive"),
        ("C-level", "executive"),
        ("C-suite", "executive"),
        ("ninja", None),
    ],
)
def test_every_level_word_maps_as_a_reader_expects(word, level):
    found = experience_level(word)
    assert (found.value if found else None) == level


def test_staff_and_principal_are_senior_individual_contributors_not_leads():
    assert experience_level("staff") is ExperienceLevel.SENIOR
    assert experience_level("principal") is ExperienceLevel.SENIOR
    assert experience_level("lead") is ExperienceLevel.LEAD


# -- end to end: one feed, every output ------------------------------------------

CASES: dict[str, dict[str, str | None]] = {
    # countries in their own languages; Location names only a town
    **{
        f"c-{code}-{i}": good(Country=text, Location="Centre")
        for i, (text, code) in enumerate(COUNTRIES)
        if code is not None
    },
    # a country named in Location only
    "loc-wien": good(Country="", Location="Wien, Österreich"),
    "loc-madrid": good(Country="", Location="Madrid, España"),
    # regions kept
    "reg-manchester": good(Country="United Kingdom", Location="Manchester, England"),
    "reg-manchester-bare": good(Country="", Location="Manchester, England"),
    "reg-edinburgh": good(Country="UK", Location="Edinburgh, Scotland"),
    "reg-denver": good(Country="US", Location="Denver, CO"),
    # dates and date-times
    "d-utc": good(Postedate="2026-08-30T10:00:00Z"),
    "d-local": good(Postedate="2026-08-30T10:00:00"),
    "d-offset": good(Postedate="2026-08-30T10:00:00.250+02:00"),
    "d-zero": good(Postedate="2026-08-30T10:00:00+00:00"),
    "d-date": good(Postedate="2026-08-30"),
    "d-datez": good(Postedate="2026-08-30Z"),
    # arrangements, levels, industry
    "w-hybrid": good(Workarrangement="hybrid"),
    "w-remote": good(Workarrangement="remote"),
    "w-onsite": good(Workarrangement="onsite"),
    "lv-staff": good(Experiencelevel="staff"),
    "lv-principal": good(Experiencelevel="Principal"),
    "lv-senior": good(Experiencelevel="Senior level"),
    "lv-lead": good(Experiencelevel="team lead"),
    "ind": good(Industry="Software & Internet"),
    "ind-none": good(Industry=""),
}


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    """Each output of the feed of :data:`CASES`, by job id, and the findings."""
    folder = tmp_path_factory.mktemp("fidelity")
    feed = folder / "feed.xml"
    feed.write_text(feed_xml(*[{**job, "externalid": key} for key, job in CASES.items()]))
    out = {}
    for command in ("to-jsonld", "to-hropen", "to-csv"):
        proc = run_cli(command, str(feed))
        assert proc.returncode == 0, proc.stderr.decode()
        out[command] = proc.stdout
    report = run_cli("validate", "--format", "json", str(feed))
    assert report.returncode == 0, report.stderr.decode()
    findings: dict[str, list[str]] = {key: [] for key in CASES}
    for d in json.loads(report.stdout)["diagnostics"]:
        findings[d["job_id"]].append(d["code"])
    rows = list(csv.DictReader(io.StringIO(out["to-csv"].decode("utf-8"), newline="")))
    return {
        "jsonld": {o["identifier"]["value"]: o for o in json.loads(out["to-jsonld"])},
        "hropen": {o["documentId"]["value"]: o for o in json.loads(out["to-hropen"])},
        "csv": {r["id"]: r for r in rows},
        "findings": findings,
    }


def outputs(converted, key):
    """The JSON-LD posting, the HR Open profile and the CSV row of job ``key``."""
    return (
        converted["jsonld"][key],
        converted["hropen"][key]["positionProfiles"][0],
        converted["csv"][key],
    )


def test_every_job_is_written_in_every_output(converted):
    for output in ("jsonld", "hropen", "csv"):
        assert set(converted[output]) == set(CASES), output
    assert not any("S001" in codes for codes in converted["findings"].values())


def test_every_hr_open_object_validates_with_format_checks(converted):
    validator = official_validator()
    for obj in converted["hropen"].values():
        assert_valid(validator, obj)


@pytest.mark.parametrize(
    ("key", "code"), [(k, k.split("-")[1]) for k in CASES if k.startswith("c-")]
)
def test_countries_reach_every_output(converted, key, code):
    ld, hr, row = outputs(converted, key)
    assert ld["jobLocation"]["address"]["addressCountry"] == code
    assert ld["jobLocation"]["address"]["addressLocality"] == "Centre"
    assert hr["positionLocation"][0]["countryCode"] == code
    assert row["country"] == code
    assert "L002" not in converted["findings"][key]


@pytest.mark.parametrize(
    ("key", "locality", "region", "country"),
    [
        ("loc-wien", "Wien", None, "AT"),
        ("loc-madrid", "Madrid", None, "ES"),
        ("reg-manchester", "Manchester", "England", "GB"),
        ("reg-manchester-bare", "Manchester", "England", "GB"),
        ("reg-edinburgh", "Edinburgh", "Scotland", "GB"),
        ("reg-denver", "Denver", "CO", "US"),
    ],
)
def test_places_reach_every_output_with_their_region(converted, key, locality, region, country):
    ld, hr, row = outputs(converted, key)
    address = ld["jobLocation"]["address"]
    assert address["addressLocality"] == locality
    assert address.get("addressRegion") == region
    assert address["addressCountry"] == country
    where = hr["positionLocation"][0]
    assert where["city"] == locality and where["countryCode"] == country
    regions = [{"type": "Region", "value": region}] if region else None
    assert where.get("countrySubDivisions") == regions
    assert (row["locality"], row["region"], row["country"]) == (locality, region or "", country)
    expected = {"L001"} if CASES[key]["Country"] == "" else set()
    assert set(converted["findings"][key]) & {"L001", "L002", "L004"} == expected


@pytest.mark.parametrize(
    ("key", "jsonld", "hropen"),
    [
        ("d-utc", "2026-08-30T10:00:00Z", "2026-08-30T10:00:00Z"),
        ("d-local", "2026-08-30T10:00:00", "2026-08-30"),
        ("d-offset", "2026-08-30T10:00:00.25+02:00", "2026-08-30T10:00:00.25+02:00"),
        ("d-zero", "2026-08-30T10:00:00Z", "2026-08-30T10:00:00Z"),
        ("d-date", "2026-08-30", "2026-08-30"),
        ("d-datez", "2026-08-30", "2026-08-30"),
    ],
)
def test_date_times_reach_every_output(converted, key, jsonld, hropen):
    ld, hr, row = outputs(converted, key)
    assert ld["datePosted"] == jsonld
    assert hr["postingInstructions"][0]["start"] == hropen
    assert row["date_posted"] == "2026-08-30"
    assert not {"S001", "T001", "R003"} & set(converted["findings"][key])


def test_a_future_date_time_is_reported_by_its_date(write_feed):
    feed = write_feed(feed_xml(good(Postedate="2099-01-02T03:04:05Z")))
    report = json.loads(run_cli("validate", "--format", "json", str(feed)).stdout)
    [t002] = [d for d in report["diagnostics"] if d["code"] == "T002"]
    assert "2099-01-02 is after today" in t002["message"]


def test_hybrid_is_remote_work_available_in_hr_open(converted):
    hybrid = outputs(converted, "w-hybrid")[1]["remoteWork"]
    assert hybrid == {
        "remoteWorkIndicator": True,
        "restrictionCodes": ["Other"],
        "restrictionDetails": HYBRID_DETAILS,
    }
    assert outputs(converted, "w-remote")[1]["remoteWork"] == {"remoteWorkIndicator": True}
    assert outputs(converted, "w-onsite")[1]["remoteWork"] == {"remoteWorkIndicator": False}
    ld, _, row = outputs(converted, "w-hybrid")
    assert "jobLocationType" not in ld and row["work_arrangement"] == "hybrid"


def test_industry_is_in_the_hr_open_organisation(converted):
    ld, hr, row = outputs(converted, "ind")
    [org] = hr["positionOrganizations"]
    assert org["industryIdentifiers"] == [{"value": "Software & Internet"}]
    assert org["name"] == "The Copper Pan"
    assert ld["industry"] == row["industry"] == "Software & Internet"
    [org] = outputs(converted, "ind-none")[1]["positionOrganizations"]
    assert "industryIdentifiers" not in org


@pytest.mark.parametrize(
    ("key", "level", "career"),
    [
        ("lv-staff", "senior", "Senior"),
        ("lv-principal", "senior", "Senior"),
        ("lv-senior", "senior", "Senior"),
        ("lv-lead", "lead", "Lead"),
    ],
)
def test_levels_are_no_experience_requirements(converted, key, level, career):
    ld, hr, row = outputs(converted, key)
    assert "experienceRequirements" not in ld
    assert hr["careerLevels"] == [{"name": career}]
    assert row["experience_level"] == level
    assert "V002" not in converted["findings"][key]


def test_no_posting_says_a_seniority_is_an_experience_requirement(converted):
    assert not any("experienceRequirements" in o for o in converted["jsonld"].values())


# -- CSV for Excel -------------------------------------------------------------

BOM = b"\xef\xbb\xbf"


@pytest.fixture
def patissier(write_feed) -> Path:
    return write_feed(
        feed_xml(good(Title="Pâtissier"), good(externalid="job-2", Title="Chef de partie"))
    )


@pytest.mark.parametrize("command", [["to-csv"], ["convert", "--to", "csv"]])
def test_bom_starts_the_csv_and_a_csv_reader_reads_it_back(patissier, tmp_path, command):
    out = tmp_path / "jobs.csv"
    proc = run_cli(*command, "--bom", "-o", str(out), str(patissier))
    assert proc.returncode == 0, proc.stderr.decode()
    data = out.read_bytes()
    assert data.startswith(BOM) and data.count(BOM) == 1
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["title"] for r in rows] == ["Pâtissier", "Chef de partie"]
    assert next(iter(rows[0])) == "id"
    assert run_cli(*command, "--bom", str(patissier)).stdout == data


def test_without_bom_there_is_none(patissier):
    data = run_cli("to-csv", str(patissier)).stdout
    assert data.startswith(b"id,") and BOM not in data


def test_bom_starts_each_file_with_out_dir(patissier, tmp_path):
    folder = tmp_path / "rows"
    proc = run_cli("to-csv", "--bom", "--out-dir", str(folder), str(patissier))
    assert proc.returncode == 0, proc.stderr.decode()
    files = sorted(folder.glob("*.csv"))
    assert len(files) == 2
    for path in files:
        assert path.read_bytes().startswith(BOM + b"id,")
        with path.open(encoding="utf-8-sig", newline="") as f:
            [row] = list(csv.DictReader(f))
        assert row["title"] in ("Pâtissier", "Chef de partie")


def test_bom_is_only_for_tables(patissier):
    proc = run_cli("convert", "--to", "jsonld", "--bom", str(patissier))
    assert proc.returncode == 2 and b"--bom is for table output" in proc.stderr
    assert run_cli("to-hropen", "--bom", str(patissier)).returncode == 2
    assert b"--bom" in run_cli("to-csv", "--help").stdout


def test_the_docs_say_when_to_use_bom():
    page = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    [item] = [i for i in page.split("\n- ") if i.startswith("`--bom`")]
    assert "Excel" in item and "first header" in item
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "(docs/cli.md)" in readme and "**Babel**" in readme
