"""The compact key set behind duplicate-externalid."""

import random

from converter.lint.seen import SeenKeys


def test_first_line_is_remembered_across_growth():
    seen = SeenKeys(capacity=4)
    rng = random.Random(7)
    keys = [rng.getrandbits(64) or 1 for _ in range(5000)]
    for line, key in enumerate(keys, 1):
        assert seen.first_line(key, line) is None
    assert len(seen) == 5000
    for line, key in enumerate(keys, 1):
        assert seen.first_line(key, 99999) == line
    assert len(seen) == 5000


def test_colliding_slots_are_kept_apart():
    seen = SeenKeys(capacity=8)
    assert seen.first_line(1, 10) is None
    assert seen.first_line(9, 20) is None  # same slot as 1 in 8
    assert seen.first_line(17, 30) is None
    assert (seen.first_line(9, 0), seen.first_line(1, 0), seen.first_line(17, 0)) == (20, 10, 30)
