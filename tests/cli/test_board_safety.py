"""Board feeds publish what the boards accept: the model's one sanitised
description, the elements each board's spec requires, places as places,
the board's own job types; and O002 once per feed and field, with a count."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest
from lxml import etree, html

from converter import Converter
from converter.feed.dialects import by_name
from converter.normalize.html import ALLOWED_TAGS
from converter.writers.hropen import LOGO

from ..conftest import feed_xml, good, run_cli
from ..unit.test_hropen import assert_valid, official  # noqa: F401 (a fixture)
from .test_dialect_writers import WRITERS, read

BOARDS = [w for w in WRITERS if w != "yubhub"]
#: The boards with a job-type element (ZipRecruiter's feed has none).
TYPED = [b for b in BOARDS if by_name(b).source("Jobtype") is not None]
#: Job types a board's own vocabulary spells as the model does.
OWN_WORDS = {"linkedin": {b"FULL_TIME", b"VOLUNTEER"}}
#: Enough text for LinkedIn's 100-character minimum description.
LONGER = "<p>The kitchen is busy, the team is kind, and every shift ends with a shared meal.</p>"

HOSTILE = (
    '<p onclick="steal()">Pay &pound;30k &ndash; with <b onmouseover="x()">bonus</b>'
    '<script>alert(1)</script><style>p{}</style><iframe src="https://evil.example/">'
    '</iframe><img src="x" onerror="alert(2)"> <a href="javascript:alert(3)">apply</a>'
    " 5 &lt; 6 &amp; more&nbsp;here</p><!-- note -->"
)


def _feed(tmp_path: Path, *jobs: dict[str, str | None]) -> Path:
    path = tmp_path / "feed.xml"
    path.write_text(feed_xml(*jobs), encoding="utf-8")
    return path


def _jobs(text: bytes, target: str) -> list[etree._Element]:
    tag = by_name(target).job_tag
    return list(etree.fromstring(text).iter(tag))


def _schema_errors(text: bytes, target: str) -> list[str]:
    schema = etree.XMLSchema(etree.parse(str(by_name(target).schema_path)))
    return [] if schema.validate(etree.fromstring(text)) else [str(e) for e in schema.error_log]


def _child(job: etree._Element, path: str) -> str | None:
    found = job.find(path)
    return None if found is None else (found.text or "")


@pytest.mark.parametrize("target", BOARDS)
def test_every_board_gets_the_sanitised_description(tmp_path: Path, target: str) -> None:
    path = _feed(tmp_path, good(Description=HOSTILE + LONGER))
    proc = run_cli("convert", "--to", target, str(path))
    assert proc.returncode == 0, proc.stderr.decode()
    assert _schema_errors(proc.stdout, target) == []
    [job] = _jobs(proc.stdout, target)
    source = next(s for s in by_name(target).fields if s.field == "Description")
    description = _child(job, source.paths[0])
    assert description is not None
    lowered = description.lower()
    for unsafe in ("<script", "<style", "<iframe", "<img", "onclick", "onerror", "javascript:"):
        assert unsafe not in lowered, (unsafe, description)
    assert "alert(" not in description and "<!--" not in description
    # Entities decoded to characters; & < > as numeric references the HTML needs.
    assert "£30k – with" in description and "\xa0here" in description
    assert "&pound;" not in description and "&ndash;" not in description
    assert "&nbsp;" not in description and "&amp;" not in description
    assert "5 &#60; 6 &#38; more" in description
    fragment = html.fragment_fromstring(description, create_parent="div")
    assert {e.tag for e in fragment.iter()} - {"div"} <= ALLOWED_TAGS
    assert all(not e.attrib for e in fragment.iter())
    assert fragment.text_content().startswith("Pay £30k – with bonus")


def test_indeed_gets_requisitionid_and_sourcename(tmp_path: Path) -> None:
    path = _feed(tmp_path, good(externalid="cook-7", Employername="The Copper Pan"))
    proc = run_cli("convert", "--to", "indeed", str(path))
    assert proc.returncode == 0, proc.stderr.decode()
    assert _schema_errors(proc.stdout, "indeed") == []
    [job] = _jobs(proc.stdout, "indeed")
    assert _child(job, "requisitionid") == "cook-7"
    assert _child(job, "sourcename") == "The Copper Pan"
    assert _child(job, "referencenumber") == "cook-7"


PLACES = [
    # Location, Country, Workarrangement -> Indeed's city, state, country
    ("Leeds", "GB", "onsite", "Leeds", "England", "GB"),
    ("Berlin", "DE", "onsite", "Berlin", "Berlin", "DE"),
    ("Austin, TX", "US", "onsite", "Austin", "TX", "US"),
    ("Portugal", "", "onsite", "", "", "PT"),
    ("United States", "", "remote", "", "", "US"),
    ("Remote - US", "", "remote", "", "", "US"),
    ("Remote (UK)", "", "remote", "", "", "GB"),
    ("EMEA", "DE", "remote", "", "", "DE"),
]


@pytest.mark.parametrize(("where", "country", "arrangement", "city", "state", "code"), PLACES)
def test_a_city_is_a_city(
    tmp_path: Path, where: str, country: str, arrangement: str, city: str, state: str, code: str
) -> None:
    """Never a country, a region or a remote phrase as Indeed's <city>."""
    job = good(Location=where, Country=country, Workarrangement=arrangement)
    proc = run_cli("convert", "--to", "indeed", str(_feed(tmp_path, job)))
    assert proc.returncode == 0, proc.stderr.decode()
    assert _schema_errors(proc.stdout, "indeed") == []
    [written] = _jobs(proc.stdout, "indeed")
    assert (_child(written, "city"), _child(written, "state")) == (city, state)
    assert _child(written, "country") == code


def test_a_remote_job_in_several_countries_is_not_given_one(tmp_path: Path) -> None:
    job = good(Location="North America", Country="", Workarrangement="remote")
    proc = run_cli("convert", "--to", "indeed", str(_feed(tmp_path, job)))
    assert proc.returncode == 1
    assert b"O001 [error] Indeed feeds require country (Country)" in proc.stderr
    assert b"North America" not in proc.stdout


def test_jobrapido_gets_a_state_or_holds_the_job_back(tmp_path: Path) -> None:
    path = _feed(
        tmp_path,
        good(externalid="leeds", Location="Leeds", Country="GB"),
        good(externalid="madrid", Location="Madrid", Country="ES"),
        good(externalid="austin", Location="Austin, TX", Country="US"),
        good(externalid="anywhere", Location="North America", Country="", Workarrangement="remote"),
        good(externalid="dayton", Location="Dayton", Country="US"),
    )
    proc = run_cli("convert", "--to", "jobrapido", str(path))
    err = proc.stderr.decode()
    assert proc.returncode == 1, err
    assert _schema_errors(proc.stdout, "jobrapido") == []
    written = {_child(j, "reference_id"): j for j in _jobs(proc.stdout, "jobrapido")}
    assert set(written) == {"leeds", "madrid", "austin"}
    assert all(_child(j, "state") for j in written.values())
    assert [_child(written[k], "state") for k in ("leeds", "madrid", "austin")] == [
        "England",
        "Madrid",
        "TX",
    ]
    assert "O001 [error] Jobrapido feeds require location (a city in Location" in err
    assert "state (a region in Location ('Dayton' names none))" in err
    assert err.count("O001 [error]") == 2


@pytest.mark.parametrize("target", TYPED)
def test_job_types_are_the_boards_own_words(tmp_path: Path, target: str) -> None:
    path = _feed(
        tmp_path,
        *(
            good(externalid=i, Jobtype=kind, Description=good()["Description"] + LONGER)
            for i, kind in (("a", "per diem"), ("b", "volunteer"), ("c", "full-time, contract"))
        ),
    )
    proc = run_cli("convert", "--to", target, str(path))
    err = proc.stderr.decode()
    assert proc.returncode == 0, err
    assert _schema_errors(proc.stdout, target) == []
    own = OWN_WORDS.get(target, set())
    for leak in {b"PER_DIEM", b"VOLUNTEER", b"FULL_TIME", b"CONTRACTOR"} - own:
        assert leak not in proc.stdout
    title = by_name(target).title
    assert f"O002 [warning] {title} feeds have no job type for PER_DIEM: it is left out" in err
    assert ("no job type for VOLUNTEER" in err) is (b"VOLUNTEER" not in own)
    if len(by_name(target).source("Jobtype").paths) == 1:  # else: see the next test
        [back] = [j for j in read_text(tmp_path, proc.stdout) if j.external_id == "c"]
        assert set(back.employment_types) == {"FULL_TIME", "CONTRACTOR"}


def read_text(tmp_path: Path, text: bytes):
    out = tmp_path / "out.xml"
    out.write_bytes(text)
    return read(out)


@pytest.mark.parametrize(("target", "hours", "contract"), [
    ("careerjet", "working_hours", "contract_type"),
    ("trovit", "working_hours", "contract"),
])  # fmt: skip
def test_contracts_are_not_working_hours(
    tmp_path: Path, target: str, hours: str, contract: str
) -> None:
    path = _feed(
        tmp_path,
        good(externalid="a", Jobtype="full-time, temporary"),
        good(externalid="b", Jobtype="internship"),
    )
    proc = run_cli("convert", "--to", target, str(path))
    assert proc.returncode == 0, proc.stderr.decode()
    first, second = _jobs(proc.stdout, target)
    assert _child(first, hours).replace("-", " ") == "full time"
    assert _child(first, contract) == "temporary"
    assert _child(second, hours) is None and _child(second, contract) == "internship"


def _lost_everywhere(count: int) -> list[dict[str, str | None]]:
    return [good(externalid=f"j{i}", Country="GB") for i in range(count)]


def test_o002_is_said_once_per_feed_and_field(tmp_path: Path) -> None:
    one = _feed(tmp_path, *_lost_everywhere(40))
    two = tmp_path / "two.xml"
    two.write_text(feed_xml(*_lost_everywhere(3)), encoding="utf-8")
    proc = run_cli("convert", "--to", "indeed", str(one), str(two))
    err = proc.stderr.decode()
    assert proc.returncode == 0, err
    notes = [line for line in err.splitlines() if " O002 " in line]
    fields = ("Experiencelevel", "Skills", "Industry", "Employerlogo", "Employerdescription")
    for field in fields:
        mine = [n for n in notes if f"no place for {field}:" in n]
        assert len(mine) == 2, mine  # one for each feed
        assert mine[0].startswith(f"{one}:") and mine[0].endswith("(and in 39 more jobs)")
        assert mine[1].startswith(f"{two}:") and mine[1].endswith("(and in 2 more jobs)")
    assert f"{len(notes)} warnings" in err.splitlines()[-1]


def test_o002_counts_are_the_same_whatever_the_processes(tmp_path: Path) -> None:
    path = _feed(tmp_path, *_lost_everywhere(300))
    said = []
    for jobs in (1, 2):
        found: list = []
        converter = Converter("indeed", jobs=jobs, segment_size=20_000, max_age=0)
        outcome = converter.convert(path, tmp_path / f"out{jobs}.xml", report=found.extend)
        assert outcome.written == 300
        said.append([d for d in found if d.code == "O002"])
    assert said[0] == said[1]
    assert len(said[0]) == 6 and all(d.message.endswith("(and in 299 more jobs)") for d in said[0])
    assert (tmp_path / "out1.xml").read_bytes() == (tmp_path / "out2.xml").read_bytes()


def test_o002_made_an_error_holds_back_each_job(tmp_path: Path) -> None:
    config = tmp_path / ".jobconv.yaml"
    config.write_text("severity: {O002: error}\n")
    path = _feed(tmp_path, *_lost_everywhere(3))
    proc = run_cli("convert", "--to", "indeed", "--config", str(config), str(path))
    assert proc.returncode == 1
    assert b"held back 3" in proc.stderr


def test_hr_open_carries_the_logo_and_csv_the_employer_description(
    tmp_path: Path,
    official,  # noqa: F811
) -> None:
    path = _feed(tmp_path, good(Employerdescription="A bistro by the canal.", Expires=None))
    hr = run_cli("to-hropen", str(path))
    assert hr.returncode == 0, hr.stderr.decode()
    [opening] = json.loads(hr.stdout)
    [attachment] = opening["positionProfiles"][0]["attachments"]
    assert attachment == {"url": "https://logos.example.com/copper.png", "descriptions": [LOGO]}
    assert_valid(official, opening)
    table = run_cli("to-csv", "--valid-for", "30", str(path))
    assert table.returncode == 0
    [row] = list(csv.DictReader(io.StringIO(table.stdout.decode("utf-8"), newline="")))
    assert row["employer_description"] == "A bistro by the canal."
    assert row["valid_through"] == "2026-05-31"
    for target in ("to-hropen", "to-csv", "to-jsonld"):
        assert b"O002" not in run_cli(target, str(path)).stderr


def test_the_positionopening_schema_takes_the_attachment() -> None:
    schema = json.loads(
        (
            Path(__file__).parent.parent.parent / "schemas" / "positionopening.schema.json"
        ).read_text()
    )
    bad = {"positionProfiles": [{"positionTitle": "x", "attachments": [{"url": "ftp://x"}]}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)
