"""Two editions of a feed compared: the jobs added, removed and changed.

A feed is republished every day; the sites that ingest it need to know which
jobs are new, which changed and which are gone, so that their index and job
pages follow. Jobs are matched by id (``externalid``, or the board's own id
element), whatever their order and dialect. A field counts as changed when
what it *means* differs: the value the job model holds for it (:func:`meaning`:
``full-time`` and ``Full Time`` are one employment type, ``£32,000`` and
``£32000`` one salary, ``United Kingdom`` and ``GB`` one country), so that a
reformatted feed is no change and no notice; ``raw`` compares the source text.
A change is told with the feeds' texts, each field named as the new feed
names it.

Memory stays bounded however large the feeds: each is streamed, and only a
64-bit hash of each job's id and of its fields is kept (about 100 bytes a
job, ~100 MB for a million jobs), whatever the size of the jobs. The ids of
removed jobs and the old values of changed ones are fetched by a second
pass over each feed, only when there are some; the old values wait on disk
(a temporary SQLite file), not in memory, however many jobs changed.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .feed.detect import Peeked, of_head
from .feed.dialects import AUTO, Dialect, by_name
from .feed.reader import FeedReader
from .feed.sources import Sources, is_url
from .model import EXPIRES, Job, Salary
from .normalize.salary import currency_code, parse_decimal
from .normalize.vocabulary import employment_parts


@dataclass(frozen=True, slots=True)
class Repeat:
    """An id seen again in one feed: the later job is left out of the comparison."""

    file: str
    job_id: str
    line: int | None
    first_line: int | None


@dataclass(slots=True)
class Change:
    """A job in both feeds whose fields differ: feed name -> (old, new)."""

    job_id: str
    fields: dict[str, tuple[str | None, str | None]]
    url: str | None = None


@dataclass(slots=True)
class Difference:
    """What changed between two feeds, in the new feed's order (removed: the old's)."""

    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: Iterable[Change] = ()  # streamed by Differ.compare
    unchanged: int = 0
    repeats: list[Repeat] = field(default_factory=list)
    urls: dict[str, str | None] = field(default_factory=dict)  # added and removed ids


#: One field as compared: its key (what it means; --raw: its text) and its
#: text as the feed gives it (for the messages). None: absent or blank.
Compared = tuple[str | None, str | None]

#: Block-level tags of the sanitised description: whitespace around them is
#: not shown, so it is no change.
_BLOCK_EDGE = re.compile(r"\s*(</?(?:p|br|ul|ol|li|h[1-6]|div)>)\s*")


def _words(text: str | None) -> str | None:
    """``text`` with its whitespace collapsed; None when blank."""
    return (" ".join(text.split()) or None) if text else None


def _number(text: str) -> str:
    number = parse_decimal(text)
    return format(number.normalize(), "f") if number is not None else text


def _salary(salary: Salary | None) -> str | None:
    """A parsed salary's meaning: currency, bounds, period (and whether it is withheld)."""
    if salary is None:
        return None
    bounds = (
        format(b.normalize(), "f") if b is not None else ""
        for b in (salary.minimum, salary.maximum)
    )
    return "\x1f".join(
        (salary.currency or "", *bounds, salary.period or "", "withheld" if salary.withheld else "")
    )


def _employment(text: str, job: Job) -> str:
    """The job's employment types (the model's set), with any part it does not know."""
    unknown = (" ".join(p.casefold().split()) for p, kind in employment_parts(text) if not kind)
    return "\x1f".join(sorted({*job.employment_types, *(f"?{u}" for u in unknown)}))


def _description(job: Job) -> str | None:
    """The sanitised HTML the writers publish, its whitespace normalised."""
    html = _words(job.description_html)
    return _BLOCK_EDGE.sub(r"\1", html) if html else None


def meaning(job: Job, name: str) -> str | None:
    """What field ``name`` of ``job`` means, as a key to compare: the value
    the model holds for it (``full-time`` and ``Full Time`` both give the
    employment type FULL_TIME), else its text with whitespace collapsed.
    None when the field is absent or blank."""
    text = job.values.get(name)
    if text is None:
        return None
    value: str | None
    if name == "Description":
        value = _description(job)
    elif name == "Jobtype":
        value = _employment(text, job)
    elif name == "Experiencelevel":
        value = job.experience_level
    elif name == "Workarrangement":
        value = job.work_arrangement
    elif name == "Salaryrange":
        value = _salary(job.salary_from_text)
    elif name == "Compensationcurrency":
        value = currency_code(text)
    elif name in ("Compensationmin", "Compensationmax"):
        value = _number(text)
    elif name == "Postedate":
        value = job.date_posted_iso
    elif name == EXPIRES:
        value = job.valid_through_iso
    elif name == "Country":
        value = job.country
    elif name == "Skills":
        value = "\x1f".join(sorted(job.skills))
    elif name in _LINKS:
        value = _LINKS[name](job)
    elif name in _TEXTS:
        value = _words(_TEXTS[name](job))
    else:
        value = None
    return str(value) if value else _words(text)


#: Plain-text fields: the model's text, without the HTML a scraper left in it.
_TEXTS: dict[str, Callable[[Job], str | None]] = {
    "Title": lambda job: job.title,
    "Category": lambda job: job.category,
    "Industry": lambda job: job.industry,
    "Employername": lambda job: job.employer.name,
    "Employerdescription": lambda job: job.employer.description,
    "Location": lambda job: job.location,
}

#: Links: the model's URL (absolute http(s) only; else the text is compared).
_LINKS: dict[str, Callable[[Job], str | None]] = {
    "Applyto": lambda job: job.apply_url,
    "Employerwebsite": lambda job: job.employer.website,
    "Employerlogo": lambda job: job.employer.logo,
}


def compared(job: Job, raw: bool = False) -> dict[str, Compared]:
    """The job's fields by model name (``externalid`` aside), each with its key
    and its text: the key is what the field means (:func:`meaning`), or with
    ``raw`` its text."""
    found: dict[str, Compared] = {}
    raw_texts = job.source.raw
    for name in sorted(raw_texts):
        if name == "externalid":
            continue
        text = raw_texts[name]
        found[name] = ((text or None) if raw else meaning(job, name), text)
    return found


def differing(
    was: dict[str, Compared], now: dict[str, Compared]
) -> dict[str, tuple[str | None, str | None]]:
    """Model field -> (old text, new text) for each field whose key differs.
    A field whose text is the same on both sides is no change: its key moved
    with another field (a salary's ``$`` read with a new ``Country``), which
    is itself reported."""
    fields = {}
    for name in sorted(set(was) | set(now)):
        (old_key, old_text), (new_key, new_text) = was.get(name, _ABSENT), now.get(name, _ABSENT)
        if old_key != new_key and (old_text or None) != (new_text or None):
            fields[name] = (old_text, new_text)
    return fields


_ABSENT: Compared = (None, None)


def _key(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


def _digest(values: dict[str, Compared]) -> int:
    return _key("\x1f".join(f"{k}\x1e{v}" for k, (v, _) in sorted(values.items()) if v))


class Differ:
    """Compares feeds read through ``sources`` in ``dialect`` (``auto``: each
    feed's own)::

        with Differ().compare("yesterday.xml", "today.xml") as found:
            print(found.added, found.removed)
            for change in found.changed:  # streamed: consume it inside the block
                print(change.job_id, change.fields)
    """

    def __init__(
        self, sources: Sources | None = None, dialect: str = AUTO, raw: bool = False
    ) -> None:
        self.sources = sources or Sources()
        self.dialect = dialect
        self.raw = raw
        self._names: dict[str, str] = {}  # a local copy -> the name it was given as
        self._dialects: dict[str, Dialect] = {}  # a path -> the dialect it was read in
        self.local_paths: tuple[str, str] = ("", "")

    @contextlib.contextmanager
    def compare(
        self, old: str, new: str, on_repeat: Callable[[Repeat], None] | None = None
    ) -> Iterator[Difference]:
        """The difference from feed ``old`` to feed ``new``. Its ``changed``
        jobs come as they are found, while the block runs. Standard input and
        URLs are copied to a temporary file first: each feed is read twice,
        and a URL must not change between the two reads."""
        with tempfile.TemporaryDirectory(prefix="jobconv-diff-") as folder:
            old, new = self._local(old, folder, "old"), self._local(new, folder, "new")
            self.local_paths = (old, new)  # readable again while the block runs
            found = Difference()
            before = self._hashes(old, found.repeats)
            changed: set[int] = set()
            after: set[int] = set()
            for job in self.jobs(new):
                job_id = job.external_id or ""
                key = _key(job_id)
                if key in after:
                    found.repeats.append(Repeat(self._name(new), job_id, job.source.line, None))
                    continue
                after.add(key)
                if key not in before:
                    found.added.append(job_id)
                    found.urls[job_id] = job.apply_url
                elif before[key][0] != _digest(compared(job, self.raw)):
                    changed.add(key)
                else:
                    found.unchanged += 1
            gone = {key for key in before if key not in after}
            del before, after
            store = _Store(f"{folder}/old.sqlite")
            try:
                if gone or changed:
                    self._second_pass(old, gone, changed, found, store)
                for repeat in found.repeats if on_repeat is not None else ():
                    on_repeat(repeat)  # type: ignore[misc]
                found.changed = self._changes(new, changed, store, found)
                yield found
            finally:
                store.close()

    def jobs(self, path: str) -> Iterator[Job]:
        """The jobs of the feed at ``path``, streamed (no XSD: a diff is of
        content). OSError if unreadable; FeedError if it breaks off."""
        with self.sources.opened(path) as stream:
            name = self._name(path)
            chosen: Dialect | None = None if self.dialect == AUTO else by_name(self.dialect)
            if chosen is None:
                peeked = Peeked(stream)
                chosen = of_head(peeked.head, name)
                stream = peeked  # type: ignore[assignment]
            self._dialects[path] = chosen
            for entry in FeedReader(stream, name, None, dialect=chosen):
                yield entry.job

    def _name(self, path: str) -> str:
        return self._names.get(path, path)

    def _local(self, path: str, folder: str, side: str) -> str:
        """``path``, or a local copy of it when it cannot be read twice."""
        if path != "-" and not is_url(path):
            return path
        copy = f"{folder}/{side}.xml"
        with self.sources.opened(path) as stream, open(copy, "wb") as out:
            shutil.copyfileobj(stream, out, 1024 * 1024)
        self._names[copy] = self.sources.stdin_name if path == "-" else path
        return copy

    def _hashes(self, path: str, repeats: list[Repeat]) -> dict[int, tuple[int, int | None]]:
        """id hash -> (fields hash, line) for the first job of each id."""
        seen: dict[int, tuple[int, int | None]] = {}
        for job in self.jobs(path):
            job_id = job.external_id or ""
            key = _key(job_id)
            if key in seen:
                repeats.append(Repeat(self._name(path), job_id, job.source.line, seen[key][1]))
                continue
            seen[key] = (_digest(compared(job, self.raw)), job.source.line)
        return seen

    def _second_pass(
        self, old: str, gone: set[int], changed: set[int], found: Difference, store: _Store
    ) -> None:
        """The removed ids (in the old feed's order); the old values of the changed, stored."""
        for job in self.jobs(old):
            key = _key(job.external_id or "")
            if key in gone:
                gone.discard(key)  # a repeat is not removed twice
                found.removed.append(job.external_id or "")
                found.urls[job.external_id or ""] = job.apply_url
            elif key in changed:
                store.put(key, compared(job, self.raw))  # the first job of a repeated id

    def _changes(
        self, new: str, changed: set[int], store: _Store, found: Difference
    ) -> Iterator[Change]:
        """The changed jobs, in the new feed's order, read again from it; each
        field named as the new feed names it."""
        if not changed:
            return
        for job in self.jobs(new):
            key = _key(job.external_id or "")
            if key not in changed:
                continue
            changed.discard(key)  # a repeat is left out, as in the first pass
            fields = differing(store.get(key), compared(job, self.raw))
            if not fields:  # only keys that moved with nothing said: no change
                found.unchanged += 1
                continue
            dialect = self._dialects.get(new)
            named = {_feed_name(job, dialect, n): pair for n, pair in fields.items()}
            yield Change(job.external_id or "", dict(sorted(named.items())), job.apply_url)


def _feed_name(job: Job, dialect: Dialect | None, field: str) -> str:
    """Model field ``field`` in the terms of ``job``'s feed: the element the
    job gave it in, else the first its dialect reads it from (as findings
    name it, :func:`converter.lint.checks.own_names`), else YubHub's."""
    if field in job.source.names:
        return job.source.names[field]
    source = dialect.source(field) if dialect is not None else None
    return source.name if source is not None else field


class _Store:
    """Old values of changed jobs by id hash, in a SQLite file: memory stays
    flat however many jobs changed."""

    def __init__(self, path: str) -> None:
        self._db = sqlite3.connect(path)
        self._db.execute("CREATE TABLE old (key INTEGER PRIMARY KEY, fields TEXT)")

    def put(self, key: int, fields: dict[str, Compared]) -> None:
        self._db.execute(
            "INSERT OR IGNORE INTO old VALUES (?, ?)", (key - 2**63, json.dumps(fields))
        )

    def get(self, key: int) -> dict[str, Compared]:
        row = self._db.execute("SELECT fields FROM old WHERE key = ?", (key - 2**63,)).fetchone()
        return {name: (k, text) for name, (k, text) in json.loads(row[0]).items()}

    def close(self) -> None:
        self._db.close()
