"""safe_html's fast path: markup nh3 would give back unchanged
skips nh3, and the result is still exactly nh3's.

``is_clean`` decides with a regular-expression tokeniser and a nesting check,
so it is held to nh3 itself: for any string, ``safe_html`` equals
``nh3.clean`` with the same arguments, and whenever ``is_clean`` says yes,
nh3 returns the string unchanged. Strings come from tags allowed and not, in
every spelling (upper case, self-closing, attributes, spaces), entities named
and numeric, stray ``&<>``, controls, U+00A0 and U+FEFF, comments, CDATA,
well and badly nested trees, and clean documents with one thing spoilt. The
other half: typical clean descriptions (the benchmark's, the fixtures') do
take the fast path, so a check that never fires fails here.
"""

from __future__ import annotations

import importlib.util
import itertools
import random

import nh3
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from lxml import etree

from converter.normalize.html import ALLOWED_TAGS, is_clean, safe_html

from ..conftest import FIXTURES, ROOT, examples

SETTINGS = settings(
    max_examples=examples(2000), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def nh3_clean(markup: str) -> str:
    """nh3 as safe_html calls it: the reference the fast path must match."""
    return nh3.clean(
        markup, tags=set(ALLOWED_TAGS), attributes={}, url_schemes=set(), strip_comments=True
    )


def outcome(function, markup: str) -> tuple[str, object]:
    """A result or the kind of error (nh3 refuses lone surrogates)."""
    try:
        return "ok", function(markup)
    except Exception as error:  # compared, not hidden
        return "error", type(error)


def assert_like_nh3(markup: str) -> bool:
    """safe_html gives what nh3 gives; nh3 keeps what is_clean accepts."""
    assert outcome(safe_html, markup) == outcome(nh3_clean, markup)
    clean = is_clean(markup)
    if clean:
        assert nh3_clean(markup) == markup
    return clean


# -- strategies ------------------------------------------------------------------
#
# Trees are built by following a flat list of steps (write text, open a tag,
# close the innermost one), which hypothesis draws and shrinks cheaply:
# recursive strategies cost ~0.1 s an example here.

FORMATTING = ("strong", "em", "b", "i", "u")
PHRASING = (*FORMATTING, "br")
FLOW = (*PHRASING, "p", "ul", "ol", "div", "h1", "h2", "h3", "h4", "h5", "h6")
#: What each element may hold in the descriptions the fast path is for (text
#: anywhere): the tree builder closes, reopens or moves none of it.
MODEL: dict[str, tuple[str, ...]] = {
    "": FLOW,
    "div": FLOW,
    "li": FLOW,
    "ul": ("li",),
    "ol": ("li",),
    **dict.fromkeys(("p", "h1", "h2", "h3", "h4", "h5", "h6", *FORMATTING), PHRASING),
}
OTHER_TAGS = [
    "span", "a", "script", "style", "table", "tr", "td", "pre", "textarea", "title", "xmp",
    "noscript", "iframe", "svg", "math", "template", "body", "html", "head", "select",
    "option", "dl", "dt", "dd", "address", "button", "img", "hr", "font", "nobr", "code",
    "h7", "p1", "plaintext",
]  # fmt: skip
ALLOWED = sorted(ALLOWED_TAGS)
NAMES = ALLOWED + OTHER_TAGS

#: Text nh3 keeps as it is, which is_clean should accept.
SAFE_PIECES = [
    *"ab Z09 \n\t'\"=/;#!?-.,:()", "&amp;", "&lt;", "&gt;", "&nbsp;", "é", "ß", "’", "—",
    "\x80", "\x85", "\x9f", "\xa1", "\xad", "\u2028", "\u200b", "\ufffd", "\U0001f600",
]  # fmt: skip
SAFE_CHARS = st.characters(
    exclude_characters="<>&\x7f\xa0\ufeff" + "".join(map(chr, [*range(9), *range(11, 32)])),
    exclude_categories=("Cs",),
)
SAFE_TEXT = st.lists(st.one_of(st.sampled_from(SAFE_PIECES), SAFE_CHARS), max_size=5).map("".join)
#: Everything nh3 rewrites, or that looks close to what it does not.
ODD = [
    "&", "<", ">", "&quot;", "&apos;", "&#39;", "&#x26;", "&#38;", "&#160;", "&#xa0;",
    "&#0;", "&#13;", "&eacute;", "&amp", "&nbsp", "&AMP;", "&NBSP;", "&foo;", "&ampx",
    "&;", "&#;", "&#x;", "&copy", "&lt", "&gt", "&amp;amp;", "&&amp;", "&lt;p&gt;",
    "\x00", "\r", "\r\n", "\x0b", "\x0c", "\x01", "\x1f", "\x7f", "\x80", "\x9f", "\xa0",
    "\ufeff", "\ud800", "\udfff", "\ufffe", "\U0010ffff", " ", "\n", "\t",
    "<!-- c -->", "<!---->", "<!--", "-->", "<![CDATA[x]]>", "<?x?>", "<!doctype html>",
    "<>", "</>", "<3", "a < b", "</ p>", "<p<b>", "<br/>", "<br />", "</br>", "<BR>",
]  # fmt: skip
ODD_TEXT = st.sampled_from(ODD)
ODD_CHAR = st.sampled_from([odd for odd in ODD if len(odd) == 1])


def tag_forms(name: str) -> list[str]:
    """A tag in the spellings nh3 rewrites, and the two it keeps."""
    return [
        f"<{name}>", f"</{name}>", f"<{name.upper()}>", f"</{name.title()}>", f"<{name}/>",
        f"<{name} />", f'<{name} class="x">', f"<{name} id=a>", f"<{name} >", f"</{name} >",
        f"< {name}>", f"<{name}\n>", f"</{name}/>", f"<{name}\t>",
    ]  # fmt: skip


PLAIN_TAG = st.sampled_from([f"<{name}>" for name in ALLOWED] + [f"</{name}>" for name in ALLOWED])
ANY_TAG = st.sampled_from([form for name in NAMES for form in tag_forms(name)])
ANY_TEXT = st.one_of(SAFE_TEXT, SAFE_TEXT, ODD_TEXT, ANY_TAG)


def model_markup(steps: list[tuple[int, str]], strict: bool = True) -> str:
    """Follow the steps (write text, open a tag, close the innermost) within
    MODEL, closing everything at the end. Not strict, one tag in five opened
    is one of a few allowed tags wherever it falls: well formed, but maybe
    where the tree builder does not keep it."""
    out, stack = [], [""]
    for pick, text in steps:
        action, pick = pick % 8, pick // 8
        if action < 3:
            out.append(text)
        elif action < 6 and len(stack) > 1:
            out.append(f"</{stack.pop()}>")
        else:
            anywhere = not strict and pick % 5 == 0
            children = (
                ("p", "br", "ul", "li", "h1", "h2", "b", "div") if anywhere else MODEL[stack[-1]]
            )
            name = children[pick % len(children)]
            out.append(f"<{name}>")
            if name != "br":
                stack.append(name)
    out.extend(f"</{name}>" for name in reversed(stack[1:]))
    return "".join(out)


def wild_markup(steps: list[tuple[int, str]]) -> str:
    """Any tag in any other, mostly closed in order; some left open, closed
    twice or closed in capitals; text odd or not, stray tags in it."""
    out: list[str] = []
    stack: list[str] = []
    for pick, text in steps:
        action, pick = pick % 6, pick // 6
        if action == 0:
            out.append(text)
        elif action in (1, 2):
            names = ALLOWED if action == 1 else NAMES
            name = names[pick % len(names)]
            out.append(f"<{name}>")
            stack.append(name)
        elif action == 3 and stack:
            out.append(f"</{stack.pop()}>")
        elif action == 4 and stack:
            name = stack.pop()
            out.append(["", f"</{name.upper()}>", f"</{name}></{name}>", "</p>"][pick % 4])
        else:
            out.append(f"</{ALLOWED[pick % len(ALLOWED)]}>")
    out.extend(f"</{name}>" for name in reversed(stack))
    return "".join(out)


def spoil(markup: str, where: int, token: str) -> str:
    """One thing inserted (token) or removed (token "") somewhere in markup."""
    where %= len(markup) + 1
    return markup[:where] + token + markup[where + (not token) :]


STEPS = st.lists(st.tuples(st.integers(0, 1023), SAFE_TEXT), min_size=1, max_size=30)
CLEAN = STEPS.map(model_markup)
NESTED = STEPS.map(lambda steps: model_markup(steps, strict=False))
WILD = st.lists(st.tuples(st.integers(0, 1023), ANY_TEXT), max_size=40).map(wild_markup)
SOUP = st.lists(st.one_of(PLAIN_TAG, PLAIN_TAG, ANY_TEXT), max_size=30).map("".join)


def wrap_in(markup: str, start: int, end: int, name: str) -> str:
    """A run of markup, from one tag to another, made an element ``name``:
    well formed, but maybe where the tree builder does not keep it."""
    edges = [i for i, c in enumerate(markup) if c == "<"] + [len(markup)]
    start, end = sorted((edges[start % len(edges)], edges[end % len(edges)]))
    return f"{markup[:start]}<{name}>{markup[start:end]}</{name}>{markup[end:]}"


SPOILT = st.builds(
    spoil,
    CLEAN,
    st.integers(0, 10_000),
    st.one_of(st.just(""), ODD_CHAR, ODD_TEXT, ANY_TAG, PLAIN_TAG),
)
WRAPPED = st.builds(
    wrap_in, CLEAN, st.integers(0, 99), st.integers(0, 99), st.sampled_from(ALLOWED + NAMES)
)


# -- equivalence -------------------------------------------------------------------


@SETTINGS
@given(st.one_of(SPOILT, SPOILT, WRAPPED, NESTED, NESTED, WILD, SOUP))
def test_safe_html_is_nh3_for_any_markup(markup: str) -> None:
    # pytest --hypothesis-show-statistics: the share that took the fast path
    event(f"is_clean: {assert_like_nh3(markup)}")


@settings(max_examples=examples(500), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(CLEAN)
def test_clean_markup_takes_the_fast_path_and_nh3_agrees(markup: str) -> None:
    assert is_clean(markup), markup
    assert nh3_clean(markup) == markup
    # The very object back: nh3, which always builds a new string, did not run.
    assert safe_html.__wrapped__(markup) is markup


def test_every_character_alone_like_nh3() -> None:
    """Every code point below U+0800 and the odd ones above, in text at the
    start, inside an element and at the end: none slips through changed."""
    odd = [0xFEFF, 0xFFFE, 0xFFFF, 0xFDD0, 0x2028, 0x2029, 0x200B, 0xE000, 0x1F600, 0x10FFFF]
    for code in [*range(0x800), *odd, *range(0xD7FE, 0xE001)]:
        c = chr(code)
        assert_like_nh3(f"{c}a<p>b{c}c<b>{c}</b></p>{c}<ul>{c}<li>{c}</li></ul>{c}")


def test_each_odd_thing_in_a_clean_description_like_nh3() -> None:
    """Each odd token and tag spelling, alone, at each kind of place in an
    otherwise clean description."""
    places = ["{}<p>a</p>", "<p>a{}b</p>", "<ul>{}<li>a</li></ul>", "<ul><li>{}</li></ul>"]
    places += ["<p>a</p>{}<p>b</p>", "<p><b>a</b>{}</p>", "<h2>a{}</h2>", "<p>a</p>{}"]
    for token in ODD + [form for name in NAMES for form in tag_forms(name)]:
        for place in places:
            assert_like_nh3(place.format(token))


def element(name: str, inner: str) -> str:
    return f"<br>{inner}" if name == "br" else f"<{name}>{inner}</{name}>"


def test_every_nesting_of_allowed_tags_like_nh3() -> None:
    """Every allowed tag in every other, three deep, as a chain and as
    siblings; four deep with one of each kind (a heading, a list, a
    formatting tag...). Where is_clean's model is too wide, this fails."""
    for a, b, c in itertools.product(ALLOWED, repeat=3):
        assert_like_nh3(element(a, "x" + element(b, "y" + element(c, "z"))))
        assert_like_nh3(element(a, element(b, "x") + "y" + element(c, "z")))
    kinds = ["p", "br", "ul", "li", "h1", "h2", "b", "div"]
    for a, b, c, d in itertools.product(kinds, repeat=4):
        assert_like_nh3(element(a, element(b, element(c, element(d, "x")))))


# -- the fast path fires -------------------------------------------------------------


@pytest.mark.parametrize(
    "markup",
    [
        "<p><strong>Responsibilities</strong></p>\n<ul><li>Ship &amp; review.</li></ul>\n",
        "<h2>Über uns</h2><p>Café&nbsp;crème, 3 &lt; 4 &gt; 2 — “quotes” 'and' \"these\"</p>",
        "<div><ol><li><p>one</p><ul><li><em>nested</em></li></ul></li></ol></div>\t",
        "plain text, no markup at all",
        "<p>a<br>b</p><br><b><i><b>repeat</b></i></b>",
    ],
)
def test_typical_descriptions_take_the_fast_path(markup: str) -> None:
    assert is_clean(markup)
    assert nh3_clean(markup) == markup


def test_the_benchmark_descriptions_take_the_fast_path() -> None:
    """benchmarks/generate.py's descriptions, what the 20k-job timing measures."""
    path = ROOT / "benchmarks" / "generate.py"
    spec = importlib.util.spec_from_file_location("bench_generate", path)
    assert spec and spec.loader
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    rng = random.Random(15)
    for _ in range(50):
        markup = generate.description(rng, rng.randrange(1000, 5000))
        assert is_clean(markup)
        assert nh3_clean(markup) == markup


def test_the_clean_fixture_descriptions_take_the_fast_path() -> None:
    """Every description of fixtures/sample.xml nh3 leaves alone, is_clean finds."""
    tree = etree.parse(str(FIXTURES / "sample.xml"))
    texts = [el.text for el in tree.iter("Description") if el.text]
    assert texts
    for markup in texts:
        assert is_clean(markup) == (nh3_clean(markup) == markup)
    assert any(is_clean(markup) for markup in texts)


@pytest.mark.parametrize(
    "markup",
    [
        "a&quot;b", "&#39;", "&eacute;", "&AMP;", "&amp", "& b", "\xa0", "a\r\nb", "a\x00b",
        "\ufeffa", "<br/>", "<br />", "</br>", "<BR>", "<P>a</P>", "<p >a</p>", "<p>a</p >",
        "<p>a<p>b</p></p>", "<p>a", "a</p>", "<p><ul><li>x</li></ul></p>", "<h1><h2>x</h2></h1>",
        "<ul><li>a<li>b</li></ul>", "<b><i>x</b></i>", "<!-- c -->a", "<![CDATA[x]]>",
        "<span>x</span>", "a > b", "a < b", "<p class=\"x\">a</p>",
        "<ul><li><div><li>x</li></div></li></ul>",
    ],
)  # fmt: skip
def test_what_nh3_rewrites_is_not_clean(markup: str) -> None:
    """Each case is one nh3 changes (the experiment), so the fast path must refuse it."""
    assert nh3_clean(markup) != markup
    assert not is_clean(markup)
