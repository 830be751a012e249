"""The XSD-only path: no job model, and a clean segment checked
as one document by libxml2 (converter/feed/whole.py).

Whatever path a feed takes, the results must be those of the full read
restricted to the document's codes: the fast path only vouches for clean
segments and hands everything else to the streaming reader.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from converter import Pipeline
from converter.codes.document import DOCUMENT_CODES
from converter.feed.detect import of_path
from converter.feed.dialects import by_name
from converter.feed.engines import load_engine
from converter.feed.ranges import opened_range
from converter.feed.segments import plan
from converter.feed.sources import Sources
from converter.feed.whole import clean_jobs
from converter.lint.rules import RULES
from converter.writers.targets import Rendering

from ..conftest import good, job_xml

TODAY = date(2026, 6, 1)
DOCUMENT_RULES = [RULES[c] for c in sorted(DOCUMENT_CODES)]
HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<source>\n  <jobs>\n'


def _jobs(n: int = 40, **changes: str | None) -> list[str]:
    return [job_xml(good(**{"externalid": f"j{i}", **changes})) for i in range(n)]


def _with(middle: str, at: int = 20, n: int = 40) -> str:
    parts = _jobs(n)
    parts.insert(at, middle)
    return HEAD + "\n".join(parts) + "\n  </jobs>\n</source>\n"


def _indeed(n: int, trailer: str = "") -> str:
    jobs = "".join(
        f"\n<job><title>Cook {i}</title><date>2026-01-0{1 + i % 9}</date>"
        f"<referencenumber>r-{i}</referencenumber><url>https://a.example/{i}</url>"
        f"<company>A</company><city>Austin</city><state>TX</state><country>US</country>"
        f"<description><![CDATA[<p>Cook dish {i}.</p>]]></description></job>"
        for i in range(n)
    )
    head = '<?xml version="1.0" encoding="UTF-8"?>\n<source><publisher>p</publisher>'
    return f"{head}{jobs}\n{trailer}</source>\n"


CLEAN = HEAD + "\n".join(_jobs()) + "\n  </jobs>\n</source>\n"

#: Feeds whose jobs are all valid, with something around them the fast path
#: must not vouch for (or may: a comment), and what the segment holding it gives.
FEEDS = {
    "clean": CLEAN,
    "comment-between-jobs": _with("    <!-- <job> a note -->"),
    "text-between-jobs": _with("    stray text"),
    "element-between-jobs": _with("    <advert>buy</advert>"),
    "job-after-the-jobs": CLEAN.replace("</jobs>\n", "</jobs>\n  <job/>\n"),
    "element-after-the-last-job": CLEAN.replace("  </jobs>", "    <advert/>\n  </jobs>"),
    "job-line-in-cdata": _with(
        job_xml(good(externalid="cdata", Description="<p>a</p>\n    <job>\n<p>b</p>"))
    ),
    "doctype": CLEAN.replace("<source>", "<!DOCTYPE source>\n<source>"),
    "entities": CLEAN.replace("<source>", '<!DOCTYPE source [<!ENTITY a "b">]>\n<source>'),
    "one-invalid-job": _with(job_xml(good(externalid="bad", Postedate="yesterday"))),
    "unknown-element-in-job": _with(job_xml(good(externalid="bad", Bonus="1"))),
    "syntax-error-late": _with("    <job><Title>unclosed</job>", at=35),
    "truncated": CLEAN[:-200],
    "no-jobs": HEAD + "  </jobs>\n</source>\n",
    "crlf": CLEAN.replace("\n", "\r\n"),
    "one-line": CLEAN.replace("\n", " "),
    "blank-id": HEAD + "\n".join(_jobs(40, externalid="  ")) + "\n  </jobs>\n</source>\n",
    "indeed": _indeed(60),
    "indeed-trailer": _indeed(60, "<publisherurl>https://p.example</publisherurl>\n"),
}


def _results(path: Path, jobs: int, segment_size: int | None = None, rules=DOCUMENT_RULES):
    pipeline = Pipeline(today=TODAY, jobs=jobs, segment_size=segment_size, rules=rules)
    found = [(r.file, r.job_id, r.line, r.is_job, r.diagnostics) for r in pipeline.results([path])]
    return found, pipeline.tally.jobs, pipeline.broken


def _only_document_codes(results):
    found, jobs, broken = results
    kept = [(*r[:4], [d for d in r[4] if d.code in DOCUMENT_CODES]) for r in found]
    return kept, jobs, broken


@pytest.mark.parametrize("name", sorted(FEEDS))
def test_xsd_only_results_are_the_full_reads(tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.xml"
    path.write_text(FEEDS[name], encoding="utf-8")
    # Every rule and the model (the long way), kept to the document's codes.
    full = _only_document_codes(_results(path, 1, rules=None))
    assert _results(path, 1) == full  # streaming, without the model
    assert _results(path, 2, segment_size=1200) == full  # segments, the fast path where clean


def clean(path: Path, segment, dialect, engine):
    """clean_jobs on the segment's bytes (the whole file for None), as a worker reads them."""
    end = path.stat().st_size if segment is None else segment.end
    start = 0 if segment is None else segment.start
    with opened_range(str(path), start, end, Sources()) as raw:
        return clean_jobs(raw, str(path), segment, dialect, engine)


def test_the_fast_path_vouches_for_clean_segments_only(tmp_path: Path) -> None:
    engine = load_engine("lxml", by_name("yubhub").schema_path)
    dialect = by_name("yubhub")
    for name in ("clean", "comment-between-jobs", "crlf"):
        path = tmp_path / f"{name}.xml"
        path.write_text(FEEDS[name], encoding="utf-8")
        segments = plan(str(path), 2, 1200)
        assert segments is not None and len(segments) > 5
        found = [clean(path, s, dialect, engine) for s in segments]
        assert all(f is not None for f in found), name
        # The ids and lines of the streaming read, job for job.
        serial = [(r[1], r[2]) for r in _results(path, 1)[0] if r[3]]
        assert [job for jobs in found for job in jobs] == serial
    odd = (
        "text-between-jobs",
        "element-between-jobs",
        "one-invalid-job",
        "unknown-element-in-job",
    )
    for name in odd:
        path = tmp_path / f"{name}.xml"
        path.write_text(FEEDS[name], encoding="utf-8")
        segments = plan(str(path), 2, 1200)
        assert segments is not None
        found = [clean(path, s, dialect, engine) for s in segments]
        assert None in found, name  # the segment with the oddity goes to the reader
        assert any(f is not None for f in found), name  # and only that one
    for name in ("doctype", "entities", "no-jobs", "element-after-the-last-job"):
        path = tmp_path / f"{name}.xml"
        path.write_text(FEEDS[name], encoding="utf-8")
        assert clean(path, None, dialect, engine) is None, name


def test_an_indeed_trailer_is_left_to_the_reader(tmp_path: Path) -> None:
    path = tmp_path / "indeed.xml"
    path.write_text(FEEDS["indeed"], encoding="utf-8")
    dialect = of_path(str(path))
    assert dialect is not None and dialect.name == "indeed"
    engine = load_engine("lxml", dialect.schema_path)
    found = clean(path, None, dialect, engine)
    assert found is not None and len(found) == 60 and found[0][0] == "r-0"
    path.write_text(FEEDS["indeed-trailer"], encoding="utf-8")
    assert clean(path, None, dialect, engine) is None


def test_only_document_codes_leave_the_model_out() -> None:
    assert not Pipeline(rules=DOCUMENT_RULES).read_spec.model
    assert not Pipeline(rules=[RULES["S001"]]).read_spec.model
    assert Pipeline(rules=[*DOCUMENT_RULES, RULES["R001"]]).read_spec.model
    assert Pipeline().read_spec.model
    # A converter writes the model, whatever is selected.
    assert Pipeline(rules=DOCUMENT_RULES, rendering=Rendering.of("csv", None)).read_spec.model
