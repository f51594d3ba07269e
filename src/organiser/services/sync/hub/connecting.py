"""Connections to the hub, always with TLS and the hub's certificate checked in full
(`sslmode=verify-full` against the CA given), and every way they fail said in one sentence."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from organiser.core.errors import UserError
from organiser.core.i18n import _

if TYPE_CHECKING:
    import psycopg

CONNECT_SECONDS = 10


class HubError(UserError):
    """The hub could not be used; one sentence for the user (exit code 2)."""


class Unreachable(HubError):
    """The hub cannot be reached now: changes wait here and go up later."""


def driver() -> Any:
    """psycopg, imported only when the hub is used: the app works without it."""
    try:
        import psycopg
    except ImportError as exc:
        raise HubError(
            _("The hub needs the psycopg package: install Organiser with its 'hub' extra "
              "(pip install 'organiser[hub]').")
        ) from exc  # fmt: skip
    return psycopg


def split_password(url: str) -> tuple[str, str | None]:
    """The address without its password, and the password (None when it has none)."""
    parts = urlsplit(url)
    if parts.scheme not in ("postgresql", "postgres") or not parts.hostname:
        raise HubError(
            _("{url} is not a hub address: it looks like postgresql://office@host:5432/hub.")
            .format(url=url)
        )  # fmt: skip
    if parts.password is None:
        return url, None
    user = quote(unquote(parts.username or ""), safe="")
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{user}@{host}")), unquote(parts.password)


def user_of(url: str) -> str:
    return unquote(urlsplit(url).username or "")


def host_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.hostname}:{parts.port or 5432}"


def connect(
    url: str, ca: Path | None, password: str | None = None, autocommit: bool = False
) -> psycopg.Connection[Any]:
    """A connection to the hub; HubError (Unreachable when it cannot be reached) otherwise."""
    pg = driver()
    options: dict[str, Any] = {"sslmode": "verify-full", "connect_timeout": CONNECT_SECONDS}
    if ca is not None:
        if not ca.is_file():
            raise HubError(
                _("The hub's CA certificate {path} cannot be found: give the file the hub's "
                  "administrator sent.").format(path=ca)
            )  # fmt: skip
        options["sslrootcert"] = str(ca)
    if password is not None:
        options["password"] = password
    try:
        conn: psycopg.Connection[Any] = pg.connect(url, autocommit=autocommit, **options)
    except pg.Error as exc:
        raise describe(exc, url, ca) from exc
    return conn


def describe(exc: BaseException, url: str, ca: Path | None = None) -> HubError:
    """What went wrong with the hub, in one sentence."""
    text = str(exc)
    low = text.lower()
    who, where = user_of(url), host_of(url)
    if "password authentication failed" in low or "no password supplied" in low:
        return HubError(
            _("The hub at {host} refused the password of {role}: ask the hub's administrator "
              "for the office's address again.").format(host=where, role=who)
        )  # fmt: skip
    if "root certificate file" in low:
        return HubError(
            _("No CA certificate is set for the hub: give the file the hub's administrator "
              "sent (--ca FILE).")
        )  # fmt: skip
    if "does not match host name" in low:
        return HubError(
            _("The hub's certificate is for another name than {host}: use the address the "
              "hub's administrator gave.").format(host=where)
        )  # fmt: skip
    if "certificate" in low or ("ssl" in low and "verify" in low):
        return HubError(
            _("The hub at {host} did not show a certificate signed by the CA given ({ca}): "
              "nothing was sent. Check the CA file with the hub's administrator.")
            .format(host=where, ca=ca or "–")
        )  # fmt: skip
    if "permission denied" in low or "row-level security" in low:
        return HubError(
            _("The hub refused this: the role {role} may not do it (only the office itself, "
              "and only its own changes).").format(role=who)
        )  # fmt: skip
    if "pg_hba.conf" in low or "does not exist" in low:
        return HubError(
            _("The hub at {host} does not accept the role {role} for this database: ask the "
              "hub's administrator.").format(host=where, role=who)
        )  # fmt: skip
    return Unreachable(
        _("The hub at {host} cannot be reached now: changes wait here and go up when it "
          "can be reached.").format(host=where)
    )  # fmt: skip
