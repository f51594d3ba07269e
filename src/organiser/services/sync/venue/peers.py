"""The other desks this desk exchanges with, and their last known addresses.

Kept in a small file beside the database (`venue-peers.json`), not in the database: addresses
belong to this laptop and this room, and writing them on every contact would wake every
waiting desk for nothing. Trust itself stays in the database (`sync_trust`).
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path

from organiser.sync import trust

FILE = "venue-peers.json"
_lock = threading.Lock()


@dataclass
class Peer:
    fingerprint: str
    name: str = ""
    address: str = ""  # HOST:PORT of its endpoint, when it serves one
    last_contact: str | None = None
    holds: dict[str, str] = field(default_factory=dict)  # what it said it holds, last time
    # since when this desk cannot reach it (None: it answered last time it was asked)
    unreachable_since: str | None = None


def _path(data_dir: Path) -> Path:
    return data_dir / FILE


def load(data_dir: Path) -> dict[str, Peer]:
    try:
        data = json.loads(_path(data_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    out = {}
    for fpr, item in (data if isinstance(data, dict) else {}).items():
        with contextlib.suppress(TypeError):
            out[str(fpr)] = Peer(**item)
    return out


def _save(data_dir: Path, found: dict[str, Peer]) -> None:
    path = _path(data_dir)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    tmp.write_text(
        json.dumps({f: asdict(p) for f, p in found.items()}, ensure_ascii=False, indent=1),
        encoding="utf-8",
    )
    os.replace(tmp, path)


def note(
    data_dir: Path,
    fingerprint: str,
    *,
    name: str | None = None,
    address: str | None = None,
    holds: dict[str, str] | None = None,
    contact: bool = True,
) -> Peer:
    """Remember what was just learnt of a desk (its address, what it holds, that it answered)."""
    with _lock:
        found = load(data_dir)
        peer = found.get(fingerprint) or Peer(fingerprint)
        if name:
            peer.name = name
        if address:
            peer.address = address
        if holds is not None:
            peer.holds = holds
        if contact:
            peer.last_contact = trust.now_text()
            peer.unreachable_since = None
        found[fingerprint] = peer
        _save(data_dir, found)
        return peer


def unreachable(data_dir: Path, address: str, since: str) -> None:
    """The desks last seen at `address` do not answer there since `since`."""
    with _lock:
        found = load(data_dir)
        for peer in found.values():
            if peer.address == address and peer.unreachable_since is None:
                peer.unreachable_since = since
        _save(data_dir, found)


def forget_all(data_dir: Path) -> None:
    _path(data_dir).unlink(missing_ok=True)
