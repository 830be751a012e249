"""libxml2's errors in plain words: what is wrong, where, and how to fix it.

libxml2 names what its parser met where it gave up (``EntityRef: expecting
';'``), often a few characters past the cause, and says nothing of the fix.
Each entry of ``_SYNTAX`` matches one of its well-formedness errors (its
error type and message) and says what is wrong and what to write instead,
placed at the cause itself: the ``&``, the ``</Titel``, the ``<![CDATA[``
never closed. What the feed's first bytes show (zip or gzip data, JSON,
nothing at all) comes first: whatever libxml2 said of such bytes, they are
no XML. An error with no entry keeps libxml2's words. The rewritten message
holds everything libxml2's did (names, lines), so that is not repeated.

``schema_message`` does the same for the XSD's one unhelpful message, a
root element the XSD does not declare.
"""

from __future__ import annotations

import html.entities
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .dialects import Dialect
from .positions import LineWindow, declared_encoding, position_in, wide_encoding

if TYPE_CHECKING:
    from lxml import etree


@dataclass(frozen=True, slots=True)
class Failure:
    """libxml2's first fatal error, placed in the feed (``line`` with the
    segment's offset added: ``offset`` is for the lines its message names)."""

    kind: str  # libxml2's error type, such as ERR_ENTITYREF_SEMICOL_MISSING
    message: str  # its message's first line, without the position
    line: int | None
    column: int | None
    offset: int = 0


@dataclass(frozen=True, slots=True)
class Explained:
    """What to report: the message and the position of the cause."""

    message: str
    line: int | None
    column: int | None


def explain(failure: Failure, head: bytes, window: LineWindow, whole: bool = False) -> Explained:
    """``failure`` in plain words, at its cause. ``head`` is the feed's first
    bytes (``whole``: all of them) and ``window`` its recent lines."""
    said = _from_head(head, whole)
    if said is not None:
        return said
    for kind, pattern, rewrite in _SYNTAX:
        if kind != failure.kind:
            continue
        match = pattern.search(failure.message)
        if match is None:
            continue
        found = rewrite(match, failure, window, head)
        if found is not None:
            return found
    return Explained(failure.message, failure.line, failure.column)


# -- what the first bytes show -----------------------------------------------------

#: Magic bytes of the archives and compressed streams a feed arrives in.
_PACKED = (
    (re.compile(rb"\x1f\x8b"), "gzip-compressed data", "gunzip"),
    (re.compile(rb"PK\x03\x04|PK\x05\x06"), "a zip archive", "unzip"),
    (re.compile(rb"BZh[1-9]"), "bzip2-compressed data", "bunzip2"),
    (re.compile(rb"\xfd7zXZ\x00"), "xz-compressed data", "unxz"),
    (re.compile(rb"\x28\xb5\x2f\xfd"), "zstd-compressed data", "unzstd"),
)
#: An HTML page (a site's error or login page where a feed was expected).
_HTML = re.compile(
    rb"\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", re.I | re.S
)
#: Chrome's and Firefox's notice above an XML file they show as a tree: a
#: copy of the page is that notice and the tree's text, not the feed.
_BROWSER_VIEW = re.compile(rb"\s*This XML file does not appear to have any style information")
_WIDE_NAME = re.compile(r"(?i)(utf|ucs)-?(16|32|2|4)\S*")


def _from_head(head: bytes, whole: bool) -> Explained | None:
    """What the opening alone tells: data that is no XML text at all, an
    empty file, or a declaration of a wide encoding over 8-bit bytes."""
    for magic, what, tool in _PACKED:
        if magic.match(head):
            return Explained(f"this is {what}, not XML: unpack it first ({tool})", 1, 1)
    text = head.removeprefix(b"\xef\xbb\xbf")
    if whole and not text.strip():
        empty = "the feed is empty" + (": only whitespace, no XML element" if text else "")
        return Explained(empty, 1, 1)
    if text.lstrip()[:1] in (b"{", b"["):
        return Explained("this is JSON, not XML: jobconv reads XML feeds", 1, 1)
    if _BROWSER_VIEW.match(text):
        return Explained(
            "this is a web browser's view of an XML file, copied as text (its first line is"
            " the browser's 'This XML file does not appear to have any style information'):"
            " save the feed itself (curl -o FILE URL, or the browser's Save Page As)",
            1,
            1,
        )
    if _HTML.match(text):
        return Explained(
            "this is an HTML page, not a job feed (a web page, a login or error page"
            " served instead of the feed?): check the URL or the file",
            1,
            1,
        )
    declared = declared_encoding(head)
    if declared and _WIDE_NAME.fullmatch(declared) and wide_encoding(head) is None:
        line, column = position_in(head, "encoding") or (1, None)
        message = (
            f"the XML declaration says {declared} but the bytes are 8-bit text: declare the"
            ' encoding they are in (encoding="UTF-8"), or save the feed as ' + declared
        )
        return Explained(message, line, column)
    return None


# -- rewrites of libxml2's errors --------------------------------------------------

Rewrite = Callable[[re.Match[str], Failure, LineWindow, bytes], Explained | None]

_CDATA = "(or put the text in <![CDATA[...]]>)"
_CONTROL = {0: "NUL", 8: "backspace", 0xB: "vertical tab", 0xC: "form feed", 0x1B: "escape"}


def _back(
    window: LineWindow, failure: Failure, needle: str, before: bool = False
) -> tuple[int | None, int | None]:
    """The position of the last ``needle`` at or before libxml2's (``before``:
    strictly before it), on its line (where libxml2 stopped, a few characters
    past the cause)."""
    if failure.line is not None:
        column = failure.column
        if before and column is not None and column > 1:
            column -= 1
        found = window.rfind(needle, failure.line, column, back=1)
        if found is not None:
            return found
    return failure.line, failure.column


def _in_tag(window: LineWindow, line: int | None, column: int | None) -> bool:
    """Whether ``column`` of ``line`` is inside a start tag (an attribute value)."""
    text = window.text(line)
    if text is None or column is None:
        return False
    before = text[: column - 1]
    return before.rfind("<") > before.rfind(">")


def _word(window: LineWindow, line: int | None, column: int | None) -> str:
    """The word around ``column`` of ``line``, quoted, for a message."""
    text = window.text(line)
    if text is None or column is None:
        return ""
    left = re.search(r"[^\s<>\"'=]*$", text[: column - 1])
    right = re.match(r"[^\s<>\"'=]*", text[column - 1 :])
    word = (left[0] if left else "") + (right[0] if right else "")
    return f" ('{word}')" if 1 < len(word) <= 40 else ""


def _ampersand(m: re.Match[str], f: Failure, w: LineWindow, head: bytes) -> Explained:
    # "expecting ';'" stops at what ends the name, which may be the next '&'.
    line, column = _back(w, f, "&", before="expecting" in m.string)
    if _in_tag(w, line, column):
        return Explained("unescaped '&' in an attribute value: write &amp;", line, column)
    word = _word(w, line, column)
    return Explained(f"unescaped '&' in text{word}: write &amp; {_CDATA}", line, column)


def _entity(m: re.Match[str], f: Failure, w: LineWindow, head: bytes) -> Explained:
    name = m["name"]
    line, column = _back(w, f, f"&{name}")
    chars = html.entities.html5.get(f"{name};")
    if chars is None:
        return Explained(
            f"undefined entity &{name};: XML defines only &amp; &lt; &gt; &quot; &apos;"
            " (a '&' meant as text is written &amp;)",
            line,
            column,
        )
    named = ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, '')}".rstrip() for c in chars)
    numeric = "".join(f"&#{ord(c)};" for c in chars)
    one = len(chars) == 1
    what = "character itself" if one else "characters themselves"
    refs = "its numeric reference" if one else "their numeric references"
    return Explained(
        f"&{name}; is an HTML entity, which XML does not define: write the {what}"
        f" ({named}) or {refs} {numeric}",
        line,
        column,
    )


def _less_than(m: re.Match[str], f: Failure, w: LineWindow, head: bytes) -> Explained:
    line, column = _back(w, f, "<")
    return Explained(f"'<' that starts no element: in text, write &lt; {_CDATA}", line, column)


def _mismatch(m: re.Match[str], f: Failure, w: LineWindow, head: bytes) -> Explained:
    opened, closing, at = m["open"], m["close"], int(m["line"]) + f.offset
    line, column = _back(w, f, f"</{closing}")
    return Explained(
        f"</{closing}> where </{opened}> was expected (<{opened}> opened at line {at}):"
        f" close <{opened}> first, or correct the end tag's name",
        line,
        column,
    )


def _cut(
    what: str, opened: tuple[int | None, int | None], end: str, f: Failure, verb: str = "opened"
) -> Explained:
    """The feed ends (where libxml2 says) inside ``what``, ``verb`` at
    ``opened``, before its ``end``."""
    line, column = opened
    at = f" {verb} at {line}:{column}" if column else f" {verb} at line {line}" if line else ""
    return Explained(
        f"the feed ends inside {what}{at}: it is cut short (an interrupted download"
        f" or export?), or {end} is missing",
        f.line,
        f.column,
    )


def _unclosed(m: re.Match[str], f: Failure, w: LineWindow, head: bytes) -> Explained:
    tag = m["tag"]
    return _cut(f"<{tag}>", w.locate(tag, int(m["line"]) + f.offset), f"</{tag}>", f)


def _cdata(m: re.Match[str], f: Failure, w: LineWindow, head: bytes) -> Explained:
    found = w.rfind("<![CDATA[", f.line, f.column) if f.line is not None else None
    return _cut("a CDATA section", found or (None, None), "its ]]>", f)


def _start_tag(m: re.Match[str], f: Failure, w: LineWindow, head: bytes) -> Explained:
    tag = m["tag"]
    line, column = _back(w, f, f"<{tag}")
    if f.line is not None and f.column is not None and w.blank_after(f.line, f.column):
        return _cut(f"the start tag <{tag}", (line, column), "its '>'", f, "begun")
    return Explained(
        f"the start tag <{tag} is not closed with '>' (an attribute without quotes, or"
        " a '<' inside it?)",
        line,
        column,
    )


def _end_tag(m: re.Match[str], f: Failure, w: LineWindow, head: bytes) -> Explained:
    line, column = _back(w, f, "</", before=True)
    text = w.text(line) if column is not None else None
    found = re.match(r"</[^\s>]*", text[column - 1 :]) if text and column else None
    what = f"the end tag {found[0]}" if found else "an end tag"
    if f.line is not None and f.column is not None and w.blank_after(f.line, f.column):
        return _cut(what, (line, column), "its '>'", f, "begun")
    return Explained(f"{what} is not closed with '>'", line, column)


def _after_root(m: re.Match[str], f: Failure, w: LineWindow, head: bytes) -> Explained:
    text = w.text(f.line)
    rest = text[(f.column or 1) - 1 :].strip()[:30] if text else ""
    what = f"'{rest}' after" if rest else "content after"
    return Explained(
        f"{what} the end of the root element: an XML document has one root element;"
        " remove what follows it (two feeds in one file?)",
        f.line,
        f.column,
    )


def _declaration(m: re.Match[str], f: Failure, w: LineWindow, head: bytes) -> Explained:
    line, column = _back(w, f, "<?xml")
    return Explained(
        "the XML declaration <?xml ...?> is not at the very start of the file: remove"
        " what comes before it (a blank line, spaces, another declaration)",
        line,
        column,
    )


def _character(value: int) -> str:
    name = _CONTROL.get(value) or unicodedata.name(chr(value), "")
    return f"character 0x{value:X}" + (f" ({name})" if name else "")


def _bad_char(m: re.Match[str], f: Failure, w: LineWindow, head: bytes) -> Explained:
    value = int(m["dec"]) if m["dec"] else int(m["hex"], 16)
    return Explained(f"{_character(value)} is not allowed in XML: remove it", f.line, f.column)


def _bad_reference(m: re.Match[str], f: Failure, w: LineWindow, head: bytes) -> Explained:
    value = int(m["dec"])
    line, column = _back(w, f, "&#")
    return Explained(
        f"a character reference to {_character(value)}, which XML does not allow: remove it",
        line,
        column,
    )


def _encoding(m: re.Match[str], f: Failure, w: LineWindow, head: bytes) -> Explained:
    declared = declared_encoding(head)
    named = declared or "UTF-8"
    raw = w.line_bytes(f.line) if f.line is not None and w.enabled else None
    bad = None
    if raw is not None and named.lower().replace("_", "-") in ("utf-8", "utf8"):
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            bad = exc.start
    if raw is None or bad is None:
        return Explained(
            f"bytes that are not {named}, the feed's encoding: save the feed in {named},"
            ' or declare the encoding it is in (<?xml version="1.0" encoding="..."?>)',
            f.line,
            f.column,
        )
    byte = raw[bad]
    column = len(raw[:bad].decode("utf-8", errors="replace")) + 1
    why = "the XML declaration says UTF-8" if declared else "no XML declaration names an encoding"
    return Explained(
        f"byte 0x{byte:02X} is not UTF-8 ({why}); in Windows-1252 it is"
        f" '{bytes([byte]).decode('cp1252', errors='replace')}': save the feed as UTF-8, or"
        ' declare the encoding it is in (<?xml version="1.0" encoding="windows-1252"?>)',
        f.line,
        column,
    )


def _unquoted(m: re.Match[str], f: Failure, w: LineWindow, head: bytes) -> Explained | None:
    text = w.text(f.line)
    if text is None or f.column is None:
        return None
    name = re.search(r"([^\s<>\"'=]+)\s*=\s*$", text[: f.column - 1])
    value = re.match(r"[^\s>/]*", text[f.column - 1 :])
    if name is None or value is None:
        return None
    return Explained(
        f'the value of attribute {name[1]} is not in quotes: write {name[1]}="{value[0]}"',
        f.line,
        f.column,
    )


def _no_start(m: re.Match[str], f: Failure, w: LineWindow, head: bytes) -> Explained:
    text = w.text(f.line)
    start = text[(f.column or 1) - 1 :].strip()[:20] if text else ""
    if not start and f.line is not None and w.blank_after(f.line, f.column or 1):
        message = "the feed ends before its first element (its root, such as <source>)"
        return Explained(message, f.line, f.column)
    if start and start.isprintable() and "\ufffd" not in start:
        what = f"it starts with '{start}'"
    else:
        what = "it holds binary data"
    message = f"this is not XML: {what} where an element ('<') was expected"
    return Explained(message, f.line, f.column)


#: (libxml2's error type, its message, the rewrite), tried in order.
_SYNTAX: tuple[tuple[str, re.Pattern[str], Rewrite], ...] = (
    ("ERR_ENTITYREF_SEMICOL_MISSING", re.compile(r"EntityRef: expecting ';'"), _ampersand),
    ("ERR_NAME_REQUIRED", re.compile(r"xmlParseEntityRef: no name"), _ampersand),
    ("ERR_UNDECLARED_ENTITY", re.compile(r"Entity '(?P<name>[^']+)' not defined"), _entity),
    ("ERR_NAME_REQUIRED", re.compile(r"StartTag: invalid element name"), _less_than),
    (
        "ERR_TAG_NAME_MISMATCH",
        re.compile(
            r"Opening and ending tag mismatch: (?P<open>\S+) line (?P<line>\d+) and (?P<close>\S+)"
        ),
        _mismatch,
    ),
    (
        "ERR_TAG_NOT_FINISHED",
        re.compile(r"Premature end of data in tag (?P<tag>\S+) line (?P<line>\d+)"),
        _unclosed,
    ),
    ("ERR_CDATA_NOT_FINISHED", re.compile(r"CData section not finished"), _cdata),
    ("ERR_GT_REQUIRED", re.compile(r"Couldn't find end of Start Tag (?P<tag>\S+)"), _start_tag),
    ("ERR_GT_REQUIRED", re.compile(r"^expected '>'"), _end_tag),
    ("ERR_DOCUMENT_END", re.compile(r"Extra content at the end of the document"), _after_root),
    ("ERR_RESERVED_XML_NAME", re.compile(r"XML declaration allowed only at"), _declaration),
    (
        "ERR_INVALID_CHAR",
        re.compile(r"xmlParseCharRef: invalid xmlChar value (?P<dec>\d+)"),
        _bad_reference,
    ),
    (
        "ERR_INVALID_CHAR",
        re.compile(r"invalid Char value (?P<dec>\d+)|Char 0x(?P<hex>[0-9A-Fa-f]+) out of allowed"),
        _bad_char,
    ),
    ("ERR_INVALID_ENCODING", re.compile(r""), _encoding),
    ("ERR_ATTRIBUTE_NOT_STARTED", re.compile(r"AttValue: \" or ' expected"), _unquoted),
    ("ERR_DOCUMENT_EMPTY", re.compile(r"Start tag expected|Document is empty"), _no_start),
)


# -- the XSD -----------------------------------------------------------------------

_UNDECLARED_ROOT = re.compile(
    r"No matching global declaration available for the validation root"
    r"|is not an element of the schema"
)


#: What to write for the value types of the bundled XSDs, named in the engine's message.
_TYPE_HINTS = {
    "dateOrEmpty": "write a date as YYYY-MM-DD (2026-08-30), or a date and time"
    " (2026-08-30T10:00:00Z), or leave it empty",
    "decimalOrEmpty": "write a plain number (45000 or 45000.50: no currency sign, no"
    " thousands separator), or leave it empty",
    "currencyOrEmpty": "write an ISO 4217 code in capitals (USD, EUR, GBP), or leave it empty",
    "uriOrEmpty": "write a URL (https://example.com/jobs/1), or leave it empty",
}
_TYPED = re.compile(
    r"of the (?:(?:union|atomic) )?type '(\w+)'"
    r"|the pattern '(\(\[A-Z\]\{3\}\)\?)'"  # libxml2 names currencyOrEmpty's pattern only
)


def schema_message(message: str, tag: str, is_root: bool, dialect: Dialect) -> str:
    """The XSD engine's ``message`` about element ``tag``, in plain words
    where it says only that the document's root is not declared, and with
    what to write where a value does not fit one of the bundled types."""
    if not is_root or not _UNDECLARED_ROOT.search(message):
        typed = _TYPED.search(message)
        hint = _TYPE_HINTS.get(typed[1] or "currencyOrEmpty") if typed else None
        return f"{message.rstrip('.')}: {hint}" if hint else message
    roots = dialect.roots or (dialect.root,)
    expected = f"<{roots[0]}>"
    if len(roots) > 1:
        expected += " (or " + ", ".join(f"<{r}>" for r in roots[1:]) + ")"
    return (
        f"the root element is <{tag}>, but a {dialect.title} feed's root is {expected}:"
        " rename it, or read the feed in the dialect it is written in (--dialect NAME;"
        " `jobconv dialects` lists them)"
    )


_POSITION_SUFFIX = re.compile(r",? line \d+, column \d+\s*$")


def first_fatal(
    parser: etree.XMLPullParser,
    exc: etree.XMLSyntaxError,
    offset: int,
    first: etree._LogEntry | None = None,
) -> Failure:
    """libxml2's first fatal error (``first``, seen at an earlier feed, else
    in the parser's log), else the exception's (lxml may raise a bare "no
    element found" over it), lines in the feed's."""
    fatal = first or next((e for e in parser.feed_error_log if e.level_name == "FATAL"), None)
    if fatal is not None:
        kind, text, line, column = fatal.type_name, fatal.message, fatal.line, fatal.column
    else:
        kind, text = "", exc.msg or str(exc)
        line, column = exc.position if exc.position else (None, None)
    said = text.strip().splitlines()[:1]
    message = (_POSITION_SUFFIX.sub("", said[0]) if said else "") or "not well-formed XML"
    return Failure(kind, message, line + offset if line else None, column or None, offset)
