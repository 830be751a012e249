"""A real Dask cluster for the tests: ``dask scheduler`` and ``dask worker``
processes on 127.0.0.1, and an HTTP server that answers Range requests."""

from __future__ import annotations

import http.server
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

DASK = Path(sys.executable).parent / "dask"


class Cluster:
    """A scheduler and ``workers`` single-threaded workers, each its own
    process group, started in ``folder`` (not the tests' directory: the
    workers must be given absolute paths)."""

    def __init__(self, folder: Path, workers: int = 2) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.file = folder / "scheduler.json"
        self.log = open(folder / "cluster.log", "wb")  # noqa: SIM115 - closed by stop()
        self.scheduler = self._start(
            "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
            "--dashboard-address", "127.0.0.1:0", "--scheduler-file", str(self.file),
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while not self.file.exists() or not self.file.read_text().strip():
            if time.monotonic() > deadline or self.scheduler.poll() is not None:
                self.stop()
                raise RuntimeError(f"the scheduler did not start: {self.logged()}")
            time.sleep(0.1)
        self.workers = [self.add_worker(f"w{i}") for i in range(workers)]
        try:
            if workers:
                self.wait_for(workers)
        except BaseException:
            self.stop()
            raise

    @property
    def address(self) -> str:
        import json

        return json.loads(self.file.read_text())["address"]

    def _start(self, *args: str) -> subprocess.Popen:
        return subprocess.Popen(
            [str(DASK), *args],
            cwd=self.folder,
            stdout=self.log,
            stderr=self.log,
            start_new_session=True,
        )

    def add_worker(self, name: str) -> subprocess.Popen:
        return self._start(
            "worker", "--scheduler-file", str(self.file), "--nthreads", "1", "--no-nanny",
            "--no-dashboard", "--dashboard-address", "127.0.0.1:0", "--host", "127.0.0.1",
            "--name", name,
            "--local-directory", str(self.folder),
        )  # fmt: skip

    def client(self):  # -> distributed.Client
        from distributed import Client

        return Client(self.address, timeout=30)

    def wait_for(self, workers: int) -> None:
        with self.client() as client:
            client.wait_for_workers(workers, timeout=60)

    def kill(self, worker: subprocess.Popen) -> None:
        """SIGKILL: lost at once, as a machine that dies is."""
        os.killpg(worker.pid, signal.SIGKILL)
        worker.wait()

    def logged(self) -> str:
        self.log.flush()
        return (self.folder / "cluster.log").read_text(errors="replace")[-3000:]

    def stop(self) -> None:
        """The workers killed (they hold nothing to keep), then the scheduler stopped."""
        for worker in getattr(self, "workers", []):
            if worker.poll() is None:
                self.kill(worker)
        if self.scheduler.poll() is None:
            os.killpg(self.scheduler.pid, signal.SIGTERM)
            try:
                self.scheduler.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.killpg(self.scheduler.pid, signal.SIGKILL)
                self.scheduler.wait()
        self.log.close()


class RangeServer(http.server.ThreadingHTTPServer):
    """Serves ``folder`` on 127.0.0.1, with single-range requests answered
    206 as object stores and static servers answer them; ``requests`` logs
    (path, Range header, status)."""

    daemon_threads = True

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.requests: list[tuple[str, str | None, int]] = []
        self.ranges = True  # False: every answer is the whole file, 200
        self.shift = 0  # answer a range this many bytes off what was asked
        self.failures = 0  # answer this many next requests 503, as a server under load
        super().__init__(("127.0.0.1", 0), _RangeHandler)

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/{name}"

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that stops reading (at --max-size) is no error of the server's."""


class _RangeHandler(http.server.BaseHTTPRequestHandler):
    server: RangeServer

    def do_GET(self) -> None:
        path = self.server.folder / self.path.lstrip("/")
        wanted = self.headers.get("Range")
        if not path.is_file():
            self.server.requests.append((self.path, wanted, 404))
            self.send_error(404)
            return
        if self.server.failures > 0:
            self.server.failures -= 1
            self.server.requests.append((self.path, wanted, 503))
            self.send_error(503)
            return
        size = path.stat().st_size
        start, end = 0, size - 1
        found = re.fullmatch(r"bytes=(\d+)-(\d*)", wanted or "")
        found = found if self.server.ranges else None
        status = 206 if found else 200
        if found:
            start = int(found.group(1)) + self.server.shift
            end = min(size - 1, int(found.group(2))) if found.group(2) else size - 1
        self.server.requests.append((self.path, wanted, status))
        self.send_response(status)
        self.send_header("Content-Length", str(end - start + 1))
        self.send_header("Accept-Ranges", "bytes")
        if found:
            self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        self.end_headers()
        with path.open("rb") as f:
            f.seek(start)
            left = end - start + 1
            while left > 0 and (chunk := f.read(min(left, 1024 * 1024))):
                self.wfile.write(chunk)
                left -= len(chunk)

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def range_server(folder: Path) -> Iterator[RangeServer]:
    server = RangeServer(folder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
