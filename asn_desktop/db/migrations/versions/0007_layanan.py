"""public service: service standards, holidays, service register and complaint register, and the
per-unit monthly figures and survey results that results packages bring (rekap_layanan, rekap_skm)

kinerja-asn.md §9: one row per request (received, finished, officer, the
standard's promised time) and per complaint (channel, received, first
response, resolved, officer); working days skip weekends and the office's
holiday list.

Revision ID: 0007_layanan
Revises: 0006
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _stamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "layanan_standar",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("nama", sa.String(length=200), nullable=False),
        sa.Column("waktu", sa.Integer(), nullable=False),
        sa.Column("satuan", sa.String(length=10), nullable=False),
        sa.Column("aktif", sa.Boolean(), nullable=False),
        sa.Column("catatan", sa.Text(), nullable=True),
        sa.Column("version_id", sa.Integer(), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_layanan_standar")),
        sa.UniqueConstraint("uid", name=op.f("uq_layanan_standar_uid")),
        sa.UniqueConstraint("nama", name=op.f("uq_layanan_standar_nama")),
    )
    op.create_table(
        "hari_libur",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tanggal", sa.Date(), nullable=False),
        sa.Column("keterangan", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hari_libur")),
        sa.UniqueConstraint("tanggal", name=op.f("uq_hari_libur_tanggal")),
    )
    op.create_table(
        "layanan_permohonan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("standar_id", sa.Integer(), nullable=False),
        sa.Column("pegawai_id", sa.Integer(), nullable=False),
        sa.Column("unit_kerja_id", sa.Integer(), nullable=True),
        sa.Column("diterima", sa.DateTime(), nullable=False),
        sa.Column("selesai", sa.DateTime(), nullable=True),
        sa.Column("janji_waktu", sa.Integer(), nullable=False),
        sa.Column("janji_satuan", sa.String(length=10), nullable=False),
        sa.Column("nomor", sa.String(length=50), nullable=True),
        sa.Column("pemohon", sa.String(length=200), nullable=True),
        sa.Column("catatan", sa.Text(), nullable=True),
        sa.Column("sumber", sa.String(length=20), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(["standar_id"], ["layanan_standar.id"],
                                name=op.f("fk_layanan_permohonan_standar_id_layanan_standar"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["pegawai_id"], ["pegawai.id"],
                                name=op.f("fk_layanan_permohonan_pegawai_id_pegawai"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["unit_kerja_id"], ["unit_kerja.id"],
                                name=op.f("fk_layanan_permohonan_unit_kerja_id_unit_kerja"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_layanan_permohonan")),
        sa.UniqueConstraint("uid", name=op.f("uq_layanan_permohonan_uid")),
    )
    with op.batch_alter_table("layanan_permohonan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_layanan_permohonan_standar_id"), ["standar_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_layanan_permohonan_pegawai_id"), ["pegawai_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_layanan_permohonan_unit_kerja_id"), ["unit_kerja_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_layanan_permohonan_diterima"), ["diterima"], unique=False)
    op.create_table(
        "pengaduan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("saluran", sa.String(length=20), nullable=False),
        sa.Column("diterima", sa.DateTime(), nullable=False),
        sa.Column("direspon", sa.DateTime(), nullable=True),
        sa.Column("diselesaikan", sa.DateTime(), nullable=True),
        sa.Column("pegawai_id", sa.Integer(), nullable=True),
        sa.Column("unit_kerja_id", sa.Integer(), nullable=True),
        sa.Column("nomor", sa.String(length=50), nullable=True),
        sa.Column("pelapor", sa.String(length=200), nullable=True),
        sa.Column("perihal", sa.Text(), nullable=True),
        sa.Column("sumber", sa.String(length=20), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(["pegawai_id"], ["pegawai.id"],
                                name=op.f("fk_pengaduan_pegawai_id_pegawai"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["unit_kerja_id"], ["unit_kerja.id"],
                                name=op.f("fk_pengaduan_unit_kerja_id_unit_kerja"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pengaduan")),
        sa.UniqueConstraint("uid", name=op.f("uq_pengaduan_uid")),
    )
    with op.batch_alter_table("pengaduan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pengaduan_pegawai_id"), ["pegawai_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_pengaduan_unit_kerja_id"), ["unit_kerja_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_pengaduan_diterima"), ["diterima"], unique=False)

    op.create_table(
        "rekap_layanan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_kerja_id", sa.Integer(), nullable=False),
        sa.Column("bulan", sa.Date(), nullable=False),
        *[sa.Column(c, sa.Integer(), nullable=False) for c in ("jumlah", "selesai", "tepat_waktu", "lewat_batas")],
        *[sa.Column(c, sa.Float(), nullable=True) for c in ("persen_tepat_waktu", "median_jam", "p90_jam")],
        *[sa.Column(c, sa.Integer(), nullable=False) for c in ("pengaduan", "direspon", "pengaduan_selesai")],
        *[sa.Column(c, sa.Float(), nullable=True) for c in ("rata_respon_jam", "median_respon_jam",
                                                            "rata_selesai_jam")],
        *_stamps(),
        sa.ForeignKeyConstraint(["unit_kerja_id"], ["unit_kerja.id"],
                                name=op.f("fk_rekap_layanan_unit_kerja_id_unit_kerja"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rekap_layanan")),
        sa.UniqueConstraint("unit_kerja_id", "bulan", name=op.f("uq_rekap_layanan_unit_kerja_id_bulan")),
    )
    with op.batch_alter_table("rekap_layanan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rekap_layanan_unit_kerja_id"), ["unit_kerja_id"], unique=False)
    op.create_table(
        "rekap_skm",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("kantor", sa.String(length=50), nullable=False),
        sa.Column("unit_kerja_id", sa.Integer(), nullable=True),
        sa.Column("jenis_layanan", sa.String(length=200), nullable=False),
        sa.Column("periode", sa.String(length=100), nullable=False),
        sa.Column("tanggal_mulai", sa.Date(), nullable=False),
        sa.Column("tanggal_selesai", sa.Date(), nullable=False),
        sa.Column("populasi", sa.Integer(), nullable=True),
        sa.Column("responden", sa.Integer(), nullable=False),
        *[sa.Column(f"nrr_u{i}", sa.Float(), nullable=True) for i in range(1, 10)],
        sa.Column("ikm", sa.Float(), nullable=True),
        sa.Column("konversi", sa.Float(), nullable=True),
        sa.Column("mutu", sa.String(length=1), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(["unit_kerja_id"], ["unit_kerja.id"],
                                name=op.f("fk_rekap_skm_unit_kerja_id_unit_kerja"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rekap_skm")),
        sa.UniqueConstraint("uid", name=op.f("uq_rekap_skm_uid")),
    )
    with op.batch_alter_table("rekap_skm", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rekap_skm_unit_kerja_id"), ["unit_kerja_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("rekap_skm", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rekap_skm_unit_kerja_id"))
    op.drop_table("rekap_skm")
    with op.batch_alter_table("rekap_layanan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rekap_layanan_unit_kerja_id"))
    op.drop_table("rekap_layanan")
    with op.batch_alter_table("pengaduan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pengaduan_diterima"))
        batch_op.drop_index(batch_op.f("ix_pengaduan_unit_kerja_id"))
        batch_op.drop_index(batch_op.f("ix_pengaduan_pegawai_id"))
    op.drop_table("pengaduan")
    with op.batch_alter_table("layanan_permohonan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_layanan_permohonan_diterima"))
        batch_op.drop_index(batch_op.f("ix_layanan_permohonan_unit_kerja_id"))
        batch_op.drop_index(batch_op.f("ix_layanan_permohonan_pegawai_id"))
        batch_op.drop_index(batch_op.f("ix_layanan_permohonan_standar_id"))
    op.drop_table("layanan_permohonan")
    op.drop_table("hari_libur")
    op.drop_table("layanan_standar")
