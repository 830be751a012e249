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

import click

from .. import __version__
from .convert import COMMANDS
from .dialects import dialects
from .diff import diff
from .options import EXIT_USAGE, PROGRESS_MIN_BYTES, fail
from .report import report
from .rules import rules
from .validate import validate

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
        if "--traceback" in argv:
            raise
        fail(
            f"internal error: {type(exc).__name__}: {exc}. This is a bug in jobconv;"
            " run again with --traceback (jobconv --traceback COMMAND ...) to report it."
        )
        code = EXIT_INTERNAL
    sys.exit(code if isinstance(code, int) else 0)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="jobconv")
@click.option("--traceback", is_flag=True, help="On an internal error, show the Python traceback.")
def cli(traceback: bool) -> None:
    """Validate XML job feeds (YubHub's and job boards' dialects) and convert their jobs."""


cli.add_command(validate)
for _command in COMMANDS:
    cli.add_command(_command)
cli.add_command(rules)
cli.add_command(dialects)
cli.add_command(diff)
cli.add_command(report)
