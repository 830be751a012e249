"""HR Open PositionOpening, validated against the official HR-JSON schemas."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import pytest
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from converter import FeedError, FeedReader, load_engine
from converter.feed.engines import default_schema_path
from converter.writers import to_hropen

from ..conftest import FIXTURES, SEED, SHARED, feed_xml, good, requires_shared

HROPEN = SHARED / "hropen"
PREFIX = "https://www.hropenstandards.org/"
OPENING = PREFIX + "recruiting/json/PositionOpeningType.json"
OWN_SCHEMA = json.loads((default_schema_path().parent / "positionopening.schema.json").read_text())


@pytest.fixture(scope="module")
def official():
    """A Draft 4 validator of PositionOpeningType, every $ref served from ../shared."""
    return official_validator()


def official_validator() -> jsonschema.Draft4Validator:
    """The validator :func:`official` gives (skips when ../shared is missing)."""
    if not HROPEN.is_dir():
        pytest.skip("../shared/hropen is not beside this checkout")

    def retrieve(uri: str) -> Resource:
        if not uri.startswith(PREFIX):
            raise LookupError(f"refusing to fetch {uri}")
        path = HROPEN / uri[len(PREFIX) :].split("#")[0]
        return Resource.from_contents(json.loads(path.read_text()), default_specification=DRAFT4)

    registry = Registry(retrieve=retrieve)
    schema = {"$ref": OPENING}
    checker = jsonschema.Draft4Validator.FORMAT_CHECKER
    assert {"uri", "date-time"} <= checker.checkers.keys(), "install rfc3987, rfc3339-validator"
    return jsonschema.Draft4Validator(schema, registry=registry, format_checker=checker)


def openings(path: Path):
    """The PositionOpenings of the valid jobs of ``path`` (those read before a
    break, for a feed that breaks)."""
    found = []
    with path.open("rb") as f:
        try:
            for entry in FeedReader(f, path.name, load_engine()):
                if entry.valid:
                    found.append(to_hropen(entry.job))
        except FeedError:
            pass
    return found


def assert_valid(validator, obj):
    errors = sorted(validator.iter_errors(obj), key=lambda e: list(e.absolute_path))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors]
    jsonschema.Draft202012Validator(OWN_SCHEMA).validate(obj)


def test_official_schemas_do_reject_a_bad_code(official):
    bad = {"positionProfiles": [{"positionScheduleTypeCodes": ["FULL_TIME"]}]}
    assert list(official.iter_errors(bad))


@pytest.mark.parametrize("path", sorted(FIXTURES.rglob("*.xml")), ids=lambda p: p.name)
def test_every_fixture_validates_against_hr_open(official, path):
    found = openings(path)
    assert found or path.name == "no-jobs.xml" or path.parent.name == "invalid"
    for obj in found:
        assert_valid(official, obj)


@requires_shared
def test_seed_opening(official):
    [obj] = openings(SEED)
    assert_valid(official, obj)
    assert obj["documentId"] == {"value": "30a82a9b-374"}
    profile = obj["positionProfiles"][0]
    assert profile["positionTitle"] == "Machine Learning Engineer"
    assert profile["remoteWork"] == {"remoteWorkIndicator": True}
    assert profile["positionOrganizations"][0]["domainName"] == "https://www.spotify.com"
    [band] = profile["offeredRemunerationPackage"]["ranges"]
    assert band == {
        "typeCode": "BasePay",
        "minimumAmount": {"value": 148901, "currency": "USD"},
        "maximumAmount": {"value": 212716, "currency": "USD"},
        "intervalCode": "Year",
    }
    assert profile["positionScheduleTypeCodes"] == ["FullTime"]
    assert profile["postingInstructions"][0]["start"] == "2026-04-24"
    assert profile["careerLevels"] == [{"name": "Senior"}]
    assert len(profile["positionQualifications"][0]["positionCompetencies"]) == 7


def one(**fields):
    [entry] = FeedReader(io.BytesIO(feed_xml(good(**fields)).encode()), "f.xml")
    return to_hropen(entry.job)


@pytest.mark.parametrize(
    ("fields", "check"),
    [
        ({"Jobtype": "contract"}, lambda p: p["positionOfferingTypes"] == ["Contract"]),
        (
            {"Jobtype": "part-time, temporary"},
            lambda p: (
                p["positionScheduleTypeCodes"] == ["PartTime"]
                and p["positionOfferingTypes"] == ["Temporary"]
            ),
        ),
        ({"Workarrangement": "hybrid"}, lambda p: p["remoteWork"]["remoteWorkIndicator"] is True),
        ({"Workarrangement": "onsite"}, lambda p: p["remoteWork"]["remoteWorkIndicator"] is False),
        (
            {
                "Compensationmin": "",
                "Compensationmax": "",
                "Compensationcurrency": "",
                "Salaryrange": "Competitive",
            },
            # No figure: the text alone, in the package's descriptions.
            lambda p: p["offeredRemunerationPackage"] == {"descriptions": ["Competitive"]},
        ),
        (
            {
                "Compensationmin": "",
                "Compensationmax": "",
                "Compensationcurrency": "",
                "Salaryrange": "$25/hr",
            },
            lambda p: p["offeredRemunerationPackage"]["ranges"][0]["intervalCode"] == "Hour",
        ),
        (
            {"Location": "Austin, TX", "Country": "US"},
            lambda p: (
                p["positionLocation"][0]["city"] == "Austin"
                and p["positionLocation"][0]["countryCode"] == "US"
                and p["positionLocation"][0]["countrySubDivisions"]
                == [{"type": "Region", "value": "TX"}]
            ),
        ),
        (
            {"Applyto": "javascript:alert(1)"},
            lambda p: "applicationMethods" not in p["postingInstructions"][0],
        ),
    ],
)
def test_mappings_validate(official, fields, check):
    obj = one(**fields)
    assert_valid(official, obj)
    assert check(obj["positionProfiles"][0])
