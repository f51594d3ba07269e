"""What each table of the schema is to sync, decided in one place.

- `replicated`: users edit it on any copy; every column is last-writer-wins by stamp, with a
  conflict when two copies changed it without seeing each other's edit.
- `insert_only`: facts (check-ins and their undos, histories, progress notes); every copy keeps
  the union of all of them, and no two copies ever write the same row.
- `local`: belongs to this laptop only and never leaves it.
- `derived`: rebuilt from other tables on every copy, so sending it would only send noise.

A table missing here is neither captured nor applied; a test fails until it is decided.
"""

from __future__ import annotations

from enum import StrEnum


class Policy(StrEnum):
    REPLICATED = "replicated"
    INSERT_ONLY = "insert_only"
    LOCAL = "local"
    DERIVED = "derived"


R, FACTS, L, D = Policy.REPLICATED, Policy.INSERT_ONLY, Policy.LOCAL, Policy.DERIVED

TABLES: dict[str, Policy] = {
    # people and organisations, edited at every office
    "organisation": R,
    "person": R,
    # seminars, their rooms, agendas and who speaks where
    "event": R,
    "room": R,
    "agenda_session": R,
    # join rows (a person in a session, a member of a team, a plan's link to a memorandum) are
    # named by what they join (core.ids.natural_id), so two copies adding the same one make one
    # row; taking one out sets `deleted_at`. A `position` is an order key (core.positions):
    # moving a row changes that row's key only, last-writer-wins like any field
    "session_person": R,
    "registration": R,
    # the venue: a check-in or its undo is an event that happened, never edited
    "check_in": FACTS,
    # memoranda of cooperation; the status history is a record of what happened
    "memorandum": R,
    "memorandum_party": R,
    "memorandum_commitment": R,
    "memorandum_clause": R,
    "memorandum_attachment": R,  # the metadata; the file itself travels by SHA-256 (next slice)
    "memorandum_status_change": FACTS,
    # plans and follow-up; a progress note is a dated fact
    "plan": R,
    "plan_action": R,
    "plan_action_update": FACTS,
    "plan_memorandum": R,
    "team": R,
    "team_member": R,
    # this laptop's own: settings (this desk's name, language, folders), the record of what was
    # done here (audit log), the imports made here (their undo restores this copy only), and
    # the schema revision
    "setting": L,
    "audit_log": L,
    "import_batch": L,
    "agenda_import": L,  # an agenda import made here: its undo takes back this copy's sessions
    "alembic_version": L,
    # the search index, rebuilt by its own triggers from `person` and `organisation`
    "person_search_doc": D,
    "person_fts": D,
    "person_fts_config": D,
    "person_fts_data": D,
    "person_fts_docsize": D,
    "person_fts_idx": D,
    # sync's own bookkeeping is per copy
    "sync_change": L,
    "sync_pending": L,
    "sync_copy": L,
    "sync_held": L,
    "sync_waiting": L,
    "sync_conflict": L,
    # whom this copy trusts, and the signatures it keeps to pass changes on unchanged
    "sync_trust": L,
    "sync_batch": L,
    "sync_seal": L,
    "sync_sent": L,
    "sync_awaited": L,
    "sync_future": L,  # changes held back: stamped far ahead of this laptop's clock
    "sync_newer": L,  # rows with changes only a newer version of Organiser can apply
}

# Columns of captured tables that are not sent: sort keys are derived (recomputed from the
# name on the receiving copy); `registration.import_batch_id` points into a local table.
NOT_SENT: dict[str, frozenset[str]] = {
    "person": frozenset({"sort_key"}),
    "organisation": frozenset({"sort_key"}),
    "registration": frozenset({"import_batch_id"}),
}

# Last-writer-wins without ever raising a conflict: every edit touches them.
NEVER_IN_CONFLICT = frozenset({"updated_at"})

# The pseudo-column of a replicated row's creation (its values as a JSON object) or deletion
# (0), and the one that carries a whole row of an insert-only table as JSON.
ROW = "_row"
WHOLE = "*"

# Erasure (PDPA) is sticky: once a person's `erased_at` is set, these columns keep the erased
# value whatever else arrives, and the older and concurrent values leave the change log.
_PERSONAL = (
    "title", "given_name", "family_name", "nickname", "phone", "email", "line_id",
    "position", "district", "subdistrict", "village_no", "diet", "access_needs",
    "consent_on", "consent_purpose", "notes",
)  # fmt: skip
ERASED: dict[str, frozenset[str]] = {"person": frozenset(_PERSONAL)}


def policy_of(table: str) -> Policy | None:
    return TABLES.get(table)


def is_captured(table: str) -> bool:
    return TABLES.get(table) in (Policy.REPLICATED, Policy.INSERT_ONLY)


def sent_columns(table: str, columns: list[str]) -> list[str]:
    skip = NOT_SENT.get(table, frozenset())
    return [c for c in columns if c not in skip]
