"""indikator terukur: an IKI bound to a measure from the office's records

- ``indikator.ikatan_ukuran`` / ``template_indikator.ikatan_ukuran``: which
  measure (IKM of a service, % of services on time, complaint response time,
  services finished), for whom (employee, unit, kecamatan) and which service.
- ``realisasi.ukuran_*``: the figure computed for the period and its basis;
  ``realisasi.timpa_*``: the evaluator's override and its reason, kept on recompute.
- ``bukti_dukung.otomatis``: evidence the app generated (the computed report).

Revision ID: 0008_ukuran
Revises: 0007_layanan
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("indikator") as b:
        b.add_column(sa.Column("ikatan_ukuran", sa.JSON(), nullable=True))
    with op.batch_alter_table("template_indikator") as b:
        b.add_column(sa.Column("ikatan_ukuran", sa.JSON(), nullable=True))
    with op.batch_alter_table("realisasi") as b:
        b.add_column(sa.Column("ukuran_nilai", sa.Float(), nullable=True))
        b.add_column(sa.Column("ukuran_dasar", sa.Text(), nullable=True))
        b.add_column(sa.Column("ukuran_dihitung_pada", sa.DateTime(), nullable=True))
        b.add_column(sa.Column("timpa_alasan", sa.Text(), nullable=True))
        b.add_column(sa.Column("timpa_oleh", sa.String(length=100), nullable=True))
        b.add_column(sa.Column("timpa_pada", sa.DateTime(), nullable=True))
    with op.batch_alter_table("bukti_dukung") as b:
        b.add_column(sa.Column("otomatis", sa.Boolean(), server_default="0", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("bukti_dukung") as b:
        b.drop_column("otomatis")
    with op.batch_alter_table("realisasi") as b:
        for col in ("timpa_pada", "timpa_oleh", "timpa_alasan", "ukuran_dihitung_pada", "ukuran_dasar",
                    "ukuran_nilai"):
            b.drop_column(col)
    with op.batch_alter_table("template_indikator") as b:
        b.drop_column("ikatan_ukuran")
    with op.batch_alter_table("indikator") as b:
        b.drop_column("ikatan_ukuran")
