"""Shared helpers: paths, feed builders, jobconv run in process or installed, ../shared."""

from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_ba77970a5e261942.txt"

if os.environ.get("JOBCONV_REQUIRE_SHARED") and not SHARED.is_dir():
    raise RuntimeError(f"JOBCONV_REQUIRE_SHARED is set but {SHARED} is missing")

#: Hypothesis profiles: "default", quick (a few examples a property, for the
#: edit-and-run loop); "ci", thorough (HYPOTHESIS_PROFILE=ci, as .ci/run sets
#: it): each property as many examples as its test asks for (``examples``).
QUICK_EXAMPLES = 20
settings.register_profile("default", max_examples=QUICK_EXAMPLES, deadline=None)
settings.register_profile("ci", max_examples=100, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def examples(thorough: int) -> int:
    """A property's number of examples: ``thorough`` in the ci profile, at
    most the quick profile's otherwise."""
    if settings.get_current_profile_name() == "ci":
        return thorough
    return min(thorough, settings.default.max_examples)


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
    env: dict[str, str | None] | None = None,
    process: bool = False,
) -> subprocess.CompletedProcess:
    """Run ``jobconv ARGS``: its exit code and its stdout and stderr, as bytes.

    In this process by default (``converter.cli.main``, under click's
    CliRunner isolation): ``stdin`` is its standard input, ``cwd`` its working
    directory, ``env`` changes the environment (None unsets a name; NO_COLOR is
    set unless ``env`` says otherwise). An exception that escapes ``main`` (a
    traceback from a real process) fails the test; one ``main`` catches is its
    exit 3 and "internal error" message, as in a process. ``process=True`` starts the
    installed console script instead, for what only a process shows: signals,
    a terminal, start-up, what is read once at import. ``aged=True`` leaves
    --max-age to the command line and configuration as a user's run would (see
    ``undated``)."""
    argv = list(args) if aged else undated(args)
    changes = {"NO_COLOR": "1", **(env or {})}
    if process:
        environ = {**os.environ, **changes}
        return subprocess.run(
            [*jobconv_command(), *argv],
            input=stdin,
            capture_output=True,
            cwd=cwd,
            env={k: v for k, v in environ.items() if v is not None},
            timeout=120,
        )
    return _in_process(argv, stdin, cwd, changes)


class _PipeClosedInProcess(AssertionError):
    """A closed output pipe ends jobconv with SIGPIPE, which would end pytest too."""


def _no_sigpipe() -> int:
    raise _PipeClosedInProcess(
        "the output pipe closed: run jobconv with run_cli(..., process=True)"
    )


def _in_process(
    argv: list[str], stdin: bytes | None, cwd: Path | None, changes: dict[str, str | None]
) -> subprocess.CompletedProcess:
    from click import formatting
    from click.testing import CliRunner

    import converter.cli

    columns = changes.get("COLUMNS", os.environ.get("COLUMNS"))
    width = int(columns) if columns and columns.isdigit() else 80
    saved, die_of_sigpipe = _ProcessState(), converter.cli._die_of_sigpipe
    code: int = 0
    try:
        with CliRunner().isolation(input=_pipe(stdin or b""), env=changes) as (out, err, _):
            # What click's help wraps at when stdout is a pipe (isolation says 80).
            formatting.FORCED_WIDTH = max(min(width, 80) - 2, 50)
            if cwd is not None:
                os.chdir(cwd)
            try:
                converter.cli._die_of_sigpipe = _no_sigpipe
                converter.cli.main(argv)
            except SystemExit as exc:
                code = _exit_code(exc.code)
            finally:
                converter.cli._die_of_sigpipe = die_of_sigpipe
                sys.stdout.flush()
                sys.stderr.flush()
            stdout, stderr = out.getvalue(), err.getvalue()
    finally:
        saved.restore()
    return subprocess.CompletedProcess(["jobconv", *argv], code, stdout, stderr)


class _PipeReader(io.RawIOBase):
    """Bytes read as from a pipe: once, and no seeking back (a process's stdin)."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        return self._data.readinto(buffer)


def _pipe(data: bytes) -> io.BufferedReader:
    return io.BufferedReader(_PipeReader(data))


def _exit_code(code: object) -> int:
    """The exit status a process given ``sys.exit(code)`` ends with."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    sys.stderr.write(f"{code}\n")
    return 1


class _ProcessState:
    """What a run of jobconv in this process changes that a process of its
    own would take with it when it ends: the working directory, the
    environment, signal handlers, and the dialect files it read (with the
    caches built on them)."""

    SIGNALS = tuple(
        getattr(signal, n) for n in ("SIGTERM", "SIGINT", "SIGPIPE") if hasattr(signal, n)
    )

    def __init__(self) -> None:
        self.cwd = os.getcwd()
        self.environ = dict(os.environ)
        self.handlers = {s: signal.getsignal(s) for s in self.SIGNALS}
        self.users = dict(_user_dialects())

    def restore(self) -> None:
        os.chdir(self.cwd)
        if dict(os.environ) != self.environ:
            os.environ.clear()
            os.environ.update(self.environ)
        for number, handler in self.handlers.items():
            if signal.getsignal(number) is not handler:
                signal.signal(number, handler)
        users = _user_dialects()
        if users != self.users:
            users.clear()
            users.update(self.users)
            forget_dialects()


def _user_dialects() -> dict:
    """converter.feed.dialects._USERS: the dialect files read in this process."""
    module = sys.modules.get("converter.feed.dialects")
    return getattr(module, "_USERS", {}) if module is not None else {}


def forget_dialects() -> None:
    """Drop what was built on the known dialects (their list, XSDs compiled
    for them, the targets of the boards'): after the dialect files a run read
    are forgotten, nothing it learnt from them is left to the next run."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("converter.") or module is None:
            continue
        for value in list(vars(module).values()):
            if callable(getattr(value, "cache_clear", None)) and hasattr(value, "cache_info"):
                value.cache_clear()
        for attr in ("_engines", "_MADE"):
            found = getattr(module, attr, None)
            if isinstance(found, dict):
                found.clear()


@pytest.fixture(autouse=True)
def _isolated_process_state():
    """Each test starts with the process state the one before it found: the
    working directory, the environment, signal handlers, no user dialects
    (run_cli restores them after every run; this catches a test's own calls)."""
    saved = _ProcessState()
    yield
    saved.restore()


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
