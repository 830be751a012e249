"""Byte ranges of a feed, wherever it lies: what a cluster's workers read.

A worker on another machine reads its segment of a large feed by byte range
from a place every worker reaches: a file on a shared filesystem, an
http(s) URL whose server answers ``Range`` requests (most static servers
and object stores do), or an fsspec URL (``s3://``, ``gs://``, ``file://``)
where fsspec is installed. A feed that cannot be read by range (gzip,
standard input, a server that sends the whole body) is read whole, by one
worker. A range read checks the bytes it is given are those asked for, of
a feed still the size it was planned at: a feed replaced between reads is
an error, never a mix of two editions.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import stat
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from .sources import GZIP_MAGIC, FetchError, Sources, fsspec_open, is_fsspec, is_url

_CONTENT_RANGE = re.compile(r"bytes\s+(\d+)-(\d+)/(\d+)")
#: Seconds to wait before asking a server again for a range it failed to give
#: (a 5xx, a 429, no answer): a segmented feed is many requests, where a
#: local run makes one, and one passing failure is not to end the run.
RETRY_WAITS = (0.25, 1.0, 4.0)


@dataclass(frozen=True, slots=True)
class Probe:
    """What a feed is, before it is read: its stored ``size`` (None when its
    server does not say), whether its bytes can be read by ``ranged``
    requests, and whether they are ``compressed`` (gzip)."""

    size: int | None
    ranged: bool
    compressed: bool = False


def probe(path: str, sources: Sources) -> Probe:
    """A look at the feed at ``path``: its first bytes, and its size. OSError
    when it cannot be read. Standard input, and a pipe named as a file
    (``<(zcat feed.gz)``, a FIFO), are neither sized nor ranged, nor read
    here: their bytes can be read once only."""
    if path == "-":
        return Probe(None, False)
    if is_url(path):
        return _http_probe(path, sources)
    if not is_fsspec(path) and not stat.S_ISREG(os.stat(path).st_mode):
        return Probe(None, False)
    with _opened(path) as f:
        compressed = f.read(2) == GZIP_MAGIC
        size = f.seek(0, os.SEEK_END)
    return Probe(size, not compressed, compressed)


def _http_probe(url: str, sources: Sources) -> Probe:
    response = sources.fetch(url, {"Range": "bytes=0-1", "Accept-Encoding": "identity"})
    try:
        encoded = (response.headers.get("Content-Encoding") or "identity").lower() != "identity"
        compressed = encoded or response.read(2) == GZIP_MAGIC
        if response.status == 206:
            found = _CONTENT_RANGE.fullmatch((response.headers.get("Content-Range") or "").strip())
            if found is None:  # no size to plan by: its Content-Length is the range's
                return Probe(None, False, compressed)
            return Probe(int(found.group(3)), not compressed, compressed)
        length = response.headers.get("Content-Length") or ""
        # No ranges here: one worker, or this process, reads the feed whole.
        return Probe(int(length) if length.isdigit() else None, False, compressed)
    finally:
        response.close()


@contextlib.contextmanager
def opened_range(
    path: str, start: int, end: int, sources: Sources, size: int | None = None
) -> Iterator[BinaryIO]:
    """Bytes ``start`` to ``end`` (exclusive) of the feed at ``path``, as a
    stream. OSError when they cannot be read, or the feed is no longer the
    ``size`` it was planned at (replaced or grown between reads)."""
    if is_url(path):
        headers = {"Range": f"bytes={start}-{end - 1}", "Accept-Encoding": "identity"}
        response = _fetch(path, headers, sources)
        try:
            found = _CONTENT_RANGE.fullmatch((response.headers.get("Content-Range") or "").strip())
            if response.status != 206 or found is None:
                raise FetchError(0, "the server no longer answers byte ranges", path)
            given = (int(found.group(1)), int(found.group(2)) + 1, int(found.group(3)))
            if given[:2] != (start, end) or (size is not None and given[2] != size):
                raise FetchError(
                    0, f"the feed changed while it was read (bytes {given} for {start}-{end})", path
                )
            yield _Exact(response, end - start, path)  # type: ignore[arg-type]
        finally:
            response.close()
        return
    with _opened(path) as f:
        if size is not None and f.seek(0, os.SEEK_END) != size:
            raise OSError(0, "the feed changed size while it was read", path)
        f.seek(start)
        yield _Exact(f, end - start, path)


def _fetch(url: str, headers: dict[str, str], sources: Sources) -> Any:
    """The response to a range GET, asked again after each of RETRY_WAITS
    while the server's failure may pass."""
    for wait in RETRY_WAITS:
        try:
            return sources.fetch(url, headers)
        except FetchError as exc:
            if not exc.transient:
                raise
            time.sleep(wait)
    return sources.fetch(url, headers)


def _opened(path: str) -> BinaryIO:
    """The seekable file at ``path``, local or an fsspec URL."""
    return fsspec_open(path) if is_fsspec(path) else open(path, "rb")


class _Exact:
    """Exactly ``left`` bytes of ``stream``; fewer is an OSError: the feed
    was cut or replaced while it was read."""

    def __init__(self, stream: BinaryIO, left: int, name: str) -> None:
        self._stream, self._left, self._name = stream, left, name

    def read(self, size: int = -1) -> bytes:
        if self._left <= 0:
            return b""
        want = self._left if size < 0 else min(size, self._left)
        parts = []
        while want > 0:  # a socket gives what has come: read until it is all here
            data = self._stream.read(want)
            if not data:
                why = f"the feed ended {self._left:,} bytes early: it changed while it was read"
                raise OSError(0, why, self._name)
            parts.append(data)
            self._left -= len(data)
            want -= len(data)
            if size >= 0:
                break  # a sized read may be short, as a file's is
        return b"".join(parts)


class RangeFile:
    """A read-only, seekable file over :func:`opened_range`, for planning
    segments: each read is one range request."""

    def __init__(self, path: str, size: int, sources: Sources) -> None:
        self.path, self.size, self.sources = path, size, sources
        self._position = 0

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: self.size}[whence]
        self._position = base + offset
        return self._position

    def read(self, size: int = -1) -> bytes:
        end = self.size if size < 0 else min(self.size, self._position + size)
        if end <= self._position:
            return b""
        with opened_range(self.path, self._position, end, self.sources, self.size) as stream:
            data = stream.read()  # all of it, or OSError (_Exact)
        self._position = end
        return data

    def close(self) -> None:
        pass

    def __enter__(self) -> RangeFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def newlines(path: str, start: int, end: int, sources: Sources, size: int | None = None) -> int:
    """The line breaks in bytes ``start``..``end`` of the feed: a segment's
    first line is one more than those before it."""
    count = 0
    with opened_range(path, start, end, sources, size) as stream:
        while chunk := stream.read(8 * 1024 * 1024):
            count += chunk.count(b"\n")
    return count
