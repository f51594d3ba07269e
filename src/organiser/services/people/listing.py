"""The people directory as the people view pages through it: filters and sorting in SQL.

A view of 100,000 people must not hold 100,000 rows. `directory_keys` answers which people are
shown, in which order (their ids only: a few megabytes at 100,000), and `directory_page` reads
the rows of the handful on screen. Both are plain SQL over the indexes of migrations 0001/0002.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import text

from organiser.core.i18n import use_language
from organiser.core.provinces import PROVINCE_NAMES_TH, province_label
from organiser.core.thaitext import thai_sort_key
from organiser.domain.desk import RegistrationRole, RegistrationStatus
from organiser.domain.labels import label
from organiser.services.people.directory import DirectoryFilter, DirectoryRow
from organiser.store.db import UnitOfWork

# The columns the view sorts by; "" is the natural order (Thai name order, or a search's order).
SORTS = ("", "name", "nickname", "organisation", "position", "province", "phone", "status", "role")

_ALIVE = "p.deleted_at IS NULL AND p.merged_into_id IS NULL"
# Whose a registration is: its person, or the one they were merged into (`:merged`, the JSON of
# services.shared.registrations.person_roots: usually "{}"); of one person's registrations for an
# event, the smallest id is the one shown (the canonical one).
_OWNER = "coalesce((SELECT m.value FROM json_each(:merged) m WHERE m.key = {r}.person_id), {r}.person_id)"
_REG = (
    "(SELECT r.{column} FROM registration r WHERE "
    + _OWNER.format(r="r")
    + " = p.id AND r.event_id = :sev AND r.deleted_at IS NULL ORDER BY r.id LIMIT 1)"
)


@dataclass(frozen=True)
class DirectoryQuery:
    """Which people the view shows and in which order."""

    filter: DirectoryFilter = field(default_factory=DirectoryFilter)
    status_event_id: str = ""  # the event whose registration status and role are shown
    sort: str = ""  # one of SORTS
    descending: bool = False
    lang: str = "th"  # labels sort in the language they are shown in
    only: tuple[str, ...] | None = None  # a search's answer (ids, best first); None: everyone


@dataclass(frozen=True)
class DirectoryKeys:
    ids: list[str]  # the people shown, in order
    total: int  # every current person, whatever the filters


def _label_keys(lang: str, values: Callable[[], dict[str, str]]) -> Callable[[str | None], str]:
    """A SQL function: a stored value (province, status, role) to the sort key of its label."""
    with use_language(lang):
        keys = {raw: thai_sort_key(shown) for raw, shown in values().items()}
    return lambda raw: keys.get(raw or "", "\uffff")  # unknown or empty: last


def _order_by(query: DirectoryQuery) -> tuple[list[str], dict[str, Callable[[str | None], str]]]:
    """The ORDER BY terms for the query's sort, and the SQL functions they need."""
    lang = query.lang
    terms = {
        "name": ["p.sort_key"],
        "organisation": ["coalesce(o.sort_key, '\uffff')"],  # people without one last
        "phone": ["p.phone = ''", "p.phone"],
        "nickname": ["p.nickname = ''", "organiser_text_key(p.nickname)"],
        "position": ["p.position = ''", "organiser_text_key(p.position)"],
        "province": ["organiser_label_key(p.province)"],
        "status": ["organiser_label_key(" + _REG.format(column="status") + ")"],
        "role": ["organiser_label_key(" + _REG.format(column="role") + ")"],
    }
    labels: dict[str, Callable[[], dict[str, str]]] = {
        "province": lambda: {p: province_label(p, lang) for p in PROVINCE_NAMES_TH},
        "status": lambda: {s.value: label(s) for s in RegistrationStatus},
        "role": lambda: {r.value: label(r) for r in RegistrationRole},
    }
    functions: dict[str, Callable[[str | None], str]] = {
        "organiser_text_key": lambda value: thai_sort_key(value or "")
    }
    if query.sort in labels:
        functions["organiser_label_key"] = _label_keys(lang, labels[query.sort])
    direction = " DESC" if query.descending else ""
    return [t + direction for t in terms.get(query.sort, [])], functions


def _register(uow: UnitOfWork, functions: dict[str, Callable[[str | None], str]]) -> None:
    raw = uow.session.connection().connection.driver_connection
    assert raw is not None
    for name, fn in functions.items():
        raw.create_function(name, 1, fn, deterministic=True)


def keys_statement(
    query: DirectoryQuery,
) -> tuple[str, dict[str, object], dict[str, Callable[[str | None], str]]]:
    """The SQL that lists the ids for `query`, its parameters and the SQL functions it calls."""
    if query.sort not in SORTS:
        raise ValueError(query.sort)
    f = query.filter
    params: dict[str, object] = {"sev": query.status_event_id, "merged": "{}"}
    where = [_ALIVE]
    if f.province:
        where.append("p.province = :province")
        params["province"] = f.province
    if f.organisation_kind:
        where.append("o.kind = :kind")
        params["kind"] = f.organisation_kind
    if f.issue_tag:
        where.append("EXISTS (SELECT 1 FROM json_each(o.issue_tags) t WHERE t.value = :tag)")
        params["tag"] = f.issue_tag
    if f.event_id:
        where.append(
            f"""p.id IN (SELECT {_OWNER.format(r="e")} FROM registration e
               WHERE e.event_id = :event AND e.deleted_at IS NULL)"""
        )
        params["event"] = f.event_id
    if f.status:
        where.append(
            f"""p.id IN (SELECT {_OWNER.format(r="s")} FROM registration s
               WHERE s.event_id = :sev AND s.status = :status AND s.deleted_at IS NULL)"""
        )
        params["status"] = f.status
    if query.only is not None:
        where.append("p.id IN (SELECT value FROM json_each(:only))")
        params["only"] = json.dumps(list(query.only))
    order, functions = _order_by(query)
    sql = f"""SELECT p.id FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id
        WHERE {" AND ".join(where)} ORDER BY {", ".join([*order, "p.sort_key", "p.id"])}"""
    return sql, params, functions


def _merged(uow: UnitOfWork) -> str:
    from organiser.services.shared.registrations import person_roots

    return json.dumps(person_roots(uow))


def directory_keys(uow: UnitOfWork, query: DirectoryQuery) -> DirectoryKeys:
    """The ids of the people the view shows, in its order."""
    sql, params, functions = keys_statement(query)
    params["merged"] = _merged(uow)
    _register(uow, functions)
    ids = list(uow.session.execute(text(sql), params).scalars())
    if query.only is not None and not query.sort:  # the search's own order: best first
        rank = {person_id: n for n, person_id in enumerate(query.only)}
        ids.sort(key=rank.__getitem__)
    total = uow.session.execute(text(f"SELECT count(*) FROM person p WHERE {_ALIVE}")).scalar_one()
    return DirectoryKeys(ids, int(total))


def directory_page(
    uow: UnitOfWork, person_ids: Sequence[str], status_event_id: str = ""
) -> list[DirectoryRow | None]:
    """The rows of these people, in the same order (None for one deleted meanwhile)."""
    sql = f"""SELECT p.id, p.title, p.given_name, p.family_name, p.nickname, p.phone,
              coalesce(o.name, ''), p.position, p.province, p.sort_key,
              coalesce(p.organisation_id, ''), p.email, coalesce(o.kind, ''),
              coalesce({_REG.format(column="status")}, ''),
              coalesce({_REG.format(column="role")}, '')
        FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id
        WHERE p.id IN (SELECT value FROM json_each(:ids))"""
    found: dict[str, DirectoryRow] = {}
    result = uow.session.execute(
        text(sql),
        {"ids": json.dumps(list(person_ids)), "sev": status_event_id, "merged": _merged(uow)},
    )
    for r in result:
        pid, title, given, family, nick, phone, org, position, province, key = (
            str(v or "") for v in r[:10]
        )
        found[pid] = DirectoryRow(
            pid, title, given, family, nick, phone, org, position, province, key,
            organisation_id=r[10],
            email=r[11] or "",
            organisation_kind=r[12],
            status=r[13],
            role=r[14],
        )  # fmt: skip
    return [found.get(person_id) for person_id in person_ids]
