"""The ``jobconv`` command line: a thin shell over the library.

Exit codes, as ruff's: 0 clean (or warnings only), 1 errors found (or
warnings with ``--strict``), 2 a usage or I/O problem, 3 an internal error,
130 interrupted, 143 terminated; a closed output pipe ends the process as
SIGPIPE ends any Unix filter.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Iterator, MutableMapping
from importlib import import_module

import click

from ..lazy import lazy_names
from ..version import __version__
from .exits import EXIT_USAGE, fail

__all__ = ["EXIT_USAGE", "PROGRESS_MIN_BYTES", "cli", "main"]

EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_TERMINATED = 3, 130, 143


class Terminated(BaseException):
    """SIGTERM, raised where the process is so that every cleanup runs."""


class PipeClosed(BaseException):
    """The reader of standard output (or of a FIFO) went away: ``| head``.

    A BaseException, so that click's own EPIPE handling (exit 1) does not
    catch it on the way out; every cleanup still runs."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise Terminated()


class _Group(click.Group):
    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            raise PipeClosed() from None


def _die_of_sigpipe() -> int:
    """End as a Unix filter does when its reader goes away: killed by
    SIGPIPE, silently. Whatever is left in Python's buffers goes nowhere."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            os.dup2(devnull, stream.fileno())
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGPIPE)
    return 0  # no SIGPIPE (Windows): a quiet success, as a filter there gives


def _cluster_error(exc: Exception) -> bool:
    """Whether ``exc`` is a Dask cluster's ClusterError: raised only where the
    cluster module was imported, so it is not imported here (start-up)."""
    cluster = sys.modules.get("converter.pipeline.cluster")
    return cluster is not None and isinstance(exc, cluster.ClusterError)


def main(args: list[str] | None = None) -> None:
    """The ``jobconv`` command, with its exit codes. Never a traceback,
    unless ``--traceback`` asks for one."""
    argv = sys.argv[1:] if args is None else args
    signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        code = cli.main(args=argv, prog_name="jobconv", standalone_mode=False)
    except click.ClickException as exc:
        exc.show()
        code = exc.exit_code
    except PipeClosed:
        code = _die_of_sigpipe()
    except (KeyboardInterrupt, click.exceptions.Abort):
        fail("interrupted; no output file was written or changed")
        code = EXIT_INTERRUPTED
    except Terminated:
        fail("terminated; no output file was written or changed")
        code = EXIT_TERMINATED
    except Exception as exc:
        if _cluster_error(exc):  # --scheduler: unreachable, no workers, another jobconv
            fail(f"{exc}; no output file was written or changed")
            sys.exit(EXIT_USAGE)
        if "--traceback" in argv:
            raise
        fail(
            f"internal error: {type(exc).__name__}: {exc}. This is a bug in jobconv;"
            " run again with --traceback (jobconv --traceback COMMAND ...) to report it."
        )
        code = EXIT_INTERNAL
    sys.exit(code if isinstance(code, int) else 0)


#: The modules that define the commands, in the order ``cli.commands`` lists
#: them; ``convert`` makes ``convert`` and a ``to-TARGET`` per target.
MODULES = ("validate", "convert", "rules", "dialects", "diff", "report")


class Commands(MutableMapping[str, click.Command]):
    """The group's commands, each module imported when one of its commands is
    first looked up: ``jobconv validate`` pays for none of the converters', the
    differ's or the report page's imports. Listing them (``--help``, completing
    a command's name) imports them all."""

    def __init__(self) -> None:
        self._names: dict[str, list[str]] = {}  # module -> its commands' names
        self._commands: dict[str, click.Command] = {}
        self._added: list[str] = []  # by add_command, after the modules' own

    def _load(self, module: str) -> None:
        if module in self._names:
            return
        found = import_module(f".{module}", __name__)
        made = found.COMMANDS if module == "convert" else [getattr(found, module)]
        self._names[module] = [c.name for c in made]
        for command in made:
            self._commands.setdefault(command.name, command)

    def __getitem__(self, name: str) -> click.Command:
        if name not in self._commands:
            home = name if name in MODULES else "convert" if name.startswith("to-") else None
            if home is not None:
                self._load(home)
        return self._commands[name]

    def __setitem__(self, name: str, command: click.Command) -> None:
        if name not in self._commands and name not in self._added:
            self._added.append(name)
        self._commands[name] = command

    def __delitem__(self, name: str) -> None:
        self[name]  # a KeyError for a name no module makes
        del self._commands[name]

    def __iter__(self) -> Iterator[str]:
        for module in MODULES:
            self._load(module)
        names = [n for m in MODULES for n in self._names[m]] + self._added
        return iter([n for n in dict.fromkeys(names) if n in self._commands])

    def __len__(self) -> int:
        return sum(1 for _ in self)


# PROGRESS_MIN_BYTES, from .options when asked for (it loads the options' imports).
__getattr__, __dir__ = lazy_names(__name__, {"PROGRESS_MIN_BYTES": ".options"}, globals())


@click.group(
    cls=_Group,
    commands=Commands(),
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(__version__, prog_name="jobconv")
@click.option("--traceback", is_flag=True, help="On an internal error, show the Python traceback.")
def cli(traceback: bool) -> None:
    """Validate XML job feeds (YubHub's and job boards' dialects) and convert their jobs."""
