"""Run units of work in worker processes, handing results back in order.

Used by ``-j/--jobs``: the units are whole feeds or segments of one
(:mod:`converter.feed.segments`). Some units stay in this process (standard
input, a feed that cannot be split): they come back with no result and the
caller does them itself, in their turn, while the workers go on ahead. At
most ``ahead`` units are in flight, so results waiting for their turn never
pile up, whatever the feed's size.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from multiprocessing.pool import AsyncResult, Pool

U = TypeVar("U")

_MISSING = object()


def cpu_count() -> int:
    """CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _context() -> Any:
    # fork starts a worker in milliseconds, with the schemas already
    # imported; elsewhere (macOS, Windows) spawn is the safe method.
    import multiprocessing  # only when workers are needed

    method = "fork" if sys.platform.startswith("linux") else "spawn"
    return multiprocessing.get_context(method)


def _die_with(parent: int) -> None:
    """Have the kernel kill this worker the moment its parent dies, however
    it dies (SIGKILL from a CI timeout or the OOM killer included): no
    orphan left running, no traceback from a worker whose pipe closed."""
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before that took hold
        os._exit(1)


def _start_worker(parent: int, initializer: Callable[..., None] | None, initargs: tuple) -> None:
    """A worker leaves interruptions to its parent: Ctrl-C (sent to the whole
    terminal's process group) is ignored, SIGTERM ends it at once; the parent
    stops the pool and cleans up. It dies with its parent."""
    # The handlers first: a SIGTERM while _die_with imports ctypes must not
    # run the parent's handler here (a traceback from a worker).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with(parent)
    if initializer is not None:
        initializer(*initargs)


class Ordered(Generic[U]):
    """``run(units)`` yields ``(unit, result)`` in the order of ``units``.

    ``remote(unit)`` decides where a unit runs: True, in a worker, as
    ``work(unit)`` (its result is given); False, here (``None`` is given, and
    the caller does the work before asking for the next unit)."""

    def __init__(
        self,
        processes: int,
        work: Callable[[U], Any],
        remote: Callable[[U], bool],
        initializer: Callable[..., None] | None = None,
        initargs: tuple = (),
        ahead: int | None = None,
    ) -> None:
        self.processes = max(1, processes)
        self.work = work
        self.remote = remote
        self.initializer = initializer
        self.initargs = initargs
        # One unit queued per worker beyond the one it works on: enough to
        # keep workers busy, few enough that waiting results stay small.
        self.ahead = ahead or self.processes + 1
        self._pool: Pool | None = None

    def run(self, units: Iterable[U]) -> Iterator[tuple[U, Any]]:
        pending: deque[tuple[U, AsyncResult | None]] = deque()
        in_flight = 0
        source = iter(units)
        try:
            while True:
                while in_flight < self.ahead:
                    unit = next(source, _MISSING)
                    if unit is _MISSING:
                        break
                    if self.remote(unit):
                        pending.append((unit, self._get_pool().apply_async(self.work, (unit,))))
                        in_flight += 1
                    else:
                        pending.append((unit, None))
                        if not in_flight:
                            break  # nothing to overlap with: do it now
                if not pending:
                    break
                unit, handle = pending.popleft()
                if handle is None:
                    yield unit, None
                    continue
                in_flight -= 1
                yield unit, handle.get()
        except BaseException:
            self._stop(terminate=True)
            raise
        self._stop(terminate=False)

    def _get_pool(self) -> Pool:
        if self._pool is None:
            self._pool = _context().Pool(
                self.processes, _start_worker, (os.getpid(), self.initializer, self.initargs)
            )
        return self._pool

    def _stop(self, terminate: bool) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if terminate:
            pool.terminate()
        else:
            pool.close()
        pool.join()
