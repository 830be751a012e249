"""``diff --format indexing``: notices Google accepts, for what the JSON-LD
converter publishes: its gate, its dates, its configuration; each URL once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from converter.indexing import AddressError, Addressing, Notice, notices

from ..conftest import feed_xml, good, run_cli

SITE = "https://site.example/jobs/{id}"


def job(n: int, **changes: str | None) -> dict[str, str | None]:
    fields = {"externalid": str(n), "Applyto": f"https://ats.example/apply/{n}"}
    return good(**{**fields, **changes})


def write(tmp_path: Path, name: str, *jobs: dict[str, str | None]) -> str:
    path = tmp_path / name
    path.write_text(feed_xml(*jobs), encoding="utf-8")
    return str(path)


def indexing(old: str, new: str, *more: str, cwd: Path | None = None) -> list[tuple[str, str]]:
    proc = run_cli("diff", old, new, "--format", "indexing", *more, aged=True, cwd=cwd)
    assert proc.returncode == 0, proc.stderr.decode()
    return [(n["url"], n["type"]) for n in map(json.loads, proc.stdout.decode().splitlines())]


def site(n: int) -> str:
    return SITE.replace("{id}", str(n))


@pytest.mark.parametrize(
    ("more", "said"),
    [
        ((), b"needs the URL of each job's page on your site"),
        (("--url-template", "/jobs/{id}"), b"not an absolute http(s) URL"),
        (("--url-template", "javascript:alert('{id}')"), b"not an absolute http(s) URL"),
        (("--url-template", "https://site.example/jobs/"), b"needs {id}"),
        (("--url-template", SITE, "--url-field", "Applyto"), b"not both"),
    ],
)
def test_notices_need_the_page_url(tmp_path: Path, more: tuple[str, ...], said: bytes) -> None:
    old = write(tmp_path, "old.xml", job(1))
    new = write(tmp_path, "new.xml", job(2))
    proc = run_cli("diff", old, new, "--format", "indexing", *more)
    assert proc.returncode == 2
    assert said in proc.stderr and proc.stdout == b""
    assert b"Traceback" not in proc.stderr


def test_url_options_belong_to_indexing(tmp_path: Path) -> None:
    old = write(tmp_path, "old.xml", job(1))
    proc = run_cli("diff", old, old, "--url-template", SITE)
    assert proc.returncode == 2 and b"for --format indexing" in proc.stderr


def test_removed_added_and_changed(tmp_path: Path) -> None:
    old = write(tmp_path, "old.xml", job(1), job(2), job(3))
    new = write(tmp_path, "new.xml", job(3), job(2, Title="Sous Chef"), job(4))
    got = indexing(old, new, "--url-template", SITE, "--today", "2026-05-10")
    assert got == [(site(2), "URL_UPDATED"), (site(4), "URL_UPDATED"), (site(1), "URL_DELETED")]


def test_a_job_the_converter_holds_back_is_deleted_not_updated(tmp_path: Path) -> None:
    old = write(tmp_path, "old.xml", job(1), job(2))
    # Job 1 loses its title (an error: held back from JSON-LD); job 2 changes.
    new = write(tmp_path, "new.xml", job(1, Title=""), job(2, Title="Sous Chef"))
    got = indexing(old, new, "--url-template", SITE, "--today", "2026-05-10")
    assert got == [(site(2), "URL_UPDATED"), (site(1), "URL_DELETED")]


def test_held_back_in_both_editions_says_nothing(tmp_path: Path) -> None:
    old = write(tmp_path, "old.xml", job(1, Title=""), job(2))
    new = write(tmp_path, "new.xml", job(1, Title="", Category="Kitchen"), job(2))
    assert indexing(old, new, "--url-template", SITE, "--today", "2026-05-10") == []


def test_a_job_that_becomes_publishable_is_updated(tmp_path: Path) -> None:
    old = write(tmp_path, "old.xml", job(1, Employername=""))
    new = write(tmp_path, "new.xml", job(1))
    got = indexing(old, new, "--url-template", SITE, "--today", "2026-05-10")
    assert got == [(site(1), "URL_UPDATED")]


def test_a_job_that_turns_stale_is_deleted(tmp_path: Path) -> None:
    """Posted 2026-05-01: 80 days old when OLD was published, 106 now."""
    feed = write(tmp_path, "feed.xml", job(1), job(2, Postedate="2026-08-01"))
    same = write(tmp_path, "same.xml", job(1), job(2, Postedate="2026-08-01"))
    dates = ("--today", "2026-08-15", "--since", "2026-07-20")
    assert indexing(feed, same, "--url-template", SITE, *dates) == [(site(1), "URL_DELETED")]
    # Stale on both days: it was deleted before; nothing more is said.
    late = ("--today", "2026-09-15", "--since", "2026-09-14")
    assert indexing(feed, same, "--url-template", SITE, *late) == []
    # The day before --today by default: the daily run deletes it on the day.
    assert indexing(feed, same, "--url-template", SITE, "--today", "2026-07-31") == [
        (site(1), "URL_DELETED")
    ]
    # --max-age 0 turns staleness off, as for to-jsonld.
    off = indexing(feed, same, "--url-template", SITE, *dates, "--max-age", "0")
    assert off == []


def test_an_expired_job_is_deleted(tmp_path: Path) -> None:
    feed = write(tmp_path, "feed.xml", job(1), job(2, Postedate="2026-05-20"))
    dates = ("--today", "2026-06-05", "--since", "2026-05-30", "--valid-for", "30")
    assert indexing(feed, feed, "--url-template", SITE, *dates) == [(site(1), "URL_DELETED")]


def test_the_configuration_is_the_converters(tmp_path: Path) -> None:
    (tmp_path / ".jobconv.yaml").write_text("max-age: 20\n")
    feed = write(tmp_path, "feed.xml", job(1))
    dates = ("--today", "2026-05-25", "--since", "2026-05-20")
    assert indexing(feed, feed, "--url-template", SITE, *dates, cwd=tmp_path) == [
        (site(1), "URL_DELETED")
    ]
    isolated = indexing(feed, feed, "--url-template", SITE, *dates, "--isolated", cwd=tmp_path)
    assert isolated == []
    # The converter with the same configuration agrees: it holds the job back.
    converted = run_cli("to-jsonld", "--today", "2026-05-25", feed, aged=True, cwd=tmp_path)
    assert converted.returncode == 1 and b"T004" in converted.stderr


def test_a_changed_url_deletes_the_old_one(tmp_path: Path) -> None:
    old = write(tmp_path, "old.xml", job(1, Applyto="https://site.example/old/1"))
    new = write(tmp_path, "new.xml", job(1, Applyto="https://site.example/new/1"))
    got = indexing(old, new, "--url-field", "Applyto", "--today", "2026-05-10")
    assert got == [
        ("https://site.example/new/1", "URL_UPDATED"),
        ("https://site.example/old/1", "URL_DELETED"),
    ]


def test_each_url_once(tmp_path: Path) -> None:
    shared = "https://site.example/careers"
    old = write(tmp_path, "old.xml", job(1, Applyto=shared), job(2, Applyto=shared), job(5))
    new = write(
        tmp_path,
        "new.xml",
        job(1, Applyto=shared, Title="Chef"),
        job(2, Applyto=shared, Title="Cook"),
        job(3, Applyto="https://site.example/3"),
        job(4, Applyto="https://site.example/3"),
    )
    got = indexing(old, new, "--url-field", "Applyto", "--today", "2026-05-10")
    assert got == [
        (shared, "URL_UPDATED"),
        ("https://site.example/3", "URL_UPDATED"),
        ("https://ats.example/apply/5", "URL_DELETED"),
    ]
    assert len({url for url, _ in got}) == len(got)


def test_a_url_field_in_the_feeds_own_names(tmp_path: Path) -> None:
    indeed = tmp_path / "indeed.xml"
    converted = run_cli("convert", "--to", "indeed", write(tmp_path, "f.xml", job(7)))
    indeed.write_bytes(converted.stdout)
    empty = write(tmp_path, "empty.xml")
    got = indexing(empty, str(indeed), "--url-field", "url", "--today", "2026-05-10")
    assert got == [("https://ats.example/apply/7", "URL_UPDATED")]


def test_a_job_without_a_url_in_the_field_is_said(tmp_path: Path) -> None:
    empty = write(tmp_path, "empty.xml")
    new = write(tmp_path, "new.xml", job(1, Employerwebsite=None))
    proc = run_cli(
        "diff", empty, new, "--format", "indexing", "--url-field", "Employerwebsite",
        "--today", "2026-05-10",
    )  # fmt: skip
    assert proc.returncode == 0 and proc.stdout == b""
    assert b"job '1' has no URL in the field named: no notice" in proc.stderr


# The notices from two editions, as the library gives them.
NOTICES = [
    ({}, {"1": "u1"}, set(), [("u1", "URL_UPDATED")]),
    ({"1": "u1"}, {}, set(), [("u1", "URL_DELETED")]),
    ({"1": "u1"}, {"1": "u1"}, set(), []),
    ({"1": "u1"}, {"1": "u1"}, {"1"}, [("u1", "URL_UPDATED")]),
    ({"1": "u1"}, {"1": "u2"}, set(), [("u2", "URL_UPDATED"), ("u1", "URL_DELETED")]),
    ({"1": "u1", "2": "u2"}, {"2": "u1"}, set(), [("u1", "URL_UPDATED"), ("u2", "URL_DELETED")]),
    ({"1": None}, {"1": None}, {"1"}, []),
]


@pytest.mark.parametrize(("old", "new", "changed", "expected"), NOTICES)
def test_notices_table(old: dict, new: dict, changed: set, expected: list) -> None:
    assert list(notices(old, new, changed)) == [Notice(u, t) for u, t in expected]


def test_addressing_quotes_the_id() -> None:
    assert Addressing.of(SITE, None).url("a b/c") == "https://site.example/jobs/a%20b%2Fc"
    with pytest.raises(AddressError):
        Addressing.of("ftp://site.example/{id}", None)
