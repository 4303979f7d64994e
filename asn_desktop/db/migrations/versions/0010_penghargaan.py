"""recognition and incentive: Piagam Penghargaan snapshots, office number sequences, TPP rules

A certificate printed from the app keeps what it showed (``riwayat_penghargaan.piagam``);
its number comes from an office sequence (``nomor_urut``). The regional performance
allowance rule (Perkada, changes yearly) is data with an effective date
(``aturan_insentif``); the discipline share is entered per employee and month
(``disiplin_insentif``).

Revision ID: 0010_penghargaan
Revises: 0006
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _timestamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
    ]


def upgrade() -> None:
    with op.batch_alter_table("riwayat_penghargaan", schema=None) as batch_op:
        batch_op.add_column(sa.Column("piagam", sa.JSON(), nullable=True))

    op.create_table(
        "nomor_urut",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("jenis", sa.String(length=50), nullable=False),
        sa.Column("tahun", sa.Integer(), nullable=False),
        sa.Column("terakhir", sa.Integer(), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nomor_urut")),
        sa.UniqueConstraint("jenis", "tahun", name=op.f("uq_nomor_urut_jenis_tahun")),
    )
    op.create_table(
        "aturan_insentif",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("berlaku_mulai", sa.Date(), nullable=False),
        sa.Column("nama", sa.String(length=200), nullable=False),
        sa.Column("porsi_kinerja", sa.Float(), nullable=False),
        sa.Column("persen_predikat", sa.JSON(), nullable=False),
        sa.Column("nilai_kelas", sa.JSON(), nullable=False),
        sa.Column("keterangan", sa.Text(), nullable=True),
        sa.Column("version_id", sa.Integer(), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_aturan_insentif")),
        sa.UniqueConstraint("berlaku_mulai", name=op.f("uq_aturan_insentif_berlaku_mulai")),
    )
    op.create_table(
        "disiplin_insentif",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pegawai_id", sa.Integer(), nullable=False),
        sa.Column("bulan", sa.String(length=7), nullable=False),
        sa.Column("persen", sa.Float(), nullable=False),
        *_timestamps(),
        sa.ForeignKeyConstraint(["pegawai_id"], ["pegawai.id"], name=op.f("fk_disiplin_insentif_pegawai_id_pegawai"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disiplin_insentif")),
        sa.UniqueConstraint("pegawai_id", "bulan", name=op.f("uq_disiplin_insentif_pegawai_id_bulan")),
    )
    with op.batch_alter_table("disiplin_insentif", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_disiplin_insentif_pegawai_id"), ["pegawai_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("disiplin_insentif", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_disiplin_insentif_pegawai_id"))
    op.drop_table("disiplin_insentif")
    op.drop_table("aturan_insentif")
    op.drop_table("nomor_urut")
    with op.batch_alter_table("riwayat_penghargaan", schema=None) as batch_op:
        batch_op.drop_column("piagam")
