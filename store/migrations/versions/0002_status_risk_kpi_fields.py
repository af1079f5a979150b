"""Fields added after 0.1.0 (issue 12): a record's status, risk and KPI fields with their
parsed values, who published a version and where its authority was named, and what each
column of a table holds.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

RECORD_TEXTS = (
    "status",
    "impact",
    "likelihood",
    "score",
    "mitigation",
    "actual",
    "floor",
    "period",
    "actual_unit",
)
RECORD_NUMBERS = (
    "actual_number",
    "floor_number",
    "impact_number",
    "likelihood_number",
    "score_number",
)
VERSION_TEXTS = ("publisher", "authority_evidence")

# The views as this revision leaves them (PostgreSQL expands ``r.*`` when a view is made, so
# a view made before the new columns would not show them): copied, not imported, so that
# this revision does the same whatever later code says.
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
"""


def drop_views() -> None:
    op.execute("DROP VIEW IF EXISTS latest_records")
    op.execute("DROP VIEW IF EXISTS latest_versions")


def create_views() -> None:
    op.execute(f"CREATE VIEW latest_versions AS {LATEST_VERSIONS}")
    op.execute(f"CREATE VIEW latest_records AS {LATEST_RECORDS}")


def upgrade() -> None:
    drop_views()
    with op.batch_alter_table("records") as records:
        for name in RECORD_TEXTS:
            records.add_column(sa.Column(name, sa.Text(), nullable=True))
        for name in RECORD_NUMBERS:
            records.add_column(sa.Column(name, sa.Float(), nullable=True))
    with op.batch_alter_table("document_versions") as versions:
        for name in VERSION_TEXTS:
            versions.add_column(sa.Column(name, sa.Text(), nullable=True))
    with op.batch_alter_table("tables") as tables:
        tables.add_column(sa.Column("columns", sa.JSON(), nullable=True))
    op.execute("UPDATE tables SET columns = '[]'")  # no column's kind was kept before
    create_views()


def downgrade() -> None:
    drop_views()
    with op.batch_alter_table("tables") as tables:
        tables.drop_column("columns")
    with op.batch_alter_table("document_versions") as versions:
        for name in VERSION_TEXTS:
            versions.drop_column(name)
    with op.batch_alter_table("records") as records:
        for name in RECORD_TEXTS + RECORD_NUMBERS:
            records.drop_column(name)
    create_views()
