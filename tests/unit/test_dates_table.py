"""The date forms job feeds write, as one answer table for the table-driven
reader in converter/normalize/dates.py: each row is a text, the feed's
``NN/NN/YYYY`` order (or None), and the ISO text it must give (None: it
must not be read)."""

from __future__ import annotations

import pytest

from converter.normalize import dates
from converter.normalize.dates import (
    ambiguous,
    board_date,
    order_shown,
    parse_posted,
    read_date,
)

ANSWERS = [
    # ISO 8601 as YubHub writes it: kept as written.
    ("2021-12-21", None, "2021-12-21"),
    ("2021-12-21T09:18:24", None, "2021-12-21T09:18:24"),
    ("2021-12-21T09:18:24Z", None, "2021-12-21T09:18:24Z"),
    ("2021-12-21T09:18:24.500+02:00", None, "2021-12-21T09:18:24.500+02:00"),
    ("2021-12-21T09:18", None, "2021-12-21T09:18"),
    ("2026-04-24Z", None, "2026-04-24Z"),
    (" 2021-12-21 ", None, "2021-12-21"),
    # ISO 8601 as other software writes it: normalised.
    ("2021-12-21 09:18:24", None, "2021-12-21T09:18:24"),
    ("2021-12-21 09:18", None, "2021-12-21T09:18:00"),
    ("2021-12-21 09:18:24.123456", None, "2021-12-21T09:18:24.123456"),
    ("2021-12-21 09:18:24Z", None, "2021-12-21T09:18:24Z"),
    ("2021-12-21 09:18:24 UTC", None, "2021-12-21T09:18:24Z"),
    ("2021-12-21 09:18:24+02:00", None, "2021-12-21T09:18:24+02:00"),
    ("2021-12-21T09:18:24+0200", None, "2021-12-21T09:18:24+02:00"),
    ("2021-12-21T09:18:24-05", None, "2021-12-21T09:18:24-05:00"),
    ("2021-12-21T09:18:24.120+0000", None, "2021-12-21T09:18:24.12Z"),
    ("2021-12-21T09:18:24,5Z", None, "2021-12-21T09:18:24.5Z"),
    ("2021-12-21 24:00:00", None, "2021-12-22T00:00:00"),
    # YYYY/MM/DD and YYYY.MM.DD.
    ("2021/12/21", None, "2021-12-21"),
    ("2021/1/5", None, "2021-01-05"),
    ("2021/12/21 09:18:24", None, "2021-12-21T09:18:24"),
    ("2021.12.21", None, "2021-12-21"),
    ("2021.12.21 10:00", None, "2021-12-21T10:00:00"),
    # RFC 2822 / 1123.
    ("Fri, 19 Dec 2014 22:49:39 GMT", None, "2014-12-19T22:49:39Z"),
    ("Thu, 31 Jul 2014 07:27:14 PDT", None, "2014-07-31T07:27:14-07:00"),
    ("Thu, 31 Jul 2014 07:27:14 EST", None, "2014-07-31T07:27:14-05:00"),
    ("Fri, 19 Dec 2014 22:49:39 +0100", None, "2014-12-19T22:49:39+01:00"),
    ("19 Dec 2014 22:49:39 UTC", None, "2014-12-19T22:49:39Z"),
    ("19 Dec 2014 22:49 -0330", None, "2014-12-19T22:49:00-03:30"),
    ("Mon, 08 Nov 2021", None, "2021-11-08"),
    # Month names: English, month first and day first.
    ("December 10, 2021", None, "2021-12-10"),
    ("Dec 10 2021", None, "2021-12-10"),
    ("Dec. 10, 2021", None, "2021-12-10"),
    ("Sept 3, 2021", None, "2021-09-03"),
    ("Friday, December 10, 2021", None, "2021-12-10"),
    ("December 10th, 2021", None, "2021-12-10"),
    ("December 10, 2021 3:45 PM", None, "2021-12-10T15:45:00"),
    ("December 10, 2021 12:05 am", None, "2021-12-10T00:05:00"),
    ("8 Dec 2021", None, "2021-12-08"),
    ("08 DECEMBER 2021", None, "2021-12-08"),
    ("Wed, 8 December 2021", None, "2021-12-08"),
    ("10-Dec-2021", None, "2021-12-10"),
    ("8 Dec 2021 14:30:05", None, "2021-12-08T14:30:05"),
    ("8 Dec 2021 14:30 +01:00", None, "2021-12-08T14:30:00+01:00"),
    # Month names in the other 14 languages.
    ("10. Dezember 2021", None, "2021-12-10"),
    ("3. März 2021", None, "2021-03-03"),
    ("3. Mär. 2021", None, "2021-03-03"),
    ("10 décembre 2021", None, "2021-12-10"),
    ("8 déc. 2021", None, "2021-12-08"),
    ("1er février 2022", None, "2022-02-01"),
    ("10 de diciembre de 2021", None, "2021-12-10"),
    ("10 de dic. de 2021", None, "2021-12-10"),
    ("10 ene 2022", None, "2022-01-10"),
    ("10 dicembre 2021", None, "2021-12-10"),
    ("5 gen 2022", None, "2022-01-05"),
    ("10 de dezembro de 2021", None, "2021-12-10"),
    ("5 de fev. de 2022 09:00", None, "2022-02-05T09:00:00"),
    ("10 december 2021", None, "2021-12-10"),
    ("3 mrt 2021", None, "2021-03-03"),
    ("10 grudnia 2021", None, "2021-12-10"),
    ("10 października 2021", None, "2021-10-10"),
    ("10. december 2021", None, "2021-12-10"),
    ("10 augusti 2021", None, "2021-08-10"),
    ("10. marts 2021", None, "2021-03-10"),
    ("10. desember 2021", None, "2021-12-10"),
    ("10. joulukuuta 2021", None, "2021-12-10"),
    ("10. prosince 2021", None, "2021-12-10"),
    ("10. července 2021", None, "2021-07-10"),
    ("10 decembrie 2021", None, "2021-12-10"),
    ("10 Aralık 2021", None, "2021-12-10"),
    ("10 ŞUBAT 2021", None, "2021-02-10"),
    ("10 KASIM 2021", None, "2021-11-10"),
    # DD.MM.YYYY: day first always.
    ("10.12.2021", None, "2021-12-10"),
    ("19.10.2018", None, "2018-10-19"),
    ("1.2.2021", "mdy", "2021-02-01"),
    ("10.12.2021 14:30", None, "2021-12-10T14:30:00"),
    # NN/NN/YYYY and NN-NN-YYYY: a part over 12 decides, else the order.
    ("13/12/2021", None, "2021-12-13"),
    ("12/13/2021", None, "2021-12-13"),
    ("13/12/2021", "mdy", "2021-12-13"),
    ("12/13/2021", "dmy", "2021-12-13"),
    ("04/03/2026", "dmy", "2026-03-04"),
    ("04/03/2026", "mdy", "2026-04-03"),
    ("04-03-2026", "dmy", "2026-03-04"),
    ("4/3/2026", "mdy", "2026-04-03"),
    ("05/05/2021", None, "2021-05-05"),
    ("25-12-2021", None, "2021-12-25"),
    ("12/25/2021 10:30 PM", None, "2021-12-25T22:30:00"),
    # Unix time, seconds and milliseconds.
    ("1639127904", None, "2021-12-10T09:18:24Z"),
    ("1639127904123", None, "2021-12-10T09:18:24.123Z"),
    ("1639127904000", None, "2021-12-10T09:18:24Z"),
    ("946684800", None, None),  # nine digits
    ("0946684799", None, None),  # a second before 2000
    ("4102444801", None, None),  # after 2100
    # Unreadable.
    ("2021-02-30", None, None),
    ("13/13/2021", None, None),
    ("13/13/2021", "dmy", None),
    ("yesterday", None, None),
    ("12345", None, None),
    ("31.02.2021", None, None),
    ("31/02/2021", None, None),
    ("", None, None),
    ("2021-12-21 25:00:00", None, None),
    ("2021-12-21 09:60", None, None),
    ("2021-12-21T10:00+15:00", None, None),
    ("2021-12-21 10:00:00 +1430", None, None),
    ("December 32, 2021", None, None),
    ("10 Smarch 2021", None, None),
    ("Mon, 08 Nov 21", None, None),  # two-digit years are not read
    ("10 Dec 21", None, None),
    ("10/12/21", "dmy", None),
    ("December 10, 2021 13:00 PM", None, None),
    ("20211221", None, None),
    ("00/05/2021", None, None),
    ("Fri, 19 Dec 2014 22:49:39 +1500", None, None),
    ("31 Feb 2021 10:00:00 GMT", None, None),
]

AMBIGUOUS = [
    ("04/03/2026", ("2026-03-04", "2026-04-03")),
    ("4/3/2026", ("2026-03-04", "2026-04-03")),
    ("01-12-2021", ("2021-12-01", "2021-01-12")),
    ("12/11/2021 08:00", ("2021-11-12T08:00:00", "2021-12-11T08:00:00")),
]


def test_the_table_is_long():
    assert len(ANSWERS) >= 70


@pytest.mark.parametrize(("text", "order", "iso"), ANSWERS)
def test_answers(text, order, iso):
    reading = read_date(text, order)
    assert reading.iso == iso
    assert board_date(text, order) == (iso if iso is not None else text)
    if iso is None:
        assert reading.form == "" and reading.readings is None
    else:
        assert reading.form and parse_posted(iso) is not None  # what the model reads


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("2021-12-21", "iso"),
        ("2021-12-21T09:18:24+0200", "iso"),
        ("2021-12-21 09:18:24", "iso-space"),
        ("2021/12/21", "ymd-slash"),
        ("2021.12.21", "ymd-dot"),
        ("Fri, 19 Dec 2014 22:49:39 GMT", "rfc2822"),
        ("Mon, 08 Nov 2021", "rfc2822"),
        ("8 Dec 2021", "month-name"),
        ("December 10, 2021", "month-name"),
        ("10 grudnia 2021", "month-name"),
        ("10.12.2021", "dmy-dot"),
        ("13/12/2021", "dmy"),
        ("12/13/2021", "mdy"),
        ("1639127904", "unix-s"),
        ("1639127904123", "unix-ms"),
        ("04/03/2026", "ambiguous"),
        ("yesterday", ""),
    ],
)
def test_form(text, form):
    assert read_date(text).form == form


@pytest.mark.parametrize(("text", "readings"), AMBIGUOUS)
def test_ambiguous(text, readings):
    reading = read_date(text)
    assert reading.iso is None and reading.readings == readings
    assert ambiguous(text) == readings
    assert board_date(text) == text  # unchanged, for the rules to report
    assert read_date(text, "dmy").iso == readings[0]
    assert read_date(text, "mdy").iso == readings[1]


def test_not_ambiguous():
    assert ambiguous("13/12/2021") is None and ambiguous("2021-12-21") is None


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("13/12/2021", "dmy"),
        ("31-01-2021", "dmy"),
        ("12/13/2021", "mdy"),
        ("1/31/2021 10:00", "mdy"),
        ("04/03/2026", None),
        ("05/05/2021", None),
        ("13/13/2021", None),
        ("31/02/2021", None),  # no such date: it shows nothing
        ("31.12.2021", None),  # day first always: it tells nothing of NN/NN
        ("2021-12-31", None),
        ("", None),
    ],
)
def test_order_shown(text, order):
    assert order_shown(text) == order


def test_order_must_be_known():
    with pytest.raises(ValueError):
        read_date("04/03/2026", "ymd")


def test_positional_text_and_legacy_results():
    """mapping.py calls board_date(text) as its 'date' transform."""
    assert board_date("Fri, 19 Dec 2014 22:49:39 GMT") == "2014-12-19T22:49:39Z"
    assert board_date("19.10.2018") == "2018-10-19"
    assert board_date("2026-08-30T24:00:00") == "2026-08-30T24:00:00"
    assert board_date("soon") == "soon"
    assert parse_posted(board_date("2021-12-21 09:18:24")).iso == "2021-12-21T09:18:24"


def test_month_names_are_cldrs():
    """The month table is Babel's CLDR data, as its comment says: the names
    each language formats and stands alone, wide and abbreviated."""
    babel = pytest.importorskip("babel")
    expected = {}
    for language in dates._MONTH_NAMES:
        locale = babel.Locale.parse(language)
        months = {number: [] for number in range(1, 13)}
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in locale.months[context][width].items():
                    name = name.lower().rstrip(".")
                    if name not in months[number]:
                        months[number].append(name)
        expected[language] = ";".join(" ".join(names) for names in months.values())
    assert expected == dates._MONTH_NAMES
    assert len(expected) == 15
