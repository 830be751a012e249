"""The streaming reader: model, positions, encodings, safety, broken input."""

from __future__ import annotations

import http.server
import io
import threading
from pathlib import Path
from xml.parsers import expat

import pytest

from converter import FeedError, FeedReader, Validator, load_engine
from converter.model import FIELDS
from converter.normalize.salary import SalaryPeriod

from ..conftest import FIXTURES, SEED, feed_xml, good, job_xml, requires_shared


def read(path: Path, engine=None):
    with path.open("rb") as f:
        reader = FeedReader(f, str(path), engine)
        return list(reader), reader


@requires_shared
def test_seed_reads_into_one_job():
    entries, _ = read(SEED, load_engine())
    assert len(entries) == 1
    entry = entries[0]
    assert entry.valid and entry.diagnostics == []
    job = entry.job
    assert set(job.source.raw) == set(FIELDS)  # all 21 elements, nothing else
    assert job.external_id == "30a82a9b-374"
    assert job.title == "Machine Learning Engineer"
    assert job.employer.name == "Spotify"
    assert job.employment_types == ("FULL_TIME",)
    assert job.is_remote and job.country is None and job.location == "North America"
    assert job.salary.currency == "USD" and job.salary.period is SalaryPeriod.YEAR
    assert (job.salary.minimum, job.salary.maximum) == (148901, 212716)
    assert job.date_posted.isoformat() == "2026-04-24"
    assert job.description.startswith("<p>The Personalization team")
    assert job.source.line == 4 and job.source.lines["Country"] == 72
    assert job.source.lines["Compensationmin"] == 68


def test_small_chunks_give_the_same_jobs():
    path = FIXTURES / "sample.xml"
    whole, _ = read(path)
    with path.open("rb") as f:
        tiny = list(FeedReader(f, "x", None, chunk_size=7))
    assert [e.job.source.raw for e in tiny] == [e.job.source.raw for e in whole]
    assert [e.job.source.line for e in tiny] == [e.job.source.line for e in whole]


def test_latin1_feed_is_decoded_by_its_declaration():
    entries, _ = read(FIXTURES / "edge" / "latin1.xml", load_engine())
    job = entries[0].job
    assert job.title == "Pâtissier confirmé"
    assert job.location == "Genève" and job.country == "CH"
    assert entries[0].valid


@pytest.mark.parametrize("name", ["utf8-bom.xml", "utf16.xml", "crlf.xml"])
def test_encodings_and_line_ends_read_like_the_plain_feed(name):
    plain, _ = read(FIXTURES / "valid" / "clean.xml", load_engine())
    other, _ = read(FIXTURES / "edge" / name, load_engine())
    assert [e.job.source.raw for e in other] == [
        {k: v.replace("\r\n", "\n") for k, v in e.job.source.raw.items()} for e in plain
    ]
    assert [e.job.source.line for e in other] == [e.job.source.line for e in plain]
    assert all(e.valid for e in other)


def test_comments_pis_cdata_and_one_line_jobs():
    entries, _ = read(FIXTURES / "edge" / "comments-and-pis.xml", load_engine())
    assert [e.job.external_id for e in entries] == ["one-line", "split-cdata"]
    assert entries[1].job.description == "<p>Tiles, & grout.</p><p>Bathrooms and kitchens.</p>"
    assert entries[1].job.title == "Tiler"
    assert all(e.valid for e in entries)


def test_entities_are_refused_never_expanded():
    path = FIXTURES / "invalid" / "entities.xml"
    with path.open("rb") as f, pytest.raises(FeedError) as info:
        list(FeedReader(f, "entities.xml", load_engine()))
    d = info.value.diagnostic
    assert (d.code, d.line, d.column) == ("X002", 2, 1)
    assert "secret" in d.message
    hostname = Path("/etc/hostname")
    if hostname.exists() and hostname.read_text().strip():
        assert hostname.read_text().strip() not in d.message


class _CountingHandler(http.server.BaseHTTPRequestHandler):
    hits = 0

    def do_GET(self):
        type(self).hits += 1
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b'<!ENTITY x "fetched">')

    def log_message(self, *args):
        pass


def test_external_dtd_and_entities_are_never_fetched(tmp_path):
    server = http.server.HTTPServer(("127.0.0.1", 0), _CountingHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/feed.dtd"
        feeds = [
            f'<!DOCTYPE source SYSTEM "{url}"><source><jobs/></source>',
            f'<!DOCTYPE source [<!ENTITY % p SYSTEM "{url}"> %p;]><source><jobs/></source>',
            f'<!DOCTYPE source [<!ENTITY e SYSTEM "{url}">]><source><jobs>&e;</jobs></source>',
            '<source xmlns:xi="http://www.w3.org/2001/XInclude"><jobs>'
            f'<xi:include href="{url}"/></jobs></source>',
        ]
        for text in feeds:
            validator = Validator()
            found = list(validator.check_stream(io.BytesIO(text.encode()), "f.xml"))
            # Errors all, beside the warning that these feeds hold no job (X004).
            errors = [d for d in found if d.code != "X004"]
            assert errors and all(d.severity.value == "error" for d in errors)
            assert not any("fetched" in d.message for d in found)
    finally:
        server.shutdown()
    assert _CountingHandler.hits == 0


def test_truncated_feed_reports_where_it_breaks_after_earlier_jobs():
    text = feed_xml(good(externalid="a"), good(externalid="b"))
    cut = text[: text.index("<Title>", text.index(">b<"))]
    stream = io.BytesIO(cut.encode())
    reader = FeedReader(stream, "cut.xml", load_engine())
    seen = []
    with pytest.raises(FeedError) as info:
        for entry in reader:
            seen.append(entry.job.external_id)
    assert seen == ["a"]
    d = info.value.diagnostic
    assert d.code == "X001" and d.line == cut.count("\n") + 1


def test_empty_and_garbage_input():
    for data, words in [(b"", "empty"), (b"\x00\x01garbage", ""), (b"<source><jobs>", "")]:
        with pytest.raises(FeedError) as info:
            list(FeedReader(io.BytesIO(data), "x.xml", load_engine()))
        assert info.value.diagnostic.code == "X001"
        assert words in info.value.diagnostic.message


def test_skeleton_is_checked_against_the_xsd():
    entries, reader = read(FIXTURES / "invalid" / "wrong-root.xml", load_engine())
    assert len(entries) == 1  # the job itself is still read
    [d] = reader.feed_diagnostics
    assert (d.code, d.line, d.column) == ("S001", 2, 1)
    assert "root element is <feed>" in d.message and "<source>" in d.message


def test_jobs_outside_source_jobs_are_not_taken_as_jobs():
    text = (
        "<source><job><externalid>stray</externalid></job><jobs>"
        + job_xml(good())
        + "</jobs></source>"
    )
    reader = FeedReader(io.BytesIO(text.encode()), "x.xml", load_engine())
    entries = list(reader)
    assert [e.job.external_id for e in entries] == ["job-1"]
    assert any("not expected" in d.message for d in reader.feed_diagnostics)


def _expat_positions(data: bytes) -> dict[tuple[str, int], tuple[int, int]]:
    """(tag, occurrence) -> (line, column), 1-based, from expat."""
    parser = expat.ParserCreate()
    seen: dict[str, int] = {}
    found = {}

    def start(name, attrs):
        n = seen[name] = seen.get(name, 0) + 1
        found[(name, n)] = (parser.CurrentLineNumber, parser.CurrentColumnNumber + 1)

    parser.StartElementHandler = start
    parser.Parse(data, True)
    return found


def test_positions_are_exact_past_line_65535():
    # libxml2 keeps element lines in 16 bits; the reader must not drift.
    jobs = []
    for i in range(3000):
        job = good(externalid=f"id-{i}", Country="" if i % 7 else "GB")
        if i % 600 == 599:
            job["Bonus"] = "x"
        jobs.append(job)
    data = feed_xml(*jobs).encode()
    assert data.count(b"\n") > 70000
    truth = _expat_positions(data)
    found = list(Validator().check_stream(io.BytesIO(data), "big.xml"))
    bonus = [d for d in found if d.field == "Bonus"]
    country = [d for d in found if d.code == "L004"]
    assert len(bonus) == 5 and len(country) == 3000 - 429
    for n, d in enumerate(bonus, 1):
        assert (d.line, d.column) == truth[("Bonus", n)]
    country_truth = sorted(v for k, v in truth.items() if k[0] == "Country")
    assert [(d.line, d.column) for d in country] == [
        pos for i, pos in enumerate(country_truth) if i % 7
    ]
    assert max(d.line for d in country) > 65535


def test_start_tag_split_over_lines_is_placed_at_its_start():
    text = feed_xml(good()).replace("<Country>United Kingdom", "<Country\n>Atlantis")
    found = list(Validator().check_stream(io.BytesIO(text.encode()), "x.xml"))
    [d] = [d for d in found if d.code == "L002"]
    line = text[: text.index("<Country")].count("\n") + 1
    assert (d.line, d.column) == (line, 7)
