"""A dialect's job element read into the model's fields, as its YAML says.

Each model field (named as YubHub names it: ``Title``, ``Postedate``...)
has a :class:`Source`: the places to look in the job element (a child
``title``, a nested ``location/city``, an attribute ``@id``), whether to
take the first that holds text or join them all (``city, state``), named
transforms, and a table of values (``Fully remote`` -> ``remote``). The
result is the same ``raw`` texts a YubHub job gives, so the model, the
rules and the writers need not know which board a job came from; the feed's
own element names are kept beside them, for findings to name.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from lxml import etree

from ..normalize.dates import ambiguous, board_date

#: Countries whose dates are written month first (CLDR's M/d/y short dates).
MONTH_FIRST = frozenset({"US", "PH", "BZ", "FM", "MH", "PW"})


def _country(text: str) -> str:
    """A country name (``Portugal``, ``United Kingdom``) as its ISO code;
    the text unchanged when it names no country (the rules report it)."""
    from ..normalize.country import country_code

    return country_code(text) or text


#: The named value transforms a mapping may list, applied in order after
#: the text is found (``trim`` always comes first).
TRANSFORMS: dict[str, Callable[[str], str]] = {
    "trim": str.strip,
    "date": board_date,
    "date_dmy": lambda text: board_date(text, "dmy"),  # a board whose spec says day first
    "unescape": html.unescape,
    "country": _country,
}


def fold(text: str) -> str:
    """A value's key in a ``values`` table: lower case, ``-``/``_`` as spaces."""
    return " ".join(text.lower().replace("_", " ").replace("-", " ").split())


@dataclass(frozen=True, slots=True)
class Source:
    """Where a model field is found in a dialect's job element."""

    field: str
    paths: tuple[str, ...]
    join: bool = False
    transforms: tuple[str, ...] = ()
    values: Mapping[str, str] = field(default_factory=dict)
    #: Other shapes of the same field, tried in order (the first that gives
    #: text wins): Careerjet's ``location`` nested as city and region, or flat.
    alternatives: tuple[Source, ...] = ()

    @classmethod
    def of(cls, name: str, spec: object) -> Source:
        """A source from its YAML: a path, a list of paths (the first that
        holds text), or a mapping with ``from`` or ``join``, ``transform``
        and ``values``; or a list of such, the alternatives a feed may
        write the field in."""
        if isinstance(spec, str):
            return cls(name, (spec,))
        if isinstance(spec, list) and any(isinstance(s, dict) for s in spec):
            # The first shape is the spec's: the one writers write.
            shapes = tuple(cls.of(name, s) for s in spec)
            first = shapes[0]
            return cls(name, first.paths, first.join, first.transforms, first.values, shapes)
        if isinstance(spec, list):
            return cls(name, tuple(map(str, spec)))
        if not isinstance(spec, dict) or ("from" in spec) == ("join" in spec):
            raise ValueError(f"{name}: give a path, a list of paths, or from/join")
        paths = spec.get("from", spec.get("join"))
        transforms = tuple(spec.get("transform", ()))
        unknown = [t for t in transforms if t not in TRANSFORMS]
        if unknown:
            raise ValueError(f"{name}: unknown transform(s) {', '.join(unknown)}")
        values = {}
        for key, value in (spec.get("values") or {}).items():
            if not isinstance(key, str) or not isinstance(value, str):
                # YAML 1.1 reads yes, no, on, off unquoted as booleans
                raise ValueError(f"{name}: quote the value {key!r}: {value!r}")
            values[fold(key)] = value
        return cls(
            name,
            (paths,) if isinstance(paths, str) else tuple(map(str, paths)),
            "join" in spec,
            transforms,
            values,
        )

    @property
    def name(self) -> str:
        """What messages call the field in the feed: its first path, a
        namespace wildcard (``{*}company``) left out."""
        return self.paths[0].replace("{*}", "")

    @property
    def identity(self) -> bool:
        """Whether the field is the child of its own name, its text as it is
        (YubHub's ``Title: Title``): what a plain dialect is made of."""
        return (
            self.paths == (self.field,)
            and not self.join
            and not self.transforms
            and not self.values
            and not self.alternatives
        )

    @property
    def tags(self) -> tuple[str, ...]:
        """The element names this source reads (the last step of each path)."""
        return tuple(p.rsplit("/", 1)[-1] for p in self.paths if not p.startswith("@"))


def _qualified(name: str, namespaces: Mapping[str, str] | None) -> str:
    prefix, colon, local = name.partition(":")
    if colon and namespaces and prefix in namespaces:
        return f"{{{namespaces[prefix]}}}{local}"
    return name


def text_of(element: etree._Element) -> str:
    """An element's text: its own, or all of its descendants' when it has children."""
    if not len(element):
        return element.text or ""
    return "".join(element.itertext())


@dataclass(slots=True)
class Read:
    """One job element read through a mapping: ``raw`` texts and ``lines``
    keyed by model field, ``names`` the feed's name for each (its path)."""

    raw: dict[str, str]
    lines: dict[str, int]
    names: dict[str, str]
    parts: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a join's texts, by path


def read_job(
    element: etree._Element,
    sources: tuple[Source, ...],
    offset: int,
    namespaces: Mapping[str, str] | None = None,
    order: str | None = None,
) -> Read:
    """Read ``element`` (a job) through ``sources``; lines shifted by
    ``offset``; ``namespaces`` the prefixes the paths use (``job:company``);
    ``order`` how the feed writes ``NN/NN/YYYY`` dates, if its dates show it."""
    read = Read({}, {}, {}, {})
    for source in sources:
        shapes = source.alternatives or (source,)
        for shape in shapes:
            if _read_field(element, shape, offset, read, namespaces) and read.raw[source.field]:
                break
    _dated(read, sources, order)
    return read


def _dated(read: Read, sources: tuple[Source, ...], order: str | None) -> None:
    """``NN/NN/YYYY`` dates read as the feed writes them (``order``, told by
    its own dates), else as the job's country does (US month first,
    elsewhere day first); left as written when neither tells (T001 names
    both readings)."""
    for source in sources:
        text = read.raw.get(source.field, "")
        if "date" not in source.transforms or not text or ambiguous(text) is None:
            continue
        country = read.raw.get("Country", "")
        chosen = order or (
            ("mdy" if country in MONTH_FIRST else "dmy") if len(country) == 2 else None
        )
        if chosen is not None:
            read.raw[source.field] = board_date(text, chosen)


def _read_field(
    element: etree._Element,
    source: Source,
    offset: int,
    read: Read,
    namespaces: Mapping[str, str] | None = None,
) -> bool:
    """Read one field's ``source`` into ``read``; False if none of its paths is there."""
    found: list[tuple[str, str, int]] = []
    for path in source.paths:
        where, _, last = path.rpartition("/")
        attribute = last[1:] if last.startswith("@") else ""
        if attribute:  # "@id" on the job, "link/@href" on a child
            node = element.find(where, namespaces) if where else element
            value = node.get(_qualified(attribute, namespaces)) if node is not None else None
            if value is None:
                continue
            found.append((path, value, (node.sourceline if node is not None else 0) or 0))
        else:
            child = element.find(path, namespaces)
            if child is None:
                continue
            if path.startswith("{*}"):  # the name the feed writes: job:company
                path = f"{child.prefix}:{path[3:]}" if child.prefix else path[3:]
            found.append((path, text_of(child), child.sourceline or 0))
        if not source.join and found[-1][1].strip():
            break
    if not found:
        return False
    filled = [f for f in found if f[1].strip()]
    path, text, line = (filled or found)[0]
    if source.join:
        text = ", ".join(dict.fromkeys(" ".join(t.split()) for _, t, _ in filled))
        by_path = {p: t for p, t, _ in found}
        read.parts[source.field] = tuple(
            TRANSFORMS["unescape"](" ".join(by_path.get(p, "").split()))
            if "unescape" in source.transforms
            else " ".join(by_path.get(p, "").split())
            for p in source.paths
        )
    else:
        read.parts.pop(source.field, None)
    text = text.strip()
    for name in source.transforms:
        text = TRANSFORMS[name](text)
    if source.values and text:
        text = source.values.get(fold(text), text)
    read.raw[source.field] = text
    read.lines[source.field] = line + offset
    read.names[source.field] = path
    return True


#: The model fields a made id is built from, in order.
ID_PARTS = ("Title", "Applyto", "Location", "Employername")


def made_id(raw: Mapping[str, str]) -> str:
    """A stable id for a job whose board gives none: a hash of its title,
    apply link (else job URL), location and employer, so the same job gets
    the same id in every run and in every dialect that carries them."""
    key = "\x1f".join(" ".join(raw.get(name, "").split()) for name in ID_PARTS)
    return "jc-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
