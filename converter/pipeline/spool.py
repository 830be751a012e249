"""Compressed and remote feeds, made splittable for ``-j``.

A gzip file or a URL is a stream: only one process can read it, from its
start. With workers to share the work, such a feed is decompressed or
fetched once into a temporary file (bounded by ``--max-size``, as any read
is), which the workers then read in segments as they read a plain file.
Findings still carry the feed's own name, its dialect is told from its
opening as a stream's is, and its NN/NN/YYYY dates are read as a stream's
are: the results are those of ``-j 1``. A feed that fails to spool (a
broken download, a size over the limit, no dialect) is read as it comes,
as ``-j 1`` reads it, so it fails in the same place with the same words.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from ..feed.detect import HEAD_BYTES, of_head
from ..feed.sources import Sources, is_plain_file, is_url

__all__ = ["Spool"]


class Spool:
    """The temporary copies of a run's streamed feeds: ``paths`` maps a
    feed's name to its copy, ``dialects`` to the dialect its opening tells."""

    def __init__(self) -> None:
        self.paths: dict[str, str] = {}
        self.dialects: dict[str, str] = {}
        self._folder: str | None = None
        self._remote: set[str] = set()

    def fill(self, feeds: Iterable[str], sources: Sources, choice: str) -> None:
        """Copy each gzip file and URL of ``feeds`` (not standard input)."""
        for path in feeds:
            if path == "-" or is_plain_file(path) or not (is_url(path) or os.path.isfile(path)):
                continue
            if self._folder is None:
                self._folder = tempfile.mkdtemp(prefix="jobconv-spool-")
            copy = os.path.join(self._folder, f"{len(self.paths)}.xml")
            try:
                with sources.opened(path) as stream, open(copy, "wb") as out:
                    shutil.copyfileobj(stream, out, 1024 * 1024)
                with open(copy, "rb") as f:
                    dialect = of_head(f.read(HEAD_BYTES), path, choice)
            except OSError:  # DialectError too: read as it comes, as -j 1 does
                with contextlib.suppress(OSError):
                    os.unlink(copy)
                continue
            self.paths[path] = copy
            self.dialects[path] = dialect.name
            if is_url(path):
                self._remote.add(path)

    @contextlib.contextmanager
    def opened(self, path: str) -> Iterator[BinaryIO]:
        """The copy of ``path``, read as the stream it was: a URL's cannot
        be read twice (a field left open stays X001, as in a -j 1 run)."""
        with open(self.paths[path], "rb") as f:
            yield _Once(f) if path in self._remote else f  # type: ignore[misc]

    def close(self) -> None:
        """Remove the copies."""
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None
        self.paths, self.dialects = {}, {}
        self._remote = set()


class _Once:
    """A file that says it cannot seek, as the network stream it came from."""

    def __init__(self, f: BinaryIO) -> None:
        self._f = f

    def read(self, n: int = -1) -> bytes:
        return self._f.read(n)

    def readinto(self, b: bytearray) -> int:
        return self._f.readinto(b)  # type: ignore[attr-defined]

    def seekable(self) -> bool:
        return False

    def close(self) -> None:
        self._f.close()
