"""One C001 per job, the pre-commit hooks on feeds of any
name, baselines from any folder, the library API (py.typed, the CLI's
defaults, per-call tallies, README coverage) and FORCE_COLOR."""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import os
import pty
import re
import shutil
import subprocess
import sys
import threading
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

import converter
from converter import Converter, Pipeline, Validator
from converter.lint.baseline import Baseline
from converter.pipeline.pool import cpu_count

from ..conftest import (
    FIXTURES,
    ROOT,
    SEED,
    feed_xml,
    good,
    jobconv_command,
    requires_shared,
    run_cli,
    undated,
)

SAMPLE = FIXTURES / "sample.xml"
EMPTY_PAY = {"Compensationcurrency": "", "Compensationmin": "", "Compensationmax": ""}
ALL_THREE = "Compensationcurrency, Compensationmin and Compensationmax are empty"
FINDING = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]\d{3}) ", re.M)


def findings(proc: subprocess.CompletedProcess) -> list[re.Match[str]]:
    return list(FINDING.finditer(proc.stdout.decode()))


def line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


# -- 1. C001: one finding per job, naming the empty fields ---------------------------


def test_c001_once_per_job_on_a_50_job_feed(tmp_path: Path) -> None:
    jobs = [
        good(externalid=f"j{i}", Salaryrange="$60,000 - $80,000", **EMPTY_PAY) for i in range(50)
    ]
    (tmp_path / "feed.xml").write_text(feed_xml(*jobs))
    proc = run_cli("validate", "--select", "C001", "feed.xml", cwd=tmp_path)
    found = findings(proc)
    assert len(found) == 50 and len({m["line"] for m in found}) == 50
    assert proc.stdout.decode().count(ALL_THREE) == 50
    assert b"0 errors and 50 warnings (1 file read as yubhub, 50 jobs)" in proc.stderr


def test_c001_sits_at_the_first_empty_element_and_names_only_the_empty_ones(
    tmp_path: Path,
) -> None:
    # Compensationmax comes first in this job; the currency is given.
    fields = {k: v for k, v in good(Salaryrange="Competitive").items() if k != "Compensationmax"}
    job = {"Compensationmax": "", **fields, "Compensationmin": ""}
    text = feed_xml(job)
    (tmp_path / "feed.xml").write_text(text)
    (found,) = findings(run_cli("validate", "--select", "C001", "feed.xml", cwd=tmp_path))
    assert int(found["line"]) == line_of(text, "<Compensationmax>")
    message = found.string[found.end() :].splitlines()[0]
    assert "Compensationmin and Compensationmax are empty;" in message
    assert "Compensationcurrency" not in message and "holds no figure" in message
    # One empty element: "is", not "are".
    alone = good(Compensationcurrency=None, Compensationmax=None, Compensationmin="")
    (tmp_path / "one.xml").write_text(feed_xml(alone))
    one = run_cli("validate", "--select", "C001", "one.xml", cwd=tmp_path).stdout.decode()
    assert one.count(" C001 ") == 1 and "Compensationmin is empty;" in one


def test_c001_in_a_boards_terms_and_the_other_cases_unchanged(tmp_path: Path) -> None:
    adzuna = (
        "<jobs>\n<job>\n<id>1</id>\n<title>Cook</title>\n<company>A</company>\n"
        "<url>https://a.example/1</url>\n<salary_max></salary_max>\n"
        "<salary_currency></salary_currency>\n<salary_min></salary_min>\n"
        "<salary>£20,000 - £25,000 per year</salary>\n<country>GB</country>\n</job>\n</jobs>\n"
    )
    (tmp_path / "adzuna.xml").write_text(adzuna)
    (found,) = findings(run_cli("validate", "--select", "C001", "adzuna.xml", cwd=tmp_path))
    assert int(found["line"]) == line_of(adzuna, "<salary_max>")
    assert "salary_currency, salary_min and salary_max are empty; salary holds" in found.string
    # Amounts without a currency: one finding, at the currency, as before.
    (tmp_path / "nocur.xml").write_text(feed_xml(good(Compensationcurrency="")))
    out = run_cli("validate", "--select", "C001", "nocur.xml", cwd=tmp_path).stdout.decode()
    assert out.count(" C001 ") == 1 and "Compensationcurrency is empty: the amounts" in out


# -- 2. pre-commit: feeds of any name, one summary a run ------------------------------


def _git(cwd: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-c", "user.email=t@example.com", "-c", "user.name=t", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()


def _hooks_repository(into: Path) -> str:
    """A committed copy of this working tree (the hooks as they are now, new
    files included: try-repo leaves untracked ones out); its commit."""
    listed = _git(ROOT, "ls-files", "-co", "--exclude-standard", "-z").split("\0")
    for name in filter(None, listed):
        if (ROOT / name).is_file():
            (into / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, into / name)
    _git(into, "init", "-q")
    _git(into, "add", "-A")
    _git(into, "commit", "-q", "-m", "hooks")
    return _git(into, "rev-parse", "HEAD")


@pytest.mark.slow
@requires_shared
def test_real_pre_commit_on_txt_feeds_through_the_files_override(tmp_path: Path) -> None:
    if shutil.which("git") is None:
        pytest.fail("git is needed for the pre-commit test")
    hooks = tmp_path / "hooks"
    rev = _hooks_repository(hooks)
    repo = tmp_path / "feeds"
    (repo / "feeds").mkdir(parents=True)
    _git(repo, "init", "-q")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}

    def run(override: str) -> subprocess.CompletedProcess:
        (repo / ".pre-commit-config.yaml").write_text(
            f"repos:\n  - repo: {hooks}\n    rev: {rev}\n    hooks:\n"
            f"      - id: jobconv-validate\n{override}"
        )
        _git(repo, "add", "-A")
        return subprocess.run(
            [str(Path(sys.executable).parent / "pre-commit"), "run", "--all-files", "--verbose"],
            cwd=repo,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
        )

    seed = SEED.read_bytes()
    (repo / "feeds" / "seed1.txt").write_bytes(seed)
    (repo / "feeds" / "seed2.txt").write_bytes(seed[: len(seed) // 2])  # truncated
    skipped = run("")
    assert skipped.returncode == 0 and "no files to check" in skipped.stdout, skipped.stdout
    override = "        files: ^feeds/.*\\.(xml|txt)$\n"
    failed = run(override)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert re.search(r"^feeds/seed2\.txt:\d+:\d+: X001 ", failed.stdout, re.M), failed.stdout
    assert "(2 files read as yubhub, " in failed.stdout  # both feeds, one call
    # 32 feeds: one call, so one summary (jobconv spreads them over its processes).
    (repo / "feeds" / "seed2.txt").write_bytes(seed)
    for n in range(3, 33):
        (repo / "feeds" / f"seed{n}.txt").write_bytes(seed)
    many = run(override)
    assert many.returncode == 0, many.stdout + many.stderr
    summaries = re.findall(r"^(?:All checks passed|Found) .*$", many.stdout, re.M)
    assert len(summaries) == 1 and "(32 files read as yubhub, 32 jobs)" in summaries[0], many.stdout
    # The hook's environment is a real install: the type hints ship with it.
    installed = list((tmp_path / "cache").glob("repo*/py_env-*/lib/python*/site-packages"))
    assert installed and (installed[0] / "converter" / "py.typed").is_file()


# -- 3. baselines: relative to the baseline file, from any folder --------------------


def _feeds(folder: Path) -> None:
    folder.mkdir()
    (folder / "feed.xml").write_text(
        feed_xml(good(externalid="a", Country="", Location="Leeds, UK"), good(externalid="b"))
    )


def _stored(baseline: Path) -> set[str]:
    return {f["file"] for f in json.loads(baseline.read_text())["findings"]}


def test_baseline_written_inside_a_folder_matches_from_its_parent(tmp_path: Path) -> None:
    _feeds(tmp_path / "h")
    written = run_cli("validate", "--write-baseline", "base.json", "feed.xml", cwd=tmp_path / "h")
    assert written.returncode == 0 and _stored(tmp_path / "h" / "base.json") == {"feed.xml"}
    assert json.loads((tmp_path / "h" / "base.json").read_text())["version"] == 2
    plain = run_cli("validate", "h/feed.xml", cwd=tmp_path)
    assert b" L001 " in plain.stdout
    for cwd, base, feed in (
        (tmp_path, "h/base.json", "h/feed.xml"),
        (tmp_path / "h", "base.json", "feed.xml"),
        (tmp_path / "h", str(tmp_path / "h" / "base.json"), str(tmp_path / "h" / "feed.xml")),
    ):
        proc = run_cli("validate", "--baseline", base, feed, cwd=cwd)
        assert proc.stdout == b"" and proc.returncode == 0, (cwd, proc.stdout)
    # And a converter with it, from the parent: the job is not held back.
    converted = run_cli("to-csv", "--baseline", "h/base.json", "h/feed.xml", cwd=tmp_path)
    assert converted.returncode == 0 and b"held back 0" in converted.stderr


def test_baseline_written_from_the_parent_matches_inside_the_folder(tmp_path: Path) -> None:
    _feeds(tmp_path / "h")
    run_cli("validate", "--write-baseline", "h/base.json", "h/feed.xml", cwd=tmp_path)
    assert _stored(tmp_path / "h" / "base.json") == {"feed.xml"}
    inside = run_cli("validate", "--baseline", "base.json", "feed.xml", cwd=tmp_path / "h")
    assert inside.stdout == b""
    # A new finding is still new, wherever the run is.
    (tmp_path / "h" / "feed.xml").write_text(
        feed_xml(
            good(externalid="a", Country="", Location="Leeds, UK"),
            good(externalid="b", Country="", Location="Leeds, UK"),
        )
    )
    again = run_cli("validate", "--baseline", "base.json", "feed.xml", cwd=tmp_path / "h")
    assert len(findings(again)) == 1 and again.returncode == 0


def test_baseline_keeps_stdin_and_urls_as_they_are(tmp_path: Path) -> None:
    _feeds(tmp_path / "h")
    (tmp_path / "elsewhere").mkdir()
    with _serving(tmp_path / "h") as url:
        feed_url = f"{url}/feed.xml"
        stdin = (tmp_path / "h" / "feed.xml").read_bytes()
        run_cli(
            "validate", "--write-baseline", "h/base.json", feed_url, "-", stdin=stdin, cwd=tmp_path
        )
        assert _stored(tmp_path / "h" / "base.json") == {feed_url, "<stdin>"}
        proc = run_cli(
            "validate", "--baseline", "../h/base.json", feed_url, "-", stdin=stdin,
            cwd=tmp_path / "elsewhere",
        )  # fmt: skip
        assert proc.stdout == b"" and b"(2 files read as yubhub, 4 jobs)" in proc.stderr


def test_version_1_baselines_still_read_from_the_working_directory(tmp_path: Path) -> None:
    _feeds(tmp_path / "h")
    # Version 1 stored the path as given, from where the run was: h/feed.xml.
    old = {"version": 1, "findings": [{"file": "h/feed.xml", "job_id": "a", "code": "L001"}]}
    old["findings"][0]["count"] = 1
    (tmp_path / "h" / "old.json").write_text(json.dumps(old))
    proc = run_cli("validate", "--baseline", "h/old.json", "h/feed.xml", cwd=tmp_path)
    assert proc.stdout == b"" and proc.returncode == 0
    (tmp_path / "h" / "bad.json").write_text('{"version": 3, "findings": []}')
    bad = run_cli("validate", "--baseline", "h/bad.json", "h/feed.xml", cwd=tmp_path)
    assert bad.returncode == 2 and b"version 1 or 2" in bad.stderr


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def _serving(folder: Path) -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 serving ``folder``; its base URL."""
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


# -- 4. the library: py.typed, the CLI's defaults, per-call tallies, README ---------


def test_py_typed_ships_in_the_package() -> None:
    assert (ROOT / "converter" / "py.typed").is_file()
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert "py.typed" in setuptools["package-data"]["converter"]


def test_validator_and_converter_default_to_the_clis_processes() -> None:
    from converter.cli import cli
    from converter.pipeline.config import RunConfig

    for name in ("validate", "to-csv"):  # -j's default, 0: one per CPU
        (jobs,) = [p for p in cli.commands[name].params if p.name == "jobs"]
        assert jobs.default == RunConfig().jobs == 0
    assert Validator().processes == Pipeline().processes == cpu_count()
    assert Converter("csv").pipeline.processes == cpu_count()
    # The same function as the CLI's: one per CPU this process may run on.
    code = (
        "import os; os.sched_setaffinity(0, {min(os.sched_getaffinity(0))});"
        "from converter import Converter, Validator;"
        "print(Validator().processes, Converter('jsonld').pipeline.processes)"
    )
    if hasattr(os, "sched_setaffinity"):
        pinned = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert pinned.stdout.split() == ["1", "1"], pinned.stderr


@pytest.mark.parametrize(
    ("command", "target", "form"),
    [("to-csv", "csv", None), ("to-jsonld", "jsonld", "jsonl"), ("to-indeed", "indeed", None)],
)
def test_converter_writes_what_the_command_writes(
    tmp_path: Path, command: str, target: str, form: str | None
) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text(feed_xml(good(externalid="x"), good(externalid="y", Title="")))
    options = ["--format", form] if form else []
    cli = run_cli(command, *options, "-o", "cli.out", str(SAMPLE), "bad.xml", cwd=tmp_path)
    found: list[list[converter.Diagnostic]] = []
    library = Converter(target, form, max_age=0)  # the feed's dates age
    outcome = library.convert([SAMPLE, bad], tmp_path / "lib.out", report=found.append)
    assert (tmp_path / "lib.out").read_bytes() == (tmp_path / "cli.out").read_bytes()
    assert (outcome.written, outcome.held, outcome.published) == (5, 1, True)
    assert cli.returncode == 1 and b"held back 1" in cli.stderr
    errors = [d for group in found for d in group if d.severity is converter.Severity.ERROR]
    assert {d.job_id for d in errors} == {"y"} and library.tally.held == 1


def test_converter_per_file_is_out_dir_and_refuses_its_input(tmp_path: Path) -> None:
    run_cli("to-jsonld", "--out-dir", "cli", str(SAMPLE), cwd=tmp_path)
    Converter("jsonld", per_file=True).convert(SAMPLE, tmp_path / "lib")
    cli = {p.name: p.read_bytes() for p in (tmp_path / "cli").iterdir()}
    assert cli and cli == {p.name: p.read_bytes() for p in (tmp_path / "lib").iterdir()}
    feed = tmp_path / "feed.xml"
    feed.write_bytes(SAMPLE.read_bytes())
    with pytest.raises(converter.outputs.OutputRefused):
        Converter("csv").convert(feed, feed)
    assert feed.read_bytes() == SAMPLE.read_bytes()


def test_tally_counts_only_the_last_call(tmp_path: Path) -> None:
    two = tmp_path / "two.xml"
    two.write_text(feed_xml(good(externalid="a", Title=""), good(externalid="b")))
    pipeline = Pipeline(max_age=0)  # the feeds' fixed dates age with the calendar
    calls = {
        "check_path": lambda p: list(pipeline.check_path(p)),
        "results": lambda p: list(pipeline.results([p])),
        "check_stream": lambda p: list(pipeline.check_stream(p.open("rb"), p.name)),
        "results_of_stream": lambda p: list(pipeline.results_of_stream(p.open("rb"), p.name)),
    }
    for name, call in calls.items():
        for path, jobs, errors, warnings in ((SAMPLE, 4, 0, 3), (two, 2, 1, 0), (two, 2, 1, 0)):
            call(path)
            tally = pipeline.tally
            assert (tally.files, tally.jobs, tally.errors, tally.warnings) == (
                1,
                jobs,
                errors,
                warnings,
            ), name
    converting = Converter("csv")
    for _ in range(2):
        converting.convert(two, tmp_path / "out.csv")
        assert (converting.tally.jobs, converting.tally.held) == (2, 1)


def test_a_baseline_absorbs_in_every_call_not_only_the_first(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(SAMPLE.read_bytes())
    run_cli("validate", "--write-baseline", "base.json", "feed.xml", cwd=tmp_path)
    pipeline = Pipeline(baseline=Baseline.load(tmp_path / "base.json"))
    for _ in range(3):
        assert list(pipeline.check_path(feed)) == [] and pipeline.tally.jobs == 4


def test_the_api_page_names_every_public_name() -> None:
    """Fails until docs/api.md, which the README links, covers converter.__all__."""
    assert "(docs/api.md)" in (ROOT / "README.md").read_text(encoding="utf-8")
    page = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    exports = page.split("## What `converter.__all__` exports", 1)[1].split("\n## ", 1)[0]
    missing = [n for n in converter.__all__ if not re.search(rf"\b{re.escape(n)}\b", exports)]
    assert not missing, f"docs/api.md's exports section does not name {missing}"


# -- 5. colour: --color, then NO_COLOR, then FORCE_COLOR, then a terminal -----------


def _env(**set_: str) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    return {**clean, "TERM": "xterm", **set_}


def _piped(*args: str, **env: str) -> subprocess.CompletedProcess:
    return run_cli(*args, env={"NO_COLOR": None, "FORCE_COLOR": None, "TERM": "xterm", **env})


def _in_a_terminal(*args: str, stream: str = "stdout", **env: str) -> bytes:
    """What jobconv writes to ``stream`` when that is a real pseudo-terminal."""
    master, slave = pty.openpty()
    streams = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, stream: slave}
    proc = subprocess.Popen(
        [*jobconv_command(), *undated(args)], stdin=subprocess.DEVNULL, env=_env(**env), **streams
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the last writer closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    proc.wait(timeout=60)
    return b"".join(chunks)


ESC = b"\x1b["


def test_force_color_colours_a_pipe_unless_no_color_or_never() -> None:
    args = ("validate", str(SAMPLE))
    assert ESC not in _piped(*args).stdout
    assert ESC in _piped(*args, FORCE_COLOR="1").stdout
    assert ESC in _piped(*args, FORCE_COLOR="0").stdout  # any non-empty value
    assert ESC not in _piped(*args, FORCE_COLOR="").stdout
    assert ESC not in _piped(*args, FORCE_COLOR="1", NO_COLOR="1").stdout  # NO_COLOR wins
    assert ESC not in _piped("validate", "--color", "never", str(SAMPLE), FORCE_COLOR="1").stdout
    assert ESC in _piped("validate", "--color", "always", str(SAMPLE), NO_COLOR="1").stdout
    # Converters colour their findings on stderr the same way.
    assert ESC in _piped("to-csv", str(SAMPLE), FORCE_COLOR="1").stderr
    assert ESC not in _piped("to-csv", str(SAMPLE), FORCE_COLOR="1").stdout  # the CSV


def test_force_color_leaves_a_report_file_plain(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    _piped("validate", "--output-file", str(report), str(SAMPLE), FORCE_COLOR="1")
    assert b" C001 " in report.read_bytes() and ESC not in report.read_bytes()
    _piped("validate", "--color", "always", "--output-file", str(report), str(SAMPLE))
    assert ESC in report.read_bytes()


def test_colour_in_a_real_terminal() -> None:
    args = ("validate", str(SAMPLE))
    assert ESC in _in_a_terminal(*args)
    assert ESC in _in_a_terminal(*args, NO_COLOR="")  # empty: as if unset
    plain = _in_a_terminal(*args, NO_COLOR="1", FORCE_COLOR="1")
    assert ESC not in plain and b" C001 " in plain
    assert ESC not in _in_a_terminal("validate", "--color", "never", str(SAMPLE))
    assert ESC in _in_a_terminal("to-csv", str(SAMPLE), stream="stderr")
