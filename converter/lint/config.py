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
import tomllib
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
    settings.dialect = data.get("dialect")
    if settings.dialect is not None:
        from ..feed.dialects import AUTO, names

        if settings.dialect not in (AUTO, *names()):
            raise ConfigError(
                f"{path}: dialect: unknown dialect {settings.dialect!r};"
                f" choose from {AUTO}, {', '.join(names())}"
            )
    return settings


def _validate(data: object, path: Path, where: str) -> None:
    import jsonschema

    schema_file = default_schema_path().parent / "config.schema.json"
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    error = jsonschema.exceptions.best_match(
        jsonschema.Draft202012Validator(schema).iter_errors(data)
    )
    if error is not None:
        key = ".".join(str(p) for p in error.absolute_path) or where
        raise ConfigError(f"{path}: {key}: {error.message}")
    for key in ("select", "extend-select", "ignore"):
        check_selectors(as_codes(data.get(key, [])), f"{path}: {key}")  # type: ignore[union-attr]
    for glob, selectors in data.get("per-file-ignores", {}).items():  # type: ignore[union-attr]
        check_selectors(as_codes(selectors), f"{path}: per-file-ignores.{glob}")
    for code in data.get("severity", {}):  # type: ignore[union-attr]
        check_selectors(as_codes([code]), f"{path}: severity")


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
