"""``Postedate`` as YubHub feeds write it: an ``xs:date`` or an ``xs:dateTime``.

A date is kept as a date; a date-time as a date-time, normalised to ISO 8601
(seconds always written, a fraction without trailing zeros, UTC as ``Z``, the
zone as given, or none when none was given). ``24:00:00``, which XSD allows,
is midnight at the start of the next day. A zone written on a date
(``2026-04-24Z``, valid ``xs:date``) is dropped: ISO 8601 dates have none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

_DATE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"  # the date itself
    r"(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?"  # an optional time
    r"(Z|[+-]\d{2}:\d{2})?"  # an optional zone
)


@dataclass(frozen=True, slots=True)
class Posted:
    """A posting date: ``day`` (the calendar date, as written: not moved to
    UTC) and ``iso``, the ISO 8601 text of the date or of the date-time."""

    day: date
    iso: str


def is_instant(iso: str) -> bool:
    """Whether ISO 8601 text from :func:`parse_posted` is a date-time with a
    zone (an RFC 3339 ``date-time``), not a date or a local date-time."""
    return "T" in iso and (iso.endswith("Z") or iso[-6] in "+-")


@lru_cache(maxsize=4096)
def parse_posted(text: str | None) -> Posted | None:
    """The date or date-time in ``text``, or None if it is neither.

    >>> parse_posted("2026-08-30T10:00:00.500+00:00").iso
    '2026-08-30T10:00:00.5Z'
    >>> parse_posted("2026-08-30T24:00:00").iso, parse_posted("2026-08-30Z").iso
    ('2026-08-31T00:00:00', '2026-08-30')
    """
    if not text:
        return None
    m = _DATE.fullmatch(text.strip())
    if not m:
        return None
    try:
        day = date(int(m[1]), int(m[2]), int(m[3]))
        if m[4] is None:
            return Posted(day, day.isoformat())
        hour, minute, second = int(m[4]), int(m[5]), int(m[6] or 0)
        fraction = (m[7] or "").rstrip("0").rstrip(".")
        if (hour, minute, second, fraction) == (24, 0, 0, ""):
            day, hour = day + timedelta(days=1), 0
        elif hour > 23 or minute > 59 or second > 59:
            return None
    except (ValueError, OverflowError):
        return None
    zone = m[8] or ""
    if zone and zone != "Z":
        hours, minutes = int(zone[1:3]), int(zone[4:6])
        if hours > 14 or minutes > 59 or (hours == 14 and minutes):
            return None  # XSD's zones run from -14:00 to +14:00
        if hours == minutes == 0:
            zone = "Z"
    return Posted(day, f"{day.isoformat()}T{hour:02d}:{minute:02d}:{second:02d}{fraction}{zone}")


def parse_date(text: str | None) -> date | None:
    """The calendar date in ``text``, or None if it is not an ISO 8601 date
    or date-time."""
    posted = parse_posted(text)
    return posted.day if posted else None


_DAY_FIRST = re.compile(r"(\d{1,2})([./])(\d{1,2})\2(\d{4})")


@lru_cache(maxsize=4096)
def board_date(text: str) -> str:
    """A job board's posting date as ISO 8601 text :func:`parse_posted`
    reads; ``text`` itself when it is in none of the boards' formats (the
    rules then report it as it was written).

    Boards write ISO 8601 (Indeed today, Adzuna), RFC 1123 with a zone name
    (Indeed's older spec, ZipRecruiter: ``Thu, 31 Jul 2014 07:27:14 PDT``),
    ``DD.MM.YYYY`` (Jooble) or ``DD/MM/YYYY`` (Jobrapido). A date-time
    keeps its zone, as an offset.

    >>> board_date("Fri, 19 Dec 2014 22:49:39 GMT"), board_date("19.10.2018")
    ('2014-12-19T22:49:39Z', '2018-10-19')
    >>> board_date("Thu, 31 Jul 2014 07:27:14 PDT"), board_date("Mon, 08 Nov 2021")
    ('2014-07-31T07:27:14-07:00', '2021-11-08')
    """
    stripped = text.strip()
    if parse_posted(stripped) is not None:
        return stripped
    m = _DAY_FIRST.fullmatch(stripped)
    if m:
        try:
            return date(int(m[4]), int(m[3]), int(m[1])).isoformat()
        except ValueError:
            return text
    return _rfc1123(stripped) or text


def _rfc1123(text: str) -> str | None:
    """RFC 1123 / RFC 2822 text as ISO 8601; a date alone (``Mon, 08 Nov
    2021``) as a date. None when it is not such a date."""
    import email.utils

    if ":" not in text:
        try:
            parsed = email.utils.parsedate_to_datetime(text + " 00:00:00 +0000")
        except (TypeError, ValueError, IndexError):
            return None
        return parsed.date().isoformat()
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:  # "-0000" in RFC 2822: the zone is unknown
        return parsed.strftime("%Y-%m-%dT%H:%M:%S")
    offset = parsed.utcoffset()
    assert offset is not None
    minutes = int(offset.total_seconds()) // 60
    zone = (
        "Z"
        if minutes == 0
        else f"{'+-'[minutes < 0]}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    )
    return parsed.strftime("%Y-%m-%dT%H:%M:%S") + zone
