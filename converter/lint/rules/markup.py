"""HTML where plain text belongs."""

from collections.abc import Iterator

from ...model import TEXT_FIELDS, Job
from ...normalize.html import text_only
from ...results import Severity
from .base import Context, Finding, rule, said, slot


@rule("H001", "markup-in-text", Severity.WARNING)
def markup_in_text(job: Job, ctx: Context) -> Iterator[Finding]:
    """A plain-text field (title, skills, category, industry, employer, location) holds HTML.

    Google wants a title without markup, and a board that shows these fields
    as HTML would run whatever a scraper left in them. jobconv publishes the
    text only: tags are removed, scripts and styles with their content. The
    fields: ``Title``, ``Skills``, ``Category``, ``Industry``,
    ``Employername``, ``Employerdescription``, ``Location``.

    Example: ``<Title>&lt;b&gt;Senior&lt;/b&gt; Cook</Title>`` gives ``H001
    [warning] Title holds HTML markup; it is published as 'Senior Cook'``.

    Use instead: the text alone, ``<Title>Senior Cook</Title>``; formatting
    belongs in ``Description``.
    """
    for name in TEXT_FIELDS:
        text = job.text(name)
        if text is not None and "<" in text and text_only(text) != text:  # "<" first: cheap
            kept = text_only(text)
            shown = "{kept!r}" if kept else "nothing (it holds no text)"
            yield said(
                slot(name) + " holds HTML markup; it is published as " + shown, name, kept=kept
            )
