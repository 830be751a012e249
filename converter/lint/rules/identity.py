"""Job identity within a feed."""

import hashlib
from collections.abc import Iterator

from ...model import Job
from ...results import Severity
from .base import Context, Finding, rule, said


@rule("I001", "duplicate-externalid", Severity.ERROR, feed_fields=("externalid",))
def duplicate_externalid(job: Job, ctx: Context) -> Iterator[Finding]:
    """Two jobs in one feed share an ``externalid``.

    The id is how boards and HR systems update and delete a job; a repeated
    id makes one job overwrite the other. The first job with the id is
    written; each repeat is reported, naming the line of the first, and held
    back.

    Example: two ``<job>`` elements with ``<externalid>job-1</externalid>``; the
    second gives ``I001 [error] externalid 'job-1' repeats the job at line 4``.

    Use instead: an id of its own for each job (the employer's requisition
    number, say), and one ``<job>`` for a job posted twice.
    """
    if job.external_id is None:
        return
    digest = hashlib.blake2b(job.external_id.encode(), digest_size=8).digest()
    key = int.from_bytes(digest, "big") or 1  # 0 marks an empty slot
    first = ctx.seen_ids.first_line(key, job.source.line or 0)
    if first is None:
        return
    where = f" at line {first}" if first else ""
    yield said(
        "{externalid} {id!r} repeats the job{where}", "externalid", id=job.external_id, where=where
    )


@rule("I002", "made-up-id", Severity.WARNING)
def made_up_id(job: Job, ctx: Context) -> Iterator[Finding]:
    """The board's feed gives the job no id, so jobconv made one.

    Jobatus feeds carry no id, nor do Careerjet feeds without ``id``.
    Outputs need an id to update and delete a job, so jobconv makes a stable
    one from the title, the apply link (else the job URL), the location and
    the employer: the same job gets the same id in every run. It changes
    when any of them does, and two jobs alike in all four share it (I001
    then holds back the second).

    Example: a Jobatus ``<ad>``, which has no id element, gives ``I002 [warning]
    the job has no id; jobconv made 'jc-007c4162cb5f7046' from its title, link,
    location and employer (it changes when one of them does)``.

    Use instead: a board format with an id, or the board's id element where it
    has one (Careerjet's ``id``).
    """
    if job.source.made_id:
        yield said(
            "the job has no id; jobconv made {id!r} from its title, link,"
            " location and employer (it changes when one of them does)",
            id=job.external_id,
        )
