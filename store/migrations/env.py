"""Alembic's environment for the store: migrations run on the connection councilplans hands
over (``councilplans db upgrade``), or on ``sqlalchemy.url`` when a developer runs alembic
itself to write a new revision (``alembic -x`` is not needed: set the URL in a config)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from councilplans.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is not None:
    context.configure(connection=connection, target_metadata=Base.metadata)
    with context.begin_transaction():
        context.run_migrations()
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite:///councilplans.db")
    with engine.connect() as conn:
        context.configure(connection=conn, target_metadata=Base.metadata)
        with context.begin_transaction():
            context.run_migrations()
