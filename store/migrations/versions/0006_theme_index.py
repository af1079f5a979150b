"""An index on lower(theme), which compare(theme=...) matches.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX IF NOT EXISTS ix_records_theme_lower ON records (lower(theme))")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_records_theme_lower")
