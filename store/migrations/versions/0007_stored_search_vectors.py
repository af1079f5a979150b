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

# the view as this revision leaves it: copied, not imported (see 0002)
LATEST_RECORDS = """
    SELECT a.name AS authority, d.doc, d.file, r.*
    FROM records r
    JOIN latest_versions v ON v.id = r.version_id
    JOIN documents d ON d.id = v.document_id
    LEFT JOIN authorities a ON a.id = d.authority_id
    WHERE d.same_plan_as IS NULL
"""


def upgrade() -> None:
    # made by the code that queries it, as in 0005
    if op.get_bind().dialect.name == "postgresql":
        rebuild_index(op.get_bind())


def downgrade() -> None:
    # The column is generated from fields earlier revisions drop, so it goes; the code of
    # an earlier revision makes its own index again when it opens the store.
    # A view made since (0008 makes them again) shows the records' column: it is made again
    # without it.
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP VIEW IF EXISTS latest_records")
        for table in ("sections", "records"):
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_search")
            op.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS search_vector")
        op.execute(f"CREATE VIEW latest_records AS {LATEST_RECORDS}")
