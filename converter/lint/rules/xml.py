"""Codes reported by the reader, the XSD engine and the converters, not by lint checks."""

from ...results import Severity
from .base import declare

XML_SYNTAX = declare(
    "X001",
    "xml-syntax",
    Severity.ERROR,
    """
    The feed is not well-formed XML.

    A feed that does not parse (a truncated download, an unescaped ``&``, a tag
    left open) cannot be trusted past the break: jobconv reports where it
    breaks, and a converter writes nothing at all from the run (a partial job
    list would delete the missing jobs downstream). Example: a file that ends inside
    ``<Description>`` gives ``feed.xml:812:1: X001 Premature end of data``.
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
    refuses a feed that declares entities. Example:
    ``<!DOCTYPE source [<!ENTITY x SYSTEM "file:///etc/passwd">]>``.
    """,
)

SCHEMA_VIOLATION = declare(
    "S001",
    "schema-violation",
    Severity.ERROR,
    """
    The feed does not follow its dialect's XSD.

    The XSD is ``schemas/yubhub.xsd`` for YubHub feeds, a board's own in
    ``schemas/dialects/`` for the others.
    Reported by the XSD engine: an unknown element (``<Bonus>``), a required
    one missing (``externalid``, ``Title``, ``Description``, ``Applyto``), a
    typed value that does not fit (``<Compensationmin>lots</Compensationmin>``,
    a ``Postedate`` that is not a date), or a board's own limit (LinkedIn's
    ``partnerJobId`` of at most 40 characters). A job that fails the XSD is
    not converted. Example: ``Element 'Bonus': This element is not expected.``
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
    no posting date) is left out of that job, and said here, field by field,
    so that nothing is dropped silently. Use instead: a target that carries
    the field (YubHub, HR Open, CSV), or accept the loss. Example: a job
    with ``<Experiencelevel>Senior</Experiencelevel>`` converted to Indeed.
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
    requires ``datePosted``, for example). Example: a job with no
    ``Postedate`` converted with ``jobconv to-jsonld --check``.
    """,
)
