"""``jobconv diff`` compares what a job means, not how its feed spells it:
two texts the job model reads as the same value are no change (and no
indexing notice); ``--raw`` compares the texts. Through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ..conftest import feed_xml, good, run_cli

SITE = "https://site.example/jobs/{id}"


def job(n: int, **changes: str | None) -> dict[str, str | None]:
    return good(**{"externalid": str(n), "Applyto": f"https://ats.example/apply/{n}", **changes})


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def diff_json(old: str, new: str, *more: str) -> dict:
    result = run_cli("diff", old, new, "--format", "json", *more)
    assert result.returncode == 0, result.stderr.decode()
    return json.loads(result.stdout)


def changes(found: dict) -> dict[str, dict]:
    return {c["externalid"]: c["fields"] for c in found["changed"]}


# Each pair: the GOOD_JOB field, its text in OLD, an equivalent text in NEW.
SAME_MEANING = [
    ("Jobtype", "full-time", "Full Time"),
    ("Jobtype", "full-time, contract", "Contract; Full-time"),
    ("Salaryrange", "£32,000", "£32000"),
    ("Salaryrange", "£28,000 - £32,000 per annum", "GBP 28000 - 32000 per year"),
    ("Country", "United Kingdom", "GB"),
    ("Description", "<p>Cook lunch.</p><ul><li>Prep</li></ul>",
     "  <P>Cook\n lunch.</P>\n<ul>\n <li>Prep</li>\n</ul>"),
    ("Description", "<p>Fish &amp; chips</p>", "<p>Fish &#38; chips</p>"),
    ("Workarrangement", "onsite", "On-site"),
    ("Experiencelevel", "mid", "Mid-level"),
    ("Compensationmax", "32000", "32000.00"),
    ("Compensationcurrency", "GBP", "gbp"),
    ("Title", "Line Cook", "  Line   Cook "),
    ("Skills", "grill, prep", "prep;grill"),
]  # fmt: skip


@pytest.mark.parametrize(("field", "was", "now"), SAME_MEANING)
def test_the_same_meaning_is_no_change(tmp_path: Path, field: str, was: str, now: str) -> None:
    old = write(tmp_path, "old.xml", feed_xml(job(1, **{field: was})))
    new = write(tmp_path, "new.xml", feed_xml(job(1, **{field: now})))
    assert diff_json(old, new) == {"added": [], "removed": [], "changed": [], "unchanged": 1}
    assert run_cli("diff", old, new, "--exit-code").returncode == 0
    # --raw keeps the comparison of texts: the same pair is a change, told as written.
    raw = changes(diff_json(old, new, "--raw"))
    assert raw == {"1": {field: {"old": was, "new": now}}}


def test_the_text_report_leaves_out_what_normalises_away(tmp_path: Path) -> None:
    old = write(tmp_path, "old.xml", feed_xml(job(1), job(2)))
    new = write(
        tmp_path,
        "new.xml",
        feed_xml(
            job(1, Jobtype="Full Time", Salaryrange="£28000 - £32000 per annum", Country="GB"),
            job(2, Jobtype="Full Time", Compensationmax="35000"),
        ),
    )
    result = run_cli("diff", old, new)
    assert result.stdout.decode().splitlines() == ["~ 2: Compensationmax '32000' -> '35000'"]
    assert b"0 added, 0 removed, 1 changed, 1 unchanged." in result.stderr
    raw = run_cli("diff", old, new, "--raw").stdout.decode()
    assert "~ 1: Country 'United Kingdom' -> 'GB'; Jobtype 'full-time' -> 'Full Time'" in raw
    assert "Jobtype 'full-time' -> 'Full Time'" in raw.splitlines()[1]


# A real change, told with the feeds' texts (not the model's values).
REAL_CHANGES = [
    ("Jobtype", "full-time", "part-time"),
    ("Jobtype", "full-time", "full-time, contract"),
    ("Salaryrange", "£32,000", "£35,000"),
    ("Salaryrange", "£32,000 per year", "£32,000 per month"),
    ("Salaryrange", "£32,000", "$32,000"),
    ("Postedate", "2026-05-01", "2026-05-01T00:00:00"),
    ("Postedate", "2026-05-01", "2026-05-02"),
    ("Country", "United Kingdom", "Ireland"),
    ("Description", "<p>Cook lunch.</p>", "<p>Cook dinner.</p>"),
    ("Workarrangement", "onsite", "remote"),
    ("Experiencelevel", "mid", "senior"),
    ("Jobtype", "full-time", "gig"),  # a type the model does not know: its text
]


@pytest.mark.parametrize(("field", "was", "now"), REAL_CHANGES)
def test_a_real_change_is_reported_with_the_texts(
    tmp_path: Path, field: str, was: str, now: str
) -> None:
    old = write(tmp_path, "old.xml", feed_xml(job(1, **{field: was})))
    new = write(tmp_path, "new.xml", feed_xml(job(1, **{field: now})))
    found = diff_json(old, new)
    assert changes(found) == {"1": {field: {"old": was, "new": now}}}
    assert run_cli("diff", old, new, "--exit-code").returncode == 1
    text = run_cli("diff", old, new).stdout.decode()
    assert text == f"~ 1: {field} {was!r} -> {now!r}\n"


def test_a_field_that_appears_or_goes_is_a_change(tmp_path: Path) -> None:
    old = write(tmp_path, "old.xml", feed_xml(job(1), job(2, Skills=None)))
    new = write(tmp_path, "new.xml", feed_xml(job(1, Salaryrange=None), job(2, Skills="grill")))
    assert changes(diff_json(old, new)) == {
        "1": {"Salaryrange": {"old": "£28,000 - £32,000 per annum", "new": None}},
        "2": {"Skills": {"old": None, "new": "grill"}},
    }


JOOBLE_JOB = """  <job id="{id}">
    <name>{name}</name>
    <description><![CDATA[<p>Cook lunch for a busy bistro.</p>]]></description>
    <pubdate>{pubdate}</pubdate>
    <jobtype>{jobtype}</jobtype>
    <salary>{salary}</salary>
    <company>The Copper Pan</company>
    <link>https://ats.example/apply/{id}</link>
    <region>Leeds</region>
    <country>{country}</country>
  </job>
"""

JOOBLE = {
    "id": "7",
    "name": "Line Cook",
    "pubdate": "01.05.2026",
    "jobtype": "Full time",
    "salary": "GBP 28000 - 32000 per year",
    "country": "GB",
}


def jooble(*jobs: dict[str, str]) -> str:
    body = "".join(JOOBLE_JOB.format(**{**JOOBLE, **j}) for j in jobs)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<jobs>\n{body}</jobs>\n'


def test_a_jooble_feed_is_compared_and_named_in_its_own_terms(tmp_path: Path) -> None:
    old = write(tmp_path, "old.xml", jooble({}, {"id": "8"}))
    same = write(
        tmp_path,
        "same.xml",
        jooble(
            {
                "pubdate": "2026-05-01",
                "jobtype": "full-time",
                "salary": "£28,000 - £32,000 per annum",
                "country": "United Kingdom",
            },
            {"id": "8"},
        ),
    )
    assert diff_json(old, same) == {"added": [], "removed": [], "changed": [], "unchanged": 2}
    new = write(
        tmp_path,
        "new.xml",
        jooble({"name": "Head Cook", "pubdate": "02.05.2026"}, {"id": "8", "salary": "GBP 35000"}),
    )
    assert changes(diff_json(old, new)) == {
        "7": {
            "name": {"old": "Line Cook", "new": "Head Cook"},
            "pubdate": {"old": "2026-05-01", "new": "2026-05-02"},
        },
        "8": {"salary": {"old": "GBP 28000 - 32000 per year", "new": "GBP 35000"}},
    }
    text = run_cli("diff", old, new).stdout.decode()
    assert "~ 7: name 'Line Cook' -> 'Head Cook'; pubdate '2026-05-01' -> '2026-05-02'" in text


def test_an_indeed_feed_names_fields_by_its_elements(tmp_path: Path) -> None:
    source = write(tmp_path, "src.xml", feed_xml(job(1), job(2)))
    made = run_cli("to-indeed", source)
    assert made.returncode in (0, 1), made.stderr
    indeed = made.stdout.decode()
    old = write(tmp_path, "old.xml", indeed)
    reworded = indeed.replace("fulltime", "Full-Time").replace("2026-05-01", "2026-05-01 ")
    assert diff_json(old, write(tmp_path, "same.xml", reworded))["unchanged"] == 2
    changed = indeed.replace(
        "<referencenumber><![CDATA[2]]></referencenumber>\n    <title><![CDATA[Line Cook]]>",
        "<referencenumber><![CDATA[2]]></referencenumber>\n    <title><![CDATA[Chef]]>",
    ).replace("<jobtype><![CDATA[fulltime]]>", "<jobtype><![CDATA[parttime]]>", 1)
    found = changes(diff_json(old, write(tmp_path, "new.xml", changed)))
    assert found == {
        "1": {"jobtype": {"old": "fulltime", "new": "parttime"}},
        "2": {"title": {"old": "Line Cook", "new": "Chef"}},
    }


def test_a_yubhub_feed_become_indeed_is_named_as_the_new_feed_names_it(tmp_path: Path) -> None:
    """The same field in two dialects is one field, named by NEW's element."""
    old = write(tmp_path, "old.xml", feed_xml(job(1)))
    made = run_cli("to-indeed", write(tmp_path, "src.xml", feed_xml(job(1, Title="Chef"))))
    new = write(tmp_path, "new.xml", made.stdout.decode())
    [change] = diff_json(old, new)["changed"]
    assert change["fields"]["title"] == {"old": "Line Cook", "new": "Chef"}
    assert "Title" not in change["fields"] and "date" not in change["fields"]
    assert "jobtype" not in change["fields"] and "country" not in change["fields"]


def indexing(old: str, new: str, *more: str) -> list[tuple[str, str]]:
    proc = run_cli(
        "diff", old, new, "--format", "indexing", "--url-template", SITE,
        "--today", "2026-05-10", *more, aged=True,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr.decode()
    return [(n["url"], n["type"]) for n in map(json.loads, proc.stdout.decode().splitlines())]


def test_indexing_sends_no_update_for_what_normalises_away(tmp_path: Path) -> None:
    old = write(tmp_path, "old.xml", feed_xml(job(1), job(2), job(3)))
    new = write(
        tmp_path,
        "new.xml",
        feed_xml(
            job(1, Jobtype="Full Time", Salaryrange="£28000 - £32000 per annum"),
            job(2, Country="GB", Workarrangement="On-site", Compensationmin="28000.00"),
            job(3, Jobtype="part-time"),
        ),
    )
    assert indexing(old, new) == [("https://site.example/jobs/3", "URL_UPDATED")]
    everything = [(f"https://site.example/jobs/{n}", "URL_UPDATED") for n in (1, 2, 3)]
    assert indexing(old, new, "--raw") == everything
