"""Remote jobs placed in countries, and a Location that lists several places.

Google places a TELECOMMUTE job by the Countries in
``applicantLocationRequirements``; a job in several places wants a
``jobLocation`` each. The table below is what feeds write."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pycountry
import pytest

from converter.normalize.location import split_places
from converter.normalize.remote import applicant_countries, regions, says_remote

from ..conftest import SEED, feed_xml, good, requires_shared, run_cli
from ..unit.test_hropen import official_validator

NORTH_AMERICA = ("BM", "CA", "GL", "PM", "US")  # CLDR 021, Northern America

#: (Location, Country, the countries applicants may live in: all, or the
#: first few and how many).
REMOTE = [
    ("North America", None, NORTH_AMERICA),
    ("NORAM", None, NORTH_AMERICA),
    ("Remote - US", None, ("US",)),
    ("Remote (UK)", None, ("GB",)),
    ("US only", None, ("US",)),
    ("Remote - United States", None, ("US",)),
    ("Remote: France", None, ("FR",)),
    ("Remote, Canada", None, ("CA",)),
    ("Fully remote (Spain)", None, ("ES",)),
    ("Remote - Germany", None, ("DE",)),
    ("Deutschland", None, ("DE",)),  # CLDR names, in any language
    ("Allemagne", None, ("DE",)),
    ("España", None, ("ES",)),
    ("日本", None, ("JP",)),
    ("Trinidad and Tobago", None, ("TT",)),
    ("US or Canada", None, ("US", "CA")),
    ("Remote (US & Canada)", None, ("US", "CA")),
    ("Remote; Poland", None, ("PL",)),
    ("Austin, Texas, USA", None, ("US",)),
    ("DACH", None, ("AT", "CH", "DE")),
    ("Nordics", None, ("DK", "FI", "IS", "NO", "SE")),
    ("Benelux", None, ("BE", "LU", "NL")),
    ("Baltics", None, ("EE", "LT", "LV")),
    ("Remote", "DE", ("DE",)),  # an ATS export writes Remote as the city
    ("Anywhere", "GB", ("GB",)),  # the job's Country wins
    ("Anywhere", None, ()),
    ("Worldwide", None, ()),
    ("Remote", None, ()),
    (None, None, ()),
]

#: Regions too large to list here: (Location, how many, some that must be in).
REGIONS = [
    ("Remote from EMEA", 129, {"GB", "DE", "AE", "ZA"}),
    ("Remote (EMEA)", 129, {"FR", "NG"}),
    ("Europe", 51, {"DE", "NO", "UA"}),
    ("Anywhere in Europe", 51, {"PT"}),
    ("EU", 27, {"IE", "CY"}),
    ("LATAM", 52, {"BR", "MX", "AR"}),
    ("APAC", 58, {"AU", "JP", "IN"}),
]


@pytest.mark.parametrize(("location", "country", "expected"), REMOTE)
def test_where_a_remote_jobs_applicants_may_live(location, country, expected) -> None:
    assert applicant_countries(location, country) == expected


@pytest.mark.parametrize(("location", "size", "some"), REGIONS)
def test_regions_stand_for_their_countries(location, size, some) -> None:
    found = applicant_countries(location)
    assert len(found) == len(set(found)) == size and some <= set(found)


def test_every_region_is_made_of_iso_countries() -> None:
    table = regions()
    assert {"North America", "EMEA", "Europe", "EU", "DACH", "Nordics", "LATAM", "APAC"} <= {
        r["region"] for r in table
    }
    for region in table:
        assert region["countries"], region["region"]
        for code in region["countries"]:
            assert pycountry.countries.get(alpha_2=code) is not None, (region["region"], code)
    eu = next(r for r in table if r["region"] == "EU")
    assert "GB" not in eu["countries"] and len(eu["countries"]) == 27


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("London; Leeds; Bristol", ("London", "Leeds", "Bristol")),
        ("NY / San Francisco, CA", ("NY", "San Francisco, CA")),
        ("London | Leeds", ("London", "Leeds")),
        ("Leeds and Bristol", ("Leeds", "Bristol")),
        ("Paris & Lyon", ("Paris", "Lyon")),
        ("Austin, TX and Denver, CO", ("Austin, TX", "Denver, CO")),
        ("Newcastle upon Tyne", ("Newcastle upon Tyne",)),
        ("Stoke-on-Trent", ("Stoke-on-Trent",)),
        ("Trinidad and Tobago", ("Trinidad and Tobago",)),
        ("Bosnia and Herzegovina", ("Bosnia and Herzegovina",)),
        ("Antigua and Barbuda", ("Antigua and Barbuda",)),
        ("Middle East and North Africa", ("Middle East and North Africa",)),
        ("Research and Development Centre, Oxford", ("Research and Development Centre, Oxford",)),
        ("Berlin, Germany", ("Berlin, Germany",)),
        ("London;  London", ("London",)),
        ("", ()),
    ],
)
def test_the_places_a_location_lists(text: str, places: tuple[str, ...]) -> None:
    assert split_places(text) == places


@pytest.fixture
def placed(tmp_path: Path) -> Path:
    path = tmp_path / "placed.xml"
    path.write_text(
        feed_xml(
            good(externalid="berlin", Location="Berlin, Germany", Country=""),
            good(externalid="three", Location="London; Leeds; Bristol", Country="GB"),
            good(externalid="ats", Location="Remote", Country="Germany", Workarrangement="remote"),
            good(
                externalid="emea", Location="Remote from EMEA", Country="", Workarrangement="remote"
            ),
            good(externalid="anywhere", Location="Anywhere", Country="", Workarrangement="remote"),
        ),
        encoding="utf-8",
    )
    return path


def _by_id(proc) -> dict[str, dict]:
    return {p["identifier"]["value"]: p for p in json.loads(proc.stdout)}


def test_jsonld_places_remote_jobs_in_countries_and_each_location(placed: Path) -> None:
    proc = run_cli("to-jsonld", str(placed))
    postings = _by_id(proc)
    # A known country is a PostalAddress's, never an AdministrativeArea.
    assert postings["berlin"]["jobLocation"] == {
        "@type": "Place",
        "address": {"@type": "PostalAddress", "addressLocality": "Berlin", "addressCountry": "DE"},
    }
    assert [p["address"]["addressLocality"] for p in postings["three"]["jobLocation"]] == [
        "London",
        "Leeds",
        "Bristol",
    ]
    assert {p["address"]["addressCountry"] for p in postings["three"]["jobLocation"]} == {"GB"}
    ats = postings["ats"]
    assert ats["jobLocationType"] == "TELECOMMUTE" and "jobLocation" not in ats
    assert ats["applicantLocationRequirements"] == {"@type": "Country", "name": "DE"}
    emea = postings["emea"]["applicantLocationRequirements"]
    assert len(emea) == 129 and all(c["@type"] == "Country" for c in emea)
    assert "AdministrativeArea" not in proc.stdout.decode()


def test_a_remote_job_with_no_country_is_held_back_saying_what_to_add(placed: Path) -> None:
    proc = run_cli("to-jsonld", str(placed))
    assert "anywhere" not in _by_id(proc)
    assert b"held back 1" in proc.stderr
    assert (
        b"L003 [error] remote job, but Location 'Anywhere' names no country applicants may"
        b" live in: add Country (<Country>US</Country>), or a country or region to Location"
    ) in proc.stderr
    # Only JSON-LD needs it: CSV and HR Open still carry the job.
    rows = list(csv.DictReader(io.StringIO(run_cli("to-csv", str(placed)).stdout.decode())))
    assert [r["id"] for r in rows] == ["berlin", "three", "ats", "emea", "anywhere"]


def test_hropen_has_a_position_location_per_place(placed: Path) -> None:
    proc = run_cli("to-hropen", str(placed))
    openings = {o["documentId"]["value"]: o for o in json.loads(proc.stdout)}
    three = openings["three"]["positionProfiles"][0]["positionLocation"]
    assert [(p["city"], p["countryCode"]) for p in three] == [
        ("London", "GB"),
        ("Leeds", "GB"),
        ("Bristol", "GB"),
    ]
    validator = official_validator()
    for opening in openings.values():
        validator.validate(opening)


def test_a_board_with_one_location_gets_the_first_and_a_note(placed: Path) -> None:
    proc = run_cli("to-indeed", str(placed))
    assert b"London" in proc.stdout
    assert b"Leeds" not in proc.stdout
    assert (
        b"O002 [warning] Indeed feeds have one location a job: 'London' is written,"
        b" 'Leeds', 'Bristol' left out"
    ) in proc.stderr


@requires_shared
def test_the_seed_is_google_eligible() -> None:
    proc = run_cli("to-jsonld", "--today", "2026-05-01", "--max-age", "90", str(SEED))
    assert proc.returncode == 0, proc.stderr.decode()
    [posting] = json.loads(proc.stdout)
    assert posting["jobLocationType"] == "TELECOMMUTE"
    assert posting["applicantLocationRequirements"] == [
        {"@type": "Country", "name": code} for code in NORTH_AMERICA
    ]
    assert b"held back 0" in proc.stderr and b"L003" not in proc.stderr


@pytest.mark.parametrize(
    ("location", "remote"),
    [
        ("Remote", True),
        ("Remote - Brazil", True),
        ("Brazil (Remote)", True),
        ("Remote | Vietnam, Thailand, Hong Kong", True),
        ("Remote / USA", True),
        ("Fully remote (Germany)", True),
        ("Remote - EMEA", True),
        ("Work from home", True),
        # a place beside it, or no word of remote work: left as it is
        ("Queensland, Australia / Remote GMT+10", False),
        ("Remote / Minneapolis", False),
        ("Remote or London", False),
        ("Work from home, Leeds", False),
        ("US only", False),
        ("Remove", False),
        ("London", False),
        ("", False),
    ],
)
def test_a_location_that_only_says_remote(location: str, remote: bool) -> None:
    # LaraJobs' RSS job:location, with no work arrangement element at all
    assert says_remote(location) is remote


def test_a_job_whose_location_only_says_remote_is_remote_and_said(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(feed_xml(good(Location="Remote - Brazil", Workarrangement=None, Country="")))
    proc = run_cli("validate", "--format", "json", str(path))
    [l005] = [d for d in json.loads(proc.stdout)["diagnostics"] if d["code"] == "L005"]
    assert l005["severity"] == "info" and l005["field"] == "Location"
    assert l005["message"] == (
        "no work arrangement is given; remote is read from Location 'Remote - Brazil'"
    )
    text = run_cli("validate", str(path)).stdout.decode()
    assert "L005" not in text  # an info: hidden in text unless --show-info
    posting = json.loads(run_cli("to-jsonld", "--format", "jsonl", str(path)).stdout)
    assert posting["jobLocationType"] == "TELECOMMUTE"
    assert posting["applicantLocationRequirements"] == {"@type": "Country", "name": "BR"}
    assert "jobLocation" not in posting
    [row] = csv.DictReader(io.StringIO(run_cli("to-csv", str(path)).stdout.decode()))
    assert (row["work_arrangement"], row["locality"]) == ("remote", "")


def test_an_unknown_work_arrangement_is_not_overruled_by_the_location(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(feed_xml(good(Location="Remote - Brazil", Workarrangement="flexi")))
    proc = run_cli("validate", "--format", "json", "--show-info", str(path))
    codes = [d["code"] for d in json.loads(proc.stdout)["diagnostics"]]
    assert "L005" not in codes and "V003" in codes, codes
