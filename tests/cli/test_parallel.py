"""Parallel reading (-j): segments of one feed, several feeds at once.

Every test compares a parallel run with a serial one: the results must be
the same, in the same order, whatever the feed holds, including the feeds
built to fool the splitter (a ``<job`` line inside CDATA or a comment, text
or foreign elements between jobs, namespaces, a DOCTYPE, a syntax error).
"""

from __future__ import annotations

import gzip
import itertools
import os
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest

from converter import Pipeline, Rendering
from converter.feed.ranges import opened_range
from converter.feed.segments import SegmentStream, plan
from converter.feed.sources import Sources
from converter.outputs import StreamOutput
from converter.publish import publish

from ..conftest import feed_xml, good, job_xml, jobconv_command, run_cli, undated

TODAY = date(2026, 6, 1)


def varied_jobs(n: int = 60) -> list[dict[str, str | None]]:
    """Jobs with a spread of problems, and ids that repeat far apart."""
    jobs = []
    for i in range(n):
        changes: dict[str, str | None] = {"externalid": f"job-{i % 45}"}
        if i % 7 == 0:
            changes["Compensationmin"] = ""
        if i % 11 == 0:
            changes["Title"] = None
        if i % 13 == 0:
            changes["Postedate"] = "yesterday"
        if i % 5 == 0:
            changes["Country"] = "Atlantis"
        if i % 9 == 0:
            changes["Applyto"] = "javascript:alert(1)"
        jobs.append(good(**changes))
    return jobs


def run(path: Path, jobs: int, segment_size: int | None = None):
    validator = Pipeline(today=TODAY, jobs=jobs, segment_size=segment_size)
    results = [
        (r.file, r.job_id, r.line, r.is_job, r.diagnostics) for r in validator.results([path])
    ]
    return results, validator.tally


def assert_same(path: Path, segment_size: int = 1500) -> None:
    serial = run(path, 1)
    parallel = run(path, 2, segment_size)
    assert parallel[0] == serial[0]
    assert parallel[1] == serial[1]


def test_plan_cuts_at_job_lines_and_counts_lines(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(feed_xml(*varied_jobs()), encoding="utf-8")
    data = path.read_bytes()
    segments = plan(str(path), 2, segment_size=1500)
    assert segments is not None and len(segments) > 5
    assert segments[0].start == 0 and segments[-1].end == len(data)
    for before, after in itertools.pairwise(segments):
        assert before.end == after.start
        assert data[after.start :].lstrip(b" ").startswith(b"<job>")
        assert after.first_line == data[: after.start].count(b"\n") + 1
    # Each segment, with its synthetic opening and closing, is a feed.
    for segment in segments:
        with opened_range(str(path), segment.start, segment.end, Sources()) as raw:
            body = b"".join(iter(SegmentStream(segment, raw).read, b""))
        assert body.count(b"<job>") == data[segment.start : segment.end].count(b"<job>")


def test_parallel_results_equal_serial(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(feed_xml(*varied_jobs()), encoding="utf-8")
    serial, tally = run(path, 1)
    codes = {d.code for *_, diagnostics in serial for d in diagnostics}
    # The feed exercises XSD errors, per-job rules and the feed-wide I001.
    assert {"S001", "C003", "L002", "I001", "U001"} <= codes
    assert tally.jobs == 60
    assert_same(path)


def test_duplicate_ids_are_found_across_segments(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(feed_xml(*(good(externalid=f"id-{i % 30}") for i in range(60))))
    results, _ = run(path, 2, 1500)
    duplicates = [d for *_, ds in results for d in ds if d.code == "I001"]
    assert len(duplicates) == 30
    assert all(d.field == "externalid" and d.column for d in duplicates)


def _feed_with(middle: str, jobs: int = 40) -> str:
    """A feed with ``middle`` put between job 20 and job 21."""
    parts = [job_xml(good(externalid=f"j{i}")) for i in range(jobs)]
    parts.insert(jobs // 2, middle)
    head = '<?xml version="1.0" encoding="UTF-8"?>\n<source>\n  <jobs>\n'
    return head + "\n".join(parts) + "\n  </jobs>\n</source>\n"


ODD_FEEDS = {
    "job-line-in-cdata": _feed_with(
        job_xml(good(externalid="cdata", Description="<p>a</p>\n    <job>\n<p>b</p>"))
    ),
    "job-line-in-comment": _feed_with("<!--\n    <job>\n    </job>\n-->"),
    "text-between-jobs": _feed_with("    stray text"),
    "element-between-jobs": _feed_with("    <advert>buy</advert>"),
    "syntax-error-late": _feed_with("    <job><Title>unclosed</job>", jobs=60),
    "trailer-element": feed_xml(*varied_jobs(40)).replace("</jobs>\n", "</jobs>\n  <footer/>\n"),
    # A namespace declared on the root (a default namespace would put the feed
    # in no dialect at all: exit 2, see test_dialects.py).
    "namespaced-root": feed_xml(*varied_jobs(40)).replace(
        "<source>", '<source xmlns:x="urn:example:feed" x:version="2">'
    ),
    "doctype": feed_xml(*varied_jobs(40)).replace(
        "<source>", "<!DOCTYPE source [<!ELEMENT source ANY>]>\n<source>"
    ),
    "unknown-element-in-job": feed_xml(
        *(
            good(externalid=f"u{i}", Bonus="1") if i == 25 else good(externalid=f"u{i}")
            for i in range(40)
        )
    ),
    "truncated": feed_xml(*varied_jobs(40))[:-300],
    "crlf-and-tabs": feed_xml(*varied_jobs(40))
    .replace("\n", "\r\n")
    .replace("    <job>", "\t<job>"),
    "one-line": feed_xml(*varied_jobs(40)).replace("\n", " "),
    "comment-before-jobs": feed_xml(*varied_jobs(40)).replace(
        "<source>", "<!-- <jobs> -->\n<source>\n  <!-- <job> -->"
    ),
}


@pytest.mark.parametrize("name", sorted(ODD_FEEDS))
def test_odd_feeds_give_the_serial_results(tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.xml"
    path.write_text(ODD_FEEDS[name], encoding="utf-8")
    assert_same(path, segment_size=1200)


def test_latin1_and_bom_feeds(tmp_path: Path) -> None:
    text = feed_xml(*varied_jobs(30)).replace("Leeds", "Lüneburg")
    latin = tmp_path / "latin.xml"
    latin.write_bytes(text.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').encode("latin-1"))
    bom = tmp_path / "bom.xml"
    bom.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    for path in (latin, bom):
        assert plan(str(path), 2, segment_size=1200) is not None
        assert_same(path, segment_size=1200)


def test_cli_jobs_keeps_file_order(tmp_path: Path) -> None:
    from converter.feed.segments import MIN_SEGMENT
    from converter.pipeline.units import units

    paths = []
    for n in range(6):
        path = tmp_path / f"feed{n}.xml"
        path.write_text(feed_xml(*varied_jobs(800 + n)), encoding="utf-8")
        paths.append(str(path))
    # Enough small feeds to go to workers, whole, one each.
    assert sum(Path(p).stat().st_size for p in paths) > 2 * MIN_SEGMENT
    known = dict.fromkeys(paths, "yubhub")  # as the pipeline tells them
    assert all(u.remote and u.segment is None for u in units(paths, 2, None, known))
    assert not any(u.remote for u in units(paths[:1], 2, None, known))  # one small feed: here
    assert not any(u.remote for u in units(paths, 2))  # dialects untold: read here
    # -j 1 gives the same bytes: test_workers_give_what_one_process_gives[feeds].
    parallel = run_cli("validate", "-j", "2", *paths)
    assert parallel.returncode == 1
    lines = parallel.stdout.decode().splitlines()
    assert [p for p in paths if any(line.startswith(p) for line in lines)] == paths


# -- conversion ---------------------------------------------------------------


def convert(path: Path, target: str, form: str | None, jobs: int, segment_size: int | None = None):
    found: list = []
    pipeline = Pipeline(
        today=TODAY, rendering=Rendering.of(target, form), jobs=jobs, segment_size=segment_size
    )
    out = path.with_name(f"{path.name}.{target}.{form}.{jobs}.out")
    outcome = publish(pipeline, [str(path)], StreamOutput(out), found.extend)
    text = out.read_text(encoding="utf-8") if out.exists() else None
    out.unlink(missing_ok=True)
    return (text, outcome, found)


@pytest.mark.parametrize(
    ("target", "form"),
    [
        ("jsonld", "json"),
        ("jsonld", "jsonl"),
        ("jsonld", "html"),
        ("hropen", "json"),
        ("csv", None),
    ],
)
def test_parallel_conversion_equals_serial(tmp_path: Path, target: str, form: str | None) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(feed_xml(*varied_jobs()), encoding="utf-8")
    serial = convert(path, target, form, 1)
    assert serial[1].written > 25 and serial[1].held > 0
    assert convert(path, target, form, 2, 1500) == serial


@pytest.mark.parametrize("name", sorted(ODD_FEEDS))
def test_odd_feeds_convert_as_serially(tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.xml"
    path.write_text(ODD_FEEDS[name], encoding="utf-8")
    assert convert(path, "jsonld", "jsonl", 2, 1200) == convert(path, "jsonld", "jsonl", 1)


# -- the command line: -j 2 writes what -j 1 writes ---------------------------------


def _six_feeds(folder: Path) -> list[str]:
    """Small feeds enough to go to workers whole, one each (test_cli_jobs_keeps_file_order)."""
    paths = []
    for n in range(6):
        path = folder / f"feed{n}.xml"
        path.write_text(feed_xml(*varied_jobs(800 + n)), encoding="utf-8")
        paths.append(str(path))
    return paths


def _gzip_folder(folder: Path) -> list[str]:
    """A folder of a gzip feed and a plain one."""
    sample = (Path(__file__).parent.parent.parent / "fixtures" / "sample.xml").read_bytes()
    (folder / "a.xml.gz").write_bytes(gzip.compress(sample))
    (folder / "b.xml").write_bytes(sample)
    return [str(folder), "--today", "2026-01-01"]


def _large(folder: Path) -> list[str]:
    """Over 4 MiB, so that -j 2 reads it in segments: varied problems, ids that
    repeat far apart, jobs posted over three months (some expire), long descriptions."""
    long = "<p>" + "Cook lunch for a busy bistro by the canal. " * 60 + "</p>"
    jobs = varied_jobs(1500)
    for n, job in enumerate(jobs):
        job["Description"] = long
        if job["Postedate"] != "yesterday":
            job["Postedate"] = f"2026-0{1 + n % 3}-{1 + n % 28:02d}"
    path = folder / "large.xml"
    path.write_text(feed_xml(*jobs), encoding="utf-8")
    assert (segments := plan(str(path), 2)) is not None and len(segments) > 1
    return [str(path)]


def _repaired(folder: Path) -> list[str]:
    """An Adzuna feed of two segments' worth (a comment in each job makes it
    large) with a field left open in a later segment: that segment is read
    again serially, where the field is closed (X006)."""
    from converter.feed.dialects import by_name

    from .test_envelopes_and_repairs import _adzuna_job, _plain

    padding = "<!-- " + "padding " * 180 + "-->"
    broken = "<url>https://jobs.example.com/2250>"
    jobs = [_adzuna_job(i, broken if i == 2250 else None, padding) for i in range(3000)]
    path = folder / "big.xml"
    path.write_text(_plain(*jobs))
    segments = plan(str(path), 2, dialect=by_name("adzuna"))
    assert segments is not None and len(segments) > 1
    return ["--today", "2026-05-02", str(path)]


FEEDS = {"feeds": _six_feeds, "gzip": _gzip_folder, "large": _large, "repaired": _repaired}

#: Every command and form -j 2 must write byte for byte as -j 1 does: its
#: feed (FEEDS) and its words ({out}: a file it writes, {dir}: a folder).
SAME_WHATEVER_J = {
    "feeds": ("feeds", ["validate"]),
    "gzip-folder": ("gzip", ["validate"]),
    "validate-junit-select-S,X": ("large", ["validate", "--select", "S,X", "--format", "junit"]),
    "to-jsonld": ("large", ["to-jsonld"]),
    "to-jsonld-o": ("large", ["to-jsonld", "-o", "{out}"]),
    "to-jsonld-out-dir": ("large", ["to-jsonld", "--out-dir", "{dir}"]),
    "to-jsonld-jsonl-expiry": (
        "large",
        ["to-jsonld", "--format", "jsonl", "--valid-for", "30", "--today", "2026-03-15"],
    ),
    "to-csv": ("large", ["to-csv"]),
    "to-csv-o": ("large", ["to-csv", "-o", "{out}"]),
    "to-csv-out-dir": ("large", ["to-csv", "--out-dir", "{dir}"]),
    "to-csv-repaired-segment": ("repaired", ["to-csv"]),
}


#: The jobs of the large feeds, which every run's summary must count.
JOBS_READ = {"large": 1500, "repaired": 3000}


@pytest.fixture(scope="module")
def feeds(tmp_path_factory: pytest.TempPathFactory):
    """Each of FEEDS, built once, when a case first asks for it."""
    built: dict[str, list[str]] = {}

    def feed(name: str) -> list[str]:
        if name not in built:
            built[name] = FEEDS[name](tmp_path_factory.mktemp(name))
        return built[name]

    return feed


@pytest.mark.parametrize("case", sorted(SAME_WHATEVER_J))
def test_workers_give_what_one_process_gives(feeds, tmp_path: Path, case: str) -> None:
    feed, words = SAME_WHATEVER_J[case]
    runs = []
    for jobs in ("1", "2"):
        out, folder = tmp_path / f"out-{jobs}", tmp_path / f"dir-{jobs}"
        args = [w.replace("{out}", str(out)).replace("{dir}", str(folder)) for w in words]
        proc = run_cli(*args, "-j", jobs, *feeds(feed))
        assert proc.returncode in (0, 1), proc.stderr.decode()[-2000:]
        assert b"Traceback" not in proc.stderr and b"internal error" not in proc.stderr
        files = sorted((p.name, p.read_bytes()) for p in folder.glob("*"))
        said = proc.stderr.replace(str(out).encode(), b"OUT").replace(str(folder).encode(), b"DIR")
        runs.append(
            (proc.returncode, proc.stdout, said, out.read_bytes() if out.exists() else b"", files)
        )
    assert runs[0] == runs[1]
    assert runs[0][1] or runs[0][3] or runs[0][4], "nothing was written"
    read = re.search(rb"([\d,]+) jobs?\)", runs[0][2])
    if feed in JOBS_READ and read is not None:  # every job read, in segments too
        assert int(read[1].replace(b",", b"")) == JOBS_READ[feed]


def test_validate_and_a_converter_report_alike_in_segments(feeds) -> None:
    """What the gate checks on a small feed (test_gate.py), read in segments."""
    from .test_gate import findings

    validate = run_cli("validate", "-j", "2", *feeds("large"))
    converted = run_cli("to-csv", "-j", "2", *feeds("large"))
    assert findings(validate.stdout.decode()) == findings(converted.stderr.decode()) != []


# -- progress -----------------------------------------------------------------


@pytest.fixture(scope="module")
def large_feed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A feed just over the size that earns a progress bar."""
    from converter.cli import PROGRESS_MIN_BYTES

    jobs = "\n".join(job_xml(good(externalid=f"p{i}")) for i in range(100))
    head = '<?xml version="1.0" encoding="UTF-8"?>\n<source>\n  <jobs>\n'
    repeats = PROGRESS_MIN_BYTES // len(jobs) + 1
    path = tmp_path_factory.mktemp("large") / "large.xml"
    with path.open("w", encoding="utf-8") as f:
        f.write(head)
        for _ in range(repeats):
            f.write(jobs + "\n")
        f.write("  </jobs>\n</source>\n")
    return path


def _stderr_on_a_terminal(*args: str, env: dict[str, str] | None = None) -> str:
    """Run jobconv with stderr on a pseudo-terminal, stdout on a pipe."""
    import pty

    primary, secondary = pty.openpty()
    environment = {k: v for k, v in os.environ.items() if k not in ("CI", "GITHUB_ACTIONS")}
    proc = subprocess.Popen(
        [*jobconv_command(), *undated(args)],
        stdout=subprocess.DEVNULL,
        stderr=secondary,
        env={**environment, "TERM": "xterm", **(env or {})},
    )
    os.close(secondary)
    chunks = []
    while True:
        try:
            data = os.read(primary, 65536)
        except OSError:  # the terminal closed: the process is done
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=120)
    os.close(primary)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.slow
def test_progress_bar_on_a_terminal_only(large_feed: Path) -> None:
    report = ["--output-file", str(large_feed.with_suffix(".txt"))]
    shown = _stderr_on_a_terminal("validate", *report, str(large_feed))
    assert "Reading" in shown and "100%" in shown and "Found" in shown
    # Where there is none, the XSD alone (quicker): the bar is chosen before reading.
    xsd = ["--select", "S,X", *report, str(large_feed)]
    in_ci = _stderr_on_a_terminal("validate", *xsd, env={"CI": "true"})
    assert "All checks passed" in in_ci and "Reading" not in in_ci
    machine = _stderr_on_a_terminal("validate", "--format", "json", *xsd)
    assert "Reading" not in machine
    piped = run_cli("validate", *xsd)
    assert b"All checks passed" in piped.stderr and b"Reading" not in piped.stderr
    assert "Reading" in _stderr_on_a_terminal("validate", *xsd)
    csv_out = str(large_feed.with_suffix(".csv"))
    converted = _stderr_on_a_terminal("to-csv", "-o", csv_out, str(large_feed))
    assert "Reading" in converted and "100%" in converted
