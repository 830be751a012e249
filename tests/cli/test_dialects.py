"""Feed dialects: each board's format is told from a feed's opening and read
by its own mapping; a feed no dialect fits is refused by name (exit 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from converter.feed.detect import detect, of_head, seen_in
from converter.feed.dialects import by_name, dialects

from ..conftest import FIXTURES, REAL_FEEDS, SHARED, requires_shared, run_cli

#: Our own minimal feeds, one per dialect ../shared has no feed of (and Indeed's header).
OWN_FEEDS = {
    "linkedin": "<source><job><partnerJobId>1</partnerJobId><company>A</company>"
    "<title>Cook</title><applyUrl>https://a.example/1</applyUrl><listDate>2026-01-01"
    "</listDate></job></source>",
    "adzuna": "<jobs><job><id>1</id><title>Cook</title><salary_min>1</salary_min>"
    "<salary_max>2</salary_max><contract_time>full_time</contract_time></job></jobs>",
    "indeed": "<source><publisher>x</publisher><job><title>Cook</title><date>2026-01-01</date>"
    "<referencenumber>1</referencenumber><url>https://a.example/1</url><company>A</company>"
    "<city>Austin</city><state>TX</state><country>US</country>"
    "<description><![CDATA[<p>Cook for us.</p>]]></description></job></source>",
}


def test_every_board_is_known_and_listed() -> None:
    names = [d.name for d in dialects()]
    assert names[0] == "yubhub"
    assert {"indeed", "jooble", "careerjet", "jobrapido", "jobatus"} <= set(names)
    assert {"linkedin", "ziprecruiter", "adzuna"} <= set(names)
    for d in dialects():
        assert d.schema_path.is_file(), d.name  # one XSD per dialect, beside its YAML
    listed = run_cli("dialects").stdout.decode().splitlines()
    assert [line.split()[0] for line in listed] == names
    rows = json.loads(run_cli("dialects", "--format", "json").stdout)
    indeed = next(r for r in rows if r["name"] == "indeed")
    assert indeed["root"] == "source" and indeed["job"] == "source/job"
    assert indeed["id"] == "referencenumber" and indeed["spec"].startswith("https://")
    assert next(r for r in rows if r["name"] == "jobatus")["id"] == "none, made up"


@requires_shared
@pytest.mark.parametrize(("name", "dialect"), sorted(REAL_FEEDS.items()))
def test_real_feeds_are_told_apart(name: str, dialect: str) -> None:
    path = SHARED / "feeds" / name
    found = detect(seen_in(path.read_bytes()[:262144]))
    assert found is not None and found.name == dialect


@pytest.mark.parametrize(("dialect", "xml"), sorted(OWN_FEEDS.items()))
def test_own_feeds_of_other_dialects_are_told_apart(dialect: str, xml: str) -> None:
    found = detect(seen_in(xml.encode()))
    assert found is not None and found.name == dialect


def test_a_feed_labelled_for_one_board_in_anothers_shape_is_read_by_the_shape() -> None:
    # ZipRecruiter takes Indeed's element names: such a feed is read by the indeed mapping.
    xml = (
        "<source><publisher>ZipRecruiter</publisher><job><title>Cook</title>"
        "<referencenumber>1</referencenumber><url>https://a.example/1</url><company>A</company>"
        "<city>Austin</city><state>TX</state><country>US</country><date>2026-01-01</date>"
        "<description>d</description></job></source>"
    )
    assert detect(seen_in(xml.encode())).name == "indeed"
    # A YubHub job with lower-case children is Jobrapido's, at the same path.
    rapido = (
        "<source><jobs><job><reference_id>1</reference_id><title>t</title></job></jobs></source>"
    )
    assert detect(seen_in(rapido.encode())).name == "jobrapido"


def test_yubhub_feeds_are_never_taken_for_another_dialect() -> None:
    fixtures = sorted(p for p in FIXTURES.rglob("*.xml"))
    assert len(fixtures) > 10
    for path in fixtures:
        found = detect(seen_in(path.read_bytes()[:262144]))
        if path.name == "wrong-root.xml":  # <feed>: no board's root
            assert found is None
            continue
        assert found is not None and found.name == "yubhub", path


@pytest.mark.parametrize(
    "xml",
    [
        "<source></source>",
        "<source/>",
        "<jobs></jobs>",  # YubHub, Jooble, Careerjet and Adzuna share this root
        "<source><jobs></jobs></source>",
    ],
)
def test_a_feed_with_no_jobs_whose_root_fits_several_is_read_as_yubhub(xml: str) -> None:
    assert detect(seen_in(xml.encode())).name == "yubhub"


def test_a_job_element_of_no_known_board_is_judged_by_the_yubhub_xsd(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text("<source><jobs><job><foo>1</foo><bar>2</bar></job></jobs></source>")
    proc = run_cli("validate", str(path))
    assert proc.returncode == 1 and b" S001 " in proc.stdout


@pytest.mark.parametrize(
    ("xml", "seen"),
    [
        ("<urlset><url><loc>https://x.example/</loc></url></urlset>", "root <urlset>"),
        (
            "<feed><jobs><job><externalid>1</externalid></job></jobs></feed>",
            "<feed><jobs><job> with externalid",
        ),
    ],
)
def test_a_feed_no_dialect_fits_exits_2_naming_the_dialects(
    tmp_path: Path, xml: str, seen: str
) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(xml)
    for command in ("validate", "to-csv", "to-jsonld"):
        proc = run_cli(command, str(path))
        err = proc.stderr.decode()
        assert proc.returncode == 2 and proc.stdout == b"", (command, err)
        assert "fits no feed dialect jobconv knows" in err and seen in err
        assert "indeed <source><job>" in err and "jobatus <jobatus><ad>" in err
        assert "Traceback" not in err


def test_other_feeds_in_the_same_run_are_still_checked(tmp_path: Path) -> None:
    other = tmp_path / "other.xml"
    other.write_text("<urlset><url/></urlset>")
    proc = run_cli("validate", str(other), str(FIXTURES / "sample.xml"))
    assert proc.returncode == 2
    assert b"sample.xml:58:7: C001" in proc.stdout
    assert b"(1 file read as yubhub, 4 jobs; 1 could not be read)" in proc.stderr


def test_dialect_option_reads_every_feed_in_that_dialect(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(OWN_FEEDS["indeed"])
    # As Indeed: the structure passes; as YubHub: the root's content is wrong.
    assert b" S001 " not in run_cli("validate", "--dialect", "indeed", str(path)).stdout
    forced = run_cli("validate", "--dialect", "yubhub", str(path))
    assert forced.returncode == 1 and b" S001 " in forced.stdout
    bad = run_cli("validate", "--dialect", "monster", str(path))
    assert bad.returncode == 2 and b"monster" in bad.stderr and b"indeed" in bad.stderr


def test_dialect_configuration_key(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(OWN_FEEDS["indeed"])
    (tmp_path / ".jobconv.yaml").write_text("dialect: yubhub\n")
    proc = run_cli("validate", "feed.xml", cwd=tmp_path)
    assert proc.returncode == 1 and b" S001 " in proc.stdout  # read as YubHub, as configured
    (tmp_path / ".jobconv.yaml").write_text("dialect: monster\n")
    proc = run_cli("validate", "feed.xml", cwd=tmp_path)
    assert proc.returncode == 2 and b"unknown dialect 'monster'" in proc.stderr


def test_standard_input_is_sniffed_too() -> None:
    proc = run_cli("validate", "--select", "S,X", "-", stdin=OWN_FEEDS["indeed"].encode())
    assert proc.returncode == 0, proc.stdout
    refused = run_cli("validate", "-", stdin=b"<urlset><url/></urlset>")
    assert refused.returncode == 2 and b"<stdin>" in refused.stderr


def test_of_head_honours_an_explicit_choice() -> None:
    assert of_head(b"<rss/>", "x", "indeed") is by_name("indeed")
    assert of_head(b"", "x").name == "yubhub"  # empty: the reader reports it (X001)
    assert of_head(b"not xml at all", "x").name == "yubhub"


# -- shapes that fooled an earlier detection (a review's findings) -------------

LINKEDIN_MINIMAL = (
    "<source><job><partnerJobId>LI-1</partnerJobId><company>ACME</company>"
    "<title>Data Engineer</title><description>" + "Build pipelines. " * 8 + "</description>"
    "<applyUrl>https://a.example/1</applyUrl><location>London, United Kingdom</location>"
    "<country>GB</country><listDate>2026-10-01</listDate></job></source>"
)
CAREERJET_MINIMAL = (
    "<jobs><job><id>1</id><title>Cook</title><url>https://a.example/1</url>"
    "<company>A</company><location><city>Porto</city><country>PT</country></location>"
    "<description>Cook.</description><salary>1000</salary></job></jobs>"
)
INDEED_NO_URL = (
    "<source><job><title>Cook</title><date>2026-01-01</date><referencenumber>1"
    "</referencenumber><company>A</company><city>Austin</city><state>TX</state>"
    "<country>US</country><description>d</description><category>Food</category>"
    "<salary>$20 an hour</salary><jobtype>fulltime</jobtype></job></source>"
)


@pytest.mark.parametrize(
    ("xml", "dialect"),
    [
        (LINKEDIN_MINIMAL, "linkedin"),  # mostly Indeed's common names, LinkedIn's ids
        (CAREERJET_MINIMAL, "careerjet"),  # no signature element; nested location
        (INDEED_NO_URL, "indeed"),  # <category> and no <url>: still not ZipRecruiter
        ("<source><publisher>X</publisher></source>", "indeed"),  # a header, no jobs
    ],
)
def test_the_dialect_whose_xsd_fits_the_first_job_wins(xml: str, dialect: str) -> None:
    assert detect(seen_in(xml.encode())).name == dialect


def test_a_minimal_linkedin_feed_passes(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(LINKEDIN_MINIMAL)
    proc = run_cli("validate", "--select", "S,X", str(path))
    assert proc.returncode == 0, proc.stdout


def test_pipes_and_dev_stdin_are_told_from_the_stream(tmp_path: Path) -> None:
    # A process: /dev/stdin is the process's own file descriptor 0.
    feed = OWN_FEEDS["indeed"].encode()
    proc = run_cli("validate", "--select", "S,X", "/dev/stdin", stdin=feed, process=True)
    assert proc.returncode == 0, proc.stdout


def test_a_header_element_after_the_jobs_is_a_stray(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(
        OWN_FEEDS["indeed"].replace("</source>", "\n<publisher>late</publisher></source>")
    )
    proc = run_cli("validate", str(path))
    assert proc.returncode == 1
    assert b"feed.xml:2:1: S001 [error] Element 'publisher': This element is not expected" in (
        proc.stdout
    )
