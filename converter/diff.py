"""Two editions of a feed compared: the jobs added, removed and changed.

A feed is republished every day; the sites that ingest it need to know which
jobs are new, which changed and which are gone, so that their index and job
pages follow. Jobs are matched by id (``externalid``, or the board's own id
element), whatever their order and dialect. A field counts as changed when
its *normalised* value differs (whitespace, number and date formatting, a
country's spelling are no change); ``raw`` compares the source text.

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
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .feed.dialects import AUTO, Dialect, Peeked, by_name, of_head
from .feed.reader import FeedReader
from .feed.sources import Sources, is_url
from .model import Job
from .normalize.salary import parse_decimal

#: Fields whose value is a number: 35000 and 35000.00 are the same.
_NUMBERS = frozenset({"Compensationmin", "Compensationmax"})


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


def compared_value(job: Job, name: str, raw: bool) -> str | None:
    """Field ``name`` of ``job`` as compared: its text, or its normalised value."""
    text = job.raw.get(name)
    if raw or text is None:
        return text
    value = " ".join(text.split())
    if name == "Postedate":
        return job.date_posted_iso or value
    if name == "Country":
        return job.country or value
    if name == "Compensationcurrency":
        return value.upper()
    if name in _NUMBERS:
        number = parse_decimal(value)
        return format(number.normalize(), "f") if number is not None else value
    return value


def _fields(job: Job, raw: bool) -> dict[str, str | None]:
    """The job's fields as its feed names them, with their compared values."""
    return {job.name(n): compared_value(job, n, raw) for n in sorted(job.raw) if n != "externalid"}


def _key(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


def _digest(values: dict[str, str | None]) -> int:
    return _key("\x1f".join(f"{k}\x1e{v}" for k, v in sorted(values.items()) if v))


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
                    found.repeats.append(Repeat(self._name(new), job_id, job.line, None))
                    continue
                after.add(key)
                if key not in before:
                    found.added.append(job_id)
                    found.urls[job_id] = job.apply_url
                elif before[key][0] != _digest(_fields(job, self.raw)):
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
                found.changed = self._changes(new, changed, store)
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
                repeats.append(Repeat(self._name(path), job_id, job.line, seen[key][1]))
                continue
            seen[key] = (_digest(_fields(job, self.raw)), job.line)
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
                store.put(key, _fields(job, self.raw))  # the first job of a repeated id

    def _changes(self, new: str, changed: set[int], store: _Store) -> Iterator[Change]:
        """The changed jobs, in the new feed's order, read again from it."""
        if not changed:
            return
        for job in self.jobs(new):
            key = _key(job.external_id or "")
            if key not in changed:
                continue
            changed.discard(key)  # a repeat is left out, as in the first pass
            was, now = store.get(key), _fields(job, self.raw)
            fields = {
                name: (was.get(name), now.get(name))
                for name in sorted(set(was) | set(now))
                if (was.get(name) or None) != (now.get(name) or None)
            }
            yield Change(job.external_id or "", fields, job.apply_url)


class _Store:
    """Old values of changed jobs by id hash, in a SQLite file: memory stays
    flat however many jobs changed."""

    def __init__(self, path: str) -> None:
        self._db = sqlite3.connect(path)
        self._db.execute("CREATE TABLE old (key INTEGER PRIMARY KEY, fields TEXT)")

    def put(self, key: int, fields: dict[str, str | None]) -> None:
        self._db.execute(
            "INSERT OR IGNORE INTO old VALUES (?, ?)", (key - 2**63, json.dumps(fields))
        )

    def get(self, key: int) -> dict[str, str | None]:
        row = self._db.execute("SELECT fields FROM old WHERE key = ?", (key - 2**63,)).fetchone()
        return json.loads(row[0])

    def close(self) -> None:
        self._db.close()
