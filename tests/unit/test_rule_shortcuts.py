"""Shortcuts taken for speed answer as the long way does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from converter.lint.rules.required import _has_text, has_text_thoroughly
from converter.model import Job

from ..conftest import examples

PIECES = st.sampled_from(
    ["<p>", "</p>", "<br/>", "<script>", "</script>", "<STYLE>", "<!--", "-->", "<", ">",
     "&nbsp;", "&amp;", "&#160;", "&", ";", " ", "\n", "\xa0", "\u2003", "x", "é", "ſcript",
     "<b class='a'>", "</b>", "<div>", "1"]
)  # fmt: skip


@settings(max_examples=examples(3000))
@given(st.lists(PIECES, max_size=12).map("".join))
def test_has_text_shortcut_agrees_with_the_long_way(html: str) -> None:
    job = Job(description=html)
    assert _has_text(job) == has_text_thoroughly(job)


def test_has_text_examples() -> None:
    assert _has_text(Job(description="<p>Cook lunch.</p>"))
    assert not _has_text(Job(description="<p> &nbsp; </p>"))
    assert not _has_text(Job(description="<p><script>alert(1)</script></p>"))
    assert _has_text(Job(description="<p>&nbsp;x</p>"))
