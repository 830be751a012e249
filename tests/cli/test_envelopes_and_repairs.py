"""Slips real feeds make, read as their writers meant and said: a board's
document inside an envelope of its own (S004), stray text between a job's
elements (S005), a field whose end tag was lost (X006)."""

from __future__ import annotations

import csv
import gzip
import io
import json
import random
from pathlib import Path

import pytest

from converter.feed.unclosed import MAX_REPAIRS, Closing, Repair

from ..conftest import run_cli

#: Adzuna's XSD asks for 100 characters of description at least.
WELD = (
    "Weld steel frames for farm buildings, read drawings, keep the bay tidy and safe."
    " Days only, no weekends."
)


def _adzuna_job(i: int, url: str | None = None, after_title: str = "") -> str:
    url = url if url is not None else f"<url>https://jobs.example.com/{i}</url>"
    return f"""    <job>
        <id>a{i}</id>
        <title>Welder {i}</title>{after_title}
        <description>{WELD}</description>
        {url}
        <location>Leeds</location>
        <country>GB</country>
        <company>Acme</company>
        <date>2026-05-01</date>
        <contract_time>full_time</contract_time>
    </job>
"""


def _feed(*jobs: str, root: str = '<rss version="2.0">', end: str = "</rss>") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{root}\n<jobs>\n{"".join(jobs)}</jobs>\n{end}\n'
    )


def _plain(*jobs: str) -> str:
    """An Adzuna feed as Adzuna specifies it: ``<jobs>`` its root."""
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<jobs>\n{"".join(jobs)}</jobs>\n'


def _validate(path: Path, *args: str) -> tuple[int, dict]:
    proc = run_cli("validate", "--format", "json", "--today", "2026-05-02", *args, str(path))
    return proc.returncode, json.loads(proc.stdout)


def _codes(report: dict) -> list[str]:
    return [d["code"] for d in report["diagnostics"]]


def _rows(path: Path, *args: str) -> list[dict[str, str]]:
    proc = run_cli("to-csv", "--today", "2026-05-02", *args, str(path))
    return list(csv.DictReader(io.StringIO(proc.stdout.decode())))


# -- a board's document in an envelope (S004) ---------------------------------


def test_a_board_feed_inside_an_element_of_its_own_is_read_as_that_board(tmp_path: Path) -> None:
    path = tmp_path / "wrapped.xml"
    path.write_text(_feed(_adzuna_job(1), _adzuna_job(2)))
    code, report = _validate(path)
    assert code == 0
    assert report["summary"]["dialects"] == {"adzuna in <rss>": 1}
    assert report["summary"]["jobs"] == 2
    [s004] = [d for d in report["diagnostics"] if d["code"] == "S004"]
    assert (s004["line"], s004["column"], s004["severity"]) == (2, 1, "warning")
    assert s004["message"] == (
        "the jobs sit in <rss>, which Adzuna feeds do not have (their root is <jobs>):"
        " read as adzuna inside it"
    )
    assert "S001" not in _codes(report)  # the board's own root is judged, not the envelope
    rows = _rows(path)
    assert [(r["id"], r["apply_url"], r["country"]) for r in rows] == [
        ("a1", "https://jobs.example.com/1", "GB"),
        ("a2", "https://jobs.example.com/2", "GB"),
    ]


def test_the_envelope_is_told_in_the_summary_line_and_can_be_chosen(tmp_path: Path) -> None:
    path = tmp_path / "wrapped.xml"
    path.write_text(_feed(_adzuna_job(1), root="<export>", end="</export>"))
    proc = run_cli("validate", str(path))
    assert "(1 file read as adzuna in <export>, 1 job)" in proc.stderr.decode()
    chosen = run_cli("validate", "--dialect", "adzuna in <export>", str(path))
    assert chosen.returncode == 0 and chosen.stdout == proc.stdout


def test_nested_careerjet_jobs_in_an_envelope_are_careerjet(tmp_path: Path) -> None:
    job = """    <job><id>c1</id><title>Cook</title><url>https://a.example/c1</url>
      <location><city>Porto</city><region>Norte</region><country>PT</country></location>
      <company>Tasca</company><description>Cook.</description><contract_type>permanent</contract_type>
      <working_hours>full-time</working_hours></job>
"""
    path = tmp_path / "careerjet.xml"
    path.write_text(_feed(job, root="<feed>", end="</feed>"))
    code, report = _validate(path)
    assert code == 0, report
    assert report["summary"]["dialects"] == {"careerjet in <feed>": 1}
    [row] = _rows(path)
    assert (row["locality"], row["region"], row["country"]) == ("Porto", "Norte", "PT")


def test_jobs_with_none_of_a_board_s_elements_are_no_board_s_in_an_envelope(
    tmp_path: Path,
) -> None:
    path = tmp_path / "odd.xml"
    path.write_text("<rss><jobs><job><Jobname>x</Jobname><Hirer>y</Hirer></job></jobs></rss>")
    proc = run_cli("validate", str(path))
    assert proc.returncode == 2
    assert "it fits no feed dialect jobconv knows: it has <rss><jobs><job>" in proc.stderr.decode()


# -- stray text between a job's elements (S005) -------------------------------


def test_stray_text_in_a_board_job_is_a_warning_said_once_per_feed(tmp_path: Path) -> None:
    path = tmp_path / "stray.xml"
    jobs = [_adzuna_job(i, after_title=">" if i < 3 else "") for i in range(4)]
    path.write_text(_plain(*jobs))
    code, report = _validate(path)
    assert code == 0, report
    [s005] = [d for d in report["diagnostics"] if d["code"] == "S005"]
    lines = path.read_text().splitlines()
    assert lines[s005["line"] - 1][s005["column"] - 1 :] == ">"
    assert s005["message"] == (
        "text '>' after </title> is not read: only white space belongs between a job's"
        " elements (and in 2 more jobs)"
    )
    assert "S001" not in _codes(report)
    assert [r["title"] for r in _rows(path)] == [f"Welder {i}" for i in range(4)]


def test_stray_text_in_a_yubhub_job_stays_an_error(tmp_path: Path) -> None:
    from ..conftest import feed_xml, good

    path = tmp_path / "yubhub.xml"
    path.write_text(feed_xml(good()).replace("</Title>", "</Title>oops", 1))
    code, report = _validate(path)
    assert code == 1
    assert "S001" in _codes(report) and "S005" not in _codes(report)


# -- a field whose end tag was lost (X006) -------------------------------------


def _broken(tmp_path: Path, url: str = "<url>https://jobs.example.com/2>", n: int = 4) -> Path:
    jobs = [_adzuna_job(i, url if i == 2 else None) for i in range(n)]
    path = tmp_path / "broken.xml"
    path.write_text(_plain(*jobs))
    return path


@pytest.mark.parametrize(
    ("url", "read"),
    [
        ("<url>https://jobs.example.com/2>", "https://jobs.example.com/2"),  # '>': its end tag's
        ("<url>https://jobs.example.com/2", "https://jobs.example.com/2"),
        ("<url>https://jobs.example.com/2  ", "https://jobs.example.com/2"),
    ],
)
def test_a_field_left_open_is_closed_where_its_text_ends(
    tmp_path: Path, url: str, read: str
) -> None:
    path = _broken(tmp_path, url)
    code, report = _validate(path)
    assert code == 0, report
    assert report["summary"]["jobs"] == 4
    [x006] = [d for d in report["diagnostics"] if d["code"] == "X006"]
    lines = path.read_text().splitlines()
    assert lines[x006["line"] - 1][x006["column"] - 1 :].startswith(
        "<url>https://jobs.example.com/2"
    )
    assert x006["severity"] == "warning" and x006["job_id"] == "a2"
    assert x006["message"].startswith(f"<url> (line {x006['line']}) is never closed")
    rows = _rows(path)
    assert [r["apply_url"] for r in rows] == [
        "https://jobs.example.com/0",
        "https://jobs.example.com/1",
        read,
        "https://jobs.example.com/3",
    ]
    assert [r["locality"] for r in rows] == ["Leeds"] * 4  # what follows the field is the job's
    jsonld = run_cli("to-jsonld", "--format", "jsonl", "--today", "2026-05-02", str(path))
    assert jsonld.returncode == 0 and len(jsonld.stdout.splitlines()) == 4


def test_a_field_of_several_lines_is_closed_after_its_last(tmp_path: Path) -> None:
    jobs = [_adzuna_job(i) for i in range(2)]
    jobs[1] = jobs[1].replace(
        f"<description>{WELD}</description>",
        f"<description>{WELD}\n  And gates &amp; rails.\n",
    )
    path = tmp_path / "feed.xml"
    path.write_text(_plain(*jobs))
    code, report = _validate(path)
    assert code == 0, report
    [x006] = [d for d in report["diagnostics"] if d["code"] == "X006"]
    assert x006["message"] == (
        f"<description> (line {x006['line']}) is never closed: read as ending where its text"
        f" ends, at line {x006['line'] + 1} (its end tag put in there); write </description>"
    )
    rows = _rows(path)
    assert rows[1]["description"] == f"{WELD}\nAnd gates & rails."
    assert rows[1]["apply_url"] == "https://jobs.example.com/1"


def test_a_field_left_open_in_a_gzip_file_and_with_workers_is_closed_alike(
    tmp_path: Path,
) -> None:
    path = _broken(tmp_path)
    packed = tmp_path / "broken.xml.gz"
    packed.write_bytes(gzip.compress(path.read_bytes()))
    serial = run_cli("to-csv", "--today", "2026-05-02", str(path))
    for args in (["-j", "2", str(path)], [str(packed)], ["-j", "2", str(packed)]):
        proc = run_cli("to-csv", "--today", "2026-05-02", *args)
        assert proc.returncode == 0
        assert proc.stdout == serial.stdout
        assert "X006 [warning]" in proc.stderr.decode()


def test_a_stream_read_once_keeps_x001_and_says_a_file_would_be_repaired(
    tmp_path: Path,
) -> None:
    data = _broken(tmp_path).read_bytes()
    proc = run_cli("to-csv", "--today", "2026-05-02", "-", stdin=data)
    assert proc.returncode == 1
    err = proc.stderr.decode()
    assert "X001 [error]" in err and "the output is incomplete" in err  # jobs before streamed
    held = run_cli("to-csv", "--today", "2026-05-02", "--strict", "-", stdin=data)
    assert held.returncode == 1 and held.stdout == b""
    assert "(read from a file, jobconv would close <url> where its text ends, X006" in err


def test_an_element_left_open_around_elements_stays_x001(tmp_path: Path) -> None:
    job = _adzuna_job(1).replace(f"<description>{WELD}</description>", "<description>")
    path = tmp_path / "feed.xml"
    path.write_text(_plain(_adzuna_job(0), job))
    code, report = _validate(path)
    assert code == 1
    assert "X001" in _codes(report) and "X006" not in _codes(report)


def test_past_the_most_repairs_a_feed_may_have_the_next_break_is_x001(tmp_path: Path) -> None:
    n = MAX_REPAIRS + 2
    jobs = [_adzuna_job(i, f"<url>https://jobs.example.com/{i}>") for i in range(n)]
    path = tmp_path / "feed.xml"
    path.write_text(_plain(*jobs))
    code, report = _validate(path)
    assert code == 1
    assert _codes(report).count("X006") == MAX_REPAIRS
    assert _codes(report).count("X001") == 1


def test_a_one_line_feed_with_a_byte_order_mark_is_closed_at_the_right_byte(
    tmp_path: Path,
) -> None:
    body = "".join(
        _adzuna_job(i, "<url>https://a.example/1>" if i == 1 else None) for i in range(3)
    )
    one_line = "<jobs>" + "".join(part.strip() for part in body.splitlines()) + "</jobs>"
    path = tmp_path / "feed.xml"
    path.write_bytes(b"\xef\xbb\xbf" + one_line.encode())
    code, report = _validate(path)
    assert code == 0, report
    [x006] = [d for d in report["diagnostics"] if d["code"] == "X006"]
    assert x006["line"] == 1 and one_line[x006["column"] - 1 :].startswith(
        "<url>https://a.example/1>"
    )
    assert [r["apply_url"] for r in _rows(path)][1] == "https://a.example/1"


def test_closing_gives_the_same_bytes_however_the_feed_is_chunked() -> None:
    text = b"\xef\xbb\xbf<a>\n  <url>https://x/1>\n  <b>2</b>\n<c>\xc3\xa9 3\n<d/>\n</a>\n"
    repairs = [Repair("url", 2, 3, 2, 18, True), Repair("c", 4, 1, 4, 7, False)]
    whole = Closing(repairs).fix(text)
    assert (
        whole
        == b"\xef\xbb\xbf<a>\n  <url>https://x/1</url>\n  <b>2</b>\n<c>\xc3\xa9 3</c>\n<d/>\n</a>\n"
    )
    rng = random.Random(7)
    for _ in range(300):
        closing, out, at = Closing(repairs), b"", 0
        while at < len(text):
            step = rng.randint(1, 6)
            out += closing.fix(text[at : at + step])
            at += step
        assert out == whole


@pytest.mark.parametrize("envelope", [("rss",), ("export", "data"), ("so\u0a75rce",)])
def test_an_enveloped_dialect_s_name_reads_back_as_itself(envelope: tuple[str, ...]) -> None:
    # (a fuzzer's: a tag of any letters and marks)
    from converter.feed.dialects import by_name

    wrapped = by_name("adzuna").enveloped(envelope)
    assert by_name(wrapped.name) == wrapped
    assert wrapped.job == (*envelope, "jobs", "job") and wrapped.board == "adzuna"
