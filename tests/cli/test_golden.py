"""Every command prints what it printed before the speed work on reading.

The record (tests/golden/, see cases.py there) was made by the code before
that work; these run the same cases with the code of today. On a mismatch,
the fixture cases show the difference; for the generated feed, rerun the
case by hand with the old and the new code and diff the two.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from ..conftest import run_cli

sys.path.insert(0, str(Path(__file__).parent.parent / "golden"))
from cases import (
    FIXTURE_CASES,
    FIXTURE_FEEDS,
    GENERATED_CASES,
    GENERATED_NAME,
    ROOT,
    digest,
    generated_feed,
)

sys.path.pop(0)


def run(args: list[str], cwd: Path) -> str:
    """One case's exit code and standard output, as one text (as cases.run
    gives them, for the record), jobconv run in this process."""
    done = run_cli(*args, cwd=cwd, aged=True)
    return f"exit {done.returncode}\n" + done.stdout.decode("utf-8", "replace")


GOLDEN = Path(__file__).parent.parent / "golden"
FIXTURES_RECORD = json.loads((GOLDEN / "fixtures.json").read_text(encoding="utf-8"))
GENERATED_RECORD = json.loads((GOLDEN / "generated.json").read_text(encoding="utf-8"))


def test_the_record_covers_every_case() -> None:
    assert set(FIXTURES_RECORD) == {name for name, _ in FIXTURE_CASES}
    assert set(GENERATED_RECORD) == {f"{n} -j {j}" for n, _ in GENERATED_CASES for j in "12"}


@pytest.mark.parametrize(("name", "words"), FIXTURE_CASES, ids=[n for n, _ in FIXTURE_CASES])
def test_fixture_outputs_are_unchanged(name: str, words: list[str]) -> None:
    assert run([*words, *FIXTURE_FEEDS], ROOT) == FIXTURES_RECORD[name]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("golden")
    generated_feed(folder)
    return folder


@pytest.mark.parametrize("j", ["1", "2"])
@pytest.mark.parametrize(("name", "words"), GENERATED_CASES, ids=[n for n, _ in GENERATED_CASES])
def test_generated_outputs_are_unchanged(
    generated: Path, name: str, words: list[str], j: str
) -> None:
    out = run([*words, "-j", j, GENERATED_NAME], generated)
    assert out.startswith("exit 1\n")  # the spoilt jobs are errors
    assert digest(out) == GENERATED_RECORD[f"{name} -j {j}"], (
        f"`jobconv {' '.join(words)} -j {j}` on the generated feed prints something else"
        " than before the speed work (tests/golden/cases.py says how to compare)"
    )
