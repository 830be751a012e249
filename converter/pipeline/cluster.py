"""Run units of work on a Dask cluster, handing results back in order.

The same work as ``-j`` (:mod:`.pool`), on ``--scheduler``: each unit (a
whole feed, or a segment of a large one read by byte range, wherever the
workers reach it: :mod:`converter.feed.ranges`) is a task, its result the
same :class:`~.units.UnitOutcome` a local worker gives, so the main process
makes the same findings and output of them. At most ``ahead`` tasks are in
flight; each result is released on the cluster once taken, so neither the
client nor the workers hold more than that, however large the input.

A worker lost mid-task is Dask's to handle: the scheduler gives its tasks
to another worker (``distributed.scheduler.allowed-failures`` times). A
feed a worker cannot read comes back as the OSError a local read raises,
after the jobs read before it broke, so the run ends as a local one does.

Imports :mod:`distributed` only when a run is given a cluster.
"""

from __future__ import annotations

import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import CancelledError
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from ..feed.detect import of_head
from ..feed.dialects import HEAD_BYTES, by_name
from ..feed.ranges import Probe, RangeFile, newlines, probe
from ..feed.segments import MIN_SEGMENT, Cuts, Segment, cuts, segments
from ..feed.sources import Sources, is_fsspec, is_url
from ..version import __version__
from .units import Unit, UnitOutcome
from .worker import Reading, ReadSpec


class ClusterError(Exception):
    """A Dask cluster that cannot be used: unreachable, without workers, or
    running another jobconv. The message says which; never a traceback."""


_THREAD = threading.local()


def work_for(spec: ReadSpec, unit: Unit, version: str | None = None) -> UnitOutcome:
    """Read one unit as ``spec`` says, in a process that was not set up (a
    cluster's worker): the XSD and renderer are compiled on a thread's first
    unit of a run and kept for its next. One reading per thread: a Dask
    worker may run several units at once, and a reading is not to be shared.
    ``version`` is the client's jobconv: a worker that joined after the run
    began (an autoscaled cluster) may run another, and write other bytes."""
    if version is not None and version != __version__:
        raise ClusterError(
            f"a Dask worker runs jobconv {__version__}, this is {version}:"
            " install the same on every worker"
        )
    reading = getattr(_THREAD, "reading", None)
    if reading is None or reading.spec != spec:
        reading = _THREAD.reading = Reading(spec)
    return reading.unit(unit)


if TYPE_CHECKING:
    from distributed import Client

_MISSING = object()
#: A gzip feed up to this many bytes goes whole to a worker (about ten times
#: as much XML); a larger one streams here, as its results would weigh.
WHOLE_COMPRESSED = MIN_SEGMENT // 4


def threads(client: Client) -> int:
    """The threads the cluster's workers run tasks on, all told."""
    return max(1, sum(client.nthreads().values()))


class Clustered:
    """``run(units)`` yields ``(unit, outcome)`` in the order of ``units``,
    as :class:`.pool.Ordered` does; ``None`` for a unit the caller reads
    itself (standard input, a file in a folder that is no feed)."""

    def __init__(self, client: Client, spec: ReadSpec, ahead: int | None = None) -> None:
        self.client = client
        self.spec = spec
        self.ahead = ahead

    def run(self, units: Iterable[Unit]) -> Iterator[tuple[Unit, UnitOutcome | None]]:
        pending: deque[tuple[Unit, Any]] = deque()
        source = iter(units)
        timeout = self.spec.config.sources.timeout
        ahead = self.ahead  # asked of the cluster once it is needed (a lazy client connects)
        try:
            while True:
                while len(pending) < (ahead or 3):
                    unit = next(source, _MISSING)
                    if unit is _MISSING:
                        break
                    future = None
                    if unit.remote:  # type: ignore[union-attr]
                        # Two tasks per thread: each worker has its next unit while
                        # it works on one, and results waiting their turn stay few.
                        ahead = ahead or 2 * threads(self.client) + 1
                        future = self.client.submit(
                            work_for,
                            self.spec,
                            unit,
                            __version__,
                            pure=False,
                            key=_key(unit),
                        )
                    # A unit the caller reads waits its turn too: the cluster
                    # works on the ones after it meanwhile.
                    pending.append((unit, future))  # type: ignore[arg-type]
                if not pending:
                    break
                unit, future = pending.popleft()
                taken = None if future is None else _result(future, self.client, timeout, unit.path)
                yield unit, taken
        finally:
            for _, future in pending:
                if future is not None:
                    future.cancel()


def _result(future: Any, client: Client, timeout: float, path: str) -> Any:
    """The task's result, released on the cluster once taken. A task whose
    workers kept dying (``allowed-failures``), a cluster left without workers
    for ``timeout`` seconds, or a scheduler gone, is a ClusterError; an error
    the task raised (an OSError reading ``path``) is raised here."""
    from distributed import KilledWorker
    from distributed.comm import CommClosedError

    taken: list[Any] = []
    done = threading.Event()

    def take() -> None:
        # In a thread of its own: result() waits unbounded, even for a result
        # lost with its worker and recomputed, and result(timeout=) leaves
        # asyncio's "Future exception was never retrieved" on stderr.
        try:
            taken.append((future.result(), None))
        except BaseException as exc:  # handed to the caller
            taken.append((None, exc))
        finally:
            done.set()

    threading.Thread(target=take, name="jobconv-result", daemon=True).start()
    alone: float | None = None  # since when the cluster has had no worker
    try:
        while not done.wait(min(1.0, timeout / 4)):  # a cluster gone is told within timeout
            if client.status != "running":
                raise ClusterError(f"the Dask scheduler went away while {path} was read")
            if client.nthreads():
                alone = None
                continue
            alone = alone or time.monotonic()
            if time.monotonic() - alone > timeout:
                raise ClusterError(
                    f"no Dask worker left to read {path} for {timeout:g} s (--timeout)"
                )
        value, error = taken[0]
        if error is not None:
            raise error
        return value
    except KilledWorker as exc:
        raise ClusterError(
            f"{path}: reading it stopped every Dask worker that took it ({exc});"
            " a worker out of memory? See the workers' logs"
        ) from None
    except (CommClosedError, CancelledError):
        raise ClusterError(f"the Dask scheduler went away while {path} was read") from None
    finally:
        future.release()


def _key(unit: Unit) -> str:
    """A task name the dashboard shows: the feed, and the segment's index."""
    import uuid

    name = unit.path.rsplit("/", 1)[-1]
    part = f"-{unit.segment.index}" if unit.segment is not None else ""
    return f"jobconv-{name}{part}-{uuid.uuid4().hex[:12]}"


def cluster_units(
    client: Client,
    paths: list[str],
    spec: ReadSpec,
    segment_size: int | None,
    dialects: dict[str, str],
    largest: int,
) -> Iterator[Unit]:
    """The units of ``paths`` for the cluster: a large feed in segments when
    its bytes can be read by range; a small one whole, by a worker. What
    would weigh on memory as one result stays here and streams, as locally:
    a large feed that cannot be cut (gzip, a server without ranges, an odd
    opening), standard input, and a feed that cannot even be looked at (the
    error is this process's own, as in a local run)."""
    for path in paths:
        dialect = dialects.get(path)
        where = path if path == "-" or is_url(path) or is_fsspec(path) else os.path.abspath(path)
        try:
            found = probe(where, spec.config.sources)
            cut = _segmented(client, where, spec, found, segment_size, dialect, largest)
        except OSError:  # here, or counting lines on a worker
            yield Unit(path, None, False, dialect)
            continue
        if cut is not None:
            dialect, segmented = cut
            yield from (Unit(path, s, True, dialect, where, found.size) for s in segmented)
            continue
        small = WHOLE_COMPRESSED if found.compressed else 2 * MIN_SEGMENT
        remote = found.size is not None and found.size < small
        yield Unit(path, None, remote, dialect, where, found.size)


def _segmented(
    client: Client,
    where: str,
    spec: ReadSpec,
    found: Probe,
    segment_size: int | None,
    dialect: str | None,
    largest: int,
) -> tuple[str, list[Segment]] | None:
    """The feed's dialect and segments, or None when it is read whole (small,
    compressed, not to be had by range, over ``--max-size``, or odd, as
    :func:`~converter.feed.segments.plan` judges)."""
    sources, size = spec.config.sources, found.size
    if not found.ranged or size is None or (segment_size is None and size < 2 * MIN_SEGMENT):
        return None
    remote = is_url(where) or is_fsspec(where)
    if remote and size > sources.max_size:
        return None  # read whole, it fails as a local read does
    # The threads the cluster has now, and two at least: read whole, a large
    # feed's results would weigh on both ends as one, even for one thread.
    parts = max(2, threads(client))
    with RangeFile(where, size, sources) if remote else open(where, "rb") as f:
        if dialect is None:  # told from the opening, as a worker would
            dialect = of_head(f.read(HEAD_BYTES), where, spec.config.dialect).name
        cut = cuts(f, size, parts, segment_size, by_name(dialect), largest)  # type: ignore[arg-type]
    if cut is None:
        return None
    return dialect, segments(cut, size, _first_lines(client, where, cut, size, sources))


def _first_lines(client: Client, path: str, cut: Cuts, size: int, sources: Sources) -> list[int]:
    """The line each segment starts on, from the line breaks before it,
    counted by the workers (a feed on a URL is never read whole here)."""
    futures = deque(
        client.submit(newlines, path, start, end, sources, size, pure=False)
        for start, end in pairwise(cut.starts)
    )
    lines = [1]
    try:
        while futures:
            count = _result(futures.popleft(), client, sources.timeout, path)
            lines.append(lines[-1] + count)
    finally:
        for future in futures:
            future.cancel()
    return lines
