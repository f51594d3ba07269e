"""This copy's keys: an Ed25519 key that signs what it sends and the changes it makes, and an
age (X25519) identity that opens files sealed to it; on the first copy of an office also the
office key, which vouches for the office's laptops.

They live in their own private file beside the database (`organiser-keys.json`, 0600), never in
the database, a backup or an export: a backup put back elsewhere, or a copied data folder, has
a new copy id (`identity`) and so makes new keys here. The office key stays only in the very
file it was made in: a copied folder's key file is another file, and the copy loses it (two
laptops holding one office key could each vouch in the office's name).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from pyrage import x25519

from organiser.sync.words import words_for

KEY_FILE = "organiser-keys.json"
FINGERPRINT_BYTES = 10  # 80 bits: read aloud as 10 words, or as 16 letters and digits
_B32 = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no I, O, 0, 1: nothing to mishear or misread


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def public_bytes(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def private_bytes(key: Ed25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


# ------------------------------------------------------------------ fingerprints


def fingerprint_bytes(public_key: bytes) -> bytes:
    return hashlib.sha256(b"organiser-fingerprint\0" + public_key).digest()[:FINGERPRINT_BYTES]


def fingerprint(public_key: bytes) -> str:
    """Four groups of four, e.g. `K7QM-2XHD-AB9C-T4RW` (80 bits, 5 bits a character)."""
    bits = int.from_bytes(fingerprint_bytes(public_key), "big")
    chars = "".join(_B32[(bits >> (5 * i)) & 31] for i in reversed(range(16)))
    return "-".join(chars[i : i + 4] for i in range(0, 16, 4))


def fingerprint_words(public_key: bytes, lang: str | None = None) -> list[str]:
    """The fingerprint as ten words in `lang` (the user's language when not given): byte for
    byte the same in Thai and English, so either reading checks the same 80 bits."""
    words = words_for(lang)
    return [words[b] for b in fingerprint_bytes(public_key)]


def normalise_fingerprint(text: str) -> str:
    """What a person typed (any case, with or without dashes or spaces) as `XXXX-XXXX-…`."""
    chars = "".join(ch for ch in text.upper() if ch.isalnum())
    return "-".join(chars[i : i + 4] for i in range(0, len(chars), 4))


def fingerprint_qr_svg(fpr: str, words: list[str]) -> str:
    """The fingerprint as a QR code (SVG) for the key card: a phone reads it instead of a
    person reading the words aloud."""
    import io

    import segno

    out = io.BytesIO()
    segno.make(f"ORGANISER-KEY:{fpr}:{' '.join(words)}", error="m").save(
        out, kind="svg", scale=4, xmldecl=False
    )
    return out.getvalue().decode("utf-8")


# ------------------------------------------------------------------ the key file


@dataclass
class Keys:
    copy_id: str
    sign: Ed25519PrivateKey
    age: x25519.Identity
    office: Ed25519PrivateKey | None = None
    # the office's signature over this laptop's card, and the office key that made it
    vouch: bytes | None = None
    office_key: bytes | None = None

    @property
    def sign_public(self) -> bytes:
        return public_bytes(self.sign)

    @property
    def age_recipient(self) -> str:
        return str(self.age.to_public())

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_public)

    @property
    def office_public(self) -> bytes | None:
        return public_bytes(self.office) if self.office is not None else None


def key_path(data_dir: Path) -> Path:
    return data_dir / KEY_FILE


def _file_id(path: Path) -> str:
    try:
        st = os.stat(path)
    except OSError:
        return ""
    return f"{st.st_dev}:{st.st_ino}"


def save_keys(data_dir: Path, keys: Keys) -> None:
    """Written to a private temporary file that then replaces the old one (never half a key);
    the file records its own identity, so that a copy of it elsewhere is told apart."""
    path = key_path(data_dir)
    tmp = path.with_name(path.name + ".tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        st = os.fstat(fd)
        data = {
            "copy_id": keys.copy_id,
            "sign": b64(private_bytes(keys.sign)),
            "age": str(keys.age),
            "office": b64(private_bytes(keys.office)) if keys.office is not None else None,
            "vouch": b64(keys.vouch) if keys.vouch else None,
            "office_key": b64(keys.office_key) if keys.office_key else None,
            "file": f"{st.st_dev}:{st.st_ino}",  # os.replace keeps the inode
        }
        os.write(fd, json.dumps(data, indent=1).encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def _read(path: Path) -> dict[str, object] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _private(text: object) -> Ed25519PrivateKey | None:
    if not text:
        return None
    return Ed25519PrivateKey.from_private_bytes(unb64(text))


def load_keys(data_dir: Path, copy_id: str) -> Keys:
    """This copy's keys, made when there are none or when they belong to another copy id
    (a restored backup, a copied data folder)."""
    path = key_path(data_dir)
    data = _read(path)
    if data is not None and data.get("copy_id") == copy_id:
        try:
            sign = _private(data.get("sign"))
            age = x25519.Identity.from_str(str(data.get("age")))
            if sign is not None:
                keys = Keys(
                    copy_id,
                    sign,
                    age,
                    office=_private(data.get("office")),
                    vouch=unb64(data["vouch"]) if data.get("vouch") else None,
                    office_key=unb64(data["office_key"]) if data.get("office_key") else None,
                )
                if data.get("file") != _file_id(path):
                    keys.office = None  # a copy of the file: the office key stays behind
                return keys
        except (ValueError, TypeError):
            pass  # a damaged key file: new keys, the copy is trusted again by its card
    office: Ed25519PrivateKey | None
    if data is None:
        office = Ed25519PrivateKey.generate()  # the first copy of its office makes the office
    else:
        same_file = data.get("file") == _file_id(path)
        try:
            office = _private(data.get("office")) if same_file else None
        except ValueError:
            office = None
    keys = Keys(copy_id, Ed25519PrivateKey.generate(), x25519.Identity.generate(), office=office)
    if office is not None:
        from organiser.sync.cards import vouch_for_self

        vouch_for_self(keys)
    save_keys(data_dir, keys)
    return keys
