"""Small helpers the writers share."""

from __future__ import annotations

from decimal import Decimal

#: A field a writer cannot carry: the field, a message template naming fields
#: as placeholders (``{Salaryrange}``: the reader fills in the feed's own
#: name), and the values the template quotes (``{text!r}``), filled in as given.
Dropped = tuple[str, str, dict[str, object]]


def number(value: Decimal) -> int | float:
    """A Decimal as a JSON number: an int when whole, else a float."""
    return int(value) if value == value.to_integral_value() else float(value)


#: The values :func:`compact` leaves out, built once (a literal ``[]`` or
#: ``{}`` in the test would be built again for every value tested).
_EMPTY = (None, "", [], {}, ())


def compact(mapping: dict) -> dict:
    """``mapping`` without the keys whose value is None, empty or {}."""
    return {k: v for k, v in mapping.items() if v not in _EMPTY}
