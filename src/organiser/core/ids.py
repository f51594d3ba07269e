"""Time-ordered UUIDv7 identifiers (RFC 9562), as lowercase strings.

Python 3.11 has no uuid7; the layout is 48 bits of Unix milliseconds, version 7, 12 bits of a
monotonic counter seeded randomly each millisecond, variant, 62 random bits.
"""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def uuid7() -> str:
    global _last_ms, _counter
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            ms = _last_ms
            _counter += 1
            if _counter > 0xFFF:  # counter exhausted within one millisecond: borrow the next
                ms += 1
                _counter = int.from_bytes(os.urandom(2), "big") & 0x7FF
        else:
            _counter = int.from_bytes(os.urandom(2), "big") & 0x7FF
        _last_ms = ms
        counter = _counter
    rand = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= counter << 64
    value |= 0b10 << 62
    value |= rand
    return str(uuid.UUID(int=value))


def short_code(length: int = 8) -> str:
    """A random code for QR codes and printed badges: no look-alike characters (0/O, 1/I/L)."""
    alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
    raw = os.urandom(length)
    return "".join(alphabet[b % len(alphabet)] for b in raw)


# The namespace of ids made from a row's natural key (RFC 9562 name-based, SHA-1). Fixed
# forever: changing it would give the same join row two ids on two copies.
NATURAL = uuid.UUID("6f1c2c0e-4d0a-5b1e-9a53-0a7f1d3e2b71")


def natural_id(table: str, *parts: str) -> str:
    """The id of a join row made from what it joins (a session, a person and a role): the same
    on every copy, so two copies adding the same speaker make the same row, not two."""
    return str(uuid.uuid5(NATURAL, "|".join((table, *parts))))
