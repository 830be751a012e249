"""Messages a newcomer can act on: libxml2's errors rewritten to say what
is wrong and how to fix it, at the cause's own line and column; a column on every
finding that has a position; X002 at the DOCTYPE; and a warning for a feed with no
jobs. Through the real CLI, as a user runs it."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from converter import Pipeline
from converter.feed.dialects import by_name, names
from converter.feed.segments import plan

from ..conftest import FIXTURES, feed_xml, good, run_cli

FINDING = re.compile(
    r"^(?P<file>.+?):(?P<line>\d+)(?::(?P<col>\d+))?: (?P<code>[A-Z]\d{3}) "
    r"\[(?P<severity>error|warning)\] (?P<message>.+)$",
    re.M,
)


def findings(*args: str, cwd: Path | None = None) -> list[re.Match[str]]:
    """Every finding a run prints (validate on stdout, a converter on stderr)."""
    proc = run_cli(*args, cwd=cwd)
    assert b"Traceback" not in proc.stderr, proc.stderr
    return list(FINDING.finditer(proc.stdout.decode() + "\n" + proc.stderr.decode()))


def only(path: Path, *args: str) -> re.Match[str]:
    """The one finding ``validate`` gives for ``path``."""
    found = findings("validate", *args, str(path))
    assert len(found) == 1, [m[0] for m in found]
    return found[0]


def position(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """1-based line and column (in characters) of ``needle`` in ``text``."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(needle, at + 1)
    return text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1


def at(m: re.Match[str]) -> tuple[int, int | None]:
    return int(m["line"]), int(m["col"]) if m["col"] else None


def write(tmp_path: Path, content: str | bytes, name: str = "feed.xml") -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


# -- libxml2's errors, rewritten ---------------------------------------------------


@pytest.mark.parametrize("layout", ["indented", "one line"])
def test_an_unescaped_ampersand_is_read_as_itself_and_placed(tmp_path: Path, layout: str) -> None:
    text = feed_xml(good(Title="R&D Engineer")).replace("R&amp;D", "R&D")
    if layout == "one line":  # libxml2 said column 56 for an & at 54
        text = re.sub(r">\s+<", "><", text)
    m = only(write(tmp_path, text), "--select", "X")
    assert m["code"] == "X005" and at(m) == position(text, "&D")
    assert m["message"] == (
        "unescaped '&' in 'R&D', read as the character itself: write &amp; (or put the text"
        " in <![CDATA[...]]>)"
    )
    proc = run_cli("to-csv", str(tmp_path / "feed.xml"))
    assert proc.returncode == 0, proc.stderr
    assert b",R&D Engineer," in proc.stdout


def test_bare_ampersands_in_text_and_attributes_are_said_once(tmp_path: Path) -> None:
    text = feed_xml(good(Title="Fish & Chips")).replace("Fish &amp; Chips", "Fish & Chips")
    text = text.replace("<job>", '<job ref="R&D">', 1)
    text = text.replace("</Description>", " &amp; <![CDATA[a & b]]><!-- c & d --></Description>")
    m = only(write(tmp_path, text), "--select", "X")
    assert at(m) == position(text, "&D")
    assert m["message"].endswith("(and 1 more)")


@pytest.mark.parametrize(
    ("entity", "character", "reference"),
    [
        ("nbsp", "U+00A0 NO-BREAK SPACE", "&#160;"),
        ("eacute", "U+00E9 LATIN SMALL LETTER E WITH ACUTE", "&#233;"),
        ("mdash", "U+2014 EM DASH", "&#8212;"),
    ],
)
def test_an_html_entity_is_named_with_the_character_to_write(
    tmp_path: Path, entity: str, character: str, reference: str
) -> None:
    text = feed_xml(good(Title="Line Cook")).replace("Line Cook", f"Line&{entity};Cook")
    m = only(write(tmp_path, text))
    # lxml gave "no element found" at line 1 and no column for these.
    assert m["code"] == "X001" and at(m) == position(text, f"&{entity};")
    assert f"&{entity}; is an HTML entity, which XML does not define" in m["message"]
    assert f"({character})" in m["message"] and m["message"].endswith(reference)


def test_an_entity_neither_xml_nor_html_knows(tmp_path: Path) -> None:
    text = feed_xml(good()).replace("Line Cook", "Cook &chef; Day")
    m = only(write(tmp_path, text))
    assert at(m) == position(text, "&chef;")
    assert m["message"].startswith("undefined entity &chef;: XML defines only &amp; &lt;")


def test_a_wrong_root_names_the_root_found_and_the_one_expected() -> None:
    path = FIXTURES / "invalid" / "wrong-root.xml"
    for engine in ("lxml", "xmlschema"):
        found = findings("validate", "--dialect", "yubhub", "--engine", engine, str(path))
        [m] = [m for m in found if m["code"] == "S001"]
        assert at(m) == (2, 1), engine
        assert m["message"].startswith(
            "the root element is <feed>, but a YubHub feed's root is <source> (or <jobs>)"
        )
        assert "--dialect" in m["message"] and "No matching global" not in m["message"]
    [m] = [
        m for m in findings("validate", "--dialect", "jobatus", str(path)) if m["code"] == "S001"
    ]
    assert "a Jobatus feed's root is <jobatus>:" in m["message"]
    # Told from the feed: no dialect fits, which names what the feed has and what fits.
    proc = run_cli("validate", str(path))
    error = proc.stderr.decode()
    assert proc.returncode == 2 and "it has <feed><jobs><job>" in error
    assert "yubhub <source><jobs><job>" in error


def _zip(data: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("feed.xml", data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("pack", "what"),
    [
        (_zip, "this is a zip archive, not XML: unpack it first (unzip)"),
        (bz2.compress, "this is bzip2-compressed data, not XML: unpack it first (bunzip2)"),
        (lzma.compress, "this is xz-compressed data, not XML: unpack it first (unxz)"),
        # gzip is unpacked as it is read; a gzip inside it is not.
        (
            lambda d: gzip.compress(gzip.compress(d)),
            "this is gzip-compressed data, not XML: unpack it first (gunzip)",
        ),
    ],
    ids=["zip", "bzip2", "xz", "gzip-in-gzip"],
)
def test_compressed_data_is_named_and_the_fix_given(tmp_path: Path, pack, what: str) -> None:
    path = write(tmp_path, pack(feed_xml(good()).encode()))
    m = only(path)
    assert (m["code"], at(m), m["message"]) == ("X001", (1, 1), what)
    proc = run_cli("to-jsonld", "-o", str(tmp_path / "out.json"), str(path))
    assert proc.returncode == 1 and what in proc.stderr.decode()


def test_json_and_blank_files_are_said_to_be_no_xml(tmp_path: Path) -> None:
    m = only(write(tmp_path, '{"jobs": []}\n'))
    assert (at(m), m["message"]) == ((1, 1), "this is JSON, not XML: jobconv reads XML feeds")
    m = only(write(tmp_path, "  \n\n", "blank.xml"))
    assert (at(m), m["message"]) == ((1, 1), "the feed is empty: only whitespace, no XML element")


def test_a_truncated_feed_names_the_element_left_open(tmp_path: Path) -> None:
    text = feed_xml(good(), good(externalid="job-2"))
    cut = text[: text.index("</Country>", text.index("job-2"))]
    m = only(write(tmp_path, cut))
    assert at(m) == position(cut + "|", "|")  # where the data ends
    line, column = position(cut, "<Country>", 1)
    assert m["message"].startswith(f"the feed ends inside <Country> opened at {line}:{column}:")
    assert m["message"].endswith("or </Country> is missing")


def test_a_feed_cut_inside_cdata_says_where_the_section_opened() -> None:
    path = FIXTURES / "invalid" / "truncated.xml"
    m = only(path)
    line, column = position(path.read_text(), "<![CDATA[")
    assert at(m) == (9, 1)
    assert f"a CDATA section opened at {line}:{column}" in m["message"] and "]]>" in m["message"]


def test_a_tag_mismatch_names_both_tags_and_lines(tmp_path: Path) -> None:
    text = feed_xml(good()).replace("</Title>", "</Titel>")
    m = only(write(tmp_path, text))
    assert at(m) == position(text, "</Titel>")
    line = position(text, "<Title>")[0]
    assert m["message"] == (
        f"</Titel> where </Title> was expected (<Title> opened at line {line}):"
        " close <Title> first, or correct the end tag's name"
    )
    # A field left open around nothing but text is closed in a file (X006);
    # read once from a pipe it stays X001, at the job's end tag.
    unclosed = feed_xml(good()).replace("full-time</Jobtype>", "full-time")
    m = only(write(tmp_path, unclosed, "unclosed.xml"))
    assert m["code"] == "X006" and at(m) == position(unclosed, "<Jobtype>")
    piped = run_cli("validate", "-", stdin=unclosed.encode())
    [m] = [m for m in FINDING.finditer(piped.stdout.decode()) if m["code"] == "X001"]
    assert at(m) == position(unclosed, "</job>")
    assert m["message"].startswith(
        f"</job> where </Jobtype> was expected (<Jobtype> opened at line"
        f" {position(unclosed, '<Jobtype>')[0]})"
    )


def test_a_control_character_and_a_reference_to_one(tmp_path: Path) -> None:
    text = feed_xml(good()).replace("Line Cook", "Line\x0bCook")
    m = only(write(tmp_path, text))
    assert at(m) == position(text, "\x0b")
    assert m["message"] == "character 0xB (vertical tab) is not allowed in XML: remove it"
    text = feed_xml(good()).replace("Line Cook", "Line&#0;Cook")
    m = only(write(tmp_path, text, "ref.xml"))
    assert at(m) == position(text, "&#0;")
    assert "a character reference to character 0x0 (NUL)" in m["message"]


def test_latin1_bytes_in_a_utf8_feed_name_the_byte_and_the_fix(tmp_path: Path) -> None:
    text = feed_xml(good(Title="Zürich Cook"))
    m = only(write(tmp_path, text.encode("latin-1")))
    assert at(m) == position(text, "ü")
    assert m["message"].startswith(
        "byte 0xFC is not UTF-8 (the XML declaration says UTF-8); in Windows-1252 it is 'ü':"
    )
    assert 'encoding="windows-1252"' in m["message"]


def test_an_unquoted_attribute_a_stray_less_than_and_a_late_declaration(tmp_path: Path) -> None:
    text = feed_xml(good()).replace("<job>", "<job ref=12>", 1)
    m = only(write(tmp_path, text))
    assert at(m) == position(text, "12>")
    assert m["message"] == 'the value of attribute ref is not in quotes: write ref="12"'
    text = feed_xml(good()).replace("Line Cook", "Cook a < b")
    m = only(write(tmp_path, text, "lt.xml"))
    assert at(m) == position(text, "< b")
    assert m["message"].startswith("'<' that starts no element: in text, write &lt;")
    text = "\n" + feed_xml(good())
    m = only(write(tmp_path, text, "late.xml"))
    assert at(m) == (2, 1) and m["message"].startswith("the XML declaration <?xml ...?> is not")


def test_two_feeds_in_one_file(tmp_path: Path) -> None:
    text = feed_xml(good()) + feed_xml(good()).split("\n", 1)[1]
    m = only(write(tmp_path, text))
    assert at(m) == position(text, "<source>", 1)
    assert m["message"].startswith("'<source>' after the end of the root element")


# -- a column on every finding ----------------------------------------------------


def test_an_empty_file_is_placed_at_1_1(tmp_path: Path) -> None:
    m = only(write(tmp_path, b""))
    assert (m["code"], at(m), m["message"]) == ("X001", (1, 1), "the feed is empty")


def test_every_finding_on_every_fixture_has_a_column(tmp_path: Path) -> None:
    feeds = sorted(str(p) for p in FIXTURES.rglob("*.xml"))
    out = tmp_path / "out"
    runs = [
        ("validate", "--dialect", "yubhub", *feeds),
        ("to-jsonld", "--check", "--dialect", "yubhub", "-o", f"{out}.json", *feeds),
        ("to-indeed", "--dialect", "yubhub", "-o", f"{out}.xml", *feeds),
    ]
    codes = set()
    for args in runs:
        found = findings(*args)
        assert found, args
        assert [m[0] for m in found if not m["col"]] == [], args[0]
        codes |= {m["code"] for m in found}
    assert {"X001", "X002", "X004", "S001", "O001", "O002", "I001"} <= codes


def test_a_job_level_finding_is_at_the_job_and_a_field_one_at_the_field(tmp_path: Path) -> None:
    # The nodate.xml: O001 and R003 are about the job, which has no Postedate.
    text = feed_xml(good(), good(externalid="job-2", Postedate=None, Country="Narnia"))
    path = write(tmp_path, text, "nodate.xml")
    found = findings("to-jsonld", "--check", "-o", str(tmp_path / "out.json"), str(path))
    job = position(text, "<job>", 1)
    by_code = {m["code"]: at(m) for m in found}
    assert by_code["O001"] == job and by_code["R003"] == job
    assert by_code["L002"] == position(text, "<Country>", 1)


def test_utf16_feeds_have_the_columns_of_utf8_ones(tmp_path: Path) -> None:
    text = feed_xml(good(Country="Narnia"), good(externalid="job-2", Bonus="x"))
    plain = write(tmp_path, text, "feed.xml")
    utf16 = tmp_path / "wide" / "feed.xml"
    utf16.parent.mkdir()
    utf16.write_bytes(text.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"))
    expected = [m[0] for m in findings("validate", "feed.xml", cwd=plain.parent)]
    assert len(expected) >= 2 and all(FINDING.match(x)["col"] for x in expected)
    assert [m[0] for m in findings("validate", "feed.xml", cwd=utf16.parent)] == expected


def test_text_between_jobs_is_placed_at_the_text(tmp_path: Path) -> None:
    text = feed_xml(good(), good(externalid="job-2"))
    text = text.replace("</job>\n", "</job>\n    stray words\n", 1)
    text = text.replace("</jobs>", "tail words</jobs>")
    found = findings("validate", str(write(tmp_path, text)))
    places = [at(m) for m in found if "Character content" in m["message"]]
    assert places == [position(text, "stray words"), position(text, "tail words")]


def test_a_namespaced_element_is_placed_at_its_start_tag(tmp_path: Path) -> None:
    text = feed_xml(good()).replace(
        "<Title>", '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="x"/><Title>'
    )
    [m] = [m for m in findings("validate", str(write(tmp_path, text))) if m["code"] == "S001"]
    assert at(m) == position(text, "<xi:include")


# -- X002 at the DOCTYPE -------------------------------------------------------------


def _laughs(before: str = "") -> str:
    entities = '<!ENTITY l0 "ha">' + "".join(
        f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{before}<!DOCTYPE source [{entities}]>\n'
        "<source>&l9;<jobs></jobs></source>\n"
    )


@pytest.mark.parametrize("before", ["", "<!-- a feed -->\n"])
def test_billion_laughs_points_at_the_doctype(tmp_path: Path, before: str) -> None:
    # libxml2 stops the expansion and says line 1, column 5: the DOCTYPE is below.
    text = _laughs(before)
    m = only(write(tmp_path, text))
    assert m["code"] == "X002" and "expand too far" in m["message"]
    assert at(m) == position(text, "<!DOCTYPE")
    declared = text.replace("<source>&l9;", "<source>")  # declared, never expanded
    m = only(write(tmp_path, declared, "declared.xml"))
    assert m["code"] == "X002" and "declares entities" in m["message"]
    assert at(m) == position(declared, "<!DOCTYPE")


# -- a feed with no jobs --------------------------------------------------------------

NO_JOBS = "the feed holds no job"


def test_the_no_jobs_fixture_gets_a_warning_serially_and_with_workers() -> None:
    path = FIXTURES / "valid" / "no-jobs.xml"
    for jobs in ("1", "2"):
        proc = run_cli("validate", "-j", jobs, str(path))
        assert proc.returncode == 0
        [m] = FINDING.finditer(proc.stdout.decode())
        assert (m["code"], m["severity"], at(m)) == ("X004", "warning", (3, 3))
        assert m["message"].startswith(f"{NO_JOBS} (no <source><jobs><job>)")
        assert "0 errors and 1 warning (1 file read as yubhub, 0 jobs)" in proc.stderr.decode()
    ignored = run_cli("validate", "--ignore", "no-jobs", str(path))
    assert ignored.stdout == b"" and b"All checks passed" in ignored.stderr
    assert run_cli("validate", "--strict", str(path)).returncode == 1


@pytest.mark.parametrize("dialect", names())
def test_every_dialect_warns_of_a_feed_with_no_jobs(tmp_path: Path, dialect: str) -> None:
    job = [etree.QName(t) for t in by_name(dialect).job]
    containers = [t.localname for t in job[:-1]]
    space = f' xmlns="{job[0].namespace}"' if job[0].namespace else ""
    text = '<?xml version="1.0" encoding="UTF-8"?>\n' + "".join(
        f"{'  ' * i}<{tag}{space if not i else ''}>\n" for i, tag in enumerate(containers)
    )
    text += "".join(f"{'  ' * i}</{tag}>\n" for i, tag in reversed(list(enumerate(containers))))
    path = write(tmp_path, text)
    [m] = [m for m in findings("validate", "--dialect", dialect, str(path)) if m["code"] == "X004"]
    assert at(m) == position(text, f"<{containers[-1]}")
    assert f"(no <{'><'.join(t.localname for t in job)}>)" in m["message"]


def test_a_feed_with_jobs_gets_no_warning_even_if_read_in_segments(tmp_path: Path) -> None:
    # A header comment longer than a segment: the first segment holds no job, the
    # others hold them all. That segment alone must not say the feed has none.
    text = feed_xml(*[good(externalid=f"job-{i}") for i in range(6)])
    text = text.replace("<jobs>\n", "<jobs>\n    <!-- " + "header " * 1500 + "-->\n", 1)
    path = write(tmp_path, text)
    segments = plan(str(path), 2, 1500)
    assert segments and len(segments) > 2
    assert b"<job>" not in path.read_bytes()[segments[0].start : segments[0].end]
    for jobs, size in ((1, None), (2, 1500)):
        pipeline = Pipeline(jobs=jobs, segment_size=size, max_age=0)  # fixed dates age
        assert [d.code for d in pipeline.check_path(path)] == []
        assert pipeline.tally.jobs == 6
    assert "X004" not in run_cli("validate", "-j", "2", str(path)).stdout.decode()


@pytest.mark.parametrize(
    ("title", "nth"),
    [("Fish&Chips&Co", 0), ("R&amp;D & more", 1)],
)
def test_the_first_unescaped_ampersand_is_the_one_named(
    tmp_path: Path, title: str, nth: int
) -> None:
    text = feed_xml(good(Title="PLACE")).replace("PLACE", title)
    m = only(write(tmp_path, text), "--select", "X")
    assert m["code"] == "X005" and at(m) == position(text, "&", nth)
    assert "write &amp;" in m["message"]


def test_a_bare_ampersand_before_an_undefined_entity(tmp_path: Path) -> None:
    # '&B' is text; '&C;' is a reference to an entity no one defined: the feed breaks there.
    text = feed_xml(good(Title="PLACE")).replace("PLACE", "A&B&C;")
    [m] = [m for m in findings("validate", "--select", "X", str(write(tmp_path, text)))]
    assert m["code"] == "X001" and at(m) == position(text, "&", 1)
    assert m["message"].startswith("undefined entity &C;")


def test_a_byte_order_mark_is_no_column(tmp_path: Path) -> None:
    text = "<source><jobs><job><Title>R&D</Title></job></jobs></source>"
    plain = only(write(tmp_path, text, "plain.xml"), "--select", "X")
    assert plain["code"] == "X005"
    marked = only(write(tmp_path, b"\xef\xbb\xbf" + text.encode(), "bom.xml"), "--select", "X")
    assert at(marked) == at(plain) == position(text, "&")


def test_a_feed_cut_inside_an_end_tag_says_so(tmp_path: Path) -> None:
    text = feed_xml(good())
    cut = text[: text.index("</Title>") + 4]  # ... </Ti
    m = only(write(tmp_path, cut), "--select", "X")
    assert "the feed ends inside the end tag </Ti begun at" in m["message"]
    assert "cut short" in m["message"]
    line, column = position(cut, "</Ti")
    assert f"begun at {line}:{column}" in m["message"]


def test_an_end_tag_left_open_is_named_at_its_start(tmp_path: Path) -> None:
    text = "<source><jobs><job><Title>x</Title </job></jobs></source>"
    m = only(write(tmp_path, text), "--select", "X")
    assert m["message"] == "the end tag </Title is not closed with '>'"
    assert at(m) == position(text, "</Title")


def test_an_end_tag_broken_over_two_lines_is_no_crash(tmp_path: Path) -> None:
    """Found by the fuzzer: the '</' of the broken end tag is on the line before."""
    text = "<source><jobs><job>\n<Title>x</Tit\nle></job></jobs></source>\n"
    result = run_cli("validate", str(write(tmp_path, text)))
    assert result.returncode == 1 and b"Traceback" not in result.stderr
    assert b"X001 [error]" in result.stdout and b"not closed with '>'" in result.stdout


def test_an_html_page_is_named_as_one(tmp_path: Path) -> None:
    """A site's error or login page where the feed was expected (found in a new-user trial)."""
    page = "<!DOCTYPE html>\n<html><head><meta charset=utf-8><title>404</title></head></html>\n"
    m = only(write(tmp_path, page))
    assert m["code"] == "X001" and at(m) == (1, 1)
    assert m["message"].startswith("this is an HTML page, not a job feed")
    xhtml = run_cli("validate", str(write(tmp_path, "<html><body/></html>\n", "x.html")))
    assert xhtml.returncode == 2
    assert b"this is an HTML page, not a job feed; it fits no feed dialect" in xhtml.stderr


def test_a_browser_s_view_of_a_feed_copied_as_text_is_named_as_one(tmp_path: Path) -> None:
    # Operations2/CompleteStaffingSolutions_site, public/jobs.xml: Chrome's notice, then the tree
    copy = (
        "This XML file does not appear to have any style information associated with it."
        " The document tree is shown below.\n<source>\n<publisher>Jobs</publisher>\n</source>\n"
    )
    m = only(write(tmp_path, copy))
    assert m["code"] == "X001" and at(m) == (1, 1)
    assert m["message"].startswith("this is a web browser's view of an XML file, copied as text")
    assert "save the feed itself (curl -o FILE URL" in m["message"]


@pytest.mark.parametrize("engine", ["lxml", "xmlschema"])
def test_a_value_of_the_wrong_type_says_what_to_write(tmp_path: Path, engine: str) -> None:
    text = feed_xml(good(Postedate="02/10/2026", Compensationcurrency="usd"))
    found = findings("validate", "--select", "S", "--engine", engine, str(write(tmp_path, text)))
    messages = [m["message"] for m in found]
    assert any(
        "'02/10/2026'" in m
        and m.endswith(
            "write a date as YYYY-MM-DD (2026-08-30),"
            " or a date and time (2026-08-30T10:00:00Z), or leave it empty"
        )
        for m in messages
    )
    assert any("'usd'" in m and "write an ISO 4217 code in capitals" in m for m in messages)


def test_a_root_in_a_namespace_is_named_as_the_feed_writes_it(tmp_path: Path) -> None:
    sitemap = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url/></urlset>'
    result = run_cli("validate", str(write(tmp_path, sitemap)))
    assert b"it has root <urlset> and no job element" in result.stderr


def test_an_encoding_name_no_codec_can_have_is_no_internal_error(tmp_path: Path) -> None:
    # (a fuzzer's) a broken declaration whose encoding's name holds a NUL
    feed = b'<?xml# version="1.0" encoding="UTF\x01\x00-8"?>\n<source/>\n'
    proc = run_cli("validate", str(write(tmp_path, feed)))
    assert proc.returncode == 1, proc.stderr
    assert b"internal error" not in proc.stderr and b"X001 [error]" in proc.stdout
