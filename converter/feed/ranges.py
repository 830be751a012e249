"""Byte ranges of a feed, wherever it lies: what a cluster's workers read.

A worker on another machine reads its segment of a large feed by byte range
from a place every worker reaches: a file on a shared filesystem, an
http(s) URL whose server answers ``Range`` requests (most static servers
and object stores do), or an fsspec URL (``s3://``, ``gs://``, ``file://``)
where fsspec is installed. A feed that cannot be read by range (gzip,
standard input, a server that sends the whole body) is read whole, by one
worker. Nothing here buffers more than a read asks for.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from typing import BinaryIO

from .sources import GZIP_MAGIC, FetchError, Sources, fsspec_open, is_fsspec, is_url

_CONTENT_RANGE = re.compile(r"bytes\s+(\d+)-(\d+)/(\d+)")


def ranged_size(path: str, sources: Sources) -> int | None:
    """The bytes of the feed at ``path`` when they can be read by range (an
    uncompressed file, an http(s) URL answered with 206, an fsspec file);
    None when the feed must be read whole. OSError when it cannot be read."""
    if path == "-":
        return None
    if is_url(path):
        return _http_size(path, sources)
    if is_fsspec(path):
        with fsspec_open(path) as f:
            if f.read(2) == GZIP_MAGIC:
                return None
            return f.seek(0, os.SEEK_END)
    if not os.path.isfile(path):
        return None
    with open(path, "rb") as f:
        if f.read(2) == GZIP_MAGIC:
            return None
    return os.path.getsize(path)


def _http_size(url: str, sources: Sources) -> int | None:
    response = sources._fetch(url, {"Range": "bytes=0-1", "Accept-Encoding": "identity"})
    try:
        status = getattr(response._response, "status", 200)
        found = _CONTENT_RANGE.fullmatch((response.headers.get("Content-Range") or "").strip())
        encoded = (response.headers.get("Content-Encoding") or "identity").lower() != "identity"
        if status != 206 or found is None or encoded or response.read(2) == GZIP_MAGIC:
            return None  # no ranges here: one worker reads the feed whole
        return int(found.group(3))
    finally:
        response.close()


@contextlib.contextmanager
def opened_range(path: str, start: int, end: int, sources: Sources) -> Iterator[BinaryIO]:
    """Bytes ``start`` to ``end`` (exclusive) of the feed at ``path``, as a
    stream. OSError when they cannot be read, or the feed changed size."""
    if is_url(path):
        headers = {"Range": f"bytes={start}-{end - 1}", "Accept-Encoding": "identity"}
        response = sources._fetch(path, headers)
        try:
            if getattr(response._response, "status", 200) != 206:
                raise FetchError(0, "the server no longer answers byte ranges", path)
            yield _Exact(response, end - start, path)  # type: ignore[arg-type]
        finally:
            response.close()
        return
    with fsspec_open(path) if is_fsspec(path) else open(path, "rb") as f:
        f.seek(start)
        yield _Exact(f, end - start, path)


class _Exact:
    """Exactly ``left`` bytes of ``stream``; fewer is an OSError: the feed
    was cut or replaced while it was read."""

    def __init__(self, stream: BinaryIO, left: int, name: str) -> None:
        self._stream, self._left, self._name = stream, left, name

    def read(self, size: int = -1) -> bytes:
        if self._left <= 0:
            return b""
        want = self._left if size < 0 else min(size, self._left)
        data = self._stream.read(want)
        if not data:
            why = f"the feed ended {self._left:,} bytes early: it changed while it was read"
            raise OSError(0, why, self._name)
        self._left -= len(data)
        return data


class RangeFile:
    """A read-only, seekable file over :func:`opened_range`, for planning
    segments: each read is one range request."""

    def __init__(self, path: str, size: int, sources: Sources) -> None:
        self.path, self.size, self.sources = path, size, sources
        self._position = 0

    def seek(self, offset: int, whence: int = 0) -> int:
        self._position = offset if whence == 0 else self._position + offset
        return self._position

    def read(self, size: int = -1) -> bytes:
        end = self.size if size < 0 else min(self.size, self._position + size)
        if end <= self._position:
            return b""
        with opened_range(self.path, self._position, end, self.sources) as stream:
            data = stream.read()
        self._position = end
        return data

    def close(self) -> None:
        pass

    def __enter__(self) -> RangeFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def newlines(path: str, start: int, end: int, sources: Sources) -> int:
    """The line breaks in bytes ``start``..``end`` of the feed: a segment's
    first line is one more than those before it."""
    count = 0
    with opened_range(path, start, end, sources) as stream:
        while chunk := stream.read(8 * 1024 * 1024):
            count += chunk.count(b"\n")
    return count
