"""Feeds where they live: http(s) URLs, gzip, folders, standard input.

URLs are fetched from a real HTTP server on 127.0.0.1 by the real CLI.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from ..conftest import FIXTURES, feed_xml, good, jobconv_command, run_cli

CLEAN = (FIXTURES / "valid" / "clean.xml").read_bytes()
SAMPLE = (FIXTURES / "sample.xml").read_bytes()
TODAY = ("--today", "2026-01-01")


def _endless_feed() -> Iterator[bytes]:
    """A YubHub feed whose jobs never end (a server that never stops)."""
    yield b"<?xml version='1.0' encoding='UTF-8'?>\n<source><jobs>\n"
    job = feed_xml(good()).split("<jobs>")[1].split("</jobs>")[0].encode()
    while True:
        yield job * 200


class Handler(http.server.BaseHTTPRequestHandler):
    """Feeds, compressed feeds, errors, redirects and a slow and an endless server."""

    def log_message(self, *args) -> None:  # quiet test output
        pass

    def send(self, body: bytes, **headers: str) -> None:
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, to: str) -> None:
        self.send_response(302)
        self.send_header("Location", to)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        path = self.path
        if path.startswith("/large"):  # big enough for -j 2 to read in segments
            large = _large()
            if path == "/large.xml":
                self.send(large)
            elif path == "/large.xml.gz":
                self.send(gzip.compress(large, 1))
            else:  # /large-encoded.xml
                self.send(gzip.compress(large, 1), Content_Encoding="gzip")
            return
        if path == "/feed.xml":
            self.send(SAMPLE, Content_Type="application/xml")
        elif path == "/feed.xml.gz":  # a gzip file, no Content-Encoding
            self.send(gzip.compress(SAMPLE), Content_Type="application/gzip")
        elif path == "/encoded.xml":  # gzip on the wire only
            self.send(gzip.compress(SAMPLE), Content_Encoding="gzip")
        elif path == "/both.xml.gz":  # a gzip file, sent gzip-encoded again
            self.send(gzip.compress(gzip.compress(SAMPLE)), Content_Encoding="gzip")
        elif path == "/broken.xml.gz":
            self.send(gzip.compress(SAMPLE)[:300])
        elif path == "/bomb.xml.gz":  # 100 KB that become 100 MB
            self.send(gzip.compress(b"<source><jobs>" + b"<x/>" * 25_000_000))
        elif path.startswith("/hop/"):
            left = int(path.rsplit("/", 1)[1])
            self.redirect(f"/hop/{left - 1}" if left else "/feed.xml")
        elif path == "/to-ftp":
            self.redirect("ftp://127.0.0.1/feed.xml")
        elif path == "/to-file":
            self.redirect("file:///etc/passwd")
        elif path == "/short.xml":  # says 1000 bytes more than it sends, then closes
            self.send_response(200)
            self.send_header("Content-Length", str(len(SAMPLE) + 1000))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(SAMPLE)
            self.close_connection = True
        elif path == "/slow.xml":
            self.send_response(200)
            self.end_headers()
            self.wfile.write(SAMPLE[:200])
            self.wfile.flush()
            time.sleep(5)
        elif path == "/endless.xml":
            self.send_response(200)
            self.end_headers()
            try:
                for chunk in _endless_feed():
                    self.wfile.write(chunk)
            except OSError:  # the client gave up, as it should
                pass
        else:
            self.send_error(404, "Not Found")


@functools.cache
def _large() -> bytes:
    """A feed of 1,500 jobs, some with findings, over 4 MiB."""
    long = "<p>" + "Bake bread for a bakery by the river. " * 70 + "</p>"
    jobs = [good(externalid=f"L{i}", Description=long) for i in range(1500)]
    for i in range(0, 1500, 7):
        jobs[i]["Country"] = ""
    return feed_xml(*jobs).encode()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def lines(result: subprocess.CompletedProcess) -> list[str]:
    return result.stdout.decode().splitlines()


# -- URLs ---------------------------------------------------------------------------


def test_url_findings_carry_the_url_as_file_name(server: str, tmp_path: Path) -> None:
    local = tmp_path / "feed.xml"
    local.write_bytes(SAMPLE)
    from_url = run_cli("validate", f"{server}/feed.xml", *TODAY)
    from_file = run_cli("validate", str(local), *TODAY)
    assert from_url.returncode == from_file.returncode == 0
    assert lines(from_url)
    assert all(line.startswith(f"{server}/feed.xml:") for line in lines(from_url))
    assert [line.replace(f"{server}/feed.xml", str(local)) for line in lines(from_url)] == lines(
        from_file
    )


@pytest.mark.parametrize("name", ["feed.xml.gz", "encoded.xml", "both.xml.gz"])
def test_gzip_urls_are_read_as_the_feed(server: str, name: str) -> None:
    """A gzip file, gzip on the wire, and both at once, all give the plain feed's findings."""
    plain = run_cli("validate", f"{server}/feed.xml", *TODAY)
    packed = run_cli("validate", f"{server}/{name}", *TODAY)
    assert packed.returncode == 0, packed.stderr
    assert [line.split(":", 3)[3] for line in lines(packed)] == [
        line.split(":", 3)[3] for line in lines(plain)
    ]
    assert "(1 file read as yubhub, 4 jobs)" in packed.stderr.decode()


def test_url_converts_like_a_file(server: str, tmp_path: Path) -> None:
    local = tmp_path / "feed.xml"
    local.write_bytes(SAMPLE)
    from_url = run_cli("to-jsonld", f"{server}/feed.xml.gz", *TODAY)
    from_file = run_cli("to-jsonld", str(local), *TODAY)
    assert from_url.returncode == 0, from_url.stderr
    assert json.loads(from_url.stdout) == json.loads(from_file.stdout)


def test_http_error_is_exit_2_naming_the_status(server: str) -> None:
    result = run_cli("validate", f"{server}/nowhere.xml", str(FIXTURES / "valid" / "clean.xml"))
    assert result.returncode == 2
    err = result.stderr.decode()
    assert f"cannot read '{server}/nowhere.xml': HTTP 404 Not Found" in err
    assert (
        "(1 file read as yubhub, 2 jobs; 1 could not be read)" in err
    )  # the other feed is still checked
    assert "Traceback" not in err


def test_redirects_are_followed_up_to_a_limit(server: str) -> None:
    assert run_cli("validate", f"{server}/hop/4", *TODAY).returncode == 0  # 5 redirects
    result = run_cli("validate", f"{server}/hop/5", *TODAY)  # 6
    assert result.returncode == 2
    assert "more than 5 redirects" in result.stderr.decode()


def test_redirect_to_another_scheme_is_refused(server: str) -> None:
    result = run_cli("validate", f"{server}/to-ftp")
    assert result.returncode == 2
    assert "refused redirect to ftp://127.0.0.1/feed.xml" in result.stderr.decode()


def test_redirect_to_a_file_is_refused(server: str) -> None:
    result = run_cli("validate", f"{server}/to-file")
    assert result.returncode == 2
    err = result.stderr.decode()
    assert "HTTP 302" in err and "file:///etc/passwd' is not allowed" in err


def test_a_download_cut_short_is_unreadable_not_a_broken_feed(server: str) -> None:
    result = run_cli("validate", f"{server}/short.xml", "--format", "json")
    assert result.returncode == 2
    assert "the connection broke after" in result.stderr.decode()
    assert json.loads(result.stdout)["summary"]["unreadable"] == 1


def test_an_upper_case_scheme_is_a_url(server: str) -> None:
    result = run_cli("validate", server.replace("http://", "HTTP://") + "/feed.xml", *TODAY)
    assert result.returncode == 0, result.stderr


def test_a_silent_server_times_out(server: str) -> None:
    started = time.monotonic()
    result = run_cli("validate", f"{server}/slow.xml", "--timeout", "0.5")
    assert result.returncode == 2
    assert "no bytes for 0.5 s (--timeout)" in result.stderr.decode()
    assert time.monotonic() - started < 4.5  # it did not wait for the server


def _peak_memory_of_endless_read(server: str, limit: str) -> tuple[int, str]:
    """Peak RSS (KiB) and stderr of reading the endless feed up to ``limit``."""
    process = subprocess.Popen(
        [*jobconv_command(), "validate", f"{server}/endless.xml", "--max-size", limit, "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    err = process.stderr.read().decode() if process.stderr else ""
    _, status, usage = os.wait4(process.pid, 0)
    assert os.waitstatus_to_exitcode(status) == 2
    return usage.ru_maxrss, err


@pytest.mark.slow
def test_an_endless_feed_stops_at_the_size_limit_in_flat_memory(server: str) -> None:
    """The URL is streamed, never held whole: reading 20 MB costs no more
    memory than reading 4 MB (the same jobs, repeated)."""
    small, _ = _peak_memory_of_endless_read(server, "4M")
    large, err = _peak_memory_of_endless_read(server, "20M")
    assert "larger than the size limit of 20,971,520 bytes (--max-size)" in err
    assert large - small < 8 * 1024, (small, large)  # KiB; the 16 MB more read are not kept


def test_a_gzip_bomb_stops_at_the_size_limit(server: str) -> None:
    result = run_cli("validate", f"{server}/bomb.xml.gz", "--max-size", "10M")
    assert result.returncode == 2
    assert "larger than the size limit" in result.stderr.decode()


def test_broken_gzip_is_exit_2_not_a_traceback(server: str) -> None:
    result = run_cli("validate", f"{server}/broken.xml.gz")
    assert result.returncode == 2
    err = result.stderr.decode()
    assert f"cannot read '{server}/broken.xml.gz'" in err
    assert "Traceback" not in err


def test_a_gzip_file_cut_short_counts_as_unreadable(tmp_path: Path) -> None:
    packed = gzip.compress(CLEAN)
    half = tmp_path / "half.xml.gz"
    half.write_bytes(packed[: len(packed) // 2])
    result = run_cli("validate", str(half), "--format", "json")
    assert result.returncode == 2
    assert "broken gzip data" in result.stderr.decode()
    summary = json.loads(result.stdout)["summary"]
    assert (summary["files"], summary["unreadable"]) == (0, 1)
    text = run_cli("validate", str(half))
    assert "All checks passed" not in text.stderr.decode()


def test_max_size_refuses_a_nonsense_size() -> None:
    result = run_cli("validate", "--max-size", "lots", str(FIXTURES / "sample.xml"))
    assert result.returncode == 2
    assert "is not a size such as" in result.stderr.decode()


# -- gzip files ---------------------------------------------------------------------


def test_gzip_file_is_told_by_its_bytes_not_its_name(tmp_path: Path) -> None:
    plain = tmp_path / "plain.xml"
    plain.write_bytes(SAMPLE)
    odd = tmp_path / "feed.txt"  # gzip, but not named so
    odd.write_bytes(gzip.compress(SAMPLE))
    expected = [line.split(":", 1)[1] for line in lines(run_cli("validate", str(plain), *TODAY))]
    result = run_cli("validate", str(odd), *TODAY)
    assert result.returncode == 0, result.stderr
    assert [line.split(":", 1)[1] for line in lines(result)] == expected


def test_gzip_board_feed_is_read_in_its_dialect(tmp_path: Path) -> None:
    feed = tmp_path / "indeed.xml.gz"
    feed.write_bytes(
        gzip.compress(
            b"<source><publisher>P</publisher><job><referencenumber>1</referencenumber>"
            b"<title><![CDATA[Nurse]]></title><company>C</company><city>Oslo</city>"
            b"<country>NO</country><date>2026-01-01</date><url>https://x.example/1</url>"
            b"<description><![CDATA[<p>Care for patients, and hand over to the day team.</p>]]>"
            b"</description></job></source>"
        )
    )
    result = run_cli("validate", str(feed), "--format", "json", *TODAY)
    found = json.loads(result.stdout)
    assert not [d for d in found["diagnostics"] if d["code"].startswith(("S", "X"))]


def test_gzip_from_standard_input() -> None:
    result = run_cli("validate", "-", *TODAY, stdin=gzip.compress(SAMPLE))
    assert result.returncode == 0, result.stderr
    assert "(1 file read as yubhub, 4 jobs)" in result.stderr.decode()


# -- folders ------------------------------------------------------------------------


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """feeds/ with feeds at two depths, a hidden folder, a .gitignore, a sitemap."""
    root = tmp_path / "feeds"
    (root / "sub").mkdir(parents=True)
    (root / ".cache").mkdir()
    (root / "old").mkdir()
    (root / "b.xml").write_bytes(CLEAN)
    (root / "a.xml.gz").write_bytes(gzip.compress(CLEAN))
    (root / "sub" / "c.xml").write_bytes(CLEAN)
    (root / ".cache" / "d.xml").write_bytes(b"<broken")
    (root / ".hidden.xml").write_bytes(b"<broken")
    (root / "old" / "e.xml").write_bytes(b"<broken")
    (root / "notes.txt").write_bytes(b"<broken")
    (root / "skip-me.xml").write_bytes(b"<broken")
    (root / ".gitignore").write_text("old/\nskip-*.xml\n")
    return root


def test_a_folder_is_walked_sorted_without_hidden_or_ignored_paths(tree: Path) -> None:
    result = run_cli("validate", "feeds", "--format", "json", "--select", "X,S", cwd=tree.parent)
    assert result.returncode == 0, result.stdout
    summary = json.loads(result.stdout)["summary"]
    assert (summary["files"], summary["jobs"], summary["unreadable"]) == (3, 6, 0)
    listed = run_cli("to-csv", "feeds", "--isolated", cwd=tree.parent)
    assert listed.returncode == 0, listed.stderr
    # a.xml.gz, b.xml, sub/c.xml, in that order: each holds jobs clean-1 and clean-2
    assert listed.stdout.decode().count("clean-1") == 3


def test_the_walk_order_is_sorted(tree: Path) -> None:
    (tree / "sub" / "c.xml").write_bytes(CLEAN.replace(b"clean-1", b"third"))
    (tree / "a.xml.gz").write_bytes(gzip.compress(CLEAN.replace(b"clean-1", b"first")))
    (tree / "b.xml").write_bytes(CLEAN.replace(b"clean-1", b"second"))
    out = run_cli("to-csv", "feeds", "--isolated", cwd=tree.parent).stdout.decode()
    assert out.index("first") < out.index("second") < out.index("third")


def test_only_regular_files_are_taken_from_a_folder(tree: Path) -> None:
    """A FIFO would block the run and a symlink loop is no file: both are passed over."""
    os.mkfifo(tree / "fifo.xml")
    (tree / "loop.xml").symlink_to(tree / "loop.xml")
    (tree / "link.xml").symlink_to(tree / "b.xml")  # the same feed: read once
    result = run_cli("validate", "feeds", "--format", "json", cwd=tree.parent)
    summary = json.loads(result.stdout)["summary"]
    assert (summary["files"], summary["unreadable"]) == (3, 0), result.stderr
    assert result.returncode == 0


def test_default_patterns_match_any_case_and_repeats_are_read_once(tree: Path) -> None:
    (tree / "UPPER.XML").write_bytes(CLEAN)
    again = str(tree / "b.xml")
    result = run_cli("validate", "feeds", again, "--format", "json", cwd=tree.parent)
    assert json.loads(result.stdout)["summary"]["files"] == 4


def test_include_and_exclude(tree: Path) -> None:
    result = run_cli("validate", "feeds", "--exclude", "sub/", "--exclude", "*.gz", cwd=tree.parent)
    assert result.returncode == 0
    assert "(1 file read as yubhub, 2 jobs)" in result.stderr.decode()
    (tree / "notes.txt").write_bytes(CLEAN)
    result = run_cli("validate", "feeds", "--include", "*.txt", cwd=tree.parent)
    assert "(1 file read as yubhub, 2 jobs)" in result.stderr.decode()


def test_exclude_from_the_configuration(tree: Path) -> None:
    (tree.parent / ".jobconv.yaml").write_text("exclude: ['sub/']\n")
    result = run_cli("validate", "feeds", cwd=tree.parent)
    assert "(2 files read as yubhub, 4 jobs)" in result.stderr.decode()


def test_an_xml_file_that_is_no_feed_is_a_finding_and_the_run_goes_on(tree: Path) -> None:
    (tree / "sitemap.xml").write_text('<urlset><url loc="https://x.example/"/></urlset>\n')
    result = run_cli("validate", "feeds", cwd=tree.parent)
    assert result.returncode == 1
    out = result.stdout.decode()
    assert "feeds/sitemap.xml:1:1: X003 [error] not a job feed, skipped:" in out
    assert "root <urlset>" in out
    assert "(4 files: 3 read as yubhub; 6 jobs)" in result.stderr.decode()
    ignored = run_cli("validate", "feeds", "--exclude", "sitemap.xml", cwd=tree.parent)
    assert ignored.returncode == 0


def test_a_no_feed_file_named_on_the_command_line_is_unreadable(tmp_path: Path) -> None:
    sitemap = tmp_path / "sitemap.xml"
    sitemap.write_text("<urlset><url/></urlset>\n")
    result = run_cli("validate", str(sitemap))
    assert result.returncode == 2
    assert "fits no feed dialect" in result.stderr.decode()


def test_a_folder_without_feeds_is_exit_2(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = run_cli("validate", str(tmp_path / "empty"), str(FIXTURES / "valid" / "clean.xml"))
    assert result.returncode == 2
    assert "no feeds in the folder" in result.stderr.decode()
    assert "(1 file read as yubhub, 2 jobs; 1 could not be read)" in result.stderr.decode()


def test_an_output_inside_a_walked_folder_is_not_an_input_overwritten(tree: Path) -> None:
    result = run_cli("to-csv", "feeds", "-o", "feeds/b.xml", cwd=tree.parent)
    assert result.returncode == 2
    assert "a file this run reads" in result.stderr.decode()
    assert (tree / "b.xml").read_bytes() == CLEAN


# -- standard input -----------------------------------------------------------------


def test_stdin_filename_names_the_findings_and_per_file_ignores_match_it(
    tmp_path: Path,
) -> None:
    result = run_cli("validate", "-", "--stdin-filename", "feeds/today.xml", *TODAY, stdin=SAMPLE)
    assert lines(result)
    assert all(line.startswith("feeds/today.xml:") for line in lines(result))
    (tmp_path / ".jobconv.yaml").write_text("per-file-ignores:\n  'feeds/*.xml': [C, T]\n")
    quiet = run_cli(
        "validate", "-", "--stdin-filename", "feeds/today.xml", *TODAY, stdin=SAMPLE, cwd=tmp_path
    )
    assert quiet.returncode == 0
    assert lines(quiet) == []


def test_stdin_named_twice_is_read_once() -> None:
    result = run_cli("validate", "-", "-", *TODAY, stdin=SAMPLE)
    assert result.returncode == 0
    assert "(1 file read as yubhub, 4 jobs)" in result.stderr.decode()
    assert "the feed is empty" not in result.stdout.decode()


def test_other_url_schemes_go_to_fsspec(tmp_path: Path) -> None:
    """file://, s3://, ... are fsspec's: a feed read through it gives what the file gives."""
    pytest.importorskip("fsspec", reason="fsspec comes with the dask extra")
    feed = tmp_path / "feed.xml"
    feed.write_bytes(SAMPLE)
    by_url = run_cli("validate", feed.as_uri(), *TODAY)
    by_path = run_cli("validate", str(feed), *TODAY)
    assert by_url.returncode == by_path.returncode == 0
    assert by_url.stdout == by_path.stdout.replace(str(feed).encode(), feed.as_uri().encode())
    missing = run_cli("validate", (tmp_path / "none.xml").as_uri())
    assert missing.returncode == 2
    assert b"none.xml" in missing.stderr and b"Traceback" not in missing.stderr
    unknown = run_cli("validate", "nosuch://127.0.0.1/feed.xml")
    assert unknown.returncode == 2
    assert b"nosuch:// is no fsspec filesystem" in unknown.stderr
    # --max-size holds, counted decompressed, as for http(s).
    packed = tmp_path / "feed.xml.gz"
    packed.write_bytes(gzip.compress(SAMPLE))
    for url in (feed.as_uri(), packed.as_uri()):
        over = run_cli("validate", url, "--max-size", f"{len(SAMPLE) - 1}", *TODAY)
        assert over.returncode == 2 and b"--max-size" in over.stderr, over.stderr
    assert run_cli("validate", packed.as_uri(), "--max-size", f"{len(SAMPLE)}").returncode == 0


def test_other_url_schemes_without_fsspec_say_what_to_install(tmp_path: Path) -> None:
    code = (
        "import sys; sys.modules['fsspec'] = None; from converter.cli import main;"
        " sys.argv = ['jobconv', 'validate', 'ftp://127.0.0.1/feed.xml']; main()"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=tmp_path)
    assert result.returncode == 2
    assert b"ftp:// URLs are read by fsspec, which is not installed" in result.stderr


@pytest.mark.parametrize("name", ["large.xml", "large.xml.gz", "large-encoded.xml"])
@pytest.mark.parametrize("command", ["validate", "to-csv"])
def test_a_url_or_gzip_feed_read_by_workers_gives_what_one_process_gives(
    server: str, tmp_path: Path, name: str, command: str
) -> None:
    """Fetched (and decompressed) once into a temporary copy that -j 2's workers
    read in segments: the same bytes, findings and exit code as -j 1."""
    runs = [run_cli(command, *TODAY, "-j", j, f"{server}/{name}") for j in ("1", "2")]
    assert runs[0].returncode == runs[1].returncode == 0, runs[0].stderr[-500:]
    assert runs[0].stdout == runs[1].stdout and runs[0].stderr == runs[1].stderr
    assert b"1500 jobs" in runs[0].stderr or b"1,500 jobs" in runs[0].stderr
    local = tmp_path / "large.xml.gz"
    local.write_bytes(gzip.compress(_large(), 1))
    files = [run_cli(command, *TODAY, "-j", j, str(local)) for j in ("1", "2")]
    assert files[0].stdout == files[1].stdout and files[0].stderr == files[1].stderr


def test_the_copy_is_read_in_segments_and_removed(server: str) -> None:
    from converter import Pipeline
    from converter.feed.dialects import by_name
    from converter.feed.segments import plan

    pipeline = Pipeline(jobs=2, today=date(2026, 1, 1))
    results = pipeline.results([f"{server}/large.xml.gz"])
    next(results)
    [copy] = pipeline._spool.paths.values()
    assert len(plan(copy, 2, None, by_name("yubhub")) or []) > 1
    assert 1 + sum(1 for _ in results) >= 1500
    assert not os.path.exists(copy)


@pytest.mark.parametrize("name", ["broken.xml.gz", "short.xml", "bomb.xml.gz"])
def test_a_feed_that_cannot_be_copied_fails_as_with_one_process(server: str, name: str) -> None:
    """A broken gzip, a download cut short, a size over --max-size: no copy;
    read as it comes, as -j 1 reads it, it stops at the same place."""
    runs = [
        run_cli("validate", *TODAY, "--max-size", "10M", "-j", j, f"{server}/{name}")
        for j in ("1", "2")
    ]
    assert runs[0].returncode == runs[1].returncode == 2
    assert runs[0].stdout == runs[1].stdout and runs[0].stderr == runs[1].stderr
