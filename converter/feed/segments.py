"""Cut one large feed into byte ranges that parse on their own, for parallel work.

A YubHub feed is ``<source><jobs><job/>...</jobs></source>``; other dialects
put their jobs elsewhere (``<source><job/>``, ``<jobatus><ad/>``). A segment
runs from a line that starts with the dialect's job tag (``<job``) to the
next such split. Given a copy of the feed's opening (its encoding, root and
container start tags) before it and their end tags after it, a segment is a
small well-formed feed whose jobs are the original's, with lines shifted by
a known offset. Header elements (Indeed's ``<publisher>``) stay in the first
segment.

Nothing here trusts a split. A ``<job`` inside CDATA or a comment leaves a
segment unterminated, so it fails to parse; a feed with a DOCTYPE,
namespaces or attributes on its opening tags is not split at all; and
whatever the reader finds odd in a segment's skeleton marks it irregular.
The caller then reads the whole file serially, so a parallel run reports
exactly what a serial run does.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import BinaryIO

from lxml import etree

from .dialects import Dialect, yubhub

#: Below this many bytes a segment is not worth a process's time.
MIN_SEGMENT = 2 * 1024 * 1024
#: Above this a segment's results would weigh on memory while they wait.
MAX_SEGMENT = 4 * 1024 * 1024

_HEAD_BYTES = 64 * 1024
_SCAN_BYTES = 1024 * 1024
_MAX_SCAN = 16 * 1024 * 1024


def _split_pattern(tag: str) -> re.Pattern[bytes]:
    return re.compile(rb"\n[ \t]*<" + re.escape(tag.encode("ascii")) + rb"[ \t\r\n/>]")


# Encodings where b"\n" and b"<" only ever stand for those characters.
_SPLITTABLE = re.compile(r"(utf-?8|us-ascii|ascii|iso-8859-\d+|latin-?1|windows-125\d)", re.I)


@dataclass(frozen=True, slots=True)
class Segment:
    """Bytes ``start``..``end`` of a feed; ``first_line`` is the line of ``start``.

    ``head`` and ``tail`` are the synthetic opening and closing parsed around
    the bytes (empty for the first and last segment respectively)."""

    index: int
    start: int
    end: int
    first_line: int
    head: bytes = b""
    tail: bytes = b""

    @property
    def is_first(self) -> bool:
        return self.start == 0

    @property
    def is_last(self) -> bool:
        return not self.tail

    @property
    def line_offset(self) -> int:
        """Add to a line of the parsed segment to get the line in the feed."""
        return self.first_line - 1 - self.head.count(b"\n")


class SegmentStream:
    """A binary stream of ``head``, the segment's bytes from ``raw`` (a
    stream of those bytes alone: :func:`~converter.feed.ranges.opened_range`),
    then ``tail``."""

    def __init__(self, segment: Segment, raw: BinaryIO) -> None:
        self._file = raw
        self._left = segment.end - segment.start
        self._head = segment.head
        self._tail = segment.tail

    def read(self, size: int = -1) -> bytes:
        if self._head:
            data, self._head = self._head, b""
            return data
        if self._left > 0:
            data = self._file.read(min(size if size > 0 else self._left, self._left))
            self._left -= len(data)
            if data:
                return data
            self._left = 0
        data, self._tail = self._tail, b""
        return data


def _opening(head: bytes, dialect: Dialect) -> tuple[bytes, bytes] | None:
    """The synthetic head and tail for a feed in ``dialect`` that starts with
    ``head``, or None when the feed's opening is anything but plain."""
    parser = etree.XMLPullParser(
        events=("start",), resolve_entities=False, no_network=True, load_dtd=False
    )
    containers = dialect.job[:-1]
    try:
        parser.feed(head)
        starts = [el for _, el in parser.read_events() if isinstance(el.tag, str)]
    except etree.XMLSyntaxError:
        return None
    first_job = next((el for el in starts if el.tag == dialect.job_tag), None)
    if first_job is None:
        return None
    chain = list(reversed([first_job, *first_job.iterancestors()]))[:-1]
    if tuple(el.tag for el in chain) != containers:
        return None
    if any(el.attrib or el.nsmap or "{" in el.tag or not el.tag.isascii() for el in chain):
        return None
    info = chain[0].getroottree().docinfo
    encoding = info.encoding or "UTF-8"
    if info.doctype or info.internalDTD is not None or not _SPLITTABLE.fullmatch(encoding):
        return None
    decl = f'<?xml version="1.0" encoding="{encoding}"?>'.encode("ascii")
    names = [t.encode("ascii") for t in containers]
    opening = b"".join(b"<" + n + b">" for n in names)
    closing = b"".join(b"</" + n + b">" for n in reversed(names))
    return decl + opening + b"\n", closing + b"\n"


def _split_after(f, offset: int, size: int, split: re.Pattern[bytes]) -> int | None:
    """The first split point (a line starting ``<job``) at or after ``offset``."""
    scanned = 0
    while scanned < _MAX_SCAN and offset + scanned < size:
        f.seek(offset + scanned)
        data = f.read(_SCAN_BYTES + 64)
        m = split.search(data)
        if m:
            return offset + scanned + m.start() + 1
        scanned += _SCAN_BYTES
    return None


def plan(
    path: str,
    parts: int,
    segment_size: int | None = None,
    dialect: Dialect | None = None,
    largest: int = MAX_SEGMENT,
) -> list[Segment] | None:
    """Segments for reading the feed at ``path`` (in ``dialect``, YubHub by
    default) with ``parts`` processes, or None when it should be read
    serially (small, odd, or not a regular file).

    ``segment_size`` (bytes) overrides the size chosen from the file's, and
    ``largest`` caps that choice (a converter's results weigh as much as
    its input, and wait in memory for their turn)."""
    try:
        if not os.path.isfile(path):
            return None
        size = os.path.getsize(path)
        if _count(size, parts, segment_size, largest) < 2:
            return None  # small: not even opened
        with open(path, "rb") as f:
            cut = cuts(f, size, parts, segment_size, dialect, largest)
            if cut is None:
                return None
            return segments(cut, size, _lines_at(f, cut.starts))
    except OSError:
        return None  # unreadable: the serial read says so, in its turn


@dataclass(frozen=True, slots=True)
class Cuts:
    """Where a feed splits (``starts``), and the opening and closing to parse
    each segment within; the lines of the starts are counted apart."""

    starts: list[int]
    head: bytes
    tail: bytes


def cuts(
    f: BinaryIO,
    size: int,
    parts: int,
    segment_size: int | None = None,
    dialect: Dialect | None = None,
    largest: int = MAX_SEGMENT,
) -> Cuts | None:
    """The split points of the ``size`` bytes of the seekable feed ``f`` (a
    few small reads: its opening and near each split), as :func:`plan`
    chooses them; None when it should be read whole."""
    dialect = dialect or yubhub()
    count = _count(size, parts, segment_size, largest)
    if count < 2:
        return None
    f.seek(0)
    opening = _opening(f.read(_HEAD_BYTES), dialect)
    if opening is None:
        return None
    split = _split_pattern(dialect.job_tag)
    starts = [0]
    for k in range(1, count):
        at = _split_after(f, max(size * k // count, starts[-1] + 1), size, split)
        if at is not None and at > starts[-1]:
            starts.append(at)
    if len(starts) < 2:
        return None
    return Cuts(starts, *opening)


def _count(size: int, parts: int, segment_size: int | None, largest: int) -> int:
    """How many segments ``size`` bytes make for ``parts`` processes."""
    if segment_size is None:
        if parts < 2 or size < 2 * MIN_SEGMENT:
            return 0
        segment_size = min(largest, max(MIN_SEGMENT, size // (parts * 4)))
    return -(-size // max(1, segment_size))


def segments(cut: Cuts, size: int, lines: list[int]) -> list[Segment]:
    """The segments between ``cut``'s starts, each starting at its line in ``lines``."""
    bounds = [*cut.starts, size]
    last = len(cut.starts) - 1
    return [
        Segment(
            index=i,
            start=bounds[i],
            end=bounds[i + 1],
            first_line=lines[i],
            head=cut.head if i else b"",
            tail=cut.tail if i < last else b"",
        )
        for i in range(len(cut.starts))
    ]


def _lines_at(f, offsets: list[int]) -> list[int]:
    """The line number at each of the ascending byte ``offsets``."""
    f.seek(0)
    lines, position, newlines = [], 0, 0
    for offset in offsets:
        while position < offset:
            data = f.read(min(8 * 1024 * 1024, offset - position))
            if not data:
                break
            newlines += data.count(b"\n")
            position += len(data)
        lines.append(newlines + 1)
    return lines


def irregular_skeleton(root: etree._Element, first: bool, dialect: Dialect, header: int) -> bool:
    """Whether a segment's skeleton, its jobs taken out, is anything but the
    dialect's containers (``<source><jobs/></source>``) with comments and
    (but in the first segment, whose skeleton is checked as a serial read
    checks it) blank text. The first segment may hold header elements: the
    elements before its first job (``header`` of them beside the jobs), and
    before the containers."""
    node, texts = root, [root.text]
    for tag in dialect.job[1:-1]:
        children = [c for c in node if isinstance(c.tag, str)]
        inner = [c for c in children if c.tag == tag]
        if len(inner) != 1:
            return True
        before = children.index(inner[0])
        if children[before + 1 :] or (before and not first):
            return True
        texts += [c.tail for c in node]
        node = inner[0]
        texts.append(node.text)
    elements = [c for c in node if isinstance(c.tag, str)]
    if len(elements) != (header if first else 0):
        return True
    if first:
        return False
    texts += [c.tail for c in node]
    return not all(_blank_text(t) for t in texts)


def _blank_text(text: str | None) -> bool:
    return text is None or not text.strip()
