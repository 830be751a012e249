"""Findings as templates: a rule names the fields it speaks of as placeholders
and passes what it quotes from the feed as values; the message is said in
the feed's own names (``salary`` in an Indeed feed), the values as given."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from converter import Pipeline
from converter.feed.dialects import by_name
from converter.lint.checks import own_names
from converter.lint.rules import RULES, Context, Finding, said, slot
from converter.lint.rules.compensation import _reason
from converter.model import Job, Provenance
from converter.normalize.salary import parse_salary_text, salary_from_fields

TODAY = date(2026, 1, 1)
INDEED = by_name("indeed")


def indeed_names(**names: str) -> Job:
    """A job read from an Indeed feed that gave ``names`` (field: element)."""
    carried = frozenset(s.field for s in INDEED.fields)
    return Job(source=Provenance(names=names, carried=carried))


def diagnostics(tmp_path: Path, feed: str) -> list:
    path = tmp_path / "feed.xml"
    path.write_text(feed, encoding="utf-8")
    found = Pipeline(today=TODAY, max_age=0).results([path])
    return [d for r in found for d in r.diagnostics]


def indeed_job(**elements: str) -> str:
    """An Indeed feed of one job: a good one, with ``elements`` changed."""
    job = {
        "title": "Agent",
        "date": "2025-12-01",
        "referencenumber": "1",
        "url": "https://a.example/1",
        "company": "A",
        "city": "Leeds",
        "state": "",
        "country": "GB",
        "description": "<p>d</p>",
        **elements,
    }
    body = "".join(f"<{k}>{v}</{k}>" for k, v in job.items())
    return f"<source><job>{body}</job></source>"


def test_a_template_renders_in_the_feeds_names_and_in_yubhubs() -> None:
    finding = said("{Salaryrange} {text!r} runs from high to low", "Salaryrange", text="$9-$7")
    job = indeed_names(Salaryrange="salary")
    assert finding.render(own_names(job, INDEED.source)) == "salary '$9-$7' runs from high to low"
    assert finding.render() == finding.message == "Salaryrange '$9-$7' runs from high to low"


def test_a_field_the_job_did_not_give_takes_the_dialects_name_else_yubhubs() -> None:
    name = own_names(indeed_names(), INDEED.source)
    assert (name("Salaryrange"), name("Expires"), name("Skills")) == (
        "salary",
        "expirationdate",
        "Skills",  # Indeed has no element for it: YubHub's word
    )


@pytest.mark.parametrize(
    "value", ["Title Insurance", "{Country}", "{0}", "Country's {", "Salaryrange}"]
)
def test_a_value_with_a_fields_name_or_braces_is_quoted_as_given(value: str) -> None:
    finding = said("{Jobtype} {text!r} is not a known job type", "Jobtype", text=value)
    name = own_names(indeed_names(Jobtype="jobtype"), INDEED.source)
    assert finding.render(name) == f"jobtype {value!r} is not a known job type"


def test_an_unquoted_value_is_not_renamed_either() -> None:
    finding = said(
        "{Salaryrange} holds a usable figure, {salary_text} ({figure}), used instead",
        salary_text="£30k Location allowance {x}",
        figure="GBP 30,000 per year",
    )
    name = own_names(indeed_names(), INDEED.source)
    assert finding.render(name) == (
        "salary holds a usable figure, £30k Location allowance {x} (GBP 30,000 per year),"
        " used instead"
    )


def test_a_placeholder_names_a_field_or_a_value() -> None:
    with pytest.raises(ValueError, match="Contry"):
        said("{Contry} is empty", "Country")
    with pytest.raises(ValueError, match="Title"):
        said("{Title} is {Title!r}", "Title", Title="x")  # a value may not pass for a field
    with pytest.raises(ValueError):
        said("{} is positional")
    assert said("{{braces}} are {Title}'s own").render() == "{braces} are Title's own"
    assert slot("Country") == "{Country}"


def test_the_subject_is_the_field_unless_said() -> None:
    assert said("{Title} is empty", "Title").subject == "Title"
    assert said("{Postedate} is missing", None, subject="Postedate").field is None
    assert said("{Postedate} is missing", None, subject="Postedate").subject == "Postedate"
    assert Finding("the job has no id").subject is None


def test_rules_say_their_subject_when_no_element_is_there() -> None:
    # R003 of a job with no date element at all: its subject is still Postedate.
    [missing] = RULES["R003"].check(Job(), Context(today=TODAY))
    assert (missing.field, missing.subject) == (None, "Postedate")
    # I002 speaks of the job, not of a field: no subject to lack.
    made_up = Job(external_id="jc-1", source=Provenance(made_id=True))
    [made] = RULES["I002"].check(made_up, Context(today=TODAY))
    assert (made.field, made.subject) == (None, None)


def test_a_board_without_the_subjects_element_is_said_so(tmp_path: Path) -> None:
    feed = (
        "<jobatus><ad><url>https://a.example/1</url><title>Agent</title><content>"
        "&lt;p&gt;d&lt;/p&gt;</content><company>A</company><contract>gig</contract>"
        "<salary></salary><city>Leeds, UK</city><region></region></ad></jobatus>"
    )
    by_code = {d.code: d for d in diagnostics(tmp_path, feed)}
    assert by_code["R003"].message == (
        "Postedate is missing; Google requires datePosted (Jobatus feeds have no element for it)"
    )
    assert by_code["R003"].field is None
    assert by_code["I002"].message.startswith("the job has no id; jobconv made 'jc-")
    assert by_code["V001"].message == "contract 'gig' is not a known job type"


def test_an_indeed_feeds_findings_name_its_elements_not_its_values(tmp_path: Path) -> None:
    found = diagnostics(
        tmp_path,
        indeed_job(
            salary="$90k - $70k",
            jobtype="Title {Country} Insurance",
            country="",
            city="Springfield",
        ),
    )
    messages = {d.code: d.message for d in found}
    assert messages["C002"] == "salary '$90k - $70k' runs from high to low"
    assert messages["V001"] == "jobtype 'Title {Country} Insurance' is not a known job type"
    assert messages["L004"] == (
        "no country for jobLocation.address.addressCountry, which Google requires of a job"
        " that is not fully remote (country is empty; city 'Springfield' names none)"
    )


def test_a_repeated_id_is_named_as_the_feed_names_it(tmp_path: Path) -> None:
    job = indeed_job(referencenumber="x{1}")
    found = diagnostics(tmp_path, job.replace("</source>", job[len("<source>") :]))
    [repeat] = [d for d in found if d.code == "I001"]
    assert repeat.field == "referencenumber"
    assert repeat.message == "referencenumber 'x{1}' repeats the job at line 1"


def test_normalizes_reasons_name_their_fields_as_placeholders() -> None:
    # Salary.withheld is prose in YubHub's words; a finding says it in the feed's.
    ambiguous = parse_salary_text("kr 40000", None)
    assert ambiguous is not None and ambiguous.withheld is not None
    assert _reason(ambiguous.withheld).endswith(", and {Country} does not say which")
    three = salary_from_fields("EUR", "45.000", None, None)
    assert three is not None and three.withheld is not None
    template = _reason(three.withheld)
    assert template.startswith("{Compensationmin} 45.000 has three decimals")
    assert template.endswith("Neither {Salaryrange} nor the other bound says")
    name = own_names(indeed_names(), INDEED.source)
    assert Finding(template).render(name).endswith("Neither salary nor the other bound says")


def test_a_writers_note_of_what_it_drops_names_the_feeds_elements(tmp_path: Path) -> None:
    """O002 from the writers is a template too: an element of the feed's own
    (``Bonus``, no model field) is named as it is; a model field as the feed
    names it (an Indeed feed's ``expirationdate``), its value quoted as given."""
    from converter import Converter

    yubhub = tmp_path / "yubhub.xml"
    yubhub.write_text(
        "<source><jobs><job><externalid>1</externalid><Title>Cook</Title>"
        "<Bonus>{Title} 'yes'</Bonus></job></jobs></source>",
        encoding="utf-8",
    )
    indeed = tmp_path / "indeed.xml"
    indeed.write_text(
        "<source><job><referencenumber>7</referencenumber><title>Cook</title>"
        "<expirationdate>2026-12-31</expirationdate></job></source>",
        encoding="utf-8",
    )
    said: list[str] = []
    for feed in (yubhub, indeed):
        converter = Converter("yubhub", today=TODAY, jobs=1)
        converter.convert(
            feed,
            tmp_path / "out.xml",
            lambda found: said.extend(d.message for d in found if d.code == "O002"),
        )
    assert said == [
        "YubHub feeds have no place for Bonus: \"{Title} 'yes'\" is left out",
        "YubHub feeds have no place for expirationdate: '2026-12-31' is left out",
    ]
