"""The hub's side, run with its administrator's connection: `organiser hub init | add-office |
housekeep`.

The hub holds only sealed change files (and sealed attachments): nothing readable about any
person, so a stolen hub disk leaks nothing. Its security is PostgreSQL's own: a login role per
office in the group `organiser_offices`, row-level security written for every command (an office
inserts only as itself, reads only what is addressed to one of its copies, never updates or
deletes), and a housekeeping role that alone may delete what every recipient holds.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from organiser.core.i18n import _
from organiser.services.sync.hub.connecting import HubError, connect, describe, driver

SCHEMA = "organiser_hub"
OFFICES = "organiser_offices"
HOUSEKEEPER = "organiser_housekeeper"
CHANNEL = "organiser_hub"
VERSION = 1
_NAME = re.compile(r"[a-z][a-z0-9_]{0,40}")

# Every statement can run again: `init` creates what is missing and rewrites the policies.
_TABLES = f"""
CREATE SCHEMA IF NOT EXISTS {SCHEMA};
CREATE TABLE IF NOT EXISTS {SCHEMA}.hub_version (
    one int PRIMARY KEY CHECK (one = 1), version int NOT NULL);
-- the copies that use the hub, each registered by its own office (first come: a fingerprint
-- cannot be taken over by another office)
CREATE TABLE IF NOT EXISTS {SCHEMA}.copies (
    fingerprint text PRIMARY KEY,
    office text NOT NULL DEFAULT current_user,
    joined_at timestamptz NOT NULL DEFAULT now());
-- sealed change files: readable only by their recipients' keys
CREATE TABLE IF NOT EXISTS {SCHEMA}.batches (
    id uuid PRIMARY KEY,
    kind text NOT NULL DEFAULT 'changes' CHECK (kind IN ('changes', 'snapshot')),
    sender_office text NOT NULL DEFAULT current_user,
    sender_copy text NOT NULL,
    recipients text[] NOT NULL CHECK (cardinality(recipients) > 0),
    sealed bytea NOT NULL,
    sha256 bytea NOT NULL CHECK (sha256 = sha256(sealed)),
    created timestamptz NOT NULL DEFAULT now());
CREATE INDEX IF NOT EXISTS batches_recipients ON {SCHEMA}.batches USING gin (recipients);
-- every post numbered from one sequence that only goes up: a copy that remembers a number
-- above the sequence's last value is looking at a hub put back from an older backup
CREATE SEQUENCE IF NOT EXISTS {SCHEMA}.posts;
ALTER TABLE {SCHEMA}.batches ADD COLUMN IF NOT EXISTS
    seq bigint NOT NULL DEFAULT nextval('{SCHEMA}.posts');
-- large attachments, by the SHA-256 of the file, sealed like the changes
CREATE TABLE IF NOT EXISTS {SCHEMA}.attachments (
    id uuid PRIMARY KEY,
    file_sha256 text NOT NULL,
    sender_office text NOT NULL DEFAULT current_user,
    recipients text[] NOT NULL CHECK (cardinality(recipients) > 0),
    sealed bytea NOT NULL,
    created timestamptz NOT NULL DEFAULT now());
CREATE INDEX IF NOT EXISTS attachments_file ON {SCHEMA}.attachments (file_sha256);
-- what each copy says it holds: housekeeping drops what every recipient holds
CREATE TABLE IF NOT EXISTS {SCHEMA}.holdings (
    copy text NOT NULL,
    batch uuid NOT NULL,
    office text NOT NULL DEFAULT current_user,
    held_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (copy, batch));
-- a connected copy hears of new changes at once; the payload is empty because notifications
-- bypass row-level security
CREATE OR REPLACE FUNCTION {SCHEMA}.tell_listeners() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN PERFORM pg_notify('{CHANNEL}', ''); RETURN NULL; END $$;
DROP TRIGGER IF EXISTS batches_tell ON {SCHEMA}.batches;
CREATE TRIGGER batches_tell AFTER INSERT ON {SCHEMA}.batches
    FOR EACH STATEMENT EXECUTE FUNCTION {SCHEMA}.tell_listeners();
"""

_MINE = f"(SELECT fingerprint FROM {SCHEMA}.copies WHERE office = current_user)"
_ADDRESSED = f"recipients && ARRAY{_MINE}"
# table -> (who may insert, what an office reads)
_OFFICE_RULES = {
    "copies": ("office = current_user", "office = current_user"),
    "batches": (f"sender_office = current_user AND sender_copy IN {_MINE}", _ADDRESSED),
    "attachments": ("sender_office = current_user", _ADDRESSED),
    "holdings": (f"office = current_user AND copy IN {_MINE}", "office = current_user"),
}


def _policies() -> str:
    out = []
    for table, (insert, select) in _OFFICE_RULES.items():
        t = f"{SCHEMA}.{table}"
        out += [
            f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY",
            f"ALTER TABLE {t} FORCE ROW LEVEL SECURITY",
            f"REVOKE ALL ON {t} FROM PUBLIC, {OFFICES}, {HOUSEKEEPER}",
            f"GRANT SELECT, INSERT ON {t} TO {OFFICES}",
            f"GRANT SELECT{', DELETE' if table != 'copies' else ''} ON {t} TO {HOUSEKEEPER}",
        ]
        rules = {
            "office_inserts_as_itself": f"FOR INSERT TO {OFFICES} WITH CHECK ({insert})",
            "office_reads_what_is_addressed_to_it": f"FOR SELECT TO {OFFICES} USING ({select})",
            # no grant allows these either: the policies say it a second time
            "office_never_updates": f"AS RESTRICTIVE FOR UPDATE TO {OFFICES} USING (false)",
            "office_never_deletes": f"AS RESTRICTIVE FOR DELETE TO {OFFICES} USING (false)",
            "housekeeper_reads_all": f"FOR SELECT TO {HOUSEKEEPER} USING (true)",
            "housekeeper_deletes": f"FOR DELETE TO {HOUSEKEEPER} USING (true)",
            "housekeeper_never_updates": f"AS RESTRICTIVE FOR UPDATE TO {HOUSEKEEPER} USING (false)",
            "housekeeper_never_inserts": (
                f"AS RESTRICTIVE FOR INSERT TO {HOUSEKEEPER} WITH CHECK (false)"
            ),
        }
        for name, body in rules.items():
            out += [f"DROP POLICY IF EXISTS {name} ON {t}", f"CREATE POLICY {name} ON {t} {body}"]
    # numbering a post, and reading how far the numbers went; never setting them back
    out += [
        f"REVOKE ALL ON SEQUENCE {SCHEMA}.posts FROM PUBLIC",
        f"GRANT USAGE, SELECT ON SEQUENCE {SCHEMA}.posts TO {OFFICES}",
    ]
    return ";\n".join(out) + ";"


def _admin(url: str, ca: Path | None) -> Any:
    from organiser.services.sync.hub.connecting import split_password

    bare, password = split_password(url)
    return connect(bare, ca, password)


@dataclass(frozen=True)
class HubInfo:
    database: str
    version: int
    offices: list[str]


def init(url: str, ca: Path | None) -> HubInfo:
    """Create or upgrade the hub's schema, roles and policies (idempotent)."""
    psycopg = driver()
    with _admin(url, ca) as conn:
        try:
            db = str(conn.execute("SELECT current_database()").fetchone()[0])
            conn.execute("SELECT pg_advisory_xact_lock(hashtext('organiser_hub_init'))")
            for role in (OFFICES, HOUSEKEEPER):
                found = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,))
                if found.fetchone() is None:
                    conn.execute(f"CREATE ROLE {role} NOLOGIN")
            conn.execute(f"GRANT {HOUSEKEEPER} TO CURRENT_USER")
            conn.execute(_TABLES)
            conn.execute(f"REVOKE ALL ON SCHEMA {SCHEMA} FROM PUBLIC")
            conn.execute(f"GRANT USAGE ON SCHEMA {SCHEMA} TO {OFFICES}, {HOUSEKEEPER}")
            ident = psycopg.sql.Identifier(db)
            conn.execute(psycopg.sql.SQL("REVOKE CONNECT ON DATABASE {} FROM PUBLIC").format(ident))
            conn.execute(
                psycopg.sql.SQL("GRANT CONNECT ON DATABASE {} TO {}, {}").format(
                    ident, psycopg.sql.Identifier(OFFICES), psycopg.sql.Identifier(HOUSEKEEPER)
                )
            )
            conn.execute(_policies())
            conn.execute(
                f"INSERT INTO {SCHEMA}.hub_version VALUES (1, %s) "
                "ON CONFLICT (one) DO UPDATE SET version = excluded.version",
                (VERSION,),
            )
            conn.commit()
        except psycopg.errors.InsufficientPrivilege as exc:
            raise HubError(
                _("This connection may not create the hub's roles and tables: use the hub "
                  "administrator's connection (a superuser, or a role with CREATEROLE that "
                  "owns the database).")
            ) from exc  # fmt: skip
        except psycopg.Error as exc:
            raise describe(exc, url, ca) from exc
        return HubInfo(db, VERSION, _offices(conn))


def _offices(conn: Any) -> list[str]:
    rows = conn.execute(
        "SELECT m.rolname FROM pg_roles m JOIN pg_auth_members a ON a.member = m.oid "
        "JOIN pg_roles g ON g.oid = a.roleid WHERE g.rolname = %s ORDER BY 1",
        (OFFICES,),
    )
    return [str(r[0]) for r in rows]


def _require_hub(conn: Any) -> None:
    found = conn.execute("SELECT to_regclass(%s)", (f"{SCHEMA}.hub_version",)).fetchone()
    if found is None or found[0] is None:
        raise HubError(
            _("This database is not a hub yet: run organiser hub init with its address first.")
        )


@dataclass(frozen=True)
class NewOffice:
    office: str
    url: str


def add_office(name: str, url: str, ca: Path | None) -> NewOffice:
    """Create the office's login role with a new password (a new password again when it exists)
    and return the address to give that office."""
    role = name.strip().lower()
    if not _NAME.fullmatch(role):
        raise HubError(
            _("{name} cannot name an office's role: use Latin letters, digits and _ "
              "(for example songkhla_office).").format(name=name)
        )  # fmt: skip
    psycopg = driver()
    sql = psycopg.sql
    password = secrets.token_urlsafe(24)
    with _admin(url, ca) as conn:
        try:
            _require_hub(conn)
            if role in (OFFICES, HOUSEKEEPER) or role.startswith("pg_"):
                raise HubError(_("{name} is a name the hub keeps for itself.").format(name=role))
            exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
            if exists and role not in _offices(conn):
                raise HubError(
                    _("A role named {name} exists already and is not an office: choose "
                      "another name.").format(name=role)
                )  # fmt: skip
            verb = (
                "ALTER ROLE {} LOGIN PASSWORD {}" if exists else "CREATE ROLE {} LOGIN PASSWORD {}"
            )
            conn.execute(sql.SQL(verb).format(sql.Identifier(role), sql.Literal(password)))
            conn.execute(sql.SQL("GRANT {} TO {}").format(
                sql.Identifier(OFFICES), sql.Identifier(role)))  # fmt: skip
            conn.commit()
        except psycopg.Error as exc:
            raise describe(exc, url, ca) from exc
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    host = f"[{host}]" if ":" in host else host
    where = f"{host}:{parts.port}" if parts.port else host
    office_url = (
        f"postgresql://{quote(role, safe='')}:{quote(password, safe='')}@{where}{parts.path}"
        "?sslmode=verify-full"
    )
    return NewOffice(role, office_url)


@dataclass(frozen=True)
class Housekept:
    batches: int
    attachments: int
    bytes: int


def housekeep(url: str, ca: Path | None) -> Housekept:
    """Drop the sealed changes that every recipient holds, as the housekeeping role."""
    psycopg = driver()
    with _admin(url, ca) as conn:
        try:
            _require_hub(conn)
            conn.execute(f"SET LOCAL ROLE {HOUSEKEEPER}")
            dropped = conn.execute(
                f"DELETE FROM {SCHEMA}.batches b WHERE NOT EXISTS (SELECT 1 FROM "
                f"unnest(b.recipients) AS r(copy) WHERE NOT EXISTS (SELECT 1 FROM "
                f"{SCHEMA}.holdings h WHERE h.copy = r.copy AND h.batch = b.id)) "
                "RETURNING octet_length(b.sealed)"
            ).fetchall()
            files = conn.execute(
                f"DELETE FROM {SCHEMA}.attachments a WHERE NOT EXISTS (SELECT 1 FROM "
                f"unnest(a.recipients) AS r(copy) WHERE NOT EXISTS (SELECT 1 FROM "
                f"{SCHEMA}.holdings h WHERE h.copy = r.copy AND h.batch = a.id)) "
                "RETURNING octet_length(a.sealed)"
            ).fetchall()
            conn.execute(
                f"DELETE FROM {SCHEMA}.holdings h WHERE NOT EXISTS (SELECT 1 FROM "
                f"{SCHEMA}.batches b WHERE b.id = h.batch) AND NOT EXISTS (SELECT 1 FROM "
                f"{SCHEMA}.attachments a WHERE a.id = h.batch)"
            )
            conn.commit()
        except psycopg.Error as exc:
            raise describe(exc, url, ca) from exc
    return Housekept(
        len(dropped), len(files), sum(int(r[0]) for r in dropped) + sum(int(r[0]) for r in files)
    )
