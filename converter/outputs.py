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
import os
import re
import shutil
import stat
import sys
import tempfile
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
            raise OutputRefused(f"{output} is an input feed; refusing to overwrite it")


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
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
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


def _is_direct(path: Path) -> bool:
    """Whether ``path`` is written into rather than replaced: anything but a
    regular file (or a missing one), and the process's own fd paths."""
    text = os.path.abspath(path)
    if text.startswith(("/dev/", "/proc/")):
        return True
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except FileNotFoundError:
        return False


class StreamOutput:
    """One stream of text to ``path`` (None: standard output), published on
    :meth:`commit`; :meth:`discard` (or leaving the ``with`` block on an
    exception) leaves the output as it was."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.name = "standard output" if path is None else str(path)
        self._temp: str | None = None
        self._raw: BinaryIO
        self._target: Path | None = None
        if path is not None and not _is_direct(path):
            target = Path(os.path.realpath(path))  # a link's target; the link stays
            self._target = target
            pattern = re.compile(re.escape(f".{target.name}.jobconv-") + r"(?P<pid>\d+)\.tmp")
            _remove_stale(target.parent, pattern)
            self._temp = str(target.parent / f".{target.name}.jobconv-{os.getpid()}.tmp")
            try:
                self._raw = open(self._temp, "w+b")  # noqa: SIM115 - closed in commit/discard
            except OSError as exc:
                raise OutputError(f"cannot write {self.name}: {exc.strerror or exc}") from None
        else:  # standard output, a pipe, a device: spooled, then copied in
            self._raw = tempfile.TemporaryFile("w+b")  # noqa: SIM115
        self.text: TextIO = io.TextIOWrapper(
            self._raw, encoding="utf-8", newline="", write_through=False
        )

    def write(self, text: str) -> None:
        try:
            self.text.write(text)
        except OSError as exc:
            self._failed(exc)

    def commit(self) -> None:
        """Publish what was written."""
        try:
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

    def _replace(self) -> None:
        assert self._target is not None and self._temp is not None
        fd = self._raw.fileno()
        try:
            st = os.stat(self._target)
            os.fchmod(fd, stat.S_IMODE(st.st_mode))
            if os.geteuid() == 0:
                with contextlib.suppress(OSError):
                    os.fchown(fd, st.st_uid, st.st_gid)
        except FileNotFoundError:
            os.fchmod(fd, 0o666 & ~_umask())
        os.fsync(fd)
        os.replace(self._temp, self._target)
        self._temp = None

    def _copy_out(self) -> None:
        self._raw.seek(0)
        if self.path is None:
            sys.stdout.flush()
            shutil.copyfileobj(self._raw, sys.stdout.buffer, 1024 * 1024)
            sys.stdout.buffer.flush()
            return
        with open(self.path, "wb") as out:  # a FIFO or a device: written into
            shutil.copyfileobj(self._raw, out, 1024 * 1024)

    def _failed(self, exc: OSError) -> None:
        self.discard()
        if isinstance(exc, BrokenPipeError):
            raise exc
        kept = (
            "it was left as it was"
            if self._target is not None and self._target.exists()
            else "nothing was written"
        )
        what = exc.strerror or str(exc)
        if exc.errno == errno.EFBIG:
            what = "File too large (a file size limit)"
        raise OutputError(f"cannot write {self.name}: {what}; {kept}") from None

    def discard(self) -> None:
        """Drop what was written; the output stays as it was."""
        with contextlib.suppress(OSError, ValueError):
            self.text.close()
        with contextlib.suppress(OSError, ValueError):
            self._raw.close()
        if self._temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._temp)
            self._temp = None

    def __enter__(self) -> StreamOutput:
        return self

    def __exit__(self, kind: type | None, *rest: object) -> None:
        if kind is not None:
            self.discard()


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[TextIO]:
    """A text file that appears at ``path`` only if the block succeeds."""
    with StreamOutput(path) as out:
        yield out.text
        out.commit()


_STAGING = re.compile(r"\.jobconv-(?P<pid>\d+)-[^/]+")


class DirectoryOutput:
    """One file per job in ``directory``, named from its id, published on
    :meth:`commit`: staged in a hidden folder inside it, then moved into
    place, none over one of ``inputs``."""

    def __init__(self, directory: Path, extension: str, inputs: Iterable[str] = ()) -> None:
        self.directory = directory
        self.extension = extension
        self.inputs = list(inputs)
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
        """Move every staged file into place."""
        mode = 0o666 & ~_umask()
        try:
            for name in self._names:
                refuse_inputs(self.directory / name, self.inputs)
            for name in self._names:
                os.chmod(self._staging / name, mode)
                os.replace(self._staging / name, self.directory / name)
        except OSError as exc:
            raise OutputError(
                f"cannot write into {self.directory}: {exc.strerror or exc}"
            ) from None
        finally:
            self.discard()

    def discard(self) -> None:
        shutil.rmtree(self._staging, ignore_errors=True)

    def __enter__(self) -> DirectoryOutput:
        return self

    def __exit__(self, kind: type | None, *rest: object) -> None:
        if kind is not None:
            self.discard()


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
