"""Salary: empty, contradictory, inconsistent, ambiguous or implausible compensation."""

from collections.abc import Iterator
from typing import NamedTuple

from ...model import Job
from ...normalize.salary import Salary, parse_decimal
from ...results import Severity
from .base import Context, Finding, rule, said, slot

_STRUCTURED = ("Compensationcurrency", "Compensationmin", "Compensationmax")


class _Phrase(NamedTuple):
    """Part of a message: its template, the values it quotes, and the field
    it opens with (the finding's subject when it opens the message)."""

    template: str
    values: dict[str, object]
    subject: str | None = None


def _fallback(job: Job) -> _Phrase:
    """What the message says of ``Salaryrange``: the same text, the same words."""
    text, figure = job.text("Salaryrange"), job.salary_from_text
    if figure is None:
        if text:
            return _Phrase(
                "{Salaryrange} {salary_text!r} holds no figure: no salary is published",
                {"salary_text": text},
                "Salaryrange",
            )
        return _Phrase("no salary is published", {})
    values: dict[str, object] = {"salary_text": text, "salary_figure": figure.describe()}
    if figure.is_usable:
        template = (
            "{Salaryrange} holds a usable figure, {salary_text} ({salary_figure}), used instead"
        )
    elif figure.currency is None and figure.withheld is None:
        template = (
            "{Salaryrange} {salary_text!r} gives {salary_figure} with no currency:"
            " no salary is published"
        )
    else:
        template = (
            "{Salaryrange} {salary_text!r} gives {salary_figure}, but "
            + _reason(f"{figure.withheld}")  # set: with a currency, only withheld is unusable
            + ": no salary is published (C004)"
        )
    return _Phrase(template, values, "Salaryrange")


#: How :mod:`converter.normalize.salary` names fields in the reasons it
#: gives (``Salary.withheld``), and the same words as a template's. Its
#: prose is in YubHub's words; a finding says them in the feed's.
_REASON_FIELDS = (
    (
        "Neither Salaryrange nor the other bound says",
        "Neither {Salaryrange} nor the other bound says",
    ),
    (", and Country does not say which", ", and {Country} does not say which"),
)


def _reason(withheld: str) -> str:
    """Why normalize withholds a salary, as a template: its words as they
    are, the fields it names (``Compensationmin 45.000 has three decimals``,
    ``... and Country does not say which``) as placeholders."""
    template = withheld.replace("{", "{{").replace("}", "}}")
    for name in ("Compensationmin", "Compensationmax"):
        if template.startswith(name + " "):  # the thousands reason names its bound first
            template = slot(name) + template[len(name) :]
    for words, placed in _REASON_FIELDS:
        template = template.replace(words, placed)
    return template


@rule("C001", "empty-compensation", Severity.WARNING)
def empty_compensation(job: Job, ctx: Context) -> Iterator[Finding]:
    """The structured compensation (``Compensationcurrency/min/max``) is empty.

    Google recommends ``baseSalary``, and job seekers filter on pay. jobconv
    falls back to the free text of ``Salaryrange`` when it holds a figure,
    and the message says which figure it read. Reported once per job, naming
    the empty fields; amounts without a currency are reported too, as they
    cannot be published. In a board's feed, which has at most one salary
    element (Jooble's ``salary``), only a missing or unusable salary is reported.
    A job without any of the structured elements whose ``Salaryrange`` gives a
    usable figure is an ``info`` finding, for the record (shown in JSON and
    SARIF, and in text with ``--show-info``): its salary is published.

    Example:

    ```xml
    <Compensationcurrency></Compensationcurrency>
    <Compensationmin></Compensationmin>
    <Compensationmax></Compensationmax>
    <Salaryrange>$148,901-$212,716</Salaryrange>
    ```

    gives ``C001 [warning] Compensationcurrency, Compensationmin and Compensationmax
    are empty; Salaryrange holds a usable figure, $148,901-$212,716 (USD
    148,901–212,716 per year), used instead``.

    Use instead: the structured fields, filled, beside the text:

    ```xml
    <Compensationcurrency>USD</Compensationcurrency>
    <Compensationmin>148901</Compensationmin>
    <Compensationmax>212716</Compensationmax>
    ```

    A feed that never publishes pay can leave the rule out: ``ignore = ["C001"]``.
    """
    currency = job.text("Compensationcurrency")
    if job.salary_from_fields is not None:  # amounts given
        if currency is None:
            field = "Compensationcurrency" if "Compensationcurrency" in job.source.raw else None
            fallback = _fallback(job)
            yield said(
                "{Compensationcurrency} is empty: the amounts cannot be published without a"
                " currency; " + fallback.template,
                field,
                subject="Compensationcurrency",
                **fallback.values,
            )
        return
    carried = job.source.carried
    if carried is not None and not carried.intersection(_STRUCTURED):
        # A board with one salary element: only an unusable one is a finding.
        if job.salary_from_text is None or not job.salary_from_text.is_usable:
            fallback = _fallback(job)
            field = "Salaryrange" if "Salaryrange" in job.source.raw else None
            yield said(fallback.template, field, subject=fallback.subject, **fallback.values)
        return
    empty = [n for n in _STRUCTURED if n in job.source.raw and job.text(n) is None]
    if currency is not None:
        empty = [n for n in empty if n != "Compensationcurrency"]
    if not empty:
        # No structured element at all: a salary read from the text is as
        # good as it gets, said for the record (info), not as a problem.
        usable = job.salary_from_text is not None and job.salary_from_text.is_usable
        fallback = _fallback(job)
        yield said(
            "no usable structured compensation; " + fallback.template,
            severity=Severity.INFO if usable else None,
            **fallback.values,
        )
        return
    # One finding per job, at the first empty element the feed holds.
    first = min(empty, key=lambda n: job.source.lines.get(n, job.source.line))
    fallback = _fallback(job)
    yield said(
        f"{_listed(empty)} {'is' if len(empty) == 1 else 'are'} empty; " + fallback.template,
        first,
        **fallback.values,
    )


def _listed(names: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``: the empty elements in one phrase,
    as placeholders."""
    slots = [slot(n) for n in names]
    return slots[0] if len(slots) == 1 else f"{', '.join(slots[:-1])} and {slots[-1]}"


def _min_above_max(salary: Salary | None) -> bool:
    return bool(
        salary
        and salary.minimum is not None
        and salary.maximum is not None
        and salary.minimum > salary.maximum
    )


@rule("C002", "salary-min-above-max", Severity.ERROR)
def salary_min_above_max(job: Job, ctx: Context) -> Iterator[Finding]:
    """The minimum salary is above the maximum.

    A range that runs backwards is a data error; publishing it misleads job
    seekers and Google rejects it. Reported for the structured fields, and for
    a ``Salaryrange`` text that runs from high to low (``$90k - $70k``).

    Example:

    ```xml
    <Compensationmin>90000</Compensationmin>
    <Compensationmax>70000</Compensationmax>
    ```

    gives ``C002 [error] Compensationmin 90000 is above Compensationmax 70000``.

    Use instead: the lower figure as the minimum,
    ``<Compensationmin>70000</Compensationmin>`` and
    ``<Compensationmax>90000</Compensationmax>`` (``$70k - $90k`` in ``Salaryrange``).
    """
    low = parse_decimal(job.text("Compensationmin"))
    high = parse_decimal(job.text("Compensationmax"))
    if low is not None and high is not None and low > high:
        yield said(
            "{Compensationmin} {low} is above {Compensationmax} {high}",
            "Compensationmin",
            low=low,
            high=high,
        )
    if _min_above_max(job.salary_from_text):
        yield said(
            "{Salaryrange} {text!r} runs from high to low",
            "Salaryrange",
            text=job.text("Salaryrange"),
        )


@rule("C003", "salary-text-disagrees", Severity.WARNING)
def salary_text_disagrees(job: Job, ctx: Context) -> Iterator[Finding]:
    """``Salaryrange`` says something else than the structured compensation.

    The structured fields win, so the published salary may not be the one
    the employer wrote. Reported when the currency or the amounts differ.

    Example:

    ```xml
    <Compensationcurrency>GBP</Compensationcurrency>
    <Compensationmin>50000</Compensationmin>
    <Compensationmax>55000</Compensationmax>
    <Salaryrange>£45,000 - £55,000</Salaryrange>
    ```

    gives ``C003 [warning] Salaryrange '£45,000 - £55,000' disagrees with the
    Compensation fields: amounts GBP 45,000–55,000 per year vs GBP 50,000–55,000
    per year``.

    Use instead: one salary in both places (``<Compensationmin>45000</Compensationmin>``
    here), or an empty ``Salaryrange``.
    """
    fields, text = job.salary_from_fields, job.salary_from_text
    if fields is None or text is None:
        return
    differences = []
    if fields.currency and text.currency and fields.currency != text.currency:
        differences.append(f"currency {text.currency} vs {fields.currency}")
    if (fields.minimum, fields.maximum) != (text.minimum, text.maximum):
        differences.append(f"amounts {text.describe()} vs {fields.describe()}")
    if differences:
        yield said(
            "{Salaryrange} {text!r} disagrees with the Compensation fields: {differences}",
            "Salaryrange",
            text=job.text("Salaryrange"),
            differences="; ".join(differences),
        )


@rule("C004", "salary-withheld", Severity.WARNING)
def salary_withheld(job: Job, ctx: Context) -> Iterator[Finding]:
    """A salary figure is withheld from every output as ambiguous or implausible.

    Publishing a guess would put a wrong figure in front of job seekers (INR
    twelve per hour, EUR 45 per hour for a salary written ``45.000``), so
    jobconv leaves the salary out and says why: no period stated where the
    figure could be monthly or yearly, a currency symbol the country does not
    settle (``kr``), three decimals in a currency that never has them, a zero,
    or a figure that is no plausible pay for its period. Reported for the
    structured fields when they give an amount, else for ``Salaryrange``.

    Example:

    ```xml
    <Salaryrange>¥300,000</Salaryrange>
    <Country>Japan</Country>
    ```

    gives ``C004 [warning] Salaryrange '¥300,000' gives JPY 300,000, but no period
    is stated, and in JPY a figure of that size could be hourly, daily, weekly,
    monthly or yearly pay: no salary is published``. So does
    ``<Compensationmin>45.000</Compensationmin>`` in EUR alone (45 or 45,000?).

    Use instead: a figure that settles it: the period in the text
    (``¥300,000 - ¥350,000 per month``), an ISO currency code (``SEK``, not ``kr``),
    and amounts without thousands separators in the structured fields
    (``<Compensationmin>45000</Compensationmin>``).
    """
    fields, text = job.salary_from_fields, job.salary_from_text
    if fields is not None and fields.withheld:
        on_max = fields.withheld.startswith("Compensationmax") or not job.text("Compensationmin")
        field = "Compensationmax" if on_max else "Compensationmin"
        values: dict[str, object] = {"figure": fields.describe()}
        if text is not None and text.is_usable:
            instead = "; {Salaryrange}'s {salary_figure} is published instead"
            values["salary_figure"] = text.describe()
        else:
            instead = ": no salary is published"
        yield said(
            "the Compensation fields give {figure}, but " + _reason(fields.withheld) + instead,
            field,
            **values,
        )
    elif (fields is None or not fields.is_usable) and text is not None and text.withheld:
        yield said(
            "{Salaryrange} {text!r} gives {figure}, but "
            + _reason(text.withheld)
            + ": no salary is published",
            "Salaryrange",
            text=job.text("Salaryrange"),
            figure=text.describe(),
        )
