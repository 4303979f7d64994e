"""public service: Survei Kepuasan Masyarakat (surveys and responses)

PermenPANRB 14/2017: one survey per service type and period, one row per
filled questionnaire (nine answers 1–4, respondent profile, suggestion).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "skm_survei",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("unit_kerja_id", sa.Integer(), nullable=True),
        sa.Column("jenis_layanan", sa.String(length=200), nullable=False),
        sa.Column("periode", sa.String(length=100), nullable=False),
        sa.Column("tanggal_mulai", sa.Date(), nullable=False),
        sa.Column("tanggal_selesai", sa.Date(), nullable=False),
        sa.Column("populasi", sa.Integer(), nullable=True),
        sa.Column("unsur_tambahan", sa.JSON(), nullable=True),
        sa.Column("bobot", sa.JSON(), nullable=True),
        sa.Column("catatan", sa.Text(), nullable=True),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(["unit_kerja_id"], ["unit_kerja.id"], name=op.f("fk_skm_survei_unit_kerja_id_unit_kerja"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skm_survei")),
        sa.UniqueConstraint("uid", name=op.f("uq_skm_survei_uid")),
    )
    with op.batch_alter_table("skm_survei", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_skm_survei_unit_kerja_id"), ["unit_kerja_id"], unique=False)

    op.create_table(
        "skm_responden",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("survei_id", sa.Integer(), nullable=False),
        sa.Column("nomor", sa.Integer(), nullable=False),
        sa.Column("tanggal", sa.Date(), nullable=True),
        *[sa.Column(f"u{i}", sa.Integer(), nullable=True) for i in range(1, 10)],
        sa.Column("jawaban_tambahan", sa.JSON(), nullable=True),
        sa.Column("jenis_kelamin", sa.String(length=1), nullable=True),
        sa.Column("umur", sa.Integer(), nullable=True),
        sa.Column("pendidikan", sa.String(length=50), nullable=True),
        sa.Column("pekerjaan", sa.String(length=100), nullable=True),
        sa.Column("saran", sa.Text(), nullable=True),
        sa.Column("sumber", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(["survei_id"], ["skm_survei.id"], name=op.f("fk_skm_responden_survei_id_skm_survei"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skm_responden")),
        sa.UniqueConstraint("uid", name=op.f("uq_skm_responden_uid")),
    )
    with op.batch_alter_table("skm_responden", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_skm_responden_survei_id"), ["survei_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("skm_responden", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_skm_responden_survei_id"))
    op.drop_table("skm_responden")
    with op.batch_alter_table("skm_survei", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_skm_survei_unit_kerja_id"))
    op.drop_table("skm_survei")
