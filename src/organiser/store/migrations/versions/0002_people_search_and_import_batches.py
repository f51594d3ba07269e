"""people: trigram full-text search over people, prefix indexes, import batches (undo an import)

A document table `person_search_doc` holds one line of searchable text per person (title, names,
nickname, phone digits, e-mail, LINE ID, the organisation's names); triggers keep it in step with
`person` and `organisation`, and an external-content FTS5 table with the `trigram` tokenizer
indexes it, so any substring of three or more characters (Thai included) is found through the
index. Shorter queries scan the document table (see services.people.search).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 21:15:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The searchable text of person NEW (or a row aliased p in the backfill).
_BODY = """
    trim(
        coalesce({p}.title, '') || ' ' || coalesce({p}.given_name, '') || ' ' ||
        coalesce({p}.family_name, '') || ' ' || coalesce({p}.nickname, '') || ' ' ||
        coalesce({p}.phone, '') || ' ' || coalesce({p}.email, '') || ' ' ||
        coalesce({p}.line_id, '') || ' ' ||
        coalesce((SELECT o.name || ' ' || o.short_name || ' ' || o.name_en
                  FROM organisation o WHERE o.id = {p}.organisation_id), '')
    )
"""

_STATEMENTS = [
    """CREATE TABLE person_search_doc (
        rowid INTEGER PRIMARY KEY,
        person_id VARCHAR(36) NOT NULL UNIQUE,
        body TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE VIRTUAL TABLE person_fts USING fts5(
        body, content='person_search_doc', content_rowid='rowid', tokenize='trigram'
    )""",
    """CREATE TRIGGER person_search_doc_ai AFTER INSERT ON person_search_doc BEGIN
        INSERT INTO person_fts(rowid, body) VALUES (new.rowid, new.body);
    END""",
    """CREATE TRIGGER person_search_doc_ad AFTER DELETE ON person_search_doc BEGIN
        INSERT INTO person_fts(person_fts, rowid, body) VALUES ('delete', old.rowid, old.body);
    END""",
    """CREATE TRIGGER person_search_doc_au AFTER UPDATE OF body ON person_search_doc BEGIN
        INSERT INTO person_fts(person_fts, rowid, body) VALUES ('delete', old.rowid, old.body);
        INSERT INTO person_fts(rowid, body) VALUES (new.rowid, new.body);
    END""",
    f"""CREATE TRIGGER person_search_ai AFTER INSERT ON person BEGIN
        INSERT INTO person_search_doc(person_id, body) VALUES (new.id, {_BODY.format(p="new")});
    END""",
    f"""CREATE TRIGGER person_search_au AFTER UPDATE ON person BEGIN
        UPDATE person_search_doc SET body = {_BODY.format(p="new")}
        WHERE person_id = new.id AND body IS NOT {_BODY.format(p="new")};
    END""",
    """CREATE TRIGGER person_search_ad AFTER DELETE ON person BEGIN
        DELETE FROM person_search_doc WHERE person_id = old.id;
    END""",
    f"""CREATE TRIGGER organisation_search_au
        AFTER UPDATE OF name, short_name, name_en ON organisation BEGIN
        UPDATE person_search_doc SET body = (
            SELECT {_BODY.format(p="p")} FROM person p WHERE p.id = person_search_doc.person_id
        )
        WHERE person_id IN (SELECT id FROM person WHERE organisation_id = new.id);
    END""",
    f"""INSERT INTO person_search_doc(person_id, body)
        SELECT p.id, {_BODY.format(p="p")} FROM person p""",
]


def upgrade() -> None:
    op.create_table(
        "import_batch",
        sa.Column("event_id", sa.String(length=36), nullable=True),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("rows_read", sa.Integer(), nullable=False),
        sa.Column("created_people", sa.JSON(), nullable=False),
        sa.Column("created_organisations", sa.JSON(), nullable=False),
        sa.Column("merged_people", sa.JSON(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_import_batch_event_id_event"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batch")),
    )
    with op.batch_alter_table("import_batch", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_batch_event_id"), ["event_id"], unique=False)
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index("ix_person_nickname", ["nickname"], unique=False)
        batch_op.create_index("ix_person_family_name", ["family_name"], unique=False)
    for statement in _STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    for name in (
        "organisation_search_au",
        "person_search_ad",
        "person_search_au",
        "person_search_ai",
        "person_search_doc_au",
        "person_search_doc_ad",
        "person_search_doc_ai",
    ):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS person_fts")
    op.execute("DROP TABLE IF EXISTS person_search_doc")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("ix_person_family_name")
        batch_op.drop_index("ix_person_nickname")
    with op.batch_alter_table("import_batch", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_batch_event_id"))
    op.drop_table("import_batch")
