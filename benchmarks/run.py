"""Time jobconv against libxml2's own tools on a generated feed, and print figures.

Usage (from the repository root, in the project's virtualenv)::

    python benchmarks/run.py                 # 20,000 jobs, 3 rounds
    python benchmarks/run.py --jobs 5000 --rounds 5
    python benchmarks/run.py --scale         # also: memory at 5,000 vs 100,000 jobs

Each command runs ``--rounds`` times in a fresh process; the table gives the
median wall time, its ratio to ``xmllint --stream`` (the C baseline), and the
peak resident memory of the largest process and of all its processes at once.
A benchmark, not a test: nothing here fails a build.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
XSD = ROOT / "schemas" / "yubhub.xsd"
SAMPLE = ROOT / "fixtures" / "sample.xml"
SEED = ROOT.parent / "shared" / "seeds" / "000_ba77970a5e261942.txt"
CACHE = Path(tempfile.gettempdir()) / "jobconv-bench"
MIB = 1024 * 1024

ITERPARSE = """
import sys
from lxml import etree
for _, job in etree.iterparse(sys.argv[1], tag="job"):
    job.clear(keep_tail=True)
    while job.getprevious() is not None:
        del job.getparent()[0]
"""


@dataclass
class Figure:
    label: str
    walls: list[float] = field(default_factory=list)
    largest: int = 0  # bytes, the largest single process
    together: int = 0  # bytes, all the command's processes at the same moment
    target: str = ""
    ratio_limit: float | None = None
    seconds_limit: float | None = None

    @property
    def median(self) -> float:
        return statistics.median(self.walls)


def jobconv() -> list[str]:
    exe = shutil.which("jobconv", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "converter"]


def _tree_rss(pid: int) -> tuple[int, int]:
    """(largest, total) resident bytes of ``pid`` and its descendants (Linux)."""
    pids, seen = [pid], []
    while pids:
        p = pids.pop()
        seen.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    pids.extend(int(c) for c in f.read().split())
        except OSError:
            continue
    sizes = []
    for p in seen:
        try:
            with open(f"/proc/{p}/statm") as f:
                sizes.append(int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE"))
        except (OSError, ValueError, IndexError):
            pass
    return (max(sizes, default=0), sum(sizes))


def measure(command: list[str]) -> tuple[float, int, int]:
    """Run ``command`` once: (wall seconds, largest process RSS, summed RSS peak)."""
    peak = [0, 0]  # largest process, all processes
    done = threading.Event()
    with open(os.devnull, "wb") as devnull:
        start = time.perf_counter()
        proc = subprocess.Popen(command, stdout=devnull, stderr=devnull)

        def poll() -> None:
            while not done.wait(0.01):
                largest, together = _tree_rss(proc.pid)
                peak[0], peak[1] = max(peak[0], largest), max(peak[1], together)

        watcher = threading.Thread(target=poll, daemon=True)
        if sys.platform.startswith("linux"):
            watcher.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        done.set()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed with exit code {proc.returncode}")
    if watcher.is_alive() or peak[0]:
        return wall, peak[0], peak[1]
    # Elsewhere, wait4's ru_maxrss: the largest of the process and the
    # descendants it waited for (in bytes on macOS). On Linux it would count
    # the forked copy of this script too, so /proc is polled there instead.
    return wall, usage.ru_maxrss, usage.ru_maxrss


def run(label: str, command: list[str], rounds: int, **limits) -> Figure:
    figure = Figure(label, **limits)
    for _ in range(rounds):
        wall, largest, together = measure(command)
        figure.walls.append(wall)
        figure.largest = max(figure.largest, largest)
        figure.together = max(figure.together, together)
    return figure


def feed(n: int) -> Path:
    """The generated feed of ``n`` jobs, made once and kept in the temp folder."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"feed-{n}.xml"
    if not path.exists():
        print(f"generating {path} ...", file=sys.stderr)
        sys.path.insert(0, str(Path(__file__).parent))
        from generate import write_feed

        partial = path.with_suffix(".part")
        write_feed(n, partial)
        partial.replace(path)
    return path


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            names = [line.split(":", 1)[1].strip() for line in f if line.startswith("model name")]
        cpu = names[0] if names else cpu
    except OSError:
        pass
    from lxml import etree

    libxml2 = ".".join(map(str, etree.LIBXML_VERSION))
    return (
        f"{cpu}; {os.cpu_count()} CPUs; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; lxml {etree.__version__}, libxml2 {libxml2}"
    )


def table(figures: list[Figure], baseline: Figure | None) -> str:
    head = f"{'command':<44} {'median s':>8} {'x xmllint':>9} {'RSS MiB':>8} {'all MiB':>8}  target"
    lines = [head, "-" * len(head)]
    for f in figures:
        ratio = f.median / baseline.median if baseline else None
        verdict = ""
        if f.ratio_limit is not None and ratio is not None:
            verdict = "met" if ratio <= f.ratio_limit else "MISSED"
        if f.seconds_limit is not None:
            verdict = "met" if f.median <= f.seconds_limit else "MISSED"
        if f.target and f.largest > 64 * MIB:
            verdict += ", RSS MISSED"
        lines.append(
            f"{f.label:<44} {f.median:>8.2f} {(f'{ratio:.2f}' if ratio else '-'):>9} "
            f"{f.largest / MIB:>8.1f} {f.together / MIB:>8.1f}  {f.target} {verdict}".rstrip()
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=20_000, help="jobs in the generated feed")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--feed", type=Path, help="use this feed instead of a generated one")
    parser.add_argument(
        "-j", "--processes", type=int, default=0, help="jobconv -j (default: one per CPU)"
    )
    parser.add_argument("--scale", action="store_true", help="memory at 5,000 vs 100,000 jobs")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args()

    path = args.feed or feed(args.jobs)
    size = path.stat().st_size
    print(f"machine: {machine()}")
    print(f"feed: {path} ({size / MIB:.1f} MiB), {args.rounds} rounds per command\n")
    out = Path(tempfile.mkdtemp(prefix="jobconv-bench-out-"))
    j = ["-j", str(args.processes)]
    tool = jobconv()
    figures: list[Figure] = []
    baseline = None
    if shutil.which("xmllint"):
        baseline = run(
            "xmllint --noout --stream --schema",
            ["xmllint", "--noout", "--stream", "--schema", str(XSD), str(path)],
            args.rounds,
        )
        figures.append(baseline)
    else:
        print("xmllint not found (apt-get install libxml2-utils): no ratios\n")
    feed_, r = str(path), args.rounds
    ratio15 = {"target": "<= 1.5x", "ratio_limit": 1.5}
    ratio2 = {"target": "<= 2x", "ratio_limit": 2.0}
    quick = {"target": "<= 0.25 s", "seconds_limit": 0.25}

    def jc(*words: str) -> list[str]:
        return [*tool, *words]

    def to(target: str, name: str) -> list[str]:
        return jc(target, *j, "-o", str(out / name), feed_)

    plan = [
        ("lxml iterparse, clearing, nothing else", [sys.executable, "-c", ITERPARSE, feed_], r, {}),
        ("jobconv validate", jc("validate", *j, feed_), r, ratio15),
        ("jobconv validate -j 1", jc("validate", "-j", "1", feed_), r, {}),
        ("jobconv validate --engine xmlschema", jc("validate", "--engine=xmlschema", feed_), 1, {}),
        ("jobconv to-jsonld -o FILE", to("to-jsonld", "a.json"), r, ratio2),
        ("jobconv to-hropen -o FILE", to("to-hropen", "b.json"), r, ratio2),
        ("jobconv to-csv -o FILE", to("to-csv", "c.csv"), r, ratio2),
        ("jobconv validate fixtures/sample.xml", jc("validate", str(SAMPLE)), r, quick),
    ]  # fmt: skip
    if SEED.exists():
        plan.append(("jobconv validate (the seed feed)", [*tool, "validate", str(SEED)], r, quick))
    for label, command, rounds, limits in plan:
        figures.append(run(label, command, rounds, **limits))
    print(table(figures, baseline))
    if args.scale:
        small, large = feed(5_000), feed(100_000)
        print("\nmemory, jobconv validate, largest process / all processes:")
        for n, p in ((5_000, small), (100_000, large)):
            f = run(f"{n:,} jobs", [*tool, "validate", *j, str(p)], 1)
            mib = f"{f.largest / MIB:6.1f} MiB / {f.together / MIB:6.1f} MiB"
            print(f"  {n:>7,} jobs: {mib}, {f.median:.2f} s")
            figures.append(f)  # fmt: skip
    shutil.rmtree(out, ignore_errors=True)
    if args.json:
        data = [
            {"label": f.label, "walls": f.walls, "median": f.median,
             "largest_rss": f.largest, "all_rss": f.together}
            for f in figures
        ]  # fmt: skip
        args.json.write_text(json.dumps({"machine": machine(), "figures": data}, indent=2))


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    main()
