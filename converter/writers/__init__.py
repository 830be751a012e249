"""Writers: each renders the job model in one output format.

A writer never re-reads XML or re-normalises a field: it maps a
:class:`~converter.model.Job` to its format, nothing else. The names below
are imported on first use, so that importing :mod:`.targets` (as every
command does, for :class:`~converter.writers.targets.Rendering`) loads no
writer a run does not write with.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import lazy_names

if TYPE_CHECKING:
    from .hropen import to_hropen
    from .jsonld import to_jsonld
    from .table import COLUMNS, to_row
    from .yubhub import to_yubhub

_HOMES = {
    "COLUMNS": ".table",
    "to_hropen": ".hropen",
    "to_jsonld": ".jsonld",
    "to_row": ".table",
    "to_yubhub": ".yubhub",
}


__getattr__, __dir__ = lazy_names(__name__, _HOMES, globals())


__all__ = ["COLUMNS", "to_hropen", "to_jsonld", "to_row", "to_yubhub"]
