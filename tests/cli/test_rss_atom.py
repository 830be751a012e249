"""RSS 2.0 and Atom job feeds, with the job elements boards add in a namespace
of their own (whatever its URI), read as any board's feed: an item without
employer or date converts to CSV and HR Open, and is held back from JSON-LD
with the reason."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from ..conftest import run_cli

# After LaraJobs' feed (larajobs.com/feed): job:* elements, dc:creator, an
# RFC 2822 pubDate, a guid that is not a permalink.
RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:job="https://larajobs.com/ns" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Jobs</title>
    <link>https://jobs.example</link>
    <description>Openings</description>
    <item>
      <title>Senior Laravel Engineer</title>
      <link>https://jobs.example/job/3939</link>
      <pubDate>Fri, 25 Sep 2026 20:52:41 +0000</pubDate>
      <dc:creator><![CDATA[Evolution Collect]]></dc:creator>
      <job:location>Austin, TX, USA</job:location>
      <job:job_type>FULL_TIME</job:job_type>
      <job:salary>$160,000.00 - $180,000.00</job:salary>
      <job:company>Evolution Collect, LLC</job:company>
      <job:tags>AWS,Laravel,PHP</job:tags>
      <guid isPermaLink="false">jobs-3939</guid>
      <description><![CDATA[<p>Build things.</p><ul><li>PHP</li></ul>]]></description>
      <comments>https://jobs.example/job/3939#c</comments>
    </item>
    <item>
      <title>Cook</title>
      <link>https://jobs.example/job/7</link>
      <description><![CDATA[<p>Cook.</p><ul><li>Grill</li></ul>]]></description>
      <category>Hospitality</category>
    </item>
  </channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:j="https://careers.example/ns">
  <title>Careers</title>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2026-09-20T10:00:00Z</updated>
  <entry>
    <title>Line Cook</title>
    <link rel="alternate" href="https://careers.example/cook"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <published>2026-09-20T10:00:00Z</published>
    <author><name>The Copper Pan</name></author>
    <category term="Hospitality"/>
    <j:location>Leeds</j:location>
    <j:country>GB</j:country>
    <j:salary>£28,000 - £32,000 per year</j:salary>
    <content type="html">&lt;p&gt;Cook lunch.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Grill&lt;/li&gt;&lt;/ul&gt;</content>
  </entry>
</feed>
"""  # noqa: E501


def _write(tmp_path: Path, text: str, name: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_rss_items_are_jobs_with_their_extensions(tmp_path: Path) -> None:
    path = _write(tmp_path, RSS, "jobs.rss")
    proc = run_cli("to-csv", "--today", "2026-10-01", str(path))
    assert proc.returncode == 0, proc.stderr
    first, second = csv.DictReader(io.StringIO(proc.stdout.decode()))
    assert (first["id"], first["title"], first["employer"]) == (
        "jobs-3939",
        "Senior Laravel Engineer",
        "Evolution Collect, LLC",
    )
    assert (first["employment_types"], first["country"], first["salary_min"]) == (
        "FULL_TIME",
        "US",
        "160000",
    )
    assert (first["date_posted"], first["apply_url"]) == (
        "2026-09-25",
        "https://jobs.example/job/3939",
    )
    assert second["id"] == "https://jobs.example/job/7"  # no guid: the link
    assert second["category"] == "Hospitality"
    err = proc.stderr.decode()
    assert "read as rss, 2 jobs" in err
    assert "S002 [warning] <comments> is no RSS element: its content is not read" in err


def test_an_item_without_employer_or_date_is_held_back_from_jsonld_only(tmp_path: Path) -> None:
    path = _write(tmp_path, RSS, "jobs.rss")
    proc = run_cli("to-jsonld", "--today", "2026-10-01", str(path))
    [posting] = json.loads(proc.stdout)
    assert posting["title"] == "Senior Laravel Engineer"
    err = proc.stderr.decode()
    assert "R003 [error] pubDate is missing; Google requires datePosted" in err
    assert "R004 [error] company is missing; Google requires the hiring organisation" in err
    hropen = run_cli("to-hropen", "--format", "jsonl", "--today", "2026-10-01", str(path))
    assert hropen.returncode == 0, hropen.stderr
    assert len(hropen.stdout.splitlines()) == 2


def test_an_item_needs_a_title_and_a_link(tmp_path: Path) -> None:
    broken = RSS.replace("<title>Cook</title>", "").replace(
        "<link>https://jobs.example/job/7</link>", ""
    )
    path = _write(tmp_path, broken, "jobs.rss")
    proc = run_cli("validate", "--today", "2026-10-01", "--select", "S", str(path))
    out = proc.stdout.decode()
    assert "S001 [error] the job has no title, which RSS jobs require" in out
    assert (
        "S001 [error] the job has no link | job:apply_url | job:url" in out.replace("{*}", "job:")
        or "no link" in out
    )
    assert proc.returncode == 1


def test_atom_entries_are_jobs(tmp_path: Path) -> None:
    path = _write(tmp_path, ATOM, "jobs.atom")
    proc = run_cli("to-jsonld", "--today", "2026-10-01", str(path))
    assert proc.returncode == 0, proc.stderr
    [posting] = json.loads(proc.stdout)
    assert posting["url"] == "https://careers.example/cook"
    assert posting["hiringOrganization"]["name"] == "The Copper Pan"
    assert posting["datePosted"] == "2026-09-20T10:00:00Z"
    assert posting["occupationalCategory"] == "Hospitality"
    assert posting["description"] == "<p>Cook lunch.</p><ul><li>Grill</li></ul>"
    assert posting["baseSalary"]["currency"] == "GBP"
    assert posting["jobLocation"]["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Leeds",
        "addressCountry": "GB",
    }
    assert "read as atom, 1 job" in proc.stderr.decode()


def test_an_item_whose_location_only_says_remote_is_a_remote_job(tmp_path: Path) -> None:
    # LaraJobs' feed (danielh-official/larajobs-extra, docs/feed.xml): padded
    # CDATA in job:location, no element for the work arrangement at all.
    remote = RSS.replace(
        "<job:location>Austin, TX, USA</job:location>",
        "<job:location><![CDATA[\n        Remote - Brazil\n      ]]></job:location>",
    )
    path = _write(tmp_path, remote, "jobs.rss")
    proc = run_cli("to-jsonld", "--format", "jsonl", "--today", "2026-10-01", str(path))
    posting = json.loads(proc.stdout.splitlines()[0])
    assert posting["jobLocationType"] == "TELECOMMUTE"
    assert posting["applicantLocationRequirements"] == {"@type": "Country", "name": "BR"}
    said = run_cli("validate", "--show-info", "--today", "2026-10-01", str(path)).stdout.decode()
    assert "L005 [info] no work arrangement is given; remote is read from job:location" in said
