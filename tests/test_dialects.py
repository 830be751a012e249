"""Feed dialects: each board's format is told from a feed's opening, and a
feed jobconv does not read yet is refused by name, not buried in XSD errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from converter.feed.dialects import detect, dialects, seen_in

from .conftest import FIXTURES, SHARED, requires_shared, run_cli

#: The real feeds of ../shared/feeds and the dialect each is written in (NOTICE.md there).
REAL_FEEDS = {
    "paretti-pl-indeed.xml": "indeed",
    "recruityard-indeed.xml": "indeed",
    "recruityard-jooble.xml": "jooble",
    "recruityard-careerjet.xml": "careerjet",
    "recruityard-jobrapido.xml": "jobrapido",
    "recruityard-jobatus.xml": "jobatus",
}

#: Our own minimal feeds for the dialects ../shared has no feed of.
OWN_FEEDS = {
    "linkedin": "<source><job><partnerJobId>1</partnerJobId><company>A</company>"
    "<title>Cook</title><applyUrl>https://a.example/1</applyUrl><listDate>2026-01-01"
    "</listDate></job></source>",
    "adzuna": "<jobs><job><id>1</id><title>Cook</title><salary_min>1</salary_min>"
    "<salary_max>2</salary_max><contract_time>full_time</contract_time></job></jobs>",
    "indeed": "<source><publisher>x</publisher><job><title>Cook</title><date>x</date>"
    "<referencenumber>1</referencenumber><url>u</url><company>A</company></job></source>",
}


def test_every_board_of_the_issue_is_known() -> None:
    names = {d.name for d in dialects()}
    assert {"yubhub", "indeed", "jooble", "careerjet", "jobrapido", "jobatus"} <= names
    assert {"linkedin", "ziprecruiter", "adzuna"} <= names
    assert dialects()[0].name == "yubhub" and dialects()[0].reads
    listed = run_cli("dialects").stdout.decode().splitlines()
    assert [line.split()[0] for line in listed] == [d.name for d in dialects()]


@requires_shared
@pytest.mark.parametrize(("name", "dialect"), sorted(REAL_FEEDS.items()))
def test_real_feeds_are_told_apart(name: str, dialect: str) -> None:
    path = SHARED / "feeds" / name
    found = detect(seen_in(path.read_bytes()[:262144]))
    assert found is not None and found.name == dialect
    proc = run_cli("validate", str(path))
    err = proc.stderr.decode()
    assert proc.returncode == 2 and proc.stdout == b""
    assert f"cannot read {str(path)!r}: it is a feed in the {found.title} dialect" in err
    assert "Traceback" not in err and "jobconv dialects" in err
    converted = run_cli("to-csv", str(path))
    assert converted.returncode == 2 and converted.stdout == b""


@pytest.mark.parametrize(("dialect", "xml"), sorted(OWN_FEEDS.items()))
def test_own_feeds_of_other_dialects_are_told_apart(dialect: str, xml: str) -> None:
    found = detect(seen_in(xml.encode()))
    assert found is not None and found.name == dialect


def test_yubhub_feeds_are_never_taken_for_another_dialect() -> None:
    fixtures = sorted(p for p in FIXTURES.rglob("*.xml"))
    assert len(fixtures) > 10
    for path in fixtures:
        found = detect(seen_in(path.read_bytes()[:262144]))
        assert found is None or found.name == "yubhub", path


def test_a_feed_no_dialect_fits_is_judged_by_the_xsd(tmp_path: Path) -> None:
    # A wrong root around YubHub jobs, and a job element of no known board.
    for xml in (
        "<feed><jobs><job><externalid>1</externalid><Title>t</Title></job></jobs></feed>",
        "<source><jobs><job><foo>1</foo><bar>2</bar></job></jobs></source>",
    ):
        assert detect(seen_in(xml.encode())) is None
        path = tmp_path / "feed.xml"
        path.write_text(xml)
        proc = run_cli("validate", str(path))
        assert proc.returncode == 1 and b" S001 " in proc.stdout


def test_other_feeds_in_the_same_run_are_still_checked(tmp_path: Path) -> None:
    other = tmp_path / "board.xml"
    other.write_text(OWN_FEEDS["linkedin"])
    proc = run_cli("validate", str(other), str(FIXTURES / "sample.xml"))
    assert proc.returncode == 2
    assert b"sample.xml:58:7: C001" in proc.stdout
    assert b"(1 file, 4 jobs; 1 could not be read)" in proc.stderr
