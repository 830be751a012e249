"""The job boards' XSDs, ``schemas/dialects/NAME.xsd`` (docs/dialects.md).

Each compiles in lxml and in xmlschema (XSD 1.0). The real feeds of
``../shared/feeds`` pass their dialect's XSD with zero errors, whole (lxml,
xmlschema, xmllint) and the way jobconv checks a feed: each job element on its
own, then the document with its jobs taken out. Small hand-written feeds show
what each dialect requires (only what its board's spec requires and the real
feeds honour) and what it refuses: a missing required element, an unknown or
repeated one, a blank or too long id, a feed-level element after the jobs.
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
from functools import cache

import pytest
import xmlschema
import yaml
from lxml import etree

from ..conftest import MALFORMED_FEEDS, REAL_FEEDS, ROOT, SHARED, requires_shared, run_cli

DIALECTS = ROOT / "schemas" / "dialects"
XS = "{http://www.w3.org/2001/XMLSchema}"

#: Root, containers and job element of each dialect (``job`` in NAME.yaml).
PATHS: dict[str, tuple[str, ...]] = {
    "indeed": ("source", "job"),
    "jooble": ("jobs", "job"),
    "careerjet": ("jobs", "job"),
    "jobrapido": ("source", "jobs", "job"),
    "jobatus": ("jobatus", "ad"),
    "linkedin": ("source", "job"),
    "ziprecruiter": ("source", "job"),
    "adzuna": ("jobs", "job"),
}
NAMES = sorted(PATHS)

# The real feeds (conftest.REAL_FEEDS): none breaks its board's published spec
# in a way the XSDs check; their problems (repeated ids, empty companies, dates
# in the wrong format...) are lint findings.

#: What each board's spec requires of a job and the real feeds honour, with a
#: value for the minimal feed. Careerjet's page marks nothing required, and
#: Jobatus and ZipRecruiter publish no spec; Jooble also requires ``job/@id``.
DESCRIPTION = (
    "<p>Cook lunch and dinner for a busy bistro by the canal.</p>"
    "<ul><li>Prep, grill and plate</li><li>Keep the kitchen clean</li></ul>"
)
assert len(DESCRIPTION) >= 100
REQUIRED: dict[str, dict[str, str]] = {
    "indeed": {
        "title": "Line Cook",
        "date": "2026-05-01T09:00:00Z",
        "referencenumber": "c-1",
        "url": "https://copperpan.example.com/jobs/1?source=Indeed",
        "company": "The Copper Pan",
        "city": "Leeds",
        "state": "West Yorkshire",
        "country": "GB",
        "description": DESCRIPTION,
    },
    "jooble": {"description": DESCRIPTION},
    "careerjet": {},
    "jobrapido": {"title": "Line Cook", "location": "Leeds", "state": "West Yorkshire"},
    "jobatus": {},
    "linkedin": {
        "partnerJobId": "c-1",
        "title": "Line Cook",
        "description": DESCRIPTION,
        "applyUrl": "https://www.copperpan.example.com/jobs/1",
    },
    "ziprecruiter": {},
    "adzuna": {
        "title": "Line Cook",
        "id": "c-1",
        "description": DESCRIPTION,
        "url": "https://copperpan.example.com/jobs/1",
        "location": "Leeds",
        "country": "UK",
    },
}

#: Every other element each XSD declares for a job, as a real feed might
#: write it (padded CDATA, empty elements, dates in several formats).
OPTIONAL: dict[str, dict[str, str]] = {
    "indeed": {
        "requisitionid": "req-7",
        "apijobid": "api-7",
        "sourcename": "Copper Group",
        "postalcode": "",
        "streetaddress": "1 Canal St",
        "email": "jobs@copperpan.example.com",
        "salary": "£28000 - £32000 per year",
        "education": "None",
        "jobtype": "fulltime, parttime",
        "category": "Hospitality, Kitchen",
        "experience": "2+ years",
        "expirationdate": "Mon, 08 Nov 2021",
        "remotetype": "Hybrid remote",
        "tracking_url": "https://copperpan.example.com/t/1",
        "lastactivitydate": "Fri, 19 Dec 2014 22:49:39 GMT",
        "indeed-apply-data": "indeed-apply-jobId=c-1&indeed-apply-jobTitle=Line+Cook",
        "location": "Leeds",
        "remote": " no ",
    },
    "jooble": {
        "link": "https://copperpan.example.com/jobs/1",
        "name": "Line Cook",
        "region": "Leeds",
        "country": "GB",
        "salary": "28000 - 32000 ",
        "company": "The Copper Pan",
        "company_logo": "https://copperpan.example.com/logo.png",
        "pubdate": "01.05.2026",
        "updated": "2026-05-02T10:00:00.395703",
        "expire": "01.07.2026",
        "jobtype": "Full time",
        "email": "jobs@copperpan.example.com",
    },
    "careerjet": {
        "id": " c-1 ",
        "job_reference": "FXGT-4312",
        "title": "Line Cook",
        "url": "https://copperpan.example.com/jobs/1",
        "company": "The Copper Pan",
        "company_url": "https://copperpan.example.com",
        "description": f"\n  {DESCRIPTION}\n",
        "contract_type": "permanent",
        "working_hours": "full-time",
        "salary": "£30000 - 33000",
        "application_email": "jobs@copperpan.example.com",
        "apply_url": "https://copperpan.example.com/apply/1",
        "careerjet-apply-data": "apply_key=0437&jobTitle=Line%20Cook&phone=optional",
        "country": "GB",  # beside a flat location, as real feeds write it
    },
    "jobrapido": {
        "country": "GB",
        "postalcode": "",
        "company": "The Copper Pan",
        "website": "www.copperpan.example.com",
        "publishdate": "19/10/2026",
        "expirydate": "19/12/2026",
        "url": "https://copperpan.example.com/jobs/1",
        "email": "jobs@copperpan.example.com",
        "description": DESCRIPTION,
        "reference_id": "ad3456",
        "salary": "£30K per year",
        "education": "None",
        "jobtype": "fulltime",
        "category": "Hospitality",
        "experience": "2+ years",
    },
    "jobatus": {
        "url": "https://copperpan.example.com/jobs/1?utm_source=Jobatus",
        "title": "Line Cook",
        "content": DESCRIPTION,
        "company": "The Copper Pan",
        "contract": "Efetivo, tempo inteiro",
        "salary": "1059 - 1350 ",
        "city": "Lisboa",
        "region": "Lisboa",
    },
    "linkedin": {
        "company": "The Copper Pan",
        "companyId": "1234",
        "location": "Leeds, United Kingdom",
        "city": "Leeds",
        "state": "West Yorkshire",
        "country": "GB",
        "postalCode": "LS1 4AP",
        "isRemote": "No",
        "industry": "Restaurants",
        "experienceLevel": "MID_SENIOR_LEVEL",
        "jobtype": "FULL_TIME",
        "listDate": "Thu, 11 Sep 2014 19:39:59 GMT",
        "expirationDate": "2026-07-01",
        "posterEmail": "chef@copperpan.example.com",
        "workplaceTypes": "On-site",
        "jobPostingAvailability": "PUBLIC",
    },
    "ziprecruiter": {
        "title": "Line Cook",
        "date": "Thu, 31 Jul 2014 07:27:14 PDT",
        "referencenumber": "a-unique-job-id-123",
        "company": "The Copper Pan",
        "city": "Leeds",
        "state": "West Yorkshire",
        "postalcode": "LS1 4AP",
        "country": "GB",
        "description": DESCRIPTION,
        "category": "Food Service",
        "url": "https://copperpan.example.com/jobs/1",
    },
    "adzuna": {
        "geo_lat": "53.79",
        "geo_lng": "-1.54",
        "postcode": "LS1 4AP",
        "salary": "£28,000 per annum",
        "salary_min": "28000",
        "salary_max": "32000",
        "salary_frequency": "year",
        "salary_currency": "GBP",
        "company": "The Copper Pan",
        "category": "Hospitality & Catering Jobs",
        "contract_type": "permanent",
        "contract_time": "full_time",
        "date": "2026-05-01",
        "cpc": "0.20",
    },
}

#: The elements with element children, written out.
NESTED = {
    "careerjet": (
        "<location><city>Leeds</city><region>West Yorkshire</region>"
        "<country><![CDATA[United Kingdom]]></country></location>"
        "<programmatic><bid><cost_model>CPC</cost_model><currency_code>GBP</currency_code>"
        "<amount>2.50</amount></bid></programmatic>"
    ),
    "linkedin": (
        "<industryCodes><industryCode>34</industryCode><industryCode>31</industryCode>"
        "</industryCodes>"
        "<jobFunctions><jobFunction>prod</jobFunction><jobFunction>othr</jobFunction>"
        "</jobFunctions>"
        "<salaries>"
        "<salary><highEnd><amount><![CDATA[ 32000 ]]></amount><currencyCode>GBP</currencyCode>"
        "</highEnd><lowEnd><amount>28000</amount><currencyCode>GBP</currencyCode></lowEnd>"
        "<period>YEARLY</period><type>BASE_SALARY</type></salary>"
        "<salary><lowEnd><amount>1000</amount></lowEnd><type>TOTAL_ADDITIONAL</type></salary>"
        "</salaries>"
    ),
}

#: The feed-level elements before the jobs.
HEADERS = {
    "indeed": (
        "<publisher>Copper ATS</publisher><publisherurl>www.copper.example.com</publisherurl>"
        "<lastBuildDate></lastBuildDate>"
    ),
    "linkedin": (
        "<lastBuildDate>Thu, 11 Sep 2014 19:39:59 GMT</lastBuildDate>"
        "<publisherUrl>https://www.copper.example.com</publisherUrl>"
        "<publisher>Copper ATS</publisher><expectedJobCount><![CDATA[2]]></expectedJobCount>"
    ),
    "ziprecruiter": (
        "<lastBuildDate>Wed, 27 Aug 2014 01:49:49 GMT</lastBuildDate>"
        "<publisherurl>https://copper.example.com</publisherurl><publisher>Copper</publisher>"
    ),
}

#: Each dialect's id element and date element, where it has one.
IDS = {
    "indeed": "referencenumber",
    "careerjet": "id",
    "jobrapido": "reference_id",
    "linkedin": "partnerJobId",
    "ziprecruiter": "referencenumber",
    "adzuna": "id",
}
DATES = {
    "indeed": "date",
    "jooble": "pubdate",
    "jobrapido": "publishdate",
    "linkedin": "listDate",
    "ziprecruiter": "date",
    "adzuna": "date",
}


# -- helpers -------------------------------------------------------------------


@cache
def lxml_schema(name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(DIALECTS / f"{name}.xsd")))


@cache
def xmlschema_schema(name: str) -> xmlschema.XMLSchema10:
    return xmlschema.XMLSchema10(str(DIALECTS / f"{name}.xsd"))


def lxml_errors(name: str, node: etree._Element | etree._ElementTree) -> list[str]:
    schema = lxml_schema(name)
    schema.validate(node)
    return [e.message for e in schema.error_log]


def xmlschema_errors(name: str, node: etree._Element | etree._ElementTree) -> list[str]:
    return [str(e.reason) for e in xmlschema_schema(name).iter_errors(node)]


def cdata(fields: dict[str, str]) -> str:
    return "".join(f"<{k}><![CDATA[{v}]]></{k}>" for k, v in fields.items())


def job(name: str, body: str, job_id: str | None = "j-1") -> str:
    """One job element; Jooble's carries its id as an attribute."""
    tag = PATHS[name][-1]
    attr = f' id="{job_id}"' if name == "jooble" and job_id is not None else ""
    return f"<{tag}{attr}>{body}</{tag}>"


def minimal_job(name: str, **changes: str | None) -> str:
    """A job of only the required elements; a None change leaves one out."""
    fields = {**REQUIRED[name], **changes}
    return job(name, cdata({k: v for k, v in fields.items() if v is not None}))


def full_job(name: str) -> str:
    return job(name, cdata({**REQUIRED[name], **OPTIONAL[name]}) + NESTED.get(name, ""))


def feed(name: str, *jobs: str, header: str | None = None, after: str = "") -> str:
    """A document of the dialect: root, containers, feed-level elements, jobs."""
    containers = PATHS[name][:-1]
    head = HEADERS.get(name, "") if header is None else header
    opening = "".join(f"<{t}>" for t in containers)
    closing = "".join(f"</{t}>" for t in reversed(containers))
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{opening}{head}{"".join(jobs)}{after}{closing}'


def parse(xml: str) -> etree._Element:
    return etree.fromstring(xml.encode())


def jobs_in(name: str, root: etree._Element) -> list[etree._Element]:
    return root.findall("/".join(PATHS[name][1:]))


def skeleton(name: str, root: etree._Element) -> etree._Element:
    """The document with its jobs taken out, as jobconv checks it last."""
    copied = copy.deepcopy(root)
    for element in jobs_in(name, copied):
        element.getparent().remove(element)
    return copied


def assert_valid(name: str, xml: str) -> None:
    root = parse(xml)
    assert lxml_errors(name, root) == []
    assert xmlschema_errors(name, root) == []


def assert_invalid(name: str, xml: str, *words: str, in_job: bool = True) -> None:
    """Both engines refuse the document, lxml naming ``words``; when the fault
    is inside a job, that job checked on its own is refused too."""
    root = parse(xml)
    errors = lxml_errors(name, root)
    assert errors, xml
    assert all(any(w in e for e in errors) for w in words), errors
    assert xmlschema_errors(name, root), xml
    if in_job:
        (bad,) = jobs_in(name, root)
        assert not lxml_schema(name).validate(bad)
        assert xmlschema_errors(name, bad)
        assert lxml_errors(name, skeleton(name, root)) == []


def declared_children(name: str) -> dict[str, bool]:
    """The job element's children in the XSD: name -> required."""
    doc = etree.parse(str(DIALECTS / f"{name}.xsd"))
    tag = PATHS[name][-1]
    (decl,) = doc.getroot().findall(f"{XS}element[@name='{tag}']")
    return {
        e.get("name"): e.get("minOccurs", "1") != "0"
        for e in decl.findall(f"{XS}complexType/{XS}all/{XS}element")
    }


# -- the schemas ---------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_each_xsd_compiles_in_lxml_and_xmlschema(name: str) -> None:
    assert isinstance(lxml_schema(name), etree.XMLSchema)
    schema = xmlschema_schema(name)
    assert schema.XSD_VERSION == "1.0"
    assert schema.target_namespace == ""
    # Root, containers and job are global: a job can be checked on its own.
    assert set(PATHS[name]) <= set(schema.elements)


@pytest.mark.parametrize("name", NAMES)
def test_each_xsd_says_which_board_and_spec_it_follows(name: str) -> None:
    doc = etree.parse(str(DIALECTS / f"{name}.xsd"))
    first = doc.getroot().getprevious()
    assert isinstance(first, etree._Comment)
    text = first.text
    assert "XSD 1.0" in text and "docs/dialects.md" in text
    if name == "jobatus":
        assert "no feed specification" in text  # nor a URL to give
    else:
        assert "https://" in text


@pytest.mark.parametrize("name", NAMES)
def test_paths_agree_with_the_dialect_yaml(name: str) -> None:
    data = yaml.safe_load((DIALECTS / f"{name}.yaml").read_text(encoding="utf-8"))
    assert tuple(data["job"]) == PATHS[name]
    assert data["root"] == PATHS[name][0]


@pytest.mark.parametrize("name", NAMES)
def test_required_children_are_the_ones_the_spec_requires(name: str) -> None:
    declared = declared_children(name)
    assert {k for k, required in declared.items() if required} == set(REQUIRED[name])
    # The hand-written full job below uses every declared child.
    nested = {e.tag for e in parse(f"<x>{NESTED.get(name, '')}</x>")}
    assert set(declared) == set(REQUIRED[name]) | set(OPTIONAL[name]) | nested


# -- the real feeds ------------------------------------------------------------

needs_xmllint = pytest.mark.skipif(
    shutil.which("xmllint") is None,
    reason="xmllint is not installed (apt-get install libxml2-utils)",
)


@cache
def real_feed(file: str) -> etree._ElementTree:
    return etree.parse(str(SHARED / "feeds" / file))


@requires_shared
def test_every_real_feed_is_checked() -> None:
    assert {p.name for p in (SHARED / "feeds").glob("*.xml")} == {*REAL_FEEDS, *MALFORMED_FEEDS}


@requires_shared
@pytest.mark.parametrize("file", sorted(MALFORMED_FEEDS))
def test_a_real_feed_no_parser_reads_is_read_once_repaired(file: str) -> None:
    # Wakam's is not well-formed: a bare "&" in "Play&Plug" (line 12) and a
    # <url> left open (line 375). jobconv reads it whole, and says so.
    with pytest.raises(etree.XMLSyntaxError):
        real_feed(file)
    proc = run_cli("validate", "--format", "json", str(SHARED / "feeds" / file))
    assert proc.returncode == 0, proc.stderr.decode()
    report = json.loads(proc.stdout)
    assert report["summary"]["dialects"] == {MALFORMED_FEEDS[file]: 1}
    codes = {d["code"] for d in report["diagnostics"]}
    assert {"X005", "X006"} <= codes and "X001" not in codes


@requires_shared
@pytest.mark.parametrize(("file", "name"), sorted(REAL_FEEDS.items()))
def test_real_feed_validates_whole_with_lxml_and_xmlschema(file: str, name: str) -> None:
    doc = real_feed(file)
    assert lxml_errors(name, doc) == []
    assert xmlschema_errors(name, doc) == []


@requires_shared
@needs_xmllint
@pytest.mark.parametrize(("file", "name"), sorted(REAL_FEEDS.items()))
def test_real_feed_validates_with_xmllint(file: str, name: str) -> None:
    proc = subprocess.run(
        ["xmllint", "--noout", "--schema", str(DIALECTS / f"{name}.xsd"), file],
        cwd=SHARED / "feeds",
        capture_output=True,
        timeout=30,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stderr.decode().strip() == f"{file} validates"


@requires_shared
@pytest.mark.parametrize(("file", "name"), sorted(REAL_FEEDS.items()))
def test_real_feed_validates_job_by_job_then_its_skeleton(file: str, name: str) -> None:
    root = real_feed(file).getroot()
    jobs = jobs_in(name, root)
    assert len(jobs) == {"paretti-pl-indeed.xml": 600, "surprise-jobs.xml": 7}.get(file, 88)
    schema = lxml_schema(name)
    assert all(schema.validate(j) for j in jobs), lxml_errors(name, jobs[0])
    bare = skeleton(name, root)
    assert jobs_in(name, bare) == []
    assert lxml_errors(name, bare) == []


# -- hand-written feeds: what passes -------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_a_minimal_feed_passes(name: str) -> None:
    assert_valid(name, feed(name, minimal_job(name), minimal_job(name)))
    assert_valid(name, feed(name, header=""))  # no header, no job


@pytest.mark.parametrize("name", NAMES)
def test_a_full_feed_passes_job_by_job_and_as_a_skeleton(name: str) -> None:
    xml = feed(name, full_job(name), minimal_job(name), full_job(name))
    assert_valid(name, xml)
    root = parse(xml)
    jobs = jobs_in(name, root)
    assert len(jobs) == 3
    for element in jobs:
        assert lxml_schema(name).validate(element), lxml_errors(name, element)
        assert xmlschema_errors(name, element) == []
    bare = skeleton(name, root)
    assert lxml_errors(name, bare) == []
    assert xmlschema_errors(name, bare) == []


@pytest.mark.parametrize("name", NAMES)
def test_children_may_come_in_any_order(name: str) -> None:
    fields = list({**REQUIRED[name], **OPTIONAL[name]}.items())
    body = NESTED.get(name, "") + cdata(dict(reversed(fields)))
    assert_valid(name, feed(name, job(name, body)))


@pytest.mark.parametrize("name", sorted(IDS))
def test_padded_ids_pass_blank_ids_fail(name: str) -> None:
    element = IDS[name]
    assert_valid(name, feed(name, minimal_job(name, **{element: "  c-1\n "})))
    assert_invalid(name, feed(name, minimal_job(name, **{element: "  \n "})), element)


@pytest.mark.parametrize("name", sorted(DATES))
@pytest.mark.parametrize(
    "value", ["2026-05-01", "Fri, 19 Dec 2014 22:49:39 GMT", "19/10/2018", "01.05.2026", "soon"]
)
def test_dates_are_left_to_the_mapping(name: str, value: str) -> None:
    # jobconv's mapping parses dates and reports a bad one as a lint finding.
    assert_valid(name, feed(name, minimal_job(name, **{DATES[name]: value})))


def test_the_header_may_come_in_any_order() -> None:
    assert_valid("indeed", feed("indeed", minimal_job("indeed"), header=HEADERS["ziprecruiter"]))
    assert_valid("ziprecruiter", feed("ziprecruiter", header=HEADERS["indeed"]))
    spelled = "<publisherURL>https://www.copper.example.com</publisherURL><publisher>C</publisher>"
    assert_valid("linkedin", feed("linkedin", minimal_job("linkedin"), header=spelled))


def test_a_job_without_title_passes_where_no_spec_requires_one() -> None:
    # Careerjet's page requires nothing; Jobatus and ZipRecruiter have no spec;
    # Jooble's title element, <name>, is not in the part of its spec read.
    for name in ("careerjet", "jobatus", "ziprecruiter", "jooble"):
        text = "content" if name == "jobatus" else "description"
        assert_valid(name, feed(name, job(name, cdata({text: DESCRIPTION}))))


# -- hand-written feeds: what fails --------------------------------------------


@pytest.mark.parametrize("name", ["indeed", "jobrapido", "linkedin", "adzuna"])
def test_a_job_without_title_fails_where_the_spec_requires_one(name: str) -> None:
    assert_invalid(name, feed(name, minimal_job(name, title=None)), "Missing child", "title")


@pytest.mark.parametrize(
    ("name", "element"),
    [(n, e) for n in NAMES for e in REQUIRED[n]],
    ids=[f"{n}-{e}" for n in NAMES for e in REQUIRED[n]],
)
def test_each_required_element_is_required(name: str, element: str) -> None:
    assert_invalid(name, feed(name, minimal_job(name, **{element: None})), element)


@pytest.mark.parametrize("name", NAMES)
def test_an_unknown_element_in_a_job_fails(name: str) -> None:
    body = cdata({**REQUIRED[name], "bonus": "free lunch"})
    assert_invalid(name, feed(name, job(name, body)), "Element 'bonus'", "not expected")


@pytest.mark.parametrize("name", NAMES)
def test_a_repeated_element_in_a_job_fails(name: str) -> None:
    element = "name" if name == "jooble" else "title"
    twice = 1 if element in REQUIRED[name] else 2
    body = cdata(REQUIRED[name]) + f"<{element}>Cook</{element}>" * twice
    assert_invalid(name, feed(name, job(name, body)), f"Element '{element}'", "not expected")


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_a_header_element_after_the_jobs_fails(name: str) -> None:
    for header in parse(f"<x>{HEADERS[name]}</x>"):
        late = etree.tostring(header, encoding="unicode")
        xml = feed(name, minimal_job(name), header="", after=late)
        assert_invalid(name, xml, f"Element '{header.tag}'", "not expected", in_job=False)


def test_linkedin_partner_job_id_is_at_most_40_characters() -> None:
    assert_valid("linkedin", feed("linkedin", minimal_job("linkedin", partnerJobId="x" * 40)))
    padded = minimal_job("linkedin", partnerJobId=f"\n   {'x' * 40}   \n")
    assert_valid("linkedin", feed("linkedin", padded))
    too_long = minimal_job("linkedin", partnerJobId="x" * 41)
    assert_invalid("linkedin", feed("linkedin", too_long), "partnerJobId", "maxLength")


@pytest.mark.parametrize("name", ["linkedin", "adzuna"])
def test_descriptions_are_at_least_100_characters(name: str) -> None:
    assert_valid(name, feed(name, minimal_job(name, description="d" * 100)))
    short = minimal_job(name, description=f"  {'d' * 99}\n\n  ")
    assert_invalid(name, feed(name, short), "description", "minLength")


def test_jobrapido_titles_are_at_least_3_characters() -> None:
    assert_valid("jobrapido", feed("jobrapido", minimal_job("jobrapido", title=" Dev ")))
    short = minimal_job("jobrapido", title=" QA ")
    assert_invalid("jobrapido", feed("jobrapido", short), "title", "minLength")


def test_jooble_jobs_need_an_id_attribute() -> None:
    body = cdata(REQUIRED["jooble"])
    assert_valid("jooble", feed("jooble", job("jooble", body, job_id=" j-1 ")))
    missing = feed("jooble", job("jooble", body, job_id=None))
    assert_invalid("jooble", missing, "attribute 'id' is required")
    assert_invalid("jooble", feed("jooble", job("jooble", body, job_id="  ")), "'id'")


def test_linkedin_lists_and_integers() -> None:
    bad_amount = NESTED["linkedin"].replace("<amount>28000</amount>", "<amount>28k</amount>")
    body = cdata(REQUIRED["linkedin"]) + bad_amount
    assert_invalid("linkedin", feed("linkedin", job("linkedin", body)), "amount", "integer")
    count = "<expectedJobCount>many</expectedJobCount>"
    xml = feed("linkedin", minimal_job("linkedin"), header=count)
    assert_invalid("linkedin", xml, "expectedJobCount", in_job=False)
    stray = (
        cdata(REQUIRED["linkedin"]) + "<industryCodes><jobFunction>it</jobFunction></industryCodes>"
    )
    assert_invalid("linkedin", feed("linkedin", job("linkedin", stray)), "jobFunction")


def test_careerjet_location_is_nested_or_flat() -> None:
    # Real Careerjet feeds write the place flat as often as the spec's nesting.
    flat = parse(
        feed("careerjet", job("careerjet", "<title>Cook</title><location>Leeds</location>"))
    )
    assert not lxml_errors("careerjet", flat)
    body = "<location><town>Leeds</town></location>"
    assert_invalid("careerjet", feed("careerjet", job("careerjet", body)), "town")


def test_jobrapido_jobs_sit_in_a_jobs_container() -> None:
    xml = f"<source>{minimal_job('jobrapido')}</source>"
    assert_invalid("jobrapido", xml, "Element 'job'", "not expected", in_job=False)
