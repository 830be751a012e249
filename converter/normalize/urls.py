"""Links: only absolute http(s) URLs are kept."""

from __future__ import annotations

import re

_WEB = re.compile(r"https?://[^\s/?#]+(?:[/?#]\S*)?", re.IGNORECASE)


def is_web_url(text: str) -> bool:
    """True for an absolute http or https URL with a host and no spaces."""
    return _WEB.fullmatch(text.strip()) is not None


def web_url(text: str | None) -> str | None:
    """``text`` stripped if it is an http(s) URL; None otherwise (``javascript:``,
    ``data:``, relative links...)."""
    if not text:
        return None
    text = text.strip()
    return text if _WEB.fullmatch(text) is not None else None
