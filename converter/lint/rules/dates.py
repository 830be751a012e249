"""The posting date."""

from collections.abc import Iterator

from ...expiry import expiry
from ...model import Job
from ...normalize.dates import ambiguous
from ...results import Severity
from .base import Context, Finding, rule, said


@rule("T001", "invalid-date-posted", Severity.WARNING, targets=("jsonld",))
def invalid_date_posted(job: Job, ctx: Context) -> Iterator[Finding]:
    """``Postedate`` is not a calendar date, nor a date and time.

    ``datePosted`` must be an ISO 8601 date (or date-time); anything else is
    dropped. Google requires the date, so the job is held back from JSON-LD;
    CSV and HR Open carry it without one. The bundled XSD already rejects such
    a date in a YubHub feed as S001; this rule speaks for boards' feeds (the
    finding names the board's date element) and under a looser ``--schema``.

    Example: a Jooble feed's ``<pubdate>soon</pubdate>`` gives ``T001 [warning]
    pubdate 'soon' is not an ISO 8601 date (YYYY-MM-DD) or date-time
    (YYYY-MM-DDThh:mm:ss, with an optional zone)``; so would
    ``<Postedate>24/04/2026</Postedate>`` or ``2026-02-30``. A board's
    ``NN/NN/YYYY`` date is read as its feed's other dates show (a part over
    12), else as its job's country writes dates (month first in the US);
    when neither tells, the finding names both readings
    (``'06/07/2025' may be 2025-07-06 (day first) or 2025-06-07 (month
    first)``) rather than guess.

    Use instead: ``<Postedate>2026-04-24</Postedate>``, or a date and time such as
    ``2026-04-24T09:30:00Z``.
    """
    text = job.text("Postedate")
    if text is not None and job.date_posted is None and (both := ambiguous(text)):
        yield said(
            "{Postedate} {text!r} may be {day_first} (day first) or {month_first} (month first):"
            " neither the feed's dates nor the job's country tell which; write ISO 8601"
            " ({day_first})",
            "Postedate",
            text=text,
            day_first=both[0],
            month_first=both[1],
        )
    elif text is not None and job.date_posted is None:
        yield said(
            "{Postedate} {text!r} is not an ISO 8601 date (YYYY-MM-DD) or date-time"
            " (YYYY-MM-DDThh:mm:ss, with an optional zone)",
            "Postedate",
            text=text,
        )


@rule("T002", "future-date-posted", Severity.WARNING)
def future_date_posted(job: Job, ctx: Context) -> Iterator[Finding]:
    """``Postedate`` lies in the future.

    A posting date after today is a feed error (a swapped day and month,
    a wrong year) and Google may hold or drop the job. Today is the run's
    date (UTC), or ``--today``.

    Example: ``<Postedate>2031-01-01</Postedate>`` gives ``T002 [warning]
    Postedate 2031-01-01 is after today (2026-06-01)``.

    Use instead: the day the job was posted, today or earlier,
    ``<Postedate>2026-05-01</Postedate>``.
    """
    if job.date_posted is not None and job.date_posted > ctx.today:
        yield said(
            "{Postedate} {posted} is after today ({today})",
            "Postedate",
            posted=job.date_posted.isoformat(),
            today=ctx.today.isoformat(),
        )


@rule("T003", "expired-job", Severity.WARNING, targets=("jsonld",))
def expired_job(job: Job, ctx: Context) -> Iterator[Finding]:
    """The job's posting ended before today (a board's expiry date, or ``--valid-for``).

    Google asks that expired jobs leave its index, so such a job is held back
    from JSON-LD; CSV and HR Open still carry it. The end is the board's own
    expiry date when the feed has one (Indeed ``expirationdate``, Jooble
    ``expire``, Jobrapido ``expirydate``), else, with ``--valid-for DAYS`` (or
    the configuration key ``valid-for``), the posting date plus DAYS; YubHub
    feeds have no expiry of their own. A board's date wins over ``--valid-for``.
    Today is the run's date (UTC), or ``--today``.

    Example: a Jooble job with ``<expire>2025-07-17</expire>``, read on 2025-10-16,
    gives ``T003 [warning] expire 2025-07-17: the posting ended before today
    (2025-10-16)``; ``<Postedate>2026-01-02</Postedate>`` with ``--valid-for 30
    --today 2026-03-01`` gives ``T003 [warning] Postedate 2026-01-02, valid for 30
    days: expired on 2026-02-01, before today (2026-03-01)``.

    Use instead: remove the job from the feed, or give it the new expiry date
    when the posting was extended (or a new ``Postedate`` when it was posted again).
    """
    end = expiry(job, ctx.valid_for)
    if end is None or end.day >= ctx.today:
        return
    if end.valid_for is None:
        yield said(
            "{Expires} {end}: the posting ended before today ({today})",
            "Expires",
            end=end.day.isoformat(),
            today=ctx.today.isoformat(),
        )
        return
    assert job.date_posted is not None
    days = f"{end.valid_for} day{'' if end.valid_for == 1 else 's'}"
    yield said(
        "{Postedate} {posted}, valid for {days}: expired on {end}, before today ({today})",
        "Postedate",
        posted=job.date_posted.isoformat(),
        days=days,
        end=end.day.isoformat(),
        today=ctx.today.isoformat(),
    )


@rule("T004", "stale-posting", Severity.WARNING, targets=("jsonld",))
def stale_posting(job: Job, ctx: Context) -> Iterator[Finding]:
    """The job has no expiry date and was posted more than ``--max-age`` days ago.

    Google asks that postings which are no longer open leave its index, and a
    feed that never says when a job ends may carry it for years: a real feed's
    jobs were 17 months old. A job with no end (no board's expiry date, no
    ``--valid-for``) whose ``Postedate`` is more than ``--max-age`` days (the
    configuration key ``max-age``; default 90) before today is held back from
    JSON-LD and from ``diff --format indexing``'s URL_UPDATED notices; CSV,
    HR Open and boards' feeds still carry it. ``--max-age 0`` turns the check
    off. A job with an end is judged by it instead (T003). Today is the run's
    date (UTC), or ``--today``.

    Example: ``<Postedate>2025-07-01</Postedate>`` read on 2026-01-01 gives
    ``T004 [warning] Postedate 2025-07-01 is 184 days old and no expiry date is
    given: stale after 90 days (--max-age)``.

    Use instead: remove the job when it is filled, post it again with a new
    ``Postedate`` when it is still open, give it an end with ``--valid-for``
    (or the board's expiry date), or allow older jobs with ``--max-age DAYS``.
    """
    if not ctx.max_age or job.date_posted is None:
        return
    if expiry(job, ctx.valid_for) is not None:
        return
    age = (ctx.today - job.date_posted).days
    if age > ctx.max_age:
        yield said(
            "{Postedate} {posted} is {age} days old and no expiry date"
            " is given: stale after {max_age} days (--max-age)",
            "Postedate",
            posted=job.date_posted.isoformat(),
            age=age,
            max_age=ctx.max_age,
        )
