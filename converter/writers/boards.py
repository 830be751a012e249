"""Job boards' XML feeds, written from the job model by each dialect's mapping.

The mapping a dialect is read with (``schemas/dialects/NAME.yaml``) says
where each model field goes; its ``write`` section adds what reading does
not need: the date format the board asks for, the board's words for the
model's values (``FULL_TIME`` -> ``fulltime``) and header elements. Text is
written in CDATA (the boards' specs ask for it; a ``]]>`` inside is split
across two sections). The description is the model's sanitised HTML
(:attr:`Job.description_html`, as JSON-LD's), its named references decoded
to characters: boards' specs support none (Jobrapido: "raw characters
only"). A place is written as its parts, never a country, a region or a
remote phrase as a city. A field the job has and the board has no place
for is named in a note (O002), so that nothing is dropped silently; so
are the locations after the first of a job that lists several, and job
types the board has no word for.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import lru_cache

from ..feed.dialects import Dialect
from ..feed.mapping import Source
from ..model import EXPIRES, FIELDS, Job, WorkArrangement
from ..normalize.remote import names_no_place
from ..normalize.salary import Salary, SalaryPeriod
from .common import Dropped

#: A board element's text: ``(path, text)``; a path ``@name`` is an attribute of the job.
Element = tuple[str, str]

_PERIODS = {
    SalaryPeriod.HOUR: "per hour",
    SalaryPeriod.DAY: "per day",
    SalaryPeriod.WEEK: "per week",
    SalaryPeriod.TWO_WEEKS: "every two weeks",
    SalaryPeriod.MONTH: "per month",
    SalaryPeriod.YEAR: "per year",
}


def salary_text(salary: Salary) -> str:
    """A salary as text jobconv's salary reader gives back unchanged:
    ``USD 50000 - 60000 per year``, ``from EUR 1059 per month``."""
    low, high = salary.minimum, salary.maximum
    amount = (
        f"{low} - {high}"
        if low is not None and high is not None and low != high
        else f"{low}"
        if low is not None and high is not None
        else f"from {salary.currency} {low}"
        if low is not None
        else f"up to {salary.currency} {high}"
    )
    if not amount.startswith(("from", "up to")):
        amount = f"{salary.currency} {amount}"
    period = _PERIODS.get(salary.period, "") if salary.period else ""
    return f"{amount} {period}".strip()


def _day(iso: str | None, day: date | None, style: str) -> str | None:
    if day is None:
        return None
    if style == "dd.mm.yyyy":
        return day.strftime("%d.%m.%Y")
    if style == "dd/mm/yyyy":
        return day.strftime("%d/%m/%Y")
    return iso


# What safe_html leaves as references (it decodes every other one): U+00A0
# as itself, and & < > as numeric references, which every HTML reader knows
# and which a board's HTML needs, as text, to stay text.
_REFERENCES = re.compile(r"&(nbsp|amp|lt|gt);")
_DECODED = {"nbsp": "\xa0", "amp": "&#38;", "lt": "&#60;", "gt": "&#62;"}


def board_html(safe: str | None) -> str | None:
    """Sanitised HTML (:func:`converter.normalize.html.safe_html`'s) without
    named character references."""
    if not safe or "&" not in safe:
        return safe
    return _REFERENCES.sub(lambda m: _DECODED[m.group(1)], safe)


def _job_types(job: Job, words: dict[str, str]) -> list[str]:
    """The board's words for the job's types, those it has a word for."""
    return [words[t] for t in job.employment_types if t in words]


def _value(job: Job, field: str, dialect: Dialect) -> str | None:
    """The model's value of ``field``, as the board writes it (None: nothing)."""
    assert dialect.write is not None
    words = dialect.write.values.get(field, {})
    salary = job.salary
    match field:
        case "externalid":
            return job.external_id
        case "Title":
            return job.title
        case "Description":
            return board_html(job.description_html)
        case "Postedate":
            return _day(job.date_posted_iso, job.date_posted, dialect.write.date)
        case "Expires":
            return _day(job.valid_through_iso, job.valid_through, dialect.write.date)
        case "Jobtype":
            if not job.employment_types:
                return None  # nothing read: no value of the vocabulary to pass on
            if not words:
                return ", ".join(job.employment_types)
            return ", ".join(_job_types(job, words)) or None
        case "Workarrangement":
            if job.work_arrangement is None:
                return None
            value = job.work_arrangement.value
            return words.get(value) if words else value  # a table names all it can carry
        case "Experiencelevel":
            level = job.experience_level
            return words.get(level.value, level.value) if level else None
        case "Salaryrange":
            if words:  # the board's word for the salary's period (LinkedIn's YEARLY)
                return words.get(salary.period) if salary and salary.period else None
            if dialect.carries("Compensationmin"):
                return job.text("Salaryrange")
            return salary_text(salary) if salary is not None else job.text("Salaryrange")
        case "Compensationcurrency":
            return salary.currency if salary else None
        case "Compensationmin":
            return str(salary.minimum) if salary and salary.minimum is not None else None
        case "Compensationmax":
            return str(salary.maximum) if salary and salary.maximum is not None else None
        case "Skills":
            return ", ".join(job.skills) or None
        case "Category":
            return job.category
        case "Industry":
            return job.industry
        case "Employername":
            return job.employer.name
        case "Employerdescription":
            return job.employer.description
        case "Employerwebsite":
            return job.employer.website
        case "Employerlogo":
            return job.employer.logo
        case "Applyto":
            return job.apply_url
        case "Location":  # one location a job: the first it lists
            return job.place_texts[0] if job.place_texts else job.location
        case "Country":  # a remote job's: the one country its applicants may live in
            only = job.applicant_countries if len(job.applicant_countries) == 1 else ()
            return job.country or job.place.country or (only[0] if only else None)
    return None


def _elements(job: Job, source: Source, dialect: Dialect) -> list[Element]:
    """Where one source's value goes: a place joined from parts
    (``city, state``) is written back as its parts; a field read from
    several elements, each with its own words (hours, contracts), into each."""
    assert dialect.write is not None
    if source.join and source.field == "Location":  # written as its parts, if any
        city = job.place.locality
        if city and names_no_place(city):  # "Remote - US", "EMEA": no city
            city = None
        parts = [city, job.place.region or (city and city_region(city, job.place.country))]
        # Only a country or an area ("Portugal", "North America"): no city at all.
        return [(p, t) for p, t in zip(source.paths, parts, strict=False) if t]
    tables = dialect.write.by_element.get(source.field)
    if tables and source.field == "Jobtype":
        return [
            (path, ", ".join(found))
            for path in source.paths
            if (found := _job_types(job, dict(tables.get(path, {}))))
        ]
    value = _value(job, source.field, dialect)
    return [(source.paths[0], value)] if value else []


@lru_cache(maxsize=1024)
def city_region(city: str, country: str | None) -> str | None:
    """The region of a city that is itself a subdivision of its country
    (ISO 3166-2, from pycountry): the top-level one it lies in (Leeds:
    England; Madrid: Madrid; Berlin: Berlin). None for the others, whose
    region jobconv cannot tell."""
    if not country:
        return None
    import pycountry

    wanted = " ".join(city.split()).casefold()
    found = None
    for sub in pycountry.subdivisions.get(country_code=country) or ():
        if sub.name.split(",")[0].strip().casefold() == wanted:
            found = sub
            break
    while found is not None and found.parent_code:
        found = pycountry.subdivisions.get(code=found.parent_code)
    return found.name.split(",")[0].strip() if found is not None else None


#: Model fields whose value a board's salary text carries.
_SALARY_FIELDS = ("Compensationcurrency", "Compensationmin", "Compensationmax")
_NO_PLACE = "{title} feeds have no place for {FIELD}: {text!r} is left out"


def dropped(job: Job, dialect: Dialect) -> list[Dropped]:
    """The fields ``job`` fills that ``dialect`` has no place for, with what is
    lost: each a field, a message template naming fields as placeholders
    (``{Salaryrange}``, said in the feed's own names where it is read) and
    the values it quotes, filled in as they are."""
    title = dialect.title
    lost = []
    for field in (*FIELDS, EXPIRES):
        text = job.text(field)
        if text is None or dialect.carries(field):
            continue
        if field in _SALARY_FIELDS and dialect.carries("Salaryrange") and job.salary is not None:
            continue  # written into the board's salary text
        lost.append((field, _NO_PLACE.replace("FIELD", field), {"title": title, "text": text}))
    pay = job.text("Salaryrange")
    if pay and job.salary is None and dialect.write and dialect.write.values.get("Salaryrange"):
        # The board's salary element takes a period (LinkedIn's), not a text.
        lost.append(
            (
                "Salaryrange",
                _NO_PLACE.replace("FIELD", "Salaryrange")
                + " (a salary is written from its figures)",
                {"title": title, "text": pay},
            )
        )
    if len(job.place_texts) > 1 and dialect.carries("Location"):
        others = ", ".join(repr(t) for t in job.place_texts[1:])
        lost.append(
            (
                "Location",
                "{title} feeds have one location a job: {first!r} is written, {others} left out",
                {"title": title, "first": job.place_texts[0], "others": others},
            )
        )
    if dialect.carries("Jobtype") and job.employment_types:
        words = dialect.write.values.get("Jobtype", {}) if dialect.write else {}
        missing = [t for t in job.employment_types if words and t not in words]
        if missing:
            lost.append(
                (
                    "Jobtype",
                    "{title} feeds have no job type for {missing}: it is left out",
                    {"title": title, "missing": ", ".join(missing)},
                )
            )
    arrangement = job.work_arrangement
    # On-site is what a board assumes of a job that says nothing of remote work.
    if (
        arrangement not in (None, WorkArrangement.ONSITE)
        and dialect.carries("Workarrangement")
        and _value(job, "Workarrangement", dialect) is None
    ):
        lost.append(
            (
                "Workarrangement",
                "{title} feeds have no value for {arrangement} work: {Workarrangement} is left out",
                {"title": title, "arrangement": arrangement},
            )
        )
    return lost


def lacking(job: Job, dialect: Dialect) -> str | None:
    """What the board requires and the job lacks, said as a finding; None
    when it has all (a job without is held back from the board's feed)."""
    assert dialect.write is not None
    written: set[str] | None = None
    missing = []
    for name in dialect.write.requires:
        if name in _MODEL_FIELDS:
            if not _has(job, name, dialect):
                source = dialect.source(name)
                missing.append(f"{source.paths[0]} ({name})" if source else name)
            continue
        if written is None:
            written = {p for s in dialect.fields for p, _ in _elements(job, s, dialect)}
        if name not in written:
            missing.append(_element_need(job, name, dialect))
    if not missing:
        return None
    return f"{dialect.title} feeds require {'; '.join(missing)}: the job has no value for it"


_MODEL_FIELDS = frozenset((*FIELDS, EXPIRES))


def _element_need(job: Job, element: str, dialect: Dialect) -> str:
    """A required element, with the model field it comes from and what the job has."""
    source = next((s for s in dialect.fields if element in s.paths), None)
    if source is None or source.field != "Location":
        return element
    had = f" ({job.text('Location')!r} names none)" if job.text("Location") else ""
    what = "city" if element == source.paths[0] else "region"
    return f"{element} (a {what} in Location{had})"


def _has(job: Job, field: str, dialect: Dialect) -> bool:
    source = dialect.source(field)
    return source is not None and bool(_elements(job, source, dialect))


def _cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def _attribute(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace('"', "&quot;")
        .replace("\r", "&#13;")
    )


#: One step of a path written: an element, with a predicate on one of its
#: children (LinkedIn's ``salary[type='BASE_SALARY']``) that the writer
#: writes as that child.
_STEP = re.compile(r"(?P<tag>[^\[\]/]+)(?:\[(?P<child>[^=\]]+)='(?P<value>[^']*)'\])?")

#: A job's children as written: a line, or an element with children of its own.
_Child = str | tuple[str, list]


def _place(path: str, text: str, children: list[_Child], nodes: dict[str, list[_Child]]) -> None:
    """Add ``path``'s element to ``children``: nested in the elements its
    path names, each made where its first part is and shared by the paths
    below it (``salaries/salary[type='BASE_SALARY']`` holds the low and the
    high end, and its ``<type>``)."""
    *steps, leaf = path.split("/")
    here, key = children, ""
    for step in steps:
        key += "/" + step
        if key not in nodes:
            match = _STEP.fullmatch(step)
            tag = match["tag"] if match else step
            nodes[key] = []
            if match and match["child"]:
                nodes[key].append(f"<{match['child']}>{_cdata(match['value'])}</{match['child']}>")
            here.append((tag, nodes[key]))
        here = nodes[key]
    here.append(f"<{leaf}>{_cdata(text)}</{leaf}>")


def _lines(children: list[_Child], indent: str) -> str:
    return "".join(
        f"{indent}{child}\n"
        if isinstance(child, str)
        else f"{indent}<{child[0]}>\n{_lines(child[1], indent + '  ')}{indent}</{child[0]}>\n"
        for child in children
    )


def job_element(job: Job, dialect: Dialect) -> str:
    """One job element of ``dialect``, its children in the mapping's order;
    an element the board requires and the job has no value for is written
    empty (as Indeed asks of ``state`` for a job with none)."""
    attributes = ""
    children: list[_Child] = []
    nodes: dict[str, list[_Child]] = {}
    written: set[str] = set()
    for source in dialect.fields:
        for path, text in _elements(job, source, dialect):
            written.add(path)
            if path.startswith("@"):
                attributes += f' {path[1:]}="{_attribute(text)}"'
                continue
            _place(path, text, children, nodes)
    for path, field_ in dialect.write.also if dialect.write else ():
        if path not in written and (text := _value(job, field_, dialect)):
            written.add(path)
            _place(path, text, children, nodes)
    # Read from the XSD, so that the writer and the schema cannot disagree.
    required = dialect.required_children
    children += [f"<{name}></{name}>" for name in required if name not in written]
    outer = "  " * (len(dialect.job) - 1)
    tag = dialect.job_tag
    return f"{outer}<{tag}{attributes}>\n{_lines(children, outer + '  ')}{outer}</{tag}>\n"


def frame(dialect: Dialect) -> tuple[str, str]:
    """The text before the first job and after the last."""
    assert dialect.write is not None
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    containers = dialect.job[:-1]
    for depth, tag in enumerate(containers):
        head += "  " * depth + f"<{tag}>\n"
        if depth == 0:
            head += "".join(f"  <{k}>{_cdata(v)}</{k}>\n" for k, v in dialect.write.header)
    tail = "".join(
        "  " * depth + f"</{tag}>\n" for depth, tag in reversed(list(enumerate(containers)))
    )
    return head, tail


def writer(dialect: Dialect) -> Callable[[Job], str]:
    """``write(job)``: the job's element in ``dialect``."""
    return lambda job: job_element(job, dialect)
