"""A compact set of 64-bit keys with a line each, for feed-wide duplicate checks.

A feed of a million jobs must not hold a million Python objects: keys and
lines live in two flat arrays (open addressing, linear probing), about 12
bytes a slot instead of the ~160 of a dict of ints.
"""

from __future__ import annotations

from array import array


class SeenKeys:
    """``first_line(key, line)``: the line stored for ``key``, or store ``line``."""

    def __init__(self, capacity: int = 1024) -> None:
        self._keys = array("Q", bytes(8 * capacity))
        self._lines = array("I", bytes(4 * capacity))
        self._mask = capacity - 1
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def first_line(self, key: int, line: int) -> int | None:
        """Return the line of an earlier ``key``; else remember ``line`` for it.

        ``key`` must be non-zero (zero marks an empty slot); line 0 means unknown.
        """
        keys, mask = self._keys, self._mask
        i = key & mask
        while True:
            k = keys[i]
            if k == 0:
                break
            if k == key:
                return self._lines[i]
            i = (i + 1) & mask
        keys[i] = key
        self._lines[i] = line
        self._count += 1
        if self._count * 2 > mask:
            self._grow()
        return None

    def _grow(self) -> None:
        old_keys, old_lines = self._keys, self._lines
        capacity = (self._mask + 1) * 2
        self.__init__(capacity)
        for k, line in zip(old_keys, old_lines, strict=True):
            if k:
                self.first_line(k, line)
