"""evidence file contents in the database (a server's PCs share them)

Revision ID: 0012_berkas_bukti
Revises: 0011
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "berkas_bukti",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("isi", sa.LargeBinary(), nullable=False),
        sa.Column("ukuran", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_berkas_bukti")),
    )


def downgrade() -> None:
    op.drop_table("berkas_bukti")
