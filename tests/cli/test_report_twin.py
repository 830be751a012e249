"""The report is the converter's twin: "Google would accept N" is exactly the
number of postings ``to-jsonld`` writes with the same options, stale jobs are
among the reasons, and a feed that broke off counts nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ..conftest import feed_xml, good, run_cli

TODAY = ("--today", "2026-06-01")


@pytest.fixture
def feeds(tmp_path: Path) -> Path:
    """Fresh, stale (posted a year before), errored and repeated jobs."""
    (tmp_path / "a.xml").write_text(
        feed_xml(
            good(externalid="fresh-1", Postedate="2026-05-20"),
            good(externalid="fresh-2", Postedate="2026-04-01"),
            good(externalid="stale-1", Postedate="2025-06-01"),
            good(externalid="undated", Postedate=None),
            good(externalid="fresh-1", Postedate="2026-05-21"),
        ),
        encoding="utf-8",
    )
    (tmp_path / "b.xml").write_text(
        feed_xml(
            good(externalid="b-1", Postedate="2026-03-01"),
            good(externalid="b-2", Postedate="2026-05-30"),
        ),
        encoding="utf-8",
    )
    return tmp_path


def _report(folder: Path, *args: str) -> dict:
    done = run_cli("report", "--format", "json", *TODAY, *args, ".", cwd=folder, aged=True)
    assert done.returncode == 0, done.stderr.decode()
    return json.loads(done.stdout)


def _written(folder: Path, *args: str) -> int:
    """The jobs to-jsonld publishes: to a file, which is all or nothing
    (standard output streams, and a feed that breaks leaves it cut short)."""
    out = folder.parent / "written.json"
    out.unlink(missing_ok=True)
    done = run_cli("to-jsonld", *TODAY, *args, "-o", str(out), ".", cwd=folder, aged=True)
    assert done.returncode in (0, 1), done.stderr.decode()
    return len(json.loads(out.read_bytes())) if out.exists() else 0


@pytest.mark.parametrize(
    "options",
    [
        (),  # the default --max-age 90
        ("--max-age", "30"),
        ("--max-age", "0"),
        ("--valid-for", "30"),
        ("--ignore", "T004"),
        ("--ignore", "R003,I001"),
        ("-j", "2"),
    ],
    ids=lambda o: " ".join(o) or "defaults",
)
def test_google_would_accept_what_to_jsonld_writes(feeds: Path, options: tuple) -> None:
    found = _report(feeds, *options)
    assert found["google"]["accepted"] == _written(feeds, *options)
    assert found["google"]["accepted"] + found["google"]["held_back"] == found["jobs"]


def test_stale_jobs_are_among_the_reasons(feeds: Path) -> None:
    found = _report(feeds)
    reasons = {r["code"]: r["jobs"] for r in found["google"]["reasons"]}
    # stale-1 (a year old) and b-1 (92 days) are stale; undated has no date.
    assert reasons == {"T004": 2, "R003": 1, "I001": 1}
    assert found["google"]["accepted"] == 3
    by_feed = {Path(f["path"]).name: f["accepted"] for f in found["feeds"]}
    assert by_feed == {"a.xml": 2, "b.xml": 1}


def test_the_configuration_is_read_alike(feeds: Path) -> None:
    (feeds / ".jobconv.yaml").write_text("max-age: 14\n", encoding="utf-8")
    found = _report(feeds)
    assert found["google"]["accepted"] == _written(feeds) == 2  # fresh-1, b-2


def test_a_feed_that_broke_off_counts_nothing_and_nothing_is_published(feeds: Path) -> None:
    text = feed_xml(good(externalid="c-1", Postedate="2026-05-30"), good(externalid="c-2"))
    (feeds / "c.xml").write_text(text.replace("</jobs>", "<job></jobs>"), encoding="utf-8")
    found = _report(feeds)
    broken = {Path(f["path"]).name: f["broken"] for f in found["feeds"]}
    assert broken == {"a.xml": False, "b.xml": False, "c.xml": True}
    assert found["google"]["accepted"] == 0 == _written(feeds)
    assert "c.xml broke off" in found["google"]["nothing_published"]
    page = run_cli("report", *TODAY, ".", cwd=feeds, aged=True).stdout.decode()
    assert "Nothing would be published" in page and "broke off" in page
