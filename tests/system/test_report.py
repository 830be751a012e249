"""``jobconv report``: the figures (JSON), the self-contained page (HTML),
and the page as a real browser draws it (headless Chromium)."""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
import time
import zlib
from pathlib import Path

import pytest

from ..conftest import FIXTURES, SHARED, feed_xml, good, requires_shared, run_cli

INDEED = SHARED / "feeds" / "recruityard-indeed.xml"
DOC_LINK = re.compile(r"^https://github\.com/jobconv/jobconv/blob/main/docs/rules/[A-Z]\d{3}\.md$")

THREE_JOBS = feed_xml(
    good(),
    good(
        externalid="j2",
        Country="France",
        Location="Paris",
        Category="Retail",
        Jobtype="part-time",
        Workarrangement="hybrid",
        Compensationcurrency="EUR",
        Compensationmin="30000",
        Compensationmax="40000",
        Salaryrange=None,
        Skills=None,
    ),
    good(externalid="j3", Postedate=None),
)


def report(*args: str) -> subprocess.CompletedProcess:
    return run_cli("report", "--today", "2026-06-01", *args)


def figures(*args: str) -> dict:
    done = report("--format", "json", *args)
    assert done.returncode == 0, done.stderr.decode()
    return json.loads(done.stdout)


def test_json_figures_of_a_small_feed(write_feed) -> None:
    path = write_feed(THREE_JOBS)
    found = figures(str(path))
    assert found["feeds"] == [
        {
            "path": str(path),
            "bytes": path.stat().st_size,
            "dialect": "yubhub",
            "jobs": 3,
            "accepted": 2,
            "broken": False,
        }
    ]
    assert (found["jobs"], found["today"]) == (3, "2026-06-01")
    # Google requires datePosted: j3 is held back from JSON-LD, for R003 alone.
    assert found["google"] == {
        "accepted": 2,
        "held_back": 1,
        "nothing_published": None,
        "reasons": [{"code": "R003", "name": "missing-date-posted", "jobs": 1}],
    }
    shares = {f["field"]: (f["filled"], f["jobs"]) for f in found["fields"]}
    assert shares["Skills"] == (2, 3) and shares["Postedate"] == (2, 3)
    assert shares["Title"] == (3, 3) and "Expires" not in shares  # no YubHub element
    assert found["countries"] == {"GB": 2, "FR": 1}
    assert found["categories"] == {"Hospitality": 2, "Retail": 1}
    assert found["employment_types"] == {"FULL_TIME": 2, "PART_TIME": 1}
    assert found["work_arrangements"] == {"onsite": 2, "hybrid": 1}
    pay = {(s["currency"], s["period"]): s for s in found["salaries"]}
    assert pay["GBP", "YEAR"]["jobs"] == 2 and pay["GBP", "YEAR"]["median"] == 30000
    assert (pay["EUR", "YEAR"]["min"], pay["EUR", "YEAR"]["max"]) == (35000, 35000)
    assert [r["code"] for r in found["rules"]] == ["R003"]
    assert DOC_LINK.match(found["rules"][0]["url"])
    assert [(d["code"], d["job_id"], d["line"]) for d in found["findings"]] == [("R003", "j3", 50)]


def test_findings_list_is_capped_but_counts_are_complete(write_feed) -> None:
    jobs = [good(externalid=f"j{i}", Postedate=None) for i in range(230)]
    found = figures(str(write_feed(feed_xml(*jobs))))
    assert found["rules"][0]["findings"] == 230
    assert (len(found["findings"]), found["more_findings"]) == (200, 30)
    assert found["google"]["held_back"] == 230


def test_output_is_deterministic_whatever_the_processes(write_feed, tmp_path: Path) -> None:
    path = write_feed(THREE_JOBS)
    pages = []
    for jobs in ("1", "2", "2"):
        out = tmp_path / f"report-{len(pages)}.html"
        done = report(str(path), "-j", jobs, "-o", str(out))
        assert done.returncode == 0, done.stderr.decode()
        pages.append(out.read_bytes())
    assert pages[0] == pages[1] == pages[2]


def test_page_is_self_contained_and_escapes_feed_text(write_feed) -> None:
    hostile = good(
        externalid="<script>alert('id')</script>",
        Title="<script>alert('title')</script>Cook",
        Category="<img src=http://evil.example/x.png>Chefs",
    )
    done = report(str(write_feed(feed_xml(hostile, good(externalid="j2", Postedate=None)))))
    assert done.returncode == 0, done.stderr.decode()
    page = done.stdout.decode()
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page.lower() and "<img" not in page.lower()
    assert "&lt;script&gt;alert(&#x27;id&#x27;)&lt;/script&gt;" in page  # shown, as text
    for attribute, address in re.findall(r'\b(src|href)\s*=\s*"([^"]*)"', page):
        assert attribute == "href" and DOC_LINK.match(address), (attribute, address)
    assert "http" not in re.sub(r'href="[^"]*"', "", page).replace("https://github.com", "")
    assert page.count("<svg") >= 5 and 'class="bar"' in page


def test_standard_input_goes_by_its_name() -> None:
    done = run_cli(
        "report", "--format", "json", "--stdin-filename", "x.xml", "-", stdin=THREE_JOBS.encode()
    )
    assert done.returncode == 0, done.stderr.decode()
    found = json.loads(done.stdout)
    assert found["feeds"] == [
        {
            "path": "x.xml",
            "bytes": None,
            "dialect": "yubhub",
            "jobs": 3,
            "accepted": 2,
            "broken": False,
        }
    ]
    assert found["findings"][0]["file"] == "x.xml"


def test_an_unreadable_feed_exits_2(tmp_path: Path) -> None:
    done = report(str(tmp_path / "missing.xml"), "--format", "json")
    assert done.returncode == 2
    assert b"cannot read" in done.stderr


def test_refuses_to_write_over_its_feed(write_feed) -> None:
    path = write_feed(THREE_JOBS)
    before = path.read_bytes()
    assert report(str(path), "-o", str(path)).returncode == 2
    assert path.read_bytes() == before


@requires_shared
def test_json_figures_of_a_real_indeed_feed() -> None:
    found = figures(str(INDEED))
    assert found["feeds"][0]["dialect"] == "indeed" and found["jobs"] == 88
    assert found["google"] == {
        "accepted": 88,
        "held_back": 0,
        "nothing_published": None,
        "reasons": [],
    }
    assert [(r["code"], r["findings"]) for r in found["rules"]] == [("C001", 88)]
    shares = {f["field"]: (f["filled"], f["jobs"]) for f in found["fields"]}
    # Named as the Indeed feed names them, not as jobconv's model does.
    assert shares["referencenumber"] == (88, 88) and shares["remote"] == (21, 88)
    assert shares["expirationdate"] == (0, 88) and "externalid" not in shares
    # As grep counts the feed's <country> and <category> elements:
    assert found["countries"] == {"PT": 62, "GR": 14, "BG": 6, "PL": 4, "ES": 2}
    assert found["categories"] == {"Customer Service": 87, "Healthcare": 1}
    assert found["work_arrangements"] == {"(none)": 67, "remote": 21}  # <remote> no / yes
    assert found["salaries"] == []  # no currency anywhere: none can be published
    assert len(found["findings"]) == 88 and found["more_findings"] == 0


# -- in a real browser -----------------------------------------------------------

CHROMIUM = shutil.which("chromium")
requires_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (apt-get install chromium); CI has it"
)


def chromium(page: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    assert CHROMIUM is not None
    profile = tmp_path / f"chromium-profile-{len(list(tmp_path.iterdir()))}"
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--no-first-run",
        f"--user-data-dir={profile}",
        "--enable-logging=stderr",
        "--v=0",
        *args,
        page.as_uri(),
    ]
    return subprocess.run(command, capture_output=True, timeout=60, cwd=tmp_path)


def png_pixels(path: Path) -> tuple[int, int, bytes]:
    """Width, height and the decompressed (still filtered) rows of a PNG."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    idat, at = b"", 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind = data[at + 4 : at + 8]
        if kind == b"IDAT":
            idat += data[at + 8 : at + 8 + length]
        at += 12 + length
    return width, height, zlib.decompress(idat)


def assert_drawn(page: Path, tmp_path: Path) -> None:
    shot = tmp_path / f"{page.stem}.png"
    done = chromium(page, tmp_path, f"--screenshot={shot}", "--window-size=1280,2000")
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    log = done.stderr.decode(errors="replace")
    assert "Uncaught" not in log and "ERROR:CONSOLE" not in log, log[-2000:]
    width, height, rows = png_pixels(shot)
    assert (width, height) == (1280, 2000)
    assert len(set(rows)) > 32, "the screenshot is blank"  # text, bars and colours
    dom = chromium(page, tmp_path, "--dump-dom")
    assert dom.returncode == 0
    drawn = dom.stdout.decode()
    assert drawn.count("<rect") >= 5 and drawn.count("<svg") >= 5


@requires_chromium
def test_chromium_draws_the_report_of_a_small_feed(write_feed, tmp_path: Path) -> None:
    page = tmp_path / "small.html"
    done = report(str(write_feed(THREE_JOBS)), str(FIXTURES / "sample.xml"), "-o", str(page))
    assert done.returncode == 0, done.stderr.decode()
    assert_drawn(page, tmp_path)


@requires_chromium
@requires_shared
def test_chromium_draws_the_report_of_a_real_feed(tmp_path: Path) -> None:
    page = tmp_path / "indeed.html"
    assert report(str(INDEED), "-o", str(page)).returncode == 0
    assert_drawn(page, tmp_path)


@requires_chromium
def test_a_20000_job_report_is_summarised_and_renders_fast(write_feed, tmp_path: Path) -> None:
    categories = ["Hospitality", "Retail", "Engineering", "Data", "Healthcare", "Sales"]
    jobs = [
        good(
            externalid=f"j{i}",
            Category=f"{categories[i % 6]} {i % 40}",  # 120 in all: most go into "others"
            Postedate=None if i % 10 == 0 else "2026-05-01",
        )
        for i in range(20_000)
    ]
    page = tmp_path / "big.html"
    done = report(str(write_feed(feed_xml(*jobs))), "-o", str(page))
    assert done.returncode == 0, done.stderr.decode()
    text = page.read_text(encoding="utf-8")
    assert "…and 1,800 more findings" in text and "(105 others)" in text
    assert len(text) < 300_000
    started = time.monotonic()
    assert_drawn(page, tmp_path)
    assert time.monotonic() - started < 10 * 2  # two Chromium runs: a shot, then the DOM
