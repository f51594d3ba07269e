"""Order keys for lists people reorder (a session's people, clauses, parties, plan actions).

A position is a string of base-62 digits read as a fraction (``"V"`` ≈ 0.5, ``"V8"`` a bit
more), compared as plain text. Between any two keys there is always another one, so a row moved
or added between two neighbours gets a key between theirs and no other row is written: two
copies that reorder different rows merge without touching each other's rows.

Why strings and not floats: a float runs out of room after about fifty insertions at one place
and then every row of the list has to be renumbered, which is exactly the write of every row
that merging cannot reconcile. A base-62 string grows by one character per ~6 insertions at
one place instead and never needs renumbering. Two copies that insert at the same place may pick the same key;
readers order by (position, id), so every copy shows the same order, and the next move there
picks a key of its own.

Keys never end in "0": "a" and "a0" are the same fraction with no key between them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeGuard

DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"  # in ASCII order
BASE = len(DIGITS)
FIRST = "V"  # the middle: a list's first row leaves as much room before it as after
_VALUE = {c: i for i, c in enumerate(DIGITS)}


def is_key(text: object) -> TypeGuard[str]:
    return (
        isinstance(text, str)
        and bool(text)
        and not text.endswith("0")
        and all(c in _VALUE for c in text)
    )


def _midpoint(low: str, high: str | None) -> str:
    """A key strictly between `low` ("" = 0) and `high` (None = 1), `low < high`."""
    if high is not None:
        n = 0
        while n < len(high) and (low[n] if n < len(low) else "0") == high[n]:
            n += 1
        if n:
            return high[:n] + _midpoint(low[n:], high[n:])
    d_low = _VALUE[low[0]] if low else 0
    d_high = _VALUE[high[0]] if high is not None else BASE
    if d_high - d_low > 1:
        return DIGITS[(d_low + d_high + 1) // 2]
    if high is not None and len(high) > 1:
        return high[:1]
    return DIGITS[d_low] + _midpoint(low[1:], None)


def after(key: str) -> str:
    """A short key after `key` (appending to the end of a list): one step up at the second
    digit, else the first, so about 1,900 rows appended one by one keep keys of two digits."""
    padded = key.ljust(2, "0")
    for i in (*range(1, len(padded)), 0):
        if _VALUE[padded[i]] < BASE - 1:
            return padded[:i] + DIGITS[_VALUE[padded[i]] + 1]
    return key + FIRST


def before(key: str) -> str:
    """A short key before `key` (putting a row first), the mirror of `after`."""
    padded = key.ljust(2, "0")
    for i in (*range(1, len(padded)), 0):
        if _VALUE[padded[i]] > 1:
            return padded[:i] + DIGITS[_VALUE[padded[i]] - 1]
    return _midpoint("", key)


def between(low: str | None, high: str | None) -> str:
    """A key after `low` and before `high`; either may be None (the start or end of the
    list). When the two are equal (a tie from two copies), a key just after `low`."""
    if low is None and high is None:
        return FIRST
    if low is None:
        assert high is not None
        return before(high)
    if high is None or high <= low:
        return after(low)
    return _midpoint(low, high)


def spread(count: int) -> list[str]:
    """`count` increasing keys spread evenly, all of one short length: how a list gets its
    keys at once (an upgrade, a new memorandum with its clauses)."""
    if count <= 0:
        return []
    width = 1
    while BASE**width < (count + 1) * 2:
        width += 1
    step = BASE**width / (count + 1)
    keys = []
    for n in range(1, count + 1):
        value = round(step * n)
        digits = []
        for _ in range(width):
            value, d = divmod(value, BASE)
            digits.append(DIGITS[d])
        keys.append("".join(reversed(digits)).rstrip("0"))
    return keys


def placed(current: Sequence[str | None]) -> dict[int, str]:
    """New keys for a list given in its wanted order, where `current[i]` is the key row i has
    now (None for a new row). Returns {index: new key} for only the rows that must change:
    the longest run of rows already in increasing order keeps its keys, every other row gets
    a key between its kept neighbours. Moving one row of twenty writes that one row."""
    n = len(current)
    # longest strictly increasing subsequence of the valid keys (patience sorting)
    tails: list[int] = []  # index into current of the smallest tail of each length
    back: list[int] = [-1] * n
    for i, key in enumerate(current):
        if not is_key(key):
            continue
        assert key is not None
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if str(current[tails[mid]]) < key:
                lo = mid + 1
            else:
                hi = mid
        back[i] = tails[lo - 1] if lo else -1
        if lo == len(tails):
            tails.append(i)
        else:
            tails[lo] = i
    kept: set[int] = set()
    i = tails[-1] if tails else -1
    while i != -1:
        kept.add(i)
        i = back[i]
    result: dict[int, str] = {}
    keys: list[str | None] = [current[i] if i in kept else None for i in range(n)]
    start = 0
    while start < n:
        if start in kept:
            start += 1
            continue
        end = start
        while end < n and end not in kept:
            end += 1
        low = keys[start - 1] if start else None
        high = keys[end] if end < n else None
        for j in range(start, end):
            key = between(low, high)
            keys[j] = result[j] = key
            low = key
        start = end
    return result
