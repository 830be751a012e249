"""Feed dialects: which board's format a feed is written in, and how to read it.

Each dialect is data: ``schemas/dialects/NAME.yaml`` gives its root element,
the path to its job element, its XSD (``NAME.xsd`` beside it; YubHub's is
``schemas/yubhub.xsd``), the spec it follows, the child elements that tell it
apart from the others (``signature``), and where each model field is found
(``fields``, read by :mod:`converter.feed.mapping`). A feed's dialect is told
from its opening bytes (:func:`detect`): its root, the path to its first job,
and that job's children. So a feed is read by the mapping its shape fits,
whatever board it says it is for.
"""

from __future__ import annotations

import copy
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from .mapping import Source
from .sources import is_gzip

#: How much of a feed is read to tell its dialect.
HEAD_BYTES = 256 * 1024

#: The ``--dialect`` value that tells the dialect from each feed.
AUTO = "auto"


@dataclass(frozen=True, slots=True)
class Writing:
    """How jobconv writes a dialect (its YAML's ``write``): the date format
    (``iso``, ``dd.mm.yyyy``, ``dd/mm/yyyy``), the values a field's model
    value is written as (``FULL_TIME`` -> ``fulltime``), header elements,
    and the fields the board requires a value for (a job without one is
    held back from that board's feed).

    A field read from several elements (Careerjet's Jobtype from
    ``working_hours`` or ``contract_type``) may give each element its own
    table of values (``by_element``): hours go to one, contracts to the
    other. ``also`` names elements the board asks for that reading does not
    need, each with the model field it is written from (Indeed's
    ``requisitionid`` from externalid). ``requires`` may name an element
    (``state``) as well as a model field."""

    date: str = "iso"
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    header: tuple[tuple[str, str], ...] = ()
    requires: tuple[str, ...] = ()  # model fields (or elements) the board needs a value in
    by_element: Mapping[str, Mapping[str, Mapping[str, str]]] = field(default_factory=dict)
    also: tuple[tuple[str, str], ...] = ()  # (element, model field)

    @classmethod
    def of(cls, data: dict) -> Writing:
        if data.get("date", "iso") not in DATE_FORMATS:
            raise ValueError(f"write: date: choose from {', '.join(DATE_FORMATS)}")
        values: dict[str, dict[str, str]] = {}
        by_element: dict[str, dict[str, dict[str, str]]] = {}
        for name, table in (data.get("values") or {}).items():
            if all(isinstance(v, dict) for v in table.values()):
                by_element[name] = {
                    str(e): {str(a): str(b) for a, b in t.items()} for e, t in table.items()
                }
                values[name] = {a: b for t in by_element[name].values() for a, b in t.items()}
            else:
                values[name] = {str(a): str(b) for a, b in table.items()}
        header = tuple((str(k), str(v)) for k, v in (data.get("header") or {}).items())
        requires = tuple(map(str, data.get("requires", ())))
        also = tuple((str(k), str(v)) for k, v in (data.get("also") or {}).items())
        return cls(str(data.get("date", "iso")), values, header, requires, by_element, also)


#: The date formats a dialect can be written with.
DATE_FORMATS = ("iso", "dd.mm.yyyy", "dd/mm/yyyy")


@dataclass(frozen=True, slots=True)
class Dialect:
    """One board's feed format, as ``schemas/dialects/NAME.yaml`` describes it.

    ``fields`` is empty for YubHub, whose job children are the model's
    fields themselves. ``make_id``: the board's jobs may carry no id, and
    jobconv makes one (:func:`converter.feed.mapping.made_id`)."""

    name: str
    title: str
    root: str
    job: tuple[str, ...]
    spec: str
    schema: str
    signature: frozenset[str]
    fields: tuple[Source, ...] = ()
    make_id: bool = False
    write: Writing | None = None
    roots: tuple[str, ...] = ()  # every root its XSD allows (``root`` first)

    @property
    def job_tag(self) -> str:
        return self.job[-1]

    @property
    def container(self) -> str:
        """The element jobs sit in."""
        return self.job[-2]

    def source(self, field: str) -> Source | None:
        return next((s for s in self.fields if s.field == field), None)

    def carries(self, field: str) -> bool:
        """Whether the dialect has a place for model field ``field``."""
        return not self.fields or self.source(field) is not None

    def describe(self, field: str) -> str:
        """Where the dialect keeps ``field``, for listings (``none``)."""
        if not self.fields:
            return field
        source = self.source(field)
        if source is None:
            return "none, made up" if field == "externalid" and self.make_id else "none"
        return (" + " if source.join else " | ").join(source.paths)

    @property
    def job_children(self) -> frozenset[str]:
        """The job element's children its XSD declares."""
        return _declared(self.name)[0]

    @property
    def direct_children(self) -> frozenset[str]:
        """The job element's own children its XSD declares."""
        return _declared(self.name)[3]

    @property
    def header(self) -> frozenset[str]:
        """The root's children its XSD declares, other than the job path."""
        return _declared(self.name)[1]

    @property
    def required_children(self) -> tuple[str, ...]:
        """The job's children its XSD requires."""
        return _declared(self.name)[2]

    @property
    def schema_path(self) -> Path:
        folder = Path(str(resources.files("converter.schemas")))
        return folder / self.schema if self.name == "yubhub" else folder / "dialects" / self.schema


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


class DialectError(OSError):
    """A feed no known dialect fits, or a dialect name jobconv does not know.
    An OSError, so that every command reports it as a feed it cannot read
    (exit 2)."""


@cache
def _declared(
    name: str,
) -> tuple[frozenset[str], frozenset[str], tuple[str, ...], frozenset[str]]:
    """What a dialect's XSD declares: every element below its job (nested
    ones included), the root's children other than the job path, the
    job's required children, in the XSD's order, and all its children."""
    dialect = by_name(name)
    xs = "{http://www.w3.org/2001/XMLSchema}"
    tree = etree.parse(str(dialect.schema_path), etree.XMLParser(no_network=True))
    top = {d.get("name"): d for d in tree.getroot().iterchildren(f"{xs}element")}

    def below(tag: str) -> frozenset[str]:
        declared = top.get(tag)
        if declared is None:
            return frozenset()
        found = (e.get("name") or e.get("ref") for e in declared.iter(f"{xs}element"))
        return frozenset(n for n in found if n and n != tag)

    job = top.get(dialect.job_tag)
    direct = [] if job is None else job.findall(f"{xs}complexType/*/{xs}element")
    required = tuple(e.get("name") for e in direct if e.get("minOccurs") != "0" and e.get("name"))
    own = frozenset(e.get("name") or e.get("ref") for e in direct) - {None}
    return below(dialect.job_tag), below(dialect.root) - set(dialect.job), required, own


def _load(path: Path) -> Dialect:
    import yaml  # only when a feed is read or the dialects are listed

    # libyaml's loader where PyYAML has it: the same data, several times faster.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    try:
        return Dialect(
            name=data["name"],
            title=data["title"],
            root=data["root"],
            job=tuple(data["job"]),
            spec=str(data["spec"]),
            schema=str(data["schema"]),
            signature=frozenset(data["signature"]),
            fields=tuple(Source.of(k, v) for k, v in (data.get("fields") or {}).items()),
            make_id=bool(data.get("make_id", False)),
            write=Writing.of(data["write"]) if "write" in data else None,
            roots=tuple(data.get("roots", [data["root"]])),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"{path}: not a dialect: {exc}") from exc


@lru_cache(maxsize=1)
def dialects() -> tuple[Dialect, ...]:
    """Every known dialect, YubHub first."""
    folder = Path(str(resources.files("converter.schemas").joinpath("dialects")))
    found = [_load(path) for path in sorted(folder.glob("*.yaml"))]
    return tuple(sorted(found, key=lambda d: (d.name != "yubhub", d.name)))


def names() -> tuple[str, ...]:
    return tuple(d.name for d in dialects())


def by_name(name: str) -> Dialect:
    """The dialect called ``name``; DialectError lists the known ones."""
    for dialect in dialects():
        if dialect.name == name:
            return dialect
    raise DialectError(0, f"unknown dialect {name!r}; choose from {AUTO}, {', '.join(names())}")


def yubhub() -> Dialect:
    return dialects()[0]


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
    try:
        # Fed a piece at a time: the first job usually closes in the first few KB.
        for at in range(0, len(head), _SEEN_PIECE):
            parser.feed(head[at : at + _SEEN_PIECE])
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
            if closed is not None:
                break
    except etree.XMLSyntaxError:
        pass  # the reader reports it, with its position
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
    if seen.root is None:
        return {"yubhub": (True, 0, 0, 0, True)}
    candidates = [d for d in dialects() if seen.root in d.roots]
    if not candidates:
        return None
    if seen.job is None:
        chosen = candidates[0]  # YubHub first where it fits
        if seen.header:  # a board's header, and no job: the board whose XSD takes it
            for dialect in candidates:
                if seen.root == dialect.root and set(seen.header) <= dialect.header:
                    chosen = dialect
                    break
        return {chosen.name: (True, 0, 0, 0, True)}
    jobs = ([seen.element] if seen.element is not None else []) + list(sample)
    children = set(seen.children).union(
        *({c.tag for c in job if isinstance(c.tag, str)} for job in jobs)
    )

    def fit(d: Dialect) -> tuple[bool, int, int, int, bool]:
        declared = d.job_children
        vocabulary = len(children & declared) - len(children - declared)
        faults = -sum(_faults(d, job) for job in jobs)
        shared = len(children & d.signature)
        # A path that fits with children of another board's does not count.
        return d.job == seen.job and vocabulary >= 0, faults, vocabulary, shared, d.name == "yubhub"

    return {d.name: fit(d) for d in candidates}


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


def check_names(chosen: Iterable[str]) -> None:
    """Raise DialectError for a name that is neither ``auto`` nor a dialect."""
    for name in chosen:
        if name != AUTO:
            by_name(name)
