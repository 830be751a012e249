"""Stream a feed one job at a time into the job model.

The reader feeds libxml2 (through lxml's pull parser) in fixed-size chunks,
takes each job element of the feed's dialect (``<job>`` at
``source/jobs/job`` in a YubHub feed) as it closes, checks it against the
dialect's XSD, turns it into a :class:`~converter.model.Job` (through the
dialect's mapping) and frees it, so memory stays flat whatever the file
size. When the document closes, its skeleton (the root, any header
elements before the first job, the jobs taken out) is checked against the
XSD as well.

Safe by construction: no DTD is loaded, no entity expanded, nothing fetched
from the network; a DOCTYPE that declares entities or names an external DTD
stops the read with X002. libxml2's default limits stay on (no ``huge_tree``),
so a single text node over 10 MB is an error, not a memory blow-up.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from lxml import etree

from ..codes import Rule
from ..codes.document import (
    BARE_AMPERSAND,
    DTD_REFUSED,
    ENVELOPED_FEED,
    NO_JOBS,
    SCHEMA_VIOLATION,
    UNCLOSED_ELEMENT,
    XML_SYNTAX,
)
from ..model import Job, Provenance
from ..results import Diagnostic, FeedError, Severity
from .ampersands import Ampersands
from .build import build_job
from .cleaning import JobCleaning, written_name
from .dialects import Dialect, yubhub
from .engines import Engine, SchemaProblem, all_problems
from .mapping import made_id, read_job
from .positions import LineWindow, declared_encoding, estimated_line, position_in, wide_encoding
from .segments import Segment, irregular_skeleton
from .unclosed import MAX_REPAIRS, Closing, Repair, repair_for
from .xml_errors import explain, first_fatal, schema_message

CHUNK_SIZE = 256 * 1024
#: How much of a feed's opening is kept, to tell what it is when it does not parse.
HEAD_KEPT = 64 * 1024

_HUGE_HINT = re.compile(r",? (?:try|use) XML_PARSE_HUGE(?: option)?")


@dataclass(slots=True)
class Entry:
    """One job as read: the model, and the XSD problems found in it."""

    job: Job
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not any(d.code == SCHEMA_VIOLATION.code for d in self.diagnostics)


class FeedReader(JobCleaning):
    """Iterate over the jobs of one feed. Raises :class:`FeedError` (X001, X002)
    when the feed is not well-formed or declares entities, after the jobs
    read before that point. ``feed_diagnostics`` then holds the problems of
    the document outside its jobs.

    Without ``model`` a job is only its raw texts, id and lines (enough for the
    XSD's findings): when no selected rule reads the job model, nothing
    normalises salaries, places or dates.

    With a ``segment`` the stream is one :class:`~converter.feed.segments.Segment`
    of a larger feed: lines are the feed's, the skeleton is judged only in
    the first segment, and ``irregular`` tells, at the end, that the segment's
    skeleton holds something a serial read would judge differently.
    """

    def __init__(
        self,
        stream: BinaryIO,
        name: str,
        engine: Engine | None = None,
        chunk_size: int = CHUNK_SIZE,
        segment: Segment | None = None,
        progress: Callable[[int], None] | None = None,
        dialect: Dialect | None = None,
        model: bool = True,
        order: str | None = None,
        strict: bool = True,
    ) -> None:
        self.dialect = dialect or yubhub()
        # A strict dialect's jobs (YubHub's) are held to its XSD unless the
        # configuration says not (strict-yubhub = false): then read past what
        # it does not know, as boards' are.
        self._lenient = not (self.dialect.strict and strict)
        # A plain dialect's children are its fields: read as they are, without the mapping.
        self._plain = self.dialect.plain
        self.order = order  # how the feed writes NN/NN/YYYY dates, as its dates show
        self.model = model
        self._carried = self.dialect.carried
        self.stream = stream
        self.progress = progress
        self.name = name
        self.engine = engine
        self.chunk_size = chunk_size
        self.segment = segment
        self.offset = segment.line_offset if segment is not None else 0
        self.irregular = False
        self._repairs: list[Repair] = []  # fields left open, closed on a read again
        self._said: set[Repair] = set()
        self._yielded = 0  # jobs given so far, over every read of the feed
        self._counted = 0  # bytes told to ``progress`` so far
        self._unread_repair: Repair | None = None  # one a stream read once could not make
        self._fresh()

    def _fresh(self) -> None:
        """The state of a read from the feed's first byte."""
        self.window = LineWindow(first_line=1 + self.offset)
        self.feed_diagnostics: list[Diagnostic] = []
        self.bytes_read = 0
        self._checked_doctype = False
        self._head = b""
        self._header = True  # until the first job is freed: its earlier siblings are the header
        self._header_count = 0
        self._misplaced_seen = 0
        self._first_misplaced: etree._Element | None = None
        self._wide = False
        self._known_elements: tuple[frozenset[str], frozenset[str], frozenset[str]] | None = None
        self._fatal: etree._LogEntry | None = None
        self._ampersands = Ampersands(1 + self.offset)
        self._last_header: etree._Element | None = None

    # -- positions -----------------------------------------------------

    def locate(self, tag: str, line: int | None) -> tuple[int | None, int | None]:
        """Exact line and column of ``<tag`` that libxml2 placed at ``line``."""
        return self.window.locate(tag, line)

    def diagnostic(
        self,
        rule: Rule,
        message: str,
        *,
        tag: str | None = None,
        line: int | None = None,
        job_id: str | None = None,
        field: str | None = None,
        locate: bool = True,
        column: int | None = None,
        severity: Severity | None = None,
    ) -> Diagnostic:
        """A finding at the start tag ``<tag`` libxml2 placed at ``line``
        (``locate``), or at ``line`` and ``column`` as given."""
        if tag is not None and locate:
            line, column = self.locate(tag, line)
        return Diagnostic(
            self.name,
            line,
            column,
            rule.code,
            rule.name,
            severity or rule.severity,
            message,
            job_id,
            field,
        )

    # -- reading -------------------------------------------------------

    def __iter__(self) -> Iterator[Entry]:
        while True:
            try:
                yield from self._read()
                return
            except _ReadAgain:
                self.stream.seek(0)
                self._fresh()

    def _read(self) -> Iterator[Entry]:
        """One read of the feed, from its first byte; the jobs given by an
        earlier read (before a field left open) are not given again."""
        skip = self._yielded
        parser = etree.XMLPullParser(
            events=("end",),
            tag=self.dialect.job_tag,
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            dtd_validation=False,
            huge_tree=False,
            remove_blank_text=False,
        )
        last_job: etree._Element | None = None
        try:
            for piece in self._pieces():
                broke: etree.XMLSyntaxError | None = None
                try:
                    parser.feed(piece)
                except etree.XMLSyntaxError as exc:
                    broke = exc  # the jobs that closed before the break are given first
                if self._fatal is None and len(parser.feed_error_log):
                    # libxml2 may log an error (an undefined entity) and raise
                    # only at a later feed, with another error: keep the first.
                    self._fatal = next(
                        (e for e in parser.feed_error_log if e.level_name == "FATAL"), None
                    )
                for _, element in parser.read_events():
                    if not self._is_feed_job(element):
                        self._misplaced(element)
                        continue
                    self._check_doctype(element)
                    if last_job is not None:
                        self.window.trim((last_job.sourceline or 0) + self.offset)
                        self._free(last_job)
                    last_job = element
                    if skip:
                        skip -= 1
                        continue
                    self._yielded += 1
                    yield self._entry(element)
                if broke is not None:
                    raise broke
            root = parser.close()
        except etree.XMLSyntaxError as exc:
            if self._repairable(exc, parser):
                raise _ReadAgain from None
            raise FeedError(self._syntax_diagnostic(exc, parser)) from None
        self._check_doctype(root)
        if last_job is not None:
            self._free(last_job)
            self._judge_gap(last_job)  # text after the last job goes with it
            # Elements after the last job (a <publisher> at the end of an
            # Indeed feed): strays, as between jobs; a skeleton without its
            # jobs would take them for a header.
            tag = self.dialect.job_tag
            for later in list(last_job.itersiblings()):
                if isinstance(later.tag, str):
                    self._stray(
                        f"Element '{later.tag}': This element is not expected."
                        f" Expected is ( {tag} ).",
                        later,
                    )
                    self._judge_gap(later)
                    later.getparent().remove(later)
            parent = last_job.getparent()
            if parent is not None:
                parent.remove(last_job)
        if self.segment is not None:
            self.irregular = self.irregular or irregular_skeleton(
                root, self.segment.is_first, self.dialect, self._header_count
            )
            if not self.segment.is_first:
                return
        if self.dialect.envelope:
            self.feed_diagnostics.append(self._enveloped(root))
            root = _board_root(root, self.dialect)
        if self.engine is not None and root is not None:
            found = [self._schema_diagnostic(p, None) for p in all_problems(self.engine, root)]
            self.feed_diagnostics.extend(sorted(found, key=lambda d: (d.line or 0, d.column or 0)))
        self._report_misplaced()
        self._report_ampersands()
        if last_job is None and self.segment is None:
            self._report_no_jobs(root)

    def _enveloped(self, root: etree._Element) -> Diagnostic:
        """S004: the board's document inside an element it does not specify."""
        envelope = "".join(f"<{t}>" for t in self.dialect.envelope)
        inner = etree.QName(self.dialect.job[len(self.dialect.envelope)]).localname
        at = position_in(self._head, f"<{self.dialect.root}")
        line, column = at if at else ((root.sourceline or 1) + self.offset, None)
        return self.diagnostic(
            ENVELOPED_FEED,
            f"the jobs sit in {envelope}, which {self.dialect.title} feeds do not have (their"
            f" root is <{inner}>): read as {self.dialect.board} inside it",
            line=line,
            column=column,
        )

    def _repairable(self, exc: etree.XMLSyntaxError, parser: etree.XMLPullParser) -> bool:
        """Whether the feed broke at a job's field left open (:mod:`.unclosed`)
        that a read again can close: then it is noted for that read."""
        if self.segment is not None or self._wide or len(self._repairs) >= MAX_REPAIRS:
            return False  # a segment's break is its feed's serial read's to repair
        failure = first_fatal(parser, exc, self.offset, self._fatal)
        repair = repair_for(
            failure.message, self.dialect.job_tag, self.window, failure.line, failure.column
        )
        if repair is None or repair in self._repairs:
            return False
        seekable = getattr(self.stream, "seekable", None)
        if seekable is None or not seekable():
            self._unread_repair = repair
            return False
        self._repairs.append(repair)
        return True

    def _repaired(self, element: etree._Element, job_id: str | None) -> list[Diagnostic]:
        """X006 for each field of the job ``element`` that a read again closed."""
        if not self._repairs:
            return []
        first = self._line(element) or 0
        last = max((e.sourceline or 0 for e in element.iter()), default=0) + self.offset
        found = []
        for repair in self._repairs:
            if repair not in self._said and first <= repair.line <= last:
                self._said.add(repair)
                found.append(
                    self.diagnostic(
                        UNCLOSED_ELEMENT,
                        repair.message(),
                        line=repair.line,
                        column=repair.column,
                        job_id=job_id,
                    )
                )
        return found

    def _report_ampersands(self) -> None:
        """X005 at the feed's first bare ``&``, with how many more; a
        segment's are a serial read's to say, in their place."""
        bare = self._ampersands.bare
        if bare is None:
            return
        if self.segment is not None:
            self.irregular = True
            return
        more = f" (and {bare.count - 1} more)" if bare.count > 1 else ""
        self.feed_diagnostics.append(
            self.diagnostic(
                BARE_AMPERSAND,
                f"unescaped '&' in {bare.word!r}, read as the character itself: write &amp;"
                f" (or put the text in <![CDATA[...]]>){more}",
                line=bare.line,
                column=bare.column,
            )
        )

    def _pieces(self) -> Iterator[bytes]:
        """What the parser is given: the stream's chunks, counted, told to
        the line window as they are, bare ``&`` escaped (:mod:`.ampersands`)."""
        amps = self._ampersands
        closing = Closing(self._repairs, 1 + self.offset) if self._repairs else None
        for chunk in self._chunks():
            self.bytes_read += len(chunk)
            if self.progress is not None and self.bytes_read > self._counted:
                self.progress(self.bytes_read - self._counted)  # (a read again: only what is new)
                self._counted = self.bytes_read
            self.window.feed(chunk)
            if closing is not None:
                chunk = closing.fix(chunk)
            piece = chunk if self._wide else amps.fix(chunk)
            if piece:  # (an empty feed would tell libxml2 the document is empty)
                yield piece
        if not self._wide and (last := amps.end()):
            yield last

    def _chunks(self) -> Iterator[bytes]:
        """The stream's chunks, keeping the feed's opening (``_head``) and
        telling the window the encoding from it. The first chunk holds four
        bytes at least, enough to tell UTF-32 from UTF-16 and 8-bit text, even
        from a stream whose first read gave less (one that looked at its
        magic bytes)."""
        first = b""
        while len(first) < 4 and (chunk := self.stream.read(self.chunk_size)):
            first += chunk
        if not first:
            return
        wide = wide_encoding(first)
        if wide is not None:
            self._wide = True  # UTF-16 or -32: its & is no single byte
            self.window.transcode(wide)
        else:
            self.window.set_encoding(declared_encoding(first))
        chunk = first
        while chunk:
            if len(self._head) < HEAD_KEPT:
                self._head += chunk[: HEAD_KEPT - len(self._head)]
            yield chunk
            chunk = self.stream.read(self.chunk_size)

    def _report_no_jobs(self, root: etree._Element) -> None:
        """A whole feed without a single job: said at the element jobs go in
        (or the deepest of its containers the feed has). Never for a segment:
        a segmented feed's jobs may all sit in other segments."""
        node = root
        for tag in self.dialect.job[1:-1]:
            inner = next((c for c in node if c.tag == tag), None)
            if inner is None:
                break
            node = inner
        path = "><".join(etree.QName(t).localname for t in self.dialect.job)
        self.feed_diagnostics.append(
            self.diagnostic(
                NO_JOBS,
                f"the feed holds no job (no <{path}>): published, it would take every job"
                " off the boards that read it",
                tag=written_name(node),
                line=self._line(node),
            )
        )

    def _free(self, job: etree._Element) -> None:
        """Drop a finished job and every earlier sibling from the tree, saying
        first what of them the XSD would have rejected: an element that is no
        job (a misspelt ``<Job>``), or text between jobs. The skeleton checked
        at the end no longer holds them, and a dropped ``<Job>`` would be a
        job silently lost. The first job's earlier siblings are the feed's
        header (Indeed's ``<publisher>``): they stay, for the XSD to judge
        with the skeleton."""
        job.clear(keep_tail=True)
        if self._header:
            self._header = False
            self._last_header = job.getprevious()
            self._header_count = sum(
                1 for e in job.itersiblings(preceding=True) if isinstance(e.tag, str)
            )
            return
        tag = self.dialect.job_tag
        while (earlier := job.getprevious()) is not None and earlier is not self._last_header:
            if isinstance(earlier.tag, str) and earlier.tag != tag:
                self._stray(
                    f"Element '{earlier.tag}': This element is not expected."
                    f" Expected is ( {tag} ).",
                    earlier,
                )
            self._judge_gap(earlier)
            job.getparent().remove(earlier)

    def _judge_gap(self, element: etree._Element) -> None:
        """Report text after ``element`` (the tail that goes with it)."""
        if not _blank(element.tail):
            self._stray(
                f"Element '{self.dialect.container}': Character content other than whitespace"
                " is not allowed because the content type is 'element-only'.",
                element,
                tag=None,
            )

    def _stray(self, message: str, element: etree._Element, tag: str | None = "") -> None:
        """Report ``element`` (``tag`` None: the text after it), as the XSD would."""
        if self.engine is None:
            return
        if self.segment is not None:
            self.irregular = True  # a serial read reports it, in its place
            return
        name = written_name(element) if tag == "" else tag
        if name is not None:
            found = self.diagnostic(SCHEMA_VIOLATION, message, tag=name, line=self._line(element))
        else:
            line, column = self._tail_position(element)
            found = self.diagnostic(SCHEMA_VIOLATION, message, line=line, column=column)
        self.feed_diagnostics.append(found)

    def _tail_position(self, element: etree._Element) -> tuple[int | None, int | None]:
        """Where the text after ``element`` is: its first words, searched back
        from the next sibling's start tag (or the end of the input) to the
        element; the element's line, with no column, if they are not found."""
        line = self._line(element)
        words = re.match(r"[^&<\r\n]{1,40}", (element.tail or "").strip())
        if words is None or line is None:
            return line, None
        after = element.getnext()
        if after is None:
            end, column = self.window.last_line, None
        elif isinstance(after.tag, str):
            end, column = self.locate(after.tag, self._line(after))
        else:
            end, column = self._line(after), None
        if end is None or end < line:
            return line, None
        return self.window.rfind(words[0], end, column, back=end - line + 1) or (line, None)

    def _misplaced(self, element: etree._Element) -> None:
        """A job-named element off the dialect's job path (the feed is in
        another dialect, or nests its jobs wrongly). The first stays for the
        XSD to report; the next are dropped and counted, so that memory stays
        flat and the skeleton check does not grow with each of them."""
        parent = element.getparent()
        if parent is None or parent.tag == element.tag:
            return  # the root, or inside a job: the job's own check reports it
        self._misplaced_seen += 1
        if self._misplaced_seen == 1:
            self._first_misplaced = element
            return
        element.clear(keep_tail=False)
        parent.remove(element)

    def _report_misplaced(self) -> None:
        more = self._misplaced_seen - 1
        first = self._first_misplaced
        if more < 1 or first is None or self.engine is None:
            return
        if self.segment is not None:
            self.irregular = True
            return
        path = "><".join(etree.QName(t).localname for t in self.dialect.job)
        self.feed_diagnostics.append(
            self.diagnostic(
                SCHEMA_VIOLATION,
                f"{more} more <{first.tag}> elements at the same place are not read as jobs:"
                f" {self.dialect.title} jobs are at <{path}> (is the feed in another dialect?"
                " `jobconv dialects`, --dialect)",
                tag=written_name(first),
                line=self._line(first),
            )
        )

    def _is_feed_job(self, element: etree._Element) -> bool:
        """A job element at the dialect's job path (``source/jobs/job``),
        whatever the root is called (the XSD judges the root)."""
        node = element
        for tag in reversed(self.dialect.job[1:-1]):
            node = node.getparent()
            if node is None or node.tag != tag:
                return False
        parent = node.getparent()
        return parent is not None and parent.getparent() is None

    def _entry(self, element: etree._Element) -> Entry:
        early: list[Diagnostic] = []
        if self.engine is not None and self._lenient and self._plain:
            early = self._unknown(element, None)  # out before a plain job's children are read
        job = self.job(element)
        entry = Entry(job, self._repaired(element, job.external_id))
        if self.engine is not None:
            if self._plain:
                found = [d._replace(job_id=job.external_id) for d in early]
            elif self._lenient:
                found = self._unknown(element, job.external_id)
            else:
                found = []
            if self.dialect.required and not self.dialect.schema:
                found += self._missing(job)
            problems = all_problems(self.engine, element)
            found += [self._schema_diagnostic(p, job.external_id) for p in problems]
            found += entry.diagnostics
            entry.diagnostics = sorted(found, key=lambda d: (d.line or 0, d.column or 0))
        return entry

    def job(self, element: etree._Element) -> Job:
        """The job ``element`` holds: the model, or (without ``model``) its
        raw texts, lines and id only."""
        offset = self.offset
        made = False
        parts = names = None
        if self._plain:  # the children are the fields (YubHub): no mapping to go through
            raw: dict[str, str] = {}
            lines: dict[str, int] = {}
            for child in element:
                tag = child.tag
                if tag in raw or tag.__class__ is not str:  # a repeat, a comment or a PI
                    continue
                raw[tag] = (child.text or "") if not len(child) else (child.xpath("string()") or "")
                # libxml2's line; exact below 65,535 and close above it: the
                # window finds the start tag itself when a diagnostic needs it.
                lines[tag] = child.sourceline + offset
        else:
            read = read_job(
                element, self.dialect.fields, offset, self.dialect.namespaces or None, self.order
            )
            raw, lines, names, parts = read.raw, read.lines, read.names, read.parts.get("Location")
            made = self.dialect.make_id and not raw.get("externalid", "").strip()
            if made:
                raw["externalid"] = made_id(raw)
                names.pop("externalid", None)
        line = self._line(element)
        if self.model:
            job = build_job(raw, lines, line, parts)
        else:
            job = Job(source=Provenance(raw, lines, line))
            job.external_id = raw.get("externalid", "").strip() or None
        if names is not None:
            source = job.source
            source.names, source.made_id, source.carried = names, made, self._carried
        return job

    def _line(self, element: etree._Element) -> int | None:
        line = estimated_line(element)
        return line + self.offset if line is not None else None

    def _schema_diagnostic(self, problem: SchemaProblem, job_id: str | None) -> Diagnostic:
        el = problem.element
        tag = el.tag if isinstance(el.tag, str) else None
        parent = el.getparent()
        field = tag if tag and parent is not None and parent.tag == self.dialect.job_tag else None
        written = written_name(el)
        message = schema_message(problem.message, written or "", parent is None, self.dialect)
        return self.diagnostic(
            SCHEMA_VIOLATION,
            message,
            tag=written,
            line=self._line(el),
            job_id=job_id,
            field=field,
        )

    def _check_doctype(self, element: etree._Element) -> None:
        if self._checked_doctype:
            return
        self._checked_doctype = True
        info = element.getroottree().docinfo
        self.window.set_encoding(info.encoding)
        dtd = info.internalDTD
        entities = [e.name for e in dtd.iterentities()] if dtd is not None else []
        external = info.system_url or info.public_id
        if not entities and not external:
            return
        if entities:
            what = "declares entities (" + ", ".join(entities[:5]) + ")"
        else:
            what = f"names an external DTD ({external})"
        line, column = self._doctype_position()
        raise FeedError(
            self.diagnostic(
                DTD_REFUSED,
                f"DOCTYPE {what}: jobconv never loads or expands DTDs and entities",
                line=line,
                column=column,
            )
        )

    def _doctype_position(self) -> tuple[int | None, int | None]:
        """Where ``<!DOCTYPE`` is: in the opening, where it must be."""
        found = position_in(self._head, "<!DOCTYPE")
        if found is not None:
            return found[0] + self.offset, found[1]
        return self.locate("!DOCTYPE", 1 + self.offset)

    def _syntax_diagnostic(
        self, exc: etree.XMLSyntaxError, parser: etree.XMLPullParser
    ) -> Diagnostic:
        """X001 for libxml2's first fatal error, in plain words (X002 for an
        entity expansion it stopped)."""
        failure = first_fatal(parser, exc, self.offset, self._fatal)
        rule, line, column = XML_SYNTAX, failure.line, failure.column
        # libxml2 suggests an option that would lift its safety limits: not here.
        message = _HUGE_HINT.sub(" (a safety limit jobconv keeps)", failure.message)
        if "amplification" in message:  # libxml2 stopped an expansion attack
            rule = DTD_REFUSED
            message = (
                "the DOCTYPE's entities expand too far (an entity expansion"
                " attack): jobconv never loads or expands DTDs and entities"
            )
            line, column = self._doctype_position()
        else:
            whole = self.bytes_read <= len(self._head)
            said = explain(failure, self._head, self.window, whole)
            message, line, column = said.message, said.line, said.column
            if self._unread_repair is not None:
                message += (
                    f" (read from a file, jobconv would close <{self._unread_repair.tag}> where"
                    " its text ends, X006: a stream is read once)"
                )
        return Diagnostic(
            self.name, line or 1, column or None, rule.code, rule.name, rule.severity, message
        )


class _ReadAgain(Exception):
    """The feed is to be read again from its start, with a field closed."""


def _board_root(root: etree._Element, dialect: Dialect) -> etree._Element | None:
    """The board's own root inside an enveloped feed's (``<jobs>`` in ``<rss>``)."""
    node: etree._Element | None = root
    for tag in dialect.job[1 : len(dialect.envelope) + 1]:
        node = node.find(tag) if node is not None else None
    return node


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()
