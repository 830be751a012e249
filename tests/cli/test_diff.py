"""``jobconv diff OLD NEW``, through the real CLI: which jobs are new, changed, gone."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from ..conftest import feed_xml, good, run_cli


def job(n: int, **changes: str | None) -> dict[str, str | None]:
    fields = {
        "externalid": str(n),
        "Title": f"Cook {n}",
        "Applyto": f"https://jobs.example.com/{n}",
    }
    return good(**{**fields, **changes})


def write(tmp_path: Path, name: str, *jobs: dict[str, str | None]) -> str:
    path = tmp_path / name
    path.write_text(feed_xml(*jobs), encoding="utf-8")
    return str(path)


def diff_json(*args: str) -> dict:
    result = run_cli("diff", *args, "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_added_removed_changed_and_unchanged(tmp_path: Path) -> None:
    old = write(tmp_path, "old.xml", job(1), job(2), job(3))
    new = write(tmp_path, "new.xml", job(2), job(3, Compensationmax="35000"), job(4))
    found = diff_json(old, new)
    assert found == {
        "added": ["4"],
        "removed": ["1"],
        "changed": [
            {"externalid": "3", "fields": {"Compensationmax": {"old": "32000", "new": "35000"}}}
        ],
        "unchanged": 1,
    }
    text = run_cli("diff", old, new)
    assert text.stdout.decode().splitlines() == [
        "+ 4",
        "- 1",
        "~ 3: Compensationmax '32000' -> '35000'",
    ]
    assert b"1 added, 1 removed, 1 changed, 1 unchanged." in text.stderr


def test_reordering_and_reformatting_are_no_change(tmp_path: Path) -> None:
    old = write(tmp_path, "old.xml", job(1), job(2))
    new = write(
        tmp_path,
        "new.xml",
        job(2, Title="  Cook   2 "),
        job(1, Compensationmax="32000.00", Country="GB"),
    )
    assert diff_json(old, new) == {"added": [], "removed": [], "changed": [], "unchanged": 2}
    result = run_cli("diff", old, new, "--exit-code")
    assert result.returncode == 0
    raw = diff_json(old, new, "--raw")
    changed = {c["externalid"]: c["fields"] for c in raw["changed"]}
    assert changed["1"]["Compensationmax"] == {"old": "32000", "new": "32000.00"}
    assert changed["1"]["Country"] == {"old": "United Kingdom", "new": "GB"}
    assert changed["2"]["Title"] == {"old": "Cook 2", "new": "  Cook   2 "}


def test_a_job_that_moves_and_changes_is_changed(tmp_path: Path) -> None:
    old = write(tmp_path, "old.xml", job(1), job(2), job(3))
    new = write(tmp_path, "new.xml", job(3), job(2), job(1, Location="York", Salaryrange=None))
    found = diff_json(old, new)
    assert found["unchanged"] == 2 and not found["added"] and not found["removed"]
    [change] = found["changed"]
    assert change["externalid"] == "1"
    assert change["fields"] == {
        "Location": {"old": "Leeds", "new": "York"},
        "Salaryrange": {"old": "£28,000 - £32,000 per annum", "new": None},
    }


def test_repeated_ids_are_compared_by_their_first_job(tmp_path: Path) -> None:
    old = write(tmp_path, "old.xml", job(1), job(1, Title="Second"), job(2))
    new = write(tmp_path, "new.xml", job(1), job(2), job(2, Title="Again"))
    result = run_cli("diff", old, new, "--format", "json")
    assert result.returncode == 0
    assert json.loads(result.stdout)["unchanged"] == 2
    err = result.stderr.decode()
    assert f"{old}: id '1' repeats at line" in err
    assert f"{new}: id '2' repeats at line" in err


def test_exit_code_as_git_diff(tmp_path: Path) -> None:
    old = write(tmp_path, "old.xml", job(1))
    new = write(tmp_path, "new.xml", job(1, Title="Head Cook"))
    assert run_cli("diff", old, new).returncode == 0
    assert run_cli("diff", old, new, "--exit-code").returncode == 1
    assert run_cli("diff", old, old, "--exit-code").returncode == 0


def test_indexing_notifications(tmp_path: Path) -> None:
    """More in test_indexing.py: the gate, stale and held jobs, changed URLs."""
    old = write(tmp_path, "old.xml", job(1), job(2), job(3))
    new = write(tmp_path, "new.xml", job(2, Title="Sous Chef"), job(3), job(4))
    result = run_cli("diff", old, new, "--format", "indexing", "--url-field", "Applyto")
    assert result.returncode == 0, result.stderr
    notes = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert notes == [
        {"url": "https://jobs.example.com/2", "type": "URL_UPDATED"},
        {"url": "https://jobs.example.com/4", "type": "URL_UPDATED"},
        {"url": "https://jobs.example.com/1", "type": "URL_DELETED"},
    ]
    templated = run_cli(
        "diff", old, new, "--format", "indexing", "--url-template", "https://site.example/j/{id}"
    )
    urls = [json.loads(line)["url"] for line in templated.stdout.decode().splitlines()]
    assert urls == [f"https://site.example/j/{n}" for n in (2, 4, 1)]
    bad = run_cli(
        "diff", old, new, "--format", "indexing", "--url-template", "https://site.example/"
    )
    assert bad.returncode == 2 and b"{id}" in bad.stderr


def test_board_feeds_are_compared_in_their_own_terms(tmp_path: Path) -> None:
    """An Indeed feed written by jobconv, then changed: fields are Indeed's names."""
    old = tmp_path / "old.xml"
    source = write(tmp_path, "src.xml", job(1), job(2))
    made = run_cli("to-indeed", source, "-o", str(old))
    assert made.returncode in (0, 1), made.stderr
    text = old.read_text(encoding="utf-8")
    new = tmp_path / "new.xml"
    new.write_text(text.replace("Cook 2", "Chef 2"), encoding="utf-8")
    found = diff_json(str(old), str(new))
    [change] = found["changed"]
    assert change["externalid"] == "2"
    assert list(change["fields"]) == ["title"]
    # gzip and a different order are still the same jobs
    packed = tmp_path / "old.xml.gz"
    packed.write_bytes(gzip.compress(old.read_bytes()))
    assert diff_json(str(old), str(packed))["unchanged"] == 2


def test_a_broken_feed_is_exit_2_naming_where(tmp_path: Path) -> None:
    old = write(tmp_path, "old.xml", job(1))
    broken = tmp_path / "broken.xml"
    broken.write_text(feed_xml(job(1))[:-40], encoding="utf-8")
    result = run_cli("diff", old, str(broken))
    assert result.returncode == 2
    assert f"{broken}:".encode() in result.stderr
    assert b"cannot compare a broken feed" in result.stderr
    missing = run_cli("diff", old, str(tmp_path / "nowhere.xml"))
    assert missing.returncode == 2 and b"cannot read" in missing.stderr


def test_output_file_is_written_atomically_and_never_over_an_input(tmp_path: Path) -> None:
    old = write(tmp_path, "old.xml", job(1))
    new = write(tmp_path, "new.xml", job(2))
    out = tmp_path / "diff.json"
    assert run_cli("diff", old, new, "--format", "json", "-o", str(out)).returncode == 0
    assert json.loads(out.read_text())["added"] == ["2"]
    refused = run_cli("diff", old, new, "-o", new)
    assert refused.returncode == 2
    assert Path(new).read_text(encoding="utf-8") == feed_xml(job(2))


def test_standard_input_for_one_side(tmp_path: Path) -> None:
    old = write(tmp_path, "old.xml", job(1))
    piped = feed_xml(job(1, Title="Chef"), job(5)).encode()
    result = run_cli("diff", old, "-", "--format", "json", stdin=piped)
    found = json.loads(result.stdout)  # stdin is read twice: copied first
    assert found["added"] == ["5"]
    assert found["changed"] == [
        {"externalid": "1", "fields": {"Title": {"old": "Cook 1", "new": "Chef"}}}
    ]
    both = run_cli("diff", "-", "-", stdin=piped)
    assert both.returncode == 2 and b"only one of OLD and NEW" in both.stderr
