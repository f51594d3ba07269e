"""Order keys: there is always room between two neighbours, and a reordered list changes only
the rows that moved."""

from __future__ import annotations

import random

from organiser.core import positions


def test_a_hundred_rows_put_at_the_same_place_all_fit_and_keys_stay_short() -> None:
    keys = ["V", "W"]
    for _ in range(100):
        keys.insert(1, positions.between(keys[0], keys[1]))
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    assert all(positions.is_key(k) for k in keys)
    assert max(len(k) for k in keys) <= 20


def test_appending_a_thousand_rows_keeps_keys_short_and_in_order() -> None:
    keys = [positions.FIRST]
    for _ in range(1000):
        keys.append(positions.between(keys[-1], None))
    assert keys == sorted(keys)
    assert max(len(k) for k in keys) <= 20


def test_a_list_reordered_in_any_way_changes_only_rows_out_of_the_longest_kept_run() -> None:
    rng = random.Random(2550)
    for _ in range(300):
        n = rng.randint(0, 30)
        keys = positions.spread(n)
        order = list(range(n))
        if n > 1:
            order.insert(rng.randrange(n), order.pop(rng.randrange(n)))
        current: list[str | None] = [keys[i] for i in order]
        current.insert(rng.randint(0, len(current)), None)  # one new row somewhere
        changed = positions.placed(current)
        final = [changed.get(i, k) for i, k in enumerate(current)]
        assert final == sorted(final) and len(set(final)) == len(final)
        assert all(positions.is_key(k) for k in final)
        assert len(changed) <= 2  # the moved row and the new one


def test_moving_one_of_twenty_changes_one_key() -> None:
    keys = positions.spread(20)
    moved = keys[:3] + keys[4:16] + [keys[3]] + keys[16:]
    assert list(positions.placed(moved)) == [15]
