"""Dates as YubHub feeds write them (``xs:date``, sometimes a full timestamp)."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

_DATE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"  # the date itself
    r"(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"  # an optional time, dropped
    r"(?:Z|[+-]\d{2}:\d{2})?"  # an optional zone, dropped
)


@lru_cache(maxsize=4096)
def parse_date(text: str | None) -> date | None:
    """The calendar date in ``text``, or None if it is not an ISO 8601 date."""
    if not text:
        return None
    m = _DATE.fullmatch(text.strip())
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
