"""Record the golden outputs (see cases.py): ``python tests/golden/record.py``.

``--code DIR`` records with the package in another checkout (the code
before a change: ``git worktree add /tmp/before HEAD~3``).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cases import (
    FIXTURE_CASES,
    FIXTURE_FEEDS,
    GENERATED_CASES,
    GENERATED_NAME,
    ROOT,
    digest,
    generated_feed,
    run,
)

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose code records")
    args = parser.parse_args()
    command = [sys.executable, "-P", "-m", "converter"]  # -P: not the working folder's
    env = {"PYTHONPATH": str(args.code.resolve())}
    fixtures = {
        name: run(command, [*words, *FIXTURE_FEEDS], ROOT, env) for name, words in FIXTURE_CASES
    }
    (HERE / "fixtures.json").write_text(json.dumps(fixtures, indent=1, ensure_ascii=False) + "\n")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        generated_feed(folder)
        generated = {}
        for name, words in GENERATED_CASES:
            for j in ("1", "2"):
                out = run(command, [*words, "-j", j, GENERATED_NAME], folder, env)
                generated[f"{name} -j {j}"] = digest(out)
                print(f"{name} -j {j}: {out.splitlines()[0]}", file=sys.stderr)
    (HERE / "generated.json").write_text(json.dumps(generated, indent=1) + "\n")


if __name__ == "__main__":
    main()
