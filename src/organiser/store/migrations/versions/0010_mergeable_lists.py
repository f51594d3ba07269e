"""lists that merge: order keys between neighbours, join rows named by what they join

- `position` of agenda sessions, a session's people, memorandum clauses and parties, and plan
  actions becomes an order key (text, organiser.core.positions): a row moved gets a key between
  its new neighbours and no other row is written. Existing numbers become keys in the same order
  (ties in the old numbers kept in id order, as readers now break ties).
- The join rows (`session_person`, `team_member`, `plan_memorandum`) get ids made from what they
  join (organiser.core.ids.natural_id), the same on every copy; `plan_memorandum` gets an id,
  timestamps and `deleted_at` (unlinking marks it deleted instead of deleting it). A person in
  a team twice (possible before) keeps one membership: the live one, else the newest.

The functions that make keys and ids are copied here, frozen: a later change to the app's code
must not change what this revision wrote.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 15:45:00
"""

import datetime as dt
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_NATURAL = uuid.UUID("6f1c2c0e-4d0a-5b1e-9a53-0a7f1d3e2b71")

# table -> the columns that make one list (whose rows are ordered among themselves)
_LISTS = {
    "agenda_session": ("event_id", "day"),
    "session_person": ("session_id",),
    "memorandum_clause": ("memorandum_id",),
    "memorandum_party": ("memorandum_id",),
    "plan_action": ("plan_id",),
}


def _spread(count: int) -> list[str]:
    base = len(_DIGITS)
    width = 1
    while base**width < (count + 1) * 2:
        width += 1
    step = base**width / (count + 1)
    keys = []
    for n in range(1, count + 1):
        value = round(step * n)
        digits = []
        for _ in range(width):
            value, d = divmod(value, base)
            digits.append(_DIGITS[d])
        keys.append("".join(reversed(digits)).rstrip("0"))
    return keys


def _natural_id(table: str, *parts: str) -> str:
    return str(uuid.uuid5(_NATURAL, "|".join((table, *parts))))


def _order_keys(conn: sa.Connection, table: str, group: tuple[str, ...]) -> None:
    cols = ", ".join(group)
    rows = conn.exec_driver_sql(
        f"SELECT id, {cols} FROM {table} ORDER BY {cols}, CAST(position AS REAL), id"
    ).fetchall()
    lists: dict[tuple[object, ...], list[str]] = {}
    for row in rows:
        lists.setdefault(tuple(row[1:]), []).append(str(row[0]))
    updates = [
        {"key": key, "id": row_id}
        for ids in lists.values()
        for row_id, key in zip(ids, _spread(len(ids)), strict=True)
    ]
    if updates:
        conn.execute(sa.text(f"UPDATE {table} SET position = :key WHERE id = :id"), updates)


def upgrade() -> None:
    conn = op.get_bind()
    for table, group in _LISTS.items():
        with op.batch_alter_table(table) as batch:
            batch.alter_column(
                "position",
                existing_type=sa.Integer(),
                type_=sa.String(length=200),
                existing_nullable=False,
            )
        _order_keys(conn, table, group)

    rows = conn.exec_driver_sql("SELECT id, session_id, person_id, role FROM session_person")
    updates = [
        {"new": _natural_id("session_person", s, p, r), "old": i} for i, s, p, r in rows.fetchall()
    ]
    if updates:
        conn.execute(sa.text("UPDATE session_person SET id = :new WHERE id = :old"), updates)

    # one membership per person and team: the live one, else the one changed last
    members = conn.exec_driver_sql(
        "SELECT id, team_id, person_id FROM team_member "
        "ORDER BY team_id, person_id, deleted_at IS NOT NULL, updated_at DESC, id"
    ).fetchall()
    seen: set[tuple[str, str]] = set()
    for old, team_id, person_id in members:
        if (team_id, person_id) in seen:
            conn.execute(sa.text("DELETE FROM team_member WHERE id = :id"), {"id": old})
            continue
        seen.add((team_id, person_id))
        conn.execute(
            sa.text("UPDATE team_member SET id = :new WHERE id = :old"),
            {"new": _natural_id("team_member", team_id, person_id), "old": old},
        )

    links = conn.exec_driver_sql("SELECT plan_id, memorandum_id FROM plan_memorandum").fetchall()
    op.drop_table("plan_memorandum")
    op.create_table(
        "plan_memorandum",
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("memorandum_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["memorandum_id"],
            ["memorandum.id"],
            name=op.f("fk_plan_memorandum_memorandum_id_memorandum"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["plan.id"],
            name=op.f("fk_plan_memorandum_plan_id_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_memorandum")),
        sa.UniqueConstraint(
            "plan_id", "memorandum_id", name=op.f("uq_plan_memorandum_plan_id_memorandum_id")
        ),
    )
    with op.batch_alter_table("plan_memorandum") as batch:
        batch.create_index(batch.f("ix_plan_memorandum_plan_id"), ["plan_id"], unique=False)
        batch.create_index(
            batch.f("ix_plan_memorandum_memorandum_id"), ["memorandum_id"], unique=False
        )
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if links:
        # the moment of the upgrade: when the link was made was never recorded
        conn.execute(
            sa.text(
                "INSERT INTO plan_memorandum (id, plan_id, memorandum_id, created_at, updated_at) "
                "VALUES (:id, :plan, :memo, :now, :now)"
            ),
            [
                {"id": _natural_id("plan_memorandum", p, m), "plan": p, "memo": m, "now": now}
                for p, m in links
            ],
        )


def downgrade() -> None:
    # positions back to numbers in the same order; unlinked plan links are dropped; the ids
    # made from natural keys stay (they are ids like any other)
    conn = op.get_bind()
    for table, group in _LISTS.items():
        cols = ", ".join(group)
        rows = conn.exec_driver_sql(
            f"SELECT id, {cols} FROM {table} ORDER BY {cols}, position, id"
        ).fetchall()
        counter: dict[tuple[object, ...], int] = {}
        updates = []
        for row in rows:
            n = counter.get(tuple(row[1:]), 0)
            counter[tuple(row[1:])] = n + 1
            updates.append({"n": n, "id": row[0]})
        if updates:
            conn.execute(sa.text(f"UPDATE {table} SET position = :n WHERE id = :id"), updates)
        with op.batch_alter_table(table) as batch:
            batch.alter_column(
                "position",
                existing_type=sa.String(length=200),
                type_=sa.Integer(),
                existing_nullable=False,
            )
    links = conn.exec_driver_sql(
        "SELECT plan_id, memorandum_id FROM plan_memorandum WHERE deleted_at IS NULL"
    ).fetchall()
    op.drop_table("plan_memorandum")
    op.create_table(
        "plan_memorandum",
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("memorandum_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["memorandum_id"],
            ["memorandum.id"],
            name=op.f("fk_plan_memorandum_memorandum_id_memorandum"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["plan.id"],
            name=op.f("fk_plan_memorandum_plan_id_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("plan_id", "memorandum_id", name=op.f("pk_plan_memorandum")),
    )
    if links:
        conn.execute(
            sa.text("INSERT INTO plan_memorandum (plan_id, memorandum_id) VALUES (:p, :m)"),
            [{"p": p, "m": m} for p, m in links],
        )
