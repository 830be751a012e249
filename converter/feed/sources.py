"""Where feeds come from: files, folders, gzip, http(s) URLs, standard input.

Every feed is opened here as one binary stream, whatever its source, so the
reader never knows the difference:

- a **folder** is walked for ``*.xml`` and ``*.xml.gz`` (``--include``
  replaces these), in sorted order; hidden files and folders and what a
  ``.gitignore`` ignores are skipped, and ``--exclude`` leaves out more
  (both take ``.gitignore``-style patterns);
- **gzip** is told by its magic bytes, not its name, and decompressed as it
  is read (files, standard input, and URLs sent with or without
  ``Content-Encoding: gzip``);
- a **URL** is streamed with the standard library's ``urllib``: a timeout on
  connecting and on every read, at most :data:`MAX_REDIRECTS` redirects
  (never from https to http), and a size limit on what is read, compressed
  or not, so a hostile server cannot fill the disk or the run's time.
  Nothing of a URL is held whole in memory.
"""

from __future__ import annotations

import contextlib
import gzip
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from ..version import __version__

GZIP_MAGIC = b"\x1f\x8b"
#: What a folder gives when ``--include`` is not said.
DEFAULT_INCLUDE = ("*.xml", "*.xml.gz")
MAX_REDIRECTS = 5
#: The name findings in standard input carry, unless ``--stdin-filename`` says.
STDIN_NAME = "<stdin>"
#: Seconds to wait for a server to connect, or to send the next bytes.
DEFAULT_TIMEOUT = 30.0
#: Bytes a URL may give (after decompression): 4 GiB.
DEFAULT_MAX_SIZE = 4 * 1024**3
_CHUNK = 1024 * 1024
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
_USER_AGENT = f"jobconv/{__version__} (+https://github.com/jobconv/jobconv)"


class FetchError(OSError):
    """A URL that cannot be read: ``strerror`` says why (an HTTP status,
    a timeout, a limit), ``filename`` is the URL. ``transient`` when asking
    again may succeed: a 5xx or 429 status, no answer, no connection."""

    transient = False

    @classmethod
    def passing(cls, why: str, url: str) -> FetchError:
        """One that asking again may mend."""
        error = cls(0, why, url)
        error.transient = True
        return error


class NoFeeds(OSError):
    """A folder with no feeds in it."""


def is_url(path: str) -> bool:
    return path[:8].lower().startswith(("http://", "https://"))


def is_fsspec(path: str) -> bool:
    """A URL of another scheme than http(s): s3://, gs://, file://, read by fsspec."""
    return bool(_SCHEME.match(path)) and not is_url(path)


def fsspec_open(path: str) -> Any:
    """The file at an fsspec URL, open for reading (a context manager);
    OSError when fsspec, or the filesystem's package, is missing."""
    scheme = path.split(":", 1)[0]
    try:
        import fsspec
    except ImportError:
        raise OSError(
            0,
            f"{scheme}:// URLs are read by fsspec, which is not installed (pip install fsspec)",
            path,
        ) from None
    try:
        return fsspec.open(path, "rb").open()
    except OSError:
        raise
    except ImportError as exc:  # fsspec knows the scheme, its package is missing (s3fs)
        raise OSError(0, f"{scheme}:// URLs need a package: {exc}", path) from None
    except ValueError as exc:  # no filesystem for the scheme
        raise OSError(0, f"{scheme}:// is no fsspec filesystem: {exc}", path) from None
    except Exception as exc:  # a store's own error: no credentials, no bucket
        raise OSError(0, f"{type(exc).__name__}: {exc}", path) from None


def is_gzip(path: str) -> bool:
    """Whether the file at ``path`` starts with gzip's magic bytes."""
    try:
        with open(path, "rb") as f:
            return f.read(2) == GZIP_MAGIC
    except OSError:
        return False


def is_plain_file(path: str) -> bool:
    """A regular, uncompressed file: one whose bytes can be cut into segments."""
    return path != "-" and not is_url(path) and os.path.isfile(path) and not is_gzip(path)


@dataclass(frozen=True, slots=True)
class Sources:
    """How a run finds and opens its feeds (plain values: workers get a copy)."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    timeout: float = DEFAULT_TIMEOUT
    max_size: int = DEFAULT_MAX_SIZE
    stdin_name: str = STDIN_NAME

    # -- finding feeds -----------------------------------------------------

    def expand(
        self, paths: Iterable[str], on_error: Callable[[str, OSError], None] | None = None
    ) -> Iterator[tuple[str, bool]]:
        """``(path, walked)`` for every feed ``paths`` name, each once, in order:
        a folder gives its feeds (``walked``: found by walking it, not named).
        A folder with none is NoFeeds, raised or given to ``on_error``."""
        seen: set[str] = set()
        for path in paths:
            walked = os.path.isdir(path)
            problems: list[OSError] = []
            found = list(self.walk(path, problems)) if walked else [path]
            for problem in problems:  # a sub-folder that cannot be read
                if on_error is None:
                    raise problem
                on_error(problem.filename or path, problem)
            if not found and not problems:
                error = NoFeeds(
                    0,
                    f"no feeds in the folder (looked for {', '.join(self.include_patterns)};"
                    " hidden and .gitignored paths are skipped)",
                    path,
                )
                if on_error is None:
                    raise error
                on_error(path, error)
            for feed in found:
                key = feed if feed == "-" or _SCHEME.match(feed) else os.path.realpath(feed)
                if key not in seen:
                    seen.add(key)
                    yield feed, walked

    @property
    def include_patterns(self) -> tuple[str, ...]:
        return self.include or DEFAULT_INCLUDE

    def walk(self, folder: str, problems: list[OSError] | None = None) -> Iterator[str]:
        """The feeds under ``folder``, sorted by their parts: regular files only
        (a FIFO would block the run; a symlink loop is no file). Sub-folders
        that cannot be read go to ``problems``. The default patterns match
        whatever the case (``FEED.XML``), as the pre-commit hooks do."""
        import pathspec

        root = Path(folder)
        default = not self.include
        include = pathspec.GitIgnoreSpec.from_lines(self.include_patterns)
        exclude = pathspec.GitIgnoreSpec.from_lines(self.exclude)
        ignores = _ignores_above(root)
        found: list[Path] = []
        for here, dirs, files in os.walk(
            root, onerror=None if problems is None else problems.append
        ):
            base = Path(here)
            spec = _gitignore(base)
            if spec is not None:
                ignores[base.resolve()] = spec
            rel = base.relative_to(root)
            dirs[:] = sorted(
                d
                for d in dirs
                if not d.startswith(".")
                and not exclude.match_file(f"{(rel / d).as_posix()}/")
                and not _ignored(base / d, True, ignores)
            )
            for name in files:
                relative = (rel / name).as_posix()
                if (
                    not name.startswith(".")
                    and include.match_file(relative.lower() if default else relative)
                    and not exclude.match_file(relative)
                    and os.path.isfile(base / name)
                    and not _ignored(base / name, False, ignores)
                ):
                    found.append(base / name)
        for path in sorted(found, key=lambda p: p.parts):
            yield str(path)

    # -- opening them ------------------------------------------------------

    @contextlib.contextmanager
    def opened(self, path: str) -> Iterator[BinaryIO]:
        """The decompressed bytes of the feed at ``path`` (``-``: standard
        input; a URL: fetched as it is read). OSError if it cannot be read."""
        if path == "-":
            yield _ungzip(_as_it_comes(sys.stdin.buffer), path)
            return
        if is_fsspec(path):
            with fsspec_open(path) as raw:  # --timeout is the store's own setting
                yield _Limited(_ungzip(raw, path), self.max_size, path)
            return
        if is_url(path):
            with contextlib.closing(self.fetch(path)) as response:
                yield _Limited(_ungzip(_encoded(response, path), path), self.max_size, path)
            return
        with open(path, "rb") as raw:
            yield _ungzip(_as_it_comes(raw), path)

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> _Timed:
        """The response to a GET of ``url`` (``headers`` added: a Range), its
        ``status`` and ``headers`` read, its body not yet: FetchError when
        the server refuses it, or says it is over ``max_size``."""
        import urllib.error  # only when a URL is read: 20 ms of start-up otherwise
        import urllib.request

        opener = urllib.request.build_opener(_redirects(url), urllib.request.HTTPSHandler())
        request = urllib.request.Request(
            url, headers={"User-Agent": _USER_AGENT, "Accept-Encoding": "gzip", **(headers or {})}
        )
        try:
            response = opener.open(request, timeout=self.timeout)
        except urllib.error.HTTPError as exc:
            exc.close()
            if 300 <= exc.code < 400 and "infinite loop" in str(exc.reason):
                raise FetchError(0, f"more than {MAX_REDIRECTS} redirects", url) from None
            # The status and urllib's words (a redirect to file:// "is not allowed").
            why = f"HTTP {exc.code} {exc.reason}"
            if exc.code >= 500 or exc.code == 429:
                raise FetchError.passing(why, url) from None
            raise FetchError(0, why, url) from None
        except urllib.error.URLError as exc:
            raise FetchError.passing(_why(exc.reason), url) from None
        except TimeoutError:
            why = f"no answer in {self.timeout:g} s (--timeout)"
            raise FetchError.passing(why, url) from None
        length = response.headers.get("Content-Length")
        if length and length.isdigit() and int(length) > self.max_size:
            response.close()
            raise FetchError(0, _too_large(self.max_size), url)
        return _Timed(response, url, self.timeout)


def _why(reason: object) -> str:
    if isinstance(reason, TimeoutError):
        return "no answer in time (--timeout)"
    if isinstance(reason, OSError) and reason.strerror:
        return f"cannot connect: {reason.strerror}"
    return f"cannot connect: {reason}"


def _too_large(limit: int) -> str:
    return f"larger than the size limit of {limit:,} bytes (--max-size)"


def _redirects(url: str):  # -> urllib.request.HTTPRedirectHandler
    """Follow at most MAX_REDIRECTS redirects, never from https to http."""
    import urllib.request
    from urllib.parse import urlsplit

    class Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS

        def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[override]
            if urlsplit(newurl).scheme not in ("http", "https") or (
                urlsplit(req.full_url).scheme == "https" and urlsplit(newurl).scheme == "http"
            ):
                raise FetchError(0, f"refused redirect to {newurl} (https to http)", url)
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return Redirects()


class _Timed:
    """A response whose read errors (a timeout, a dropped connection, fewer
    bytes than its Content-Length) name the URL."""

    def __init__(self, response, url: str, timeout: float) -> None:
        self._response, self._url, self._timeout = response, url, timeout
        self.headers = response.headers
        self.status: int = getattr(response, "status", 200)
        length = response.headers.get("Content-Length") or ""
        self._expected = int(length) if length.isdigit() else None
        self._received = 0

    def read(self, size: int = -1) -> bytes:
        from http.client import HTTPException

        try:
            data = self._response.read(size)
        except TimeoutError:
            why = f"no bytes for {self._timeout:g} s (--timeout)"
        except (OSError, HTTPException) as exc:
            why = f"the connection broke: {exc!r}"
        else:
            self._received += len(data)
            if data or self._expected is None or self._received >= self._expected:
                return data
            why = f"the connection broke after {self._received:,} of {self._expected:,} bytes"
        raise FetchError(0, why, self._url)

    def close(self) -> None:
        self._response.close()


def _encoded(response: _Timed, url: str) -> BinaryIO:
    encoding = (response.headers.get("Content-Encoding") or "identity").strip().lower()
    if encoding in ("gzip", "x-gzip"):
        return _GzipReader(response, url)  # type: ignore[arg-type]
    if encoding != "identity":
        raise FetchError(0, f"unsupported Content-Encoding {encoding!r}", url)
    return response  # type: ignore[return-value]


def _as_it_comes(stream: BinaryIO) -> BinaryIO:
    """A pipe (standard input, a FIFO) read as its bytes come: a read gives
    what is there, without waiting for a whole chunk, so that jobs go on
    to a streamed output while the writer still writes. A file as it is."""
    seekable = getattr(stream, "seekable", None)
    if (seekable is not None and seekable()) or not hasattr(stream, "read1"):
        return stream
    return _Piped(stream)  # type: ignore[return-value]


class _Piped:
    """A stream whose ``read(n)`` is its ``read1(n)``: at most ``n`` bytes,
    those there now (empty only at its end)."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream

    def read(self, size: int = -1) -> bytes:
        return self._stream.read1(size) if size >= 0 else self._stream.read()  # type: ignore[attr-defined]

    def seekable(self) -> bool:
        return False


class _Replay:
    """A stream whose first bytes were read to look at them, given again."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head, self._stream = head, stream

    def read(self, size: int = -1) -> bytes:
        if not self._head:
            return self._stream.read(size)
        if 0 <= size <= len(self._head):
            data, self._head = self._head[:size], self._head[size:]
            return data
        head, self._head = self._head, b""
        return head + self._stream.read(-1 if size < 0 else size - len(head))

    def seekable(self) -> bool:
        """Whether the feed can be read again from its start (a file; not a pipe, not a URL)."""
        seekable = getattr(self._stream, "seekable", None)
        return bool(seekable and seekable())

    def seek(self, offset: int, whence: int = 0) -> int:
        if (offset, whence) != (0, 0):
            raise OSError(0, "a feed is only read again from its start")
        self._head = b""  # the file itself gives its first bytes again
        return self._stream.seek(0)


def _ungzip(stream: BinaryIO, name: str) -> BinaryIO:
    """``stream`` decompressed if it starts with gzip's magic bytes."""
    head = b""
    while len(head) < 2:
        chunk = stream.read(2 - len(head))
        if not chunk:
            break
        head += chunk
    replay = _Replay(head, stream)
    if head == GZIP_MAGIC:
        return _GzipReader(replay, name)  # type: ignore[arg-type]
    return replay  # type: ignore[return-value]


class _GzipReader:
    """gzip decompressed as read; a corrupt stream is an OSError naming the feed."""

    def __init__(self, stream: BinaryIO, name: str) -> None:
        self._gzip = gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[call-overload]
        self._name = name

    def read(self, size: int = -1) -> bytes:
        try:
            return self._gzip.read(_CHUNK if size < 0 else size)
        except (EOFError, gzip.BadGzipFile, OSError) as exc:
            if isinstance(exc, FetchError):
                raise
            raise OSError(0, f"broken gzip data: {exc}", self._name) from None

    def seekable(self) -> bool:
        return self._gzip.fileobj.seekable()  # type: ignore[union-attr]

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._gzip.seek(offset, whence)  # from the start: decompressed again


class _Limited:
    """At most ``limit`` bytes; more is a FetchError, not a silently cut feed."""

    def __init__(self, stream: BinaryIO, limit: int, url: str) -> None:
        self._stream, self._left, self._url, self._limit = stream, limit, url, limit

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        self._left -= len(data)
        if self._left < 0:
            raise FetchError(0, _too_large(self._limit), self._url)
        return data


# -- .gitignore --------------------------------------------------------------------

#: Each .gitignore's folder (resolved) and its patterns (pathspec.GitIgnoreSpec).
Ignores = dict[Path, Any]


def _gitignore(folder: Path) -> Any:
    import pathspec

    try:
        lines = (folder / ".gitignore").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    return pathspec.GitIgnoreSpec.from_lines(lines.splitlines())


def _ignores_above(root: Path) -> Ignores:
    """The .gitignore files of the folders above ``root``, up to its git work
    tree's top (none outside a work tree)."""
    chain = [root.resolve(), *root.resolve().parents]
    top = next((i for i, p in enumerate(chain) if (p / ".git").exists()), None)
    if top is None:
        return {}
    found = {folder: _gitignore(folder) for folder in chain[1 : top + 1]}
    return {folder: spec for folder, spec in found.items() if spec is not None}


def _ignored(path: Path, is_dir: bool, ignores: Ignores) -> bool:
    """Whether the nearest .gitignore that says anything of ``path`` ignores it."""
    try:
        full = path.resolve()
    except (OSError, RuntimeError):  # a symlink loop: no file, nothing to ignore
        return False
    for folder in full.parents:
        spec = ignores.get(folder)
        if spec is None:
            continue
        relative = full.relative_to(folder).as_posix()
        result = spec.check_file(f"{relative}/" if is_dir else relative)
        if result.include is not None:
            return bool(result.include)
    return False
