"""XSD engines: check one element against the feed schema.

Two engines run the same XSD. ``lxml`` (libxml2, C) is the default: it is
several times faster and keeps memory flat; ``xmlschema`` (pure Python) is the
reference and the way to run XSD 1.1 schemas. Both are handed one ``<job>``
at a time while the feed streams, then the feed's skeleton (``source`` and
``jobs`` with the jobs taken out), so together they judge the whole document.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Protocol

from lxml import etree

ENGINES = ("lxml", "xmlschema")


def default_schema_path() -> Path:
    """The bundled ``yubhub.xsd``, wherever the package is installed."""
    return Path(str(resources.files("converter.schemas").joinpath("yubhub.xsd")))


@dataclass(frozen=True, slots=True)
class SchemaProblem:
    """One XSD violation: the element it is about and the engine's message."""

    element: etree._Element
    message: str
    unexpected: bool = False  # an element the content model does not allow here


class Engine(Protocol):
    name: str

    def check(self, element: etree._Element) -> list[SchemaProblem]: ...


class SchemaLoadError(Exception):
    """The XSD itself cannot be read or compiled."""


_STEP = re.compile(r"(?:[^:\[\]]*:)?(?P<name>[^\[\]]+)(?:\[(?P<index>\d+)\])?")


def _relative(element: etree._Element, path: str | None) -> etree._Element:
    """The element at ``path`` (``/job/Title[2]``, as engines report it) below
    ``element``; ``element`` itself when the path leads nowhere."""
    current = element
    for step in (path or "").strip("/").split("/")[1:]:
        m = _STEP.fullmatch(step)
        if not m:
            return current
        name, index = m["name"], int(m["index"] or 1)
        matches = [
            c for c in current.iterchildren(etree.Element) if etree.QName(c).localname == name
        ]
        if len(matches) < index:
            return current
        current = matches[index - 1]
    return current


class LxmlEngine:
    """libxml2's XSD 1.0 validator."""

    name = "lxml"

    def __init__(self, schema_path: Path) -> None:
        try:
            doc = etree.parse(str(schema_path), _safe_parser())
            self._schema = etree.XMLSchema(doc)
        except (OSError, etree.XMLSyntaxError, etree.XMLSchemaParseError) as exc:
            raise SchemaLoadError(f"{schema_path}: cannot load the XSD: {exc}") from exc

    def validates(self, element: etree._Element) -> bool:
        """Whether ``element`` (a whole document, say) is valid: one call into C."""
        return self._schema.validate(element)

    def check(self, element: etree._Element) -> list[SchemaProblem]:
        if self._schema.validate(element):
            return []
        problems = []
        for err in self._schema.error_log:
            message = err.message
            problems.append(
                SchemaProblem(
                    element=_relative(element, err.path),
                    message=message,
                    unexpected=message.endswith("This element is not expected.")
                    or "This element is not expected. Expected" in message,
                )
            )
        return problems


_LINE_SUFFIX = re.compile(r"\s*Path:.*$", re.DOTALL)


class XmlschemaEngine:
    """The pure-Python ``xmlschema`` validator (XSD 1.0, or 1.1 with ``version``)."""

    name = "xmlschema"

    def __init__(self, schema_path: Path, version: str = "1.0") -> None:
        import xmlschema  # costly import (~0.3 s): only when this engine is chosen

        cls = xmlschema.XMLSchema11 if version == "1.1" else xmlschema.XMLSchema10
        try:
            self._schema = cls(str(schema_path))
        except (OSError, xmlschema.XMLSchemaException) as exc:
            raise SchemaLoadError(f"{schema_path}: cannot load the XSD: {exc}") from exc

    def check(self, element: etree._Element) -> list[SchemaProblem]:
        problems = []
        for err in self._schema.iter_errors(element):
            invalid = getattr(err, "invalid_child", None)
            if invalid is not None:
                problems.append(
                    SchemaProblem(invalid, f"Element '{invalid.tag}': {err.reason}", True)
                )
                continue
            target = err.elem if err.elem is not None else element
            reason = _LINE_SUFFIX.sub("", err.reason or str(err))
            if isinstance(err.obj, str):
                # For a union the reason speaks of its last member only;
                # name the declared type instead, as libxml2 does.
                decl = self._schema.find(err.path) if err.path else None
                kind = getattr(getattr(decl, "type", None), "local_name", None)
                reason = (
                    f"{err.obj!r} is not a valid value of the type {kind!r}"
                    if kind
                    else (f"invalid value {err.obj!r}: {reason}")
                )
            problems.append(SchemaProblem(target, f"Element '{target.tag}': {reason}"))
        return problems


def load_engine(name: str = "lxml", schema: Path | None = None) -> Engine:
    """Compile ``schema`` (default: the bundled XSD) for engine ``name``."""
    path = schema or default_schema_path()
    factories: dict[str, Callable[[Path], Engine]] = {
        "lxml": LxmlEngine,
        "xmlschema": XmlschemaEngine,
    }
    try:
        return factories[name](path)
    except KeyError:
        raise ValueError(f"unknown engine {name!r}; choose from {', '.join(ENGINES)}") from None


def all_problems(engine: Engine, element: etree._Element) -> list[SchemaProblem]:
    """Every problem of ``element``.

    Both engines stop checking an element's content at the first child they
    do not expect, which would hide, say, a missing ``Title`` behind an
    unknown ``<Bonus>``. So unexpected children are taken out and the element
    checked again, until nothing new turns up; then they are put back.
    """
    problems = engine.check(element)
    removed: list[tuple[int, etree._Element]] = []
    try:
        for _ in range(len(element)):
            unexpected = [
                p.element
                for p in problems
                if p.unexpected and p.element is not element and p.element.getparent() is element
            ]
            unexpected = [e for e in unexpected if all(e is not r for _, r in removed)]
            if not unexpected:
                break
            for child in unexpected:
                removed.append((element.index(child), child))
                element.remove(child)
            seen = {(id(p.element), p.message) for p in problems}
            problems += [p for p in engine.check(element) if (id(p.element), p.message) not in seen]
    finally:
        for index, child in reversed(removed):
            element.insert(index, child)
    return problems


def _safe_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
