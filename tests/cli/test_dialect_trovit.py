"""Trovit's jobs feed (``<trovit><ad>``), added as a dialect with nothing but
``schemas/dialects/trovit.yaml``, ``schemas/dialects/trovit.xsd`` and this file:
it is listed, told from a feed's opening (and from Jobatus, whose ``<ad>`` it
shares), read into the model, judged by the lint rules at the feed's own
elements, held to Trovit's spec by its XSD, and written back (``convert --to
trovit``) valid, readable and the same whatever the number of processes."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
import xmlschema
from lxml import etree

from converter import Pipeline, Rendering
from converter.feed.detect import detect, of_path, seen_in
from converter.feed.dialects import by_name
from converter.feed.reader import FeedReader
from converter.feed.segments import plan
from converter.model import Job, SalaryPeriod, WorkArrangement
from converter.writers.boards import city_region

from ..conftest import FIXTURES, feed_xml, good, run_cli

SAMPLE = FIXTURES / "sample.xml"
XSD = by_name("trovit").schema_path
#: After the feed's posting dates, before its one future expiry.
TODAY = date(2026, 6, 1)

#: A Trovit feed written from Trovit's guide: the first ad fills every field
#: jobconv reads (CDATA, as the guide asks), the second says it is remote and
#: expired long ago, the third repeats the first's id and has an empty company.
FEED = """\
<?xml version="1.0" encoding="UTF-8"?>
<trovit>
  <ad>
    <id><![CDATA[tv-1]]></id>
    <url><![CDATA[https://empleo.example.com/ofertas/1]]></url>
    <mobile_url><![CDATA[https://m.empleo.example.com/ofertas/1]]></mobile_url>
    <title><![CDATA[Cocinero de línea &amp; plancha]]></title>
    <content><![CDATA[<p>Cocina para un bistró con mucho movimiento en el centro.</p>]]></content>
    <company><![CDATA[El Caldero]]></company>
    <city><![CDATA[Madrid]]></city>
    <city_area><![CDATA[Centro]]></city_area>
    <region><![CDATA[Comunidad de Madrid]]></region>
    <postcode>28013</postcode>
    <country><![CDATA[España]]></country>
    <salary><![CDATA[EUR 24000 - 28000 per year]]></salary>
    <salary_numeric>26000</salary_numeric>
    <working_hours><![CDATA[Jornada completa]]></working_hours>
    <contract><![CDATA[Indefinido]]></contract>
    <experience><![CDATA[2 años]]></experience>
    <category><![CDATA[Hostelería]]></category>
    <date><![CDATA[04/03/2026]]></date>
    <time><![CDATA[10:30]]></time>
    <expiration_date><![CDATA[31/12/2099]]></expiration_date>
    <telecommute><![CDATA[no]]></telecommute>
  </ad>
  <ad>
    <id>tv-2</id>
    <url>https://empleo.example.com/ofertas/2</url>
    <title>Camarero</title>
    <content><![CDATA[<p>Atiende las mesas de la terraza en temporada de verano.</p>]]></content>
    <company>Terraza Sur</company>
    <city>Sevilla</city>
    <country>ES</country>
    <salary>EUR 1500 per month</salary>
    <contract>Temporary</contract>
    <date>01/02/2026</date>
    <expiration_date>01/01/2020</expiration_date>
    <telecommute>yes</telecommute>
  </ad>
  <ad>
    <id>tv-1</id>
    <url>https://empleo.example.com/ofertas/3</url>
    <title>Friegaplatos</title>
    <content><![CDATA[<p>Friega y ordena la cocina en el turno de noche.</p>]]></content>
    <company></company>
    <city>Madrid</city>
    <country>ES</country>
    <salary>EUR 1300 per month</salary>
    <date>05/03/2026</date>
  </ad>
</trovit>
"""


def where(text: str, needle: str, nth: int = 1) -> tuple[int, int]:
    """The 1-based line and column of the ``nth`` occurrence of ``needle``."""
    found = 0
    for number, line in enumerate(text.splitlines(), 1):
        column = line.find(needle)
        if column >= 0:
            found += 1
            if found == nth:
                return number, column + 1
    raise AssertionError(f"{needle!r} occurs fewer than {nth} times")


@pytest.fixture
def feed(tmp_path: Path) -> Path:
    path = tmp_path / "trovit.xml"
    path.write_text(FEED, encoding="utf-8")
    return path


def read(path: Path) -> list[Job]:
    dialect = of_path(str(path))
    with path.open("rb") as f:
        return [e.job for e in FeedReader(f, path.name, dialect=dialect)]


def pay(job: Job) -> tuple | None:
    s = job.salary
    return None if s is None else (s.currency, s.minimum, s.maximum, s.period)


# -- the dialect ----------------------------------------------------------------


def test_jobconv_dialects_lists_trovit() -> None:
    proc = run_cli("dialects")
    assert proc.returncode == 0, proc.stderr
    [line] = [row for row in proc.stdout.decode().splitlines() if row.split()[0] == "trovit"]
    assert "trovit/ad" in line and "id: id " in line and "date: date " in line
    rows = json.loads(run_cli("dialects", "--format", "json").stdout)
    trovit = next(r for r in rows if r["name"] == "trovit")
    assert trovit == {
        "name": "trovit",
        "title": "Trovit",
        "root": "trovit",
        "job": "trovit/ad",
        "id": "id",
        "date": "date",
        "schema": "trovit.xsd",
        "spec": "http://about.trovit.com/trovit-feeds/feed-jobs/",
    }
    assert XSD.is_file() and XSD.parent.name == "dialects"
    assert "trovit" in run_cli("convert", "--help").stdout.decode()  # a target too


def test_the_yaml_reads_yes_and_no_as_words() -> None:
    dialect = by_name("trovit")
    telecommute = dialect.source("Workarrangement")
    assert telecommute is not None and telecommute.paths == ("telecommute",)
    assert telecommute.values["yes"] == "remote" and telecommute.values["no"] == ""
    assert dialect.write is not None and dialect.write.date == "dd/mm/yyyy"
    assert dialect.write.values["Workarrangement"] == {"remote": "yes", "onsite": "no"}
    assert dialect.write.values["Jobtype"]["FULL_TIME"] == "full time"
    assert not dialect.make_id  # Trovit requires an id: none is made up


# -- detection ------------------------------------------------------------------


def test_a_trovit_feed_is_told_as_trovit(feed: Path) -> None:
    assert detect(seen_in(FEED.encode())).name == "trovit"
    assert of_path(str(feed)).name == "trovit"
    # A minimal ad, and an ad with Jobatus' eight children: the root decides.
    bare = "<trovit><ad><id>1</id><title>t</title></ad></trovit>"
    assert detect(seen_in(bare.encode())).name == "trovit"
    shared = "<url>u</url><title>t</title><content>c</content><company>A</company>"
    assert detect(seen_in(f"<trovit><ad>{shared}</ad></trovit>".encode())).name == "trovit"
    assert detect(seen_in(f"<jobatus><ad>{shared}</ad></jobatus>".encode())).name == "jobatus"
    assert detect(seen_in(b"<trovit/>")).name == "trovit"


def test_an_unknown_root_names_trovit_among_the_dialects(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text("<trovitt><ad><id>1</id></ad></trovitt>")
    proc = run_cli("validate", str(path))
    assert proc.returncode == 2 and b"trovit <trovit><ad>" in proc.stderr


# -- reading --------------------------------------------------------------------


def test_the_fields_read_into_the_model(feed: Path) -> None:
    first, second, third = read(feed)
    assert first.external_id == "tv-1" and not first.source.made_id
    assert first.title == "Cocinero de línea & plancha"  # unescaped
    assert first.description == ("<p>Cocina para un bistró con mucho movimiento en el centro.</p>")
    assert first.date_posted == date(2026, 3, 4) and first.date_posted_iso == "2026-03-04"
    assert first.valid_through == date(2099, 12, 31)
    assert first.location == "Madrid, Comunidad de Madrid"
    assert (first.place.locality, first.place.region) == ("Madrid", "Comunidad de Madrid")
    assert first.country == "ES"  # España, as its ISO code
    assert first.employment_types == ("FULL_TIME",)  # working_hours, before contract
    assert first.work_arrangement is None  # "no" says nothing of on-site or hybrid
    assert pay(first) == ("EUR", Decimal(24000), Decimal(28000), SalaryPeriod.YEAR)
    assert first.employer.name == "El Caldero" and first.category == "Hostelería"
    assert first.apply_url == "https://empleo.example.com/ofertas/1"
    names = first.source.names
    assert names["externalid"] == "id" and names["Expires"] == "expiration_date"
    assert names["Jobtype"] == "working_hours"

    assert second.employment_types == ("TEMPORARY",)  # contract, when working_hours is absent
    assert second.source.names["Jobtype"] == "contract"
    assert second.work_arrangement is WorkArrangement.REMOTE  # telecommute yes
    assert second.location == "Sevilla" and second.valid_through == date(2020, 1, 1)
    assert pay(second) == ("EUR", Decimal(1500), Decimal(1500), SalaryPeriod.MONTH)

    assert third.external_id == "tv-1" and third.employer.name is None
    assert third.date_posted == date(2026, 3, 5)


# -- findings -------------------------------------------------------------------


def test_validate_finds_what_was_planted_and_nothing_of_the_structure(feed: Path) -> None:
    proc = run_cli("validate", str(feed))
    out = proc.stdout.decode()
    assert proc.returncode == 1, out  # the repeated id is an error
    assert " S001 " not in out and " X0" not in out
    codes = {line.split()[1] for line in out.splitlines()}
    assert {"I001", "T003", "R004"} <= codes
    assert "id 'tv-1' repeats the job at line 3" in out
    assert "expiration_date 2020-01-01: the posting ended before today" in out
    assert "company is missing" in out


def test_findings_are_exactly_the_planted_ones(feed: Path) -> None:
    results = list(Pipeline(today=TODAY).results([feed]))
    found = [d for r in results for d in r.diagnostics]
    assert Counter(d.code for d in found) == {"I001": 1, "T003": 1, "R004": 1}
    by_code = {d.code: d for d in found}
    assert by_code["I001"].severity == "error" and by_code["I001"].field == "id"
    assert by_code["T003"].field == "expiration_date" and by_code["R004"].field == "company"


@pytest.mark.parametrize(
    ("code", "element", "nth"),
    [("I001", "<id>", 3), ("T003", "<expiration_date>", 2), ("R004", "<company>", 3)],
)
def test_each_finding_points_at_its_element(feed: Path, code: str, element: str, nth: int) -> None:
    proc = run_cli("validate", str(feed))
    [line] = [row for row in proc.stdout.decode().splitlines() if f" {code} " in row]
    at = tuple(int(n) for n in line.split(":")[1:3])
    assert at == where(FEED, element, nth), line
    text = FEED.splitlines()[at[0] - 1]
    assert text[at[1] - 1 :].startswith(element)


def test_a_short_content_is_reported_at_its_element(tmp_path: Path) -> None:
    short = FEED.replace(
        "<![CDATA[<p>Atiende las mesas de la terraza en temporada de verano.</p>]]>", "Camarero."
    )
    path = tmp_path / "short.xml"
    path.write_text(short, encoding="utf-8")
    proc = run_cli("validate", str(path))
    [line] = [row for row in proc.stdout.decode().splitlines() if " S001 " in row]
    at = tuple(int(n) for n in line.split(":")[1:3])
    assert at == where(short, "<content>Camarero.</content>"), line
    assert "content" in line and "minLength" in line


def test_a_date_not_in_trovits_format_is_reported_at_its_element(tmp_path: Path) -> None:
    bad = FEED.replace("<date>01/02/2026</date>", "<date>1st February</date>")
    path = tmp_path / "bad.xml"
    path.write_text(bad, encoding="utf-8")
    proc = run_cli("validate", str(path))
    [line] = [row for row in proc.stdout.decode().splitlines() if " T001 " in row]
    at = tuple(int(n) for n in line.split(":")[1:3])
    assert at == where(bad, "<date>1st February</date>") and "date '1st February'" in line


def test_the_repeated_id_is_held_back(feed: Path) -> None:
    pipeline = Pipeline(today=TODAY, rendering=Rendering.of("trovit"))
    results = [r for r in pipeline.results([feed]) if r.is_job]
    assert [r.held for r in results] == [False, False, True]
    assert pipeline.tally.held == 1
    proc = run_cli("to-csv", str(feed))
    assert proc.returncode == 1
    rows = list(csv.DictReader(io.StringIO(proc.stdout.decode())))
    assert [r["id"] for r in rows] == ["tv-1", "tv-2"]
    assert rows[0]["title"] == "Cocinero de línea & plancha"


# -- the XSD --------------------------------------------------------------------


@cache
def lxml_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XSD)))


def errors(xml: str) -> list[str]:
    schema = lxml_schema()
    schema.validate(etree.fromstring(xml.encode()))
    lxml_found = [e.message for e in schema.error_log]
    other = [str(e.reason) for e in xmlschema.XMLSchema10(str(XSD)).iter_errors(xml)]
    assert bool(lxml_found) == bool(other), (lxml_found, other)  # both engines agree
    return lxml_found


CONTENT = "Cocina para un bistró con mucho movimiento."
REQUIRED = {"id": "tv-1", "url": "https://empleo.example.com/1", "title": "Cocinero"}


def ad(**fields: str | None) -> str:
    """A Trovit document of one ad: the required fields, changed by ``fields``
    (None leaves one out)."""
    chosen = {**REQUIRED, "content": CONTENT, **fields}
    body = "".join(f"<{k}><![CDATA[{v}]]></{k}>" for k, v in chosen.items() if v is not None)
    return f"<trovit><ad>{body}</ad></trovit>"


def test_the_xsd_says_what_it_follows() -> None:
    doc = etree.parse(str(XSD))
    first = doc.getroot().getprevious()
    assert isinstance(first, etree._Comment) and "XSD 1.0" in first.text
    assert "http://about.trovit.com/trovit-feeds/feed-jobs/" in first.text
    assert "https://corporate.trovit.com/feed-za-jobs/" in first.text
    schema = xmlschema.XMLSchema10(str(XSD))
    assert schema.target_namespace == ""
    assert {"trovit", "ad"} <= set(schema.elements)  # an ad can be checked on its own


def test_the_xsd_requires_what_the_spec_requires() -> None:
    xs = "{http://www.w3.org/2001/XMLSchema}"
    doc = etree.parse(str(XSD))
    (decl,) = doc.getroot().findall(f"{xs}element[@name='ad']")
    declared = {
        e.get("name"): e.get("minOccurs", "1") != "0"
        for e in decl.findall(f"{xs}complexType/{xs}all/{xs}element")
    }
    assert {k for k, required in declared.items() if required} == {"id", "url", "title", "content"}
    spec = {
        *("mobile_url", "city", "city_area", "region", "postcode", "country", "salary"),
        *("salary_numeric", "company", "experience", "requirements", "studies", "contract"),
        *("working_hours", "category", "date", "time", "expiration_date", "telecommute"),
    }
    assert spec <= set(declared)


def test_the_feed_and_a_minimal_ad_pass() -> None:
    assert errors(FEED) == []
    assert errors(ad()) == []
    assert errors("<trovit/>") == []
    padded = ad(id="  tv-1 \n", content=f"\n   {'c' * 30}   \n")
    assert errors(padded) == []
    assert errors(ad(date="2026-03-04", expiration_date="soon")) == []  # left to the mapping


@pytest.mark.parametrize("element", ["id", "url", "title", "content"])
def test_each_required_element_is_required(element: str) -> None:
    found = errors(ad(**{element: None}))
    assert found and "Missing child" in found[0] and element in found[0], found


def test_content_is_at_least_30_characters() -> None:
    assert errors(ad(content="c" * 30)) == []
    short = errors(ad(content="0123456789"))
    assert short and "content" in short[0] and "minLength" in short[0], short
    assert errors(ad(content=f"  {'c' * 29}\n\n  "))  # padding does not count


def test_the_xsd_refuses_what_the_spec_does_not_allow() -> None:
    assert errors(ad(id="   "))  # a blank id
    unknown = errors(ad(bonus="free lunch"))
    assert unknown and "'bonus'" in unknown[0] and "not expected" in unknown[0]
    twice = ad().replace("</ad>", "<title>Cocinero</title></ad>")
    assert errors(twice)
    assert errors("<trovit><id>1</id></trovit>")  # fields outside an ad


def test_an_ad_is_checked_on_its_own() -> None:
    element = etree.fromstring(ad(content="0123456789").encode())[0]
    assert not lxml_schema().validate(element)
    assert lxml_schema().validate(etree.fromstring(ad().encode())[0])


# -- writing --------------------------------------------------------------------


def test_convert_to_trovit_is_valid_and_reads_back(tmp_path: Path) -> None:
    out = tmp_path / "out.xml"
    proc = run_cli("convert", "--to", "trovit", str(SAMPLE), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert lxml_schema().validate(etree.parse(str(out))), lxml_schema().error_log
    assert of_path(str(out)).name == "trovit"
    text = out.read_text(encoding="utf-8")
    assert "<date><![CDATA[02/10/2026]]></date>" in text  # DD/MM/YYYY, as Trovit asks
    before, after = read(SAMPLE), read(out)
    assert len(before) == len(after) == 4
    for a, b in zip(before, after, strict=True):
        assert (b.external_id, b.title, b.employer.name) == (
            a.external_id,
            a.title,
            a.employer.name,
        )
        assert b.date_posted == a.date_posted
        assert pay(b) == pay(a)  # currency, amounts and period, through Trovit's text
        assert b.place.locality == a.place.locality
        # A city that is an ISO 3166-2 subdivision gets its region (Berlin: Berlin).
        country = a.country or a.place.country
        made = a.place.locality and city_region(a.place.locality, country)
        assert b.place.region == (a.place.region or made or None)
        assert (b.country or b.place.country) == (a.country or a.place.country)
        assert b.description_html == a.description_html and b.apply_url == a.apply_url
        assert b.employment_types == a.employment_types
        if a.is_remote:
            assert b.is_remote  # telecommute yes
    err = proc.stderr.decode()
    assert "Trovit feeds have no value for hybrid work" in err  # telecommute is yes or no
    assert "Trovit feeds have no place for Skills" in err


def test_convert_with_check_holds_each_ad_to_the_xsd() -> None:
    proc = run_cli("convert", "--to", "trovit", "--check", str(SAMPLE))
    assert proc.returncode == 0 and b"O001" not in proc.stderr, proc.stderr


def test_a_trovit_feed_written_back_as_trovit_reads_the_same(feed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.xml"
    proc = run_cli("convert", "--to", "trovit", str(feed), "-o", str(out))
    assert proc.returncode == 1 and b"held back 1" in proc.stderr  # the repeated id
    assert lxml_schema().validate(etree.parse(str(out)))
    for a, b in zip(read(feed)[:2], read(out), strict=True):
        assert (a.external_id, a.title) == (b.external_id, b.title)
        assert a.description_html == b.description_html  # the one sanitised description
        # Sevilla is written with the region it lies in (ISO 3166-2): Sevilla, Andalucía.
        assert b.place.locality == a.place.locality
        assert (a.employer, a.apply_url, a.country) == (
            b.employer,
            b.apply_url,
            b.country,
        )
        assert a.date_posted == b.date_posted and a.valid_through == b.valid_through
        assert a.employment_types == b.employment_types and pay(a) == pay(b)
        assert a.work_arrangement == b.work_arrangement


def _big_trovit_feed(n: int) -> str:
    ads = "".join(
        f"\n  <ad>\n    <id>tv-{i}</id>\n    <url>https://empleo.example.com/ofertas/{i}</url>"
        f"\n    <title>Cocinero {i}</title>"
        f"\n    <content><![CDATA[<p>Cocina el menú {i} para un bistró del centro.</p>]]></content>"
        f"\n    <company>{'' if i % 7 == 0 else 'El Caldero'}</company>"
        f"\n    <city>Madrid</city>\n    <country>ES</country>"
        f"\n    <date>0{1 + i % 9}/03/2026</date>"
        f"\n    <working_hours>{'part time' if i % 2 else 'full time'}</working_hours>"
        f"\n    <salary>EUR {1000 + i} per month</salary>\n  </ad>"
        for i in range(n)
    )
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<trovit>{ads}\n</trovit>\n'


def test_parallel_output_is_byte_identical(tmp_path: Path) -> None:
    yubhub = tmp_path / "big.xml"
    yubhub.write_text(feed_xml(*[good(externalid=f"j-{i}", Title=f"Cook {i}") for i in range(150)]))
    trovit = tmp_path / "big-trovit.xml"
    trovit.write_text(_big_trovit_feed(150), encoding="utf-8")
    # The Trovit feed is cut into segments at its <ad> lines.
    segments = plan(str(trovit), 2, 3000, by_name("trovit"))
    assert segments is not None and len(segments) > 2

    def text(path: Path, jobs: int, segment_size: int | None = None) -> tuple[str, list]:
        pipeline = Pipeline(
            today=TODAY,
            max_age=0,  # the feed's jobs are old: stale-posting is not what is tested
            rendering=Rendering.of("trovit"),
            jobs=jobs,
            segment_size=segment_size,
        )
        results = list(pipeline.results([path]))
        found = [(d.line, d.column, d.code) for r in results for d in r.diagnostics]
        return "".join(r.text or "" for r in results), found

    for path in (yubhub, trovit):
        assert text(path, 2, 3000) == text(path, 1), path.name
    written, found = text(trovit, 1)
    assert written.count("<ad>") == 150
    assert Counter(code for _, _, code in found) == {"R004": 22}  # every 7th company empty
