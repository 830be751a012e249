"""The job description's HTML, without the feed vendor's credit line."""

from __future__ import annotations

import re

from lxml import etree, html

_CREDIT_TEXT = "xml job scraping automation by"
_CREDIT_HOST = re.compile(r"^https?://(www\.)?yubhub\.co(/|$)", re.IGNORECASE)
_LAST_P = re.compile(r"<p[\s>](?!.*<p[\s>])", re.IGNORECASE | re.DOTALL)
_TAIL = 2000  # the credit is one short paragraph at the very end


def strip_vendor_credit(description: str | None) -> str | None:
    """Drop a trailing "XML job scraping automation by YubHub" paragraph.

    YubHub appends it to every description it scrapes; it credits the feed,
    not the employer, so it is no part of the job posting. Only a last
    paragraph with that text and a link to yubhub.co is removed (found by
    parsing that paragraph as HTML); everything before it is kept byte for byte.
    """
    if not description or "yubhub" not in description[-_TAIL:].lower():
        return description
    offset = max(0, len(description) - _TAIL)
    m = _LAST_P.search(description, offset)
    if not m:
        return description
    try:
        last = html.fragment_fromstring(description[m.start() :].strip())
    except (etree.ParserError, ValueError):
        return description
    text = " ".join(last.text_content().split()).lower()
    if (
        last.tag == "p"
        and text.startswith(_CREDIT_TEXT)
        and any(_CREDIT_HOST.match(a.get("href", "")) for a in last.iter("a"))
    ):
        return description[: m.start()].rstrip()
    return description
