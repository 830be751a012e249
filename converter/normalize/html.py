"""HTML descriptions made safe to publish; plain text from HTML and from text fields.

Descriptions are HTML written by third parties and scraped by others: the
writers never pass them on as they came. :func:`safe_html` keeps an
allow-list of tags (Google's list for JobPosting descriptions, plus ``div``
and ``h6``) with no attributes at all, drops ``script``/``style`` with their
content, comments and everything else, and re-serialises the result. It is
``nh3``, the Python binding of Rust's ammonia (an HTML5 parser and
sanitiser): never regular expressions.
"""

from __future__ import annotations

import re
from functools import lru_cache
from html import unescape

import nh3

#: Google's list (p, br, ul, ol, li, h1-h5, strong, em, b, i, u), plus div and
#: h6, which scraped descriptions use for paragraphs and headings.
ALLOWED_TAGS = frozenset(
    {"p", "br", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em"}
    | {"b", "i", "u", "div"}
)
_BLOCK = frozenset({"p", "br", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div"})

# Only for reading safe_html's own output, where a tag is exactly <name>,
# </name> or <br> (no attributes, lower case) and every other "<" is "&lt;".
# Where a browser would start a tag, a comment or a declaration. Deciding
# only whether a text field goes through nh3; nh3 does the removing.
_MARKUP = re.compile(r"<[A-Za-z/!?]")
_BLOCK_TAG = re.compile(r"</?(?:" + "|".join(sorted(_BLOCK)) + r")>")
_ANY_TAG = re.compile(r"</?[a-z0-9]+>")


@lru_cache(maxsize=16)  # a writer asks twice for one job (CSV: text and HTML)
def safe_html(markup: str | None) -> str | None:
    """``markup`` with only :data:`ALLOWED_TAGS`, without attributes,
    scripts, styles or comments. None and "" pass through."""
    if not markup:
        return markup
    return nh3.clean(
        markup,
        tags=set(ALLOWED_TAGS),
        attributes={},
        url_schemes=set(),
        strip_comments=True,
    )


def text_only(text: str | None) -> str | None:
    """A plain-text field (a title, a name) without the HTML a scraper left
    in it: tags go, scripts and styles with their content, the text stays
    (``<b>Senior</b> Cook`` gives ``Senior Cook``), read as HTML, entities
    and all. None when nothing but markup was there. Text where no ``<``
    starts a tag (``Cook <3``, ``a < b``) is returned as it is."""
    if not text or not _MARKUP.search(text):
        return text
    cleaned = nh3.clean(text, tags=set(), attributes={}, strip_comments=True)
    return " ".join(unescape(cleaned).split()) or None


def plain_text(markup: str | None) -> str:
    """The text of an HTML fragment, one line per paragraph, list item,
    heading or break; scripts and styles give no text."""
    safe = safe_html(markup)
    if not safe:
        return ""
    text = unescape(_ANY_TAG.sub("", _BLOCK_TAG.sub("\n", safe)))
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
