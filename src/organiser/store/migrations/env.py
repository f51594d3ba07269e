"""Alembic environment: always runs on a connection handed in by organiser.store.migrate."""

from alembic import context

from organiser.domain import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through organiser.store.migrate, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
if connection.in_transaction():
    connection.commit()
