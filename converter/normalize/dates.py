"""Dates as job feeds write them, read by one table of forms.

YubHub's ``Postedate`` is an ``xs:date`` or ``xs:dateTime`` (:func:`parse_posted`):
a date is kept as a date; a date-time as a date-time, normalised to ISO 8601
(seconds always written, a fraction without trailing zeros, UTC as ``Z``, the
zone as given, or none). ``24:00:00``, which XSD allows, is midnight at the
start of the next day; a zone on a date (``2026-04-24Z``) is dropped.

Boards write much more (:func:`read_date`, :func:`board_date`): DATETIMEs,
RFC 2822, month names in 15 languages, ``DD.MM.YYYY``, ``NN/NN/YYYY``, Unix
time. Each form is one row of ``_ROWS`` (pattern, name, builder), tried in
order, and every form is validated alike, by :func:`parse_posted`. A
``NN/NN/YYYY`` with both parts 12 or less is read as the feed's ``order``
says; without one it is ambiguous: reported, not guessed. Nor are two-digit
years read: their century is a guess too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
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


# --- Month names --------------------------------------------------------------
# CLDR 49 via Babel 2.19.0: each language's format and stand-alone names, wide
# and abbreviated (so Polish "grudnia" and "grudzień", Czech "prosince" and
# "prosinec"), lower case, without the abbreviations' trailing dot; months are
# separated by ";", a month's names by spaces. Data, not code: Babel is not
# imported to read a date. tests/unit/test_dates_table.py checks it against Babel.
_MONTH_NAMES: dict[str, str] = {
    "en": (
        "january jan;february feb;march mar;april apr;may;june jun;july jul;august aug;september "
        "sep;october oct;november nov;december dec"
    ),
    "de": (
        "januar jan;februar feb;märz mär;april apr;mai;juni jun;juli jul;august aug;september sept"
        " sep;oktober okt;november nov;dezember dez"
    ),
    "fr": (
        "janvier janv;février févr;mars;avril avr;mai;juin;juillet juil;août;septembre "
        "sept;octobre oct;novembre nov;décembre déc"
    ),
    "es": (
        "enero ene;febrero feb;marzo mar;abril abr;mayo may;junio jun;julio jul;agosto "
        "ago;septiembre sept;octubre oct;noviembre nov;diciembre dic"
    ),
    "it": (
        "gennaio gen;febbraio feb;marzo mar;aprile apr;maggio mag;giugno giu;luglio lug;agosto "
        "ago;settembre set;ottobre ott;novembre nov;dicembre dic"
    ),
    "pt": (
        "janeiro jan;fevereiro fev;março mar;abril abr;maio mai;junho jun;julho jul;agosto "
        "ago;setembro set;outubro out;novembro nov;dezembro dez"
    ),
    "nl": (
        "januari jan;februari feb;maart mrt;april apr;mei;juni jun;juli jul;augustus aug;september"
        " sep;oktober okt;november nov;december dec"
    ),
    "pl": (
        "stycznia sty styczeń;lutego lut luty;marca mar marzec;kwietnia kwi kwiecień;maja "
        "maj;czerwca cze czerwiec;lipca lip lipiec;sierpnia sie sierpień;września wrz "
        "wrzesień;października paź październik;listopada lis listopad;grudnia gru grudzień"
    ),
    "sv": (
        "januari jan;februari feb;mars;april apr;maj;juni;juli;augusti aug;september sep;oktober "
        "okt;november nov;december dec"
    ),
    "da": (
        "januar jan;februar feb;marts mar;april apr;maj;juni jun;juli jul;august aug;september "
        "sep;oktober okt;november nov;december dec"
    ),
    "nb": (
        "januar jan;februar feb;mars mar;april apr;mai;juni jun;juli jul;august aug;september "
        "sep;oktober okt;november nov;desember des"
    ),
    "fi": (
        "tammikuuta tammi tammikuu;helmikuuta helmi helmikuu;maaliskuuta maalis "
        "maaliskuu;huhtikuuta huhti huhtikuu;toukokuuta touko toukokuu;kesäkuuta kesä "
        "kesäkuu;heinäkuuta heinä heinäkuu;elokuuta elo elokuu;syyskuuta syys syyskuu;lokakuuta "
        "loka lokakuu;marraskuuta marras marraskuu;joulukuuta joulu joulukuu"
    ),
    "cs": (
        "ledna led leden;února úno únor;března bře březen;dubna dub duben;května kvě květen;června"
        " čvn červen;července čvc červenec;srpna srp srpen;září zář;října říj říjen;listopadu lis "
        "listopad;prosince pro prosinec"
    ),
    "ro": (
        "ianuarie ian;februarie feb;martie mar;aprilie apr;mai;iunie iun;iulie iul;august "
        "aug;septembrie sept;octombrie oct;noiembrie nov;decembrie dec"
    ),
    "tr": (
        "ocak oca;şubat şub;mart mar;nisan nis;mayıs may;haziran haz;temmuz tem;ağustos ağu;eylül "
        "eyl;ekim eki;kasım kas;aralık ara"
    ),
}
# --- end of month names -------------------------------------------------------


def _fold(word: str) -> str:
    """A month name's key: lower case, Turkish dotless and dotted i as ``i``
    (``MAYIS`` lowers to ``mayis``, not ``mayıs``)."""
    return word.lower().replace("ı", "i").replace("\u0307", "")


_MONTHS: dict[str, int] = {
    _fold(name): number
    for names in _MONTH_NAMES.values()
    for number, month in enumerate(names.split(";"), 1)
    for name in month.split()
}

#: The US zone names RFC 822 allows, besides UT, UTC and GMT.
_ZONES = {"EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7}

_TIME = (  # a time, an optional AM/PM and an optional zone, each named
    r"(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?P<f>[.,]\d+)?)?"
    r"(?:\s?(?P<ap>[ap]\.?m\.?))?"
    r"(?:\s?(?P<z>Z|UTC?|GMT|[ECMP][SD]T|[+-]\d{2}(?::?\d{2})?))?"
)
_AFTER = rf"(?:(?:,?\s+(?:at\s+)?|T){_TIME})?"  # an optional time after a date
_WEEKDAY = (
    r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\.?,?\s+)?"
)
_RFC_DAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
_RFC_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_NN = re.compile(
    rf"(?P<a>\d{{1,2}})(?P<sep>[/-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}){_AFTER}", re.I
)
#: Unix time is read from 2000-01-01 to 2100-01-01: other 10 digits are not one.
_UNIX_FROM, _UNIX_TO = 946684800, 4102444800


@dataclass(frozen=True, slots=True)
class DateReading:
    """What :func:`read_date` made of a text: ``iso``, the ISO 8601 text
    (None when unreadable or ambiguous); ``form``, the name of the form it
    is in (``""`` for none); ``readings``, for an ambiguous ``NN/NN/YYYY``,
    its day-first and month-first ISO dates."""

    iso: str | None
    form: str = ""
    readings: tuple[str, str] | None = None


_NONE = DateReading(None)


def _zone(zone: str | None) -> str:
    """A zone as ISO 8601 writes it (``+0200``, ``+02`` and ``PDT`` as
    ``+02:00``, ``+02:00``, ``-07:00``; UTC as ``Z``); ``""`` for none."""
    if not zone:
        return ""
    zone = zone.upper()
    if zone in ("Z", "UT", "UTC", "GMT"):
        return "Z"
    if zone in _ZONES:
        return f"{_ZONES[zone]:+03d}:00"
    digits = zone[1:].replace(":", "")
    return f"{zone[0]}{digits[:2]}:{digits[2:] or '00'}"


def _at(year: int, month: int, day: int, parts: dict[str, str | None]) -> str | None:
    """The ISO text of a date and of the time in ``parts`` (if any), or
    None when the calendar, the clock or the zone has no such value: the
    date-time is checked by :func:`parse_posted`, as YubHub's own."""
    try:
        the_day = date(year, month, day)
    except ValueError:
        return None
    if parts.get("H") is None:
        return the_day.isoformat()
    hour, meridiem = int(parts["H"] or 0), (parts.get("ap") or "").lower()
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem[0] == "p" else 0)
    fraction = (parts.get("f") or "").replace(",", ".")
    text = f"{the_day}T{hour:02d}:{parts['M']}:{parts.get('S') or '00'}{fraction}"
    posted = parse_posted(text + _zone(parts.get("z")))
    return posted.iso if posted else None


Builder = Callable[[re.Match[str], str | None], "str | DateReading | None"]


def _as_written(m: re.Match[str], order: str | None) -> str | None:
    return m[0] if parse_posted(m[0]) else None  # YubHub's own: kept as written


def _ymd(m: re.Match[str], order: str | None) -> str | None:
    return _at(int(m["y"]), int(m["mo"]), int(m["d"]), m.groupdict())


def _named(m: re.Match[str], order: str | None) -> str | None:
    month = _MONTHS.get(_fold(m["mon"]))
    return _at(int(m["y"]), month, int(m["d"]), m.groupdict()) if month else None


def _rfc(m: re.Match[str], order: str | None) -> str | None:
    posted = parse_posted(_rfc1123(m[0]))  # a zone past 14:00 is none
    return posted.iso if posted else None


def _nn(m: re.Match[str], order: str | None) -> DateReading | None:
    """``NN/NN/YYYY``: a part over 12 is the day; else ``order`` decides,
    and without one both readings are given and none is taken."""
    a, b, parts = int(m["a"]), int(m["b"]), m.groupdict()
    day_first, month_first = _at(int(m["y"]), b, a, parts), _at(int(m["y"]), a, b, parts)
    if a > 12 or b > 12 or a == b or order:
        form = "dmy" if a > 12 else "mdy" if b > 12 else order or "dmy"
        iso = day_first if form == "dmy" else month_first
        return DateReading(iso, form) if iso else None
    if day_first and month_first:  # else a part is 0, or the time is wrong
        return DateReading(None, "ambiguous", (day_first, month_first))
    return None


def _unix(m: re.Match[str], order: str | None) -> str | None:
    scale = 1000 if len(m[0]) == 13 else 1
    n = int(m[0])
    if not _UNIX_FROM * scale <= n <= _UNIX_TO * scale:
        return None
    seconds, milli = divmod(n, scale)
    at = datetime.fromtimestamp(seconds, UTC)
    posted = parse_posted(f"{at:%Y-%m-%dT%H:%M:%S}.{milli:03d}Z")
    return posted.iso if posted else None


def _row(pattern: str, form: str, build: Builder) -> tuple[re.Pattern[str], str, Builder]:
    return re.compile(pattern, re.I), form, build


_YMD = r"(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})"
#: The forms, tried in order: the first whose pattern fits the whole text
#: and whose builder makes a date of it wins.
_ROWS: tuple[tuple[re.Pattern[str], str, Builder], ...] = (
    (_DATE, "iso", _as_written),
    _row(rf"{_YMD}T{_TIME}", "iso", _ymd),  # +0200, +02, no seconds...
    _row(rf"{_YMD}\s+{_TIME}", "iso-space", _ymd),  # a database's DATETIME
    _row(rf"(?P<y>\d{{4}})/(?P<mo>\d{{1,2}})/(?P<d>\d{{1,2}}){_AFTER}", "ymd-slash", _ymd),
    _row(rf"(?P<y>\d{{4}})\.(?P<mo>\d{{1,2}})\.(?P<d>\d{{1,2}}){_AFTER}", "ymd-dot", _ymd),
    _row(  # a time with a zone: Indeed's older spec, ZipRecruiter
        rf"(?:{_RFC_DAY},\s*)?\d{{1,2}}\s+{_RFC_MONTH}\s+\d{{4}}\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?"
        r"\s+(?:[+-]\d{4}|[A-Z]{1,5})",
        "rfc2822",
        _rfc,
    ),
    _row(rf"{_RFC_DAY},\s*\d{{1,2}}\s+{_RFC_MONTH}\s+\d{{4}}", "rfc2822", _rfc),
    _row(  # December 10, 2021; Dec. 10 2021
        rf"{_WEEKDAY}(?P<mon>[^\W\d_]+)\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})"
        + _AFTER,
        "month-name",
        _named,
    ),
    _row(  # 8 Dec 2021; 10. Dezember 2021; 1er décembre 2021; 10 de diciembre de 2021
        rf"{_WEEKDAY}(?P<d>\d{{1,2}})(?:\.|st|nd|rd|th|er)?(?:\s+de\s+|[\s-]+|(?<=\.))"
        rf"(?P<mon>[^\W\d_]+)\.?(?:\s+de\s+|[\s,-]+)(?P<y>\d{{4}}){_AFTER}",
        "month-name",
        _named,
    ),
    _row(rf"(?P<d>\d{{1,2}})\.(?P<mo>\d{{1,2}})\.(?P<y>\d{{4}}){_AFTER}", "dmy-dot", _ymd),
    (_NN, "dmy", _nn),  # the builder names dmy, mdy or ambiguous
    _row(r"\d{10}", "unix-s", _unix),
    _row(r"\d{13}", "unix-ms", _unix),
)


@lru_cache(maxsize=4096)
def read_date(text: str, order: str | None = None) -> DateReading:
    """The date in ``text`` in whichever form a feed wrote it, and which form
    that was; ``order`` (``"dmy"``, ``"mdy"``) is how the feed writes
    ``NN/NN/YYYY`` (see :func:`order_shown`), None when it is unknown.

    >>> read_date("2021-12-21 09:18:24")
    DateReading(iso='2021-12-21T09:18:24', form='iso-space', readings=None)
    >>> read_date("10 de diciembre de 2021").iso, read_date("04/03/2026").readings
    ('2021-12-10', ('2026-03-04', '2026-04-03'))
    """
    if order not in (None, "dmy", "mdy"):
        raise ValueError(f"order: 'dmy', 'mdy' or None, not {order!r}")
    stripped = unicodedata.normalize("NFC", text.strip())
    for pattern, form, build in _ROWS:
        m = pattern.fullmatch(stripped)
        if m and (got := build(m, order)):
            return got if isinstance(got, DateReading) else DateReading(got, form)
    return _NONE


@lru_cache(maxsize=4096)
def board_date(text: str, order: str | None = None) -> str:
    """A job board's posting date as ISO 8601 text :func:`parse_posted`
    reads; ``text`` itself when it is in none of the forms, or is an
    ambiguous ``NN/NN/YYYY`` and ``order`` is None (the rules then report
    it as it was written). YubHub's own ISO text is kept as written.

    >>> board_date("Fri, 19 Dec 2014 22:49:39 GMT"), board_date("19.10.2018")
    ('2014-12-19T22:49:39Z', '2018-10-19')
    >>> board_date("Thu, 31 Jul 2014 07:27:14 PDT"), board_date("Mon, 08 Nov 2021")
    ('2014-07-31T07:27:14-07:00', '2021-11-08')
    >>> board_date("04/03/2026"), board_date("04/03/2026", "mdy")
    ('04/03/2026', '2026-04-03')
    """
    return read_date(text, order).iso or text


def ambiguous(text: str) -> tuple[str, str] | None:
    """The day-first and month-first readings of a ``NN/NN/YYYY`` that could
    be either; None for any other text."""
    return read_date(text).readings


def order_shown(text: str) -> str | None:
    """``"dmy"`` or ``"mdy"`` when ``text`` is a ``NN/NN/YYYY`` date that can
    only be read one way (a part over 12), None otherwise: a feed's own
    dates tell how it writes the others."""
    m = _NN.fullmatch(text.strip())
    if not m or read_date(text).iso is None:
        return None
    a, b = int(m["a"]), int(m["b"])
    return "dmy" if a > 12 else "mdy" if b > 12 else None


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
    minutes = abs(int(offset.total_seconds())) // 60  # UTC as +00:00: parse_posted makes it Z
    zone = f"{'+-'[offset.days < 0]}{minutes // 60:02d}:{minutes % 60:02d}"
    return parsed.strftime("%Y-%m-%dT%H:%M:%S") + zone
