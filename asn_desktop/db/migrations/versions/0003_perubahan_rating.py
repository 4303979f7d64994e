"""evaluasi: the pejabat penilai's own ratings and a recorded change of them by someone else

A rating the pejabat penilai entered may be changed by an admin only with a written reason
(PermenPANRB 6/2022 Pasal 35: the rating is the penilai's judgement); the change stays visible on
the evaluation to the penilai and the employee. Existing rated evaluations are taken as rated by
their penilai (the usual case), so a later change by someone else asks for a reason.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("evaluasi") as batch:
        batch.add_column(sa.Column("penilai_rating_hasil", sa.String(length=20), nullable=True))
        batch.add_column(sa.Column("penilai_rating_perilaku", sa.String(length=20), nullable=True))
        batch.add_column(sa.Column("perubahan_rating_oleh", sa.String(length=100), nullable=True))
        batch.add_column(sa.Column("perubahan_rating_pada", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("perubahan_rating_alasan", sa.Text(), nullable=True))
    op.execute(
        "UPDATE evaluasi SET penilai_rating_hasil = rating_hasil_kerja, penilai_rating_perilaku = rating_perilaku "
        "WHERE rating_hasil_kerja IS NOT NULL OR rating_perilaku IS NOT NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("evaluasi") as batch:
        for name in ("perubahan_rating_alasan", "perubahan_rating_pada", "perubahan_rating_oleh",
                     "penilai_rating_perilaku", "penilai_rating_hasil"):
            batch.drop_column(name)
