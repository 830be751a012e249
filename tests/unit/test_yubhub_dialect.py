"""YubHub as an ordinary dialect: its YAML maps each model field to the
child of its own name (a plain dialect), says it is strict and how it is
written (``write: raw``), and the reader, the detector and the target
registry go by those properties, not by its name. A dialect of a user's with
the same identity fields is read, and written, as YubHub is."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from converter.feed import dialects as dialects_module
from converter.feed import reader as reader_module
from converter.feed.detect import enveloping
from converter.feed.dialects import (
    DEFAULT,
    Dialect,
    DialectFileError,
    by_name,
    dialects,
    load_dialect,
    use_dialects,
    yubhub,
)
from converter.feed.engines import default_schema_path, load_engine
from converter.feed.reader import FeedReader
from converter.model import FIELDS
from converter.writers import boards
from converter.writers.targets import Rendering, dialect_target, targets
from converter.writers.yubhub import HEAD, TAIL, to_yubhub

from ..conftest import FIXTURES, ROOT, feed_xml, good, run_cli

YUBHUB_YAML = ROOT / "schemas" / "dialects" / "yubhub.yaml"


def test_yubhub_maps_every_model_field_to_itself() -> None:
    data = yaml.safe_load(YUBHUB_YAML.read_text(encoding="utf-8"))
    assert data["fields"] == {name: name for name in FIELDS}
    d = yubhub()
    assert d.name == DEFAULT and dialects()[0] is d
    assert d.plain and d.carried is None
    assert all(s.identity for s in d.fields)
    assert [d.describe(f) for f in FIELDS] == list(FIELDS)
    assert not d.carries("Expires")  # the model's expiry has no YubHub element


def test_only_yubhub_is_plain_and_strict_among_the_bundled() -> None:
    assert [d.name for d in dialects() if d.plain] == ["yubhub"]
    assert [d.name for d in dialects() if d.strict] == ["yubhub"]
    for d in dialects():
        if not d.plain:
            assert d.carried == frozenset(s.field for s in d.fields) | {"externalid"}, d.name


def test_yubhubs_xsd_stays_where_other_tools_point() -> None:
    assert yubhub().schema_path == default_schema_path() == ROOT / "schemas" / "yubhub.xsd"
    assert yubhub().schema_path.name == "yubhub.xsd"


def test_a_strict_dialect_is_never_looked_for_in_an_envelope() -> None:
    wrapped = enveloping(("rss", "source", "jobs", "job"))
    assert wrapped and all(d.board != "yubhub" for d in wrapped)
    assert "jobrapido" in {d.board for d in wrapped}  # the same path, not strict


def test_the_yubhub_target_comes_from_its_write_section() -> None:
    d = yubhub()
    assert d.write is not None and d.write.raw
    written = [name for name in targets() if name not in ("jsonld", "hropen", "csv")]
    assert written == [x.name for x in dialects() if x.write is not None]
    target = targets()["yubhub"]
    assert target.title == "a YubHub feed" and target.forms == ("xml",)
    assert target.frame == (HEAD, TAIL) == boards.frame(d)
    assert target.xsd == d.schema_path and target.lacking is None
    with (FIXTURES / "sample.xml").open("rb") as f:
        jobs = [entry.job for entry in FeedReader(f, "sample.xml")]
    assert jobs and all(target.build(job, ()) == to_yubhub(job) for job in jobs)
    render = Rendering.of("yubhub").renderer()
    assert [render(job)[0] for job in jobs] == [to_yubhub(job) for job in jobs]


def _plain_yaml(name: str, root: str, **more: object) -> dict:
    """A dialect of a user's with YubHub's identity fields, its own root and no XSD."""
    data = {
        "name": name,
        "root": root,
        "job": [root, "jobs", "job"],
        "fields": {f: f for f in FIELDS},
    }
    data.update(more)
    return data


@pytest.fixture
def plain_dialect(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Dialect]:
    """A plain dialect of a user's (``listing``), registered for this test only."""
    path = tmp_path / "listing.yaml"
    path.write_text(yaml.safe_dump(_plain_yaml("listing", "listing", write={"raw": True})))
    monkeypatch.setattr(dialects_module, "_USERS", {})
    use_dialects([path])
    yield by_name("listing")
    monkeypatch.undo()
    dialects.cache_clear()
    dialects_module._declared.cache_clear()


def _read(text: str, dialect: Dialect) -> list:
    engine = load_engine("lxml", dialect.schema_path)
    reader = FeedReader(io.BytesIO(text.encode()), "feed.xml", engine, dialect=dialect)
    return list(reader)


FEED = feed_xml(good(), good(externalid="j-2", Title="Sous Chef", Skills=None))


def test_a_user_dialect_with_identity_fields_reads_like_yubhub(
    plain_dialect: Dialect, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert plain_dialect.plain and plain_dialect.carried is None
    assert not plain_dialect.strict
    ours = FEED.replace("<source>", "<listing>").replace("</source>", "</listing>")
    theirs = _read(FEED, yubhub())

    def no_mapping(*args: object, **kwargs: object) -> None:
        raise AssertionError("a plain dialect is read without the mapping")

    monkeypatch.setattr(reader_module, "read_job", no_mapping)  # the fast path, or fail
    read = _read(ours, plain_dialect)
    assert [e.job.source.raw for e in read] == [e.job.source.raw for e in theirs]
    assert [e.job.source.lines for e in read] == [e.job.source.lines for e in theirs]
    assert [e.job.values for e in read] == [e.job.values for e in theirs]
    assert [(e.job.source.carried, e.job.source.names) for e in read] == [(None, {})] * 2
    assert [e.diagnostics for e in read] == [e.diagnostics for e in theirs] == [[], []]


def test_a_user_plain_dialect_reads_past_what_it_does_not_know(plain_dialect: Dialect) -> None:
    """Not strict: an element no field names is S002, taken out unread."""
    ours = feed_xml(good()).replace("<source>", "<listing>").replace("</source>", "</listing>")
    ours = ours.replace("<Title>", "<phone>1</phone><Title>")
    (entry,) = _read(ours, plain_dialect)
    assert [d.code for d in entry.diagnostics] == ["S002"]
    assert "phone" not in entry.job.source.raw and entry.job.title == good()["Title"]


def test_a_user_plain_dialect_is_written_as_yubhub_is(plain_dialect: Dialect) -> None:
    target = dialect_target(plain_dialect)
    assert target.frame == (HEAD.replace("source", "listing"), TAIL.replace("source", "listing"))
    (entry,) = _read(feed_xml(good()), yubhub())
    assert target.build(entry.job, ()) == to_yubhub(entry.job)
    lost = target.dropped(entry.job) if target.dropped else None
    assert lost == []


def test_a_dialect_file_without_fields_is_plain(tmp_path: Path) -> None:
    path = tmp_path / "bare.yaml"
    path.write_text(yaml.safe_dump({"name": "bare", "root": "feed", "job": ["feed", "job"]}))
    dialect = load_dialect(path)
    assert dialect.plain and [s.field for s in dialect.fields] == list(FIELDS)


def test_a_mapping_is_not_plain(tmp_path: Path) -> None:
    for change in (
        {"Title": "title"},
        {"Title": {"from": "Title", "transform": ["unescape"]}},
        {"Expires": "Expires"},
    ):
        data = _plain_yaml("mapped", "feed")
        data["fields"] = {**data["fields"], **change}
        path = tmp_path / "mapped.yaml"
        path.write_text(yaml.safe_dump(data))
        assert not load_dialect(path).plain, change
    data = _plain_yaml("made", "feed", make_id=True)
    path.write_text(yaml.safe_dump(data))
    assert not load_dialect(path).plain


def test_a_raw_writer_needs_a_plain_dialect(tmp_path: Path) -> None:
    data = _plain_yaml("mapped", "feed", write={"raw": True})
    data["fields"]["Title"] = "title"
    path = tmp_path / "mapped.yaml"
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(DialectFileError, match="write: raw is for a dialect whose fields"):
        load_dialect(path)
    data = _plain_yaml("dated", "feed", write={"raw": True, "date": "dd.mm.yyyy"})
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(DialectFileError, match="write: raw writes the texts as read"):
        load_dialect(path)


def test_a_plain_dialect_file_converts_as_yubhub_does(tmp_path: Path) -> None:
    yub = tmp_path / "yub.xml"
    yub.write_text(FEED)
    ours = tmp_path / "ours.xml"
    ours.write_text(FEED)  # the same root: read with --dialect, not told
    path = tmp_path / "mine.yaml"
    path.write_text(yaml.safe_dump(_plain_yaml("mine", "source")))
    for target in ("csv", "yubhub", "jsonld"):
        a = run_cli("convert", "--to", target, str(yub))
        b = run_cli("convert", "--to", target, "--dialect", str(path), str(ours))
        assert a.returncode == b.returncode == 0, (a.stderr, b.stderr)
        assert a.stdout == b.stdout, target
