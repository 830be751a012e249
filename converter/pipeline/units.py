"""Units of work: the feeds of a run, and the segments of a large one.

Each feed becomes units: the segments of a large feed
(:mod:`converter.feed.segments`), a small feed whole (in a worker when
there are several feeds), or the feed read in the main process (standard
input, a feed that cannot be split).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from ..feed.dialects import by_name
from ..feed.segments import MAX_SEGMENT, MIN_SEGMENT, Segment, plan
from ..feed.sources import is_plain_file


@dataclass(frozen=True, slots=True)
class Unit:
    """A feed, or one segment of it, to read in turn, in ``dialect`` (None:
    told from its opening as it is read). ``where`` is the feed's absolute
    path, for a cluster's workers, which do not share this process's
    directory (None: ``path``, the name its findings carry); ``size`` the
    feed's bytes when its segments were planned (a feed of another size by
    the time a worker reads it was replaced: an error, not a mix)."""

    path: str
    segment: Segment | None = None
    remote: bool = False
    dialect: str | None = None
    where: str | None = None
    size: int | None = None


@dataclass(slots=True)
class UnitOutcome:
    """A worker's items for a unit (:class:`~converter.pipeline.worker.Packed`);
    ``usable`` is False when a segment broke or was irregular; ``error`` is
    why its bytes stopped coming (the items are those read before), as a
    read in the main process would have raised it."""

    items: list  # of worker.Packed (units sits below worker: not imported here)
    usable: bool = True
    error: OSError | None = None
    dialect: str | None = None  # the dialect the unit was read in, once told


def units(
    paths: list[str],
    jobs: int,
    segment_size: int | None = None,
    dialects: dict[str, str] | None = None,
    largest: int = MAX_SEGMENT,
    spooled: Mapping[str, str] | None = None,
) -> Iterator[Unit]:
    """The units for reading ``paths`` (each in its dialect in ``dialects``;
    one not named there is told from its opening) with ``jobs`` processes,
    segments of at most ``largest`` bytes.
    Only plain files go to workers: standard input, URLs and gzip are read
    here, as they come, unless ``spooled`` holds a copy of one (its
    segments then go to workers, read from the copy, :mod:`.spool`); small
    files only when there are enough of them to pay for starting the
    workers (a pre-commit run on a few feeds reads them here)."""
    spooled = spooled or {}
    sizes = [_file_size(spooled.get(p, p)) for p in paths]
    many_small = jobs > 1 and len(paths) > 1 and sum(s or 0 for s in sizes) >= 2 * MIN_SEGMENT
    for path, size in zip(paths, sizes, strict=True):
        dialect = (dialects or {}).get(path)
        where = spooled.get(path)
        known = size is not None and dialect is not None
        segments = (
            plan(where or path, jobs, segment_size, by_name(dialect), largest)
            if known and jobs > 1
            else None
        )
        if segments:
            yield from (Unit(path, s, True, dialect, where) for s in segments)
        else:
            small = known and size < 2 * MIN_SEGMENT  # type: ignore[operator]
            # A copy read whole is read here, as the stream it was.
            yield Unit(path, None, many_small and small and where is None, dialect)


def _file_size(path: str) -> int | None:
    """The bytes of the plain file at ``path``; None for stdin, a URL, gzip,
    anything else, or a path that cannot be read."""
    try:
        return os.path.getsize(path) if is_plain_file(path) else None
    except OSError:
        return None


def unit_size(unit: Unit) -> int:
    """The bytes a unit covers, for the progress bar."""
    if unit.segment is not None:
        return unit.segment.end - unit.segment.start
    return _file_size(unit.path) or 0


def total_size(paths: Iterable[str]) -> int | None:
    """The bytes of every feed in ``paths``; None when one is not a file."""
    sizes = [_file_size(p) for p in paths]
    return None if None in sizes else sum(sizes)  # type: ignore[arg-type]
