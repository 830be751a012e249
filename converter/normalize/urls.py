"""Links: only absolute http(s) URLs are kept.

A space in a URL's path or query (``logo.png?empname=Cedo Sp. z o.o.``, as a
feed built by string templates writes it) is what a browser sends as
``%20``: such a URL is kept with its spaces so written (U002 says so). A
space in the host, or any other white space, leaves no URL."""

from __future__ import annotations

import re

_WEB = re.compile(r"https?://[^\s/?#]+(?:[/?#]\S*)?", re.IGNORECASE)


def is_web_url(text: str) -> bool:
    """True for an absolute http or https URL with a host and no spaces."""
    return _WEB.fullmatch(text.strip()) is not None


def web_url(text: str | None) -> str | None:
    """``text`` stripped if it is an http(s) URL, its spaces after the host
    written ``%20``; None otherwise (``javascript:``, ``data:``, relative links...)."""
    if not text:
        return None
    text = text.strip()
    if _WEB.fullmatch(text) is not None:
        return text
    spaced = _SPACED.fullmatch(text)
    if spaced is None:
        return None
    return spaced[1] + spaced[2].replace(" ", "%20")


#: An http(s) URL whose path, query or fragment holds spaces (and no other white space).
_SPACED = re.compile(r"(https?://[^\s/?#]+)([/?#][^\t\n\r\f\v]*)", re.IGNORECASE)
