"""Names a module gives that are imported, or built, only when first used (PEP 562).

``import converter`` (which every ``jobconv`` command does) and ``import
converter.writers`` must cost nothing for the parts a run does not touch:
``jobconv validate`` never loads the differ, the publishing gate or the
writers. A leaf module: any layer may use it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def lazy_names(
    package: str,
    homes: Mapping[str, str],
    namespace: dict[str, Any],
    renamed: Mapping[str, str] | None = None,
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """A module's ``__getattr__`` and ``__dir__``: each name of ``homes`` is
    imported from its module (relative to ``package``) on first use and kept
    in ``namespace``, the module's globals; ``renamed`` maps a name to the
    one it has in its home (an alias kept for library users)."""
    renamed = renamed or {}

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(home, package), renamed.get(name, name))
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*namespace, *homes})

    return __getattr__, __dir__


def lazy_values(module: str, makers: Mapping[str, Callable[[], Any]]) -> Callable[[str], Any]:
    """A module's ``__getattr__`` for values built when first asked for (a
    registry, a compiled vocabulary): each name of ``makers`` is what its
    function returns, made on each use (the functions cache what they build)."""

    def __getattr__(name: str) -> Any:
        make = makers.get(name)
        if make is None:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        return make()

    return __getattr__
