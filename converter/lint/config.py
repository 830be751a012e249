"""Configuration: ``[tool.jobconv]`` in pyproject.toml, or ``.jobconv.yaml``.

Found by walking up from the working directory (the first folder that has
either wins; ``.jobconv.yaml`` before ``pyproject.toml``), or named with
``--config``. Validated against ``schemas/config.schema.json``; command-line
options win over the file. Selection works as ruff's: ``select`` (default
``ALL``) plus ``extend-select``, minus ``ignore``; codes or code prefixes.
"""

from __future__ import annotations

import fnmatch
import json
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..feed.engines import default_schema_path
from ..results import Severity
from .rules import RULES

YAML_NAMES = (".jobconv.yaml", ".jobconv.yml")


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names file and key."""


@dataclass(slots=True)
class Settings:
    """Which codes are reported, where, and how severe; the XSD and engine."""

    select: list[str] = field(default_factory=lambda: ["ALL"])
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    severity: dict[str, Severity] = field(default_factory=dict)
    schema: Path | None = None
    engine: str | None = None
    dialect: str | None = None
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    valid_for: int | None = None  # days a posting lasts without a board's expiry date
    max_age: int | None = None  # days after which a posting with no end is stale (None: 90)
    max_drop: int | None = None  # percent of an output's jobs a run may drop (None: 50)
    scheduler: str | None = None  # a Dask scheduler's address, or local
    dialects: list[Path] = field(default_factory=list)  # folders (or files) of a user's dialects
    strict_yubhub: bool = True  # False: YubHub's unknown elements and stray text are S002/S005
    source: Path | None = None  # the file these came from

    def codes(self) -> set[str]:
        """The codes reported anywhere."""
        chosen = {c for c in RULES if _matches(c, self.select + self.extend_select)}
        return {c for c in chosen if not _matches(c, self.ignore)}

    def ignored_in(self, path: str) -> list[str]:
        """Selectors ignored for the feed at ``path``."""
        posix = PurePosixPath(Path(path).as_posix())
        found: list[str] = []
        for pattern, selectors in self.per_file_ignores.items():
            if fnmatch.fnmatch(str(posix), pattern) or posix.match(pattern):
                found += selectors
        return found


def _matches(code: str, selectors: list[str]) -> bool:
    return any(s == "ALL" or code.startswith(s) for s in selectors)


def find_config(start: Path | None = None) -> Path | None:
    """The configuration file that applies in ``start`` (default: cwd), if any."""
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        for name in YAML_NAMES:
            if (candidate / name).is_file():
                return candidate / name
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and "jobconv" in _read_toml(pyproject).get("tool", {}):
            return pyproject
    return None


def _read_toml(path: Path) -> dict:
    import tomllib  # only when a pyproject.toml is found

    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read TOML: {exc}") from None


def load_config(path: Path) -> Settings:
    """Read and validate one configuration file."""
    if path.suffix == ".toml":
        data = _read_toml(path).get("tool", {}).get("jobconv", {})
        where = "[tool.jobconv]"
    else:
        try:
            import yaml  # only for a YAML file: 10 ms of start-up otherwise

            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise ConfigError(f"{path}: cannot read YAML: {exc}") from None
        where = "top level"
    _validate(data, path, where)
    settings = Settings(source=path)
    settings.select = as_codes(data.get("select", settings.select))
    settings.extend_select = as_codes(data.get("extend-select", []))
    settings.ignore = as_codes(data.get("ignore", []))
    settings.per_file_ignores = {
        glob: as_codes(selectors) for glob, selectors in data.get("per-file-ignores", {}).items()
    }
    settings.severity = {as_codes([k])[0]: Severity(v) for k, v in data.get("severity", {}).items()}
    if "schema" in data:
        settings.schema = (path.parent / data["schema"]).resolve()
    settings.engine = data.get("engine")
    settings.include = data.get("include", [])
    settings.exclude = data.get("exclude", [])
    settings.valid_for = data.get("valid-for")
    settings.max_age = data.get("max-age")
    settings.max_drop = data.get("max-drop")
    settings.scheduler = data.get("scheduler")
    settings.strict_yubhub = data.get("strict-yubhub", True)
    settings.dialects = [(path.parent / d).resolve() for d in data.get("dialects", [])]
    settings.dialect = data.get("dialect")
    if settings.dialects or settings.dialect is not None:
        from ..feed.dialects import AUTO, DialectError, is_file_choice, names, use_dialects

        try:
            use_dialects(settings.dialects)
            if settings.dialect is not None and is_file_choice(settings.dialect):
                settings.dialect = use_dialects([path.parent / settings.dialect])[0]
        except DialectError as exc:
            raise ConfigError(f"{path}: dialects: {exc.strerror or exc}") from None
        if settings.dialect is not None and settings.dialect not in (AUTO, *names()):
            raise ConfigError(
                f"{path}: dialect: unknown dialect {settings.dialect!r};"
                f" choose from {AUTO}, {', '.join(names())}"
            )
    return settings


def _validate(data: object, path: Path, where: str) -> None:
    schema_file = default_schema_path().parent / "config.schema.json"
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    if not surely_valid(data, schema, schema):
        _explain(data, schema, path, where)
    for key in ("select", "extend-select", "ignore"):
        check_selectors(as_codes(data.get(key, [])), f"{path}: {key}")  # type: ignore[union-attr]
    for glob, selectors in data.get("per-file-ignores", {}).items():  # type: ignore[union-attr]
        check_selectors(as_codes(selectors), f"{path}: per-file-ignores.{glob}")
    for code in data.get("severity", {}):  # type: ignore[union-attr]
        check_selectors(as_codes([code]), f"{path}: severity")


def _explain(data: object, schema: dict, path: Path, where: str) -> None:
    """ConfigError with jsonschema's best-matching error, if it finds one."""
    import jsonschema  # ~0.1 s to import: only for a file the quick check doubts

    error = jsonschema.exceptions.best_match(
        jsonschema.Draft202012Validator(schema).iter_errors(data)
    )
    if error is not None:
        key = ".".join(str(p) for p in error.absolute_path) or where
        raise ConfigError(f"{path}: {key}: {error.message}")


#: Keywords that only describe: they hold an instance to nothing.
_ANNOTATIONS = frozenset({"$schema", "$id", "$defs", "title", "description", "default"})


def surely_valid(data: object, node: dict, root: dict) -> bool:
    """True only when ``data`` is valid against the schema ``node``, for the
    keywords config.schema.json uses, read as strictly as JSON Schema 2020-12
    reads them. False means "ask jsonschema": an error, or a case this check
    does not decide (an unknown keyword, a float for an integer...), so that
    a valid file's run never imports jsonschema and an invalid one gets
    jsonschema's own message."""
    for key, want in node.items():
        if key in _ANNOTATIONS:
            continue
        check = _KEYWORDS.get(key)
        if check is None or not check(data, want, node, root):
            return False
    return True


def _type(data: object, want: str, node: dict, root: dict) -> bool:
    types = {"object": dict, "array": list, "string": str, "integer": int}
    if not isinstance(want, str) or want not in types:  # a list of types: ask jsonschema
        return False
    return isinstance(data, types[want]) and not isinstance(data, bool)


def _ref(data: object, want: str, node: dict, root: dict) -> bool:
    if not want.startswith("#/$defs/"):
        return False
    return surely_valid(data, root["$defs"][want.removeprefix("#/$defs/")], root)


def _properties(data: object, want: dict, node: dict, root: dict) -> bool:
    if not isinstance(data, dict):
        return False
    return all(surely_valid(data[k], s, root) for k, s in want.items() if k in data)


def _additional(data: object, want: bool | dict, node: dict, root: dict) -> bool:
    if not isinstance(data, dict):
        return False
    extra = [v for k, v in data.items() if k not in node.get("properties", {})]
    if isinstance(want, bool):
        return want or not extra
    return all(surely_valid(v, want, root) for v in extra)


def _property_names(data: object, want: dict, node: dict, root: dict) -> bool:
    return isinstance(data, dict) and all(surely_valid(k, want, root) for k in data)


def _items(data: object, want: dict, node: dict, root: dict) -> bool:
    return isinstance(data, list) and all(surely_valid(v, want, root) for v in data)


def _enum(data: object, want: list, node: dict, root: dict) -> bool:
    return isinstance(data, str) and data in want


def _pattern(data: object, want: str, node: dict, root: dict) -> bool:
    return isinstance(data, str) and re.search(want, data) is not None


def _min_length(data: object, want: int, node: dict, root: dict) -> bool:
    return isinstance(data, str) and len(data) >= want


def _minimum(data: object, want: int, node: dict, root: dict) -> bool:
    return isinstance(data, int) and not isinstance(data, bool) and data >= want


_KEYWORDS = {
    "type": _type,
    "$ref": _ref,
    "properties": _properties,
    "additionalProperties": _additional,
    "propertyNames": _property_names,
    "items": _items,
    "enum": _enum,
    "pattern": _pattern,
    "minLength": _min_length,
    "minimum": _minimum,
}


def as_codes(selectors: list[str]) -> list[str]:
    """Selectors with each rule name (``empty-compensation``) replaced by its
    code, as ``jobconv rules NAME`` takes it; codes and prefixes as they are."""
    codes = {rule.name: code for code, rule in RULES.items()}
    return [codes.get(s.lower(), s) for s in selectors]


def check_selectors(selectors: list[str], where: str) -> None:
    """Raise ConfigError for a selector that matches no rule."""
    for s in selectors:
        if s != "ALL" and not any(code.startswith(s) for code in RULES):
            raise ConfigError(f"{where}: {s!r} matches no rule; `jobconv rules` lists them")
