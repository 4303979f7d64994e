"""careers: potential assessments for the talent nine-box

PermenPANRB 3/2020 (manajemen talenta): kinerja from the predikat history ×
potensi from an assessment the operator enters or imports, one row per assessment.

Revision ID: 0011_karier
Revises: 0009_rapat (after the merged meetings revision; re-chained at integration)
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "penilaian_potensi",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pegawai_id", sa.Integer(), nullable=False),
        sa.Column("tanggal", sa.Date(), nullable=False),
        sa.Column("tingkat", sa.Integer(), nullable=False),
        sa.Column("skor", sa.Float(), nullable=True),
        sa.Column("metode", sa.String(length=200), nullable=True),
        sa.Column("asesor", sa.String(length=200), nullable=True),
        sa.Column("catatan", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(["pegawai_id"], ["pegawai.id"], name=op.f("fk_penilaian_potensi_pegawai_id_pegawai"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_penilaian_potensi")),
    )
    with op.batch_alter_table("penilaian_potensi", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_penilaian_potensi_pegawai_id"), ["pegawai_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("penilaian_potensi", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_penilaian_potensi_pegawai_id"))
    op.drop_table("penilaian_potensi")
