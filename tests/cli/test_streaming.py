"""Streaming output: a converter writes standard output (a pipe, a FIFO, a
device) as jobs are decided, and what it writes there is, byte for byte,
what it publishes to a file at the end, whatever the form and ``-j``.

The feed is large enough for ``-j 2`` to read it in segments, with jobs
held back, repeated ids far apart and jobs that expire."""

from __future__ import annotations

from pathlib import Path

import pytest

from converter.writers.targets import TARGETS

from ..conftest import run_cli
from .test_parallel import _large

#: Every target and form that writes one stream (``--out-dir`` writes files).
STREAMED = [(target, form) for target, spec in TARGETS.items() for form in spec.forms]


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return _large(tmp_path_factory.mktemp("streamed"))


def _said(stderr: bytes, out: Path) -> bytes:
    return stderr.replace(str(out).encode(), b"standard output")


@pytest.mark.parametrize(("target", "form"), STREAMED, ids=[f"{t}-{f}" for t, f in STREAMED])
def test_a_stream_is_what_a_file_gets_for_every_form_and_j(
    large: list[str], tmp_path: Path, target: str, form: str
) -> None:
    words = ["convert", "--to", target, "--format", form, "--today", "2026-03-15", *large]
    out = tmp_path / f"out.{form}"
    filed = run_cli(*words, "-j", "1", "-o", str(out))
    assert filed.returncode in (0, 1), filed.stderr.decode()[-2000:]
    written = out.read_bytes()
    assert written, "nothing was written"
    for jobs in ("1", "2"):
        streamed = run_cli(*words, "-j", jobs)
        assert streamed.returncode == filed.returncode
        assert streamed.stdout == written, f"-j {jobs}"
        assert streamed.stderr == _said(filed.stderr, out), f"-j {jobs}"


def test_strict_holds_a_stream_to_the_end(large: list[str]) -> None:
    """--strict needs the whole run: the jobs before the first finding are
    not written, nor any after."""
    proc = run_cli("to-jsonld", "--format", "jsonl", "--strict", "-j", "2", *large)
    assert proc.returncode == 1 and proc.stdout == b""
    assert "Wrote nothing to standard output: --strict" in proc.stderr.decode()


def test_a_feed_that_breaks_leaves_the_stream_without_its_end(tmp_path: Path) -> None:
    """Jobs before the break are out; the form's end is not written (no
    ``]``, no closing tag), so that a reader of the whole document fails
    rather than takes it for every job; the summary and exit say so."""
    from ..conftest import feed_xml, good

    text = feed_xml(good(externalid="a"), good(externalid="b"))
    cut = tmp_path / "cut.xml"
    cut.write_text(text[: text.rindex("</job>") + 6] + "\n<job><Title>cut", encoding="utf-8")
    board = run_cli("convert", "--to", "indeed", "--today", "2026-05-01", str(cut))
    assert board.returncode == 1
    assert board.stdout.count(b"<job>") == 2 and b"</source>" not in board.stdout
    said = board.stderr.decode()
    assert "Wrote 2 jobs as indeed to standard output before" in said
    assert "the output is incomplete" in said
    array = run_cli("to-jsonld", "--today", "2026-05-01", str(cut))
    assert array.stdout.startswith(b"[\n") and not array.stdout.rstrip().endswith(b"]")
