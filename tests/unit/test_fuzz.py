"""A short, bounded pass of the coverage-guided fuzz target (fuzz/fuzz_reader.py).

The real thing runs for minutes by hand (see the target's docstring); CI
runs a few thousand inputs, mutated from the fixtures, on every change.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

from ..conftest import FIXTURES, ROOT

needs_atheris = pytest.mark.skipif(
    importlib.util.find_spec("atheris") is None,
    reason="atheris (a test extra, Linux only) is not installed",
)


@pytest.mark.slow
@needs_atheris
def test_fuzz_target_short_pass(tmp_path: Path) -> None:
    runs = 4000 if settings.get_current_profile_name() == "ci" else 1000  # thorough in CI
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seeds = [str(FIXTURES / name) for name in ("valid", "invalid", "edge")]
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "fuzz" / "fuzz_reader.py"),
            f"-runs={runs}",
            "-max_len=16384",
            "-seed=20261125",
            "-timeout=20",
            "-rss_limit_mb=1024",
            f"-artifact_prefix={tmp_path}/",
            str(corpus),
            *seeds,
        ],
        capture_output=True,
        timeout=300,
    )
    log = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 0, log[-3000:]
    assert f"Done {runs} runs" in log
    assert not list(tmp_path.glob("crash-*"))
