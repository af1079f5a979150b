"""PostgreSQL: the full-text vectors stored in a generated column, indexed, instead of an
index on the expression, which made every matched row's vector computed again to rank it.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

from councilplans.store.fulltext import rebuild_index

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # made by the code that queries it, as in 0005
    if op.get_bind().dialect.name == "postgresql":
        rebuild_index(op.get_bind())


def downgrade() -> None:
    # The column is generated from fields earlier revisions drop, so it goes; the code of
    # an earlier revision makes its own index again when it opens the store.
    if op.get_bind().dialect.name == "postgresql":
        for table in ("sections", "records"):
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_search")
            op.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS search_vector")
