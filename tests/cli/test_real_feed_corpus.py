"""The corpus of real feeds: for each feed in ``../shared/feeds`` an
expectation in ``tests/real_feeds/NAME.yaml`` (the dialect it is read as,
its jobs, validate's exit code and findings by code, what each target
publishes) that the real CLI and the library must meet. A change that
alters a verdict re-records them (``tests/real_feeds/record.py``) and says
why in its commit."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ..conftest import SHARED, requires_shared
from ..real_feeds.record import TODAY, published, targets, validated

HERE = Path(__file__).parent.parent / "real_feeds"
EXPECTATIONS = {p.stem: p for p in sorted(HERE.glob("*.yaml"))}


def expected(stem: str) -> dict:
    return yaml.safe_load(EXPECTATIONS[stem].read_text(encoding="utf-8"))


@requires_shared
def test_every_shared_feed_has_an_expectation_and_every_expectation_a_feed() -> None:
    feeds = {p.name for p in (SHARED / "feeds").glob("*.xml")}
    assert {expected(stem)["feed"] for stem in EXPECTATIONS} == feeds
    assert all(expected(stem)["feed"] == f"{stem}.xml" for stem in EXPECTATIONS)


def test_every_expectation_is_whole() -> None:
    keys = {"feed", "today", "dialect", "jobs", "exit", "findings", "published", "teaches"}
    for stem in EXPECTATIONS:
        data = expected(stem)
        assert set(data) == keys, stem
        assert data["today"] == TODAY, stem
        assert set(data["published"]) == set(targets()), stem  # a new target is recorded too
        assert all(0 <= n <= data["jobs"] for n in data["published"].values()), stem
        assert "(what this feed teaches)" not in data["teaches"], stem


@requires_shared
@pytest.mark.parametrize("stem", sorted(EXPECTATIONS))
def test_validate_reads_the_feed_as_expected(stem: str) -> None:
    want = expected(stem)
    got = validated(SHARED / "feeds" / want["feed"])
    assert got == {k: want[k] for k in ("dialect", "jobs", "exit", "findings")}


@requires_shared
@pytest.mark.parametrize("stem", sorted(EXPECTATIONS))
def test_each_target_publishes_the_jobs_expected(stem: str) -> None:
    want = expected(stem)
    assert published(SHARED / "feeds" / want["feed"]) == want["published"]
