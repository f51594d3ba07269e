"""Search as you type: names, nicknames, phone fragments, organisations, Thai substrings.

The index is the trigram FTS5 table of migration 0002 (`person_fts` over `person_search_doc`):
every term of three or more characters is looked up in the index; shorter terms (the first one
or two keystrokes) are matched with `instr` on the same text, walking people in Thai order so the
first page of results is found without reading every row.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import text

from organiser.services.people import PersonRow
from organiser.store.db import UnitOfWork

DEFAULT_LIMIT = 200
CANDIDATE_CAP = 2000
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_PHONE_LIKE = re.compile(r"[\d\s\-+().]+")


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
    norm = unicodedata.normalize("NFC", raw).translate(_THAI_DIGITS).replace("\u200b", "")
    norm = norm.strip().casefold()
    if not norm:
        return SearchQuery((), ())
    if _PHONE_LIKE.fullmatch(norm) and any(ch.isdigit() for ch in norm):
        digits = re.sub(r"\D", "", norm)
        if norm.startswith("+66") and len(digits) > 2:
            digits = "0" + digits[2:]
        terms = [digits]
    else:
        terms = norm.split()
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


def search_people(uow: UnitOfWork, raw: str, limit: int = DEFAULT_LIMIT) -> list[PersonRow]:
    """People matching every term of `raw`, best first: given names or nicknames that start
    with the first term, then Thai dictionary order."""
    query = parse_query(raw)
    if query.is_empty:
        return []
    params: dict[str, object] = {"limit": limit}
    scan_sql = ""
    for n, term in enumerate(query.scanned):
        params[f"s{n}"] = term
        scan_sql += f" AND instr(lower(d.body), :s{n}) > 0"
    first = (query.indexed + query.scanned)[0]
    params["prefix"] = first.replace("%", "").replace("_", "") + "%"
    rank = "(lower(p.given_name) LIKE :prefix OR lower(p.nickname) LIKE :prefix) DESC, "
    # Candidates are capped so a query that matches nearly everyone ("กองทุน") stays quick;
    # the user narrows it with the next keystroke.
    params["cap"] = CANDIDATE_CAP
    if query.indexed:
        params["match"] = " AND ".join(_fts_phrase(t) for t in query.indexed)
        hits = "SELECT rowid FROM person_fts WHERE person_fts MATCH :match LIMIT :cap"
    else:
        # one or two characters: no index can help; scan until enough people are found
        hits = f"""SELECT d.rowid FROM person_search_doc d JOIN person p ON p.id = d.person_id
            WHERE {_ALIVE}{scan_sql} LIMIT :cap"""
        scan_sql = ""
    sql = f"""WITH hits AS ({hits})
        {_SELECT}
        JOIN person_search_doc d ON d.person_id = p.id
        WHERE d.rowid IN (SELECT rowid FROM hits) AND {_ALIVE}{scan_sql}
        ORDER BY {rank}p.sort_key
        LIMIT :limit"""
    rows = uow.session.execute(text(sql), params).all()
    return [PersonRow(*(str(v) if v is not None else "" for v in row)) for row in rows]


def rebuild_search_index(uow: UnitOfWork) -> int:
    """Recompute every person's searchable text (after a schema change recreated `person`
    and its triggers had to be recreated, or to repair). Returns the number of people."""
    s = uow.session
    s.execute(text("DELETE FROM person_search_doc"))
    s.execute(
        text(
            """INSERT INTO person_search_doc(person_id, body)
            SELECT p.id, trim(
                coalesce(p.title, '') || ' ' || coalesce(p.given_name, '') || ' ' ||
                coalesce(p.family_name, '') || ' ' || coalesce(p.nickname, '') || ' ' ||
                coalesce(p.phone, '') || ' ' || coalesce(p.email, '') || ' ' ||
                coalesce(p.line_id, '') || ' ' ||
                coalesce((SELECT o.name || ' ' || o.short_name || ' ' || o.name_en
                          FROM organisation o WHERE o.id = p.organisation_id), ''))
            FROM person p"""
        )
    )
    s.execute(text("INSERT INTO person_fts(person_fts) VALUES ('rebuild')"))
    return int(s.execute(text("SELECT count(*) FROM person_search_doc")).scalar_one())
