"""Which dialect a feed is in: told from its opening (its root, the path to
its first job and that job's children) and from jobs sampled across it (its
middle and end, read as byte ranges), scored against every dialect's XSD and
vocabulary; a board's document in an envelope of its own is that board's.
The dialects themselves are :mod:`.dialects`."""

from __future__ import annotations

import copy
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import BinaryIO

from lxml import etree

from .dialects import (
    AUTO,
    HEAD_BYTES,
    Dialect,
    DialectError,
    by_name,
    dialects,
    yubhub,
)
from .sources import is_gzip


@dataclass(frozen=True, slots=True)
class Seen:
    """What a feed's opening shows: its root, the path to its first job-like
    element (None if none was found) and that element's children; the first
    job itself when it closed within the opening, and the elements of the
    root before it (a header such as Indeed's ``<publisher>``)."""

    root: str | None
    job: tuple[str, ...] | None
    children: tuple[str, ...]
    element: etree._Element | None = None
    header: tuple[str, ...] = ()

    def describe(self) -> str:
        if self.job is None:
            return f"root <{_local(self.root)}> and no job element" if self.root else "no element"
        path = "".join(f"<{_local(t)}>" for t in self.job)
        return f"{path} with {', '.join(self.children[:8]) or 'no children'}"


def _job_tags() -> frozenset[str]:
    return frozenset(d.job_tag for d in dialects())


_SEEN_PIECE = 16 * 1024


def seen_in(head: bytes) -> Seen:
    """The root, first job path and its children in a feed's opening bytes."""
    parser = etree.XMLPullParser(
        events=("start", "end"), resolve_entities=False, no_network=True, load_dtd=False
    )
    path: list[str] = []
    root: str | None = None
    first: tuple[str, ...] | None = None
    children: list[str] = []
    header: list[str] = []
    closed: etree._Element | None = None
    job_tags = _job_tags()
    broken = False
    try:
        # Fed a piece at a time: the first job usually closes in the first few KB.
        for at in range(0, len(head), _SEEN_PIECE):
            try:
                parser.feed(head[at : at + _SEEN_PIECE])
            except etree.XMLSyntaxError:
                broken = True  # what came before the break still tells the dialect
            for event, element in parser.read_events():
                tag = element.tag if isinstance(element.tag, str) else None
                if tag is None:
                    continue
                if event == "start":
                    path.append(tag)
                    root = root or tag
                    if first is None and len(path) >= 2 and tag in job_tags:
                        first = tuple(path)
                    elif first is not None and len(path) == len(first) + 1:
                        children.append(tag)
                    elif first is None and len(path) == 2:
                        header.append(tag)
                else:
                    if first is not None and len(path) == len(first):
                        closed = copy.deepcopy(element)
                        break
                    path.pop()
            if closed is not None or broken:
                break
    except etree.XMLSyntaxError:
        pass  # the reader reports it, with its position
    if broken and first is None:
        return Seen(None, None, ())  # broken before a job: YubHub's reader says where (X001)
    return Seen(root, first, tuple(dict.fromkeys(children)), closed, tuple(header))


def detect(seen: Seen, sample: Iterable[etree._Element] = ()) -> Dialect | None:
    """The dialect a feed's opening fits, or None when none does.

    Among the dialects with the feed's root: the one whose job path fits
    and whose XSD finds fewest faults with the first job and the ``sample``
    of jobs from across the feed (its middle and end: a feed's first job
    may lack what tells its board); then the one whose declared children
    hold most of the jobs' and, last, whose signature (the children that set
    it apart) they share most. A feed with no element (or not XML at all)
    is YubHub's to report; so is a feed with no job, unless a header
    (``<publisher>``) fits a board's XSD."""
    scores = score(seen, sample)
    if scores is None:
        return None
    return by_name(max(scores, key=lambda name: scores[name]))


def score(
    seen: Seen, sample: Iterable[etree._Element] = ()
) -> dict[str, tuple[bool, int, int, int, bool]] | None:
    """How well each dialect with the feed's root fits it, by name, in the
    order of :func:`dialects` (see :func:`detect`; the second value is minus
    the XSD's faults in the jobs sampled); None when no dialect has its root."""
    if seen.root is None:  # no element: the default dialect's reader says where it broke
        return {yubhub().name: (True, 0, 0, 0, True)}
    candidates = [d for d in dialects() if seen.root in d.roots]
    if seen.job is None:
        if not candidates:
            return None
        chosen = candidates[0]  # YubHub first where it fits
        if seen.header:  # a board's header, and no job: the board whose XSD takes it
            for dialect in candidates:
                if seen.root == dialect.root and set(seen.header) <= dialect.header:
                    chosen = dialect
                    break
        return {chosen.name: (True, 0, 0, 0, True)}
    if not candidates or (
        not any(d.job == seen.job for d in candidates) and not any(d.strict for d in candidates)
    ):
        # No dialect has the feed's root or its job path: a board's feed in
        # an envelope (<rss><jobs><job>) fits the boards whose path it ends with.
        # A strict dialect with the root (YubHub's) judges the feed as it is instead.
        candidates = enveloping(seen.job)
        if not candidates:
            return None
    jobs = ([seen.element] if seen.element is not None else []) + list(sample)
    children = set(seen.children).union(
        *({c.tag for c in job if isinstance(c.tag, str)} for job in jobs)
    )
    default = yubhub().name  # the last tie-break: the dialect a feed is read in by default

    def fit(d: Dialect) -> tuple[bool, int, int, int, bool]:
        declared = d.job_children
        vocabulary = len(children & declared) - len(children - declared)
        faults = -sum(_faults(d, job) for job in jobs)
        shared = len(children & d.signature)
        # A path that fits with children of another board's does not count.
        return d.job == seen.job and vocabulary >= 0, faults, vocabulary, shared, d.name == default

    scores = {d.name: fit(d) for d in candidates}
    if candidates[0].envelope:  # wrapped: only a board whose elements the jobs have
        scores = {name: fits for name, fits in scores.items() if fits[0] and fits[2] > 0}
        return scores or None
    return scores


def enveloping(job: tuple[str, ...]) -> list[Dialect]:
    """The board dialects whose job path ``job`` ends with, wrapped in the
    elements before it (plain names only: a namespaced envelope is a format
    of its own). A strict dialect (YubHub) is read only as its XSD has it."""
    found = []
    for d in dialects():
        depth = len(d.job)
        envelope = job[:-depth]
        if (
            not d.strict
            and envelope
            and job[-depth:] == d.job
            and not any("{" in t for t in envelope)
        ):
            found.append(d.enveloped(envelope))
    return found


#: How much of a feed's middle and end is read for a job to sample.
SAMPLE_BYTES = 64 * 1024


def sample_jobs(path: str, seen: Seen, head: bytes) -> list[etree._Element]:
    """The first whole job after the middle of the feed file at ``path`` and
    its last (read as byte ranges: cheap whatever its size; from ``head``
    when it is the whole file); none where a whole job is not found."""
    if seen.job is None:
        return []
    tag = seen.job[-1]
    if "{" in tag:
        return []  # a namespaced job: a slice of it would not parse alone
    whole = len(head) < HEAD_BYTES
    size = len(head) if whole else os.path.getsize(path)
    found = []
    for start, last in ((size // 2, False), (max(0, size - SAMPLE_BYTES), True)):
        if whole:
            window = head[start : start + SAMPLE_BYTES]
        else:
            with open(path, "rb") as f:
                f.seek(start)
                window = f.read(SAMPLE_BYTES)
        job = _whole_job(window, tag.encode(), last)
        if job is not None:
            found.append(job)
    return found


def _whole_job(window: bytes, tag: bytes, last: bool = False) -> etree._Element | None:
    """The first (or ``last``) whole ``<tag>…</tag>`` in ``window``, parsed;
    None if it is not there or does not parse alone."""
    ends = [m.end() for m in re.finditer(b"</" + re.escape(tag) + rb"\s*>", window)]
    starts = [m.start() for m in re.finditer(b"<" + re.escape(tag) + rb"[\s>]", window)]
    pairs = [(s, next((e for e in ends if e > s), None)) for s in starts]
    pairs = [(s, e) for s, e in pairs if e is not None]
    if not pairs:
        return None
    start, end = pairs[-1] if last else pairs[0]
    if last:  # the last start whose end closes its own job, not a nested one's
        start = max(s for s, e in pairs if e == end)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        return etree.fromstring(window[start:end], parser)
    except etree.XMLSyntaxError:
        return None  # an entity, a prefix declared above it: the first job decides


def _faults(dialect: Dialect, job: etree._Element) -> int:
    """How many problems the dialect's XSD finds in ``job``."""
    from .engines import load_engine

    engine = _engines.get(dialect.name)
    if engine is None:
        engine = _engines[dialect.name] = load_engine("lxml", dialect.schema_path)
    try:
        return len(engine.check(job))  # type: ignore[attr-defined]
    except etree.Error:  # an entity reference libxml2 cannot validate: the reader says so
        return 1_000


_engines: dict[str, object] = {}


def known() -> str:
    """The dialects, as a message lists them."""
    return "; ".join(f"{d.name} <{'><'.join(d.job)}>" for d in dialects())


def _local(tag: str | None) -> str:
    """A tag without its namespace (lxml's ``{uri}name``), as the feed writes it."""
    return (tag or "").rpartition("}")[2]


def no_fit(seen: Seen, name: str) -> DialectError:
    html = "this is an HTML page, not a job feed; " if _local(seen.root).lower() == "html" else ""
    return DialectError(
        0,
        f"{html}it fits no feed dialect jobconv knows: it has {seen.describe()}; jobconv reads"
        f" {known()} (`jobconv dialects` lists them; --dialect NAME reads it as one)",
        name,
    )


def of_head(head: bytes, name: str, choice: str = AUTO, path: str | None = None) -> Dialect:
    """The dialect to read a feed that starts with ``head`` in (the file at
    ``path``, if it is one: jobs from across it are sampled too)."""
    if choice != AUTO:
        return by_name(choice)
    if b"<" not in head:
        return yubhub()  # empty or not XML: the reader says so, with a position
    seen = seen_in(head)
    dialect = detect(seen, sample_jobs(path, seen, head) if path else ())
    if dialect is None:
        raise no_fit(seen, name)
    return dialect


_NN_DATE = re.compile(rb"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2\d{4}(?![\d/.-])")


def date_order(path: str) -> str | None:
    """How the feed file at ``path`` writes ``NN/NN/YYYY`` dates, as its own
    dates show in its opening, middle and end (``"dmy"`` when one has a
    first part over 12, ``"mdy"`` a second): None when none shows, or they
    disagree, or ``path`` is no plain file."""
    if not os.path.isfile(path) or is_gzip(path):
        return None
    shown = set()
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as f:
            for start in sorted(
                {0, max(0, size // 2 - SAMPLE_BYTES // 2), max(0, size - SAMPLE_BYTES)}
            ):
                f.seek(start)
                for m in _NN_DATE.finditer(f.read(HEAD_BYTES if start == 0 else SAMPLE_BYTES)):
                    first, second = int(m[1]), int(m[3])
                    if first > 12 >= second:
                        shown.add("dmy")
                    elif second > 12 >= first:
                        shown.add("mdy")
    except OSError:
        return None
    return shown.pop() if len(shown) == 1 else None


def better_fit(path: str, chosen: str) -> str | None:
    """A dialect whose XSD finds fewer faults than ``chosen``'s in the jobs
    sampled across the feed file at ``path``; None if there is none, or
    ``path`` is no plain file (stdin, gzip, a URL: not read twice)."""
    if not os.path.isfile(path) or is_gzip(path):
        return None
    try:
        with open(path, "rb") as f:
            head = f.read(HEAD_BYTES)
    except OSError:
        return None
    seen = seen_in(head)
    scores = score(seen, sample_jobs(path, seen, head)) or {}
    if chosen not in scores:
        return None
    best = max(scores, key=lambda name: scores[name])
    return best if best != chosen and scores[best][1] > scores[chosen][1] else None


def of_path(path: str, choice: str = AUTO) -> Dialect | None:
    """The dialect of the feed file at ``path`` (``choice`` unless ``auto``).
    None for what is no regular file (a pipe, ``/dev/stdin``) or is gzip: it
    is told from the stream as it is read. A file that cannot be opened is YubHub's:
    the reader reports it."""
    if choice != AUTO:
        return by_name(choice)
    if not os.path.isfile(path) or is_gzip(path):
        return None  # told from the decompressed stream
    try:
        with open(path, "rb") as f:
            head = f.read(HEAD_BYTES)
    except OSError:
        return yubhub()
    return of_head(head, path, choice, path)


class Peeked:
    """A stream whose opening has been read to tell its dialect, and is
    given again before the rest (standard input cannot seek)."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self.head = b""
        while len(self.head) < HEAD_BYTES:
            chunk = stream.read(HEAD_BYTES - len(self.head))
            if not chunk:
                break
            self.head += chunk
        self._pending = self.head

    def read(self, size: int = -1) -> bytes:
        if self._pending:
            data, self._pending = self._pending, b""
            return data
        return self._stream.read(size)

    def seekable(self) -> bool:
        seekable = getattr(self._stream, "seekable", None)
        return bool(seekable and seekable())

    def seek(self, offset: int, whence: int = 0) -> int:
        self._pending = b""  # the stream gives its opening again
        return self._stream.seek(offset, whence)
