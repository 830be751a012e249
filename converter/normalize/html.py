"""HTML descriptions made safe to publish; plain text from HTML and from text fields.

Descriptions are HTML written by third parties and scraped by others: the
writers never pass them on as they came. :func:`safe_html` keeps an
allow-list of tags (Google's list for JobPosting descriptions, plus ``div``
and ``h6``) with no attributes at all, drops ``script``/``style`` with their
content, comments and everything else, and re-serialises the result. It is
``nh3``, the Python binding of Rust's ammonia (an HTML5 parser and
sanitiser): never regular expressions. A description nh3 would return
unchanged (:func:`is_clean`, proven against nh3 by a property test) skips it.
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


# The fast path: markup nh3 would give back unchanged skips it
# (nh3 takes 40 µs for a 2.5 KB description, the check 19). What nh3 0.3.8
# changes, found by experiment and pinned by tests/unit/test_html_fast.py: in text,
# it drops NUL and a leading BOM, turns CR into LF, escapes & < > and U+00A0
# (as &amp; &lt; &gt; &nbsp;, the only four references it leaves as they are)
# and decodes every other one; it rewrites any tag not written exactly <name>
# or </name>; and it re-nests what the HTML5 tree builder re-nests (a block
# start tag closes an open <p>, a heading a heading, <li> an <li> even across
# a <div>; misnested formatting goes through the adoption agency). is_clean
# accepts only what is clear of all that; anything else (harmless but unusual
# nesting too) goes through nh3.

#: C0 controls but tab and line feed, and DEL: only NUL and CR are changed,
#: the rest is refused to be safe.
_CONTROLS = bytes([*range(0x09), *range(0x0B, 0x20), 0x7F])
_UNSAFE_AMP = re.compile(r"&(?!(?:amp|lt|gt|nbsp);)")
_TAG_NAME = re.compile(r"<(/?[a-z0-9]+)>")
_FORMATTING = frozenset({"strong", "em", "b", "i", "u"})
_PHRASING = _FORMATTING | {"br"}
_FLOW = _PHRASING | {"p", "ul", "ol", "div", "h1", "h2", "h3", "h4", "h5", "h6"}
#: The tags each element may hold on the fast path (text may go anywhere):
#: nothing the tree builder would close, reopen or move. The top level is _FLOW.
_CHILDREN: dict[str, frozenset[str]] = {
    "div": _FLOW,
    "li": _FLOW,
    "ul": frozenset({"li"}),
    "ol": frozenset({"li"}),
    **dict.fromkeys(["p", "h1", "h2", "h3", "h4", "h5", "h6", *_FORMATTING], _PHRASING),
}
_END_TAG = {name: "/" + name for name in _CHILDREN}


def is_clean(markup: str) -> bool:
    """True only if ``nh3.clean``, called as :func:`safe_html` calls it,
    returns ``markup`` unchanged; False when unsure. Regular expressions
    here only decide whether nh3 must run."""
    if "&" in markup and _UNSAFE_AMP.search(markup):
        return False  # first: the commonest reason, and the cheapest check
    if not _plain_characters(markup):
        return False
    names = _TAG_NAME.findall(markup)
    count = len(names)  # each match holds one "<" and one ">": no others
    return markup.count("<") == count == markup.count(">") and _well_nested(names)


def _plain_characters(markup: str) -> bool:
    """No character nh3 drops or escapes in text: controls (but tab and line
    feed), U+00A0, U+FEFF, lone surrogates (which nh3 refuses)."""
    if markup.isascii():
        data = markup.encode("ascii")
    elif "\xa0" in markup or "\ufeff" in markup:
        return False
    else:
        try:
            data = markup.encode()
        except UnicodeEncodeError:
            return False
    return len(data.translate(None, _CONTROLS)) == len(data)


def _well_nested(names: list[str]) -> bool:
    """Each start tag one its parent may hold (:data:`_CHILDREN`), each end
    tag closing the innermost open element, nothing left open. A formatting
    tag may sit in itself: with every element closed in order, the adoption
    agency and the Noah's Ark clause change nothing."""
    stack: list[tuple[str, frozenset[str]]] = []
    end, allowed = "", _FLOW  # the open element's end tag, the tags it may hold
    for name in names:
        if name in allowed:
            if name != "br":  # a void element: nothing to close
                stack.append((end, allowed))
                end, allowed = _END_TAG[name], _CHILDREN[name]
        elif name == end:
            end, allowed = stack.pop()
        else:
            return False
    return not stack


@lru_cache(maxsize=16)  # a writer asks twice for one job (CSV: text and HTML)
def safe_html(markup: str | None) -> str | None:
    """``markup`` with only :data:`ALLOWED_TAGS`, without attributes,
    scripts, styles or comments. None and "" pass through, and so does
    markup :func:`is_clean` accepts, without the cost of nh3."""
    if not markup or is_clean(markup):
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
