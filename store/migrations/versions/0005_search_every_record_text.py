"""The full-text index reads every text field of a record: the fields 0002 added (status,
risk and KPI texts, a mitigation above all) were stored but could not be searched.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

from councilplans.store.fulltext import rebuild_index

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The index is made by the code that queries it (the two must spell the same expression
    # on PostgreSQL), so it is rebuilt from fulltext.py rather than copied here: a later
    # revision that changes it rebuilds it again.
    rebuild_index(op.get_bind())


def downgrade() -> None:
    # An index over more fields serves the earlier code as well: on SQLite its queries read
    # the same FTS5 table, on PostgreSQL they find every row, without this index's speed.
    pass
