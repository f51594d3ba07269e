"""Search as you type: names, nicknames, phone fragments, organisations, Thai substrings.

The index is the trigram FTS5 table of migration 0002 (`person_fts` over `person_search_doc`):
every term of three or more characters is looked up in the index; shorter terms (the first one
or two keystrokes) are matched with `instr` on the same text, walking people in Thai order so the
first page of results is found without reading every row.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass

from sqlalchemy import text

from organiser.core.thaitext import split_full_name
from organiser.services.people.ranking import (
    MatchRank,
    Typed,
    match_rank,
    normalise_typed,
    phone_digits,
    read_typed,
)
from organiser.services.people.rows import PersonRow
from organiser.store.db import UnitOfWork
from organiser.store.search_text import PERSON_SEARCH_BODY

DEFAULT_LIMIT = 100
CANDIDATE_CAP = 300


@dataclass(frozen=True)
class SearchQuery:
    indexed: tuple[str, ...]  # terms of 3+ characters, looked up in the trigram index
    scanned: tuple[str, ...]  # shorter terms, matched by scanning

    @property
    def is_empty(self) -> bool:
        return not self.indexed and not self.scanned


def parse_query(raw: str) -> SearchQuery:
    """Split what the user typed into terms. A query made only of digits and phone punctuation
    (`081-234`, `+66 81 234`, `๐๘๑`) becomes one run of digits, as phones are stored."""
    norm = normalise_typed(raw)
    if not norm:
        return SearchQuery((), ())
    digits = phone_digits(norm)
    terms = [digits] if digits else norm.split()
    indexed = tuple(t for t in terms if len(t) >= 3)
    scanned = tuple(t for t in terms if len(t) < 3)
    return SearchQuery(indexed, scanned)


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


_SELECT = """
SELECT p.id, p.title, p.given_name, p.family_name, p.nickname, p.phone,
       coalesce(o.name, ''), p.position, p.province, p.sort_key
FROM person p
LEFT JOIN organisation o ON o.id = p.organisation_id
"""
_ALIVE = "p.deleted_at IS NULL AND p.merged_into_id IS NULL"


_PREFIX_COLUMNS = ("given_name", "nickname", "family_name")


def _rows(uow: UnitOfWork, sql: str, params: dict[str, object]) -> list[PersonRow]:
    return [
        PersonRow(*(str(v) if v is not None else "" for v in row))
        for row in uow.session.execute(text(sql), params).all()
    ]


def _prefix_matches(uow: UnitOfWork, term: str, limit: int) -> list[PersonRow]:
    """People whose given name, nickname or family name (or phone, for digits) starts with
    `term`: range scans on their indexes, so the cost is the page, not the table."""
    variants = {term, term[:1].upper() + term[1:]}
    columns = ("phone",) if term.isdigit() else _PREFIX_COLUMNS
    parts: list[str] = []
    params: dict[str, object] = {"limit": limit}
    for c, column in enumerate(columns):
        for v, variant in enumerate(sorted(variants)):
            lo, hi = f"lo{c}{v}", f"hi{c}{v}"
            params[lo], params[hi] = variant, variant + "\U0010ffff"
            parts.append(
                f"SELECT * FROM (SELECT p.id FROM person p WHERE p.{column} >= :{lo}"
                f" AND p.{column} < :{hi} AND {_ALIVE} ORDER BY p.{column} LIMIT :limit)"
            )
    sql = f"""{_SELECT} WHERE p.id IN ({" UNION ".join(parts)})
        ORDER BY +p.sort_key LIMIT :limit"""
    return _rows(uow, sql, params)


def rank_people(typed: Typed, rows: list[PersonRow]) -> list[PersonRow]:
    """Best first by how they matched (`ranking.match_rank`), then in Thai order."""

    def key(r: PersonRow) -> tuple[MatchRank, str]:
        rank = match_rank(
            typed, title=r.title, given_name=r.given_name, family_name=r.family_name,
            nickname=r.nickname, phone=r.phone,
        )  # fmt: skip
        return rank, r.sort_key

    return sorted(rows, key=key)


def search_people(uow: UnitOfWork, raw: str, limit: int = DEFAULT_LIMIT) -> list[PersonRow]:
    """`find_people`; when nobody matches a name typed with its title attached, as names are
    written on invitation lists (``นายสมชาย ใจดี``, ``ดร.มาลี``), the title is taken off."""
    found = find_people(uow, raw, limit)
    if not found:
        parts = split_full_name(raw)
        if parts.title and parts.given:
            detached = " ".join(x for x in (parts.given, parts.family) if x)
            if detached.strip() != raw.strip():
                found = find_people(uow, detached, limit)
    return found


def find_people(uow: UnitOfWork, raw: str, limit: int = DEFAULT_LIMIT) -> list[PersonRow]:
    """People matching every term of `raw`, best first (`ranking.match_rank`: the phone's last
    digits, the full name, the start of a name, then anything else), each tier in Thai order.

    The work is bounded by the page, not by the number of people: prefixes come from index
    range scans, substrings from the trigram index with a cap on candidates (a query that
    matches nearly everyone, like "กองทุน", is narrowed by the next keystroke); only those
    candidates are ranked.
    """
    query = parse_query(raw)
    if query.is_empty:
        return []
    typed = read_typed(raw)
    terms = query.indexed + query.scanned
    found: list[PersonRow] = []
    if len(terms) == 1:
        found = _prefix_matches(uow, terms[0], limit)
        # enough names start with it, or it is too short for the index and some do; a number
        # goes on to the index, as the one whose phone *ends* in it ranks above them all
        if (len(found) >= limit and not typed.digits) or (not query.indexed and found):
            return rank_people(typed, found)[:limit]
    params: dict[str, object] = {"cap": CANDIDATE_CAP}
    scan_sql = ""
    if typed.digits and len(found) >= limit:  # a page of numbers starting with it: add the
        params["ending"] = typed.digits  # few that end with it, not every number containing it
        scan_sql = " AND substr(p.phone, -length(:ending)) = :ending"
    for n, term in enumerate(query.scanned):
        params[f"s{n}"] = term
        scan_sql += f" AND instr(lower(d.body), :s{n}) > 0"
    if query.indexed:
        params["match"] = " AND ".join(_fts_phrase(t) for t in query.indexed)
        hits = "SELECT rowid FROM person_fts WHERE person_fts MATCH :match LIMIT :cap"
    else:
        # only short terms and no name starts with them: scan, stopping at the cap
        hits = f"""SELECT d.rowid FROM person_search_doc d JOIN person p ON p.id = d.person_id
            WHERE {_ALIVE}{scan_sql} LIMIT :cap"""
        scan_sql = ""
    # every candidate (at most the cap) is ranked, not only the first page in Thai order
    sql = f"""WITH hits AS ({hits})
        {_SELECT}
        JOIN person_search_doc d ON d.person_id = p.id
        WHERE d.rowid IN (SELECT rowid FROM hits) AND {_ALIVE}{scan_sql}"""
    seen = {r.id for r in found}
    more = [r for r in _rows(uow, sql, params) if r.id not in seen]
    return rank_people(typed, found + more)[:limit]


# The searchable text of a person row aliased `p` (the same as the triggers of migration 0002).
BODY_SQL = PERSON_SEARCH_BODY

_PAUSABLE = ("person_search_ai", "person_search_doc_ai")


class search_index_paused:
    """For bulk inserts of people in one transaction: the per-row index triggers are set aside
    (FTS5 flushes its buffer on every statement a trigger runs, which makes 10,000 inserts
    take seconds) and the new people are indexed in two set-based statements instead. The
    triggers are put back, exactly as they were, before the transaction ends; a rollback puts
    them back too, as SQLite's schema changes are part of the transaction."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow
        self.saved: dict[str, str] = {}
        self.people: list[str] = []

    def __enter__(self) -> search_index_paused:
        s = self.uow.session
        names = ", ".join(f"'{n}'" for n in _PAUSABLE)
        rows = s.execute(
            text(
                f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({names})"
            )
        ).all()
        self.saved = {str(name): str(sql) for name, sql in rows}
        for name in self.saved:
            s.execute(text(f"DROP TRIGGER {name}"))
        self.before = int(
            s.execute(text("SELECT coalesce(max(rowid), 0) FROM person_search_doc")).scalar_one()
        )
        return self

    def add_people(self, person_ids: list[str]) -> None:
        self.people.extend(person_ids)

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        s = self.uow.session
        if exc_type is None:
            if "person_search_ai" in self.saved and self.people:
                s.execute(
                    text(
                        f"""INSERT INTO person_search_doc(person_id, body)
                        SELECT p.id, {BODY_SQL} FROM person p
                        WHERE p.id IN (SELECT value FROM json_each(:ids))"""
                    ),
                    {"ids": json.dumps(self.people)},
                )
            if "person_search_doc_ai" in self.saved:
                s.execute(
                    text(
                        """INSERT INTO person_fts(rowid, body)
                        SELECT rowid, body FROM person_search_doc WHERE rowid > :before"""
                    ),
                    {"before": self.before},
                )
            for sql in self.saved.values():
                s.execute(text(sql))
            return
        # Something failed (a full disk, a cancel). SQLite may already have rolled the whole
        # transaction back by itself (it does on SQLITE_FULL), and with it the DROPs: then the
        # triggers are there again. Put back only those that are missing, and never let that
        # hide the error the user needs to read; the caller's rollback restores them anyway.
        with contextlib.suppress(Exception):
            present = set(
                s.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars()
            )
            for name, sql in self.saved.items():
                if name not in present:
                    s.execute(text(sql))


def rebuild_search_index(uow: UnitOfWork) -> int:
    """Recompute every person's searchable text (after a schema change recreated `person`
    and its triggers had to be recreated, or to repair). Returns the number of people."""
    s = uow.session
    s.execute(text("DELETE FROM person_search_doc"))
    s.execute(
        text(
            f"INSERT INTO person_search_doc(person_id, body) SELECT p.id, {BODY_SQL} FROM person p"
        )
    )
    s.execute(text("INSERT INTO person_fts(person_fts) VALUES ('rebuild')"))
    return int(s.execute(text("SELECT count(*) FROM person_search_doc")).scalar_one())
