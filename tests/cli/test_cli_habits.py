"""Habits of ruff and yamllint users: --today, --exit-zero,
-q, --color and NO_COLOR, rule names in --select and --ignore."""

from __future__ import annotations

import os
import subprocess

from ..conftest import FIXTURES, SHARED, jobconv_command, requires_shared, run_cli

SAMPLE = str(FIXTURES / "sample.xml")


@requires_shared
def test_today_pins_the_day_dates_are_judged_against() -> None:
    feed = str(SHARED / "feeds" / "recruityard-jooble.xml")  # expiring July 2025
    before = run_cli("validate", "--today", "2025-06-01", feed)
    after = run_cli("validate", "--today", "2026-01-01", feed)
    assert b" T003 " not in before.stdout
    assert after.stdout.count(b" T003 ") == 88
    assert b"before today (2026-01-01)" in after.stdout
    bad = run_cli("validate", "--today", "01/06/2025", feed)
    assert bad.returncode == 2 and b"--today" in bad.stderr


def test_today_pins_future_dates_too() -> None:
    # The sample's jobs are posted 2026-09-18 ... 2026-10-20.
    early = run_cli("validate", "--today", "2026-09-01", "--select", "T002", SAMPLE)
    assert early.stdout.count(b" T002 ") == 4
    late = run_cli("validate", "--today", "2026-10-15", "--select", "T002", SAMPLE)
    assert late.stdout.count(b" T002 ") == 1


@requires_shared
def test_exit_zero_keeps_findings_but_not_the_failure() -> None:
    feed = str(SHARED / "feeds" / "paretti-pl-indeed.xml")  # repeated ids: errors
    assert run_cli("validate", feed).returncode == 1
    proc = run_cli("validate", "--exit-zero", feed)
    assert proc.returncode == 0 and b" I001 [error] " in proc.stdout
    converted = run_cli("to-csv", "--exit-zero", feed)
    assert converted.returncode == 0 and b"held back 560" in converted.stderr
    assert run_cli("validate", "--exit-zero", "missing.xml").returncode == 2


def test_quiet_leaves_the_findings_alone() -> None:
    loud, quiet = run_cli("validate", SAMPLE), run_cli("validate", "-q", SAMPLE)
    assert quiet.stdout == loud.stdout and b"Found" in loud.stderr and quiet.stderr == b""
    converted = run_cli("to-csv", "-q", SAMPLE)
    assert converted.returncode == 0 and b"Wrote" not in converted.stderr


def test_rule_names_select_and_ignore_as_codes_do() -> None:
    by_name = run_cli("validate", "--select", "empty-compensation", SAMPLE)
    by_code = run_cli("validate", "--select", "C001", SAMPLE)
    assert by_name.stdout == by_code.stdout and b" C001 " in by_name.stdout
    ignored = run_cli("validate", "--ignore", "empty-compensation,C004", SAMPLE)
    assert b" C001 " not in ignored.stdout
    unknown = run_cli("validate", "--select", "no-such-rule", SAMPLE)
    assert unknown.returncode == 2 and b"matches no rule" in unknown.stderr


def _in_a_terminal(*args: str, env: dict[str, str]) -> bytes:
    """stdout of jobconv run in a pseudo-terminal (util-linux `script`)."""
    command = " ".join([*jobconv_command(), *args])
    proc = subprocess.run(
        ["script", "-qec", command, "/dev/null"],
        capture_output=True,
        env={**os.environ, **env},
        timeout=60,
    )
    return proc.stdout


def test_colour_follows_color_and_no_color() -> None:
    always = run_cli("validate", "--color", "always", SAMPLE)  # run_cli sets NO_COLOR
    assert b"\x1b[" in always.stdout
    assert b"\x1b[" not in run_cli("validate", SAMPLE).stdout  # a pipe: never
    clean = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    terminal = _in_a_terminal("validate", SAMPLE, env={**clean, "TERM": "xterm"})
    assert b"\x1b[" in terminal
    told = _in_a_terminal("validate", SAMPLE, env={"NO_COLOR": "1"})
    assert b"\x1b[" not in told and b"C001" in told
    never = _in_a_terminal("validate", "--color", "never", SAMPLE, env={})
    assert b"\x1b[" not in never


def test_every_command_takes_the_same_output_option(tmp_path) -> None:
    """-o, --output and --output-file mean the same on validate and every converter."""
    for command in ("validate", "to-jsonld", "to-csv", "to-hropen", "to-indeed"):
        for spelling in ("-o", "--output", "--output-file"):
            out = tmp_path / f"{command}{spelling}.out"
            result = run_cli(command, SAMPLE, spelling, str(out), "--today", "2026-01-01")
            assert result.returncode in (0, 1), (command, spelling, result.stderr)
            assert out.stat().st_size > 0, (command, spelling)
            assert result.stdout == b""


def test_columns_only_on_the_csv_commands() -> None:
    for command in ("to-jsonld", "to-hropen", "to-indeed", "validate"):
        help_text = run_cli(command, "--help").stdout
        assert b"--columns" not in help_text, command
    assert b"--columns" in run_cli("to-csv", "--help").stdout


def test_rule_names_in_the_configuration(tmp_path) -> None:
    """Names stand for codes in the file as on the command line."""
    (tmp_path / ".jobconv.yaml").write_text(
        "ignore: [empty-compensation]\n"
        "severity: {future-date-posted: error}\n"
        "per-file-ignores: {'*.xml': [C004]}\n"
    )
    result = run_cli("validate", SAMPLE, "--today", "2026-01-01", cwd=tmp_path)
    assert b" C001 " not in result.stdout
    assert b" T002 [error] " in result.stdout and result.returncode == 1
    (tmp_path / ".jobconv.yaml").write_text("ignore: [no-such-rule]\n")
    bad = run_cli("validate", SAMPLE, cwd=tmp_path)
    assert bad.returncode == 2 and b"'no-such-rule' matches no rule" in bad.stderr
