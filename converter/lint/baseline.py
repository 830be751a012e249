"""Baselines: accept today's findings, fail only on new ones.

A baseline counts findings by (file, job ``externalid``, rule code), not by
line, so a regenerated feed whose jobs moved keeps its baseline. A finding
is new when its key has more findings than the baseline recorded.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from ..results import Diagnostic

Key = tuple[str, str, str]


class BaselineError(Exception):
    """A baseline file that cannot be read."""


def _key(d: Diagnostic) -> Key:
    path = PurePosixPath(Path(d.file).as_posix())
    return (str(path), d.job_id or "", d.code)


class Baseline:
    def __init__(self, counts: Counter[Key] | None = None) -> None:
        self.counts: Counter[Key] = counts or Counter()

    @classmethod
    def load(cls, path: Path) -> Baseline:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("version") != 1:
                raise ValueError("not a version 1 jobconv baseline")
            counts = Counter(
                {
                    (e["file"], e["job_id"] or "", e["code"]): int(e["count"])
                    for e in data["findings"]
                }
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise BaselineError(f"{path}: cannot read the baseline: {exc}") from None
        return cls(counts)

    def absorbs(self, d: Diagnostic) -> bool:
        """True (and one fewer left) if the baseline already holds ``d``."""
        key = _key(d)
        if self.counts[key] > 0:
            self.counts[key] -= 1
            return True
        return False

    @staticmethod
    def dump(diagnostics: Iterable[Diagnostic]) -> str:
        counts = Counter(_key(d) for d in diagnostics)
        findings = [
            {"file": f, "job_id": j or None, "code": c, "count": n}
            for (f, j, c), n in sorted(counts.items())
        ]
        return json.dumps({"version": 1, "findings": findings}, indent=2, ensure_ascii=False) + "\n"
