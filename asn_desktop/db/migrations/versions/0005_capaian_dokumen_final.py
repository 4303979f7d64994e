"""evaluasi: frozen Dokumen Evaluasi and the leader's rating reason

- ``alasan_rating_pimpinan``: why a unit's leader got a rating hasil kerja other
  than the one his organisation's capaian implies (SE MenPANRB 3/2023).
- ``dokumen_final``: the printed document as data, frozen at finalisation, so a
  reprint after any later edit gives the same text.
- Capaian kinerja organisasi was once derived from the person's own rating; on
  evaluations that are not final it is worked out afresh from the unit's
  predicate, so a stored value there is dropped. Final ones keep their snapshot
  (the discrepancy report lists those that disagree with the unit's predicate).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("evaluasi") as b:
        b.add_column(sa.Column("alasan_rating_pimpinan", sa.Text(), nullable=True))
        b.add_column(sa.Column("dokumen_final", sa.JSON(), nullable=True))
    op.execute("UPDATE evaluasi SET capaian_organisasi = NULL WHERE status != 'final'")


def downgrade() -> None:
    with op.batch_alter_table("evaluasi") as b:
        b.drop_column("dokumen_final")
        b.drop_column("alasan_rating_pimpinan")
