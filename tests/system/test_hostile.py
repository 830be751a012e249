"""Hostile and broken feeds, tried as a user would: every command, through the CLI.

Each feed must give exit 1 and a diagnostic naming the file, the line and
what is wrong, within bounded time and memory, with no traceback, no
request to the network, and no byte of a local file (a secret written for
the test) in any output or message.
"""

from __future__ import annotations

import contextlib
import http.server
import os
import random
import resource
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from ..conftest import child_pids, good, job_xml, jobconv_command, run_cli, undated

SECRET = "TOPSECRET-7f3a9c"
HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
# Seconds, whole process, any command: most take well under 1 s, the 50 MB ones ~9 s
# alone on CI's two cores and twice that under the suite's load; a blow-up takes minutes.
TIME_LIMIT = 60.0
MEMORY_LIMIT = 2 * 1024**3  # address space: a blow-up fails instead of swapping


def feed(jobs: str, head: str = HEAD, doctype: str = "") -> str:
    return f"{head}{doctype}<source>\n  <jobs>\n{jobs}\n  </jobs>\n</source>\n"


def one_job(**changes: str | None) -> str:
    return job_xml(good(**changes))


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).requests.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b'<!ENTITY x "FETCHED">')

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    assert _Recorder.requests == [], "a feed made jobconv fetch a URL"


def _laughs() -> str:
    entities = '<!ENTITY l0 "ha">' + "".join(
        f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10)
    )
    return feed(one_job(Title="&l9;"), doctype=f"<!DOCTYPE source [{entities}]>\n")


# name -> (feed bytes from (secret file, server URL), code expected, words expected)
Case = tuple[Callable[[Path, str], bytes], str, str]
CASES: dict[str, Case] = {
    "external-entity": (
        lambda s, u: feed(
            one_job(Title="&x;"), doctype=f'<!DOCTYPE source [<!ENTITY x SYSTEM "file://{s}">]>\n'
        ).encode(),
        "X002",
        "declares entities",
    ),
    "external-entity-url": (
        lambda s, u: feed(
            one_job(Title="&x;"), doctype=f'<!DOCTYPE source [<!ENTITY x SYSTEM "{u}/e">]>\n'
        ).encode(),
        "X002",
        "declares entities",
    ),
    "billion-laughs": (lambda s, u: _laughs().encode(), "X002", "expand"),
    "quadratic-blowup": (
        lambda s, u: feed(
            one_job(Title="&a;" * 20_000),
            doctype=f'<!DOCTYPE source [<!ENTITY a "{"x" * 100_000}">]>\n',
        ).encode(),
        "X002",
        "expand",
    ),
    "external-dtd": (
        lambda s, u: feed(one_job(), doctype=f'<!DOCTYPE source SYSTEM "{u}/feed.dtd">\n').encode(),
        "X002",
        "external DTD",
    ),
    "public-dtd": (
        lambda s, u: feed(
            one_job(), doctype=f'<!DOCTYPE source PUBLIC "-//X//Feed//EN" "{u}/p.dtd">\n'
        ).encode(),
        "X002",
        "external DTD",
    ),
    "parameter-entity": (
        lambda s, u: feed(
            one_job(), doctype=f'<!DOCTYPE source [<!ENTITY % p SYSTEM "file://{s}"> %p;]>\n'
        ).encode(),
        "X002",
        "declares entities",
    ),
    "xinclude": (
        lambda s, u: feed(
            one_job().replace(
                "</Title>",
                '</Title><xi:include xmlns:xi="http://www.w3.org/2001/XInclude"'
                f' href="file://{s}" parse="text"/><xi:include'
                f' xmlns:xi="http://www.w3.org/2001/XInclude" href="{u}/x"/>',
            )
        ).encode(),
        "S001",
        "not expected",
    ),
    "text-node-50mb": (
        lambda s, u: feed(one_job(Title="y" * (50 * 1024 * 1024))).encode(),
        "X001",
        "Text node too long",
    ),
    "cdata-50mb": (
        lambda s, u: feed(one_job(Description="y" * (50 * 1024 * 1024))).encode(),
        "X001",
        "CData section too big",
    ),
    "nesting-10000-deep": (
        lambda s, u: feed(one_job().replace("<Title>", "<Title>" + "<a>" * 10_000)).encode(),
        "X001",
        "depth",
    ),
    "nul-byte": (lambda s, u: feed(one_job(Title="Cook\x00")).encode(), "X001", "0x0"),
    "invalid-utf8": (
        lambda s, u: feed(one_job(Title="Cook")).encode().replace(b"Cook", b"Co\xff\xfeok"),
        "X001",
        "encoding",
    ),
    "encoding-lies-utf8": (
        lambda s, u: feed(one_job(Title="Zürich")).encode("latin-1"),
        "X001",
        "encoding",
    ),
    "encoding-lies-utf16": (
        lambda s, u: feed(one_job(), head='<?xml version="1.0" encoding="UTF-16"?>\n').encode(),
        "X001",
        "says UTF-16",
    ),
    "utf16-bom": (
        lambda s, u: feed(
            one_job(Title=None), head='<?xml version="1.0" encoding="UTF-16"?>\n'
        ).encode("utf-16"),
        "S001",
        "Missing child",
    ),
    "utf8-bom": (
        lambda s, u: b"\xef\xbb\xbf" + feed(one_job(Title=None)).encode(),
        "S001",
        "Missing child",
    ),
    "empty": (lambda s, u: b"", "X001", "empty"),
    "random-bytes": (
        lambda s, u: bytes(random.Random(7).randrange(256) for _ in range(65_536)),
        "X001",
        "",
    ),
    "cut-inside-cdata": (
        lambda s, u: feed(one_job()).encode()[: feed(one_job()).index("<![CDATA[") + 30],
        "X001",
        "CData",
    ),
}

COMMANDS = {
    "validate": ["validate"],
    "to-jsonld": ["to-jsonld", "--format", "html", "-o", "{out}"],
    "to-hropen": ["to-hropen", "-o", "{out}"],
    "to-csv": ["to-csv", "-o", "{out}"],
    "to-jsonld-stdout": ["to-jsonld", "-j", "2"],
}


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


@contextlib.contextmanager
def _at_most(more: int) -> Iterator[None]:
    """This process's address space capped at ``more`` bytes over what it
    uses now, for a run of jobconv here (_limits' cap, for a process)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    status = Path("/proc/self/status").read_text()
    used = int(status.split("VmSize:", 1)[1].split()[0]) * 1024
    cap = used + more if hard == resource.RLIM_INFINITY else min(used + more, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _hostile_run(args: list[str], in_process: bool) -> subprocess.CompletedProcess:
    """jobconv ARGS with a bare environment, in bounded memory: here, or (the
    50 MB feeds, whose reading takes much of the cap) in a process of its own."""
    if not in_process:
        return subprocess.run(
            [*jobconv_command(), *undated(args)],
            capture_output=True,
            timeout=TIME_LIMIT * 2,
            preexec_fn=_limits,
            env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1"},
        )
    bare = {name: None for name in os.environ} | {"PATH": "/usr/bin:/bin", "NO_COLOR": "1"}
    with _at_most(MEMORY_LIMIT):
        return run_cli(*args, env=bare)


@pytest.fixture(scope="module")
def secret(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("private") / "secret.txt"
    path.write_text(SECRET + "\n")
    return path


#: The 50 MB cases (~9 s each) stop in libxml2, before anything a command
#: does differently: a serial read of each (its own libxml2 limit) and one
#: read in segments by workers (-j 2) say all.
HEAVY = {"text-node-50mb": ("validate", "to-jsonld-stdout"), "cdata-50mb": ("validate",)}


@pytest.mark.parametrize(
    ("case", "command"),
    [(case, command) for case in sorted(CASES) for command in HEAVY.get(case, sorted(COMMANDS))],
)
def test_hostile_feed(tmp_path: Path, secret: Path, server: str, case: str, command: str) -> None:
    build, code, words = CASES[case]
    path = tmp_path / f"{case}.xml"
    path.write_bytes(build(secret, server))
    out = tmp_path / "out" / "result"
    out.parent.mkdir()
    args = [a.replace("{out}", str(out)) for a in COMMANDS[command]]
    start = time.monotonic()
    proc = _hostile_run([*args, str(path)], in_process=case not in HEAVY)
    elapsed = time.monotonic() - start
    stdout = proc.stdout.decode("utf-8", "replace")
    stderr = proc.stderr.decode("utf-8", "replace")
    everything = stdout + stderr
    assert proc.returncode == 1, everything
    assert elapsed < TIME_LIMIT
    assert "Traceback" not in everything
    # The diagnostic: FILE:LINE[:COL]: CODE, and what is wrong.
    lines = [line for line in everything.splitlines() if f" {code} " in line]
    assert lines, everything
    assert lines[0].startswith(f"{path}:") and lines[0][len(str(path)) + 1].isdigit()
    assert words.lower() in lines[0].lower()
    # Nothing of the secret file, in any message or output.
    assert SECRET not in everything
    outputs = [p.read_bytes() for p in out.parent.iterdir()]
    assert all(SECRET.encode() not in data and b"FETCHED" not in data for data in outputs)
    if code in ("X001", "X002") and command != "validate":
        assert outputs == [] and stdout == "", "a broken feed must write nothing"


def test_well_formed_bom_feeds_read_like_plain_utf8(tmp_path: Path, secret: Path) -> None:
    """The BOM cases are not attacks: they must give the plain feed's findings."""
    plain = tmp_path / "plain.xml"
    plain.write_text(feed(one_job(Title=None)), encoding="utf-8")
    results = {}
    for name in ("utf16-bom", "utf8-bom"):
        path = tmp_path / f"{name}.xml"
        path.write_bytes(CASES[name][0](secret, ""))
        proc = run_cli("validate", str(path), aged=True)
        results[name] = [
            (line.split(" ", 1)[1], line.split(":")[1])
            for line in proc.stdout.decode().splitlines()
        ]
    proc = run_cli("validate", str(plain), aged=True)
    expected = [
        (line.split(" ", 1)[1], line.split(":")[1]) for line in proc.stdout.decode().splitlines()
    ]
    assert results["utf8-bom"] == expected
    # UTF-16 too, in the same order (its lines are decoded to find positions).
    assert results["utf16-bom"] == expected


# -- hostile content: what reaches a browser, a spreadsheet, a search engine ----

HOSTILE_DESCRIPTION = (
    '<p onclick="steal()">Cook <b>well</b>.</p>'
    "<script>alert('desc')</script><style>p{display:none}</style>"
    '<a href="javascript:alert(1)">apply</a><img src=x onerror="alert(2)">'
    '<iframe src="https://evil.example"></iframe><svg onload=alert(3)><p>svg</p></svg>'
    '<ul><li style="x">one</li></ul><math><mi xlink:href="javascript:alert(4)">m</mi></math>'
)
HOSTILE = good(
    Title="</script><script>alert('title')</script> Cook",
    Description=HOSTILE_DESCRIPTION,
    Employername='=HYPERLINK("http://evil.example","x")',
    Category="@SUM(1+1)*cmd|' /C calc'!A0",
    Applyto="javascript:alert(5)",
    Employerwebsite="data:text/html,<script>alert(6)</script>",
    Employerlogo="  JAVASCRIPT:alert(7)",
)
_FORBIDDEN = ("<script", "<style", "javascript:", "onerror", "onclick", "onload", "<iframe")


def _run(*args: str) -> subprocess.CompletedProcess:
    return run_cli(*args)


def _no_active_content(html: str) -> None:
    from lxml import html as lxml_html

    from converter.normalize.html import ALLOWED_TAGS

    lowered = html.lower()
    assert not [f for f in _FORBIDDEN if f in lowered], html
    fragment = lxml_html.fragment_fromstring(html, create_parent="div")
    for el in fragment.iter():
        if el is not fragment:
            assert el.tag in ALLOWED_TAGS and not el.attrib, lxml_html.tostring(el)


def test_hostile_content_is_defused_in_every_output(tmp_path: Path) -> None:
    import csv
    import json

    from lxml import html as lxml_html

    path = tmp_path / "hostile.xml"
    path.write_text(feed(job_xml(HOSTILE)), encoding="utf-8")
    # JSON-LD embedded in HTML: one script element per job, nothing escapes it.
    page = _run("to-jsonld", "--format", "html", str(path))
    assert page.returncode == 0, page.stderr
    doc = lxml_html.fromstring(b"<html><body>" + page.stdout + b"</body></html>")
    scripts = doc.findall(".//script")
    assert len(scripts) == 1 and [e.tag for e in doc.iter()] == ["html", "body", "script"]
    obj = json.loads(scripts[0].text)
    assert obj["title"] == "Cook"  # the script and its content are gone
    assert "<script" not in json.dumps(obj).lower() and "alert" not in json.dumps(obj)
    _no_active_content(obj["description"])
    assert "svg" in obj["description"] and "one" in obj["description"]
    assert "url" not in obj.get("hiringOrganization", {}) and "sameAs" not in obj.get(
        "hiringOrganization", {}
    )
    assert "javascript" not in json.dumps(obj).lower() and "data:" not in json.dumps(obj)
    # The dropped URLs are said, as warnings (U001), with their lines.
    warnings = [line for line in page.stderr.decode().splitlines() if " U001 " in line]
    assert len(warnings) == 3 and all(line.startswith(f"{path}:") for line in warnings)
    # HR Open.
    hr = _run("to-hropen", str(path))
    assert hr.returncode == 0, hr.stderr
    opening = json.loads(hr.stdout)[0]
    content = json.dumps(opening)
    assert "javascript" not in content.lower() and "data:text" not in content
    profile = opening["positionProfiles"][0]
    _no_active_content(profile["positionFormattedDescriptions"][0]["content"])
    # CSV: no cell a spreadsheet would run, and no active HTML.
    table = _run("to-csv", str(path))
    assert table.returncode == 0, table.stderr
    rows = list(csv.DictReader(table.stdout.decode().splitlines()))
    assert len(rows) == 1
    for value in rows[0].values():
        assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    _no_active_content(rows[0]["description_html"])
    assert "alert" not in rows[0]["description"] and "Cook well." in rows[0]["description"]
    assert rows[0]["apply_url"] == "" and rows[0]["employer_website"] == ""


# -- interrupted runs -----------------------------------------------------------


@pytest.fixture(scope="module")
def slow_feed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A feed that takes a few seconds to convert: time to interrupt it."""
    jobs = "\n".join(job_xml(good(externalid=f"s{i}")) for i in range(200))
    path = tmp_path_factory.mktemp("slow") / "slow.xml"
    with path.open("w", encoding="utf-8") as f:
        f.write(HEAD + "<source>\n  <jobs>\n")
        for _ in range(300):
            f.write(jobs + "\n")
        f.write("  </jobs>\n</source>\n")
    return path


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux's /proc")
@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize(("signame", "code"), [("SIGINT", 130), ("SIGTERM", 143)])
@pytest.mark.parametrize("command", ["to-jsonld", "validate", "to-csv --out-dir"])
def test_interrupted_run_leaves_nothing_behind(
    tmp_path: Path, slow_feed: Path, command: str, signame: str, code: int, jobs: str
) -> None:
    import signal

    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "result.json"
    writes = {
        "to-jsonld": ["to-jsonld", "-o", str(target)],
        "validate": ["validate", "--output-file", str(target)],
        "to-csv --out-dir": ["to-csv", "--out-dir", str(out_dir)],
    }[command]
    proc = subprocess.Popen(
        [*jobconv_command(), *undated([*writes, "-j", jobs, str(slow_feed)])],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    while not list(out_dir.iterdir()):  # the temporary output exists: the run is under way
        assert proc.poll() is None and time.monotonic() < deadline, "the run ended too soon"
        time.sleep(0.02)
    time.sleep(0.3)
    workers = child_pids(proc.pid)
    proc.send_signal(getattr(signal, signame))
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == code, stderr
    assert b"Traceback" not in stderr
    assert (b"interrupted" if signame == "SIGINT" else b"terminated") in stderr
    assert list(out_dir.iterdir()) == [], "a temporary or partial output was left"
    time.sleep(0.2)
    for pid in workers:  # the worker processes are gone too
        assert (
            not Path(f"/proc/{pid}").exists()
            or b"zombie" in Path(f"/proc/{pid}/status").read_bytes().lower()
        )


def test_internal_error_is_one_line_unless_traceback_is_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    """A bug (simulated: there is no real one to call) never shows a traceback
    by default; ``jobconv --traceback`` lets it through for a bug report."""
    from converter import cli
    from converter.pipeline import Pipeline

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("simulated bug")

    path = tmp_path / "feed.xml"
    path.write_text(feed(one_job()), encoding="utf-8")
    monkeypatch.setattr(Pipeline, "results", broken)
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["validate", str(path)])
    assert exit_info.value.code == 3
    err = capsys.readouterr().err
    assert "internal error: RuntimeError: simulated bug" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    with pytest.raises(RuntimeError, match="simulated bug"):
        cli.main(["--traceback", "validate", str(path)])
