"""Output files behave like files: modes, links, FIFOs, devices, pipes, full disks,
killed runs. Every test runs the real CLI."""

from __future__ import annotations

import csv
import io
import os
import resource
import signal
import stat
import subprocess
import threading
import time
from pathlib import Path

import pytest

from ..conftest import child_pids, feed_xml, good, job_xml, jobconv_command, run_cli, undated

LINUX = Path("/proc/self/task").exists()


@pytest.fixture
def feed(tmp_path: Path) -> Path:
    path = tmp_path / "feed.xml"
    path.write_text(feed_xml(good(), good(externalid="b")), encoding="utf-8")
    return path


def _run(*args: str, umask: int | None = None, **kwargs) -> subprocess.CompletedProcess:
    def setup() -> None:
        if umask is not None:
            os.umask(umask)

    return subprocess.run(
        [*jobconv_command(), *undated(args)],
        capture_output=True,
        timeout=120,
        preexec_fn=setup,
        **kwargs,
    )


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_file_gets_the_mode_the_umask_allows(
    feed: Path, tmp_path: Path, umask: int, mode: int
) -> None:
    out = tmp_path / "jobs.json"
    assert _run("to-jsonld", "-o", str(out), str(feed), umask=umask).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == mode
    folder = tmp_path / "dir"
    assert _run("to-csv", "--out-dir", str(folder), str(feed), umask=umask).returncode == 0
    assert {stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()} == {mode}


def test_an_existing_file_keeps_its_mode(feed: Path, tmp_path: Path) -> None:
    out = tmp_path / "jobs.json"
    out.write_text("old")
    out.chmod(0o640)
    assert _run("to-jsonld", "-o", str(out), str(feed), umask=0o077).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640 and out.read_text().startswith("[")


def test_a_symlink_is_written_through_and_kept(feed: Path, tmp_path: Path) -> None:
    target = tmp_path / "real" / "jobs.json"
    target.parent.mkdir()
    target.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert _run("to-jsonld", "-o", str(link), str(feed)).returncode == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert len(__import__("json").loads(target.read_text())) == 2
    assert sorted(os.listdir(target.parent)) == ["jobs.json"]  # no temporary file left


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_is_written_into_not_replaced(feed: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "jobs.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    proc = _run("to-jsonld", "--format", "jsonl", "-o", str(fifo), str(feed))
    reader.join(timeout=30)
    assert proc.returncode == 0, proc.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert received and received[0].count(b"\n") == 2


def test_a_character_device_is_written_into_not_replaced(feed: Path, tmp_path: Path) -> None:
    if os.geteuid() == 0:  # a private null device, so that nothing shared is at stake
        device = tmp_path / "null"
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    else:
        device = Path("/dev/null")
    proc = _run("to-jsonld", "-o", str(device), str(feed))
    assert proc.returncode == 0, proc.stderr
    assert stat.S_ISCHR(device.stat().st_mode)
    assert not [p for p in device.parent.iterdir() if ".jobconv-" in p.name]


@pytest.mark.skipif(not Path("/dev/stdout").exists(), reason="needs /dev/stdout")
def test_dev_stdout_is_standard_output(feed: Path) -> None:
    proc = _run("to-csv", "-o", "/dev/stdout", str(feed))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(b"id,title,")
    assert Path("/dev/stdout").is_symlink() or Path("/dev/stdout").is_char_device()


@pytest.fixture(scope="module")
def big_feed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """About 17 MB: more than a pipe holds, enough for segments in workers,
    and a warning (L001) per job, so that validate writes a lot too."""
    path = tmp_path_factory.mktemp("big") / "big.xml"
    with path.open("w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<source>\n  <jobs>\n')
        for i in range(16000):
            job = good(externalid=f"j{i}", Country="", Location="Leeds, UK")
            f.write(job_xml(job) + "\n")
        f.write("  </jobs>\n</source>\n")
    return path


@pytest.mark.parametrize(
    "command",
    [
        "to-jsonld --format jsonl -j 1",
        "to-jsonld --format jsonl -j 2",
        "validate -j 1",
        "validate -j 2",
    ],
)
def test_a_closed_pipe_ends_quietly_as_sigpipe_does(big_feed: Path, command: str) -> None:
    jobconv = " ".join(jobconv_command())
    words = " ".join(undated(command.split()))
    script = f"set -o pipefail; {jobconv} {words} {big_feed} 2>err.txt | head -c 100 >/dev/null"
    proc = subprocess.run(
        ["bash", "-c", script], cwd=big_feed.parent, capture_output=True, timeout=120
    )
    err = (big_feed.parent / "err.txt").read_text()
    assert proc.returncode == 128 + signal.SIGPIPE, err[-2000:]
    assert "jobconv: error" not in err and "Traceback" not in err and "Broken pipe" not in err


def test_a_full_disk_names_the_file_and_keeps_the_old_one(feed: Path, tmp_path: Path) -> None:
    out = tmp_path / "jobs.json"
    out.write_text("old\n")

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails with EFBIG instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (200, 200))

    proc = subprocess.run(
        [*jobconv_command(), *undated(["to-jsonld", "-o", str(out), str(feed)])],
        capture_output=True,
        timeout=60,
        preexec_fn=limit,
    )
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert f"cannot write {out}" in err and "left as it was" in err and "Traceback" not in err
    assert out.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["feed.xml", "jobs.json"]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_no_space_left_names_the_file(feed: Path) -> None:
    proc = run_cli("to-jsonld", "-o", "/dev/full", str(feed))
    err = proc.stderr.decode()
    assert proc.returncode == 2
    assert "cannot write /dev/full: No space left on device" in err and "Traceback" not in err
    assert "nothing was written" in err  # the device refused the stream's first write


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not LINUX, reason="needs Linux's /proc")
def test_sigkill_leaves_no_worker_and_a_named_temporary_the_next_run_removes(
    big_feed: Path, tmp_path: Path
) -> None:
    out = tmp_path / "jobs.json"
    err_path = tmp_path / "err.txt"
    with err_path.open("wb") as err:
        proc = subprocess.Popen(
            [*jobconv_command(), *undated(["to-jsonld", "-j", "2", "-o", str(out), str(big_feed)])],
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
        deadline = time.monotonic() + 60
        while not child_pids(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.02)
        workers = child_pids(proc.pid)
        assert workers, "the run started no worker"
        time.sleep(0.1)
        proc.kill()
        proc.wait(timeout=30)
        deadline = time.monotonic() + 10
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
    assert not any(_alive(w) for w in workers), "a worker outlived its killed parent"
    time.sleep(0.5)  # anything a dying worker would print
    assert "Traceback" not in err_path.read_text()
    left = [p.name for p in tmp_path.iterdir() if p.name.startswith(".jobs.json.jobconv-")]
    assert left == [f".jobs.json.jobconv-{proc.pid}.tmp"]
    assert not out.exists()
    again = run_cli("to-jsonld", "-o", str(out), str(big_feed))
    assert again.returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["err.txt", "jobs.json"]


def test_validate_names_the_report_file_on_a_full_disk(feed: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    report.write_text("old\n")

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (10, 10))

    for option in ("--output-file", "--write-baseline"):
        proc = subprocess.run(
            [*jobconv_command(), "validate", "--format", "json", option, str(report), str(feed)],
            capture_output=True,
            timeout=60,
            preexec_fn=limit,
        )
        err = proc.stderr.decode()
        assert proc.returncode == 2, err
        assert f"cannot write {report}" in err and "Traceback" not in err
        assert report.read_text() == "old\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_validate_to_a_full_stdout_is_named(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(feed_xml(good(Country="", Location="Leeds, UK")), encoding="utf-8")
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [*jobconv_command(), "validate", str(feed)], stdout=full, stderr=subprocess.PIPE
        )
    assert proc.returncode == 2
    assert "cannot write standard output: No space left on device" in proc.stderr.decode()


def test_an_output_path_that_cannot_be_is_named(feed: Path, tmp_path: Path) -> None:
    for command in (["to-jsonld", "-o"], ["validate", "--output-file"]):
        proc = run_cli(*command, str(feed / "x.json"), str(feed))
        err = proc.stderr.decode()
        assert proc.returncode == 2 and f"cannot write {feed / 'x.json'}: Not a directory" in err
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    proc = run_cli("validate", "--output-file", str(loop), str(feed))
    assert proc.returncode == 2 and "internal error" not in proc.stderr.decode()


def test_dev_stdout_appends_as_stdout_does(feed: Path, tmp_path: Path) -> None:
    log = tmp_path / "app.log"
    log.write_text("previous\n")
    jobconv = " ".join(jobconv_command())
    subprocess.run(
        ["bash", "-c", f"{jobconv} to-csv -o /dev/stdout {feed} >> {log} 2>/dev/null"],
        check=True,
        timeout=60,
    )
    text = log.read_text(encoding="utf-8")
    assert text.startswith("previous\nid,title,")
    rows = list(csv.reader(io.StringIO(text.removeprefix("previous\n"), newline="")))
    assert [r[0] for r in rows] == ["id", "job-1", "b"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_reader_gets_end_of_file_when_nothing_is_published(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xml"
    broken.write_text(feed_xml(good())[:-30])
    fifo = tmp_path / "jobs.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    proc = _run("to-jsonld", "-o", str(fifo), str(broken))
    reader.join(timeout=30)
    assert not reader.is_alive(), "the FIFO's reader still waits for a writer"
    assert proc.returncode == 1 and received == [b""]


def test_no_output_over_a_file_the_run_reads(feed: Path, tmp_path: Path) -> None:
    base = tmp_path / "base.json"
    assert run_cli("validate", "--write-baseline", str(base), str(feed)).returncode == 0
    before = base.read_bytes()
    for command in (["to-jsonld", "-o"], ["validate", "--output-file"]):
        proc = run_cli(*command, str(base), "--baseline", str(base), str(feed))
        assert proc.returncode == 2 and b"refusing to overwrite" in proc.stderr
    assert base.read_bytes() == before


def test_a_file_named_dash_does_not_change_what_stdin_gives(tmp_path: Path, big_feed: Path) -> None:
    (tmp_path / "-").symlink_to(big_feed)
    data = feed_xml(good()).encode()
    serial = run_cli("validate", "-j", "1", "-", stdin=data, cwd=tmp_path)
    parallel = run_cli("validate", "-j", "2", "-", stdin=data, cwd=tmp_path)
    assert serial.returncode == parallel.returncode == 0
    assert parallel.stderr == serial.stderr and b"1 job)" in serial.stderr
