"""Record what jobconv says and writes for every bundled and shared feed.

A refactoring's check that behaviour is unchanged: run this before and after
(for an older commit, with the Python of a venv made in its worktree),
then ``diff -r BEFORE AFTER``. For each feed of ``fixtures/``, the seeds and
the shared real feeds, it keeps validate's JSON report and text, each
target's output and findings, the report's JSON, and every exit code::

    python tools/snapshot.py /tmp/after [--shared ../shared]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = (
    "jsonld",
    "hropen",
    "csv",
    "yubhub",
    "careerjet",
    "indeed",
    "jobrapido",
    "jooble",
    "linkedin",
    "trovit",
    "ziprecruiter",
)
COMMON = ("--isolated", "--today", "2026-01-01")


def feeds(shared: Path) -> list[Path]:
    """Every feed file: fixtures (xml, txt, gz), the seeds, the shared feeds."""
    found = [
        p
        for p in sorted((ROOT / "fixtures").rglob("*"))
        if p.is_file() and p.suffix in {".xml", ".txt", ".gz"}
    ]
    found += sorted((shared / "seeds").glob("*"))
    found += sorted((shared / "feeds").glob("*.xml"))
    return found


def runs(feed: Path) -> list[tuple[str, list[str]]]:
    """The commands to record for ``feed``: a name and the CLI arguments."""
    path = str(feed)
    out = [
        ("validate.json", ["validate", *COMMON, "--format", "json", path]),
        ("validate.txt", ["validate", *COMMON, path]),
        ("report.json", ["report", *COMMON, "--format", "json", path]),
    ]
    out += [(f"to-{t}", ["convert", "--to", t, *COMMON, path]) for t in TARGETS]
    return out


def record(feed: Path, name: str, args: list[str], into: Path) -> None:
    into.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        # -P and another folder: the converter of this interpreter, not one in the cwd.
        [sys.executable, "-P", "-m", "converter", *args],
        capture_output=True,
        cwd=into.parent,
        timeout=600,
    )
    into.mkdir(parents=True, exist_ok=True)
    (into / f"{name}.out").write_bytes(done.stdout)
    (into / f"{name}.err").write_bytes(done.stderr)
    (into / f"{name}.rc").write_text(f"{done.returncode}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("into", type=Path)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    jobs = []
    for feed in feeds(args.shared):
        label = str(feed.relative_to(feed.parents[1])).replace("/", "__")
        jobs += [(feed, name, cli, args.into / label) for name, cli in runs(feed)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(lambda job: record(*job), jobs))
    print(f"{len(jobs)} runs recorded in {args.into}")


if __name__ == "__main__":
    main()
