"""Feed dialects: which board's format a feed is written in.

Each dialect is data, one YAML file in ``schemas/dialects/``: its root
element, the path to its job element, its id and date elements, the spec
it follows, and the child elements that tell it apart (``signature``). A
feed's dialect is read from its opening bytes: the root, the path to the
first job, and that job's children. jobconv reads YubHub feeds; a feed that
is plainly another board's is refused with a message that names it, rather
than reported as hundreds of XSD errors (reading the other dialects is
issue 12's next step).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from lxml import etree

#: How much of a feed is read to tell its dialect.
HEAD_BYTES = 256 * 1024


@dataclass(frozen=True, slots=True)
class Dialect:
    """One board's feed format, as ``schemas/dialects/NAME.yaml`` describes it."""

    name: str
    title: str
    root: str
    job: tuple[str, ...]
    id: str
    date: str
    spec: str
    reads: bool
    signature: frozenset[str]


@dataclass(frozen=True, slots=True)
class Seen:
    """What a feed's opening shows: its root, the path to its first job-like
    element (None if none was found) and that element's children."""

    root: str | None
    job: tuple[str, ...] | None
    children: tuple[str, ...]

    def describe(self) -> str:
        if self.job is None:
            return f"root <{self.root}> and no job element" if self.root else "no element"
        path = "".join(f"<{t}>" for t in self.job)
        return f"{path} with {', '.join(self.children[:8]) or 'no children'}"


class DialectError(OSError):
    """A feed in a dialect jobconv does not read (yet). An OSError, so that
    every command reports it as a feed it cannot read (exit 2)."""


@lru_cache(maxsize=1)
def dialects() -> tuple[Dialect, ...]:
    """Every known dialect, YubHub first."""
    import yaml  # only when a feed is sniffed, or the dialects are listed

    folder = Path(str(resources.files("converter.schemas").joinpath("dialects")))
    found = []
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found.append(
            Dialect(
                name=data["name"],
                title=data["title"],
                root=data["root"],
                job=tuple(data["job"]),
                id=str(data["id"]),
                date=str(data["date"]),
                spec=str(data["spec"]),
                reads=bool(data["reads"]),
                signature=frozenset(data["signature"]),
            )
        )
    return tuple(sorted(found, key=lambda d: (d.name != "yubhub", d.name)))


def _job_tags() -> frozenset[str]:
    return frozenset(d.job[-1] for d in dialects())


def seen_in(head: bytes) -> Seen:
    """The root, first job path and its children in a feed's opening bytes."""
    parser = etree.XMLPullParser(
        events=("start", "end"), resolve_entities=False, no_network=True, load_dtd=False
    )
    path: list[str] = []
    root: str | None = None
    first: tuple[str, ...] | None = None
    children: list[str] = []
    job_tags = _job_tags()
    try:
        parser.feed(head)
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
            else:
                if first is not None and len(path) == len(first):
                    break
                path.pop()
    except etree.XMLSyntaxError:
        pass  # the reader reports it, with its position
    return Seen(root, first, tuple(dict.fromkeys(children)))


def detect(seen: Seen) -> Dialect | None:
    """The dialect a feed is plainly written in, or None when nothing sets it
    apart from YubHub (which the XSD then judges, as ever): the dialect whose
    root and job path fit and which shares the most signature elements with
    the first job, at least two and more than YubHub does."""
    if seen.job is None:
        return None
    children = set(seen.children)
    best, score = None, 1
    yubhub = len(children & dialects()[0].signature)
    for dialect in dialects():
        if dialect.root != seen.root or dialect.job != seen.job:
            continue
        shared = len(children & dialect.signature)
        if shared > score and shared > yubhub:
            best, score = dialect, shared
    return best


def check_readable(path: str) -> None:
    """Raise :class:`DialectError` if the feed at ``path`` is plainly in a
    dialect jobconv does not read; standard input and unreadable files pass
    (the reader reports those)."""
    if path == "-" or not os.path.isfile(path):
        return
    try:
        with open(path, "rb") as f:
            head = f.read(HEAD_BYTES)
    except OSError:
        return
    if b"<" not in head:
        return
    seen = seen_in(head)
    dialect = detect(seen)
    if dialect is None or dialect.reads:
        return
    readable = ", ".join(d.name for d in dialects() if d.reads)
    raise DialectError(
        0,
        f"it is a feed in the {dialect.title} dialect ({seen.describe()}); jobconv reads"
        f" {readable} feeds only so far (`jobconv dialects` lists the dialects it knows)",
        path,
    )
