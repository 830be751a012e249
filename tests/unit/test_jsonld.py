"""JobPosting JSON-LD: Google's rules, and the real schema.org context through rdflib."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import pytest

from converter import FeedReader, build_job
from converter.feed.engines import default_schema_path
from converter.writers import to_jsonld

from ..conftest import FIXTURES, SEED, SHARED, feed_xml, good, requires_shared

CONTEXT_FILE = SHARED / "schemaorg" / "jsonldcontext.json"
JOBPOSTING_SCHEMA = json.loads(
    (default_schema_path().parent / "jobposting.schema.json").read_text()
)


def jobs_of(path: Path):
    with path.open("rb") as f:
        return [e.job for e in FeedReader(f, path.name) if e.valid]


def jsonld_of(**fields):
    [job] = [e.job for e in FeedReader(io.BytesIO(feed_xml(good(**fields)).encode()), "f")]
    return to_jsonld(job)


@pytest.fixture
def schema_org(monkeypatch):
    """rdflib with the schema.org context served from ../shared, never fetched."""
    if not CONTEXT_FILE.exists():
        pytest.skip("../shared/schemaorg is not beside this checkout")
    import rdflib
    from rdflib.plugins.shared.jsonld import context as ctx_module

    local = json.loads(CONTEXT_FILE.read_text())

    def load(url, *args, **kwargs):
        if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
            return local, url
        raise AssertionError(f"tried to fetch {url}")

    monkeypatch.setattr(ctx_module, "source_to_json", load)
    terms = set(local["@context"])
    return rdflib, terms


def assert_schema_org(obj, rdflib, terms):
    """Every key is a schema.org term, and rdflib keeps every property."""

    def keys(node):
        if isinstance(node, dict):
            for k, v in node.items():
                if not k.startswith("@"):
                    yield k
                yield from keys(v)
        elif isinstance(node, list):
            for v in node:
                yield from keys(v)

    unknown = {k for k in keys(obj) if k not in terms}
    assert not unknown, f"not schema.org terms: {unknown}"
    graph = rdflib.Graph().parse(data=json.dumps(obj), format="json-ld")
    predicates = {str(p).rsplit("/", 1)[-1] for p in graph.predicates()}
    assert set(keys(obj)) <= predicates, set(keys(obj)) - predicates


@requires_shared
def test_seed_posting(schema_org):
    [job] = jobs_of(SEED)
    obj = to_jsonld(job)
    assert obj["@context"] == "https://schema.org" and obj["@type"] == "JobPosting"
    assert obj["title"] == "Machine Learning Engineer"
    assert obj["hiringOrganization"]["name"] == "Spotify"
    assert obj["hiringOrganization"]["sameAs"] == "https://www.spotify.com"
    assert obj["hiringOrganization"]["logo"] == "https://logos.yubhub.co/spotify.com.png"
    assert obj["datePosted"] == "2026-04-24"
    assert obj["employmentType"] == "FULL_TIME"
    assert obj["jobLocationType"] == "TELECOMMUTE"
    # "North America": the countries of CLDR's Northern America (021), as Google
    # places a TELECOMMUTE job by Country.
    assert obj["applicantLocationRequirements"] == [
        {"@type": "Country", "name": code} for code in ("BM", "CA", "GL", "PM", "US")
    ]
    assert "jobLocation" not in obj
    assert obj["baseSalary"] == {
        "@type": "MonetaryAmount",
        "currency": "USD",
        "value": {
            "@type": "QuantitativeValue",
            "minValue": 148901,
            "maxValue": 212716,
            "unitText": "YEAR",
        },
    }
    assert obj["identifier"] == {
        "@type": "PropertyValue",
        "name": "Spotify",
        "value": "30a82a9b-374",
    }
    assert obj["url"].startswith("https://jobs.lever.co/spotify/")
    jsonschema.Draft202012Validator(JOBPOSTING_SCHEMA).validate(obj)
    assert_schema_org(obj, *schema_org)


@requires_shared
def test_vendor_credit_is_not_part_of_the_description():
    [job] = jobs_of(SEED)
    assert "scraping automation" in job.source.raw["Description"]
    obj = to_jsonld(job)
    assert "scraping automation" not in obj["description"]
    assert "yubhub" not in obj["description"].lower()
    assert obj["description"].startswith("<p>The Personalization team")
    assert obj["description"].endswith("</ul>")


def test_credit_like_text_without_the_vendor_link_stays():
    html = "<p>Work.</p><p>XML job scraping automation by <a href='https://x.example'>us</a></p>"
    assert build_job({"Description": html}).description == html


@pytest.mark.parametrize("path", sorted(FIXTURES.rglob("*.xml")), ids=lambda p: p.name)
def test_every_fixture_job_is_schema_org_and_passes_the_schema(path, schema_org):
    for job in jobs_of(path) if path.parent.name != "invalid" else []:
        obj = to_jsonld(job)
        assert_schema_org(obj, *schema_org)
        if job.employer.name and job.date_posted:
            jsonschema.Draft202012Validator(JOBPOSTING_SCHEMA).validate(obj)


def test_hybrid_and_onsite_are_never_telecommute():
    for arrangement in ("hybrid", "onsite", "sometimes"):
        obj = jsonld_of(Workarrangement=arrangement, Location="Austin, TX", Country="US")
        assert "jobLocationType" not in obj
        assert obj["jobLocation"]["address"] == {
            "@type": "PostalAddress",
            "addressLocality": "Austin",
            "addressRegion": "TX",
            "addressCountry": "US",
        }


def test_remote_with_a_country_names_the_country():
    obj = jsonld_of(Workarrangement="remote", Country="Germany", Location="Remote")
    assert obj["jobLocationType"] == "TELECOMMUTE"
    assert obj["applicantLocationRequirements"] == {"@type": "Country", "name": "DE"}


def test_no_figure_no_base_salary():
    obj = jsonld_of(
        Compensationmin="", Compensationmax="", Compensationcurrency="", Salaryrange="Competitive"
    )
    assert "baseSalary" not in obj
    obj = jsonld_of(
        Compensationmin="", Compensationmax="", Compensationcurrency="", Salaryrange="45,000"
    )  # a figure but no currency
    assert "baseSalary" not in obj


def test_hourly_contract_and_euro_range():
    obj = jsonld_of(
        Compensationmin="",
        Compensationmax="",
        Compensationcurrency="",
        Salaryrange="$55 - $70 an hour",
        Jobtype="contract",
    )
    assert obj["employmentType"] == "CONTRACTOR"
    assert obj["baseSalary"]["value"] == {
        "@type": "QuantitativeValue",
        "minValue": 55,
        "maxValue": 70,
        "unitText": "HOUR",
    }
    obj = jsonld_of(
        Compensationmin="",
        Compensationmax="",
        Compensationcurrency="",
        Salaryrange="€70.000 – €85.000",
    )
    assert obj["baseSalary"]["currency"] == "EUR"
    assert (obj["baseSalary"]["value"]["minValue"], obj["baseSalary"]["value"]["maxValue"]) == (
        70000,
        85000,
    )


def test_single_figure_uses_value_and_decimals_stay_numbers():
    obj = jsonld_of(
        Compensationmin="21.50", Compensationmax="21.50", Compensationcurrency="USD", Salaryrange=""
    )
    assert obj["baseSalary"]["value"] == {
        "@type": "QuantitativeValue",
        "value": 21.5,
        "unitText": "HOUR",
    }
    # Compensationmin alone is a minimum, not an exact figure.
    obj = jsonld_of(
        Compensationmin="21.50", Compensationmax="", Compensationcurrency="USD", Salaryrange=""
    )
    assert obj["baseSalary"]["value"] == {
        "@type": "QuantitativeValue",
        "minValue": 21.5,
        "unitText": "HOUR",
    }


def test_several_employment_types_and_unknown_ones_dropped():
    assert jsonld_of(Jobtype="Full-time, Contract")["employmentType"] == ["FULL_TIME", "CONTRACTOR"]
    assert "employmentType" not in jsonld_of(Jobtype="gig")


def test_only_http_urls_are_emitted():
    obj = jsonld_of(
        Applyto="javascript:alert(1)",
        Employerwebsite="data:text/html,x",
        Employerlogo="ftp://logo.example/x.png",
    )
    assert "url" not in obj
    assert set(obj["hiringOrganization"]) == {"@type", "name", "description"}


def test_the_rejected_canonical_example_fails_the_project_schema():
    example = SHARED / "schemaorg" / "examples" / "eg-0028-JobPosting.json"
    if not example.exists():
        pytest.skip("../shared/schemaorg is not beside this checkout")
    errors = list(
        jsonschema.Draft202012Validator(JOBPOSTING_SCHEMA).iter_errors(
            json.loads(example.read_text())
        )
    )
    messages = " ".join(e.message for e in errors)
    assert "hiringOrganization" in messages
