"""The job description."""

import re
from collections.abc import Iterator
from html import unescape

from ...model import Job
from ...results import Severity
from .base import Context, Finding, rule, said

_TAG = re.compile(r"<[^>]*>")
_BLOCK = re.compile(r"<\s*(p|br|ul|ol|li|h[1-6]|div|table)\b", re.IGNORECASE)


def _plain(html: str) -> str:
    return " ".join(unescape(_TAG.sub(" ", html)).split())


@rule("D001", "description-equals-title", Severity.ERROR)
def description_equals_title(job: Job, ctx: Context) -> Iterator[Finding]:
    """The description only repeats the title.

    Google rejects a ``description`` that is the same as the ``title``: it
    says nothing of the job. Compared as text: markup, spacing and case aside.

    Example:

    ```xml
    <Title>Nurse</Title>
    <Description>Nurse</Description>
    ```

    gives ``D001 [error] Description is the same as the Title``.

    Use instead: a description of the job: its duties, requirements, pay and
    place, ``<Description><![CDATA[<p>Night shifts on a busy surgical ward.</p>]]></Description>``.
    """
    title, text = job.title, job.description
    if not title or not text:
        return
    words = title.casefold().split()
    if words and _starts_with(text, words[0]) and _plain(text).casefold() == " ".join(words):
        yield said("{Description} is the same as the {Title}", "Description")


_LEAD = re.compile(r"(?:\s+|<[^>]*>)*")


def _starts_with(html: str, word: str) -> bool:
    """Whether the text of ``html`` may start with ``word`` (casefolded): a
    cheap test that looks at the first characters only, where the full
    comparison would fold the whole description."""
    start = _LEAD.match(html).end()  # type: ignore[union-attr]
    head = html[start : start + 2 * len(word) + 8]
    return "&" in head or head.casefold().startswith(word)


@rule("D002", "description-without-structure", Severity.WARNING)
def description_without_structure(job: Job, ctx: Context) -> Iterator[Finding]:
    """The description is one block of text, with no paragraphs or lists.

    Google shows the description's HTML as it is; a wall of text reads badly
    and hides the responsibilities and requirements. A description with a
    block tag (``<p>``, ``<br>``, ``<ul>``, ``<ol>``, ``<li>``, ``<h1>``-``<h6>``,
    ``<div>``, ``<table>``) or a line break inside it is not reported.

    Example: a 2,000-character description with no tag and no line break gives
    ``D002 [warning] Description has no paragraphs, line breaks or lists``.

    Use instead: paragraphs and lists,
    ``<p>Cook lunch for a busy bistro.</p><ul><li>Prep</li><li>Grill</li></ul>``.
    """
    text = job.description
    if text and not _BLOCK.search(text) and "\n" not in text.strip():
        yield said("{Description} has no paragraphs, line breaks or lists", "Description")
