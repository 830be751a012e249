"""--scheduler and converter.dask on a real cluster: a ``dask scheduler`` and
two ``dask worker`` processes on 127.0.0.1 (tests/cluster.py). Every run is
compared with a local run of the same command: exit status, standard
output, standard error and the files written, byte for byte.

The tests share one cluster (per pytest-xdist worker that runs them); the
one that kills a worker starts a cluster of its own.
"""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from converter.feed.segments import MIN_SEGMENT

from ..cluster import Cluster, range_server
from ..conftest import FIXTURES, REAL_FEEDS, ROOT, SHARED, jobconv_command, requires_shared, run_cli

pytest.importorskip("distributed", reason="the dask extra: pip install -e '.[test]' brings it")

TODAY = ("--today", "2026-01-01")
JOBS = 20_000


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory):
    running = Cluster(tmp_path_factory.mktemp("cluster"))
    yield running
    running.stop()


@pytest.fixture(scope="module")
def big_feed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 20,000-job feed (about 68 MiB): the benchmarks' generator's, some
    jobs with errors (held back from JSON-LD) and warnings."""
    path = tmp_path_factory.mktemp("big") / "feed-20000.xml"
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "generate.py"), str(JOBS), str(path)],
        check=True,
    )
    return path


@pytest.fixture(scope="module")
def big_local(big_feed: Path) -> subprocess.CompletedProcess:
    """The 20,000-job feed validated here (-j 2): what a cluster's run must give."""
    done = run_cli("validate", *TODAY, str(big_feed), "-j", "2")
    assert done.returncode == 0 and f"{JOBS} jobs".encode() in done.stderr
    assert done.stdout.count(b": T002 ") > 10_000
    return done


@pytest.fixture(scope="module")
def mid_feed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """About 6 MiB: the sample feed's four jobs 1,200 times, cut into a few segments."""
    path = tmp_path_factory.mktemp("mid") / "feed.xml"
    path.write_text(sample_times(1200), encoding="utf-8")
    assert path.stat().st_size > 2 * MIN_SEGMENT  # what a run cuts unasked
    return path


def sample_times(times: int) -> str:
    """The sample feed with its four jobs ``times`` times over."""
    sample = (FIXTURES / "sample.xml").read_text(encoding="utf-8")
    head, rest = sample.split("<job>", 1)
    body, tail = ("<job>" + rest).rsplit("</job>", 1)
    return head + (body + "</job>\n    ") * times + tail


def outputs(paths: list[Path]) -> dict[str, bytes]:
    """The bytes of each output file, and of each file in an output folder."""
    found = {}
    for path in paths:
        if path.is_dir():
            for item in sorted(path.rglob("*")):
                found[str(item.relative_to(path))] = item.read_bytes()
        elif path.exists():
            found[str(path)] = path.read_bytes()
    return found


def local_and_cluster(
    address: str,
    *args: str,
    cwd: Path | None = None,
    written: tuple[Path, ...] = (),
    stdin: bytes | None = None,
) -> tuple[int, bytes, bytes]:
    """``jobconv ARGS`` run here (-j 2) and on the cluster: the same exit
    status, stdout, stderr and files written. Returns the local run's."""
    runs = []
    for how in (("-j", "2"), ("--scheduler", address)):
        for path in written:
            shutil.rmtree(path) if path.is_dir() else path.unlink(missing_ok=True)
        # On the cluster in a process: a Dask client's threads and loggers stay out of pytest.
        done = run_cli(*args, *how, cwd=cwd, stdin=stdin, process=how[0] == "--scheduler")
        runs.append((done.returncode, done.stdout, done.stderr, outputs(list(written))))
    local, clustered = runs
    assert clustered[0] == local[0], clustered[2].decode()[-2000:]
    assert clustered[2] == local[2]
    assert clustered[1] == local[1]
    assert clustered[3] == local[3]
    assert b"Traceback" not in clustered[2]
    return local[0], local[1], local[2]


# -- many feeds ------------------------------------------------------------------


def test_many_feeds_give_what_a_local_run_gives(cluster: Cluster, tmp_path: Path) -> None:
    """The fixtures folder: valid and invalid feeds, encodings, a DTD refused,
    a file that is no feed (X003), given by a relative path (the workers run
    elsewhere)."""
    rc, out, err = local_and_cluster(cluster.address, "validate", *TODAY, "fixtures", cwd=ROOT)
    assert rc == 1 and b"fixtures/invalid/wrong-root.xml:1:1: X003" in out
    assert b"17 files" in err
    # An XSD named relatively: the workers load it from where the client sees it.
    local_and_cluster(
        cluster.address, "validate", *TODAY, "--schema", "schemas/yubhub.xsd", "fixtures", cwd=ROOT
    )
    local_and_cluster(cluster.address, "to-jsonld", *TODAY, "fixtures", cwd=ROOT)
    table = tmp_path / "jobs.csv"
    local_and_cluster(
        cluster.address, "to-csv", *TODAY, "fixtures", "-o", str(table), cwd=ROOT, written=(table,)
    )
    folder = tmp_path / "hropen"
    rc, _, _ = local_and_cluster(
        cluster.address,
        "to-hropen",
        *TODAY,
        "fixtures/valid",
        "fixtures/edge",
        "fixtures/sample.xml",
        "--out-dir",
        str(folder),
        cwd=ROOT,
        written=(folder,),
    )
    assert rc == 0 and len(list(folder.iterdir())) > 10


def test_standard_input_stays_with_the_client(cluster: Cluster) -> None:
    sample = (FIXTURES / "sample.xml").read_bytes()
    rc, out, _ = local_and_cluster(cluster.address, "to-jsonld", *TODAY, "-", stdin=sample)
    assert rc == 0 and out.count(b'"@type": "JobPosting"') == 4


@requires_shared
def test_real_board_feeds_give_what_a_local_run_gives(cluster: Cluster, tmp_path: Path) -> None:
    feeds = [str(SHARED / "feeds" / name) for name in REAL_FEEDS]
    _rc, out, _ = local_and_cluster(cluster.address, "validate", *TODAY, *feeds)
    assert out.count(b"\n") > 100
    local_and_cluster(cluster.address, "to-indeed", *TODAY, *feeds)


# -- one large feed, in segments ---------------------------------------------------


@pytest.mark.slow
def test_a_large_feed_in_segments_gives_what_a_local_run_gives(
    cluster: Cluster, big_feed: Path, big_local: subprocess.CompletedProcess
) -> None:
    done = run_cli("validate", *TODAY, str(big_feed), "--scheduler", cluster.address, process=True)
    assert (done.returncode, done.stderr) == (big_local.returncode, big_local.stderr)
    assert done.stdout == big_local.stdout
    # XSD-only: the segment-as-one-document path.
    local_and_cluster(cluster.address, "validate", *TODAY, "--select", "S,X", str(big_feed))


def test_a_url_feed_is_read_by_range_on_the_workers(cluster: Cluster, mid_feed: Path) -> None:
    with range_server(mid_feed.parent) as server:
        url = server.url(mid_feed.name)
        local_and_cluster(cluster.address, "validate", *TODAY, url)
        ranges = [r for r in server.requests if r[1] and r[2] == 206]
        whole = [r for r in server.requests if r[1] is None]
        # --max-size holds on the cluster too: refused, as a local run refuses it.
        rc, _, err = local_and_cluster(cluster.address, "validate", *TODAY, "--max-size", "1M", url)
        assert rc == 2 and b"--max-size" in err
    # The local run fetched it whole once; the cluster's run only by ranges:
    # its cuts, the line counts and each segment, many of them.
    assert len(whole) == 1
    assert len(ranges) > 10
    assert sum(1 for r in ranges if not r[1].endswith("-1")) > 5


def test_an_fsspec_url_is_read_like_the_file(cluster: Cluster, mid_feed: Path) -> None:
    url = mid_feed.as_uri()
    rc, out, _ = local_and_cluster(cluster.address, "validate", *TODAY, url)
    assert rc == 1 and out.startswith(url.encode()) and out.count(b"\n") > 10_000


# -- failures --------------------------------------------------------------------


def test_a_feed_a_worker_cannot_read_ends_the_run_as_locally(
    cluster: Cluster, tmp_path: Path
) -> None:
    sample = (FIXTURES / "sample.xml").read_bytes()
    broken = tmp_path / "broken.xml.gz"
    packed = gzip.compress(sample)
    broken.write_bytes(packed[: len(packed) * 2 // 3])  # cut off mid-way
    with range_server(tmp_path) as server:
        missing = server.url("missing.xml")
        rc, out, err = local_and_cluster(
            cluster.address, "validate", *TODAY, missing, str(FIXTURES / "sample.xml")
        )
        assert rc == 2 and b"HTTP 404" in err and b"missing.xml" in err
        assert b"sample.xml:37:7: T002" in out  # the other feed is still read
        rc, _, err = local_and_cluster(cluster.address, "validate", *TODAY, str(broken))
        assert rc == 2 and b"broken gzip data" in err
        # Named relatively, the error names it so, though the worker read its absolute path.
        rc, _, err = local_and_cluster(
            cluster.address, "to-jsonld", *TODAY, broken.name, cwd=tmp_path
        )
        assert rc == 2 and b"cannot read 'broken.xml.gz'" in err
        rc, _out, err = local_and_cluster(cluster.address, "to-jsonld", *TODAY, missing)
        assert rc == 2 and b"nothing was written" in err


@pytest.mark.slow
def test_a_worker_killed_mid_run_loses_nothing(
    big_feed: Path, big_local: subprocess.CompletedProcess, mid_feed: Path, tmp_path: Path
) -> None:
    """One of two workers dies (SIGKILL) while it reads a segment: the
    scheduler gives its work to the other, and the output is complete and
    in order, as a local run's. Then the last one dies: the run ends at
    once, with a clear error and nothing written."""
    own = Cluster(tmp_path / "own")
    try:
        out = tmp_path / "cluster.txt"
        run = _run_and_kill(own, "w0", "validate", *TODAY, str(big_feed), "-o", str(out))
        _stdout, stderr = run.communicate(timeout=300)
        assert run.returncode == big_local.returncode, stderr.decode()[-2000:]
        assert stderr == big_local.stderr
        assert out.read_bytes() == big_local.stdout  # the report -o writes is stdout's

        out.unlink()
        run = _run_and_kill(own, "w1", "to-jsonld", "--timeout", "2", str(mid_feed), "-o", str(out))
        _stdout, stderr = run.communicate(timeout=60)
        assert run.returncode == 2
        assert stderr.endswith(
            f"jobconv: error: no Dask worker left to read {mid_feed} for 2 s (--timeout);"
            " no output file was written or changed\n".encode()
        )
        assert b"Traceback" not in stderr and b"distributed" not in stderr
        assert not out.exists()
    finally:
        own.stop()


def _run_and_kill(cluster: Cluster, name: str, *args: str) -> subprocess.Popen:
    """``jobconv ARGS`` started on ``cluster``, and its worker ``name``
    killed as soon as it reads a unit of the run."""
    command = [*jobconv_command(), *args, "--scheduler", cluster.address]
    run = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    with cluster.client() as client:
        names = {w["name"]: a for a, w in client.scheduler_info()["workers"].items()}
        deadline = time.monotonic() + 60
        while not any(k.startswith("jobconv-") for k in client.processing().get(names[name], ())):
            assert time.monotonic() < deadline and run.poll() is None, f"no unit reached {name}"
            time.sleep(0.02)
        cluster.kill(cluster.workers[int(name[1:])])
        deadline = time.monotonic() + 30
        while names[name] in client.scheduler_info()["workers"]:
            assert time.monotonic() < deadline, f"the scheduler still counts {name}"
            time.sleep(0.1)
    return run


def test_a_worker_running_another_jobconv_refuses_its_units(cluster: Cluster) -> None:
    """One that joined after the run's check (an autoscaled cluster): the
    run ends with a ClusterError (exit 2), not with other bytes."""
    import converter.dask
    from converter import Pipeline
    from converter.pipeline.cluster import work_for
    from converter.pipeline.units import Unit

    unit = Unit(str(FIXTURES / "sample.xml"), None, True, None)
    spec = Pipeline().read_spec
    with cluster.client() as client:
        with pytest.raises(converter.dask.ClusterError, match=r"runs jobconv \S+, this is 0\.0\.1"):
            client.submit(work_for, spec, unit, "0.0.1").result()
        assert client.submit(work_for, spec, unit, converter.__version__).result().items


def test_scheduler_local_as_the_readme_tries_it() -> None:
    """A cluster of -j workers started on this machine, and stopped."""
    rc, _out, err = local_and_cluster("local", "validate", *TODAY, "fixtures/valid", cwd=ROOT)
    assert rc == 0 and b"(2 files read as yubhub, 2 jobs)" in err


def test_an_unreachable_scheduler_is_a_clear_error(tmp_path: Path) -> None:
    feed = str(FIXTURES / "sample.xml")
    done = run_cli(
        "validate", feed, "--scheduler", "tcp://127.0.0.1:9", "--timeout", "1", process=True
    )
    assert done.returncode == 2
    assert b"jobconv: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9" in done.stderr
    assert b"Traceback" not in done.stderr and done.stdout == b""
    # The configuration's key says the same.
    (tmp_path / ".jobconv.yaml").write_text("scheduler: tcp://127.0.0.1:9\n", encoding="utf-8")
    done = run_cli("to-jsonld", feed, "--timeout", "1", cwd=tmp_path, process=True)
    assert done.returncode == 2
    assert b"cannot reach the Dask scheduler at tcp://127.0.0.1:9" in done.stderr
    # --scheduler none: this machine, whatever the configuration says.
    done = run_cli("to-jsonld", feed, "--scheduler", "none", cwd=tmp_path)
    assert done.returncode == 0 and done.stdout.count(b'"@type": "JobPosting"') == 4
    # A run that gives the cluster no work asks nothing of it, as a local run:
    # standard input stays here, a missing file is the run's own error.
    sample = (FIXTURES / "sample.xml").read_bytes()
    done = run_cli("to-jsonld", "-", "--scheduler", "tcp://127.0.0.1:9", stdin=sample, process=True)
    assert done.returncode == 0 and done.stdout.count(b'"@type": "JobPosting"') == 4
    done = run_cli(
        "validate", "missing.xml", "--scheduler", "tcp://127.0.0.1:9", cwd=tmp_path, process=True
    )
    assert done.returncode == 2 and b"cannot read 'missing.xml'" in done.stderr
    assert b"Dask" not in done.stderr


def test_without_the_extra_scheduler_says_what_to_install(tmp_path: Path) -> None:
    code = (
        "import sys; sys.modules['distributed'] = None; sys.modules['dask'] = None;"
        "from converter.cli import main; sys.argv = ['jobconv', 'validate', sys.argv[1],"
        " '--scheduler', 'local']; main()"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(FIXTURES / "sample.xml")], capture_output=True
    )
    assert done.returncode == 2
    assert b"--scheduler needs Dask: pip install 'jobconv[dask]'" in done.stderr


# -- the Python API ------------------------------------------------------------------


def test_the_api_gives_the_pipelines_results_in_order(cluster: Cluster) -> None:
    import converter.dask
    from converter import Pipeline
    from converter.writers.targets import Rendering

    paths = [str(FIXTURES / "sample.xml"), str(FIXTURES / "valid"), str(FIXTURES / "invalid")]
    today = date(2026, 1, 1)

    def plain(results):
        return [(r.file, r.job_id, r.line, r.diagnostics, r.held, r.text) for r in results]

    with cluster.client() as client:
        run = converter.dask.validate(client, paths, today=today)
        local = Pipeline(jobs=1, today=today)
        assert plain(run) == plain(local.results(paths))
        assert run.tally == local.tally and run.broken == local.broken != []

        published = list(converter.dask.convert(client, paths[:2], "jsonld", "jsonl", today=today))
        rendering = Rendering.of("jsonld", "jsonl")
        expected = [
            r
            for r in Pipeline(jobs=1, today=today, rendering=rendering).results(paths[:2])
            if r.is_job and not r.held
        ]
        assert plain(published) == plain(expected) and len(published) > 4

        jobs = converter.dask.bag(client, paths[:2], "jsonld", partition_size=2, today=today)
        assert jobs.npartitions == -(-len(expected) // 2)
        assert jobs.compute() == [json.loads(r.text) for r in expected]
        rows = converter.dask.bag(client, paths[:1], "csv", today=today).compute()
        assert [row["id"] for row in rows] == ["hb-1001", "lh-2207", "kc-0042", "ps-77"]
        with pytest.raises(converter.dask.ClusterError, match="broke off"):
            converter.dask.bag(client, paths[2:], "jsonld", today=today)


def test_a_worker_running_units_in_threads_gives_the_same(tmp_path: Path) -> None:
    """A Dask worker's default is a thread per core: each thread reads with
    its own XSD and renderer."""
    from distributed import Client, LocalCluster

    from converter import Pipeline
    from converter.writers.targets import Rendering

    feed = tmp_path / "feed.xml"
    feed.write_text(sample_times(100), encoding="utf-8")
    today, rendering = date(2026, 1, 1), Rendering.of("jsonld")

    def results(**how):
        pipeline = Pipeline(today=today, rendering=rendering, segment_size=64 * 1024, **how)
        found = [(r.line, r.diagnostics, r.text, r.held) for r in pipeline.results(str(feed))]
        return found, pipeline.tally

    cluster = LocalCluster(
        n_workers=1, threads_per_worker=4, host="127.0.0.1", dashboard_address=":0"
    )
    with cluster, Client(cluster) as client:
        clustered = results(cluster=client)
    local = results(jobs=1)
    assert clustered == local and local[1].jobs == 400


def test_one_worker_thread_still_reads_a_large_feed_in_segments(mid_feed: Path) -> None:
    """Cut for one thread too: read whole, a large feed would come back as
    one result as large as itself."""
    from distributed import Client, LocalCluster

    from converter import Pipeline
    from converter.pipeline.cluster import cluster_units

    cluster = LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address="127.0.0.1:0"
    )
    with cluster, Client(cluster) as client:
        spec = Pipeline(cluster=client).read_spec
        units = list(cluster_units(client, [str(mid_feed)], spec, None, {}, 4 * MIN_SEGMENT))
    assert len(units) > 1 and all(u.remote and u.segment is not None for u in units)
    assert [u.segment.start for u in units] == sorted({u.segment.start for u in units})


def test_the_client_holds_a_bounded_number_of_results(cluster: Cluster, mid_feed: Path) -> None:
    """However many units (here 24), at most 2 per worker thread + 1 are in
    flight or waiting on the cluster for the client to take them."""
    import converter.dask

    paths, today, size = [str(mid_feed)], date(2026, 1, 1), 256 * 1024
    with cluster.client() as client:
        held, jobs = 0, 0
        for result in converter.dask.validate(client, paths, today=today, segment_size=size):
            jobs += result.is_job
            held = max(held, len(client.futures))
        assert jobs == 4_800
        assert 0 < held <= 2 * 2 + 1
