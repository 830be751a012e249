"""The YubHub XSD, through both engines, and their agreement."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import xmlschema

from converter import FeedError, FeedReader, load_engine
from converter.feed.engines import default_schema_path

from ..conftest import FIXTURES, SEED, feed_xml, good, requires_shared

FEEDS = sorted(FIXTURES.rglob("*.xml"))


def test_xsd_is_xsd_1_0_and_compiles_in_both_engines():
    schema = xmlschema.XMLSchema10(str(default_schema_path()))
    assert {"source", "jobs", "job"} <= set(schema.elements)
    load_engine("lxml")
    load_engine("xmlschema")


@requires_shared
def test_seed_validates_with_xmlschema():
    schema = xmlschema.XMLSchema10(str(default_schema_path()))
    assert schema.is_valid(str(SEED))


def _is_valid(**fields) -> bool:
    schema = xmlschema.XMLSchema10(str(default_schema_path()))
    return schema.is_valid(io.StringIO(feed_xml(good(**fields))))


@pytest.mark.parametrize(
    ("fields", "valid"),
    [
        ({}, True),
        ({"Postedate": ""}, True),
        ({"Postedate": "  "}, True),
        ({"Postedate": "2026-04-24Z"}, True),
        ({"Postedate": "24/04/2026"}, False),
        ({"Compensationmin": ""}, True),
        ({"Compensationmin": "12.50"}, True),
        ({"Compensationmin": "lots"}, False),
        ({"Compensationmin": "148,901"}, False),
        ({"Compensationcurrency": ""}, True),
        ({"Compensationcurrency": "usd"}, False),
        ({"Compensationcurrency": "USDX"}, False),
        ({"Country": ""}, True),
        ({"Jobtype": "anything at all"}, True),
        ({"Employerwebsite": ""}, True),
        ({"Title": None}, False),
        ({"externalid": None}, False),
        ({"externalid": "  "}, False),
        ({"Description": None}, False),
        ({"Applyto": None}, False),
        ({"Salaryrange": None, "Skills": None, "Postedate": None}, True),
        ({"Bonus": "yes"}, False),
    ],
)
def test_xsd_types(fields, valid):
    assert _is_valid(**fields) is valid


def test_job_elements_in_any_order():
    shuffled = dict(reversed(list(good().items())))
    schema = xmlschema.XMLSchema10(str(default_schema_path()))
    assert schema.is_valid(io.StringIO(feed_xml(shuffled)))


def test_repeated_element_is_invalid():
    text = feed_xml(good()).replace("<Country>", "<Country>X</Country><Country>", 1)
    schema = xmlschema.XMLSchema10(str(default_schema_path()))
    assert not schema.is_valid(io.StringIO(text))


def _verdicts(path: Path, engine_name: str):
    """Per job: valid or not; then the feed outside jobs; then a read error code."""
    engine = load_engine(engine_name)
    with path.open("rb") as f:
        reader = FeedReader(f, path.name, engine)
        jobs = []
        try:
            for entry in reader:
                jobs.append((entry.job.external_id, entry.valid))
        except FeedError as exc:
            return jobs, None, exc.diagnostic.code
        return jobs, not reader.feed_diagnostics, None


@pytest.mark.parametrize("path", FEEDS, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_engines_agree_on_every_job(path):
    assert _verdicts(path, "lxml") == _verdicts(path, "xmlschema")


@requires_shared
def test_engines_agree_on_the_seed():
    assert (
        _verdicts(SEED, "lxml")
        == _verdicts(SEED, "xmlschema")
        == (
            [("30a82a9b-374", True)],
            True,
            None,
        )
    )


def test_engines_agree_on_variants(tmp_path):
    variants = [
        good(**{"externalid": f"v{i}", **change})
        for i, change in enumerate(
            [
                {},
                {"Title": None},
                {"Compensationmin": "lots"},
                {"Bonus": "x"},
                {"Title": None, "Compensationmin": "lots", "Bonus": "x"},
                {"Postedate": "2026-13-01"},
                {"Compensationcurrency": "eur"},
                {"Applyto": None},
                {"externalid": ""},
                {"Country": ""},
            ]
        )
    ]
    path = tmp_path / "variants.xml"
    path.write_text(feed_xml(*variants))
    lxml_verdict = _verdicts(path, "lxml")
    assert lxml_verdict == _verdicts(path, "xmlschema")
    assert [ok for _, ok in lxml_verdict[0]] == [
        True,
        False,
        False,
        False,
        False,
        False,
        False,
        False,
        False,
        True,
    ]


def test_every_problem_of_a_job_is_reported_in_both_engines():
    text = feed_xml(good(Title=None, Compensationmin="lots", Bonus="yes"))
    for name in ("lxml", "xmlschema"):
        [entry] = FeedReader(io.BytesIO(text.encode()), "f.xml", load_engine(name))
        fields = sorted((d.field or "job") for d in entry.diagnostics)
        assert fields == ["Bonus", "Compensationmin", "job"], name
        assert any("Title" in d.message for d in entry.diagnostics if d.field is None), name
