"""jobconv on a real Dask cluster against a local run: what it costs.

Starts a ``dask scheduler`` and ``--workers`` single-threaded ``dask worker``
processes on 127.0.0.1 (the tests' :mod:`tests.cluster`), then times the
same commands run here (``-j`` as many processes) and with ``--scheduler``,
interleaved, best of ``--rounds``, and prints:

- what a worker costs: seconds from ``dask worker`` to joined, its memory
  idle and after the runs, the scheduler's memory;
- the fixed cost of a run on the cluster (connecting, checking the workers),
  from a one-job feed;
- the overhead per unit (a feed, or a segment of a large one) over a local
  run, from many small feeds and from one 20,000-job feed;
- the CPU the client and the workers spent per job, and what that predicts
  for N machines (see docs/scaling.md).

Outputs are compared with the local run's: a difference fails the script.

    python benchmarks/cluster.py [--workers 2] [--rounds 3] [--feeds 200]
"""

from __future__ import annotations

import argparse
import filecmp
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from converter.feed.segments import MAX_SEGMENT, MIN_SEGMENT, plan  # noqa: E402
from converter.feed.whole import WHOLE_SEGMENT  # noqa: E402
from tests.cluster import Cluster  # noqa: E402 - the repository's root, just added

JOBCONV = str(Path(sys.executable).parent / "jobconv")
TODAY = ["--today", "2026-01-01"]


def rss_mib(pid: int) -> float:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def cpu_seconds(pid: int) -> float:
    """User and system CPU of a running process (Linux's /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run(args: list[str], out: Path) -> tuple[float, float]:
    """Wall seconds and the command's own CPU seconds (its children's too)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with out.open("wb") as sink:
        done = subprocess.run([JOBCONV, *args], stdout=sink, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(args)} failed: {done.stderr.decode()[-2000:]}")
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def compare(
    name: str,
    args: list[str],
    cluster: Cluster,
    workers: int,
    rounds: int,
    folder: Path,
) -> dict[str, float]:
    """Best-of-``rounds`` wall time here and on the cluster, interleaved;
    the client's CPU and the workers' CPU of the cluster run."""
    local_out, cluster_out = folder / f"{name}.local", folder / f"{name}.cluster"
    best_local = best_cluster = float("inf")
    client_cpu = worker_cpu = 0.0
    for _ in range(rounds):
        wall, _cpu = run([*args, "-j", str(workers)], local_out)
        best_local = min(best_local, wall)
        before = sum(cpu_seconds(w.pid) for w in cluster.workers)
        wall, cpu = run([*args, "--scheduler", cluster.address], cluster_out)
        if wall < best_cluster:
            best_cluster = wall
            client_cpu = cpu
            worker_cpu = sum(cpu_seconds(w.pid) for w in cluster.workers) - before
        if not filecmp.cmp(local_out, cluster_out, shallow=False):
            sys.exit(f"{name}: the cluster's output differs from the local run's")
    return {
        "local": best_local,
        "cluster": best_cluster,
        "client_cpu": client_cpu,
        "worker_cpu": worker_cpu,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--feeds", type=int, default=200, help="small feeds of 50 jobs")
    parser.add_argument("--jobs", type=int, default=20_000, help="jobs in the large feed")
    opts = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="jobconv-cluster-"))
    try:
        bench(opts, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def bench(opts: argparse.Namespace, folder: Path) -> None:
    generate = [sys.executable, str(ROOT / "benchmarks" / "generate.py")]
    large = folder / f"feed-{opts.jobs}.xml"
    subprocess.run([*generate, str(opts.jobs), str(large)], check=True)
    small = folder / "small"
    small.mkdir()
    subprocess.run([*generate, "50", str(small / "feed-0000.xml")], check=True)
    for i in range(1, opts.feeds):
        shutil.copyfile(small / "feed-0000.xml", small / f"feed-{i:04}.xml")
    one = folder / "one.xml"
    subprocess.run([*generate, "1", str(one)], check=True)

    start = time.perf_counter()
    cluster = Cluster(folder / "cluster", workers=0)
    scheduler_up = time.perf_counter() - start
    start = time.perf_counter()
    cluster.workers = [cluster.add_worker(f"w{i}") for i in range(opts.workers)]
    cluster.wait_for(opts.workers)
    workers_up = time.perf_counter() - start
    try:
        idle = [rss_mib(w.pid) for w in cluster.workers]
        print(f"machine: {os.cpu_count()} CPUs; {opts.workers} workers of 1 thread, on 127.0.0.1")
        print(f"scheduler: up in {scheduler_up:.1f} s, {rss_mib(cluster.scheduler.pid):.0f} MiB")
        print(
            f"workers: {opts.workers} joined in {workers_up:.1f} s; {max(idle):.0f} MiB each, idle"
        )
        compare("one", ["validate", *TODAY, str(one)], cluster, opts.workers, 1, folder)  # warm
        fixed = compare("one", ["validate", *TODAY, str(one)], cluster, opts.workers, 3, folder)
        cost = fixed["cluster"] - fixed["local"]
        print(
            f"a run's fixed cost: {fixed['cluster']:.2f} s on the cluster,"
            f" {fixed['local']:.2f} s here: {cost:.2f} s to connect and check the workers"
        )
        print()
        print(
            f"{'run':<34} {'units':>6} {'local s':>8} {'cluster s':>9} {'per unit ms':>11}"
            f" {'client CPU ms/job':>17} {'worker CPU ms/job':>17}"
            "   (client: beyond a one-job run's)"
        )
        checked = plan(str(large), opts.workers, largest=MAX_SEGMENT) or []
        converted = plan(str(large), opts.workers, largest=MIN_SEGMENT) or []
        whole = plan(str(large), opts.workers, largest=WHOLE_SEGMENT) or []
        cases = [
            (f"validate {opts.feeds} feeds of 50 jobs", ["validate", *TODAY, str(small)],
             opts.feeds, opts.feeds * 50),
            (f"to-jsonld {opts.feeds} feeds of 50 jobs", ["to-jsonld", *TODAY, str(small)],
             opts.feeds, opts.feeds * 50),
            (f"validate {opts.jobs:,} jobs", ["validate", *TODAY, str(large)],
             len(checked), opts.jobs),
            (f"validate --select S,X {opts.jobs:,} jobs",
             ["validate", *TODAY, "--select", "S,X", str(large)], len(whole), opts.jobs),
            (f"to-jsonld {opts.jobs:,} jobs", ["to-jsonld", *TODAY, str(large)],
             len(converted), opts.jobs),
        ]  # fmt: skip
        rates = []
        for name, args, units, jobs in cases:
            found = compare(name.split()[0] + str(units), args, cluster, opts.workers,
                            opts.rounds, folder)  # fmt: skip
            per_unit = (found["cluster"] - found["local"] - cost) / units * 1000
            # The client's CPU beyond a one-job run's (start-up, imports, connecting).
            client = (found["client_cpu"] - fixed["client_cpu"]) / jobs * 1000
            work = found["worker_cpu"] / jobs * 1000
            rates.append((name, client, work))
            print(
                f"{name:<34} {units:>6} {found['local']:>8.2f} {found['cluster']:>9.2f}"
                f" {per_unit:>11.1f} {client:>17.3f} {work:>17.3f}"
            )
        after = [rss_mib(w.pid) for w in cluster.workers]
        print(f"\nworkers after the runs: {max(after):.0f} MiB each (XSDs, writers, rules loaded)")
        print("\nPredicted jobs/s on N machines of 2 cores (workers' CPU / 2N, or the client's):")
        print(f"{'run':<34} " + " ".join(f"{f'N={n}':>9}" for n in (1, 2, 4, 8, 16, 32)))
        for name, client, work in rates:
            limits = [min(2 * n * 1000 / work, 1000 / client) for n in (1, 2, 4, 8, 16, 32)]
            print(f"{name:<34} " + " ".join(f"{rate:>9,.0f}" for rate in limits))
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
