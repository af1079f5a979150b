"""The schema councilplans 0.1.0 wrote: the baseline every later revision builds on.

0.1.0 predates migrations: a store it wrote has no alembic_version table and is known by its
columns (``councilplans.store.migrate.current``), then stamped here before upgrading. A new
store is created from the models at the newest revision, never through this one.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
