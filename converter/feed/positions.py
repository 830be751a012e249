"""Exact source positions for elements, from the bytes the parser was fed.

libxml2 (under lxml) stores element lines in 16 bits: past line 65,535 an
element's ``sourceline`` is borrowed from a neighbouring text node and can be
late by the lines that text spans; and it records no columns at all. The
:class:`LineWindow` keeps the most recent lines fed to the parser (bounded)
and finds the start tag itself, which gives the exact line and column.
"""

from __future__ import annotations

import codecs
import itertools
import re
from functools import lru_cache

# How far back from libxml2's line a start tag is looked for.
_SEARCH_BACK = 100_000
# Bytes of recent input kept for locating; older positions keep libxml2's line.
_MAX_WINDOW = 32 * 1024 * 1024


# Openings of a feed in an encoding where b"\n" is not one byte of its own:
# its lines are found once it is decoded. Longest first (UTF-32 before UTF-16).
_WIDE = (
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00", "utf-16-le"),
    (b"\x00<", "utf-16-be"),
)
_DECLARED = re.compile(rb"<\?xml[^>]*?encoding\s*=\s*[\"']([^\"']+)")


def wide_encoding(head: bytes) -> str | None:
    """The codec of a feed that opens with ``head`` in UTF-16 or UTF-32 (by
    its byte order mark, or its ``<`` in two or four bytes); None for 8-bit text."""
    return next((codec for start, codec in _WIDE if head.startswith(start)), None)


def declared_encoding(head: bytes) -> str | None:
    """The encoding the XML declaration at the start of ``head`` names."""
    found = _DECLARED.match(head.removeprefix(codecs.BOM_UTF8))
    return found[1].decode("ascii", "replace") if found else None


def position_in(head: bytes, needle: str) -> tuple[int, int] | None:
    """The 1-based line and column of the first ``needle`` in a feed's
    opening bytes ``head``, whatever their encoding; None if absent."""
    codec = wide_encoding(head) or "utf-8-sig"
    text = codecs.getincrementaldecoder(codec)(errors="replace").decode(head)
    at = text.find(needle)
    if at < 0:
        return None
    start = text.rfind("\n", 0, at) + 1
    return text.count("\n", 0, at) + 1, at - start + 1


def estimated_line(el) -> int | None:
    """libxml2's line for ``el``, corrected for lines past 65,535 where the
    element's line was taken from the text that follows its start tag."""
    line = el.sourceline
    if line is None or line < 65535:
        return line
    text = el.text if el.text is not None else el.tail
    return line - text.count("\n") if text else line


#: Codecs that read each ASCII byte as that one character (not UTF-7, nor
#: ISO-2022's escapes): a prefix of ASCII bytes is as many characters.
_ASCII_SUPERSETS = frozenset({"utf-8", "ascii", "iso8859-1", "iso8859-15", "cp1252"})


@lru_cache(maxsize=64)
def _ascii_superset(encoding: str) -> bool:
    """Whether ``encoding`` is one of :data:`_ASCII_SUPERSETS` (cached: a
    pure function of the name; False for a name that is no codec)."""
    try:
        return codecs.lookup(encoding).name in _ASCII_SUPERSETS
    except (LookupError, ValueError):
        return False


@lru_cache(maxsize=256)
def _tag_pattern(tag: str, encoding: str) -> re.Pattern[bytes]:
    """The start tag ``<tag`` in ``encoding``'s bytes (cached: a pure function
    of the two, and a feed has few tags)."""
    return re.compile(b"<" + re.escape(tag.encode(encoding)) + rb"(?=[\s/>]|$)")


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
        self._decoder: codecs.IncrementalDecoder | None = None
        self._fed = False
        self.enabled = True

    def transcode(self, codec: str) -> None:
        """Take input in ``codec`` (UTF-16, UTF-32), whose lines cannot be
        split as bytes: each chunk is decoded as it comes and kept as UTF-8."""
        self._decoder = codecs.getincrementaldecoder(codec)(errors="replace")
        self.encoding = "utf-8"

    def set_encoding(self, encoding: str | None) -> None:
        if self._decoder is not None:
            return  # kept as UTF-8 whatever the input's encoding
        enc = (encoding or "utf-8").lower()
        self.encoding = enc
        # Line splitting on b"\n" needs an ASCII-compatible encoding.
        if "16" in enc or "32" in enc or "ucs" in enc or "ebcdic" in enc:
            self.enabled = False

    def feed(self, data: bytes) -> None:
        if not self.enabled:
            return
        if self._decoder is not None:
            data = self._decoder.decode(data).encode("utf-8")
        if not self._fed:  # a byte order mark is no column of line 1
            self._fed = True
            data = data.removeprefix(codecs.BOM_UTF8)
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
            pattern = _tag_pattern(tag, self.encoding)
        except (UnicodeEncodeError, LookupError, ValueError):
            return line, None
        data = self.line_bytes(line)  # the usual case: on libxml2's own line
        m = pattern.search(data) if data is not None else None
        if m:
            return line, self._column(data, m.start())
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
                return n, self._column(data, m.start())
        return line, None

    def _column(self, data: bytes, at: int) -> int:
        """The column of byte ``at`` of line ``data``: characters before it, plus one."""
        prefix = data[:at]
        if prefix.isascii() and _ascii_superset(self.encoding):  # a byte a character
            return at + 1
        return len(prefix.decode(self.encoding, errors="replace")) + 1

    @property
    def last_line(self) -> int:
        """The line the input fed so far ends on."""
        return self._next_line

    def text(self, n: int | None) -> str | None:
        """Line ``n`` as text, if the window still holds it."""
        data = self.line_bytes(n) if n is not None and self.enabled else None
        return None if data is None else self.decode(data)

    def decode(self, data: bytes) -> str:
        """``data`` as text in the feed's encoding (UTF-8 when its declared
        one is no codec: ``encoding="UTF-9"``, a name with a NUL in it)."""
        try:
            return data.decode(self.encoding, errors="replace")
        except (LookupError, ValueError):
            return data.decode("utf-8", errors="replace")

    def rfind(
        self, needle: str, line: int, column: int | None = None, back: int = _SEARCH_BACK
    ) -> tuple[int, int] | None:
        """The ``(line, column)`` of the last ``needle`` that starts at or
        before ``column`` of ``line`` (anywhere on it if None), or on one of
        the ``back - 1`` lines before it; None if the window holds none."""
        for n in range(line, max(0, line - back), -1):
            text = self.text(n)
            if text is None:
                if n < line:
                    break
                continue
            end = len(text) if n != line or column is None else column - 1 + len(needle)
            at = text.rfind(needle, 0, end)
            if at >= 0:
                return n, at + 1
        return None

    def blank_after(self, line: int, column: int) -> bool:
        """Whether only whitespace follows ``column`` of ``line`` in the window
        (an error there is at the end of the input)."""
        text = self.text(line)
        if text is None or text[column - 1 :].strip():
            return False
        for n in range(line + 1, self._next_line + 1):
            rest = self.text(n)
            if rest is None or rest.strip():
                return False
        return True
