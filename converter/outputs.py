"""Where converted jobs and reports go: a file, standard output, a folder.

Every output is all or nothing: text is written aside and becomes the
output only on ``commit()``, so a feed that breaks halfway (or an
interrupted run) leaves an existing output as it was. And an output behaves
like the file it names:

- a regular file is replaced atomically (a temporary file in the same
  folder, renamed over it); a new one gets the mode the umask allows, one
  that exists keeps its mode (and, for root, its owner);
- ``-o LINK`` writes the link's target and keeps the link;
- a FIFO, a character device (``/dev/null``), ``/dev/stdout`` or a
  ``/proc/self/fd`` path is written into directly, never replaced;
- the temporary file a killed run leaves is named ``.NAME.jobconv-PID.tmp``,
  and the next run to the same output removes it once PID is gone.
"""

from __future__ import annotations

import contextlib
import errno
import io
import json
import os
import re
import shutil
import stat
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, TextIO


class OutputRefused(Exception):
    """The output path is not acceptable (it names an input, say)."""


class OutputError(Exception):
    """An output could not be written; the message names it and says that
    what was there before is unchanged."""


def refuse_inputs(output: Path, inputs: Iterable[str]) -> None:
    """Raise :class:`OutputRefused` if ``output`` is one of ``inputs`` (through
    any symlink or spelling of the path)."""
    real = Path(os.path.realpath(output))
    for name in inputs:
        if name == "-":
            continue
        source = Path(name)
        if Path(os.path.realpath(source)) == real or _same_file(source, output):
            raise OutputRefused(f"{output} is a file this run reads; refusing to overwrite it")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _alive(pid: int) -> bool:
    """Whether process ``pid`` may still be running (and own its files)."""
    if pid == os.getpid() or os.name != "posix":  # elsewhere os.kill would end it
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _remove_stale(folder: Path, pattern: re.Pattern[str]) -> None:
    """Remove what a killed jobconv run left in ``folder``: entries whose
    name matches ``pattern`` (its group ``pid``) and whose process is gone."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        m = pattern.fullmatch(name)
        if m and not _alive(int(m["pid"])):
            stale = folder / name
            with contextlib.suppress(OSError):
                if stale.is_dir() and not stale.is_symlink():
                    shutil.rmtree(stale)
                else:
                    stale.unlink()


#: At most this many seconds between two flushes of a streamed output.
STREAM_FLUSH = 0.2

#: Paths that name this process's standard output.
_STDOUT_PATHS = ("/dev/stdout", "/dev/fd/1", "/proc/self/fd/1")


def _is_direct(path: Path) -> bool:
    """Whether ``path`` is written into rather than replaced: anything but a
    regular file (or a missing one), and the process's own fd paths."""
    text = os.path.abspath(path)
    if text.startswith(("/dev/", "/proc/")):
        return True
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:  # missing, or unreachable: opening it will say why
        return False


def _set_mode_of(path: str, like: Path) -> None:
    """Give ``path`` the mode (and, for root, the owner) of ``like`` if it
    exists, else the mode a new file gets under the umask."""
    try:
        st = os.stat(like)
    except FileNotFoundError:
        os.chmod(path, 0o666 & ~_umask())
        return
    os.chmod(path, stat.S_IMODE(st.st_mode))
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        with contextlib.suppress(OSError):
            os.chown(path, st.st_uid, st.st_gid)


class StreamOutput:
    """One stream of text to ``path`` (None or ``/dev/stdout``: standard
    output), published on :meth:`commit`; :meth:`discard` (or leaving the
    ``with`` block on an exception) leaves the output as it was.

    A regular file is written to a temporary file beside it, renamed over it
    on commit. Standard output, a FIFO or a device is spooled (an anonymous
    file in the temporary folder, never seen) and copied in on commit, so
    that a run which fails publishes nothing there either; with
    ``streaming``, it is written into as text comes instead (opened at the
    first write), for a reader that starts on the first job: :attr:`began`
    says whether anything went out, which :meth:`discard` cannot take back."""

    def __init__(self, path: Path | None, streaming: bool = False) -> None:
        if path is not None and os.path.abspath(path) in _STDOUT_PATHS:
            path = None
        self.path = path
        self.name = "standard output" if path is None else str(path)
        self._temp: str | None = None
        self._raw: BinaryIO
        self._target: Path | None = None
        self._copying = False  # the spool is being copied to the output
        #: Written into as text comes (standard output, a FIFO, a device).
        self.streams = False
        self.began = False  # something was written into a streamed output
        self._sink: BinaryIO | None = None
        self._flushed = 0.0
        if path is not None and not _is_direct(path):
            target = Path(os.path.realpath(path))  # a link's target; the link stays
            self._target = target
            pattern = re.compile(re.escape(f".{target.name}.jobconv-") + r"(?P<pid>\d+)\.tmp")
            _remove_stale(target.parent, pattern)
            self._temp = str(target.parent / f".{target.name}.jobconv-{os.getpid()}.tmp")
            try:
                self._raw = open(self._temp, "w+b")  # noqa: SIM115 - closed in commit/discard
            except OSError as exc:
                self._temp = None
                raise OutputError(f"cannot write {self.name}: {exc.strerror or exc}") from None
        elif streaming:
            self.streams = True
            self._raw = io.BytesIO()  # unused: text goes to the sink as it comes
        else:
            try:
                self._raw = tempfile.TemporaryFile("w+b")  # noqa: SIM115
            except OSError as exc:
                raise OutputError(self._spool_problem(exc)) from None
        self.text: TextIO = io.TextIOWrapper(
            self._raw, encoding="utf-8", newline="", write_through=False
        )

    @property
    def replaces(self) -> Path | None:
        """The regular file that :meth:`commit` replaces, if one is there now
        (None: a new file, standard output, a FIFO or a device)."""
        target = self._target
        return target if target is not None and target.is_file() else None

    def write(self, text: str) -> None:
        try:
            if self.streams:
                self._stream(text)
            else:
                self.text.write(text)
        except OSError as exc:
            self._failed(exc)

    def _stream(self, text: str) -> None:
        """Into the streamed output: its first text at once, then flushed every
        :data:`STREAM_FLUSH` seconds at most (a system call per job would
        cost more than the job), and at the end."""
        sink = self._sink
        if sink is None:
            sys.stdout.flush()
            # A FIFO is opened here, not before: opening waits for its reader.
            sink = self._sink = sys.stdout.buffer if self.path is None else open(self.path, "wb")  # noqa: SIM115
        sink.write(text.encode("utf-8"))
        now = time.monotonic()
        if now - self._flushed >= STREAM_FLUSH:
            sink.flush()
            self._flushed = now
        self.began = True  # (after the first flush: a device that refuses it got nothing)

    def commit(self) -> None:
        """Publish what was written."""
        try:
            if self.streams:
                self._end_stream()
                return
            self.text.flush()
            if self._temp is not None:
                self._replace()
            else:
                self._copy_out()
        except BrokenPipeError:
            self.discard()
            raise
        except OSError as exc:
            self._failed(exc)
        self.discard()

    def _end_stream(self) -> None:
        sink, self._sink = self._sink, None
        if sink is None:
            return
        self._copying = True  # an error now is the output's, not a spool's
        try:
            sink.flush()
        finally:
            if sink is not sys.stdout.buffer:
                sink.close()

    def _replace(self) -> None:
        assert self._target is not None and self._temp is not None
        os.fsync(self._raw.fileno())
        self._raw.close()  # before the rename: Windows renames no open file
        _set_mode_of(self._temp, self._target)
        os.replace(self._temp, self._target)
        self._temp = None

    def _copy_out(self) -> None:
        self._copying = True
        self._raw.seek(0)
        if self.path is None:
            sys.stdout.flush()
            shutil.copyfileobj(self._raw, sys.stdout.buffer, 1024 * 1024)
            sys.stdout.buffer.flush()
            return
        with open(self.path, "wb") as out:  # a FIFO or a device: written into
            shutil.copyfileobj(self._raw, out, 1024 * 1024)

    def _spool_problem(self, exc: OSError) -> str:
        return (
            f"cannot write {self.name}: {exc.strerror or exc} (in the spool in"
            f" {tempfile.gettempdir()}, where output waits until the run is complete;"
            " TMPDIR chooses another folder); nothing was written"
        )

    def _failed(self, exc: OSError) -> None:
        self.discard()
        if isinstance(exc, BrokenPipeError):
            raise exc
        if self._target is None and not self._copying and not self.streams:  # the spool failed
            raise OutputError(self._spool_problem(exc)) from None
        kept = (
            "it was left as it was"
            if self._target is not None and self._target.exists()
            else "what was written ends there: the output is incomplete"
            if self.began
            else "nothing was written"
        )
        what = exc.strerror or str(exc)
        if exc.errno == errno.EFBIG:
            what = "File too large (a file size limit)"
        raise OutputError(f"cannot write {self.name}: {what}; {kept}") from None

    def discard(self) -> None:
        """Drop what was written; the output stays as it was (what a streamed
        output was given is there: it ends where the run stopped)."""
        if self.streams:
            with contextlib.suppress(OSError, ValueError):
                self._end_stream()
        with contextlib.suppress(OSError, ValueError):
            self.text.close()
        with contextlib.suppress(OSError, ValueError):
            self._raw.close()
        if self._temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._temp)
            self._temp = None

    def close_unpublished(self) -> None:
        """Say to a FIFO's reader that nothing comes (end of file), so that it
        does not wait for a writer forever; a no-op for anything else."""
        if self.path is None or not hasattr(os, "O_NONBLOCK"):
            return
        with contextlib.suppress(OSError):
            if stat.S_ISFIFO(os.stat(self.path).st_mode):
                os.close(os.open(self.path, os.O_WRONLY | os.O_NONBLOCK))

    def __enter__(self) -> StreamOutput:
        return self

    def __exit__(self, kind: type | None, *rest: object) -> None:
        if kind is not None:
            self.discard()
            self.close_unpublished()


class GuardedText:
    """A text stream whose write errors name the output (an :class:`OutputError`
    instead of a bare OSError); a closed pipe still raises BrokenPipeError."""

    def __init__(self, stream: TextIO, name: str) -> None:
        self.stream = stream
        self.name = name

    def write(self, text: str) -> int:
        try:
            return self.stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(f"cannot write {self.name}: {exc.strerror or exc}") from None

    def flush(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(f"cannot write {self.name}: {exc.strerror or exc}") from None

    def isatty(self) -> bool:
        return self.stream.isatty()


class _StreamText:
    """The text side of a :class:`StreamOutput`, for report writers."""

    def __init__(self, out: StreamOutput) -> None:
        self.out = out

    def write(self, text: str) -> int:
        self.out.write(text)
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[TextIO]:
    """A text file that appears at ``path`` only if the block succeeds; a
    write that fails raises :class:`OutputError` naming it."""
    with StreamOutput(path) as out:
        yield _StreamText(out)  # type: ignore[misc]
        out.commit()


_STAGING = re.compile(r"\.jobconv-(?P<pid>\d+)-[^/]+")

#: The hidden file in an ``--out-dir`` that lists the files jobconv wrote there.
MANIFEST = ".jobconv-manifest.json"

#: A name jobconv gives a job's file (:func:`_file_stem`): nothing else is pruned.
_JOB_FILE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


class DirectoryOutput:
    """One file per job in ``directory``, named from its id, published on
    :meth:`commit`: staged in a hidden folder inside it, then moved into
    place, none over one of ``inputs``.

    A hidden manifest (:data:`MANIFEST`) lists the files jobconv wrote in the
    folder, so that ``prune`` can remove, on commit, those of an earlier run
    that this run did not write (jobs gone from the feed, or held back) and
    never a file of anyone else; ``removed`` names them. Without ``prune``
    they stay, and stay listed, for a later ``prune``. Nothing is pruned, nor
    the manifest changed, by a run that is not published."""

    def __init__(
        self, directory: Path, extension: str, inputs: Iterable[str] = (), prune: bool = False
    ) -> None:
        self.directory = directory
        self.extension = extension
        self.inputs = list(inputs)
        self.prune = prune
        self.removed: list[str] = []
        try:
            directory.mkdir(parents=True, exist_ok=True)
            _remove_stale(directory, _STAGING)
            self._staging = Path(tempfile.mkdtemp(prefix=f".jobconv-{os.getpid()}-", dir=directory))
        except OSError as exc:
            raise OutputError(f"cannot write into {directory}: {exc.strerror or exc}") from None
        self._taken: set[str] = set()
        self._names: list[str] = []

    def add(self, job_id: str | None, text: str) -> None:
        """Stage the file of one job."""
        name = _unique(_file_stem(job_id), self._taken) + self.extension
        try:
            with open(self._staging / name, "w", encoding="utf-8", newline="") as f:
                f.write(text)
        except OSError as exc:
            self.discard()
            raise OutputError(
                f"cannot write {self.directory / name}: {exc.strerror or exc};"
                " no file in the folder was changed"
            ) from None
        self._names.append(name)

    def commit(self) -> None:
        """Move every staged file into place (a file replaced keeps its mode)."""
        try:
            for name in self._names:
                refuse_inputs(self.directory / name, self.inputs)
            for name in self._names:
                _set_mode_of(str(self._staging / name), self.directory / name)
                os.replace(self._staging / name, self.directory / name)
            self._settle()
        except OSError as exc:
            raise OutputError(
                f"cannot write into {self.directory}: {exc.strerror or exc}"
            ) from None
        finally:
            self.discard()

    def _settle(self) -> None:
        """After the files are in place: prune (with ``prune``) the files an
        earlier run wrote and this one did not, then record in the manifest
        which files in the folder are jobconv's."""
        written = {n.lower() for n in self._names}  # as _unique: a case-blind disk
        earlier = [n for n in read_manifest(self.directory) if n.lower() not in written]
        kept = [n for n in earlier if self._is_ours(n)]
        if self.prune:
            left = []
            for name in kept:
                try:
                    (self.directory / name).unlink()
                except FileNotFoundError:
                    continue
                except OSError:
                    left.append(name)  # still jobconv's: the next --prune tries again
                    continue
                self.removed.append(name)
            kept = left
        staged = self._staging / MANIFEST
        listed = {"written-by": "jobconv", "files": sorted([*self._names, *kept])}
        staged.write_text(json.dumps(listed, indent=1) + "\n", encoding="utf-8")
        _set_mode_of(str(staged), self.directory / MANIFEST)
        os.replace(staged, self.directory / MANIFEST)

    def holds(self) -> int:
        """How many job files of earlier runs the folder holds: those its
        manifest lists that are still jobconv's (what a prune could remove or
        this run replace), for the drop guard."""
        return sum(1 for name in read_manifest(self.directory) if self._is_ours(name))

    def _is_ours(self, name: str) -> bool:
        """Whether ``name`` (from the manifest) is still a job file jobconv
        wrote: a plain name it could give, a regular file, and no input."""
        path = self.directory / name
        if not _JOB_FILE.fullmatch(name) or path.is_symlink() or not path.is_file():
            return False
        try:
            refuse_inputs(path, self.inputs)
        except OutputRefused:
            return False
        return True

    def discard(self) -> None:
        shutil.rmtree(self._staging, ignore_errors=True)

    def __enter__(self) -> DirectoryOutput:
        return self

    def __exit__(self, kind: type | None, *rest: object) -> None:
        if kind is not None:
            self.discard()


def read_manifest(directory: Path) -> list[str]:
    """The files the manifest in ``directory`` lists; none when it is missing
    or unreadable (then nothing is pruned: only what jobconv listed is)."""
    try:
        listed = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    files = listed.get("files") if isinstance(listed, dict) else None
    return [n for n in files if isinstance(n, str)] if isinstance(files, list) else []


def _file_stem(external_id: str | None) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", external_id or "").strip("._-")[:120]
    return stem or "job"


def _unique(stem: str, taken: set[str]) -> str:
    name, n = stem, 1
    while name.lower() in taken:
        n += 1
        name = f"{stem}-{n}"
    taken.add(name.lower())
    return name
