"""The live schema as sync needs it: columns, primary keys, parents, and an order in which
parents come before children. Read from SQLite itself, so it follows every migration."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from functools import cached_property

from organiser.sync import policy


@dataclass(frozen=True)
class Table:
    name: str
    columns: list[str]
    key: list[str]  # primary key columns, in order
    notnull: frozenset[str]
    parents: dict[str, str] = field(default_factory=dict)  # column -> parent table (by id)

    @property
    def sent(self) -> list[str]:
        return policy.sent_columns(self.name, self.columns)

    # Asked once per row when thousands of rows are applied: worked out once per table.
    @cached_property
    def sent_set(self) -> frozenset[str]:
        return frozenset(self.sent)

    @cached_property
    def column_set(self) -> frozenset[str]:
        return frozenset(self.columns)

    @cached_property
    def position(self) -> dict[str, int]:
        return {c: i for i, c in enumerate(self.columns)}

    @cached_property
    def where_key(self) -> str:
        return " AND ".join(f"{q(c)} = ?" for c in self.key)

    @cached_property
    def select_row(self) -> str:
        return f"SELECT {', '.join(q(c) for c in self.columns)} FROM {q(self.name)} WHERE {self.where_key}"


def q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def table_names(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    ).fetchall()
    return [str(r[0]) for r in rows]


def read_table(conn: sqlite3.Connection, name: str) -> Table:
    info = conn.execute(f"PRAGMA table_info({q(name)})").fetchall()
    columns = [str(r[1]) for r in info]
    key = [str(r[1]) for r in sorted((r for r in info if r[5]), key=lambda r: r[5])]
    notnull = frozenset(str(r[1]) for r in info if r[3])
    parents = {
        str(r[3]): str(r[2]) for r in conn.execute(f"PRAGMA foreign_key_list({q(name)})").fetchall()
    }
    return Table(name, columns, key, notnull, parents)


def captured_tables(conn: sqlite3.Connection) -> dict[str, Table]:
    return {n: read_table(conn, n) for n in table_names(conn) if policy.is_captured(n)}


def parents_first(tables: dict[str, Table]) -> list[str]:
    """Table names with every parent before its children (a self-reference is no edge)."""
    done: list[str] = []
    seen: set[str] = set()

    def visit(name: str, path: frozenset[str]) -> None:
        if name in seen or name in path:
            return
        for parent in tables[name].parents.values():
            if parent in tables and parent != name:
                visit(parent, path | {name})
        seen.add(name)
        done.append(name)

    for name in sorted(tables):
        visit(name, frozenset())
    return done


def row_id_sql(table: Table, alias: str) -> str:
    """The text that names a row in the change log: its id, or its key columns joined."""
    return " || '|' || ".join(f"{alias}.{q(c)}" for c in table.key)
