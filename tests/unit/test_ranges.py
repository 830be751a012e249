"""Byte ranges of a feed (converter/feed/ranges.py), what a cluster's workers
read their segments with: against a real HTTP server on 127.0.0.1 that
answers Range requests, or ignores them, or answers the wrong bytes."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from converter.feed import ranges
from converter.feed.ranges import RangeFile, newlines, opened_range, probe
from converter.feed.sources import FetchError, Sources

from ..cluster import range_server

BODY = b"".join(b"line %05d\n" % i for i in range(5000))  # 55,000 bytes, 5,000 lines


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "feed.xml").write_bytes(BODY)
    (tmp_path / "feed.xml.gz").write_bytes(gzip.compress(BODY))
    return tmp_path


def read(path: str, start: int, end: int, size: int | None = None) -> bytes:
    with opened_range(path, start, end, Sources(), size) as stream:
        return b"".join(iter(lambda: stream.read(4096), b""))


def test_a_file_and_a_url_give_the_same_ranges(folder: Path) -> None:
    local = str(folder / "feed.xml")
    assert probe(local, Sources()).size == len(BODY) and probe(local, Sources()).ranged
    with range_server(folder) as server:
        url = server.url("feed.xml")
        found = probe(url, Sources())
        assert (found.size, found.ranged, found.compressed) == (len(BODY), True, False)
        for start, end in ((0, 10), (12_345, 40_000), (len(BODY) - 7, len(BODY))):
            assert read(url, start, end, len(BODY)) == read(local, start, end) == BODY[start:end]
        assert newlines(url, 0, 22_000, Sources(), len(BODY)) == 2000
        # The planner's file: each read one range, all of it.
        planner = RangeFile(url, len(BODY), Sources())
        planner.seek(54_990)
        assert planner.read(100) == BODY[54_990:] and planner.read(5) == b""
        planner.seek(0)
        assert planner.seek(-11, 2) == len(BODY) - 11 and planner.read() == BODY[-11:]
        asked = [r[1] for r in server.requests]
    assert all(a is not None and a.startswith("bytes=") for a in asked)


def test_gzip_and_a_server_without_ranges_are_read_whole(folder: Path) -> None:
    assert not probe(str(folder / "feed.xml.gz"), Sources()).ranged
    with range_server(folder) as server:
        packed = probe(server.url("feed.xml.gz"), Sources())
        assert packed.compressed and not packed.ranged
        server.ranges = False
        whole = probe(server.url("feed.xml"), Sources())
        assert (whole.size, whole.ranged) == (len(BODY), False)
        with pytest.raises(FetchError, match="no longer answers byte ranges"):
            read(server.url("feed.xml"), 100, 200)


def test_the_wrong_bytes_or_a_replaced_feed_are_an_error_never_a_mix(folder: Path) -> None:
    with range_server(folder) as server:
        url = server.url("feed.xml")
        server.shift = 5  # a server that answers other bytes than those asked for
        with pytest.raises(FetchError, match="changed while it was read"):
            read(url, 100, 200, len(BODY))
        server.shift = 0
        (folder / "feed.xml").write_bytes(BODY + b"more\n")  # replaced since planned
        with pytest.raises(FetchError, match="changed while it was read"):
            read(url, 100, 200, len(BODY))
    with pytest.raises(OSError, match="changed size"):
        read(str(folder / "feed.xml"), 100, 200, len(BODY))
    (folder / "feed.xml").write_bytes(BODY[:150])  # cut short since planned
    with pytest.raises(OSError, match="ended 50 bytes early"):
        read(str(folder / "feed.xml"), 100, 200)


def test_a_pipe_named_as_a_file_is_not_read_by_the_probe(tmp_path: Path) -> None:
    """Its bytes come once: the run reads them, in the client, from the start.
    (Opening a FIFO no one writes to would wait forever.)"""
    import os
    import threading

    fifo = tmp_path / "feed.xml"
    os.mkfifo(fifo)
    found = []
    looking = threading.Thread(
        target=lambda: found.append(probe(str(fifo), Sources())), daemon=True
    )
    looking.start()
    looking.join(5)
    assert found and (found[0].size, found[0].ranged) == (None, False)


def test_a_passing_server_failure_is_asked_again_a_lasting_one_is_not(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker's range GET meets a 503 (a server under load): asked again,
    it gets its bytes; a failure that lasts, or a 404, is the run's error."""
    monkeypatch.setattr(ranges, "RETRY_WAITS", (0.01, 0.01, 0.01))
    with range_server(folder) as server:
        url = server.url("feed.xml")
        server.failures = 3
        assert read(url, 100, 200, len(BODY)) == BODY[100:200]
        assert [r[2] for r in server.requests] == [503, 503, 503, 206]
        server.failures, server.requests[:] = 4, []
        with pytest.raises(FetchError, match="HTTP 503"):
            read(url, 100, 200, len(BODY))
        assert len(server.requests) == 4
        server.requests[:] = []
        with pytest.raises(FetchError, match="HTTP 404"):
            read(server.url("none.xml"), 100, 200)
        assert len(server.requests) == 1
