"""An index on documents.same_plan_as, of the documents that name another: search() asks
which files stand beside the documents it found, and deleting a document looks for those
naming it. Partial: one holding the NULLs too led SQLite, without statistics, to read the
documents named by none (most of them) as if they were few, and to join search's hits
from every document instead of from the hits.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE INDEX IF NOT EXISTS ix_documents_same_plan_as ON documents (same_plan_as) "
        "WHERE same_plan_as IS NOT NULL"
    )


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_documents_same_plan_as")
