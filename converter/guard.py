"""The drop guard: a bad day's feed never takes the live jobs down.

A converter's ``-o`` file (or ``--out-dir``) is often what a site serves.
An export that came out empty, a stub with a header and no jobs, or a feed
whose every job is held back would replace 88 live postings with none, and
the run would look fine. Before an output that holds jobs is replaced (or an
``--out-dir`` pruned), :func:`drop_refusal` compares how many jobs it holds
with how many this run writes, and refuses a drop beyond ``--max-drop``
percent: the old output then stays byte for byte. A new output is never
refused.

What an output holds is counted by streaming it, in the form it was written
in: the job elements of an XML feed (lxml, with the same hostile-input
settings as the reader), the records of a CSV, the objects of a JSON array
or of JSON lines, the script blocks of HTML; for ``--out-dir``, the files
its manifest lists.
"""

from __future__ import annotations

import csv
import io
import mmap
import re
from collections.abc import Callable
from pathlib import Path

#: ``--max-drop``'s default: a run may leave half of what the output held.
DEFAULT_MAX_DROP = 50

_CHUNK = 1024 * 1024
#: A JSON string (skipped whole) or a bracket (group 1): what the array count
#: walks over. The string's body is written as runs between escapes (the same
#: matches as ``(?:[^"\\]|\\.)*``, which tries an alternation at every byte).
_JSON_TOKEN = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"|([\[\]{}])')
_SCRIPT = b'<script type="application/ld+json">'


def drop_refusal(held: int | None, writes: int, max_drop: int) -> str | None:
    """Why replacing an output that holds ``held`` jobs with ``writes`` is
    refused, or None when it may go ahead (a new output: ``held`` None or 0)."""
    if not held or max_drop >= 100 or writes >= held:
        return None
    if writes and writes * 100 >= held * (100 - max_drop):
        return None
    dropped = held - writes
    share = dropped * 100 // held
    return (
        f"it holds {_jobs(held)} and this run writes {writes}, a drop of {share}%"
        f" (over --max-drop {max_drop}); it was left as it was. If the drop is meant,"
        f" run again with --max-drop {100 if writes == 0 else min(100, share + 1)}"
    )


def _jobs(n: int) -> str:
    return f"{n:,} job" + ("" if n == 1 else "s")


def count_jobs(path: Path, form: str, job_tag: str | None = None) -> int | None:
    """How many jobs the output at ``path`` holds, read as ``form`` (``json``,
    ``jsonl``, ``html``, ``csv``, ``xml`` with its ``job_tag``); None when
    there is no regular file there (a new output, a FIFO, a device) or it
    cannot be read as that form (then nothing is judged: not jobconv's)."""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None if not path.is_file() else 0
        counter = _COUNTERS[form]
        return counter(path, job_tag) if form == "xml" else counter(path)  # type: ignore[call-arg]
    except (OSError, ValueError, csv.Error):
        return None


#: Pages of a mapped output already walked past are given back every this many bytes.
_RELEASE = 8 * 1024 * 1024


def _json_array(path: Path) -> int:
    """The objects directly inside the top-level array, strings skipped whole.

    The file is mapped, and the pages walked past are given back as the
    walk goes (Linux): mapped pages count in the process's resident memory,
    and an old output of 60 MB would double a converter's."""
    with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
        depth = count = released = 0
        release = getattr(data, "madvise", None) if hasattr(mmap, "MADV_DONTNEED") else None
        for token in _JSON_TOKEN.finditer(data):  # type: ignore[call-overload]
            if release is not None and token.start() - released > _RELEASE:
                upto = token.start() // mmap.PAGESIZE * mmap.PAGESIZE
                release(mmap.MADV_DONTNEED, released, upto - released)
                released = upto
            char = token[1]
            if char is None:  # a string
                continue
            if char in (b"[", b"{"):
                depth += 1
                if depth == 2 and char == b"{":
                    count += 1
            elif char in (b"]", b"}"):
                depth -= 1
        if depth != 0:
            raise ValueError("not a whole JSON document")
        return count


def _lines_starting(path: Path, start: bytes) -> int:
    count, previous = 0, b"\n"
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            count += (previous + chunk).count(b"\n" + start)
            previous = chunk[-1:]
    return count


def _json_lines(path: Path) -> int:
    return _lines_starting(path, b"{")


def _html(path: Path) -> int:
    count, tail = 0, b""
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            data = tail + chunk
            count += data.count(_SCRIPT)
            tail = data[-(len(_SCRIPT) - 1) :]
    return count


def _csv(path: Path) -> int:
    """Records after the header (quoted line breaks inside a cell are no record)."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = sum(1 for row in csv.reader(f) if row)
    return max(0, rows - 1)


def _xml(path: Path, job_tag: str | None) -> int:
    from lxml import etree

    if not job_tag:
        raise ValueError("no job element to count")
    count = 0
    with open(path, "rb") as f:
        events = etree.iterparse(
            io.BufferedReader(f),  # type: ignore[arg-type]
            events=("end",),
            tag=job_tag,
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=True,
        )
        for _, element in events:
            count += 1
            element.clear()
            parent = element.getparent()
            while parent is not None and element.getprevious() is not None:
                del parent[0]
    return count


_COUNTERS: dict[str, Callable[..., int]] = {
    "json": _json_array,
    "jsonl": _json_lines,
    "html": _html,
    "csv": _csv,
    "xml": _xml,
}
