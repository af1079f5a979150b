"""A plan published as both PDF and DOCX is one plan: the second file points at the first
(``documents.same_plan_as``), and the view of latest records shows the plan once.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# The view as each side of this revision leaves it: copied, not imported (see 0002).
LATEST_RECORDS_BEFORE = """
    SELECT a.name AS authority, d.doc, d.file, r.*
    FROM records r
    JOIN latest_versions v ON v.id = r.version_id
    JOIN documents d ON d.id = v.document_id
    LEFT JOIN authorities a ON a.id = d.authority_id
"""
LATEST_RECORDS_AFTER = LATEST_RECORDS_BEFORE + "    WHERE d.same_plan_as IS NULL\n"


def upgrade() -> None:
    # a plain ADD COLUMN (see 0003); the foreign key is the model's, which SQLite cannot add
    # to a table that exists: the column is filled by the code, never by hand
    op.add_column("documents", sa.Column("same_plan_as", sa.Integer(), nullable=True))
    op.execute("DROP VIEW IF EXISTS latest_records")
    op.execute(f"CREATE VIEW latest_records AS {LATEST_RECORDS_AFTER}")


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS latest_records")
    op.execute("ALTER TABLE documents DROP COLUMN same_plan_as")
    op.execute(f"CREATE VIEW latest_records AS {LATEST_RECORDS_BEFORE}")
