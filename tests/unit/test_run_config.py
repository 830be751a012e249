"""The run's configuration: resolved once (defaults, file, command line),
frozen, and the one thing the pipeline, its workers and the tasks read."""

from __future__ import annotations

import dataclasses
import pickle
from datetime import date, datetime
from pathlib import Path

import pytest

from converter import Pipeline
from converter.lint.config import Settings
from converter.pipeline.config import DEFAULT_MAX_AGE, DEFAULT_MAX_DROP, RunConfig
from converter.publish import Converter

from ..conftest import FIXTURES, run_cli


def test_without_file_or_command_line_the_defaults_hold() -> None:
    config = RunConfig.resolve({})
    assert (config.engine, config.dialect, config.jobs) == ("lxml", "auto", 0)
    assert (config.max_age, config.max_drop, config.valid_for) == (
        DEFAULT_MAX_AGE,
        DEFAULT_MAX_DROP,
        None,
    )
    assert config.show_info is False  # the command line's default; the library's is True
    assert RunConfig().show_info is True


@pytest.mark.parametrize(
    ("name", "in_file", "on_command_line"),
    [
        ("valid_for", 30, 7),
        ("max_age", 30, 0),  # 0 (never stale) given on the command line wins over the file
        ("max_drop", 10, 100),
        ("engine", "xmlschema", "lxml"),
        ("dialect", "indeed", "jooble"),
        ("scheduler", "local", "none"),
    ],
)
def test_the_command_line_wins_over_the_file_which_wins_over_the_default(
    name: str, in_file: object, on_command_line: object
) -> None:
    settings = Settings(**{name: in_file})
    assert getattr(RunConfig.resolve({}, settings), name) == in_file
    assert getattr(RunConfig.resolve({name: None}, settings), name) == in_file
    assert getattr(RunConfig.resolve({name: on_command_line}, settings), name) == on_command_line


def test_sources_join_the_files_and_the_command_lines_patterns() -> None:
    settings = Settings(include=["*.txt"], exclude=["old/"])
    sources = RunConfig.resolve({"exclude": ("tmp/",), "timeout": 3.0}, settings).sources
    assert sources.include == ("*.txt",) and sources.exclude == ("old/", "tmp/")
    assert sources.timeout == 3.0
    given = RunConfig.resolve({"include": ("*.xml",), "stdin_filename": "feed.xml"}, settings)
    assert given.sources.include == ("*.xml",) and given.sources.stdin_name == "feed.xml"


def test_today_is_a_date_whether_given_as_a_click_datetime_or_not() -> None:
    assert RunConfig.resolve({"today": datetime(2026, 1, 2)}).today == date(2026, 1, 2)
    assert isinstance(RunConfig.resolve({}).today, date)


def test_it_is_frozen_and_changed_only_by_copy() -> None:
    config = RunConfig(jobs=2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.jobs = 3  # type: ignore[misc]
    assert config.but(jobs=3).jobs == 3 and config.jobs == 2


def test_the_pipeline_and_its_workers_get_the_config_whole() -> None:
    config = RunConfig(jobs=2, valid_for=30, today=date(2026, 1, 1), max_age=0)
    pipeline = Pipeline(config)
    assert pipeline.config is config
    spec = pickle.loads(pickle.dumps(pipeline.read_spec))  # as a worker process gets it
    assert spec.config == config.but(baseline=None)
    # Keywords are the config's fields, changed for this pipeline.
    assert Pipeline(config, jobs=1).config == config.but(jobs=1)


def test_the_publisher_reads_strict_and_the_drop_guard_from_the_config(tmp_path: Path) -> None:
    out = tmp_path / "jobs.json"
    converter = Converter("jsonld", today=date(2026, 5, 1), jobs=1, strict=True)
    assert converter.pipeline.config.strict
    outcome = converter.convert(FIXTURES / "sample.xml", out)
    assert not outcome.published and "--strict" in (outcome.withheld_because or "")
    assert not out.exists()


def test_every_field_is_said_in_the_docstring() -> None:
    doc = RunConfig.__doc__ or ""
    missing = [f.name for f in dataclasses.fields(RunConfig) if f"``{f.name}``" not in doc]
    assert not missing, f"RunConfig's docstring does not say what {missing} are"


def test_the_configuration_files_max_drop_reaches_the_converter(tmp_path: Path) -> None:
    """max-drop set in the file alone sets the drop guard, as --max-drop does:
    here 100 lets a run replace 6 jobs with 2, which the default refuses."""
    (tmp_path / ".jobconv.yaml").write_text("max-drop: 100\n", encoding="utf-8")
    out = tmp_path / "jobs.csv"
    out.write_text("id\n1\n2\n3\n4\n5\n6\n", encoding="utf-8")
    feed = FIXTURES / "valid" / "clean.xml"
    proc = run_cli("to-csv", "--today", "2026-05-01", "-o", str(out), str(feed), cwd=tmp_path)
    assert proc.returncode == 0 and b"Wrote 2 jobs" in proc.stderr, proc.stderr
    (tmp_path / ".jobconv.yaml").unlink()
    out.write_text("id\n1\n2\n3\n4\n5\n6\n", encoding="utf-8")
    proc = run_cli("to-csv", "--today", "2026-05-01", "-o", str(out), str(feed), cwd=tmp_path)
    assert proc.returncode == 1 and b"Wrote nothing" in proc.stderr, proc.stderr
