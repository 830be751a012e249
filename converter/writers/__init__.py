"""Writers: each renders the job model in one output format.

A writer never re-reads XML or re-normalises a field: it maps a
:class:`~converter.model.Job` to its format, nothing else.
"""

from .hropen import to_hropen
from .jsonld import to_jsonld
from .table import COLUMNS, to_row
from .yubhub import to_yubhub

__all__ = ["COLUMNS", "to_hropen", "to_jsonld", "to_row", "to_yubhub"]
