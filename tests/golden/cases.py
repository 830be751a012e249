"""What the golden-output test runs, and how its record was made.

The speed work on reading (an XSD-only path, cheaper per-job work) was to
change no output: every command must still print what it printed before. ``record.py`` ran these
cases with the code before that work and saved what each printed
(``fixtures.json``: the whole text; ``generated.json``: a SHA-256 of the
output of a generated 2,000-job feed, too large to keep). The test runs them
again with the code of today and compares.

Run ``python tests/golden/record.py`` to record again, only when an output is
meant to change (say why in the commit).
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TODAY = ("--today", "2026-01-01")

#: Every fixture feed, as paths relative to the repository (they appear in reports).
FIXTURE_FEEDS = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "fixtures").rglob("*.xml"))

#: Cases over the fixtures: (name, arguments); each ends with the feeds.
FIXTURE_CASES: list[tuple[str, list[str]]] = [
    *[(f"validate-{f}", ["validate", "--format", f, "-j", "1", *TODAY]) for f in (
        "text", "json", "sarif", "junit", "gitlab", "github")],
    ("validate-select-SX", ["validate", "--select", "S,X", "--format", "json", "-j", "1", *TODAY]),
    ("validate-select-SX-text", ["validate", "--select", "S,X", *TODAY]),
    ("validate-select-S", ["validate", "--select", "S", "--format", "json", *TODAY]),
    ("to-jsonld", ["to-jsonld", *TODAY]),
    ("to-jsonld-jsonl", ["to-jsonld", "--format", "jsonl", *TODAY]),
    ("to-hropen", ["to-hropen", *TODAY]),
    ("to-csv", ["to-csv", *TODAY]),
    ("to-indeed", ["to-indeed", *TODAY]),
    ("to-yubhub", ["to-yubhub", *TODAY]),
    ("report-json", ["report", "--format", "json", *TODAY]),
]  # fmt: skip

#: Cases over the generated feed, each with ``-j 1`` and ``-j 2`` (segments).
GENERATED_CASES: list[tuple[str, list[str]]] = [
    ("validate-text", ["validate", *TODAY]),
    ("validate-json", ["validate", "--format", "json", *TODAY]),
    ("validate-select-SX", ["validate", "--select", "S,X", *TODAY]),
    ("validate-select-SX-json", ["validate", "--select", "S,X", "--format", "json", *TODAY]),
    ("to-jsonld", ["to-jsonld", *TODAY]),
    ("to-hropen", ["to-hropen", *TODAY]),
    ("to-csv", ["to-csv", *TODAY]),
]
GENERATED_JOBS = 2000
GENERATED_NAME = "generated.xml"


def generated_feed(folder: Path) -> Path:
    """The benchmark generator's feed of 2,000 jobs, with XSD errors put in
    every few of its first 1,000 jobs (a date in words, an unknown element, a
    missing Title, an amount in words): with ``-j 2`` its first segments have
    errors to place and its last ones are clean, so both of the XSD-only
    path's ways are taken."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from generate import write_feed
    finally:
        sys.path.pop(0)
    path = folder / GENERATED_NAME
    write_feed(GENERATED_JOBS, path, seed=15)
    text = path.read_text(encoding="utf-8")
    count = iter(range(1, 10**6))

    def spoil(m: re.Match[str]) -> str:
        job, n = m.group(), next(count)
        if n > 1000:
            return job
        if n % 37 == 0:
            job = re.sub(r"<Postedate>[^<]*<", "<Postedate>yesterday<", job)
        if n % 53 == 0:
            job = job.replace("<Title>", "<Bonus>yes</Bonus>\n      <Title>", 1)
        if n % 71 == 0:
            job = re.sub(r"\s*<Title>[^<]*</Title>", "", job, count=1)
        if n % 97 == 0:
            job = re.sub(r"<Compensationmin>[^<]*<", "<Compensationmin>lots<", job)
        return job

    path.write_text(re.sub(r"<job>.*?</job>", spoil, text, flags=re.DOTALL), encoding="utf-8")
    return path


def run(command: list[str], args: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    """One case's exit code and standard output, as one text."""
    done = subprocess.run(
        [*command, *args],
        capture_output=True,
        cwd=cwd,
        env={**os.environ, "NO_COLOR": "1", **(env or {})},
        timeout=600,
    )
    return f"exit {done.returncode}\n" + done.stdout.decode("utf-8", "replace")


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
