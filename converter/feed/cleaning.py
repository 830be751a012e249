"""What the reader takes out of a board's job before its XSD judges it, and
says once per feed: elements the dialect does not know (S002) and text
between the job's elements (S005), neither read; and, for a dialect without
an XSD, the fields its YAML requires (S001). Real feeds add elements their
board never specified, and slip (``</category>>``); an error for either
would hold the job back from every output for what no consumer minds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from ..codes.document import SCHEMA_VIOLATION, STRAY_TEXT, UNKNOWN_ELEMENT
from ..model import Job
from ..results import Diagnostic

if TYPE_CHECKING:
    from ..codes import Rule
    from .dialects import Dialect
    from .positions import LineWindow


class JobCleaning:
    """The checks of :class:`~converter.feed.reader.FeedReader` that clean a
    job element; a mixin, for they place findings as the reader does."""

    dialect: Dialect
    window: LineWindow
    _known_elements: tuple[frozenset[str], frozenset[str], frozenset[str]] | None

    if TYPE_CHECKING:  # the reader's own

        def diagnostic(self, rule: Rule, message: str, **where: object) -> Diagnostic: ...

        def _line(self, element: etree._Element) -> int | None: ...

    def _unknown(self, element: etree._Element, job_id: str | None) -> list[Diagnostic]:
        """S002 for each element of a board's job its dialect does not
        declare, taken out of the job before the XSD sees it: real feeds add
        elements (``<phone>``) their board ignores, and so does jobconv."""
        declared, own, wild = self._known()
        unknown = []
        for child in element:
            if not isinstance(child.tag, str):
                continue
            if child.tag not in own and (not wild or etree.QName(child).localname not in wild):
                unknown.append(child)
            elif any(c.tag in declared for c in child):  # a nested element (location)
                unknown += [c for c in child if isinstance(c.tag, str) and c.tag not in declared]
        found = []
        for e in unknown:
            written = written_name(e) or ""
            found.append(
                self.diagnostic(
                    UNKNOWN_ELEMENT,
                    f"<{written}> is no {self.dialect.title} element: its content is not read",
                    tag=written,
                    line=self._line(e),
                    job_id=job_id,
                )
            )
            tail, parent = e.tail, e.getparent()
            previous = e.getprevious()
            parent.remove(e)
            if tail and tail.strip():  # keep text after it where it was
                if previous is not None:
                    previous.tail = (previous.tail or "") + tail
                else:
                    parent.text = (parent.text or "") + tail
        return found + self._stray_text(element, job_id)

    def _stray_text(self, element: etree._Element, job_id: str | None) -> list[Diagnostic]:
        """S005 for text between a board job's elements (``</category>>``),
        taken out before the XSD sees it: a slip the board ignores."""
        found = []
        if element.text and element.text.strip() and len(element):
            found.append(
                self._stray_at(element.text, f"before <{written_name(element[0])}>", element[0])
            )
            element.text = None
        for child in element:
            if child.tail and child.tail.strip():
                after = child.getnext()
                found.append(
                    self._stray_at(child.tail, f"after </{written_name(child)}>", after, child)
                )
                child.tail = None
        return [
            self.diagnostic(STRAY_TEXT, message, line=line, column=column, job_id=job_id)
            for message, line, column in found
        ]

    def _stray_at(
        self,
        text: str,
        where: str,
        after: etree._Element | None,
        before: etree._Element | None = None,
    ) -> tuple[str, int | None, int | None]:
        """The message for stray ``text``, its line (that of the element
        after it, less the lines the text spans from its first character) and column."""
        stray = text.strip()
        shown = stray if len(stray) <= 40 else stray[:37] + "..."
        message = (
            f"text {shown!r} {where} is not read: only white space belongs between a job's elements"
        )
        line = None
        if after is not None and (line := self._line(after)) is not None:
            line -= text[text.index(stray[0]) :].count("\n")
        elif before is not None:
            line = self._line(before)
        return message, line, self._column_of(stray, line, before)

    def _column_of(self, stray: str, line: int | None, before: etree._Element | None) -> int | None:
        """The column of ``stray`` on ``line`` (after ``before``'s end tag), if known."""
        written = self.window.text(line) if line is not None else None
        if written is None:
            return None
        start = 0
        if before is not None and (end := written.find(f"</{written_name(before)}")) >= 0:
            start = written.find(">", end) + 1
        at = written.find(stray.splitlines()[0], start)
        return at + 1 if at >= 0 else None

    def _known(self) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        """What the dialect knows below a job: every declared element, the
        job's own children (declared or mapped), and the local names mapped
        in any namespace (``{*}company``); worked out once per feed, not per job."""
        if self._known_elements is None:
            own = self.dialect.direct_children | self.dialect.mapped
            wild = frozenset(t[3:] for t in own if t.startswith("{*}"))
            self._known_elements = (self.dialect.job_children, own, wild)
        return self._known_elements

    def _missing(self, job: Job) -> list[Diagnostic]:
        """S001 for each field a dialect without an XSD requires and the job
        leaves empty (``required`` in its YAML)."""
        found = []
        for name in self.dialect.required:
            if (job.source.raw.get(name) or "").strip():
                continue
            source = self.dialect.source(name)
            where = " | ".join(p.replace("{*}", "") for p in source.paths) if source else name
            found.append(
                self.diagnostic(
                    SCHEMA_VIOLATION,
                    f"the job has no {where}, which {self.dialect.title} jobs require",
                    tag=self.dialect.job_tag if "{" not in self.dialect.job_tag else None,
                    line=job.source.line,
                    job_id=job.external_id,
                )
            )
        return found


def written_name(element: etree._Element) -> str | None:
    """The element's name as the feed writes it, to find its start tag:
    ``xi:include`` where lxml says ``{http://www.w3.org/2001/XInclude}include``."""
    if not isinstance(element.tag, str):
        return None
    if "{" not in element.tag:
        return element.tag
    local = etree.QName(element).localname
    return f"{element.prefix}:{local}" if element.prefix else local
