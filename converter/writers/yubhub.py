"""YubHub XML: the feed format itself, written back from the job model.

Writes each source element the job was read from, with its text exactly as
read, so that reading the output gives the same job: a feed can be filtered
or rebuilt through the model without loss. Unlike every other writer, it
reads the job's provenance on purpose, the raw texts (``Job.source.raw``),
not the neutral values: a lossless round trip needs the feed's own text. Text is escaped
(``&``, ``<``, ``>``, and carriage returns as ``&#13;``, which a parser
would otherwise fold into line feeds).

It is the writer of any plain dialect whose YAML says ``write: raw``
(YubHub's, :attr:`converter.feed.dialects.Dialect.plain`): the target
registry builds ``convert --to NAME`` from :func:`writer` and
:func:`dropped_by`, as it builds the boards' from :mod:`.boards`. The
YubHub feed is the default, written by :func:`to_yubhub` and
:func:`write_feed` without a dialect at hand.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TextIO

from ..model import EXPIRES, FIELDS, Job
from .common import Dropped

if TYPE_CHECKING:
    from ..feed.dialects import Dialect

HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<source>\n  <jobs>\n'
TAIL = "  </jobs>\n</source>\n"


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    )


_YUBHUB = frozenset(FIELDS)
_MODEL = frozenset((*FIELDS, EXPIRES))  # the fields a template may name


def to_yubhub(job: Job, indent: str = "    ") -> str:
    """One ``<job>`` element, its children in the order they were read."""
    return _element(job, "job", indent, _YUBHUB)


def _element(job: Job, tag: str, indent: str, names: frozenset[str]) -> str:
    children = "".join(
        f"{indent}  <{name}>{_escape(text)}</{name}>\n"
        for name, text in job.source.raw.items()
        if name in names
    )
    return f"{indent}<{tag}>\n{children}{indent}</{tag}>\n"


def writer(dialect: Dialect) -> Callable[[Job], str]:
    """``write(job)``: the job's element in plain ``dialect``, each field it
    carries under its own name, as read, indented to the job's depth (as
    :func:`converter.writers.boards.frame` frames it)."""
    names = frozenset(s.field for s in dialect.fields)
    tag, indent = dialect.job_tag, "  " * (len(dialect.job) - 1)
    return lambda job: _element(job, tag, indent, names)


def dropped(job: Job) -> list[Dropped]:
    """The fields a job read from a board's feed fills that YubHub has no
    element for (a board's expiry date)."""
    return _dropped(job, "YubHub", _YUBHUB)


def dropped_by(dialect: Dialect) -> Callable[[Job], list[Dropped]]:
    """:func:`dropped` for plain ``dialect``: the fields it has no element for."""
    names = frozenset(s.field for s in dialect.fields)
    return lambda job: _dropped(job, dialect.title, names)


def _dropped(job: Job, title: str, names: frozenset[str]) -> list[Dropped]:
    # A model field is named as the feed names it; an element of the feed's
    # own that no model field holds (an unknown one) is named as it is.
    found: list[Dropped] = []
    for name, text in job.values.items():
        if name in names:
            continue
        if name in _MODEL:
            template = "{title} feeds have no place for {" + name + "}: {text!r} is left out"
            found.append((name, template, {"title": title, "text": text}))
        else:
            template = "{title} feeds have no place for {element}: {text!r} is left out"
            found.append((name, template, {"title": title, "text": text, "element": name}))
    return found


def write_feed(jobs: Iterable[Job], out: TextIO) -> int:
    """A whole YubHub feed of ``jobs`` to ``out``; returns how many were written."""
    out.write(HEAD)
    count = 0
    for job in jobs:
        out.write(to_yubhub(job))
        count += 1
    out.write(TAIL)
    return count
