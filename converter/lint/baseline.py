"""Baselines: accept today's findings, fail only on new ones.

A baseline counts findings by (file, job ``externalid``, rule code), not by
line, so a regenerated feed whose jobs moved keeps its baseline. A finding
is new when its key has more findings than the baseline recorded.

Files are stored relative to the baseline file's folder (version 2), so the
baseline matches from any working directory; URLs and ``<stdin>`` are kept as
given. Version 1 files held paths relative to the directory they were written
from: they are read as relative to the current directory, as they always were.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterable
from contextlib import suppress
from functools import lru_cache
from pathlib import Path, PurePosixPath

from ..results import Diagnostic

Key = tuple[str, str, str]

VERSION = 2
_NOT_A_PATH = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.-]*://|<.*>$)")  # a URL, <stdin>


_NO_RUN = object()


class BaselineError(Exception):
    """A baseline file that cannot be read."""


@lru_cache(maxsize=4096)
def _absolute(name: str, folder: str) -> str:
    """``name``, said from ``folder``, as one spelling of the file wherever it
    is said from (a finding per job asks again for the same few files)."""
    if _NOT_A_PATH.match(name):
        return name
    return os.path.realpath(os.path.join(folder, name))


def _relative(name: str, folder: str) -> str:
    """An absolute ``name`` as the baseline stores it: from ``folder``, with ``/``."""
    if _NOT_A_PATH.match(name):
        return name
    with suppress(ValueError):  # another drive (Windows): the absolute path stays
        name = os.path.relpath(name, folder)
    return PurePosixPath(Path(name).as_posix()).as_posix()


class Baseline:
    """Finding counts by (file, job id, code); ``counts`` names files from
    ``folder`` (default: the current directory), kept here as absolute paths."""

    def __init__(self, counts: Counter[Key] | None = None, folder: str | Path = "") -> None:
        where = os.path.realpath(folder or os.curdir)
        self.counts: Counter[Key] = Counter()
        for (file, job_id, code), n in (counts or {}).items():
            self.counts[(_absolute(file, where), job_id, code)] += n
        self._run: object = _NO_RUN
        self._left: Counter[Key] = Counter()

    @classmethod
    def load(cls, path: Path) -> Baseline:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            version = data.get("version")
            if version not in (1, VERSION):
                raise ValueError(f"not a version 1 or {VERSION} jobconv baseline")
            counts = Counter(
                {
                    (e["file"], e["job_id"] or "", e["code"]): int(e["count"])
                    for e in data["findings"]
                }
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise BaselineError(f"{path}: cannot read the baseline: {exc}") from None
        # Version 1: paths from the working directory it was written in.
        return cls(counts, os.curdir if version == 1 else path.parent)

    def absorbs(self, d: Diagnostic, run: object = None) -> bool:
        """True (and one fewer left in this run) if the baseline holds ``d``.

        Each new ``run`` (the pipeline gives its run's tally) starts from the
        whole baseline: a pipeline checking a feed twice absorbs it twice."""
        if run is not self._run:
            self._run, self._left = run, self.counts.copy()
        key = (_absolute(d.file, os.getcwd()), d.job_id or "", d.code)
        if self._left[key] > 0:
            self._left[key] -= 1
            return True
        return False

    @staticmethod
    def dump(diagnostics: Iterable[Diagnostic], path: Path | None = None) -> str:
        """The baseline file for ``diagnostics``, to be written at ``path``
        (its files relative to that folder; default: the current directory)."""
        folder, here = os.path.realpath(path.parent if path else os.curdir), os.getcwd()
        counts = Counter(
            (_relative(_absolute(d.file, here), folder), d.job_id or "", d.code)
            for d in diagnostics
        )
        findings = [
            {"file": f, "job_id": j or None, "code": c, "count": n}
            for (f, j, c), n in sorted(counts.items())
        ]
        data = {"version": VERSION, "findings": findings}
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
