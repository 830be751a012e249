"""Conversion: feeds in, one output format out, all or nothing.

The library behind ``jobconv to-jsonld``, ``to-hropen``, ``to-csv`` and
``convert``. Jobs stream from the reader through a writer into a spool
(a temporary file); only when every feed has been read to its end does the
spool become the output. A feed that is not well-formed XML (a truncated
download) therefore publishes nothing: downstream, a partial job list would
delete the missing jobs.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TextIO

from .lint.rules import RULES
from .lint.rules.xml import OUTPUT_CHECK
from .model import Job
from .pipeline.segments import Segment
from .pipeline.units import Unit, UnitOutcome, in_order, read_unit
from .results import Diagnostic, Severity
from .validate import STDIN_NAME, Validator
from .writers import COLUMNS, to_hropen, to_jsonld, to_row

TARGETS = ("jsonld", "hropen", "csv")
#: Output forms each target can take; the first is the default.
FORMS = {"jsonld": ("json", "jsonl", "html"), "hropen": ("json", "jsonl"), "csv": ("csv",)}
_EXTENSIONS = {"json": ".json", "jsonl": ".json", "html": ".html", "csv": ".csv"}
_BUILDERS: dict[str, Callable[[Job], dict]] = {"jsonld": to_jsonld, "hropen": to_hropen}
#: Rules whose findings are values the writers drop: reported while converting too.
_DROPPING_RULES = [RULES["U001"]]
_SCHEMA_FILES = {"jsonld": "jobposting.schema.json", "hropen": "positionopening.schema.json"}


class ConversionAborted(Exception):
    """The run publishes nothing: a feed broke, or ``strict`` met an error."""

    def __init__(self, diagnostic: Diagnostic | None, reason: str) -> None:
        super().__init__(reason)
        self.diagnostic = diagnostic
        self.reason = reason


class OutputRefused(Exception):
    """The output path is not acceptable (it names an input, say)."""


@dataclass(slots=True)
class Outcome:
    """What a run did: jobs written, jobs skipped, errors reported.

    Counts only: the diagnostics themselves go to ``report`` as they are
    found, so a feed with a million bad jobs does not pile them up here."""

    written: int = 0
    skipped: int = 0
    errors: int = 0


def _json_line(obj: dict) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))


def _script_block(obj: dict) -> str:
    """One ``<script type="application/ld+json">`` element holding ``obj``."""
    return f'<script type="application/ld+json">\n{_script_json(obj)}\n</script>\n'


def _script_json(obj: dict) -> str:
    """JSON that no text can break out of a ``<script>`` element with."""
    text = json.dumps(obj, ensure_ascii=False, indent=2)
    for char, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escaped)
    return text


class Converter:
    """Convert jobs to ``target`` (jsonld, hropen, csv) in ``form``.

    ``strict`` refuses the whole run on any error; ``check`` validates each
    object against jobconv's JSON Schema for the target before writing it.
    """

    def __init__(
        self,
        target: str,
        form: str | None = None,
        *,
        engine: str = "lxml",
        schema: Path | None = None,
        strict: bool = False,
        check: bool = False,
        columns: list[str] | None = None,
        report: Callable[[Diagnostic], None] | None = None,
        jobs: int = 1,
        segment_size: int | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> None:
        if target not in TARGETS:
            raise ValueError(f"unknown target {target!r}; choose from {', '.join(TARGETS)}")
        form = form or FORMS[target][0]
        if form not in FORMS[target]:
            raise ValueError(f"{target} output takes --format {'|'.join(FORMS[target])}")
        unknown = [c for c in columns or [] if c not in COLUMNS]
        if unknown:
            raise ValueError(
                f"unknown column(s) {', '.join(unknown)}; choose from {', '.join(COLUMNS)}"
            )
        self.target, self.form, self.strict = target, form, strict
        self.columns = columns or list(COLUMNS)
        self.validator = Validator(engine=engine, schema=schema, progress=progress)
        self.progress = progress
        self.processes, self.segment_size = max(1, jobs), segment_size
        self._spec = (target, form, engine, schema, check, self.columns)
        self._check = _object_checker(target) if check and target in _SCHEMA_FILES else None
        self._report = report or (lambda d: None)
        self.outcome = Outcome()
        self._feed_name = ""

    # -- jobs ----------------------------------------------------------

    def jobs(self, paths: Iterable[str]) -> Iterator[Job]:
        """The jobs to write, from every feed in turn. XSD-invalid jobs are
        reported and skipped; a broken feed raises :class:`ConversionAborted`."""
        for path in paths:
            yield from self._jobs_of(path)

    def _jobs_of(self, path: str) -> Iterator[Job]:
        if path == "-":
            yield from self._jobs_of_stream(sys.stdin.buffer, STDIN_NAME)
            return
        with open(path, "rb") as stream:
            yield from self._jobs_of_stream(stream, path)

    def _jobs_of_stream(self, stream, name: str) -> Iterator[Job]:
        self._feed_name = name
        for item in self.validator.entries(stream, name):
            if isinstance(item, Diagnostic):  # the feed outside its jobs, or broken
                self._feed_diagnostic(item)
                continue
            if item.valid:
                yield item.job
                continue
            self.outcome.skipped += 1
            for d in item.diagnostics:
                self._found(d)

    def _found(self, diagnostic: Diagnostic) -> None:
        if diagnostic.severity is Severity.ERROR:
            self.outcome.errors += 1
        self._report(diagnostic)
        if self.strict and diagnostic.severity is Severity.ERROR:
            raise ConversionAborted(diagnostic, "--strict: an error was found")

    def objects(self, paths: Iterable[str]) -> Iterator[tuple[Job, dict]]:
        """(job, object) for the JSON targets, checked when ``check`` is on."""
        build = _BUILDERS[self.target]
        for job in self.jobs(paths):
            obj = build(job)
            if self._check is not None:
                problem = self._check(obj)
                if problem:
                    self.outcome.skipped += 1
                    self._found(_check_diagnostic(job, problem, self._feed_name))
                    continue
            yield job, obj

    def set_progress(self, progress: Callable[[int], None] | None) -> None:
        """Call ``progress`` with the number of bytes read, as they are read."""
        self.progress = self.validator.progress = progress

    # -- rendering, here or in worker processes ---------------------------

    def texts(self, paths: Iterable[str]) -> Iterator[str]:
        """Each written job of ``paths`` rendered in the chosen form (a CSV
        row, a JSON object, a script block), in order; read by ``jobs``
        processes when above 1. Diagnostics go to ``report`` on the way."""
        items = in_order(
            paths,
            jobs=self.processes,
            segment_size=self.segment_size,
            work=_work,
            initializer=_init_worker,
            initargs=(self._spec,),
            begin=self._begin,
            serial=self._serial,
            unpack=_unpack,
            is_job=_is_job,
            progress=self.progress,
        )
        yield from self._deliver(items)

    def texts_of_stream(self, stream: BinaryIO, name: str) -> Iterator[str]:
        """:meth:`texts` of one feed read from ``stream``, in this process."""
        self._begin(name)
        yield from self._deliver(_unpack(item) for item in self.rendered(stream, name))

    def _deliver(self, items: Iterable[tuple]) -> Iterator[str]:
        """The texts of rendered items; their diagnostics to ``report``."""
        for item in items:
            if item[0] == "feed":
                self._feed_diagnostic(item[1])
                continue
            _, text, diagnostics, skipped = item
            for d in diagnostics:
                self._found(d)
            if skipped:
                self.outcome.skipped += 1
            if text is not None:
                yield text

    def _begin(self, name: str) -> None:
        self._feed_name = name

    def _serial(self, path: str, skip: int | None = None) -> Iterator[tuple]:
        if path == "-":
            self._begin(STDIN_NAME)
            yield from (_unpack(i) for i in self.rendered(sys.stdin.buffer, STDIN_NAME))
            return
        with open(path, "rb") as stream:
            if skip is None:
                self._begin(path)
            for item in self.rendered(stream, path):
                if skip and item[0] == "job":
                    skip -= 1
                    continue
                yield _unpack(item)

    def rendered(self, stream, name: str, segment: Segment | None = None) -> Iterator[tuple]:
        """Per job ``("job", text or None, diagnostics, skipped)``, per problem
        of the feed outside its jobs ``("feed", diagnostic)``; diagnostics as
        plain tuples, for sending between processes."""
        for item in self.validator.entries(stream, name, segment):
            if isinstance(item, Diagnostic):
                yield ("feed", tuple(item))
                continue
            if not item.valid:
                yield ("job", None, [tuple(d) for d in item.diagnostics], True)
                continue
            # What the writers leave out (a javascript: link...) is said, as a warning.
            dropped = [tuple(d) for d in self.validator.findings(item, _DROPPING_RULES)]
            if self.target == "csv":
                yield ("job", _csv_row(to_row(item.job, self.columns)), dropped, False)
                continue
            obj = _BUILDERS[self.target](item.job)
            problem = self._check(obj) if self._check is not None else None
            if problem:
                found = _check_diagnostic(item.job, problem, name)
                yield ("job", None, [*dropped, tuple(found)], True)
            else:
                yield ("job", self._text(obj), dropped, False)

    def _text(self, obj: dict) -> str:
        if self.form == "html":
            return _script_block(obj)
        return _json_line(obj) if self.form == "json" else _json_line(obj) + "\n"

    def _feed_diagnostic(self, item: Diagnostic) -> None:
        self._found(item)
        if item.code in ("X001", "X002"):
            raise ConversionAborted(item, f"{item.file} is not a usable feed")

    # -- writing -------------------------------------------------------

    def write(self, paths: Iterable[str], out: TextIO) -> Outcome:
        """Write every job of ``paths`` to ``out`` in the chosen form."""
        if self.target == "csv":
            out.write(_csv_row(self.columns))
            for text in self.texts(paths):
                out.write(text)
                self.outcome.written += 1
        elif self.form == "json":
            out.write("[")
            sep = "\n"
            for text in self.texts(paths):
                out.write(sep + text)
                sep = ",\n"
                self.outcome.written += 1
            out.write("\n]\n" if self.outcome.written else "]\n")
        else:  # jsonl, html: one text per job, ready to write
            for text in self.texts(paths):
                out.write(text)
                self.outcome.written += 1
        return self.outcome

    def write_dir(
        self, paths: Iterable[str], directory: Path, inputs: Iterable[str] = ()
    ) -> Outcome:
        """One file per job in ``directory``, named from its ``externalid``.

        Files are made in a temporary folder inside ``directory`` and moved
        into place only when every feed has been read; none may replace one of
        ``inputs``."""
        directory.mkdir(parents=True, exist_ok=True)
        taken: set[str] = set()
        finished: list[str] = []
        staging = Path(tempfile.mkdtemp(prefix=".jobconv-", dir=directory))
        try:
            for job, obj in self._dir_items(paths):
                name = _unique(_file_stem(job.external_id), taken) + _EXTENSIONS[self.form]
                with open(staging / name, "w", encoding="utf-8", newline="") as f:
                    self._write_one(f, obj if obj is not None else job)
                finished.append(name)
                self.outcome.written += 1
            for name in finished:
                refuse_inputs(directory / name, inputs)
            for name in finished:
                os.replace(staging / name, directory / name)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return self.outcome

    def _dir_items(self, paths: Iterable[str]) -> Iterator[tuple[Job, dict | None]]:
        if self.target == "csv":
            for job in self.jobs(paths):
                yield job, None
        else:
            yield from self.objects(paths)

    def _write_one(self, f: TextIO, item: dict | Job) -> None:
        if isinstance(item, Job):
            f.write(_csv_row(self.columns) + _csv_row(to_row(item, self.columns)))
        elif self.form == "html":
            f.write(_script_block(item))
        else:
            f.write(json.dumps(item, ensure_ascii=False, indent=2) + "\n")


_NEEDS_QUOTES = re.compile(r'[",\r\n]')


def _csv_row(cells: list[str]) -> str:
    """One CSV record, RFC 4180: quoted where needed, CRLF-terminated.

    The same text as ``csv.writer(lineterminator="\\r\\n")`` (a property test
    compares them), several times faster on long description cells."""
    if len(cells) == 1 and not cells[0]:
        return '""\r\n'  # a lone empty field is quoted, or the record would be blank
    needs = _NEEDS_QUOTES.search
    quoted = ['"' + c.replace('"', '""') + '"' if needs(c) else c for c in cells]
    return ",".join(quoted) + "\r\n"


def _unpack(item: tuple) -> tuple:
    """A rendered item as sent between processes, with its diagnostics rebuilt."""
    make = Diagnostic._make
    if item[0] == "feed":
        return ("feed", make(item[1]))
    kind, text, diagnostics, skipped = item
    return (kind, text, [make(d) for d in diagnostics], skipped)


def _is_job(item: tuple) -> bool:
    return item[0] == "job"


_WORKER: Converter | None = None


def _init_worker(spec: tuple) -> None:
    global _WORKER
    target, form, engine, schema, check, columns = spec
    _WORKER = Converter(target, form, engine=engine, schema=schema, check=check, columns=columns)


def _work(unit: Unit) -> UnitOutcome:
    converter = _WORKER
    assert converter is not None
    items = read_unit(unit, converter.rendered)
    validator = converter.validator
    return UnitOutcome(items, usable=not (validator.broken or validator.irregular))


def _file_stem(external_id: str | None) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", external_id or "").strip("._-")[:120]
    return stem or "job"


def _unique(stem: str, taken: set[str]) -> str:
    name, n = stem, 1
    while name.lower() in taken:
        n += 1
        name = f"{stem}-{n}"
    taken.add(name.lower())
    return name


def _check_diagnostic(job: Job, problem: str, file: str) -> Diagnostic:
    return Diagnostic(
        file=file,
        line=job.line,
        column=None,
        code=OUTPUT_CHECK.code,
        name=OUTPUT_CHECK.name,
        severity=OUTPUT_CHECK.severity,
        message=problem,
        job_id=job.external_id,
    )


def _object_checker(target: str) -> Callable[[dict], str | None]:
    import jsonschema

    from .feed.engines import default_schema_path

    path = default_schema_path().parent / _SCHEMA_FILES[target]
    validator = jsonschema.Draft202012Validator(json.loads(path.read_text(encoding="utf-8")))

    def check(obj: dict) -> str | None:
        error = jsonschema.exceptions.best_match(validator.iter_errors(obj))
        if error is None:
            return None
        where = "/".join(str(p) for p in error.absolute_path) or "(the object)"
        return f"{path.name}: {where}: {error.message}"

    return check


# -- outputs ---------------------------------------------------------------


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def refuse_inputs(output: Path, inputs: Iterable[str]) -> None:
    """Raise :class:`OutputRefused` if ``output`` is one of ``inputs`` (through
    any symlink or spelling of the path)."""
    real = Path(os.path.realpath(output))
    for name in inputs:
        if name == "-":
            continue
        source = Path(name)
        if Path(os.path.realpath(source)) == real or _same_file(source, output):
            raise OutputRefused(f"{output} is an input feed; refusing to overwrite it")


@contextlib.contextmanager
def atomic_output(path: Path, newline: str = "") -> Iterator[TextIO]:
    """A file that appears at ``path`` only if the block succeeds.

    Written to a temporary file in the same folder, then renamed over
    ``path``; on any failure (or interruption) the temporary file is removed
    and an existing ``path`` is left untouched."""
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def spooled_stdout() -> Iterator[TextIO]:
    """A spool (on disk, not in memory) copied to standard output, as UTF-8
    bytes, only if the block succeeds."""
    with tempfile.TemporaryFile("w+b") as raw:
        spool = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        yield spool
        spool.flush()
        raw.seek(0)
        sys.stdout.flush()
        shutil.copyfileobj(raw, sys.stdout.buffer)
        sys.stdout.buffer.flush()
        spool.detach()
