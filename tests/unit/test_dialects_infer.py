# ruff: noqa: E501  (feeds and expected rows read best one job to a line)
"""``jobconv dialects infer FEED``: a draft dialect that reads feeds of
common shapes correctly as it is, its guesses commented."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
import yaml

from ..conftest import SHARED, requires_shared, run_cli

SHAPES = {
    # attributes for the id and the apply link, a country's name
    "acme": """<?xml version="1.0"?>
<openings>
  <opening ref="a1"><position>Cook</position><summary>Cook lunch.</summary>
    <employer>Acme</employer><apply href="https://acme.example/a1"/><town>Leeds</town>
    <nation>United Kingdom</nation><posted>2026-05-01</posted></opening>
  <opening ref="a2"><position>Baker</position><summary>Bake bread.</summary>
    <employer>Acme</employer><apply href="https://acme.example/a2"/><town>York</town>
    <nation>United Kingdom</nation><posted>2026-05-02</posted></opening>
</openings>
""",
    # German element names, dates as DD.MM.YYYY
    "stellen": """<?xml version="1.0" encoding="UTF-8"?>
<stellenangebote>
  <stelle><stellenid>s-1</stellenid><titel>Koch</titel><firma>Gasthaus Adler</firma>
    <ort>Berlin</ort><land>DE</land><datum>01.05.2026</datum>
    <bewerbungslink>https://adler.example/s-1</bewerbungslink><beschreibung>Kochen.</beschreibung></stelle>
  <stelle><stellenid>s-2</stellenid><titel>Kellner</titel><firma>Gasthaus Adler</firma>
    <ort>Berlin</ort><land>DE</land><datum>02.05.2026</datum>
    <bewerbungslink>https://adler.example/s-2</bewerbungslink><beschreibung>Servieren.</beschreibung></stelle>
</stellenangebote>
""",
    # a nested place, a database DATETIME, no id at all
    "vacancies": """<?xml version="1.0"?>
<export><vacancies>
  <vacancy><jobtitle>Welder</jobtitle><companyname>Steelworks</companyname>
    <location><city>Opole</city><country>PL</country></location>
    <apply_url>https://steel.example/1</apply_url><date_posted>2026-05-01</date_posted>
    <description>Weld.</description></vacancy>
  <vacancy><jobtitle>Fitter</jobtitle><companyname>Steelworks</companyname>
    <location><city>Opole</city><country>PL</country></location>
    <apply_url>https://steel.example/2</apply_url><date_posted>2026-05-03</date_posted>
    <description>Fit.</description></vacancy>
</vacancies></export>
""",
    # a default namespace on every element
    "namespaced": """<?xml version="1.0"?>
<careers xmlns="https://careers.example/ns">
  <posting><id>n-1</id><title>Nurse</title><employer>Clinic</employer>
    <url>https://clinic.example/n-1</url><city>Porto</city><country>PT</country>
    <published>2026-05-01</published></posting>
  <posting><id>n-2</id><title>Porter</title><employer>Clinic</employer>
    <url>https://clinic.example/n-2</url><city>Porto</city><country>PT</country>
    <published>2026-05-04</published></posting>
</careers>
""",
    # names that tell nothing: placed by content (URLs, dates, countries)
    "by-content": """<?xml version="1.0"?>
<list>
  <row><a>r-1</a><b>Driver</b><c>https://fleet.example/r-1</c><d>2026-05-01</d><e>FR</e><f>Fleet Co</f></row>
  <row><a>r-2</a><b>Mechanic</b><c>https://fleet.example/r-2</c><d>2026-05-02</d><e>FR</e><f>Fleet Co</f></row>
</list>
""",
    # neuvoo's publisher feed (Bilal-Khan15/refringo, jobfeed.xml): a town and its
    # state, CDATA everywhere, a logo URL with the employer's name (and spaces) in it
    "neuvoo": """<?xml version="1.0" encoding="UTF-8"?><jobs>
<job>
 <jobid><![CDATA[0088c6]]></jobid><title><![CDATA[Kasjer]]></title><category><![CDATA[]]></category>
 <city><![CDATA[Warsaw]]></city><state><![CDATA[Masovian Voivodeship]]></state><country><![CDATA[PL]]></country>
 <description><![CDATA[<p>Obsługa klienta.</p>]]></description>
 <url><![CDATA[https://neuvoo.example/job.php?id=0088c6&source=x]]></url><date><![CDATA[2020-03-17T01:57:18Z]]></date>
 <cpc>0.05</cpc><currency>EUR</currency><logo>https://neuvoo.example/logo.png?empname=Cedo Sp. z o.o.</logo>
 <company><![CDATA[Cedo Sp. z o.o.]]></company>
</job>
<job>
 <jobid><![CDATA[013be0]]></jobid><title><![CDATA[Magazynier]]></title><category><![CDATA[]]></category>
 <city><![CDATA[Kraków]]></city><state><![CDATA[Lesser Poland]]></state><country><![CDATA[PL]]></country>
 <description><![CDATA[<p>Praca w magazynie.</p>]]></description>
 <url><![CDATA[https://neuvoo.example/job.php?id=013be0&source=x]]></url><date><![CDATA[2020-03-20T08:00:00Z]]></date>
 <cpc>0.05</cpc><currency>EUR</currency><logo>https://neuvoo.example/logo.png?empname=Delikatesy</logo>
 <company><![CDATA[Delikatesy]]></company>
</job>
</jobs>
""",
    # a JobAdder export (petersiva/madsource, jobfeed.xml): the id and dates as
    # attributes (two dates: posted and updated), the apply link nested
    "jobadder": """<?xml version="1.0" encoding="utf-8"?>
<Jobs>
  <Job jid="998046" reference="CP-1" datePosted="2020-02-21T08:30:49Z" dateUpdated="2020-02-24T01:00:00Z">
    <Title>Site Manager</Title><Summary>Lead the site.</Summary><Description>Run a fabrication site.</Description>
    <Apply><EmailTo>jobs@crest.example</EmailTo><Url>https://crest.example/apply/1</Url></Apply>
  </Job>
  <Job jid="998047" reference="CP-2" datePosted="2020-02-18T03:39:12Z" dateUpdated="2020-02-19T01:00:00Z">
    <Title>Welder</Title><Summary>Weld.</Summary><Description>Weld pipes on site.</Description>
    <Apply><EmailTo>jobs@crest.example</EmailTo><Url>https://crest.example/apply/2</Url></Apply>
  </Job>
</Jobs>
""",
}

#: What each shape's first job must convert to (CSV columns).
FIRST = {
    "acme": {"id": "a1", "title": "Cook", "employer": "Acme", "apply_url": "https://acme.example/a1", "country": "GB", "date_posted": "2026-05-01"},
    "stellen": {"id": "s-1", "title": "Koch", "employer": "Gasthaus Adler", "apply_url": "https://adler.example/s-1", "country": "DE", "date_posted": "2026-05-01"},
    "vacancies": {"title": "Welder", "employer": "Steelworks", "apply_url": "https://steel.example/1", "country": "PL", "locality": "Opole", "date_posted": "2026-05-01"},
    "namespaced": {"id": "n-1", "title": "Nurse", "employer": "Clinic", "apply_url": "https://clinic.example/n-1", "country": "PT", "date_posted": "2026-05-01"},
    "by-content": {"apply_url": "https://fleet.example/r-1", "country": "FR", "date_posted": "2026-05-01"},
    "neuvoo": {"id": "0088c6", "title": "Kasjer", "employer": "Cedo Sp. z o.o.", "locality": "Warsaw", "region": "Masovian Voivodeship", "country": "PL", "employer_logo": "https://neuvoo.example/logo.png?empname=Cedo%20Sp.%20z%20o.o.", "date_posted": "2020-03-17"},
    "jobadder": {"id": "CP-1", "title": "Site Manager", "apply_url": "https://crest.example/apply/1", "date_posted": "2020-02-21", "salary_text": ""},
}  # fmt: skip


def _infer(tmp_path: Path, feed: Path) -> Path:
    proc = run_cli("dialects", "infer", str(feed))
    assert proc.returncode == 0, proc.stderr
    dialect = tmp_path / f"{feed.stem}.yaml"
    dialect.write_bytes(proc.stdout)
    return dialect


@pytest.mark.parametrize("shape", SHAPES)
def test_the_draft_reads_its_feed_as_it_is(tmp_path: Path, shape: str) -> None:
    feed = tmp_path / f"{shape}.xml"
    feed.write_text(SHAPES[shape])
    dialect = _infer(tmp_path, feed)
    proc = run_cli("to-csv", "--dialect", str(dialect), str(feed))
    assert proc.returncode == 0, proc.stderr.decode() + dialect.read_text()
    rows = list(csv.DictReader(io.StringIO(proc.stdout.decode())))
    assert len(rows) == 2
    assert {k: rows[0][k] for k in FIRST[shape]} == FIRST[shape], dialect.read_text()
    assert f"read as {shape}, 2 jobs" in proc.stderr.decode()


def test_each_guess_says_why_and_what_is_unplaced_is_listed(tmp_path: Path) -> None:
    feed = tmp_path / "acme.xml"
    feed.write_text(SHAPES["acme"].replace("<town>Leeds</town>", "<town>Leeds</town><fax>1</fax>"))
    text = _infer(tmp_path, feed).read_text()
    assert (
        "  Title: {from: position, transform: [unescape]}  # named 'position', a name for Title"
        in text
    )
    assert "#   fax: '1'" in text
    data = yaml.safe_load(text)
    assert data["job"] == ["openings", "opening"] and data["fields"]["externalid"] == "@ref"


def test_a_feed_with_no_job_like_element_is_exit_2(tmp_path: Path) -> None:
    feed = tmp_path / "x.xml"
    feed.write_text("<a><b>1</b></a>\n")
    proc = run_cli("dialects", "infer", str(feed))
    assert proc.returncode == 2
    assert b"cannot infer a dialect" in proc.stderr and b"Traceback" not in proc.stderr


@requires_shared
def test_the_wakam_rss_draft_names_where_the_feed_breaks(tmp_path: Path) -> None:
    feed = SHARED / "feeds" / "wakam-greenhouse-rss.xml"
    text = _infer(tmp_path, feed).read_text()
    data = yaml.safe_load(text)
    assert data["job"] == ["rss", "jobs", "job"]
    assert data["fields"]["Applyto"] == "url" and data["fields"]["externalid"] == "id"
    assert "# Note: the feed breaks at line 383" in text
