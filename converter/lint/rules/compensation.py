"""Salary: empty, contradictory, inconsistent, ambiguous or implausible compensation."""

from collections.abc import Iterator

from ...model import Job
from ...normalize.salary import Salary, parse_decimal
from ...results import Severity
from .base import Context, Finding, rule

_STRUCTURED = ("Compensationcurrency", "Compensationmin", "Compensationmax")


def _fallback(job: Job) -> str:
    """What the message says of ``Salaryrange``: the same text, the same words."""
    text, figure = job.text("Salaryrange"), job.salary_from_text
    if figure is not None and figure.is_usable:
        return f"Salaryrange holds a usable figure, {text} ({figure.describe()}), used instead"
    if figure is not None and figure.currency is None and figure.withheld is None:
        return (
            f"Salaryrange {text!r} gives {figure.describe()} with no currency:"
            " no salary is published"
        )
    if figure is not None:
        return (
            f"Salaryrange {text!r} gives {figure.describe()}, but {figure.withheld}:"
            " no salary is published (C004)"
        )
    if text:
        return f"Salaryrange {text!r} holds no figure: no salary is published"
    return "no salary is published"


@rule("C001", "empty-compensation", Severity.WARNING)
def empty_compensation(job: Job, ctx: Context) -> Iterator[Finding]:
    """The structured compensation (``Compensationcurrency/min/max``) is empty.

    Google recommends ``baseSalary``, and job seekers filter on pay. jobconv
    falls back to the free text of ``Salaryrange`` when it holds a figure,
    and the message says which figure it read. Reported at each empty
    element. Example: ``<Compensationmin></Compensationmin>`` beside
    ``<Salaryrange>$148,901-$212,716</Salaryrange>``.
    """
    currency = job.text("Compensationcurrency")
    if job.salary_from_fields is not None:  # amounts given
        if currency is None:
            field = "Compensationcurrency" if "Compensationcurrency" in job.raw else None
            yield Finding(
                "Compensationcurrency is empty: the amounts cannot be published without a"
                f" currency; {_fallback(job)}",
                field,
            )
        return
    if job.carried is not None and not job.carried.intersection(_STRUCTURED):
        # A board with one salary element: only an unusable one is a finding.
        if job.salary_from_text is None or not job.salary_from_text.is_usable:
            said = _fallback(job)
            field = "Salaryrange" if "Salaryrange" in job.raw else None
            yield Finding(said[0].upper() + said[1:], field)
        return
    empty = [n for n in _STRUCTURED if n in job.raw and job.text(n) is None]
    if currency is not None:
        empty = [n for n in empty if n != "Compensationcurrency"]
    if not empty:
        yield Finding(f"no usable structured compensation; {_fallback(job)}")
        return
    for name in empty:
        yield Finding(f"{name} is empty; {_fallback(job)}", name)


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
    seekers and Google rejects it. Example: ``<Compensationmin>90000</Compensationmin>``
    with ``<Compensationmax>70000</Compensationmax>``, or ``$90k - $70k``.
    """
    low = parse_decimal(job.text("Compensationmin"))
    high = parse_decimal(job.text("Compensationmax"))
    if low is not None and high is not None and low > high:
        yield Finding(f"Compensationmin {low} is above Compensationmax {high}", "Compensationmin")
    if _min_above_max(job.salary_from_text):
        yield Finding(
            f"Salaryrange {job.text('Salaryrange')!r} runs from high to low", "Salaryrange"
        )


@rule("C003", "salary-text-disagrees", Severity.WARNING)
def salary_text_disagrees(job: Job, ctx: Context) -> Iterator[Finding]:
    """``Salaryrange`` says something else than the structured compensation.

    The structured fields win, so the published salary may not be the one
    the employer wrote. Example: ``Compensationmin`` 50000 with
    ``Salaryrange`` "£45,000 - £55,000".
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
        yield Finding(
            f"Salaryrange {job.text('Salaryrange')!r} disagrees with the Compensation fields: "
            + "; ".join(differences),
            "Salaryrange",
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
    Example: ``<Salaryrange>¥300,000</Salaryrange>`` with Country Japan (monthly
    or yearly?), or ``<Compensationmin>45.000</Compensationmin>`` EUR alone.
    """
    fields, text = job.salary_from_fields, job.salary_from_text
    if fields is not None and fields.withheld:
        on_max = fields.withheld.startswith("Compensationmax") or not job.text("Compensationmin")
        field = "Compensationmax" if on_max else "Compensationmin"
        instead = (
            f"; Salaryrange's {text.describe()} is published instead"
            if text is not None and text.is_usable
            else ": no salary is published"
        )
        yield Finding(
            f"the Compensation fields give {fields.describe()}, but {fields.withheld}{instead}",
            field,
        )
    elif (fields is None or not fields.is_usable) and text is not None and text.withheld:
        yield Finding(
            f"Salaryrange {job.text('Salaryrange')!r} gives {text.describe()}, but"
            f" {text.withheld}: no salary is published",
            "Salaryrange",
        )
