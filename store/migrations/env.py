"""Alembic's environment for the store: migrations run on the connection councilplans hands
over (``councilplans db upgrade``), or on ``sqlalchemy.url`` when a developer runs alembic
itself to write a new revision (``alembic -x`` is not needed: set the URL in a config)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from councilplans.store.models import Base


def run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=Base.metadata)
    with context.begin_transaction():
        context.run_migrations()


config = context.config
given = config.attributes.get("connection")
if given is not None:
    run(given)
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite:///councilplans.db")
    with engine.connect() as conn:
        run(conn)
