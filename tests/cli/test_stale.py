"""Stale postings (T004): a job with no end, posted more than --max-age days
ago, is a warning in validate, held back from JSON-LD, kept in CSV and HR Open."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from converter.feed.build import build_job
from converter.lint.checks import JobChecks
from converter.lint.rules import RULES
from converter.lint.rules.base import Context
from converter.lint.rules.dates import stale_posting

from ..conftest import feed_xml, good, run_cli

TODAY = date(2026, 6, 1)


def job(posted: str | None, expires: str | None = None):
    raw = {"externalid": "a", "Title": "Cook"}
    if posted is not None:
        raw["Postedate"] = posted
    if expires is not None:
        raw["Expires"] = expires
    return build_job(raw)


@pytest.mark.parametrize(
    ("posted", "expires", "valid_for", "max_age", "stale"),
    [
        ("2026-03-03", None, None, 90, False),  # exactly 90 days: not yet
        ("2026-03-02", None, None, 90, True),  # 91 days
        ("2025-01-10", None, None, 90, True),  # 17 months
        ("2025-01-10", None, None, 0, False),  # 0: off
        ("2025-01-10", None, None, 1000, False),
        ("2025-01-10", "2026-12-31", None, 90, False),  # an end: T003's to judge
        ("2025-01-10", "2025-02-01", None, 90, False),  # expired is T003, not T004
        ("2025-01-10", None, 30, 90, False),  # --valid-for gives it an end
        ("2026-05-30T09:00:00Z", None, None, 1, True),  # a date-time: its day
        (None, None, None, 90, False),  # no date: R003's to say
        ("soon", None, None, 90, False),  # unreadable: T001's to say
        ("2027-01-01", None, None, 90, False),  # the future: T002's to say
    ],
)
def test_which_jobs_are_stale(posted, expires, valid_for, max_age, stale) -> None:
    ctx = Context(today=TODAY, valid_for=valid_for, max_age=max_age)
    assert bool(list(stale_posting(job(posted, expires), ctx))) is stale


def test_the_finding_says_how_old_and_how_to_allow() -> None:
    (finding,) = stale_posting(job("2025-01-10"), Context(today=TODAY, max_age=90))
    assert finding.field == "Postedate"
    assert finding.message == (
        "Postedate 2025-01-10 is 507 days old and no expiry date is given:"
        " stale after 90 days (--max-age)"
    )
    rule = RULES["T004"]
    assert rule.name == "stale-posting" and rule.targets == ("jsonld",)


def test_job_checks_pass_max_age_to_the_rules() -> None:
    checks = JobChecks(["T004"], TODAY, None, 30)
    assert checks.ctx.max_age == 30


@pytest.fixture
def stale_feed(tmp_path: Path) -> Path:
    path = tmp_path / "old.xml"
    path.write_text(
        feed_xml(
            good(externalid="old-1", Postedate="2025-01-10"),
            good(externalid="new-1", Postedate="2026-05-20"),
        ),
        encoding="utf-8",
    )
    return path


def test_validate_warns_and_converters_follow_the_target(stale_feed: Path) -> None:
    today = ("--today", "2026-06-01", "--isolated")
    validate = run_cli("validate", *today, "--max-age", "90", str(stale_feed))
    assert validate.returncode == 0, validate.stderr.decode()
    lines = [x for x in validate.stdout.decode().splitlines() if " T004 " in x]
    assert len(lines) == 1 and "T004 [warning] Postedate 2025-01-10 is 507 days old" in lines[0]

    jsonld = run_cli("to-jsonld", *today, "--max-age", "90", str(stale_feed))
    assert jsonld.returncode == 1  # held back: an error when converting to JSON-LD
    assert [p["identifier"]["value"] for p in json.loads(jsonld.stdout)] == ["new-1"]
    assert "T004 [error]" in jsonld.stderr.decode()

    table = run_cli("to-csv", *today, "--max-age", "90", str(stale_feed))
    assert table.returncode == 0
    rows = list(csv.DictReader(io.StringIO(table.stdout.decode())))
    assert [r["id"] for r in rows] == ["old-1", "new-1"]

    hropen = run_cli("to-hropen", *today, "--max-age", "90", str(stale_feed))
    assert hropen.returncode == 0
    assert len(json.loads(hropen.stdout)) == 2


def test_max_age_from_the_configuration_and_zero_turns_it_off(
    stale_feed: Path, tmp_path: Path
) -> None:
    config = tmp_path / ".jobconv.yaml"
    config.write_text("max-age: 1000\n", encoding="utf-8")
    today = ("--today", "2026-06-01")
    kept = run_cli("to-jsonld", *today, "--config", str(config), str(stale_feed), aged=True)
    assert kept.returncode == 0, kept.stderr.decode()
    assert len(json.loads(kept.stdout)) == 2
    config.write_text("max-age: 30\n", encoding="utf-8")
    held = run_cli("to-jsonld", *today, "--config", str(config), str(stale_feed), aged=True)
    assert len(json.loads(held.stdout)) == 1
    # The option wins over the configuration; 0 is off.
    off = run_cli("to-jsonld", *today, "--config", str(config), "--max-age", "0", str(stale_feed))
    assert len(json.loads(off.stdout)) == 2


def test_the_default_is_90_days(stale_feed: Path) -> None:
    # Not through run_cli's default: the command line as a user types it.
    import subprocess

    from ..conftest import jobconv_command

    done = subprocess.run(
        [*jobconv_command(), "validate", "--isolated", "--today", "2026-06-01", str(stale_feed)],
        capture_output=True,
    )
    assert b"T004 [warning]" in done.stdout
    assert b"stale after 90 days" in done.stdout


def test_valid_for_gives_an_end_so_no_staleness(stale_feed: Path) -> None:
    done = run_cli(
        "validate", "--isolated", "--today", "2026-06-01", "--max-age", "90",
        "--valid-for", "30", str(stale_feed),
    )  # fmt: skip
    out = done.stdout.decode()
    assert " T004 " not in out
    assert "T003 [warning] Postedate 2025-01-10, valid for 30 days" in out
