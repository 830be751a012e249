"""jobconv on a Dask cluster, for pipelines that already hold a ``distributed.Client``.

``pip install 'jobconv[dask]'``. The work is the CLI's ``--scheduler``: the
feeds and the segments of large ones go to the cluster's workers, which
read them by byte range where they lie (a shared filesystem, an http(s)
URL, an fsspec URL); results come back in document order, the same as a
local run's, and the client holds only a few at a time::

    from distributed import Client
    import converter.dask

    client = Client("tcp://scheduler:8786")
    for result in converter.dask.validate(client, ["feeds/"]):
        for diagnostic in result.diagnostics:
            print(diagnostic)
    jobs = converter.dask.bag(client, ["https://example.com/feed.xml"], target="jsonld")
    jobs.to_dataframe().to_parquet("jobs/")  # with pandas and pyarrow installed

Every worker needs the same jobconv as the client (:func:`connect` checks).
Keyword ``options`` are :class:`~converter.Pipeline`'s (``settings``,
``today``, ``valid_for``, ``dialect``, ``sources``...).
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .pipeline import Pipeline
from .pipeline.cluster import ClusterError
from .results import JobResult, Tally
from .version import __version__
from .writers.targets import Rendering, targets

if TYPE_CHECKING:
    from dask.bag import Bag
    from distributed import Client

__all__ = ["ClusterError", "Run", "bag", "connect", "convert", "validate"]

Paths = Iterable[str | Path] | str | Path


def connect(address: str, timeout: float = 30.0, workers: int | None = None) -> Client:
    """A client of the scheduler at ``address`` (``tcp://host:8786``), or of
    a new cluster on this machine for ``local`` (``workers`` single-threaded
    worker processes, default one per CPU; closed with the client). Waits
    ``timeout`` seconds for a worker, and checks that the workers run this
    jobconv: ClusterError says what is wrong, ImportError when the dask
    extra is not installed."""
    Client = _client_class()
    from .pipeline.pool import cpu_count

    try:
        if address == "local":
            client = Client(
                n_workers=workers or cpu_count(),
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",  # this machine's own: nothing listens on its network
                dashboard_address="127.0.0.1:0",  # a free port: never "8787 is in use"
                silence_logs=logging.ERROR,
            )
        else:
            client = Client(address, timeout=timeout)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    try:
        client.wait_for_workers(1, timeout=timeout)
        check_workers(client)
    except BaseException as exc:
        client.close()
        if isinstance(exc, TimeoutError):
            raise ClusterError(
                f"no Dask worker joined the scheduler at {address} in {timeout:g} s (--timeout)"
            ) from None
        raise
    return client


class Lazy:
    """A client of the scheduler at ``address``, connected (:func:`connect`)
    when the run first gives the cluster work: a run that needs none (only
    standard input, files that cannot be read) starts or waits for no
    cluster. ``quiet`` silences Dask's log lines (the CLI's). ClusterError
    at that first use, with what to install when the extra is missing."""

    def __init__(
        self, address: str, timeout: float = 30.0, workers: int | None = None, quiet: bool = False
    ) -> None:
        self._how = (address, timeout, workers)
        self._quiet = quiet
        self._client: Client | None = None
        self._failed: ClusterError | None = None  # once: a second try would wait again

    def __getattr__(self, name: str) -> Any:
        if self._client is None:
            if self._failed is not None:
                raise self._failed
            try:
                if self._quiet:
                    quiet()
                self._client = connect(*self._how)
            except ImportError as exc:
                self._failed = ClusterError(str(exc))
                raise self._failed from None
            except ClusterError as exc:
                self._failed = exc
                raise
        return getattr(self._client, name)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()


def quiet() -> None:
    """No log lines of Dask's in this process (the CLI's, whose errors say
    what went wrong). ImportError without the extra."""
    _client_class()  # distributed's logging configuration first: it sets each level below
    for name in ("distributed", "distributed.client", "distributed.core", "distributed.worker"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _client_class() -> type[Client]:
    """distributed's Client; ImportError saying what to install without it."""
    try:
        from distributed import Client
    except ImportError:
        raise ImportError(
            "--scheduler needs Dask: pip install 'jobconv[dask]' (dask and distributed)"
        ) from None
    return Client


def check_workers(client: Client) -> None:
    """ClusterError unless every worker imports the same jobconv as this one:
    the same version makes the same output."""
    try:
        versions = client.run(_version)
    except Exception as exc:
        raise ClusterError(
            f"the Dask workers cannot run jobconv ({type(exc).__name__}: {exc});"
            f" install jobconv {__version__} on every worker"
        ) from None
    other = {v for v in versions.values() if v != __version__}
    if other:
        raise ClusterError(
            f"the Dask workers run jobconv {', '.join(sorted(other))}, this is {__version__}:"
            " install the same on every worker"
        )


def _version() -> str:
    return __version__


class Run(Iterator[JobResult]):
    """The results of a run on the cluster, in document order; once they are
    all taken, ``tally`` counts them and ``broken`` names the feeds that
    broke off (not well-formed, a refused DTD: the CLI publishes nothing of a
    run with one)."""

    def __init__(self, pipeline: Pipeline, results: Iterator[JobResult]) -> None:
        self.pipeline = pipeline
        self._results = results

    def __next__(self) -> JobResult:
        return next(self._results)

    @property
    def tally(self) -> Tally:
        return self.pipeline.tally

    @property
    def broken(self) -> list[str]:
        return self.pipeline.broken


def validate(client: Client, paths: Paths, **options: Any) -> Run:
    """Every job's result (its diagnostics after the configuration), then each
    feed's findings outside its jobs, as ``jobconv validate`` reports them.
    An unreadable feed raises OSError, as :meth:`Pipeline.results` does."""
    pipeline = Pipeline(cluster=client, **options)
    return Run(pipeline, pipeline.results(paths))


def convert(
    client: Client, paths: Paths, target: str = "jsonld", form: str | None = None, **options: Any
) -> Run:
    """The jobs that pass the publishing gate, rendered for ``target`` in
    ``form`` (``text``: what ``jobconv to-TARGET`` writes for the job;
    ``diagnostics``: its warnings), in document order."""
    pipeline = Pipeline(cluster=client, rendering=Rendering.of(target, form), **options)
    published = (r for r in pipeline.results(paths) if r.is_job and not r.held)
    return Run(pipeline, published)


def bag(
    client: Client,
    paths: Paths,
    target: str = "jsonld",
    partition_size: int = 1000,
    **options: Any,
) -> Bag:
    """A Dask Bag of the jobs that pass the gate, converted to ``target``, in
    document order: dicts for JSON targets (``jsonld``, ``hropen``) and
    tables (``csv``: column to value), the job's element as text for a
    board's XML. The jobs are checked as for :func:`convert` (the feed-wide
    rules need them in order); ``partition_size`` of them at a time pass
    through the client to the workers' memory, where the Bag's partitions
    stay (as data: a worker lost later loses its partitions). ClusterError
    when a feed broke off (nothing of it is published)."""
    import dask
    import dask.bag

    spec = targets().get(target)
    form = "jsonl" if spec is not None and "jsonl" in spec.forms else None
    run = convert(client, paths, target, form, **options)
    parse = _parser(target, run.pipeline.rendering)
    partitions, chunk = [], []
    for result in run:
        chunk.append(parse(result.text or ""))
        if len(chunk) >= partition_size:
            partitions.append(client.scatter([chunk])[0])
            chunk = []
    if chunk or not partitions:
        partitions.append(client.scatter([chunk])[0])
    if run.broken:
        raise ClusterError(f"{', '.join(run.broken)} broke off: nothing of the run is published")
    # As Delayed objects the futures stay referenced by the Bag's graph: the
    # workers keep the partitions as long as the Bag lives.
    return dask.bag.from_delayed([dask.delayed(p) for p in partitions])


def _parser(target: str, rendering: Rendering | None) -> Any:
    """How one job's text becomes a Bag element."""
    spec = targets()[target]
    if spec.columns:
        columns = (rendering.columns if rendering else ()) or spec.columns
        return lambda text: dict(zip(columns, next(csv.reader(io.StringIO(text))), strict=False))
    if "jsonl" in spec.forms:
        return json.loads
    return lambda text: text
