"""Bare ``&`` read as the character it plainly means, and said.

XML requires ``&amp;``, yet feeds written with string templates often have
``R&D`` or ``Play&Plug`` in their text. Nothing else can be meant: an ``&``
that starts no reference (``&name;``, ``&#38;``, ``&#x26;``) is escaped
before libxml2 sees it, so the job is read as its writer meant it, and the
feed's first such ``&`` is reported (X005) with how many more there were.
Inside CDATA sections, comments and processing instructions an ``&`` is
already plain text and is left as it is.

Positions stay the feed's: the parser is given the escaped bytes, the line
window (which places findings) the bytes as they were, and an escape adds
no line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: An ``&`` that starts no reference.
_BARE = re.compile(rb"&(?![A-Za-z_:][-A-Za-z0-9._:]{0,63};|#[0-9]{1,8};|#x[0-9A-Fa-f]{1,8};)")
#: What changes whether an ``&`` is markup: sections that hold plain text.
_TOKENS = re.compile(rb"<!\[CDATA\[|\]\]>|<!--|-->|<\?|\?>|&")
_CLOSE = {b"<![CDATA[": b"]]>", b"<!--": b"-->", b"<?": b"?>"}
#: Bytes held back at a chunk's end: a reference or a section's mark may go on in the next.
_HELD = 80


@dataclass(slots=True)
class Bare:
    """The first bare ``&`` of a feed (its line and byte column, and the
    word it sits in) and how many there were."""

    line: int
    column: int
    word: str
    count: int = 1


class Ampersands:
    """Escapes bare ``&`` in a stream of chunks (:meth:`fix`, then :meth:`end`)."""

    def __init__(self, first_line: int = 1) -> None:
        self.bare: Bare | None = None
        self._inside: bytes | None = None  # the end mark of the section we are in
        self._held = b""
        self._line = first_line  # the line the held bytes begin on
        self._column = 0  # characters of that line before them (until the first is found)

    def fix(self, chunk: bytes) -> bytes:
        """``chunk``'s bytes, bare ``&`` escaped, less what is held for the next."""
        data = self._held + chunk
        if len(data) <= _HELD:
            self._held = data
            return b""
        cut = len(data) - _HELD
        out = self._scan(data, cut)
        return out

    def end(self) -> bytes:
        """The held bytes at the end of the stream, escaped."""
        data, self._held = self._held, b""
        return self._scan(data, len(data)) if data else b""

    def _scan(self, data: bytes, cut: int, final: bool = False) -> bytes:
        # (a mark begun before the cut may end after it: look 8 bytes on)
        if b"&" not in data[:cut] and self._inside is None and not _opens(data[: cut + 8]):
            done = data[:cut]
        else:
            done = self._escape(data, cut)
        self._held = data[cut:]
        self._advance(data[:cut])
        return done

    def _escape(self, data: bytes, cut: int) -> bytes:
        found = _marks(data, cut, self._inside)
        if found is None:
            return self._escape_at(data, cut, self._amps_by_tokens(data, cut))
        amps, self._inside = found
        return self._escape_at(data, cut, amps)

    def _escape_at(self, data: bytes, cut: int, amps: list[int]) -> bytes:
        """``data`` up to ``cut`` with each bare ``&`` of ``amps`` escaped (and said)."""
        pieces: list[bytes] = []
        at = 0
        for start in amps:
            if _BARE.match(data, start):  # (cut leaves _HELD bytes after it to look at)
                pieces += [data[at:start], b"&amp;"]
                at = start + 1
                self._said(data, start)
        pieces.append(data[at:cut])
        return b"".join(pieces)

    def _amps_by_tokens(self, data: bytes, cut: int) -> list[int]:
        """The ``&`` before ``cut`` outside sections, token by token: for the
        data :func:`_marks` leaves to it."""
        amps: list[int] = []
        for m in _TOKENS.finditer(data):
            start, token = m.start(), m[0]
            if start >= cut:
                break
            if self._inside is not None:
                if token == self._inside:
                    self._inside = None
                continue
            if token in _CLOSE:
                self._inside = _CLOSE[token]
                continue
            if token == b"&":
                amps.append(start)
        return amps

    def _said(self, data: bytes, at: int) -> None:
        if self.bare is not None:
            self.bare.count += 1
            return
        before = data[:at]
        lines = before.count(b"\n")
        start = before.rfind(b"\n") + 1
        text = before[start:].decode("utf-8", "replace")
        if self._line + lines == 1:
            text = text.lstrip("\ufeff")  # a byte order mark is no column
        column = (0 if lines else self._column) + len(text) + 1
        word = re.search(rb"[^\s<>&\"']*&[^\s<>&\"']*", data[max(0, at - 30) : at + 30])
        self.bare = Bare(
            self._line + lines,
            column,
            (word[0] if word else b"&").decode("utf-8", "replace")[:40],
        )

    def _advance(self, done: bytes) -> None:
        lines = done.count(b"\n")
        self._line += lines
        if self.bare is not None:
            return  # the first is found: columns are no longer needed
        last = done[done.rfind(b"\n") + 1 :]
        chars = len(last.decode("utf-8", "replace"))
        self._column = chars if lines else self._column + chars


def _marks(data: bytes, cut: int, inside: bytes | None) -> tuple[list[int], bytes | None] | None:
    """The ``&`` before ``cut`` outside CDATA sections, comments and
    processing instructions, and the section open at ``cut`` (its end mark),
    starting ``inside`` one: what the scan of :data:`_TOKENS` finds, found
    with ``bytes.find`` (the regex alternation costs 15 µs a job of the
    benchmark feed, the finds a fraction). The two part only where a
    section's end mark overlaps an opening mark the scan would take first
    (``<!-->``, ``<!--->``, ``<?>`` inside a section): there None, and the
    scan decides."""
    amps: list[int] = []
    ahead = {opening: _find_opening(data, opening, 0) for opening in _CLOSE}  # each one's next
    pos = 0
    while True:
        if inside is not None:
            end = data.find(inside, pos)
            if end < 0 or end >= cut:
                return amps, inside
            if _overlapped(data, end, inside):
                return None
            pos, inside = end + len(inside), None
            continue
        at, opening = _next_opening(data, pos, ahead)
        if at < 0 or at >= cut:
            return amps + _amps_in(data, pos, cut), None
        amps += _amps_in(data, pos, at)
        pos, inside = at + len(opening), _CLOSE[opening]


def _next_opening(data: bytes, pos: int, ahead: dict[bytes, int]) -> tuple[int, bytes]:
    """The first mark opening a section at or after ``pos`` (-1: none);
    ``ahead`` keeps each mark's next position, found again once passed."""
    best, which = -1, b""
    for opening, at in list(ahead.items()):
        if 0 <= at < pos:
            at = ahead[opening] = _find_opening(data, opening, pos)
        if at >= 0 and (best < 0 or at < best):
            best, which = at, opening
    return best, which


def _find_opening(data: bytes, opening: bytes, pos: int) -> int:
    """``data.find(opening, pos)`` for a mark ``<`` and more, found by its
    second byte (``!``, ``?``: rare in a feed, where ``<`` opens every tag),
    which ``bytes.find`` looks for at memchr's speed."""
    second = opening[1:2]
    at = data.find(second, pos + 1)
    while at >= 0:
        if data.startswith(opening, at - 1):
            return at - 1
        at = data.find(second, at + 1)
    return -1


def _amps_in(data: bytes, pos: int, end: int) -> list[int]:
    """The positions of ``&`` in ``data[pos:end]``."""
    found = []
    at = data.find(b"&", pos, end)
    while at >= 0:
        found.append(at)
        at = data.find(b"&", at + 1, end)
    return found


def _overlapped(data: bytes, end: int, mark: bytes) -> bool:
    """Whether the end ``mark`` at ``end`` may lie inside an opening mark met
    first (``<!--`` two or three bytes before ``-->``, ``<?`` one before ``?>``)."""
    if mark == b"-->":
        return (end >= 2 and data.startswith(b"<!--", end - 2)) or (
            end >= 3 and data.startswith(b"<!--", end - 3)
        )
    if mark == b"?>":
        return end >= 1 and data.startswith(b"<?", end - 1)
    return False


def _opens(data: bytes) -> bool:
    """Whether ``data`` may open a section that holds plain text."""
    return b"<!" in data or b"<?" in data
