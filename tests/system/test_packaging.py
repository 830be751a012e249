"""The built wheel, installed outside the source tree, carries and finds its schemas."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

import pytest

from ..conftest import FIXTURES, ROOT


@pytest.mark.slow
def test_installed_wheel_finds_the_bundled_xsd(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
    )
    [wheel] = dist.glob("jobconv-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"converter/schemas/yubhub.xsd", "converter/schemas/report.schema.json"} <= names
    assert not any(n.startswith(("tests/", "fixtures/")) for n in names)

    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site), wheel],
        check=True,
        capture_output=True,
    )
    feed = tmp_path / "feed.xml"
    feed.write_bytes((FIXTURES / "invalid" / "types.xml").read_bytes())
    env = {**os.environ, "PYTHONPATH": str(site)}
    code = "import converter, sys; print(converter.__file__); sys.exit(0)"
    where = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert where.stdout.startswith(str(site))  # the wheel, not the source tree
    proc = subprocess.run(
        [sys.executable, "-m", "converter", "validate", "feed.xml"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 1, proc.stderr
    assert "feed.xml:10:7: S001" in proc.stdout


def test_every_subpackage_is_packaged():
    import tomllib

    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "converter").rglob("__init__.py")
    }
    assert found <= listed, found - listed
