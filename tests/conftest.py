"""Shared helpers: paths, feed builders, the installed CLI, ../shared."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_ba77970a5e261942.txt"

if os.environ.get("JOBCONV_REQUIRE_SHARED") and not SHARED.is_dir():
    raise RuntimeError(f"JOBCONV_REQUIRE_SHARED is set but {SHARED} is missing")

#: The real feeds of ../shared/feeds and the dialect each is written in (NOTICE.md there).
REAL_FEEDS = {
    "paretti-pl-indeed.xml": "indeed",
    "recruityard-indeed.xml": "indeed",
    "recruityard-jooble.xml": "jooble",
    "recruityard-careerjet.xml": "careerjet",
    "recruityard-jobrapido.xml": "jobrapido",
    "recruityard-jobatus.xml": "jobatus",
    "surprise-jobs.xml": "jooble",
}

#: The real feeds in ../shared/feeds that are not well-formed XML, and the
#: dialect jobconv reads them in once it has repaired them (X005, X006).
MALFORMED_FEEDS = {
    "wakam-greenhouse-rss.xml": "adzuna in <rss>",
}

requires_shared = pytest.mark.skipif(
    not SHARED.is_dir(),
    reason="../shared (seed feed, HR Open and schema.org references) is not beside this "
    "checkout; CI always has it",
)

#: A job that passes the XSD and every lint rule; tests change one field.
GOOD_JOB: dict[str, str] = {
    "externalid": "job-1",
    "Title": "Line Cook",
    "Description": "<p>Cook lunch for a busy bistro.</p>\n<ul><li>Prep</li><li>Grill</li></ul>",
    "Jobtype": "full-time",
    "Experiencelevel": "mid",
    "Workarrangement": "onsite",
    "Salaryrange": "£28,000 - £32,000 per annum",
    "Skills": "grill, prep",
    "Category": "Hospitality",
    "Industry": "Restaurants",
    "Employername": "The Copper Pan",
    "Employerlogo": "https://logos.example.com/copper.png",
    "Employerdescription": "A bistro by the canal.",
    "Employerwebsite": "https://copperpan.example.com",
    "Compensationcurrency": "GBP",
    "Compensationmin": "28000",
    "Compensationmax": "32000",
    "Applyto": "https://copperpan.example.com/jobs/cook",
    "Location": "Leeds",
    "Country": "United Kingdom",
    "Postedate": "2026-05-01",
}


def job_xml(fields: dict[str, str | None], indent: str = "    ") -> str:
    """One ``<job>``, a field per line; a None value leaves the element out."""
    lines = [f"{indent}<job>"]
    for name, value in fields.items():
        if value is None:
            continue
        if name == "Description" and "]]>" not in value:
            body = f"<![CDATA[{value}]]>"
        else:
            body = escape(value)
        lines.append(f"{indent}  <{name}>{body}</{name}>")
    lines.append(f"{indent}</job>")
    return "\n".join(lines)


def feed_xml(*jobs: dict[str, str | None]) -> str:
    body = "\n".join(job_xml(j) for j in jobs)
    head = '<?xml version="1.0" encoding="UTF-8"?>\n<source>\n  <jobs>\n'
    return f"{head}{body}\n  </jobs>\n</source>\n"


def good(**changes: str | None) -> dict[str, str | None]:
    """GOOD_JOB with some fields changed (None removes one)."""
    return {**GOOD_JOB, **changes}


def jobconv_command() -> list[str]:
    """The installed console script, next to this interpreter."""
    script = Path(sys.executable).parent / "jobconv"
    if script.exists():
        return [str(script)]
    found = shutil.which("jobconv")
    if found:
        return [found]
    pytest.fail("the jobconv console script is not installed; run: pip install -e '.[test]'")


#: Commands that judge staleness (``--max-age``), and every ``to-TARGET``.
AGED = frozenset({"validate", "report", "convert", "diff"})


def undated(args: tuple[str, ...] | list[str]) -> list[str]:
    """``args`` with ``--max-age 0`` unless they give one: these tests' feeds
    carry fixed posting dates, and judged against the real today they would go
    stale as the calendar moves on. Staleness has its own tests
    (test_stale.py), each with its ``--today`` and ``--max-age``."""
    args = list(args)
    if (
        args
        and (args[0] in AGED or args[0].startswith("to-"))
        and not any(a.startswith("--max-age") for a in args)
    ):
        return [args[0], "--max-age", "0", *args[1:]]
    return args


def run_cli(
    *args: str,
    stdin: bytes | None = None,
    cwd: Path | None = None,
    aged: bool = False,
) -> subprocess.CompletedProcess:
    """Run jobconv; ``aged=True`` leaves --max-age to the command line and
    configuration as a user's run would (see ``undated``)."""
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(
        [*jobconv_command(), *(list(args) if aged else undated(args))],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )


@pytest.fixture
def write_feed(tmp_path: Path):
    """Write feed text (str or bytes) to a file and return its path."""

    def write(content: str | bytes, name: str = "feed.xml") -> Path:
        path = tmp_path / name
        if isinstance(content, str):
            content = content.encode("utf-8")
        path.write_bytes(content)
        return path

    return write


def child_pids(pid: int) -> set[int]:
    """The processes ``pid`` started (Linux's /proc), for tests of workers."""
    found: set[int] = set()
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            found |= {int(c) for c in (task / "children").read_text().split()}
    except OSError:
        pass
    return found
