"""What the hub dialog's fields mean, without Qt: the address the hub's administrator gave is
split into the hub's address, the office's role and its password, and put together again."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit, urlunsplit

SCHEME = "postgresql"


@dataclass(frozen=True)
class HubFields:
    address: str  # postgresql://host:port/database?… without role or password
    role: str
    password: str


def fields_of(text: str) -> HubFields:
    """A pasted address, whole (`postgresql://office:secret@host/hub?sslmode=verify-full`) or
    not (`host:5432/hub`)."""
    text = text.strip()
    if text and "://" not in text:
        text = f"{SCHEME}://{text}"
    parts = urlsplit(text)
    if "@" not in parts.netloc:
        return HubFields(text, "", "")
    host = parts.netloc.rsplit("@", 1)[1]
    address = urlunsplit(parts._replace(netloc=host))
    return HubFields(address, unquote(parts.username or ""), unquote(parts.password or ""))


def url_of(found: HubFields) -> str:
    """The address with the role and (when given) the password, as `sync hub set` takes it."""
    bare = fields_of(found.address)
    parts = urlsplit(bare.address)
    user = quote(found.role.strip() or bare.role, safe="")
    password = found.password or bare.password
    if password:
        user += ":" + quote(password, safe="")
    netloc = f"{user}@{parts.netloc}" if user else parts.netloc
    return urlunsplit(parts._replace(netloc=netloc))
