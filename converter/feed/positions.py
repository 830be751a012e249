"""Exact source positions for elements, from the bytes the parser was fed.

libxml2 (under lxml) stores element lines in 16 bits: past line 65,535 an
element's ``sourceline`` is borrowed from a neighbouring text node and can be
late by the lines that text spans; and it records no columns at all. The
:class:`LineWindow` keeps the most recent lines fed to the parser (bounded)
and finds the start tag itself, which gives the exact line and column.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

# How far back from libxml2's line a start tag is looked for.
_SEARCH_BACK = 100_000
# Bytes of recent input kept for locating; older positions keep libxml2's line.
_MAX_WINDOW = 32 * 1024 * 1024


def estimated_line(el) -> int | None:
    """libxml2's line for ``el``, corrected for lines past 65,535 where the
    element's line was taken from the text that follows its start tag."""
    line = el.sourceline
    if line is None or line < 65535:
        return line
    text = el.text if el.text is not None else el.tail
    return line - text.count("\n") if text else line


@lru_cache(maxsize=256)
def _tag_pattern(tag: bytes) -> re.Pattern[bytes]:
    return re.compile(b"<" + re.escape(tag) + rb"(?=[\s/>]|$)")


class LineWindow:
    """The recent lines of one input, for finding start tags by line.

    ``feed`` every chunk given to the parser; call ``trim(line)`` when
    positions before ``line`` are no longer needed.
    """

    def __init__(self, encoding: str = "utf-8", first_line: int = 1) -> None:
        self.encoding = encoding
        self._chunks: list[tuple[int, list[bytes], int]] = []  # (first line, lines, bytes)
        self._pending = b""
        self._next_line = first_line
        self._size = 0
        self.enabled = True

    def set_encoding(self, encoding: str | None) -> None:
        enc = (encoding or "utf-8").lower()
        self.encoding = enc
        # Line splitting on b"\n" needs an ASCII-compatible encoding.
        if "16" in enc or "32" in enc or "ucs" in enc or "ebcdic" in enc:
            self.enabled = False

    def feed(self, data: bytes) -> None:
        if not self.enabled:
            return
        data = self._pending + data
        lines = data.split(b"\n")
        self._pending = lines.pop()
        if lines:
            size = len(data) - len(self._pending)
            self._chunks.append((self._next_line, lines, size))
            self._next_line += len(lines)
            self._size += size
        while self._size > _MAX_WINDOW and len(self._chunks) > 1:
            self._size -= self._chunks.pop(0)[2]

    def trim(self, before_line: int) -> None:
        """Forget whole chunks that end before ``before_line``."""
        while len(self._chunks) > 1:
            first, lines, size = self._chunks[0]
            if first + len(lines) > before_line:
                break
            self._chunks.pop(0)
            self._size -= size

    def line_bytes(self, n: int) -> bytes | None:
        if n == self._next_line:
            return self._pending
        for first, lines, _ in reversed(self._chunks):
            if first <= n < first + len(lines):
                return lines[n - first]
            if first + len(lines) <= n:
                break
        return None

    def locate(self, tag: str, line: int | None) -> tuple[int | None, int | None]:
        """Exact ``(line, column)`` of the start tag ``<tag`` that libxml2 put at
        ``line``; libxml2's line and no column when it is not in the window."""
        if line is None or not self.enabled:
            return line, None
        try:
            pattern = _tag_pattern(tag.encode(self.encoding))
        except (UnicodeEncodeError, LookupError):
            return line, None
        # libxml2's line is the line where the start tag ends or later; a
        # tag with no content may borrow the line before it.
        candidates = itertools.chain(
            (line,), range(line - 1, max(0, line - _SEARCH_BACK), -1), (line + 1,)
        )
        for n in candidates:
            data = self.line_bytes(n)
            if data is None:
                if n < line:
                    break
                continue
            m = pattern.search(data)
            if m:
                prefix = data[: m.start()].decode(self.encoding, errors="replace")
                return n, len(prefix) + 1
        return line, None
