"""Record what jobconv makes of each real feed in ``../shared/feeds``.

Writes ``tests/real_feeds/NAME.yaml`` per feed: the dialect it is read as,
its jobs, ``validate``'s exit code and findings by code, and how many jobs
each target publishes. ``tests/cli/test_real_feed_corpus.py`` checks them.
Run it on purpose only, when a change means to alter a verdict, and read
the diff: each changed count is a change in what users get. A file's
``teaches:`` (what the feed taught jobconv, written by hand) is kept.

    .venv/bin/python tests/real_feeds/record.py
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1].parent / "shared"
FEEDS = SHARED / "feeds"
#: After every expiry date in the Recruityard feeds (2025-07-04 ... 2025-08-17).
TODAY = date(2026, 1, 1)


def targets() -> list[str]:
    from converter.writers.targets import targets as known

    return sorted(known())


def validated(feed: Path) -> dict:
    """What ``jobconv validate`` (the real CLI, a user's defaults) says of ``feed``."""
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "converter",
            "validate",
            "--format",
            "json",
            "--isolated",
            "--today",
            TODAY.isoformat(),
            str(feed),
        ],
        capture_output=True,
        timeout=300,
    )
    report = json.loads(proc.stdout)
    summary = report["summary"]
    return {
        "dialect": ", ".join(sorted(summary["dialects"])),
        "jobs": summary["jobs"],
        "exit": proc.returncode,
        "findings": dict(sorted(Counter(d["code"] for d in report["diagnostics"]).items())),
    }


def published(feed: Path) -> dict[str, int]:
    """How many of the feed's jobs each target publishes (jobs not held back)."""
    from converter import Pipeline, Rendering

    found = {}
    for target in targets():
        pipeline = Pipeline(today=TODAY, rendering=Rendering.of(target))
        results = pipeline.results([str(feed)])
        found[target] = sum(1 for r in results if r.is_job and not r.held)
    return found


def expectation(feed: Path) -> dict:
    return {"feed": feed.name, "today": TODAY, **validated(feed), "published": published(feed)}


class _Dumper(yaml.SafeDumper):
    """Text of several lines as a block (``teaches: |``), to read and edit."""


_Dumper.add_representer(
    str,
    lambda dumper, text: dumper.represent_scalar(
        "tag:yaml.org,2002:str", text, style="|" if "\n" in text else None
    ),
)


def main() -> None:
    for feed in sorted(FEEDS.glob("*.xml")):
        path = HERE / f"{feed.stem}.yaml"
        old = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
        data = {**expectation(feed), "teaches": old.get("teaches", "(what this feed teaches)\n")}
        text = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=96)
        header = (
            f"# What jobconv makes of ../shared/feeds/{feed.name} (NOTICE.md there says where\n"
            "# it is from). Checked by tests/cli/test_real_feed_corpus.py; recorded by\n"
            "# tests/real_feeds/record.py, on purpose only.\n"
        )
        path.write_text(header + text, encoding="utf-8")
        print(f"{path.relative_to(HERE.parents[1])}: {data['jobs']} jobs as {data['dialect']}")


if __name__ == "__main__":
    main()
