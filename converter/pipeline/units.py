"""Feeds read in worker processes, their items handed back in document order.

Shared by validation and conversion. Each feed becomes units: the segments
of a large feed (:mod:`converter.pipeline.segments`), a small feed whole (in a worker
when there are several feeds), or the feed read here (standard input, a
feed that cannot be split). A worker returns a unit's items; a segment that
broke or was irregular makes the feed be read again here, serially, leaving
out the jobs already handed on, so the items are always those of a serial
read, in the same order.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from .pool import Ordered
from .segments import MIN_SEGMENT, Segment, SegmentStream, plan

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Unit:
    """A feed, or one segment of it, to read in turn."""

    path: str
    segment: Segment | None = None
    remote: bool = False


@dataclass(slots=True)
class UnitOutcome:
    """A worker's items for a unit, as plain tuples (they pickle fastest);
    ``usable`` is False when a segment broke or was irregular."""

    items: list[tuple]
    usable: bool = True


def units(paths: list[str], jobs: int, segment_size: int | None = None) -> Iterator[Unit]:
    """The units for reading ``paths`` with ``jobs`` processes. Small feeds go
    to workers only when there are enough of them to pay for starting the
    workers (a pre-commit run on a few feeds reads them here)."""
    sizes = [_file_size(p) for p in paths]
    many_small = jobs > 1 and len(paths) > 1 and sum(s or 0 for s in sizes) >= 2 * MIN_SEGMENT
    for path, size in zip(paths, sizes, strict=True):
        segments = plan(path, jobs, segment_size) if jobs > 1 else None
        if segments:
            yield from (Unit(path, s, True) for s in segments)
        else:
            small = size is not None and size < 2 * MIN_SEGMENT
            yield Unit(path, None, many_small and small)


def in_order(
    paths: Iterable[str],
    *,
    jobs: int,
    segment_size: int | None,
    work: Callable[[Unit], UnitOutcome],
    initializer: Callable[..., None],
    initargs: tuple,
    begin: Callable[[str], None],
    serial: Callable[[str, int | None], Iterator[T]],
    unpack: Callable[[tuple], T],
    is_job: Callable[[T], bool],
    on_error: Callable[[str, OSError], None] | None = None,
    progress: Callable[[int], None] | None = None,
) -> Iterator[T]:
    """Items of every feed in ``paths``, in order.

    ``serial(path, None)`` reads a feed here (calling ``begin`` itself);
    ``serial(path, n)`` reads it again, leaving out its first ``n`` jobs.
    ``begin(path)`` marks the start of a feed that workers read. A first
    segment's feed-level items wait for the end of the feed, where a serial
    read gives them. An unreadable feed raises OSError, or goes to
    ``on_error``. ``progress`` hears of the bytes of each unit a worker
    finished (``serial`` reports its own)."""
    chosen = [str(p) for p in paths]
    ordered: Ordered[Unit] = Ordered(jobs, work, _remote, initializer, initargs)
    redone: str | None = None  # a feed read again here: its other segments are dropped
    emitted = 0
    held: list[T] = []
    for unit, outcome in ordered.run(units(chosen, jobs, segment_size)):
        try:
            if outcome is None:
                yield from serial(unit.path, None)
                continue
            if progress is not None:
                progress(_size(unit))
            if unit.segment is None:  # a small feed, read whole by a worker
                begin(unit.path)
                yield from (unpack(item) for item in outcome.items)
                continue
            if unit.segment.is_first:
                begin(unit.path)
                redone, emitted, held = None, 0, []
            if redone == unit.path:
                continue
            if not outcome.usable:
                redone = unit.path
                yield from serial(unit.path, emitted)
                continue
            for packed in outcome.items:
                item = unpack(packed)
                if is_job(item):
                    emitted += 1
                    yield item
                else:
                    held.append(item)
            if unit.segment.is_last:
                yield from held
        except OSError as exc:
            if on_error is None:
                raise
            on_error(unit.path, exc)


def _file_size(path: str) -> int | None:
    """The bytes of the regular file at ``path``; None for stdin, anything
    else, or a path that cannot be read."""
    try:
        return os.path.getsize(path) if path != "-" and os.path.isfile(path) else None
    except OSError:
        return None


def _size(unit: Unit) -> int:
    if unit.segment is not None:
        return unit.segment.end - unit.segment.start
    return _file_size(unit.path) or 0


def total_size(paths: Iterable[str]) -> int | None:
    """The bytes of every feed in ``paths``; None when one is not a file."""
    sizes = [_file_size(p) for p in paths]
    return None if None in sizes else sum(sizes)  # type: ignore[arg-type]


def _remote(unit: Unit) -> bool:
    return unit.remote


def read_unit(unit: Unit, read: Callable[[Any, str, Segment | None], Iterable[tuple]]) -> list:
    """A worker's items for ``unit``: ``read(stream, name, segment)`` packed."""
    if unit.segment is None:
        with open(unit.path, "rb") as stream:
            return list(read(stream, unit.path, None))
    with SegmentStream(unit.path, unit.segment) as stream:
        return list(read(stream, unit.path, unit.segment))
