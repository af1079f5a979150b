"""SQLite: the tables of words ranked when written (store/ranked.py), and the index's
triggers counting its writes, so that a list ranked before a write is known to be stale.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

from councilplans.store.fulltext import add_ranking, remove_ranking

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    add_ranking(op.get_bind())


def downgrade() -> None:
    remove_ranking(op.get_bind())
