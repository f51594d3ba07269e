"""The change file (`.orgsync`): sealed to its recipients with age, signed by its sender.

    MAGIC | header length (4 bytes) | header (JSON) | signature (64 bytes) | ciphertext

The header, readable without any key, says the format, the sender (its laptop card), the
schema revision, what the sender holds, the recipients' fingerprints and the ciphertext's
length. The sender signs magic + header + ciphertext with Ed25519 (age alone does not say who
sent a file). The ciphertext is the payload (zlib-compressed JSON: signed batches of changes,
the authors' cards, attachments) encrypted to every recipient's age key.

A file over `PART_BYTES` is cut into parts `FILE`, `FILE.2`, `FILE.3` … that LINE and e-mail
take; reading joins them and knows from the header how long the whole must be.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage

from organiser.core.errors import UserError
from organiser.core.i18n import _
from organiser.sync.cards import CardError, Laptop, read_laptop, verify
from organiser.sync.keys import Keys

MAGIC = b"ORGSYNC\x00\x01\n"
FORMAT = 1
PART_BYTES = 10 * 1000 * 1000  # "10 MB" as LINE and mail services count it
_SIG = 64


class RefusedFile(UserError):
    """A change file refused before anything was written; one sentence for the user."""


@dataclass(frozen=True)
class Opened:
    header: dict[str, Any]
    sender: Laptop
    payload: dict[str, Any]


def part_paths(path: Path, parts: int) -> list[Path]:
    return [path] + [path.with_name(f"{path.name}.{n}") for n in range(2, parts + 1)]


def write_file(path: Path, header: dict[str, Any], payload: dict[str, Any], keys: Keys,
               recipients: list[str]) -> list[Path]:  # fmt: skip
    """Seal, sign and write; returns the parts written (each written whole, then renamed)."""
    plain = zlib.compress(
        json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6
    )
    ciphertext = pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(r) for r in recipients])
    parts = 1
    while True:
        head = dict(header, ciphertext_bytes=len(ciphertext), parts=parts,
                    ciphertext_sha256=hashlib.sha256(ciphertext).hexdigest())  # fmt: skip
        head_bytes = json.dumps(head, ensure_ascii=False, sort_keys=True).encode("utf-8")
        total = len(MAGIC) + 4 + len(head_bytes) + _SIG + len(ciphertext)
        needed = -(-total // PART_BYTES)
        if needed == parts:
            break
        parts = needed
    signed = MAGIC + struct.pack(">I", len(head_bytes)) + head_bytes
    signature = keys.sign.sign(signed + ciphertext)
    whole = signed + signature + ciphertext
    paths = part_paths(path, parts)
    for n, target in enumerate(paths):
        tmp = target.with_name(target.name + ".partial")
        tmp.write_bytes(whole[n * PART_BYTES : (n + 1) * PART_BYTES])
        tmp.replace(target)
    return paths


def all_parts(paths: list[Path]) -> list[Path]:
    """The files given, in order; given only the first part, the others beside it."""

    def number(p: Path) -> int:
        found = re.search(r"\.(\d+)$", p.name)
        return int(found.group(1)) if found and len(paths) > 1 else 1

    given = sorted(paths, key=number)
    if len(given) == 1:
        n, found = 2, [given[0]]
        while (nxt := given[0].with_name(f"{given[0].name}.{n}")).exists():
            found.append(nxt)
            n += 1
        return found
    return given


def _not_a_change_file(first: bytes, name: str) -> RefusedFile:
    if first.startswith(b"PK\x03\x04"):
        return RefusedFile(
            _("{name} is a zip file renamed, not a change file of Organiser.").format(name=name)
        )
    if first.startswith(b"%PDF"):
        return RefusedFile(
            _("{name} is a PDF renamed, not a change file of Organiser.").format(name=name)
        )
    return RefusedFile(_("{name} is not a change file of Organiser.").format(name=name))


def read_header(paths: list[Path], limit: int) -> tuple[dict[str, Any], bytes, bytes, bytes]:
    """Check the parts' sizes, the magic and the header without any key; returns
    (header, signed bytes, signature, ciphertext)."""
    parts = all_parts(paths)
    name = parts[0].name
    try:
        size = sum(p.stat().st_size for p in parts)
    except OSError as exc:
        raise RefusedFile(
            _("{name} cannot be read.").format(name=Path(exc.filename or name).name)
        ) from exc
    if size > limit:
        raise RefusedFile(
            _("{name} is larger than the {mb} MB a change file may be; it was not opened.").format(
                name=name, mb=limit // 1_000_000
            )
        )
    data = b"".join(p.read_bytes() for p in parts)
    if not data.startswith(MAGIC):
        raise _not_a_change_file(data[:8], name)
    try:
        (length,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
        start = len(MAGIC) + 4
        header = json.loads(data[start : start + length].decode("utf-8"))
        assert isinstance(header, dict)
        expected = start + length + _SIG + int(header["ciphertext_bytes"])
        wanted_parts = int(header["parts"])
    except (struct.error, ValueError, AssertionError, KeyError, TypeError) as exc:
        raise RefusedFile(_("{name} is damaged: it cannot be read.").format(name=name)) from exc
    if wanted_parts > len(parts):
        raise RefusedFile(
            _("{name} has {n} parts; part {missing} is missing. Receive all the parts together.")
            .format(name=name, n=wanted_parts, missing=len(parts) + 1)
        )  # fmt: skip
    if len(data) < expected:
        raise RefusedFile(_("{name} is incomplete: it was cut short.").format(name=name))
    if len(data) > expected or header.get("format") != FORMAT:
        raise RefusedFile(_("{name} is damaged: it cannot be read.").format(name=name))
    signed = data[: start + length]
    signature = data[start + length : start + length + _SIG]
    return header, signed, signature, data[start + length + _SIG :]


def open_file(paths: list[Path], keys: Keys, limit: int, check_sender: Any) -> Opened:
    """Refuse anything not meant for this copy, not from a trusted copy, or altered; then
    decrypt. `check_sender(laptop)` raises RefusedFile when the sender is not trusted."""
    header, signed, signature, ciphertext = read_header(paths, limit)
    name = all_parts(paths)[0].name
    try:
        sender = read_laptop(header.get("sender"))
    except CardError as exc:
        raise RefusedFile(_("{name} is damaged: it cannot be read.").format(name=name)) from exc
    check_sender(sender)
    if not verify(sender.sign_key, signature, signed + ciphertext):
        raise RefusedFile(
            _("{name} is damaged or was altered after it was sent: nothing was taken in.").format(
                name=name
            )
        )
    recipients = header.get("recipients") or []
    if keys.fingerprint not in recipients:
        raise RefusedFile(
            _("{name} was sealed for other offices, not for this copy: ask {sender} to send it "
              "to this copy.").format(name=name, sender=sender.name or sender.fingerprint)
        )  # fmt: skip
    try:
        plain = pyrage.decrypt(ciphertext, [keys.age])
        payload = json.loads(zlib.decompress(plain).decode("utf-8"))
        assert isinstance(payload, dict)
    except Exception as exc:  # pyrage raises its own DecryptError; zlib and json theirs
        raise RefusedFile(
            _("{name} cannot be opened with this copy's key.").format(name=name)
        ) from exc
    return Opened(header, sender, payload)
