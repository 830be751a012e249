"""Codes reported by the reader, the XSD engine and the converters, not by lint checks."""

from ..results import Severity
from . import declare

XML_SYNTAX = declare(
    "X001",
    "xml-syntax",
    Severity.ERROR,
    """
    The feed is not well-formed XML.

    A feed that does not parse (a truncated download, a tag left open, a
    mismatched end tag) cannot be trusted past the break: jobconv reports where it
    breaks, and a converter writes nothing at all from the run (a partial job
    list would delete the missing jobs downstream). The message says what is
    wrong and how to fix it, at the cause itself (the ``&``, not where libxml2
    stopped a few characters on); an error jobconv has no words for keeps
    libxml2's.

    A bare ``&`` (``R&D``) is no break: it is read as itself (X005).

    Example: ``&nbsp;`` gives ``X001 [error] &nbsp; is an HTML entity, which XML
    does not define: write the character itself (U+00A0 NO-BREAK SPACE) or its
    numeric reference &#160;``; a file cut inside a CDATA section gives ``the
    feed ends inside a CDATA section opened at 7:20: it is cut short (an
    interrupted download or export?), or its ]]> is missing``.

    Use instead: well-formed XML: ``&amp;`` for ``&`` (``&lt;`` for ``<``), or the
    text in ``<![CDATA[...]]>``; and the whole file (check the download).
    """,
)

BARE_AMPERSAND = declare(
    "X005",
    "unescaped-ampersand",
    Severity.WARNING,
    """
    A bare ``&`` in the feed's text, read as the character itself.

    XML requires ``&amp;``, but feeds written with string templates often
    hold ``R&D`` or ``Fish & Chips``: an ``&`` that starts no reference
    (``&name;``, ``&#38;``) can mean nothing but itself. jobconv reads it so,
    rather than refusing the whole feed, and says where the first one is and
    how many more there are, since other XML tools will refuse the feed.
    An ``&`` inside CDATA or a comment is plain text already and is never
    reported.

    Example: ``<Title>R&D Engineer</Title>`` gives ``X005 [warning] unescaped
    '&' in 'R&D', read as the character itself: write &amp; (or put the text
    in <![CDATA[...]]>)``.

    Use instead: ``&amp;`` for ``&``, or the text in ``<![CDATA[...]]>``.
    """,
)

UNCLOSED_ELEMENT = declare(
    "X006",
    "unclosed-element",
    Severity.WARNING,
    """
    A job's field has no end tag: read as ending where its text ends.

    A feed that loses one end tag (``<url>https://…/4174356101>`` where
    ``</url>`` was meant) is not well-formed, and libxml2 stops at the
    job's end tag. When the element left open is a field of a job holding
    nothing but text up to the next tag, nothing else can be meant: jobconv
    reads the feed again with the field closed where its text ends (a ``>``
    left there taken for what remains of its end tag), reads every job, and
    says so at the field. An element left open around other elements, or
    one in a feed that cannot be read twice (standard input, a URL), stays
    X001; so does any break after ten repairs in one feed.

    Example: ``<url>https://boards.example.com/jobs/101>`` followed by
    ``<location>`` gives ``X006 [warning] <url> (line 375) is never
    closed: read as ending where its text ends, at line 375 (the '>' there
    read as its end tag); write </url>``.

    Use instead: the end tag (``<url>https://…/101</url>``).
    """,
)

DTD_REFUSED = declare(
    "X002",
    "dtd-refused",
    Severity.ERROR,
    """
    The feed has a DOCTYPE that declares entities or names an external DTD.

    Entity declarations are how XML bombs ("billion laughs") and external
    entity attacks (reading ``file:///etc/passwd``, calling a URL) work. YubHub
    feeds need no DTD, so jobconv never loads, fetches or expands one, and
    refuses a feed that declares entities; as with X001, nothing of the run is
    written.

    Example: ``<!DOCTYPE source [<!ENTITY x SYSTEM "file:///etc/passwd">]>`` gives
    ``X002 [error] DOCTYPE declares entities (x): jobconv never loads or expands
    DTDs and entities``.

    Use instead: no DOCTYPE at all, and characters written as themselves in
    UTF-8 (``é``) or as numeric references (``&#233;``), which need no DTD.
    """,
)

SCHEMA_VIOLATION = declare(
    "S001",
    "schema-violation",
    Severity.ERROR,
    """
    The feed does not follow its dialect's XSD.

    The XSD is ``schemas/yubhub.xsd`` for YubHub feeds, a board's own in
    ``schemas/dialects/`` for the others. Reported by the XSD engine: an
    unknown element (``<Bonus>``), a required one missing (``externalid``,
    ``Title``, ``Description``, ``Applyto``), a typed value that does not fit
    (``<Compensationmin>lots</Compensationmin>``, a ``Postedate`` that is not a
    date), or a board's own limit (LinkedIn's ``partnerJobId`` of at most 40
    characters). A job that fails the XSD is not converted.

    Example: ``<Compensationmin>lots</Compensationmin>`` gives ``S001 [error]
    Element 'Compensationmin': 'lots' is not a valid value of the union type
    'decimalOrEmpty'.``; a ``<Bonus>`` gives ``Element 'Bonus': This element is
    not expected.``

    Use instead: what the XSD allows: the elements it names (in any order),
    (``<Compensationmin>45000</Compensationmin>``); or your own XSD with
    ``--schema`` (``schema`` in the configuration) for a feed that extends it.
    """,
)

UNKNOWN_ELEMENT = declare(
    "S002",
    "unknown-element",
    Severity.WARNING,
    """
    A board feed's job holds an element its dialect does not know.

    Real feeds add elements their board never specified (``<phone>``,
    ``<apply_url>``, ``<logo>``): the board ignores them, and so does
    jobconv. The element's content is not read, and the rest of the job is
    checked and converted as usual; an error would hold the job back from
    every output for something no consumer minds. Said once per feed and
    element, at the first job that has it, with how many more do. YubHub's
    own feeds stay strict: an unknown element there is S001, unless the
    configuration says ``strict-yubhub = false`` (or ``--schema`` gives an
    XSD that extends yubhub.xsd). A board's become errors with ``severity =
    {S002 = "error"}``, which holds such jobs back.

    Example: a Jooble job with ``<phone>+48 123</phone>`` gives ``S002
    [warning] <phone> is no Jooble element: its content is not read (and in
    87 more jobs)``.

    Use instead: the element the dialect reads for it (``jobconv dialects``
    lists them), a dialect of your own that maps it (``--dialect
    my-board.yaml``), or nothing: the warning can be ignored (``ignore =
    ["S002"]``).
    """,
)

DIALECT_MISMATCH = declare(
    "S003",
    "dialect-mismatch",
    Severity.WARNING,
    """
    Most of a feed's jobs break the dialect it was read in, and another fits better.

    A feed's dialect is told from its root and jobs sampled across it, or
    given with ``--dialect``; when over half of its jobs then fail that
    dialect's XSD (S001) and another dialect's XSD finds fewer faults in
    them, the feed is probably in that other dialect, and its jobs are held
    back for the wrong reasons. Said once, at the first job that failed.

    Example: a Careerjet feed read with ``--dialect adzuna`` gives ``S003
    [warning] 40 of 40 jobs break adzuna's schema; the feed fits careerjet
    better: try --dialect careerjet``.

    Use instead: the dialect the message names (``--dialect careerjet``, or
    ``dialect`` in the configuration), or, for a format of your own, a
    dialect file (``--dialect my-board.yaml``).
    """,
)

ENVELOPED_FEED = declare(
    "S004",
    "enveloped-feed",
    Severity.WARNING,
    """
    A board's feed sits inside an element its board does not specify.

    Real feeds wrap a board's document in an element of their own (an
    Adzuna-shaped ``<jobs><job>`` inside ``<rss>``, a Greenhouse export's
    habit): no dialect has that root, but the jobs are plainly the board's.
    jobconv reads them as that board's, finding the board by its job path
    and the jobs' elements as it finds any feed's, and says so here, once
    per feed: the summary names it (``read as adzuna in <rss>``). The board
    itself would refuse the file, whose root is not its own.

    Example: ``<rss version="2.0"><jobs><job><title>…`` gives ``S004
    [warning] the jobs sit in <rss>, which Adzuna feeds do not have (their
    root is <jobs>): read as adzuna inside it``.

    Use instead: the board's own root (``<jobs>`` as the document's
    element), or ``ignore = ["S004"]`` where the wrapper is meant.
    """,
)

STRAY_TEXT = declare(
    "S005",
    "stray-text",
    Severity.WARNING,
    """
    A board feed's job holds text outside its elements.

    Between the elements of a job there is only room for white space; a
    character there is a slip (``</description>>``, a doubled ``>``; a word
    left over from an edit). The board ignores it, and so does jobconv: the
    text is not read and the job is checked and converted as usual (an XSD
    error would hold it back from every output). Said once per feed, with
    how many more jobs have it. YubHub's own feeds stay strict: there it is
    S001, unless the configuration says ``strict-yubhub = false``.

    Example: ``<category>QA</category>>`` gives ``S005 [warning] text '>'
    after </category> in a Adzuna job: it is not read (and in 1 more job)``.

    Use instead: nothing between a job's elements but white space.
    """,
)

NOT_CARRIED = declare(
    "O002",
    "field-not-carried",
    Severity.WARNING,
    """
    The output format has no place for a field the job fills.

    Converting to a board's feed (``convert --to indeed``), a field that
    board's format does not hold (Indeed has no experience level, Careerjet
    no posting date), or a job type the board has no word for (PER_DIEM), is
    left out of that job, and said here, so that nothing is dropped
    silently: once per feed and field, at the first job that lost it, with
    how many more did.

    Example: jobs with ``<Experiencelevel>mid</Experiencelevel>`` converted to
    Indeed give ``O002 [warning] Indeed feeds have no place for Experiencelevel:
    'mid' is left out (and in 131 more jobs)``.

    Use instead: a target that carries the field (YubHub, HR Open, CSV), or
    accept the loss (``ignore = ["O002"]``).
    """,
)

OUTPUT_CHECK = declare(
    "O001",
    "output-check-failed",
    Severity.ERROR,
    """
    A converted object does not pass jobconv's own JSON Schema (``--check``).

    A board's feed (``convert --to indeed``) is always held to that board's
    XSD, and to the values the board requires (Indeed: a date, a company, a
    country): a job that fails is held back from it, with this error.
    With ``--check`` every JobPosting or PositionOpening is validated against
    the JSON Schema in ``schemas/`` before it is written; an object that fails
    is not written. It means a job lacks something the format needs (Google
    requires ``datePosted``, for example).

    Example: a job with no ``Postedate`` converted with ``jobconv to-jsonld
    --check`` gives ``O001 [error] jobposting.schema.json: (the object):
    'datePosted' is a required property`` (beside R003).

    Use instead: the field the message names, filled in the feed
    (``<Postedate>2026-05-01</Postedate>`` here).
    """,
)

NOT_A_FEED = declare(
    "X003",
    "not-a-feed",
    Severity.ERROR,
    """
    An XML file found in a folder is no job feed: no dialect fits its root.

    ``jobconv validate feeds/`` reads every ``*.xml`` and ``*.xml.gz`` there; a
    sitemap or a configuration file among them is reported and skipped, and
    the other feeds are still checked. A file named on the command line that
    fits no dialect is not a finding but a feed jobconv cannot read (exit 2).

    Example: ``feeds/sitemap.xml:1:1: X003 [error] not a job feed, skipped: it
    fits no feed dialect jobconv knows: it has root <urlset> and no job element; …``.

    Use instead: leave the file out with ``--exclude sitemap.xml`` (or
    ``exclude`` in the configuration, or ``.gitignore``), or read it in its
    board's format with ``--dialect NAME``.
    """,
)

NO_JOBS = declare(
    "X004",
    "no-jobs",
    Severity.WARNING,
    """
    The feed holds no job.

    A feed whose job container is empty (``<source><jobs/></source>``) is
    well-formed and follows its XSD, so nothing else would flag it; yet
    published, it takes every job off the boards that read it. An export
    run against an empty database, a filter that matched nothing, or jobs
    nested where the dialect does not look for them give such a feed.

    Example: ``<source><jobs/></source>`` gives ``feed.xml:3:3: X004 [warning]
    the feed holds no job (no <source><jobs><job>): published, it would take
    every job off the boards that read it``.

    Use instead: the jobs, each at the dialect's job path (``jobconv
    dialects``; ``--dialect NAME`` for a board's feed); where an empty feed is
    meant, ignore the code for it (``per-file-ignores``, or ``--ignore X004``).
    """,
)


#: Codes that mean a feed broke off: it cannot be trusted past that point,
#: and nothing of the run is published.
BREAKING = frozenset({XML_SYNTAX.code, DTD_REFUSED.code})

#: The codes found in the document itself, by the parser and the XSD: when
#: only these are selected, no job model is built (an XSD-only run).
DOCUMENT_CODES = frozenset(
    r.code
    for r in (
        XML_SYNTAX,
        DTD_REFUSED,
        SCHEMA_VIOLATION,
        UNKNOWN_ELEMENT,
        ENVELOPED_FEED,
        STRAY_TEXT,
        NOT_A_FEED,
        NO_JOBS,
        BARE_AMPERSAND,
        UNCLOSED_ELEMENT,
    )
)
