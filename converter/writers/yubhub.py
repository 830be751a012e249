"""YubHub XML: the feed format itself, written back from the job model.

Writes each source element the job was read from, with its text exactly as
read (``Job.raw``), so that reading the output gives the same job: a feed
can be filtered or rebuilt through the model without loss. Text is escaped
(``&``, ``<``, ``>``, and carriage returns as ``&#13;``, which a parser
would otherwise fold into line feeds).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from ..model import FIELDS, Job

HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<source>\n  <jobs>\n'
TAIL = "  </jobs>\n</source>\n"


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    )


_YUBHUB = frozenset(FIELDS)


def to_yubhub(job: Job, indent: str = "    ") -> str:
    """One ``<job>`` element, its children in the order they were read."""
    children = "".join(
        f"{indent}  <{name}>{_escape(text)}</{name}>\n"
        for name, text in job.raw.items()
        if name in _YUBHUB
    )
    return f"{indent}<job>\n{children}{indent}</job>\n"


def dropped(job: Job) -> list[tuple[str, str]]:
    """The fields a job read from a board's feed fills that YubHub has no
    element for (a board's expiry date)."""
    return [
        (name, f"YubHub feeds have no place for {name}: {text!r} is left out")
        for name, text in job.values.items()
        if name not in _YUBHUB
    ]


def write_feed(jobs: Iterable[Job], out: TextIO) -> int:
    """A whole YubHub feed of ``jobs`` to ``out``; returns how many were written."""
    out.write(HEAD)
    count = 0
    for job in jobs:
        out.write(to_yubhub(job))
        count += 1
    out.write(TAIL)
    return count
