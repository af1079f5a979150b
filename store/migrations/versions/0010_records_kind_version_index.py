"""The index on records.kind extended to (kind, version_id, position): compare(kind=...)
reads a kind's records in the order of their versions and positions from it, where SQLite
sorted every row it read (bench/RESULTS.md, query speed).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_records_kind")
    op.execute(
        "CREATE INDEX IF NOT EXISTS ix_records_kind_version ON records (kind, version_id, position)"
    )


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_records_kind_version")
    op.execute("CREATE INDEX IF NOT EXISTS ix_records_kind ON records (kind)")
