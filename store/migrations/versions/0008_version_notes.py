"""What a reading should be known for that lost nothing (the pages read by OCR) is kept with
its version (``document_versions.notes``), apart from ``error``: a scanned plan read by OCR
is ok, not partial.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


# The views on both sides of this revision (PostgreSQL expands ``v.*`` when a view is made,
# and will not drop a column a view shows): copied, not imported (see 0002).
LATEST_VERSIONS = """
    SELECT v.* FROM document_versions v
    WHERE v.id = (SELECT max(v2.id) FROM document_versions v2
                  WHERE v2.document_id = v.document_id AND v2.status IN ('ok', 'partial'))
"""
LATEST_RECORDS = """
    SELECT a.name AS authority, d.doc, d.file, r.*
    FROM records r
    JOIN latest_versions v ON v.id = r.version_id
    JOIN documents d ON d.id = v.document_id
    LEFT JOIN authorities a ON a.id = d.authority_id
    WHERE d.same_plan_as IS NULL
"""


def drop_views() -> None:
    op.execute("DROP VIEW IF EXISTS latest_records")
    op.execute("DROP VIEW IF EXISTS latest_versions")


def create_views() -> None:
    op.execute(f"CREATE VIEW latest_versions AS {LATEST_VERSIONS}")
    op.execute(f"CREATE VIEW latest_records AS {LATEST_RECORDS}")


def upgrade() -> None:
    drop_views()
    op.add_column("document_versions", sa.Column("notes", sa.Text(), nullable=True))
    create_views()


def downgrade() -> None:
    drop_views()
    op.execute("ALTER TABLE document_versions DROP COLUMN notes")
    create_views()
