"""Expiry (``--valid-for``, the ``valid-for`` key, T003) and ``--out-dir --prune``.

Through the installed CLI: ``validThrough`` and HR Open's posting end are the
posting date plus DAYS, a board's own expiry date wins, an expired job is a
T003 warning for ``validate`` and held back from JSON-LD only, and worker
processes judge as one process does. ``--prune`` removes the files jobconv
wrote for jobs gone from the feed, as its hidden manifest lists them, and
nothing else, and nothing at all when the run publishes nothing.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from ..conftest import feed_xml, good, run_cli
from ..unit.test_hropen import assert_valid, official_validator

MANIFEST = ".jobconv-manifest.json"

#: An Indeed feed: job b1 has the board's own expiry date, b2 none.
INDEED = (
    "<source>"
    "<job><title>Agent</title><date>2026-01-02</date><referencenumber>b1</referencenumber>"
    "<url>https://a.example/1</url><company>A</company><city>Leeds</city>"
    "<state>West Yorkshire</state><country>GB</country>"
    "<description><![CDATA[<p>Answer calls for a busy office.</p>]]></description>"
    "<expirationdate>2026-01-20</expirationdate></job>"
    "<job><title>Agent</title><date>2026-01-02</date><referencenumber>b2</referencenumber>"
    "<url>https://a.example/2</url><company>A</company><city>Leeds</city>"
    "<state>West Yorkshire</state><country>GB</country>"
    "<description><![CDATA[<p>Answer calls for a busy office.</p>]]></description></job>"
    "</source>"
)


def write(tmp_path: Path, text: str, name: str = "feed.xml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def jsonl(stdout: bytes) -> dict[str, dict]:
    """JSON-LD lines by the job's id."""
    objs = [json.loads(line) for line in stdout.decode().splitlines()]
    return {o["identifier"]["value"]: o for o in objs}


def t003(text: str) -> list[str]:
    return [line for line in text.splitlines() if " T003 " in line]


# -- validThrough ------------------------------------------------------------


def test_valid_for_writes_valid_through_and_hr_opens_posting_end(tmp_path: Path) -> None:
    feed = write(
        tmp_path,
        feed_xml(
            good(externalid="a", Postedate="2026-01-02"),
            good(externalid="b", Postedate="2026-01-31T09:30:00Z"),  # a date-time: its day
            good(externalid="c", Postedate=None),  # no date: no end either
        ),
    )
    common = ["--isolated", "--today", "2026-01-31", "--valid-for", "30", str(feed)]
    ld = run_cli("to-jsonld", "--format", "jsonl", *common)
    jobs = jsonl(ld.stdout)
    assert jobs["a"]["validThrough"] == "2026-02-01"
    assert jobs["b"]["validThrough"] == "2026-03-02"
    assert "validThrough" not in jobs.get("c", {})  # c is held back anyway (no date: R003)
    hr = run_cli("to-hropen", "--check", "--format", "jsonl", *common)
    assert hr.returncode == 0, hr.stderr.decode()
    openings = [json.loads(line) for line in hr.stdout.decode().splitlines()]
    ends = {
        o["documentId"]["value"]: o["positionProfiles"][0]["postingInstructions"][0].get("end")
        for o in openings
    }
    assert ends == {"a": "2026-02-01", "b": "2026-03-02", "c": None}
    validator = official_validator()  # HR Open's own schemas take the end (skips without them)
    for opening in openings:
        assert_valid(validator, opening)


def test_without_valid_for_a_yubhub_job_has_no_end(tmp_path: Path) -> None:
    feed = write(tmp_path, feed_xml(good(externalid="a", Postedate="2020-01-02")))
    ld = run_cli("to-jsonld", "--isolated", "--format", "jsonl", str(feed))
    assert ld.returncode == 0 and "validThrough" not in jsonl(ld.stdout)["a"]
    assert t003(run_cli("validate", "--isolated", str(feed)).stdout.decode()) == []


def test_the_configuration_key_and_the_option_that_wins_over_it(tmp_path: Path) -> None:
    feed = write(tmp_path, feed_xml(good(externalid="a", Postedate="2026-01-02")))
    (tmp_path / ".jobconv.yaml").write_text("valid-for: 10\n", encoding="utf-8")
    args = ["to-jsonld", "--format", "jsonl", "--today", "2026-01-05", str(feed)]
    from_file = run_cli(*args, cwd=tmp_path)
    assert jsonl(from_file.stdout)["a"]["validThrough"] == "2026-01-12"
    from_option = run_cli(*args, "--valid-for", "60", cwd=tmp_path)
    assert jsonl(from_option.stdout)["a"]["validThrough"] == "2026-03-03"
    isolated = run_cli(*args, "--isolated", cwd=tmp_path)
    assert "validThrough" not in jsonl(isolated.stdout)["a"]


@pytest.mark.parametrize("value", ["0", "ten"])
def test_a_bad_valid_for_is_a_usage_error(tmp_path: Path, value: str) -> None:
    feed = write(tmp_path, feed_xml(good()))
    assert run_cli("validate", "--isolated", "--valid-for", value, str(feed)).returncode == 2
    (tmp_path / ".jobconv.yaml").write_text(f"valid-for: {value}\n", encoding="utf-8")
    proc = run_cli("validate", str(feed), cwd=tmp_path)
    assert proc.returncode == 2 and "valid-for" in proc.stderr.decode()


def test_a_boards_expiry_date_wins_over_valid_for(tmp_path: Path) -> None:
    feed = write(tmp_path, INDEED)
    args = ["--isolated", "--valid-for", "30", str(feed)]
    ld = run_cli("to-jsonld", "--format", "jsonl", "--today", "2026-01-10", *args)
    jobs = jsonl(ld.stdout)
    assert jobs["b1"]["validThrough"] == "2026-01-20"  # the board's, not 2026-02-01
    assert jobs["b2"]["validThrough"] == "2026-02-01"
    # On 2026-01-25 b1 is past its board's date though 30 days have not gone by.
    found = t003(run_cli("validate", "--today", "2026-01-25", *args).stdout.decode())
    assert len(found) == 1
    assert "expirationdate 2026-01-20: the posting ended before today (2026-01-25)" in found[0]


# -- T003 ----------------------------------------------------------------------


def test_t003_is_judged_against_today_and_says_why(tmp_path: Path) -> None:
    feed = write(tmp_path, feed_xml(good(externalid="a", Postedate="2026-01-02")))
    args = ["validate", "--isolated", "--valid-for", "30", str(feed)]
    on_last_day = run_cli(*args, "--today", "2026-02-01")
    assert on_last_day.returncode == 0 and t003(on_last_day.stdout.decode()) == []
    after = run_cli(*args, "--today", "2026-02-02")
    [line] = t003(after.stdout.decode())
    posted = feed.read_text().splitlines().index("      <Postedate>2026-01-02</Postedate>") + 1
    assert line.startswith(f"{feed}:{posted}:")  # at the job's Postedate
    assert line.endswith(
        "T003 [warning] Postedate 2026-01-02, valid for 30 days: expired on 2026-02-01,"
        " before today (2026-02-02)"
    )
    assert after.returncode == 0  # a warning for validate


def test_t003_names_the_boards_date_element(tmp_path: Path) -> None:
    feed = write(tmp_path, INDEED)
    proc = run_cli("validate", "--isolated", "--valid-for", "3", "--today", "2026-01-10", str(feed))
    found = t003(proc.stdout.decode())
    assert len(found) == 1
    assert "date 2026-01-02, valid for 3 days: expired on 2026-01-05" in found[0]


def test_an_expired_job_is_held_back_from_jsonld_but_kept_in_csv(tmp_path: Path) -> None:
    feed = write(
        tmp_path,
        feed_xml(
            good(externalid="old", Postedate="2026-01-02"),
            good(externalid="new", Postedate="2026-02-20"),
        ),
    )
    args = ["--isolated", "--valid-for", "30", "--today", "2026-03-01", str(feed)]
    ld = run_cli("to-jsonld", "--format", "jsonl", *args)
    assert ld.returncode == 1 and list(jsonl(ld.stdout)) == ["new"]
    assert "T003 [error]" in ld.stderr.decode() and "held back 1" in ld.stderr.decode()
    table = run_cli("to-csv", *args)
    assert table.returncode == 0
    rows = list(csv.DictReader(io.StringIO(table.stdout.decode())))
    assert [r["id"] for r in rows] == ["old", "new"]
    assert "T003 [warning]" in table.stderr.decode()


# -- --prune -------------------------------------------------------------------


def listed(folder: Path) -> list[str]:
    return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))["files"]


def feed_of(tmp_path: Path, *ids: str, name: str = "feed.xml") -> Path:
    return write(tmp_path, feed_xml(*(good(externalid=i) for i in ids)), name)


def to_dir(folder: Path, feed: Path, *more: str):
    return run_cli("to-jsonld", "--isolated", "--out-dir", str(folder), *more, str(feed))


def test_prune_removes_exactly_the_stale_files_jobconv_wrote(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    (out / "x.json").write_text("{}")  # a user's file, named as jobconv would name one
    first = to_dir(out, feed_of(tmp_path, "a", "b", "c"))
    assert first.returncode == 0 and listed(out) == ["a.json", "b.json", "c.json"]
    second = to_dir(out, feed_of(tmp_path, "a", "d"), "--prune")
    assert second.returncode == 0, second.stderr.decode()
    assert sorted(p.name for p in out.iterdir()) == [
        MANIFEST,
        "a.json",
        "d.json",
        "notes.txt",
        "x.json",
    ]
    assert (out / "notes.txt").read_text() == "mine" and (out / "x.json").read_text() == "{}"
    err = second.stderr.decode().splitlines()
    assert "Removed 2 files of jobs no longer in the feed: b.json, c.json" in err
    assert err[-1].startswith("Wrote 2 jobs")  # the summary stays last
    assert listed(out) == ["a.json", "d.json"]
    again = to_dir(out, feed_of(tmp_path, "a", "d"), "--prune")
    assert "Removed" not in again.stderr.decode()  # nothing left to remove


def test_without_prune_stale_files_stay_listed_for_a_later_prune(tmp_path: Path) -> None:
    out = tmp_path / "out"
    to_dir(out, feed_of(tmp_path, "a", "b"))
    plain = to_dir(out, feed_of(tmp_path, "a"))
    assert "Removed" not in plain.stderr.decode()
    assert (out / "b.json").exists() and listed(out) == ["a.json", "b.json"]
    pruned = to_dir(out, feed_of(tmp_path, "a"), "--prune", "-q")
    assert pruned.stderr.decode().splitlines() == [
        "Removed 1 file of jobs no longer in the feed: b.json"  # said even with -q
    ]
    assert not (out / "b.json").exists() and listed(out) == ["a.json"]


def test_a_run_that_publishes_nothing_prunes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    to_dir(out, feed_of(tmp_path, "a", "b"))
    manifest = (out / MANIFEST).read_bytes()
    text = feed_xml(good(externalid="a"))
    broken = write(tmp_path, text[: text.index("</job>")], "broken.xml")  # a cut download
    cut = to_dir(out, broken, "--prune")
    assert cut.returncode == 1 and "Wrote nothing" in cut.stderr.decode()
    warned = write(tmp_path, feed_xml(good(externalid="a", Jobtype="gig")))  # V001, a warning
    strict = to_dir(out, warned, "--strict", "--prune")
    assert strict.returncode == 1 and "Wrote nothing" in strict.stderr.decode()
    for proc in (cut, strict):
        assert "Removed" not in proc.stderr.decode()
    assert (out / "b.json").exists() and (out / MANIFEST).read_bytes() == manifest


def test_prune_removes_the_file_of_a_job_now_held_back(tmp_path: Path) -> None:
    out = tmp_path / "out"
    feed = write(
        tmp_path,
        feed_xml(good(externalid="old", Postedate="2026-01-02"), good(externalid="new")),
    )
    args = ["--valid-for", "30", "--prune"]
    assert to_dir(out, feed, *args, "--today", "2026-01-10").returncode == 0
    assert listed(out) == ["new.json", "old.json"]
    later = to_dir(out, feed, *args, "--today", "2026-05-10")  # old has expired
    assert later.returncode == 1
    assert "Removed 1 file of jobs no longer in the feed or held back: old.json" in (
        later.stderr.decode()
    )
    assert sorted(p.name for p in out.iterdir()) == [MANIFEST, "new.json"]


def test_prune_never_follows_a_manifest_out_of_the_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    outside = tmp_path / "precious.json"
    outside.write_text("keep")
    (out / "link.json").symlink_to(outside)
    (out / MANIFEST).write_text(
        json.dumps({"files": ["../precious.json", "link.json", MANIFEST, "gone.json"]})
    )
    proc = to_dir(out, feed_of(tmp_path, "a"), "--prune")
    assert proc.returncode == 0 and "Removed" not in proc.stderr.decode()
    assert outside.read_text() == "keep" and (out / "link.json").is_symlink()
    assert listed(out) == ["a.json"]


def test_prune_needs_out_dir(tmp_path: Path) -> None:
    proc = run_cli("to-jsonld", "--isolated", "--prune", str(feed_of(tmp_path, "a")))
    assert proc.returncode == 2 and "--prune is for --out-dir" in proc.stderr.decode()
    assert proc.stdout == b""
