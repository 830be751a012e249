"""Streaming output through real pipes: a reader gets the first job while
jobconv still reads the feed (from a file, or from a pipe that is still
being written), and a killed run leaves no half-written output file."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest

from ..conftest import FIXTURES, feed_xml, good, job_xml, jobconv_command, run_cli, undated


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """About 9 MB, 8,000 jobs: seconds of work, and segments for -j 2."""
    path = tmp_path_factory.mktemp("many") / "many.xml"
    with path.open("w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<source>\n  <jobs>\n')
        for i in range(8000):
            f.write(job_xml(good(externalid=f"m{i}")) + "\n")
        f.write("  </jobs>\n</source>\n")
    return path


def _first_line_while_running(proc: subprocess.Popen, wait: float = 60) -> bytes:
    """The first line proc writes (its stdout unbuffered, read byte by byte:
    select() tells the truth), asserting that it is still running then."""
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], wait)
    assert ready, "no output within the wait"
    line = proc.stdout.readline()
    assert proc.poll() is None, "the first job came only when the run was over"
    return line


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_first_job_comes_while_the_feed_is_still_read(many: Path, jobs: str) -> None:
    words = undated(["to-jsonld", "--format", "jsonl", "-q", "-j", jobs, str(many)])
    proc = subprocess.Popen(
        [*jobconv_command(), *words], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, bufsize=0
    )
    try:
        first = _first_line_while_running(proc)
        assert first.startswith(b'{"@context": "https://schema.org", "@type": "JobPosting"')
        rest = proc.stdout.readall()  # type: ignore[union-attr]
        assert proc.wait(timeout=120) == 0
    finally:
        proc.kill()
    assert (first + rest).count(b"\n") == 8000


def _feeding(words: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        [*jobconv_command(), *undated(words)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        bufsize=0,  # unbuffered: select() then tells what has come
    )


def test_a_pipe_still_written_gives_its_jobs_as_they_come() -> None:
    """Standard input is read as its bytes arrive: with --dialect, the first
    job goes out as soon as it (and a few bytes after it) came in."""
    text = (FIXTURES / "sample.xml").read_text(encoding="utf-8")
    cut = text.index("</job>") + len("</job>") + 200  # (the reader holds 80 bytes back)
    proc = _feeding(["to-csv", "--dialect", "yubhub", "-q", "-"])
    try:
        assert proc.stdin is not None
        proc.stdin.write(text[:cut].encode())
        proc.stdin.flush()
        header = _first_line_while_running(proc)
        assert header.startswith(b"id,title,")
        ready, _, _ = select.select([proc.stdout], [], [], 60)
        assert ready, "the first job waited for the rest of the feed"
        proc.stdin.write(text[cut:].encode())
        proc.stdin.close()
        out = header + proc.stdout.readall()  # type: ignore[union-attr]
        assert proc.wait(timeout=60) == 0
    finally:
        proc.kill()
    assert out == run_cli("to-csv", "-q", str(FIXTURES / "sample.xml")).stdout


def test_a_pipe_told_its_dialect_from_its_opening_streams_after_it() -> None:
    """Without --dialect, the first 256 KiB tell the dialect: jobs come once
    they are in, before the pipe is done."""
    jobs = [good(externalid=f"p{i}") for i in range(400)]  # about 450 KB
    text = feed_xml(*jobs).encode()
    half = len(text) * 3 // 4
    proc = _feeding(["to-jsonld", "--format", "jsonl", "-q", "-"])
    seen = threading.Event()

    def feed() -> None:  # (a thread: jobconv's output must be read meanwhile)
        assert proc.stdin is not None
        proc.stdin.write(text[:half])
        seen.wait(60)
        proc.stdin.write(text[half:])
        proc.stdin.close()

    writer = threading.Thread(target=feed)
    writer.start()
    try:
        first = _first_line_while_running(proc)
        seen.set()
        out = first + proc.stdout.readall()  # type: ignore[union-attr]
        assert proc.wait(timeout=60) == 0
    finally:
        seen.set()
        proc.kill()
        writer.join(60)
    assert out.count(b"\n") == 400


def test_a_killed_run_leaves_the_old_file_and_a_temporary_the_next_run_removes(
    many: Path, tmp_path: Path
) -> None:
    """-o is written as jobs come, into a temporary file beside it: a run
    killed midway leaves the old file byte for byte."""
    out = tmp_path / "jobs.jsonl"
    out.write_bytes(b"the last good output\n")
    words = undated(["to-jsonld", "--format", "jsonl", "-o", str(out), str(many)])
    proc = subprocess.Popen([*jobconv_command(), *words], stderr=subprocess.DEVNULL)
    temp = tmp_path / f".jobs.jsonl.jobconv-{proc.pid}.tmp"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if temp.exists() and temp.stat().st_size > 64 * 1024:
            break
        time.sleep(0.01)
    assert proc.poll() is None, "the run ended before it was killed"
    assert temp.stat().st_size > 64 * 1024, "jobs were not written as they came"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert out.read_bytes() == b"the last good output\n"
    again = run_cli("to-jsonld", "--format", "jsonl", "-o", str(out), str(many))
    assert again.returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["jobs.jsonl"]
    assert out.read_bytes().count(b"\n") == 8000
