"""The drop guard: a run that would leave an output with far fewer jobs than
it holds is refused, the old output kept byte for byte, exit 1, one line."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest

from converter.guard import count_jobs, drop_refusal
from converter.publish import Converter

from ..conftest import run_cli

TODAY = ("--today", "2026-09-10")

JOB = """    <job>
      <externalid>job-{n}</externalid>
      <Title>Cook {n}</Title>
      <Description><![CDATA[<p>Cook number {n}, "quoted", with a comma.</p>
<p>A second line.</p>]]></Description>
      <Jobtype>full-time</Jobtype>
      <Workarrangement>onsite</Workarrangement>
      <Employername>Pine Street</Employername>
      <Applyto>https://jobs.example.com/{n}</Applyto>
      <Location>Leeds</Location>
      <Country>GB</Country>
      <Postedate>2026-09-01</Postedate>
    </job>
"""


def feed(ids: range, spoil: bool = False) -> str:
    """A YubHub feed of the jobs ``ids``; ``spoil``: each with an error (no Title)."""
    jobs = "".join(JOB.format(n=n) for n in ids)
    if spoil:
        jobs = jobs.replace("<Title>", "<Titel>").replace("</Title>", "</Titel>")
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<source>\n  <jobs>\n{jobs}  </jobs>\n</source>\n'
    )


#: Every output form: (command, extra options, file name).
FORMS = [
    ("to-jsonld", [], "live.json"),
    ("to-jsonld", ["--format", "jsonl"], "live.jsonl"),
    ("to-jsonld", ["--format", "html"], "live.html"),
    ("to-hropen", [], "hropen.json"),
    ("to-csv", [], "live.csv"),
    ("to-indeed", [], "indeed.xml"),
    ("to-yubhub", [], "yubhub.xml"),
]
IDS = [" ".join([c, *o]) for c, o, _ in FORMS]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def convert(command: str, options: list[str], *args: str):
    return run_cli(command, "--isolated", "-j", "1", *TODAY, *options, *args)


@pytest.fixture(params=FORMS, ids=IDS)
def live(request, tmp_path: Path) -> tuple[str, list[str], Path]:
    """A live output of 10 jobs, written by jobconv."""
    command, options, name = request.param
    source = write(tmp_path, "ten.xml", feed(range(10)))
    out = tmp_path / name
    done = convert(command, options, "-o", str(out), str(source))
    assert done.returncode == 0, done.stderr.decode()
    return command, options, out


def form_of(command: str, options: list[str]) -> str:
    if options:
        return options[1]
    return {"to-csv": "csv", "to-indeed": "xml", "to-yubhub": "xml"}.get(command, "json")


def test_the_live_output_is_counted_in_its_own_form(live) -> None:
    command, options, out = live
    assert count_jobs(out, form_of(command, options), "job") == 10


@pytest.mark.parametrize(
    ("case", "text"),
    [
        ("empty feed", feed(range(0))),
        (
            "stub with a header",
            '<?xml version="1.0"?>\n<source><publisher>x</publisher></source>\n',
        ),
        ("every job held back", feed(range(10), spoil=True)),
        ("just over the threshold: 4 of 10", feed(range(4))),
    ],
)
def test_a_drop_is_refused_and_the_old_output_kept(live, tmp_path: Path, case, text) -> None:
    command, options, out = live
    before = out.read_bytes()
    new = write(tmp_path, "new.xml", text)
    done = convert(command, options, "-o", str(out), str(new))
    stderr = done.stderr.decode()
    assert done.returncode == 1, stderr
    assert out.read_bytes() == before  # byte for byte
    refusal = [line for line in stderr.splitlines() if "--max-drop" in line]
    assert len(refusal) == 1, stderr
    assert f"to {out}: it holds 10 jobs and this run writes " in refusal[0]
    assert "Traceback" not in stderr
    # Said even with -q: a kept output is never silent.
    quiet = convert(command, [*options, "-q"], "-o", str(out), str(new))
    assert quiet.returncode == 1
    assert "it holds 10 jobs" in quiet.stderr.decode()


def test_a_drop_within_the_threshold_is_written(live, tmp_path: Path) -> None:
    command, options, out = live
    new = write(tmp_path, "five.xml", feed(range(5)))  # 50% left: just allowed
    done = convert(command, options, "-o", str(out), str(new))
    assert done.returncode == 0, done.stderr.decode()
    assert count_jobs(out, form_of(command, options), "job") == 5
    assert b"job-4" in out.read_bytes() and b"job-5" not in out.read_bytes()


def test_max_drop_100_allows_anything(live, tmp_path: Path) -> None:
    command, options, out = live
    new = write(tmp_path, "empty.xml", feed(range(0)))
    done = convert(command, [*options, "--max-drop", "100"], "-o", str(out), str(new))
    assert done.returncode == 0, done.stderr.decode()
    assert b"job-1" not in out.read_bytes()


def test_a_new_output_is_never_refused(tmp_path: Path) -> None:
    new = write(tmp_path, "empty.xml", feed(range(0)))
    out = tmp_path / "fresh.json"
    done = convert("to-jsonld", [], "-o", str(out), str(new))
    assert done.returncode == 0, done.stderr.decode()
    assert json.loads(out.read_text()) == []


def test_the_threshold_is_the_configuration_s_and_the_option_wins(tmp_path: Path) -> None:
    out = tmp_path / "live.csv"
    assert (
        convert(
            "to-csv", [], "-o", str(out), str(write(tmp_path, "a.xml", feed(range(10))))
        ).returncode
        == 0
    )
    config = write(tmp_path, ".jobconv.yaml", "max-drop: 80\n")
    three = write(tmp_path, "three.xml", feed(range(3)))
    done = run_cli("to-csv", "--config", str(config), *TODAY, "-o", str(out), str(three))
    assert done.returncode == 0, done.stderr.decode()  # 70% dropped, 80 allowed
    with open(out, newline="", encoding="utf-8") as f:
        assert len(list(csv.reader(f))) == 4
    one = write(tmp_path, "one.xml", feed(range(1)))
    done = run_cli(
        "to-csv", "--config", str(config), "--max-drop", "50", *TODAY, "-o", str(out), str(one)
    )
    assert done.returncode == 1
    assert "it holds 3 jobs and this run writes 1, a drop of 66%" in done.stderr.decode()


def test_prune_of_an_out_dir_is_guarded(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    ten = write(tmp_path, "ten.xml", feed(range(10)))
    assert convert("to-jsonld", [], "--out-dir", str(folder), str(ten)).returncode == 0
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    empty = write(tmp_path, "empty.xml", feed(range(0)))
    done = convert("to-jsonld", [], "--out-dir", str(folder), "--prune", str(empty))
    assert done.returncode == 1
    assert "it holds 10 jobs and this run writes 0" in done.stderr.decode()
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    # Without --prune nothing is removed, so nothing is judged.
    assert convert("to-jsonld", [], "--out-dir", str(folder), str(empty)).returncode == 0
    allowed = convert(
        "to-jsonld", ["--max-drop", "100"], "--out-dir", str(folder), "--prune", str(empty)
    )
    assert allowed.returncode == 0
    assert not any(p.name.startswith("job-") for p in folder.iterdir())


def test_the_library_converter_guards_too(tmp_path: Path) -> None:
    out = tmp_path / "live.json"
    ten = write(tmp_path, "ten.xml", feed(range(10)))
    converter = Converter("jsonld", jobs=1, today=date(2026, 9, 10))
    assert converter.convert(ten, out).published
    empty = write(tmp_path, "empty.xml", feed(range(0)))
    outcome = converter.convert(empty, out)
    assert not outcome.published and outcome.drop_refused
    assert len(json.loads(out.read_text())) == 10
    assert Converter("jsonld", jobs=1, max_drop=100).convert(empty, out).published
    assert json.loads(out.read_text()) == []


@pytest.mark.parametrize(
    ("held", "writes", "max_drop", "refused"),
    [
        (None, 0, 50, False),  # a new output
        (0, 0, 50, False),
        (10, 0, 99, True),  # zero over any is a drop
        (10, 0, 100, False),
        (10, 5, 50, False),
        (10, 4, 50, True),
        (10, 10, 0, False),
        (10, 9, 0, True),
        (10, 12, 50, False),
        (3, 1, 60, True),  # 33% left, 40% needed
        (3, 2, 60, False),
    ],
)
def test_drop_refusal_table(held, writes, max_drop, refused) -> None:
    assert (drop_refusal(held, writes, max_drop) is not None) is refused


def test_foreign_outputs_are_counted_or_left_unjudged(tmp_path: Path) -> None:
    pretty = write(tmp_path, "pretty.json", json.dumps([{"a": "[{"}, {"b": {"c": []}}], indent=4))
    assert count_jobs(pretty, "json") == 2
    assert count_jobs(write(tmp_path, "broken.json", "[{"), "json") is None
    assert count_jobs(tmp_path / "missing.json", "json") is None
    quoted = write(tmp_path, "q.csv", 'id,description\r\n1,"two\r\nlines"\r\n2,x\r\n')
    assert count_jobs(quoted, "csv") == 2
    hostile = write(
        tmp_path,
        "e.xml",
        '<?xml version="1.0"?><!DOCTYPE s [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        "<source><job>&e;</job><job/></source>",
    )
    assert count_jobs(hostile, "xml", "job") == 2  # counted, the entity never read


def test_a_large_array_is_counted_exactly_while_its_pages_are_given_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The walk releases what it passed every few pages (here: every page);
    a string with brackets and escaped quotes that spans a release point is
    still skipped whole."""
    import converter.guard

    monkeypatch.setattr(converter.guard, "_RELEASE", 1)
    jobs = [{"title": f'job {i} [{{"\\"]', "description": "x" * 5000 + "}{]["} for i in range(300)]
    path = tmp_path / "jobs.json"
    path.write_text(json.dumps(jobs), encoding="utf-8")
    assert path.stat().st_size > 300 * 4096 // 3
    assert count_jobs(path, "json") == 300
