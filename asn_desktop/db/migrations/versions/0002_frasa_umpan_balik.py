"""reference data: standard feedback phrases for supervisors

Supervisors pick from these while writing umpan balik berkelanjutan
(PermenPANRB 6/2022 Pasal 27); operators may add their own.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_HASIL = [
    "Target tercapai sesuai rencana, pertahankan.",
    "Capaian melampaui target; dokumentasikan praktik baiknya agar dapat ditiru.",
    "Sebagian target belum tercapai; susun rencana percepatan untuk periode berikutnya.",
    "Kualitas hasil kerja baik; perhatikan ketepatan waktu penyampaian.",
    "Lengkapi bukti dukung untuk setiap realisasi.",
    "Realisasi belum sesuai target; diskusikan kendala dengan atasan.",
]
_PERILAKU = [
    "Sudah menunjukkan perilaku yang diharapkan.",
    "Pertahankan sikap ramah, cekatan, dan solutif dalam melayani masyarakat.",
    "Perlu lebih proaktif berkoordinasi dengan rekan kerja.",
    "Tingkatkan kedisiplinan waktu kerja.",
    "Menjadi teladan bagi rekan kerja.",
    "Aktif berbagi pengetahuan dan membantu rekan belajar.",
]


def upgrade() -> None:
    t = sa.table(
        "frasa_umpan_balik",
        sa.column("kategori", sa.String),
        sa.column("teks", sa.Text),
        sa.column("urutan", sa.Integer),
    )
    rows = [{"kategori": "hasil", "teks": x, "urutan": i} for i, x in enumerate(_HASIL)]
    rows += [{"kategori": "perilaku", "teks": x, "urutan": i} for i, x in enumerate(_PERILAKU)]
    op.bulk_insert(t, rows)


def downgrade() -> None:
    op.execute("DELETE FROM frasa_umpan_balik")
