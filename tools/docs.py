"""Regenerate the pages generated from the code: the rule pages (docs/rules/),
docs/configuration.md (from schemas/config.schema.json), and the reference
pages docs/reference/cli.md (from the click commands) and docs/reference/api.md
(from the docstrings of ``converter.__all__``, tools/reference.py).

python tools/docs.py          # write the pages
python tools/docs.py --check  # exit 1 naming any page that is stale
"""

from __future__ import annotations

import sys
from pathlib import Path

import reference

from converter.report import ruledocs


def stale(root: Path = ruledocs.ROOT) -> list[str]:
    """Every generated page under ``root`` that differs from what the code gives."""
    return sorted(ruledocs.stale(root) + reference.stale(root))


def write(root: Path = ruledocs.ROOT) -> list[str]:
    """Bring every generated page under ``root`` up to date; the paths changed."""
    return sorted(ruledocs.write(root) + reference.write(root))


def main(argv: list[str] | None = None) -> int:
    """``python tools/docs.py [--check] [ROOT]``."""
    args = sys.argv[1:] if argv is None else argv
    check = "--check" in args
    rest = [a for a in args if a != "--check"]
    root = Path(rest[0]) if rest else ruledocs.ROOT
    changed = stale(root) if check else write(root)
    verb = "stale" if check else "written"
    for path in changed:
        print(f"{path}: {verb}")
    if check and changed:
        print(f"run `{ruledocs.REGENERATE}` to regenerate them", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
