"""The dialect is chosen on evidence from across the feed, and told: in the
summary line, the JSON report and ``report``; S003 when most jobs break it
and another dialect fits better."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from converter.feed.detect import of_path, sample_jobs, seen_in
from converter.feed.dialects import HEAD_BYTES

from ..conftest import run_cli

_PLAIN = (
    "<job><id>{i}</id><title>Cook</title><url>https://e.example/{i}</url>"
    "<description>Cook.</description><location>Opole</location>{more}<company>Acme</company></job>"
)
_CAREERJET = (
    "<working_hours>full-time</working_hours><company_url>https://acme.example</company_url>"
    "<apply_url>https://e.example/a</apply_url>"
)


def _careerjet(tmp_path: Path, jobs: int = 10, padding: int = 0) -> Path:
    """A Careerjet feed whose first job, alone, fits Adzuna better (a
    country beside a flat location, none of Careerjet's own elements)."""
    first = _PLAIN.format(i=0, more="<country>PL</country>")
    rest = "\n".join(
        _PLAIN.format(i=i, more=_CAREERJET) + ("<!--" + "x" * padding + "-->" if padding else "")
        for i in range(1, jobs)
    )
    path = tmp_path / "careerjet.xml"
    path.write_text(f'<?xml version="1.0"?>\n<jobs>\n{first}\n{rest}\n</jobs>\n')
    return path


def test_a_first_job_alone_does_not_decide(tmp_path: Path) -> None:
    assert of_path(str(_careerjet(tmp_path))).name == "careerjet"


def test_a_large_feed_is_sampled_by_byte_ranges(tmp_path: Path) -> None:
    path = _careerjet(tmp_path, jobs=400, padding=2000)  # ~1 MB, beyond the opening read
    assert path.stat().st_size > 3 * HEAD_BYTES
    head = path.read_bytes()[:HEAD_BYTES]
    sample = sample_jobs(str(path), seen_in(head), head)
    middle, last = (int(job.findtext("id") or 0) for job in sample)
    assert 190 < middle < 210 and last == 399
    assert of_path(str(path)).name == "careerjet"


def test_the_summary_names_each_feeds_dialect(tmp_path: Path) -> None:
    careerjet = _careerjet(tmp_path)
    proc = run_cli("validate", str(careerjet))
    assert proc.stderr.decode().splitlines()[-1].endswith("(1 file read as careerjet, 10 jobs).")
    zipped = tmp_path / "again.xml.gz"
    zipped.write_bytes(gzip.compress(careerjet.read_bytes()))
    yubhub = tmp_path / "yubhub.xml"
    yubhub.write_text('<?xml version="1.0"?>\n<source><jobs/></source>\n')
    proc = run_cli("validate", str(careerjet), str(zipped), str(yubhub))
    last = proc.stderr.decode().splitlines()[-1]
    assert "(3 files: 2 read as careerjet, 1 as yubhub; 20 jobs)." in last, last


def test_the_json_report_and_report_name_the_dialects(tmp_path: Path) -> None:
    careerjet = _careerjet(tmp_path)
    proc = run_cli("validate", "--format", "json", str(careerjet))
    assert json.loads(proc.stdout)["summary"]["dialects"] == {"careerjet": 1}
    zipped = tmp_path / "feed.xml.gz"
    zipped.write_bytes(gzip.compress(careerjet.read_bytes()))
    proc = run_cli("report", "--format", "json", str(zipped))
    assert [f["dialect"] for f in json.loads(proc.stdout)["feeds"]] == ["careerjet"]


def test_a_dialect_most_jobs_break_is_said_once_with_the_better_one(tmp_path: Path) -> None:
    careerjet = _careerjet(tmp_path)
    proc = run_cli("validate", "--dialect", "adzuna", str(careerjet))
    said = [line for line in proc.stdout.decode().splitlines() if " S003 " in line]
    assert said == [
        f"{careerjet}:3:65: S003 [warning] 10 of 10 jobs break adzuna's schema; the feed fits"
        " careerjet better: try --dialect careerjet"
    ], proc.stdout.decode()
    proc = run_cli("validate", "--dialect", "careerjet", str(careerjet))
    assert b"S003" not in proc.stdout


def test_no_s003_when_no_dialect_fits_better(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_text('<?xml version="1.0"?>\n<jobs><job><oops/></job><job><oops/></job></jobs>\n')
    proc = run_cli("validate", "--dialect", "careerjet", "--select", "S", str(path))
    assert b"S003" not in proc.stdout
