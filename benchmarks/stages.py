"""Where a worker's time goes: the CPU cost per job of each reading stage.

Usage (from the repository root, in the project's virtualenv)::

    python benchmarks/stages.py                # a generated feed of 4,000 jobs
    python benchmarks/stages.py FEED --rounds 5

Each row adds one stage to the one before and reruns the whole read in this
process (one worker's work, serially): lxml's parse alone, then the reader
(chunks, line window, a job's children), each job's XSD check, the job
model, every lint rule with its findings placed, and, on top of that, each
converter's rendering, each on top of the rules row (not of each other).
Process time, best of ``--rounds``; the column on the right is what the
stage adds. Below 5 rounds a row can move by half on a busy machine. A
benchmark, not a test.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from lxml import etree

from converter.expiry import with_valid_for
from converter.feed.dialects import by_name
from converter.feed.engines import load_engine
from converter.feed.reader import FeedReader
from converter.lint.checks import JobChecks
from converter.lint.rules import RULES
from converter.writers.targets import Rendering


def _parse_only(path: str) -> int:
    n = 0
    for _, job in etree.iterparse(path, tag="job"):
        job.clear(keep_tail=True)
        while job.getprevious() is not None:
            del job.getparent()[0]
        n += 1
    return n


def _reading(path: str, xsd: bool, model: bool, checks=None, render=None) -> Callable[[], int]:
    engine = load_engine("lxml", by_name("yubhub").schema_path) if xsd else None

    def run() -> int:
        n = 0
        with open(path, "rb") as f:
            reader = FeedReader(f, path, engine, model=model)
            for entry in reader:
                if checks is not None:
                    checks.run(entry, reader)
                if render is not None:
                    render(with_valid_for(entry.job, None))
                n += 1
        return n

    return run


def best(run: Callable[[], int], rounds: int) -> float:
    """Microseconds of CPU per job, the best of ``rounds``."""
    found = []
    for _ in range(rounds):
        start = time.process_time()
        jobs = run()
        found.append((time.process_time() - start) / jobs * 1e6)
    return min(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("feed", nargs="?", type=Path, help="a YubHub feed (default: generated)")
    parser.add_argument("--jobs", type=int, default=4000, help="jobs in the generated feed")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    path = args.feed
    if path is None:
        sys.path.insert(0, str(Path(__file__).parent))
        from generate import write_feed

        path = Path(tempfile.gettempdir()) / "jobconv-bench" / f"feed-{args.jobs}.xml"
        if not path.exists():
            path.parent.mkdir(exist_ok=True)
            write_feed(args.jobs, path)
    feed = str(path)
    checks = JobChecks(list(RULES), date(2026, 1, 1))
    rows = [
        ("lxml's parse alone (iterparse, clearing)", lambda: _parse_only(feed)),
        ("+ reader: chunks, line window, a job's children", _reading(feed, False, False)),
        ("+ each job checked against the XSD", _reading(feed, True, False)),
        ("+ the job model (salary, place, dates...)", _reading(feed, True, True)),
        ("+ every lint rule, findings placed", _reading(feed, True, True, checks)),
    ]
    print(f"feed: {feed}; µs of CPU per job, best of {args.rounds}\n")
    print(f"{'stage':<52} {'total':>7} {'adds':>7}")
    before = 0.0
    for label, run in rows:
        cost = best(run, args.rounds)
        print(f"{label:<52} {cost:>7.1f} {cost - before:>+7.1f}")
        before = cost
    for target in ("jsonld", "hropen", "csv"):  # each on top of the rules
        render = Rendering.of(target, None).renderer()
        cost = best(_reading(feed, True, True, checks, render), args.rounds)
        print(f"{'+ rendered for ' + target:<52} {cost:>7.1f} {cost - before:>+7.1f}")


if __name__ == "__main__":
    main()
