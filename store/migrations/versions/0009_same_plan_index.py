"""An index on documents.same_plan_as: search() asks which files stand beside the documents it
found, and deleting a document looks for the documents that name it.

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
    op.execute("CREATE INDEX IF NOT EXISTS ix_documents_same_plan_as ON documents (same_plan_as)")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_documents_same_plan_as")
