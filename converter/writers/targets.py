"""The registry of output targets: what each converter writes, in one place.

A target names its builder (job model -> object), the forms it can take
(the first is the default), a header for table forms, and the JSON Schema
that ``--check`` holds each object to. Adding a target touches this
package alone: the pipeline, the publishing gate, the CLI and the outputs
read everything they need from here. ``TARGETS`` (:func:`targets`) is built
on first use, so that importing :class:`Rendering` costs no writer and no
dialect. Which rules hold a job back from a target is said by the rules
themselves (``Rule.targets``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..lazy import lazy_values

if TYPE_CHECKING:
    from ..feed.dialects import Dialect
    from ..model import Job
    from .common import Dropped
    from .forms import Form


@dataclass(frozen=True, slots=True)
class Target:
    """One output target: ``build(job, columns)`` gives the object a form renders."""

    name: str
    title: str
    forms: tuple[str, ...]
    build: Callable[[Job, tuple[str, ...]], object]
    schema_file: str | None = None  # jobconv's JSON Schema, for --check
    columns: tuple[str, ...] = ()  # a table's columns, in their default order
    frame: tuple[str, str] | None = None  # a feed's text before and after its jobs
    xsd: Path | None = None  # the XSD --check holds each job element to
    dropped: Callable[[Job], list[Dropped]] | None = None  # fields it cannot carry
    lacking: Callable[[Job], str | None] | None = None  # what its consumer requires, missing


@cache
def targets() -> dict[str, Target]:
    """Every target by name, built on first use: the boards' targets come from
    the dialects' YAML, and the writers are imported only when a run (or a
    listing) needs them, not by every command that imports :class:`Rendering`."""
    from ..feed.dialects import dialects
    from .hropen import to_hropen
    from .jsonld import to_jsonld
    from .table import COLUMNS, to_row

    return {
        t.name: t
        for t in (
            Target(
                "jsonld",
                "schema.org JobPosting JSON-LD",
                ("json", "jsonl", "html"),
                lambda job, columns: to_jsonld(job),
                "jobposting.schema.json",
            ),
            Target(
                "hropen",
                "HR Open PositionOpening",
                ("json", "jsonl"),
                lambda job, columns: to_hropen(job),
                "positionopening.schema.json",
            ),
            Target(
                "csv",
                "CSV",
                ("csv",),
                lambda job, columns: to_row(job, list(columns)),
                None,
                tuple(COLUMNS),
            ),
            *(dialect_target(d) for d in dialects() if d.write is not None),
        )
    }


def dialect_target(dialect: Dialect) -> Target:
    """The target of a dialect with a ``write`` section (``convert --to
    NAME``): its job elements as :mod:`.boards` writes them from the model,
    or, for a ``raw`` writer (YubHub's), as :mod:`.yubhub` writes them back
    from the texts read; framed, and held to the dialect's XSD, alike."""
    from . import boards

    assert dialect.write is not None
    d = dialect
    title = f"{'an' if d.title[0] in 'AEIOU' else 'a'} {d.title} feed"
    if d.write.raw:
        from . import yubhub

        write = yubhub.writer(d)
        return Target(
            d.name,
            title,
            ("xml",),
            lambda job, columns: write(job),
            frame=boards.frame(d),
            xsd=d.schema_path,
            dropped=yubhub.dropped_by(d),
            lacking=(lambda job: boards.lacking(job, d)) if d.write.requires else None,
        )
    return Target(
        d.name,
        title,
        ("xml",),
        lambda job, columns: boards.job_element(job, d),
        frame=boards.frame(d),
        xsd=d.schema_path,
        dropped=lambda job: boards.dropped(job, d),
        lacking=lambda job: boards.lacking(job, d),
    )


#: ``TARGETS``: :func:`targets`, built when first asked for.
__getattr__ = lazy_values(__name__, {"TARGETS": lambda: targets()})


@dataclass(frozen=True, slots=True)
class Rendering:
    """What a converter renders each job to: a target in one of its forms,
    as stream items or as files of their own (``per_file``). Plain values,
    so worker processes get it as it is; ``renderer()`` compiles it."""

    target: str
    form: str
    columns: tuple[str, ...] = ()
    check: bool = False
    per_file: bool = False
    bom: bool = False  # a table starts with a UTF-8 byte-order mark (for Excel)

    @classmethod
    def of(
        cls,
        target: str,
        form: str | None = None,
        columns: list[str] | None = None,
        check: bool = False,
        per_file: bool = False,
        bom: bool = False,
    ) -> Rendering:
        """A checked rendering; ValueError names what does not fit."""
        if target not in targets():
            raise ValueError(f"unknown target {target!r}; choose from {', '.join(targets())}")
        spec = targets()[target]
        form = form or spec.forms[0]
        if form not in spec.forms:
            raise ValueError(f"{target} output takes --format {'|'.join(spec.forms)}")
        if columns and not spec.columns:
            raise ValueError(f"--columns is for table output ({_tables()}), not {target}")
        if bom and not spec.columns:
            raise ValueError(f"--bom is for table output ({_tables()}), not {target}")
        unknown = [c for c in columns or [] if c not in spec.columns]
        if unknown:
            raise ValueError(
                f"unknown column(s) {', '.join(unknown)}; choose from {', '.join(spec.columns)}"
            )
        return cls(target, form, tuple(columns or spec.columns), check, per_file, bom)

    @property
    def spec(self) -> Target:
        return targets()[self.target]

    @property
    def shape(self) -> Form:
        from .forms import FORMS

        return FORMS[self.form]

    @property
    def head(self) -> str:
        """What a stream starts with: the header record of a table (after a
        byte-order mark, with ``bom``), ``[``..."""
        if self.spec.frame is not None:
            return self.spec.frame[0]
        if not self.spec.columns:
            return self.shape.head
        from .forms import csv_record

        return ("\ufeff" if self.bom else "") + csv_record(list(self.columns))

    def tail(self, written: int) -> str:
        """What a stream ends with, after ``written`` jobs."""
        if self.spec.frame is not None:
            return self.spec.frame[1]
        return self.shape.tail if written else self.shape.empty_tail

    def renderer(self) -> Callable[[Job], tuple[str, str | None, list[tuple[str, str]]]]:
        """``render(job)``: the job's text, what ``--check`` found wrong
        with its object (None when it passed, or was not asked for), and the
        fields the target has no place for (field, message)."""
        spec = self.spec
        build, columns, shape = spec.build, self.columns, self.shape
        text = shape.file if self.per_file else shape.item
        prefix = self.head if self.per_file and (spec.columns or spec.frame) else ""
        suffix = spec.frame[1] if self.per_file and spec.frame else ""
        # A feed for a board is always held to its XSD: nothing invalid is written.
        check = _element_checker(spec.xsd)
        if self.check and check is None:
            check = _object_checker(spec.schema_file)
        dropped, lacking = spec.dropped, spec.lacking

        def render(job: Job) -> tuple[str, str | None, list[Dropped]]:
            obj = build(job, columns)
            problem = lacking(job) if lacking is not None else None
            if problem is None and check is not None:
                problem = check(obj)
            return prefix + text(obj) + suffix, problem, dropped(job) if dropped else []

        return render


def _tables() -> str:
    return ", ".join(t.name for t in targets().values() if t.columns)


def _element_checker(xsd: Path | None) -> Callable[[object], str | None] | None:
    """For ``--check`` on XML: each job element against its format's XSD."""
    if xsd is None:
        return None
    return partial_check(xsd)


@cache
def partial_check(xsd: Path) -> Callable[[object], str | None]:
    from lxml import etree

    from ..feed.engines import load_engine

    engine = load_engine("lxml", xsd)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)

    def check(obj: object) -> str | None:
        element = etree.fromstring(str(obj).encode("utf-8"), parser)
        problems = engine.check(element)
        return f"{xsd.name}: {problems[0].message}" if problems else None

    return check


def _object_checker(schema_file: str | None) -> Callable[[object], str | None] | None:
    if schema_file is None:
        return None
    import jsonschema

    from ..feed.engines import default_schema_path

    path = default_schema_path().parent / schema_file
    validator = jsonschema.Draft202012Validator(json.loads(path.read_text(encoding="utf-8")))

    def check(obj: object) -> str | None:
        error = jsonschema.exceptions.best_match(validator.iter_errors(obj))
        if error is None:
            return None
        where = "/".join(str(p) for p in error.absolute_path) or "(the object)"
        return f"{path.name}: {where}: {error.message}"

    return check
