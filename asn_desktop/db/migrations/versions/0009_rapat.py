"""evaluation meetings, their follow-ups and coaching sessions

- ``rapat_evaluasi`` and ``rapat_peserta``: a rapat evaluasi kinerja of a unit (or the
  whole kecamatan) for a period, its participants with attendance and notes
  (PermenPANRB 6/2022 Pasal 5: evaluasi kinerja and tindak lanjut).
- ``tindak_lanjut_rapat``: the follow-up actions agreed there, open until closed.
- ``bimbingan_kinerja``: coaching sessions (pembinaan kinerja), with the rows of the
  evaluasi kompetensi pegawai form.

Revision ID: 0009_rapat
Revises: 0006
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _stamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
    ]


def _fk(table: str, col: str, ref: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([col], [f"{ref}.id"], name=op.f(f"fk_{table}_{col}_{ref}"), ondelete=ondelete)


def _index(table: str, *cols: str, unique: bool = False) -> None:
    with op.batch_alter_table(table, schema=None) as b:
        for c in cols:
            b.create_index(b.f(f"ix_{table}_{c}"), [c], unique=unique)


def upgrade() -> None:
    op.create_table(
        "rapat_evaluasi",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("unit_kerja_id", sa.Integer(), nullable=True),
        sa.Column("periode_id", sa.Integer(), nullable=False),
        sa.Column("judul", sa.String(length=300), nullable=False),
        sa.Column("tanggal", sa.Date(), nullable=False),
        sa.Column("waktu", sa.String(length=50), nullable=True),
        sa.Column("tempat", sa.String(length=200), nullable=True),
        sa.Column("pimpinan_id", sa.Integer(), nullable=True),
        sa.Column("notulis_id", sa.Integer(), nullable=True),
        sa.Column("kesimpulan", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        *_stamps(),
        _fk("rapat_evaluasi", "unit_kerja_id", "unit_kerja", "RESTRICT"),
        _fk("rapat_evaluasi", "periode_id", "periode", "RESTRICT"),
        _fk("rapat_evaluasi", "pimpinan_id", "pegawai", "SET NULL"),
        _fk("rapat_evaluasi", "notulis_id", "pegawai", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rapat_evaluasi")),
        sa.UniqueConstraint("uid", name=op.f("uq_rapat_evaluasi_uid")),
    )
    _index("rapat_evaluasi", "periode_id", "unit_kerja_id")

    op.create_table(
        "rapat_peserta",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rapat_id", sa.Integer(), nullable=False),
        sa.Column("pegawai_id", sa.Integer(), nullable=False),
        sa.Column("urutan", sa.Integer(), nullable=False),
        sa.Column("kehadiran", sa.String(length=20), nullable=True),
        sa.Column("capaian", sa.Text(), nullable=True),
        sa.Column("tantangan", sa.Text(), nullable=True),
        sa.Column("solusi", sa.Text(), nullable=True),
        *_stamps(),
        _fk("rapat_peserta", "rapat_id", "rapat_evaluasi", "CASCADE"),
        _fk("rapat_peserta", "pegawai_id", "pegawai", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rapat_peserta")),
        sa.UniqueConstraint("rapat_id", "pegawai_id", name=op.f("uq_rapat_peserta_rapat_id_pegawai_id")),
    )
    _index("rapat_peserta", "pegawai_id", "rapat_id")

    op.create_table(
        "tindak_lanjut_rapat",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("rapat_id", sa.Integer(), nullable=False),
        sa.Column("pegawai_id", sa.Integer(), nullable=False),
        sa.Column("uraian", sa.Text(), nullable=False),
        sa.Column("tenggat", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("ditutup_pada", sa.DateTime(), nullable=True),
        sa.Column("ditutup_oleh", sa.String(length=100), nullable=True),
        sa.Column("catatan_penutupan", sa.Text(), nullable=True),
        sa.Column("version_id", sa.Integer(), nullable=False),
        *_stamps(),
        _fk("tindak_lanjut_rapat", "rapat_id", "rapat_evaluasi", "CASCADE"),
        _fk("tindak_lanjut_rapat", "pegawai_id", "pegawai", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tindak_lanjut_rapat")),
        sa.UniqueConstraint("uid", name=op.f("uq_tindak_lanjut_rapat_uid")),
    )
    _index("tindak_lanjut_rapat", "pegawai_id", "rapat_id", "status")

    op.create_table(
        "bimbingan_kinerja",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("pegawai_id", sa.Integer(), nullable=False),
        sa.Column("pembimbing_id", sa.Integer(), nullable=True),
        sa.Column("periode_id", sa.Integer(), nullable=True),
        sa.Column("tanggal", sa.Date(), nullable=False),
        sa.Column("tempat", sa.String(length=200), nullable=True),
        sa.Column("topik", sa.Text(), nullable=False),
        sa.Column("catatan", sa.Text(), nullable=True),
        sa.Column("umpan_balik", sa.Text(), nullable=True),
        sa.Column("tindak_lanjut", sa.Text(), nullable=True),
        sa.Column("kompetensi", sa.JSON(), nullable=True),
        sa.Column("version_id", sa.Integer(), nullable=False),
        *_stamps(),
        _fk("bimbingan_kinerja", "pegawai_id", "pegawai", "CASCADE"),
        _fk("bimbingan_kinerja", "pembimbing_id", "pegawai", "SET NULL"),
        _fk("bimbingan_kinerja", "periode_id", "periode", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bimbingan_kinerja")),
        sa.UniqueConstraint("uid", name=op.f("uq_bimbingan_kinerja_uid")),
    )
    _index("bimbingan_kinerja", "pegawai_id", "pembimbing_id")


def downgrade() -> None:
    for table, cols in (("bimbingan_kinerja", ("pegawai_id", "pembimbing_id")),
                        ("tindak_lanjut_rapat", ("pegawai_id", "rapat_id", "status")),
                        ("rapat_peserta", ("pegawai_id", "rapat_id")),
                        ("rapat_evaluasi", ("periode_id", "unit_kerja_id"))):
        with op.batch_alter_table(table, schema=None) as b:
            for c in cols:
                b.drop_index(b.f(f"ix_{table}_{c}"))
        op.drop_table(table)
