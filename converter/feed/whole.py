"""The XSD-only fast path: a segment checked as one document, in C.

When the selected rules read nothing but the document (``--select S,X``),
no job model is needed, and most feeds are valid. A segment (or a small
feed) is then parsed into one tree and validated by libxml2 in a single
call, with no Python per element: about a third of the time of reading it
job by job. What this path vouches for is only "every job here is clean":
the ids and lines of its jobs, for the per-job results. Whenever it cannot
be sure the streaming reader would report nothing (the document is invalid
or not well-formed, has a DOCTYPE, holds anything but jobs after the first
one, a job element off the dialect's path, or no job at all) it says so, and
the caller reads the segment with :class:`~converter.feed.reader.FeedReader`,
which finds and places every problem as always. Output is the same either
way; the fast path is only faster.
"""

from __future__ import annotations

import io
from typing import BinaryIO

from lxml import etree

from .dialects import Dialect
from .engines import Engine, LxmlEngine
from .positions import estimated_line
from .reader import FeedReader
from .segments import Segment

_READ = 1024 * 1024
#: The segments of an XSD-only run: a tree this size parses and validates
#: faster than a 4 MiB one (it stays in the CPU's cache).
WHOLE_SEGMENT = 1024 * 1024
#: Above this, a whole feed is not parsed into one tree (memory stays flat).
MAX_WHOLE = 8 * 1024 * 1024


def clean_jobs(
    raw: BinaryIO,
    name: str,
    segment: Segment | None,
    dialect: Dialect,
    engine: Engine,
) -> list[tuple[str | None, int | None]] | None:
    """``(job id, line)`` of every job of the segment (or the whole feed)
    whose bytes ``raw`` gives when all of them, and the document around
    them, are valid; None when the streaming reader must judge it."""
    if not isinstance(engine, LxmlEngine):
        return None
    root = _parsed(raw, segment)
    if root is None:
        return None
    jobs = _plain_jobs(root, dialect, segment is None or segment.is_first)
    if not jobs or not engine.validates(root):
        return None
    offset = segment.line_offset if segment is not None else 0
    if dialect.plain:  # the children are the fields: the id is the first <externalid>'s text
        found = []
        for job in jobs:
            element = job.find("externalid")
            text = None
            if element is not None:
                text = element.text if not len(element) else element.xpath("string()")
            line = estimated_line(job)
            found.append(((text or "").strip() or None, line + offset if line else None))
        return found
    # A board's id may be made from other fields: the reader's own way, unread stream.
    reader = FeedReader(io.BytesIO(), name, segment=segment, dialect=dialect, model=False)
    return [(job.external_id, job.source.line) for job in map(reader.job, jobs)]


def _parsed(f: BinaryIO, segment: Segment | None) -> etree._Element | None:
    """The segment (or feed) whose bytes ``f`` gives parsed, as the streaming
    reader parses it; None when it is not well-formed or too large to hold."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        if segment is None:
            left = MAX_WHOLE + 1
        else:
            left = segment.end - segment.start
            parser.feed(segment.head)
        while left > 0 and (chunk := f.read(min(left, _READ))):
            left -= len(chunk)
            parser.feed(chunk)
        if segment is None and left <= 0:
            return None
        if segment is not None and segment.tail:
            parser.feed(segment.tail)
        return parser.close()
    except (etree.XMLSyntaxError, OSError):
        return None


def _plain_jobs(root: etree._Element, dialect: Dialect, first: bool) -> list[etree._Element]:
    """The jobs at the dialect's path, when the document is plain: no
    DOCTYPE, the dialect's containers once each, nothing after a container's
    first job but jobs and blank text (the streaming reader reports any other
    element there itself, even where the XSD allows it), header elements
    before the first job only in the first segment, and no job element
    anywhere else. Empty when it is not."""
    info = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None or root.tag != dialect.job[0]:
        return []
    node = root
    for tag in dialect.job[1:-1]:
        inner = [c for c in node if c.tag == tag]
        others = first or all(c is inner[0] for c in node if isinstance(c.tag, str))
        if len(inner) != 1 or not others:
            return []
        node = inner[0]
    job_tag, jobs = dialect.job_tag, []
    for child in node:
        if child.tag == job_tag:
            jobs.append(child)
        elif isinstance(child.tag, str) and (jobs or not first):
            return []
        if jobs and child.tail is not None and child.tail.strip():
            return []
    everywhere = sum(1 for _ in root.iter(job_tag))
    return jobs if everywhere == len(jobs) else []
