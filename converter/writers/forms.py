"""Output forms: how a target's objects become text, and how jobs are framed.

A target (:mod:`converter.writers.targets`) builds one object per job; a
form turns it into the text of one job in a stream (``item``) or alone in a
file (``file``, for ``--out-dir``), and frames the stream: a JSON array, JSON
lines, HTML script blocks, CSV records under a header.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass


def json_line(obj: object) -> str:
    """Compact JSON on one line, UTF-8 text kept as it is."""
    return json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))


def json_document(obj: object) -> str:
    """Indented JSON, for a file of its own."""
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def script_block(obj: object) -> str:
    """One ``<script type="application/ld+json">`` element holding ``obj``."""
    return f'<script type="application/ld+json">\n{script_json(obj)}\n</script>\n'


def script_json(obj: object) -> str:
    """JSON that no text can break out of a ``<script>`` element with."""
    text = json.dumps(obj, ensure_ascii=False, indent=2)
    for char, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escaped)
    return text


_NEEDS_QUOTES = re.compile(r'[",\r\n]')


def csv_record(cells: list[str]) -> str:
    """One CSV record, RFC 4180: quoted where needed, CRLF-terminated.

    The same text as ``csv.writer(lineterminator="\\r\\n")`` (a property test
    compares them), several times faster on long description cells."""
    if len(cells) == 1 and not cells[0]:
        return '""\r\n'  # a lone empty field is quoted, or the record would be blank
    needs = _NEEDS_QUOTES.search
    quoted = ['"' + c.replace('"', '""') + '"' if needs(c) else c for c in cells]
    return ",".join(quoted) + "\r\n"


@dataclass(frozen=True, slots=True)
class Form:
    """One output form. ``item`` renders a job's object in a stream, ``file``
    alone in a file; a stream is ``head``, the items (``first`` before the
    first, ``separator`` between), then ``tail`` (``empty_tail`` if none).
    ``head`` and ``file`` of a table form take its header record."""

    name: str
    extension: str
    item: Callable[[object], str]
    file: Callable[[object], str]
    head: str = ""
    first: str = ""
    separator: str = ""
    tail: str = ""
    empty_tail: str = ""


FORMS: dict[str, Form] = {
    f.name: f
    for f in (
        Form(
            "json",
            ".json",
            json_line,
            json_document,
            head="[",
            first="\n",
            separator=",\n",
            tail="\n]\n",
            empty_tail="]\n",
        ),
        Form("jsonl", ".json", lambda obj: json_line(obj) + "\n", json_document),
        Form("html", ".html", script_block, script_block),
        Form("csv", ".csv", csv_record, csv_record),  # type: ignore[arg-type]
        Form("xml", ".xml", str, str),  # a board's job element; the target frames it
    )
}
