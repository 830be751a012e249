"""Time jobconv against libxml2's own tools on one generated feed, side by side.

Usage (from the repository root, in the project's virtualenv)::

    python benchmarks/run.py                 # 20,000 jobs, 5 interleaved rounds
    python benchmarks/run.py --jobs 5000 --rounds 3
    python benchmarks/run.py --ci            # 2,000 jobs, 3 rounds; never fails on timing
    python benchmarks/run.py --scale         # also: memory at 5,000 vs 100,000 jobs

Rounds are interleaved (round 1 runs every command once, then round 2 runs
every command, ...), so a drift in the machine's load touches every command
alike. Each command runs in a fresh process; the table gives the median wall
time and the min-max spread of the rounds, the median's ratio to
``xmllint --stream --schema`` (libxml2 doing the same XSD work in C), the peak
resident memory of the largest process and of all the command's processes at
once, and the verdict against the targets (docs/performance.md). A last line checks that
jobconv's outputs at the default -j are byte-identical to -j 1's.

Exit status: 0 when every target is met, 1 when one is missed (never with
--ci: a small feed on a shared runner makes timing noise), 2 when a command
fails (an exit code other than 0 or 1), 3 when an output differs from -j 1's.
"""

from __future__ import annotations

import argparse
import filecmp
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
SHARED = ROOT.parent / "shared"
CACHE = Path(tempfile.gettempdir()) / "jobconv-bench"
MIB = 1024 * 1024
RSS_LIMIT = 64 * MIB  # the target for every jobconv process
TODAY = "2026-01-01"  # T002/T003 judge against a fixed day: the same work every run
SELECT_AIM = 0.6  # validate --select S,X aims at 0.6x xmllint on two cores

ITERPARSE = """
import sys
from lxml import etree
for _, job in etree.iterparse(sys.argv[1], tag="job"):
    job.clear(keep_tail=True)
    while job.getprevious() is not None:
        del job.getparent()[0]
"""

#: The script a user would write instead of jobconv: each job's children into a
#: dict, dumped as JSON, no checks and no normalising. The converters' ratio to
#: it is what checking, normalising and sanitising cost on top.
USER_SCRIPT = """
import json, sys
from lxml import etree
with open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write("[")
    first = True
    for _, job in etree.iterparse(sys.argv[1], tag="job"):
        record = {child.tag: (child.text or "").strip() for child in job}
        out.write(("" if first else ",\\n") + json.dumps(record, ensure_ascii=False))
        first = False
        job.clear(keep_tail=True)
        while job.getprevious() is not None:
            del job.getparent()[0]
    out.write("]\\n")
"""


class CommandFailed(Exception):
    """A benchmarked command exited with something other than 0 or 1."""


@dataclass
class Row:
    """One command of the table: its targets, and what its rounds measured."""

    key: str  # stem of the files its stdout, stderr and -o output go to
    label: str
    command: list[str]
    ratio_limit: float | None = None  # times xmllint's median
    seconds_limit: float | None = None
    jobconv: bool = False  # held to every process <= 64 MiB
    on_feed: bool = True  # runs on FEED, so its ratio to xmllint means something
    output: Path | None = None  # its -o file
    twin: Row | None = None  # the same command at -j 1, for the identity check
    versus: Row | None = None  # the row this one's median is held against
    versus_limit: float | None = None  # times versus's median
    first_limit: float | None = None  # the first byte of stdout, as a share of the run
    firsts: list[float] = field(default_factory=list)  # seconds to stdout's first byte
    walls: list[float] = field(default_factory=list)
    largest: int = 0  # bytes, the largest single process
    together: int = 0  # bytes, all the command's processes at the same moment
    code: int = 0  # the last round's exit code

    @property
    def median(self) -> float:
        return statistics.median(self.walls)

    def ratio(self, baseline: Row | None) -> float | None:
        if baseline is None or not self.on_feed or not baseline.walls:
            return None
        return self.median / baseline.median

    def target(self) -> str:
        parts = []
        if self.ratio_limit is not None:
            parts.append(f"<= {self.ratio_limit:.1f}x")
        if self.seconds_limit is not None:
            parts.append(f"<= {self.seconds_limit:.2f} s")
        if self.versus is not None and self.versus_limit is not None:
            parts.append(f"<= {self.versus_limit:.1f}x {self.versus.key}")
        if self.first_limit is not None:
            parts.append(f"first byte <= {self.first_limit:.1f} of the run")
        if self.jobconv:
            parts.append("<= 64 MiB")
        return ", ".join(parts) or "-"

    def misses(self, baseline: Row | None) -> list[str]:
        """Each target this row missed, with its figure (a ratio without xmllint is none)."""
        missed = []
        ratio = self.ratio(baseline)
        if self.ratio_limit is not None and ratio is not None and ratio > self.ratio_limit:
            missed.append(f"{ratio:.2f}x > {self.ratio_limit:.1f}x")
        if self.seconds_limit is not None and self.median > self.seconds_limit:
            missed.append(f"{self.median:.2f} s > {self.seconds_limit:.2f} s")
        if self.jobconv and self.largest > RSS_LIMIT:
            missed.append(f"{self.largest / MIB:.1f} MiB > 64 MiB")
        versus = self.versus_ratio()
        if versus is not None and self.versus_limit is not None and versus > self.versus_limit:
            missed.append(f"{versus:.2f}x {self.versus.key} > {self.versus_limit:.1f}x")  # type: ignore[union-attr]
        first = self.first_share()
        if first is not None and self.first_limit is not None and first > self.first_limit:
            missed.append(f"first byte at {first:.2f} of the run > {self.first_limit:.1f}")
        return missed

    def versus_ratio(self) -> float | None:
        """This row's median over the median of the row it is held against."""
        if self.versus is None or not self.versus.walls or not self.walls:
            return None
        return self.median / self.versus.median

    def first_share(self) -> float | None:
        """The median time to stdout's first byte, as a share of the median run."""
        if not self.firsts or not self.walls:
            return None
        return statistics.median(self.firsts) / self.median

    def verdict(self, baseline: Row | None) -> str:
        if self.target() == "-":
            return ""
        missed = self.misses(baseline)
        if missed:
            return "MISSED: " + "; ".join(missed)
        if self.ratio_limit is not None and self.ratio(baseline) is None:
            return "no xmllint: ratio not judged"
        return "met"


def jobconv() -> list[str]:
    exe = shutil.which("jobconv", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "converter"]


def child_env() -> dict[str, str]:
    """The environment a user's shell would give: plain output, byte code cached.

    PYTHONDONTWRITEBYTECODE would make every run compile the modules an edit
    left stale, and colour codes would make outputs differ by terminal.
    """
    env = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "FORCE_COLOR")
    }
    env["NO_COLOR"] = "1"
    return env


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


def _copy_timing_first(pipe, out, start: float, first: list[float]) -> None:
    """Copy ``pipe`` into ``out``, noting when its first byte came."""
    while data := os.read(pipe.fileno(), 1 << 16):
        if not first:
            first.append(time.perf_counter() - start)
        out.write(data)


def measure(
    command: list[str], out: Path, err: Path, first: list[float] | None = None
) -> tuple[float, int, int, int]:
    """Run ``command`` once: (wall seconds, largest RSS, summed RSS peak, exit code).
    With ``first``, stdout is a pipe, as a consumer reads it: the seconds to
    its first byte are appended to ``first``."""
    peak = [0, 0]  # largest process, all processes
    done = threading.Event()
    with open(out, "wb") as stdout, open(err, "wb") as stderr:
        start = time.perf_counter()
        piped = first is not None
        proc = subprocess.Popen(
            command, stdout=subprocess.PIPE if piped else stdout, stderr=stderr, env=child_env()
        )
        copier = None
        if piped:
            came: list[float] = []
            copier = threading.Thread(
                target=_copy_timing_first, args=(proc.stdout, stdout, start, came)
            )
            copier.start()

        def poll() -> None:
            while not done.wait(0.01):
                largest, together = _tree_rss(proc.pid)
                peak[0], peak[1] = max(peak[0], largest), max(peak[1], together)

        watcher = threading.Thread(target=poll, daemon=True)
        if sys.platform.startswith("linux"):
            watcher.start()
        _, status, usage = os.wait4(proc.pid, 0)
        if copier is not None:
            copier.join()
            proc.stdout.close()  # type: ignore[union-attr]
            first.extend(came[:1])  # type: ignore[union-attr]
        wall = time.perf_counter() - start
        proc.returncode = code = os.waitstatus_to_exitcode(status)
        done.set()
    if code not in (0, 1):
        tail = err.read_text(errors="replace").splitlines()[-15:]
        raise CommandFailed(
            f"{' '.join(command)}\nexited with {code}; stderr ends:\n" + "\n".join(tail)
        )
    if watcher.is_alive() or peak[0]:
        return wall, peak[0], peak[1], code
    # Elsewhere, wait4's ru_maxrss: the largest of the process and the
    # descendants it waited for (in bytes on macOS). On Linux it would count
    # the forked copy of this script too, so /proc is polled there instead.
    return wall, usage.ru_maxrss, usage.ru_maxrss, code


def run_once(row: Row, out: Path) -> None:
    """One round of ``row``: its stdout and stderr go to files kept for the identity check."""
    wall, largest, together, row.code = measure(
        row.command,
        out / f"{row.key}.out",
        out / f"{row.key}.err",
        row.firsts if row.first_limit is not None else None,
    )
    row.walls.append(wall)
    row.largest = max(row.largest, largest)
    row.together = max(row.together, together)


def interleave(rows: list[Row], rounds: int, out: Path) -> None:
    """Round k runs every row once, starting one row later than round k-1,
    so no command always follows the same neighbour (a large write, say)."""
    for k in range(rounds):
        print(f"round {k + 1}/{rounds} ...", file=sys.stderr, flush=True)
        start = k % len(rows)
        for row in rows[start:] + rows[:start]:
            run_once(row, out)


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


def gzipped(path: Path) -> Path:
    """``path`` gzipped beside it (in the temp folder), made once."""
    import gzip

    packed = path.with_name(path.name + ".gz")
    if not packed.exists() or packed.stat().st_mtime < path.stat().st_mtime:
        partial = packed.with_suffix(".part")
        with open(path, "rb") as f, gzip.open(partial, "wb", compresslevel=6) as g:
            shutil.copyfileobj(f, g, 1 << 20)
        partial.replace(packed)
    return packed


def seeds() -> list[Path]:
    return sorted((SHARED / "seeds").glob("*.txt"))


def cpus() -> int:
    """What jobconv's -j 0 means: the CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def plan(path: Path, j: str, out: Path) -> list[Row]:
    """The table's rows, xmllint (the baseline) first."""
    tool, feed_ = jobconv(), str(path)
    small = {"seconds_limit": 0.20, "on_feed": False}

    def command(words: list[str], jobs: str, output: Path | None) -> list[str]:
        o = ["-o", str(output)] if output else []
        return [*tool, words[0], "-j", jobs, "--today", TODAY, *o, *words[1:]]

    def jc(key: str, label: str, words: list[str], ext: str = "", jobs: str = j,
           twin: bool = False, **kw) -> Row:  # fmt: skip
        output = out / f"{key}.{ext}" if ext else None
        row = Row(key, label, command(words, jobs, output), jobconv=True, output=output, **kw)
        if twin:
            alone = out / f"{key}-j1.{ext}" if ext else None
            row.twin = Row(f"{key}-j1", f"{label} -j 1", command(words, "1", alone), output=alone)
        return row

    validate_j1 = jc("validate-j1", "jobconv validate -j 1", ["validate", feed_], jobs="1")
    validate = jc("validate", "jobconv validate", ["validate", feed_], ratio_limit=2.5)
    validate.twin = validate_j1
    select = ["validate", "--select", "S,X", feed_]
    rows = [
        Row("xmllint", "xmllint --noout --stream --schema",
            ["xmllint", "--noout", "--stream", "--schema", str(XSD), feed_]),
        Row("iterparse", "lxml iterparse, clearing, nothing else",
            [sys.executable, "-c", ITERPARSE, feed_]),
        Row("script", "a user's script: iterparse -> dict -> json",
            [sys.executable, "-c", USER_SCRIPT, feed_, str(out / "script.json")]),
        jc("select", "jobconv validate --select S,X", select, ratio_limit=1.0, twin=True),
        validate,
        validate_j1,
        jc("jsonld", "jobconv to-jsonld -o FILE", ["to-jsonld", feed_], "json",
           ratio_limit=3.0, twin=True),
        jc("hropen", "jobconv to-hropen -o FILE", ["to-hropen", feed_], "json",
           ratio_limit=3.0, twin=True),
        jc("csv", "jobconv to-csv -o FILE", ["to-csv", feed_], "csv", ratio_limit=3.0, twin=True),
        jc("stream", "jobconv to-jsonld --format jsonl | (a pipe)",
           ["to-jsonld", "--format", "jsonl", feed_], first_limit=0.3),
        jc("gzip", "jobconv validate FEED.gz", ["validate", str(gzipped(path))],
           versus=validate, versus_limit=1.3),
        jc("sample", "jobconv validate fixtures/sample.xml", ["validate", str(SAMPLE)], **small),
    ]  # fmt: skip
    for seed in seeds():
        label = f"jobconv validate seed {seed.name}"
        rows.append(jc(f"seed-{seed.stem}", label, ["validate", str(seed)], **small))
    return rows


def _stderr(row: Row, out: Path) -> bytes:
    """``row``'s last stderr, its own -o path (named in the summary) replaced by FILE."""
    data = (out / f"{row.key}.err").read_bytes()
    return data.replace(str(row.output).encode(), b"FILE") if row.output else data


def differences(row: Row, out: Path) -> list[str]:
    """What differs between ``row``'s last round and its -j 1 twin (run once if needed)."""
    twin = row.twin
    assert twin is not None
    if not twin.walls:
        run_once(twin, out)
    diffs = []
    if row.code != twin.code:
        diffs.append(f"exit code {row.code} vs {twin.code}")
    if not filecmp.cmp(out / f"{row.key}.out", out / f"{twin.key}.out", shallow=False):
        diffs.append("stdout")
    if _stderr(row, out) != _stderr(twin, out):
        diffs.append("stderr")
    if row.output and twin.output:
        if not (row.output.exists() and twin.output.exists()):
            diffs.append("-o file missing")
        elif not filecmp.cmp(row.output, twin.output, shallow=False):
            diffs.append("-o file")
    return diffs


def identity(rows: list[Row], out: Path) -> tuple[bool, str]:
    """The sanity line: are the outputs at the default -j those of -j 1?"""
    checked = [r for r in rows if r.twin is not None]
    found = {r.label: differences(r, out) for r in checked}
    bad = [f"{label} ({', '.join(d)})" for label, d in found.items() if d]
    if bad:
        return False, f"outputs identical to -j 1: no: {'; '.join(bad)} differ"
    names = ", ".join(r.label.removeprefix("jobconv ").removesuffix(" -o FILE") for r in checked)
    return True, f"outputs identical to -j 1: yes ({names}: stdout, stderr, -o file, exit code)"


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


def table(rows: list[Row], baseline: Row | None) -> str:
    width = max(len(r.label) for r in rows)
    head = (
        f"{'command':<{width}} {'median s':>8} {'min-max s':>12} {'x xmllint':>9} "
        f"{'RSS MiB':>8} {'all MiB':>8}  {'target':<21} verdict"
    )
    lines = [head, "-" * len(head)]
    for r in rows:
        ratio = r.ratio(baseline)
        spread = f"{min(r.walls):.2f}-{max(r.walls):.2f}"
        lines.append(
            f"{r.label:<{width}} {r.median:>8.2f} {spread:>12} "
            f"{(f'{ratio:.2f}' if ratio is not None else '-'):>9} "
            f"{r.largest / MIB:>8.1f} {r.together / MIB:>8.1f}  {r.target():<21} "
            f"{r.verdict(baseline)}".rstrip()
        )
    return "\n".join(lines)


def notes(rows: list[Row], baseline: Row | None) -> list[str]:
    """The lines under the table: the aim for the XSD-only path, a skipped seed row."""
    lines = []
    select = next(r for r in rows if r.key == "select")
    ratio = select.ratio(baseline)
    if ratio is not None:
        state = "reached" if ratio <= SELECT_AIM else "not yet"
        lines.append(
            f"note: validate --select S,X aims at {SELECT_AIM}x xmllint: {ratio:.2f}x, {state}"
        )
    script = next((r for r in rows if r.key == "script"), None)
    if script is not None and script.walls:
        converters = [r for r in rows if r.key in ("jsonld", "hropen", "csv")]
        costs = [
            f"{r.label.removeprefix('jobconv ').removesuffix(' -o FILE')}"
            f" {r.median / script.median:.2f}x"
            for r in converters
        ]
        lines.append(
            "note: the converters against a user's script (iterparse -> dict -> json.dumps, no"
            f" rules): {', '.join(costs)}: what checking and normalising cost on top"
        )
    for r in rows:
        if (share := r.first_share()) is not None:
            lines.append(
                f"note: {r.label.removeprefix('jobconv ')}: the first byte came after"
                f" {statistics.median(r.firsts):.2f} s of {r.median:.2f} s ({share:.2f} of the run)"
            )
        if (versus := r.versus_ratio()) is not None:
            lines.append(
                f"note: {r.label.removeprefix('jobconv ')} takes {versus:.2f}x"
                f" {r.versus.label.removeprefix('jobconv ')}"  # type: ignore[union-attr]
            )
    if not seeds():
        lines.append(f"note: {SHARED}/seeds is absent: the seed feed's row is skipped")
    if baseline is None:
        lines.append("note: xmllint not found (apt-get install libxml2-utils): no ratios")
    return lines


def warm_up(path: Path, rows: list[Row], out: Path) -> None:
    """Put the feed in the page cache and jobconv's byte code on disk before round 1."""
    with open(path, "rb") as f:
        while f.read(1 << 20):
            pass
    sample = next(r for r in rows if r.key == "sample")
    measure(sample.command, out / "warm.out", out / "warm.err")


def scale(j: str, out: Path) -> list[Row]:
    """Memory of ``validate`` at 5,000 and 100,000 jobs: it should stay nearly flat."""
    print("\nmemory, jobconv validate, largest process / all processes:")
    rows = []
    for n in (5_000, 100_000):
        words = ["validate", "-j", j, "--today", TODAY, str(feed(n))]
        row = Row(f"scale-{n}", f"{n:,} jobs", [*jobconv(), *words], jobconv=True)
        run_once(row, out)
        mib = f"{row.largest / MIB:6.1f} MiB / {row.together / MIB:6.1f} MiB"
        print(f"  {n:>7,} jobs: {mib}, {row.median:.2f} s")
        rows.append(row)
    return rows


def dump(path: Path, rows: list[Row], baseline: Row | None, extra: dict) -> None:
    figures = [
        {"label": r.label, "command": r.command, "walls": r.walls, "median": r.median,
         "min": min(r.walls), "max": max(r.walls), "ratio": r.ratio(baseline),
         "largest_rss": r.largest, "all_rss": r.together, "target": r.target(),
         "verdict": r.verdict(baseline)}
        for r in rows
    ]  # fmt: skip
    path.write_text(json.dumps({"machine": machine(), **extra, "figures": figures}, indent=2))


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, help="jobs in the generated feed (default 20,000)")
    parser.add_argument("--rounds", type=int, help="interleaved rounds (default 5)")
    parser.add_argument("--feed", type=Path, help="use this feed instead of a generated one")
    parser.add_argument(
        "-j", "--processes", type=int, default=0, help="jobconv -j (default: one per CPU)"
    )
    parser.add_argument(
        "--ci", "--small", action="store_true",
        help="2,000 jobs, 3 rounds, and exit 0 whatever the timings (for CI)",
    )  # fmt: skip
    parser.add_argument("--scale", action="store_true", help="memory at 5,000 vs 100,000 jobs")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args()
    args.jobs = args.jobs or (2_000 if args.ci else 20_000)
    args.rounds = args.rounds or (3 if args.ci else 5)
    args.processes = args.processes or cpus()
    return args


def bench(args: argparse.Namespace, out: Path) -> int:
    path = args.feed or feed(args.jobs)
    j = str(args.processes)
    rows = plan(path, j, out)
    if not shutil.which("xmllint"):
        rows = rows[1:]
    baseline = rows[0] if rows[0].key == "xmllint" else None
    jobs = "" if args.feed else f", {args.jobs:,} jobs"
    print(f"machine: {machine()}")
    print(f"feed: {path} ({path.stat().st_size / MIB:.1f} MiB{jobs})")
    print(
        f"rounds: {args.rounds}, interleaved; jobconv runs with -j {j} (but the -j 1 row) and "
        f"--today {TODAY}; each jobconv row's target includes every process <= 64 MiB\n"
    )
    warm_up(path, rows, out)
    interleave(rows, args.rounds, out)
    same, line = identity(rows, out)
    print(table(rows, baseline))
    for note in notes(rows, baseline):
        print(note)
    print(line)
    missed = [f"{r.label} ({'; '.join(r.misses(baseline))})" for r in rows if r.misses(baseline)]
    judged = [r for r in rows if r.target() != "-"]
    met = sum(r.verdict(baseline) == "met" for r in judged)
    print(f"targets met: {met} of {len(judged)}", end="")
    print(" (see the MISSED verdicts)" if missed else "")
    if args.ci:
        print(
            "--ci: 2,000 jobs are too few for the ratios to mean anything (xmllint takes"
            " ~0.06 s, jobconv's start-up ~0.25 s): read the memory and the -j 1 line;"
            " timings never fail the run"
        )
    scaled = scale(j, out) if args.scale else []
    if args.json:
        extra = {"feed": str(path), "rounds": args.rounds, "processes": args.processes,
                 "outputs_identical_to_j1": same, "targets_missed": missed}  # fmt: skip
        dump(args.json, rows + scaled, baseline, extra)
    if not same:
        return 3
    return 1 if missed and not args.ci else 0


def main() -> int:
    args = arguments()
    out = Path(tempfile.mkdtemp(prefix="jobconv-bench-out-"))
    try:
        return bench(args, out)
    except CommandFailed as failure:
        print(f"\nFAILED: {failure}", file=sys.stderr)
        return 2
    finally:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    sys.exit(main())
