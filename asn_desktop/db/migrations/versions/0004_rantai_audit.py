"""tamper evidence: hash chain over the audit log

Adds ``audit_log.chain_hash`` and chains the rows an existing database already
has, in id order, with the same function every later write transaction uses
(db/audit_chain.seal), so an upgraded file verifies like a new one.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from asn_desktop.db.audit_chain import seal

    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("chain_hash", sa.String(length=64), nullable=True))
    cur = op.get_bind().connection.driver_connection.cursor()
    try:
        seal(cur)
    finally:
        cur.close()


def downgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_column("chain_hash")
