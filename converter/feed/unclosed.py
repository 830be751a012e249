"""A job's field left open (``<url>https://…/101>`` and no ``</url>``), closed
where its text ends.

A hand-edited or templated feed sometimes loses an end tag: libxml2 then
stops at the job's end tag ("Opening and ending tag mismatch: url line 375
and job"), and the whole feed would be refused for one slip. When what is
left open is a field of a job whose content up to the next tag is text,
nothing else can be meant: the field ends where its text ends (a ``>`` left
there is what remains of its end tag). The reader then reads the feed
again with that end tag put in (:class:`Closing`), and says so (X006).

Only then: an element left open around other elements, one opened outside
a job, or a feed read from a stream that cannot be read twice (standard
input, a URL) stays X001. At most :data:`MAX_REPAIRS` a feed, since each
costs a read of it.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .positions import LineWindow

#: Repairs a feed may have before its next break is X001 again.
MAX_REPAIRS = 10
#: How many lines a field's text may span before its missing end tag.
_MAX_LINES = 200

_MISMATCH = re.compile(r"Opening and ending tag mismatch: (\S+) line (\d+) and (\S+)")


@dataclass(frozen=True, slots=True)
class Repair:
    """``</tag>`` put in at byte ``offset`` of line ``at`` (replacing the
    ``>`` there when ``drop``); the element was opened at ``line``:``column``."""

    tag: str
    line: int
    column: int
    at: int
    offset: int
    drop: bool

    def message(self) -> str:
        kept = "the '>' there read as its end tag" if self.drop else "its end tag put in there"
        return (
            f"<{self.tag}> (line {self.line}) is never closed: read as ending where its text"
            f" ends, at line {self.at} ({kept}); write </{self.tag}>"
        )


def repair_for(
    message: str,
    job_tag: str,
    window: LineWindow,
    line: int | None = None,
    column: int | None = None,
) -> Repair | None:
    """The repair for libxml2's fatal ``message`` (met at ``line``:``column``),
    if it is a job's field left open around nothing but text (see the
    module); None otherwise."""
    m = _MISMATCH.match(message)
    if m is None or m[3] != job_tag or m[1] == job_tag or not window.enabled:
        return None
    tag, opened_at = m[1], int(m[2])
    opened = window.line_bytes(opened_at)
    if opened is None:
        return None
    starts = list(re.finditer(b"<" + re.escape(tag.encode()) + rb"(?:\s[^<>]*)?>", opened))
    if line == opened_at and column:  # a one-line feed: the start tags before the break
        starts = [s for s in starts if s.start() < column]
    for start in reversed(starts):  # the latest start tag left open is the one
        found = _text_end(window, opened_at, start.end())
        if found is not None:
            at, offset, drop = found
            column = len(window.decode(opened[: start.start()])) + 1
            return Repair(tag, opened_at, column, at, offset, drop)
    return None


def _text_end(window: LineWindow, line: int, begin: int) -> tuple[int, int, bool] | None:
    """Where the text from byte ``begin`` of ``line`` ends before the next tag,
    if a start tag comes next: its line, byte offset, and whether a ``>``
    ends it (the offset is then the ``>``'s)."""
    at = line
    for at in range(line, line + _MAX_LINES):
        data = window.line_bytes(at)
        if data is None:
            return None
        end = data.find(b"<", begin if at == line else 0)
        if end >= 0:
            break
    else:
        return None
    if data[end:].startswith(b"</"):  # the next tag ends something: not a lone field
        return None
    text = data[(begin if at == line else 0) : end].rstrip()
    while at > line and not text:  # the text ended on an earlier line
        at -= 1
        data = window.line_bytes(at) or b""
        text = data[begin if at == line else 0 :].rstrip()
    if not text.strip():
        return None  # nothing but white space: an element left open around elements
    offset = (begin if at == line else 0) + len(text)
    drop = text.endswith(b">")
    return at, offset - 1 if drop else offset, drop


class Closing:
    """Puts the end tags of ``repairs`` into a feed's raw chunks, as they pass."""

    def __init__(self, repairs: list[Repair], first_line: int = 1) -> None:
        self._todo = sorted(repairs, key=lambda r: (r.at, r.offset))
        self._line = first_line
        self._column = 0  # bytes of the current line already passed
        self._skip = 0  # a dropped '>' still to come, at the start of the next chunk
        self._first = True

    def fix(self, chunk: bytes) -> bytes:
        if self._first:  # the window counts line 1's bytes without a byte order mark
            self._first = False
            if chunk.startswith(codecs.BOM_UTF8):
                self._column = -len(codecs.BOM_UTF8)
        if self._skip and chunk:
            chunk, self._skip = chunk[1:], 0
        out, start, pos = [], 0, 0
        while self._todo:
            repair = self._todo[0]
            while self._line < repair.at:
                newline = chunk.find(b"\n", pos)
                if newline < 0:
                    self._column += len(chunk) - pos
                    out.append(chunk[start:])
                    return b"".join(out)
                pos, self._line, self._column = newline + 1, self._line + 1, 0
            cut = pos + repair.offset - self._column
            if b"\n" in chunk[pos : min(cut, len(chunk))]:
                self._todo.pop(0)  # the line is shorter than the window said: not this feed's
                continue
            if cut > len(chunk):
                break
            out += [chunk[start:cut], b"</" + repair.tag.encode() + b">"]
            self._todo.pop(0)
            start = pos = cut
            self._column = repair.offset
            if repair.drop:
                if cut < len(chunk):
                    start = pos = cut + 1
                else:
                    self._skip = 1
                self._column += 1
        newlines = chunk.count(b"\n", pos)
        if newlines:
            self._line += newlines
            self._column = len(chunk) - chunk.rfind(b"\n") - 1
        else:
            self._column += len(chunk) - pos
        out.append(chunk[start:])
        return b"".join(out)
