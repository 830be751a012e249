"""The layers of docs/architecture.md hold: import-linter checks the
contracts in pyproject.toml, and the page lists the layers the contract does."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

from ..conftest import ROOT


def _contracts() -> list[dict]:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)["tool"]["importlinter"]["contracts"]


def test_the_import_contracts_are_kept() -> None:
    lint_imports = Path(sys.executable).parent / "lint-imports"
    proc = subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stdout[-3000:]
    assert f"Contracts: {len(_contracts())} kept, 0 broken." in proc.stdout


def test_the_architecture_page_lists_the_contract_s_layers_in_order() -> None:
    [layers] = [c["layers"] for c in _contracts() if c["type"] == "layers"]
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    rows = [line for line in page.splitlines() if line.startswith("| ") and "`" in line]
    listed = [re.findall(r"`([\w/]+)`", row.split("|")[2]) for row in rows]
    modules = [
        {m.strip().removeprefix("converter.") for m in re.split("[:|]", layer)} for layer in layers
    ]
    assert [{name.rstrip("/") for name in names} for names in listed] == modules


def test_no_module_in_the_package_imports_its_public_api() -> None:
    # converter/__init__.py imports everything on first use: a module inside
    # that imported it would import the whole package for one name.
    import grimp

    graph = grimp.build_graph("converter", exclude_type_checking_imports=True)
    assert graph.find_modules_that_directly_import("converter") == set()
