"""The reader's and the rules' fast paths give what the long ways give.

Bare ``&`` are found with ``bytes.find`` rather than one regex scan of every
section mark (:func:`converter.feed.ampersands._marks`); a start tag's column
is its byte offset when the bytes before it are ASCII; a finding's template is
checked against the names it needs. Each is compared here with the way it
stands for, on generated input.
"""

from __future__ import annotations

from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from converter.feed import ampersands
from converter.feed.positions import LineWindow
from converter.lint.rules.base import said

from ..conftest import examples

FUZZ = settings(max_examples=examples(600), deadline=None, suppress_health_check=list(HealthCheck))

#: What an & and the sections around it are made of, the overlapping marks too.
PIECES = [
    *["<![CDATA[", "]]>", "<!--", "-->", "<?", "?>", "<!-->", "<!--->", "<?>", "<!", "<"],
    *["&", "&amp;", "&#38;", "&#x26;", "&x;", "R&D", "-", "?", ">", "]", "!", "a", "\n", "é"],
]
feed_text = st.lists(st.sampled_from(PIECES), max_size=60).map(lambda p: "".join(p).encode())


def _escaped(chunks: list[bytes]) -> tuple[list[bytes], tuple | None]:
    amps = ampersands.Ampersands()
    out = [amps.fix(c) for c in chunks] + [amps.end()]
    bare = amps.bare
    return out, None if bare is None else (bare.line, bare.column, bare.word, bare.count)


@FUZZ
@given(feed_text, st.lists(st.integers(min_value=1, max_value=200), max_size=4))
def test_the_found_ampersands_are_those_the_token_scan_finds(data: bytes, sizes: list[int]) -> None:
    chunks, at = [], 0
    for size in [*sizes, len(data)]:
        chunks.append(data[at : at + size])
        at += size
    fast = _escaped(chunks)
    with mock.patch.object(ampersands, "_marks", lambda *_: None):  # token by token
        assert _escaped(chunks) == fast


@FUZZ
@given(st.text(alphabet="ab é\t<>/x", max_size=30), st.sampled_from(["utf-8", "latin-1"]))
def test_a_start_tag_column_counts_characters(before: str, encoding: str) -> None:
    window = LineWindow(encoding)
    window.feed(f"{before}<job>\n".encode(encoding, errors="replace"))
    line = window.text(1) or ""
    assert window.locate("job", 1) == (1, line.find("<job>") + 1)


def test_a_template_still_names_only_fields_and_values() -> None:
    said("{Country} {text!r} is odd", "Country", text="x")
    with pytest.raises(ValueError, match="nope: no field, or no value"):
        said("{Country} {nope}", "Country")
    with pytest.raises(ValueError, match="Country: no field, or no value"):
        said("{text}", text="x", Country="US")
