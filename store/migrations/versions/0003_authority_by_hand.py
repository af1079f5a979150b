"""A document's authority can be given by hand (`councilplans assign`), and then stays.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain ADD COLUMN: a batch (copy the table) would break the views on documents
    op.add_column(
        "documents",
        sa.Column("authority_by_hand", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    op.execute("ALTER TABLE documents DROP COLUMN authority_by_hand")  # SQLite 3.35 on
