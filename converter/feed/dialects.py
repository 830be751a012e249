"""Feed dialects: which board's format a feed is written in, and how to read it.

Each dialect is data: ``schemas/dialects/NAME.yaml`` gives its root element,
the path to its job element, its XSD (``NAME.xsd`` beside it; YubHub's is
``schemas/yubhub.xsd``), the spec it follows, the child elements that tell it
apart from the others (``signature``), and where each model field is found
(``fields``, read by :mod:`converter.feed.mapping`). YubHub is one of them,
whose fields are each the job child of the same name: a
:attr:`Dialect.plain` one, which the reader takes without the mapping. A
feed's dialect is told from its opening bytes
(:func:`converter.feed.detect.detect`): its root, the path to its first job,
and that job's children. So a feed is read by the mapping its shape fits,
whatever board it says it is for.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from lxml import etree

from ..model import FIELDS
from .mapping import Source

#: How much of a feed is read to tell its dialect.
HEAD_BYTES = 256 * 1024

#: The ``--dialect`` value that tells the dialect from each feed.
AUTO = "auto"

#: The dialect jobconv began with: listed first, and the one a feed is read
#: in when nothing tells another (no element, no job, a file that cannot be
#: opened: its reader reports it). A choice of the program's, not a property
#: of the format, so a name here rather than a key of its YAML.
DEFAULT = "yubhub"


@dataclass(frozen=True, slots=True)
class Writing:
    """How jobconv writes a dialect (its YAML's ``write``): the date format
    (``iso``, ``dd.mm.yyyy``, ``dd/mm/yyyy``), the values a field's model
    value is written as (``FULL_TIME`` -> ``fulltime``), header elements,
    and the fields the board requires a value for (a job without one is
    held back from that board's feed).

    A field read from several elements (Careerjet's Jobtype from
    ``working_hours`` or ``contract_type``) may give each element its own
    table of values (``by_element``): hours go to one, contracts to the
    other. ``also`` names elements the board asks for that reading does not
    need, each with the model field it is written from (Indeed's
    ``requisitionid`` from externalid). ``requires`` may name an element
    (``state``) as well as a model field.

    ``raw``: each element is written with its text as the feed gave it
    (``Job.source.raw``), not the model's value (YubHub's, by
    :mod:`converter.writers.yubhub`), so that reading the output gives the
    same job; for a plain dialect only, whose elements are the fields."""

    date: str = "iso"
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    header: tuple[tuple[str, str], ...] = ()
    requires: tuple[str, ...] = ()  # model fields (or elements) the board needs a value in
    by_element: Mapping[str, Mapping[str, Mapping[str, str]]] = field(default_factory=dict)
    also: tuple[tuple[str, str], ...] = ()  # (element, model field)
    raw: bool = False  # the feed's own texts written back, not the model's values

    @classmethod
    def of(cls, data: dict) -> Writing:
        if data.get("date", "iso") not in DATE_FORMATS:
            raise ValueError(f"write: date: choose from {', '.join(DATE_FORMATS)}")
        values: dict[str, dict[str, str]] = {}
        by_element: dict[str, dict[str, dict[str, str]]] = {}
        for name, table in (data.get("values") or {}).items():
            if all(isinstance(v, dict) for v in table.values()):
                by_element[name] = {
                    str(e): {str(a): str(b) for a, b in t.items()} for e, t in table.items()
                }
                values[name] = {a: b for t in by_element[name].values() for a, b in t.items()}
            else:
                values[name] = {str(a): str(b) for a, b in table.items()}
        header = tuple((str(k), str(v)) for k, v in (data.get("header") or {}).items())
        requires = tuple(map(str, data.get("requires", ())))
        also = tuple((str(k), str(v)) for k, v in (data.get("also") or {}).items())
        raw = bool(data.get("raw", False))
        return cls(str(data.get("date", "iso")), values, header, requires, by_element, also, raw)


#: The date formats a dialect can be written with.
DATE_FORMATS = ("iso", "dd.mm.yyyy", "dd/mm/yyyy")


@dataclass(frozen=True, slots=True)
class Dialect:
    """One board's feed format, as ``schemas/dialects/NAME.yaml`` describes it.

    ``make_id``: the board's jobs may carry no id, and jobconv makes one
    (:func:`converter.feed.mapping.made_id`). ``strict``: its jobs are held
    to its XSD as they are (YubHub's): an element it does not declare, or
    text between elements, is an XSD error rather than read past, and its
    feeds are never looked for inside an envelope."""

    name: str
    title: str
    root: str
    job: tuple[str, ...]
    spec: str
    schema: str
    signature: frozenset[str]
    fields: tuple[Source, ...] = ()
    make_id: bool = False
    write: Writing | None = None
    roots: tuple[str, ...] = ()  # every root its XSD allows (``root`` first)
    folder: Path | None = None  # a user's dialect: the folder of its YAML (its XSD's too)
    required: tuple[str, ...] = ()  # model fields a job needs, checked without an XSD
    namespaces: Mapping[str, str] = field(default_factory=dict)  # prefix -> URI, for paths
    envelope: tuple[str, ...] = ()  # elements around the board's root it does not specify
    strict: bool = False  # jobs held to the XSD as they are: nothing read past

    def enveloped(self, envelope: tuple[str, ...]) -> Dialect:
        """This dialect with its root inside ``envelope`` (``<rss>`` around
        Adzuna's ``<jobs>``): named ``adzuna in <rss>``, which
        :func:`by_name` reads back."""
        return replace(
            self,
            name=f"{self.name} in {''.join(f'<{t}>' for t in envelope)}",
            root=envelope[0],
            roots=(envelope[0],),
            job=envelope + self.job,
            envelope=envelope,
        )

    @property
    def board(self) -> str:
        """The name of the dialect an enveloped one wraps (its own otherwise)."""
        return self.name.partition(" in <")[0]

    @property
    def job_tag(self) -> str:
        return self.job[-1]

    @property
    def container(self) -> str:
        """The element jobs sit in."""
        return self.job[-2]

    def source(self, field: str) -> Source | None:
        return next((s for s in self.fields if s.field == field), None)

    def carries(self, field: str) -> bool:
        """Whether the dialect has a place for model field ``field``."""
        return self.source(field) is not None

    @property
    def plain(self) -> bool:
        """Whether every model field is the job child of the same name, read
        as it is (YubHub): then a job's children are its fields, and the
        reader takes them without the mapping (its fast path). No transform,
        table, join or made id; nothing beyond the model's fields."""
        return (
            not self.make_id
            and len(self.fields) == len(FIELDS)
            and {s.field for s in self.fields} == set(FIELDS)
            and all(s.identity for s in self.fields)
        )

    @property
    def carried(self) -> frozenset[str] | None:
        """The model fields the dialect has a place for, as ``Job.source.carried``
        gives them: None for a plain dialect, which carries every one."""
        if self.plain:
            return None
        return frozenset(s.field for s in self.fields) | {"externalid"}

    def describe(self, field: str) -> str:
        """Where the dialect keeps ``field``, for listings (``none``)."""
        source = self.source(field)
        if source is None:
            return "none, made up" if field == "externalid" and self.make_id else "none"
        return (" + " if source.join else " | ").join(source.paths)

    @property
    def job_children(self) -> frozenset[str]:
        """The job element's children its XSD declares."""
        return _declared(self.name)[0]

    @property
    def direct_children(self) -> frozenset[str]:
        """The job element's own children its XSD declares."""
        return _declared(self.name)[3]

    @property
    def header(self) -> frozenset[str]:
        """The root's children its XSD declares, other than the job path."""
        return _declared(self.name)[1]

    @property
    def required_children(self) -> tuple[str, ...]:
        """The job's children its XSD requires."""
        return _declared(self.name)[2]

    @property
    def schema_path(self) -> Path:
        """The dialect's XSD. A dialect of a user's without one gets a
        permissive one, made here: its root, containers and jobs, holding
        anything (its ``required`` fields are checked instead)."""
        if not self.schema:
            return _permissive(self)
        if self.folder is not None:
            return self.folder / self.schema
        # Beside its YAML in schemas/dialects/; YubHub's is ``../yubhub.xsd``,
        # where other tools point (normalised: messages name the file).
        folder = Path(str(resources.files("converter.schemas"))) / "dialects"
        return Path(os.path.normpath(folder / self.schema))

    @property
    def mapped(self) -> frozenset[str]:
        """The job children its mapping reads (their first path steps, as lxml names them)."""
        found = set()
        for source in self.fields:
            for shape in source.alternatives or (source,):
                for path in shape.paths:
                    step = path.split("/", 1)[0]
                    if step and not step.startswith("@"):
                        found.add(_clark(step.split("[", 1)[0], self.namespaces))
        return frozenset(found)


class DialectError(OSError):
    """A feed no known dialect fits, or a dialect name jobconv does not know.
    An OSError, so that every command reports it as a feed it cannot read
    (exit 2)."""


@cache
def _declared(
    name: str,
) -> tuple[frozenset[str], frozenset[str], tuple[str, ...], frozenset[str]]:
    """What a dialect's XSD declares: every element below its job (nested
    ones included), the root's children other than the job path, the
    job's required children, in the XSD's order, and all its children."""
    dialect = by_name(name)
    xs = "{http://www.w3.org/2001/XMLSchema}"
    if not dialect.schema:  # no XSD: what the mapping reads is what it knows
        return dialect.mapped, frozenset(), (), dialect.mapped
    tree = etree.parse(str(dialect.schema_path), etree.XMLParser(no_network=True))
    top = {d.get("name"): d for d in tree.getroot().iterchildren(f"{xs}element")}

    def below(tag: str) -> frozenset[str]:
        declared = top.get(tag)
        if declared is None:
            return frozenset()
        found = (e.get("name") or e.get("ref") for e in declared.iter(f"{xs}element"))
        return frozenset(n for n in found if n and n != tag)

    job = top.get(dialect.job_tag)
    direct = [] if job is None else job.findall(f"{xs}complexType/*/{xs}element")
    required = tuple(e.get("name") for e in direct if e.get("minOccurs") != "0" and e.get("name"))
    own = frozenset(e.get("name") or e.get("ref") for e in direct) - {None}
    return below(dialect.job_tag), below(dialect.root) - set(dialect.job), required, own


def _clark(name: str, namespaces: Mapping[str, str]) -> str:
    """``job:company`` as lxml names it, ``{uri}company``; a name without a prefix as it is."""
    prefix, colon, local = name.partition(":")
    if colon and prefix in namespaces:
        return f"{{{namespaces[prefix]}}}{local}"
    return name


_MADE: dict[str, Path] = {}


def _permissive(dialect: Dialect) -> Path:
    """An XSD for a dialect without one: its path's elements, any content."""
    made = _MADE.get(dialect.name)
    if made is not None and made.exists():
        return made
    import atexit
    import shutil
    import tempfile

    uris = {etree.QName(t).namespace for t in dialect.job}
    target = next(iter(uris)) if len(uris) == 1 else None
    anything = (
        '<xs:complexType mixed="true"><xs:sequence><xs:any processContents="lax" minOccurs="0"'
        ' maxOccurs="unbounded" namespace="##any"/></xs:sequence>'
        '<xs:anyAttribute processContents="skip"/></xs:complexType>'
    )
    names = dict.fromkeys((*dialect.roots, *dialect.job))
    elements = "".join(
        f'<xs:element name="{etree.QName(t).localname}">{anything}</xs:element>' for t in names
    )
    space = f' targetNamespace="{target}" elementFormDefault="qualified"' if target else ""
    folder = Path(tempfile.mkdtemp(prefix="jobconv-xsd-"))
    atexit.register(shutil.rmtree, folder, True)
    path = folder / f"{dialect.name}.xsd"
    path.write_text(
        f'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"{space}>{elements}</xs:schema>\n',
        encoding="utf-8",
    )
    _MADE[dialect.name] = path
    return path


class DialectFileError(DialectError):
    """A dialect file that is not one: ``file:line: what is wrong`` (exit 2)."""


@cache
def _file_schema() -> dict:
    import json

    folder = Path(str(resources.files("converter.schemas")))
    return json.loads((folder / "dialect.schema.json").read_text(encoding="utf-8"))


def _line_of(node: object, path: Iterable[object]) -> int:
    """The 1-based line of the YAML node at ``path`` (keys and indexes), or
    of the deepest node on the way that exists."""
    import yaml

    line = node.start_mark.line
    for step in path:
        if isinstance(node, yaml.MappingNode):
            found = next((v for k, v in node.value if k.value == step), None)
            key = next((k for k, _ in node.value if k.value == step), None)
            if found is None:
                break
            line, node = key.start_mark.line, found  # the key's line: where an editor points
        elif (
            isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value)
        ):
            node = node.value[step]
            line = node.start_mark.line
        else:
            break
    return line + 1


def load_dialect(path: Path, *, builtin: bool = False) -> Dialect:
    """The dialect in the YAML file at ``path``, checked against
    ``schemas/dialect.schema.json``; DialectFileError naming the file, the
    line and what is wrong."""
    import yaml

    # libyaml's loader where PyYAML has it: the same data, several times faster.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        text = path.read_text(encoding="utf-8")
        # The node tree places a user's mistakes by line; the bundled files are tested.
        node = None if builtin else yaml.compose(text, Loader=loader)
        data = yaml.load(text, Loader=loader)
    except OSError as exc:
        raise DialectFileError(
            0, f"cannot read dialect file {path}: {exc.strerror or exc}"
        ) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise DialectFileError(
            0, f"{path}{line}: not YAML: {getattr(exc, 'problem', exc)}"
        ) from exc
    if not builtin:  # the bundled ones are tested: no jsonschema at start-up
        import jsonschema

        errors = sorted(
            jsonschema.Draft202012Validator(_file_schema()).iter_errors(data),
            key=lambda e: (len(e.absolute_path), list(map(str, e.absolute_path))),
        )
        if errors:
            error = errors[0]
            steps = list(error.absolute_path)
            said = _said(error)
            if "propertyNames" in error.absolute_schema_path:  # a key that is no model field
                steps.append(error.instance)
                fields = _file_schema()["$defs"]["field"]["enum"]
                said = f"{error.instance!r} is no model field; choose from {', '.join(fields)}"
            where = "/".join(map(str, steps)) or "(the file)"
            line = _line_of(node, steps) if node is not None else 1
            raise DialectFileError(0, f"{path}:{line}: {where}: {said}")
    try:
        spaces = {str(k): str(v) for k, v in (data.get("namespaces") or {}).items()}
        dialect = Dialect(
            name=data["name"],
            title=str(data.get("title", data["name"])),
            root=_clark(data["root"], spaces),
            job=tuple(_clark(t, spaces) for t in data["job"]),
            spec=str(data.get("spec", "")),
            schema=str(data.get("schema", "")),
            signature=frozenset(_clark(t, spaces) for t in data.get("signature", ())),
            fields=_fields(data.get("fields")),
            make_id=bool(data.get("make_id", False)),
            write=Writing.of(data["write"]) if "write" in data else None,
            roots=tuple(_clark(t, spaces) for t in data.get("roots", [data["root"]])),
            folder=None if builtin else path.resolve().parent,
            required=tuple(data.get("required", ())),
            namespaces=spaces,
            strict=bool(data.get("strict", False)),
        )
        if dialect.write is not None and dialect.write.raw:
            _check_raw(dialect)
        return dialect
    except (KeyError, TypeError, ValueError) as exc:
        raise DialectFileError(0, f"{path}:1: not a dialect: {exc}") from exc


def _fields(given: Mapping[str, object] | None) -> tuple[Source, ...]:
    """A YAML's ``fields`` as sources. A file without any (as dialect files
    of a user's could be written before YubHub listed its own) means the
    job's children are the fields themselves: each model field its own
    element, a plain dialect."""
    if not given:
        return tuple(Source.of(name, name) for name in FIELDS)
    return tuple(Source.of(k, v) for k, v in given.items())


def _check_raw(dialect: Dialect) -> None:
    """ValueError for a ``write: raw`` the dialect cannot be written with:
    its texts are written under the fields' names, in its job path."""
    if not dialect.plain:
        raise ValueError("write: raw is for a dialect whose fields are each its own element")
    if any("{" in tag for tag in dialect.job):
        raise ValueError("write: raw writes a job path without namespaces")
    writing = dialect.write
    if writing is not None and (writing.values or writing.also or writing.date != "iso"):
        raise ValueError("write: raw writes the texts as read: no date, values or also")


def _said(error: object) -> str:
    """A JSON Schema error in a few words (a oneOf's own messages are long)."""
    message = getattr(error, "message", str(error))
    return message if len(message) <= 200 else message[:197] + "..."


def _load(path: Path) -> Dialect:
    return load_dialect(path, builtin=True)


@lru_cache(maxsize=1)
def _builtin() -> tuple[Dialect, ...]:
    folder = Path(str(resources.files("converter.schemas").joinpath("dialects")))
    found = [_load(path) for path in sorted(folder.glob("*.yaml"))]
    return tuple(sorted(found, key=lambda d: (d.name != DEFAULT, d.name)))


#: The dialect files of a user's read in this process, in order (use_dialects).
_USERS: dict[str, Dialect] = {}


def use_dialects(paths: Iterable[str | Path]) -> tuple[str, ...]:
    """Read the dialect files at ``paths`` (files, or folders of ``*.yaml``),
    after the built-in ones: a name already taken is an error. Returns their
    names. The same file twice is read once."""
    taken = {d.name: "jobconv" for d in _builtin()}
    names = []
    for given in paths:
        where = Path(given)
        files = sorted([*where.glob("*.yaml"), *where.glob("*.yml")]) if where.is_dir() else [where]
        if where.is_dir() is False and not where.exists():
            raise DialectFileError(0, f"no dialect file or folder {str(given)!r}")
        for file in files:
            key = str(file.resolve())
            if key in _USERS:
                names.append(_USERS[key].name)
                continue
            dialect = load_dialect(file)
            clash = taken.get(dialect.name) or next(
                (k for k, d in _USERS.items() if d.name == dialect.name), None
            )
            if clash:
                raise DialectFileError(
                    0, f"{file}:1: name: {dialect.name!r} is taken (by {clash}): choose another"
                )
            _USERS[key] = dialect
            names.append(dialect.name)
    dialects.cache_clear()
    _declared.cache_clear()
    return tuple(names)


def user_files() -> tuple[str, ...]:
    """The dialect files of a user's read so far, for worker processes."""
    return tuple(_USERS)


def is_file_choice(choice: str) -> bool:
    """Whether a --dialect value names a file rather than a dialect."""
    return choice.endswith((".yaml", ".yml")) or "/" in choice or os.sep in choice


@lru_cache(maxsize=1)
def dialects() -> tuple[Dialect, ...]:
    """Every known dialect: YubHub first, the built-in ones, then a user's."""
    return _builtin() + tuple(_USERS.values())


def names() -> tuple[str, ...]:
    return tuple(d.name for d in dialects())


def by_name(name: str) -> Dialect:
    """The dialect called ``name`` (or in the file ``name`` names; or
    ``adzuna in <rss>``, a dialect in an envelope); DialectError lists the
    known ones."""
    wrapped = _ENVELOPED.fullmatch(name)
    if wrapped:
        return by_name(wrapped[1]).enveloped(tuple(re.findall(r"<([^<>]+)>", wrapped[2])))
    if is_file_choice(name):
        name = use_dialects([name])[0]
    for dialect in dialects():
        if dialect.name == name:
            return dialect
    raise DialectError(0, f"unknown dialect {name!r}; choose from {AUTO}, {', '.join(names())}")


_ENVELOPED = re.compile(r"(\S+) in ((?:<[^<>\s]+>)+)")


def yubhub() -> Dialect:
    """The :data:`DEFAULT` dialect (it sorts first)."""
    return dialects()[0]


def check_names(chosen: Iterable[str]) -> None:
    """Raise DialectError for a name that is neither ``auto`` nor a dialect."""
    for name in chosen:
        if name != AUTO:
            by_name(name)
