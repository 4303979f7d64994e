"""SQLAlchemy 2 ORM models: the whole persistent model of a kecamatan office.

Conventions:
- Coded values are stored as the ``.value`` of the enums in
  ``asn_desktop.domain.enums`` (plain strings, readable in any SQLite tool).
- Identifiers such as NIP are text (kinerja-asn.md §7: Excel doubles lose digits).
- People are never deleted (``Pegawai.status``); documents keep snapshots of
  the people they show (``*_nama``, ``*_nip`` ...), so a later promotion or
  transfer does not rewrite a signed SKP or evaluation (kinerja-asn.md §3).
- ``uid`` columns are stable global identifiers used by exchange workbooks and
  regency consolidation, where integer ids of different offices collide.
- ``version_id`` columns give optimistic locking: two windows editing the same
  record cannot silently overwrite each other.

Any change here needs an Alembic revision in ``db/migrations/versions``.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, Optional

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uid() -> str:
    return uuid.uuid4().hex


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now, server_default=func.current_timestamp())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, default=_now, onupdate=_now, server_default=func.current_timestamp()
    )


# --------------------------------------------------------------------------- office


class Setting(Base):
    """Key/value settings: office identity (kode, nama kecamatan, kabupaten, kota
    for signatures), UI language, career rule, backup folder, ..."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Optional[Any]] = mapped_column(JSON)


class UnitKerja(Timestamped, Base):
    """Organisation unit; units form a tree (kecamatan → sekretariat → subbagian, seksi, kelurahan)."""

    __tablename__ = "unit_kerja"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    parent_id: Mapped[Optional[int]] = mapped_column(ForeignKey("unit_kerja.id", ondelete="RESTRICT"), index=True)
    kode: Mapped[Optional[str]] = mapped_column(String(50))
    nama: Mapped[str] = mapped_column(String(200))
    jenis: Mapped[str] = mapped_column(String(30), default="lainnya")
    urutan: Mapped[int] = mapped_column(Integer, default=0)
    kepala_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("pegawai.id", ondelete="SET NULL", use_alter=True), index=True
    )
    aktif: Mapped[bool] = mapped_column(Boolean, default=True)
    merged_into_id: Mapped[Optional[int]] = mapped_column(ForeignKey("unit_kerja.id", ondelete="SET NULL"))
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    parent: Mapped[Optional["UnitKerja"]] = relationship(
        remote_side="UnitKerja.id", foreign_keys=[parent_id], back_populates="children"
    )
    children: Mapped[list["UnitKerja"]] = relationship(
        back_populates="parent", foreign_keys=[parent_id], order_by="UnitKerja.urutan"
    )
    kepala: Mapped[Optional["Pegawai"]] = relationship(foreign_keys=[kepala_id], post_update=True)

    __mapper_args__ = {"version_id_col": version_id}


# --------------------------------------------------------------------------- people


class Pegawai(Timestamped, Base):
    """An employee (PNS, CPNS, PPPK). Fields mirror SIASN (kinerja-asn.md §7)."""

    __tablename__ = "pegawai"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    nip: Mapped[Optional[str]] = mapped_column(String(18), unique=True)  # NIP or NI PPPK, digits only
    nip_lama: Mapped[Optional[str]] = mapped_column(String(9))
    nama: Mapped[str] = mapped_column(String(200))
    gelar_depan: Mapped[Optional[str]] = mapped_column(String(60))
    gelar_belakang: Mapped[Optional[str]] = mapped_column(String(100))
    tempat_lahir: Mapped[Optional[str]] = mapped_column(String(100))
    tanggal_lahir: Mapped[Optional[date]] = mapped_column(Date)
    jenis_kelamin: Mapped[Optional[str]] = mapped_column(String(1))  # JenisKelamin
    agama: Mapped[Optional[str]] = mapped_column(String(20))
    nik: Mapped[Optional[str]] = mapped_column(String(16))
    email: Mapped[Optional[str]] = mapped_column(String(200))
    no_hp: Mapped[Optional[str]] = mapped_column(String(30))
    alamat: Mapped[Optional[str]] = mapped_column(Text)
    status_kepegawaian: Mapped[str] = mapped_column(String(20), default="PNS")  # StatusKepegawaian
    tmt_cpns: Mapped[Optional[date]] = mapped_column(Date)
    tmt_pns: Mapped[Optional[date]] = mapped_column(Date)
    golongan: Mapped[Optional[str]] = mapped_column(String(10))  # "III/a" or PPPK "IX"
    tmt_golongan: Mapped[Optional[date]] = mapped_column(Date)
    jenis_jabatan: Mapped[Optional[str]] = mapped_column(String(30))  # JenisJabatan
    jenjang: Mapped[Optional[str]] = mapped_column(String(30))  # JenjangFungsional, for JF
    nama_jabatan: Mapped[Optional[str]] = mapped_column(String(200))
    tmt_jabatan: Mapped[Optional[date]] = mapped_column(Date)
    eselon: Mapped[Optional[str]] = mapped_column(String(10))
    kelas_jabatan: Mapped[Optional[int]] = mapped_column(Integer)
    unit_id: Mapped[Optional[int]] = mapped_column(ForeignKey("unit_kerja.id", ondelete="SET NULL"), index=True)
    atasan_id: Mapped[Optional[int]] = mapped_column(ForeignKey("pegawai.id", ondelete="SET NULL"), index=True)
    pendidikan_terakhir: Mapped[Optional[str]] = mapped_column(String(100))
    tahun_lulus: Mapped[Optional[int]] = mapped_column(Integer)
    tmt_pensiun: Mapped[Optional[date]] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="aktif", index=True)  # StatusPegawai
    tanggal_status: Mapped[Optional[date]] = mapped_column(Date)
    keterangan_status: Mapped[Optional[str]] = mapped_column(Text)
    foto: Mapped[Optional[bytes]] = mapped_column(LargeBinary)  # scaled JPEG/PNG
    catatan: Mapped[Optional[str]] = mapped_column(Text)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    unit: Mapped[Optional[UnitKerja]] = relationship(foreign_keys=[unit_id])
    atasan: Mapped[Optional["Pegawai"]] = relationship(remote_side="Pegawai.id", foreign_keys=[atasan_id])

    __mapper_args__ = {"version_id_col": version_id}
    __table_args__ = (Index("ix_pegawai_nama", "nama"),)


class RiwayatGolongan(Timestamped, Base):
    __tablename__ = "riwayat_golongan"
    id: Mapped[int] = mapped_column(primary_key=True)
    pegawai_id: Mapped[int] = mapped_column(ForeignKey("pegawai.id", ondelete="CASCADE"), index=True)
    golongan: Mapped[str] = mapped_column(String(10))
    tmt: Mapped[Optional[date]] = mapped_column(Date)
    jenis_kenaikan: Mapped[Optional[str]] = mapped_column(String(100))  # reguler, pilihan, ...
    nomor_sk: Mapped[Optional[str]] = mapped_column(String(100))
    tanggal_sk: Mapped[Optional[date]] = mapped_column(Date)
    keterangan: Mapped[Optional[str]] = mapped_column(Text)


class RiwayatJabatan(Timestamped, Base):
    __tablename__ = "riwayat_jabatan"
    id: Mapped[int] = mapped_column(primary_key=True)
    pegawai_id: Mapped[int] = mapped_column(ForeignKey("pegawai.id", ondelete="CASCADE"), index=True)
    nama_jabatan: Mapped[str] = mapped_column(String(200))
    jenis_jabatan: Mapped[Optional[str]] = mapped_column(String(30))
    jenjang: Mapped[Optional[str]] = mapped_column(String(30))
    unit_nama: Mapped[Optional[str]] = mapped_column(String(200))
    eselon: Mapped[Optional[str]] = mapped_column(String(10))
    tmt: Mapped[Optional[date]] = mapped_column(Date)
    nomor_sk: Mapped[Optional[str]] = mapped_column(String(100))
    tanggal_sk: Mapped[Optional[date]] = mapped_column(Date)
    keterangan: Mapped[Optional[str]] = mapped_column(Text)


class RiwayatPendidikan(Timestamped, Base):
    __tablename__ = "riwayat_pendidikan"
    id: Mapped[int] = mapped_column(primary_key=True)
    pegawai_id: Mapped[int] = mapped_column(ForeignKey("pegawai.id", ondelete="CASCADE"), index=True)
    jenjang: Mapped[str] = mapped_column(String(30))  # SD, SMP, SMA, D-III, S1, S2, S3
    nama_sekolah: Mapped[Optional[str]] = mapped_column(String(200))
    jurusan: Mapped[Optional[str]] = mapped_column(String(200))
    tahun_lulus: Mapped[Optional[int]] = mapped_column(Integer)
    nomor_ijazah: Mapped[Optional[str]] = mapped_column(String(100))
    keterangan: Mapped[Optional[str]] = mapped_column(Text)


class RiwayatDiklat(Timestamped, Base):
    """Diklat / pengembangan kompetensi; ``jp`` counts toward 20 JP a year (PP 17/2020 Pasal 203)."""

    __tablename__ = "riwayat_diklat"
    id: Mapped[int] = mapped_column(primary_key=True)
    pegawai_id: Mapped[int] = mapped_column(ForeignKey("pegawai.id", ondelete="CASCADE"), index=True)
    nama: Mapped[str] = mapped_column(String(300))
    jenis: Mapped[Optional[str]] = mapped_column(String(100))  # struktural, fungsional, teknis, seminar, ...
    penyelenggara: Mapped[Optional[str]] = mapped_column(String(200))
    tanggal_mulai: Mapped[Optional[date]] = mapped_column(Date)
    tanggal_selesai: Mapped[Optional[date]] = mapped_column(Date)
    jp: Mapped[Optional[float]] = mapped_column(Float)
    nomor_sertifikat: Mapped[Optional[str]] = mapped_column(String(100))
    keterangan: Mapped[Optional[str]] = mapped_column(Text)


class RiwayatPenghargaan(Timestamped, Base):
    __tablename__ = "riwayat_penghargaan"
    id: Mapped[int] = mapped_column(primary_key=True)
    pegawai_id: Mapped[int] = mapped_column(ForeignKey("pegawai.id", ondelete="CASCADE"), index=True)
    nama: Mapped[str] = mapped_column(String(300))
    pemberi: Mapped[Optional[str]] = mapped_column(String(200))
    tahun: Mapped[Optional[int]] = mapped_column(Integer)
    nomor_sk: Mapped[Optional[str]] = mapped_column(String(100))
    tanggal_sk: Mapped[Optional[date]] = mapped_column(Date)
    keterangan: Mapped[Optional[str]] = mapped_column(Text)
    #: what a Piagam Penghargaan printed from this app showed when it was issued (reprints use it)
    piagam: Mapped[Optional[dict[str, Any]]] = mapped_column(JSON)


class RiwayatHukdis(Timestamped, Base):
    """Hukuman disiplin (PP 94/2021): tingkat ringan/sedang/berat."""

    __tablename__ = "riwayat_hukdis"
    id: Mapped[int] = mapped_column(primary_key=True)
    pegawai_id: Mapped[int] = mapped_column(ForeignKey("pegawai.id", ondelete="CASCADE"), index=True)
    tingkat: Mapped[Optional[str]] = mapped_column(String(20))
    jenis: Mapped[str] = mapped_column(String(200))
    nomor_sk: Mapped[Optional[str]] = mapped_column(String(100))
    tanggal_sk: Mapped[Optional[date]] = mapped_column(Date)
    tmt: Mapped[Optional[date]] = mapped_column(Date)
    tanggal_selesai: Mapped[Optional[date]] = mapped_column(Date)
    alasan: Mapped[Optional[str]] = mapped_column(Text)


class PenilaianPotensi(Timestamped, Base):
    """A potential assessment (uji kompetensi / assessment centre) for the talent nine-box
    (PermenPANRB 3/2020): the level the operator enters or imports, with the score and the method."""

    __tablename__ = "penilaian_potensi"
    id: Mapped[int] = mapped_column(primary_key=True)
    pegawai_id: Mapped[int] = mapped_column(ForeignKey("pegawai.id", ondelete="CASCADE"), index=True)
    tanggal: Mapped[date] = mapped_column(Date)
    tingkat: Mapped[int] = mapped_column(Integer)  # domain.karier.Tingkat: 1 rendah, 2 menengah, 3 tinggi
    skor: Mapped[Optional[float]] = mapped_column(Float)  # 0-100 when the assessment gives one
    metode: Mapped[Optional[str]] = mapped_column(String(200))
    asesor: Mapped[Optional[str]] = mapped_column(String(200))
    catatan: Mapped[Optional[str]] = mapped_column(Text)


# --------------------------------------------------------------------------- years and periods


class TahunKinerja(Timestamped, Base):
    """A performance year with its periodic-evaluation scheme (PermenPANRB 6/2022 Pasal 31)."""

    __tablename__ = "tahun_kinerja"
    id: Mapped[int] = mapped_column(primary_key=True)
    tahun: Mapped[int] = mapped_column(Integer, unique=True)
    skema_periode: Mapped[str] = mapped_column(String(20), default="triwulanan")  # SkemaPeriode
    tanggal_mulai: Mapped[date] = mapped_column(Date)
    tanggal_selesai: Mapped[date] = mapped_column(Date)
    ditutup: Mapped[bool] = mapped_column(Boolean, default=False)

    periode: Mapped[list["Periode"]] = relationship(
        back_populates="tahun_kinerja", order_by="Periode.urutan", cascade="all, delete-orphan"
    )


class Periode(Timestamped, Base):
    """An evaluation period: periodic (bulan/triwulan/semester) or the annual one."""

    __tablename__ = "periode"
    id: Mapped[int] = mapped_column(primary_key=True)
    tahun_id: Mapped[int] = mapped_column(ForeignKey("tahun_kinerja.id", ondelete="CASCADE"), index=True)
    nomor: Mapped[int] = mapped_column(Integer)  # 1..12 / 1..4 / 1..2 ; 0 = Tahunan
    urutan: Mapped[int] = mapped_column(Integer, default=0)
    nama: Mapped[str] = mapped_column(String(50))  # "Triwulan I", "Tahunan"
    jenis: Mapped[str] = mapped_column(String(20), default="periodik")  # JenisPeriode
    tanggal_mulai: Mapped[date] = mapped_column(Date)
    tanggal_selesai: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="belum_dibuka")  # StatusPeriode
    ditutup_pada: Mapped[Optional[datetime]] = mapped_column(DateTime)
    ditutup_oleh: Mapped[Optional[str]] = mapped_column(String(100))

    tahun_kinerja: Mapped[TahunKinerja] = relationship(back_populates="periode")
    __table_args__ = (UniqueConstraint("tahun_id", "jenis", "nomor"),)


class PredikatOrganisasiPeriode(Timestamped, Base):
    """Capaian kinerja organisasi of a unit for a period (SE MenPANRB 3/2023), set by the higher leader."""

    __tablename__ = "predikat_organisasi"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit_kerja.id", ondelete="CASCADE"), index=True)
    periode_id: Mapped[int] = mapped_column(ForeignKey("periode.id", ondelete="CASCADE"), index=True)
    predikat: Mapped[str] = mapped_column(String(20))  # PredikatOrganisasi
    ditetapkan_oleh: Mapped[Optional[str]] = mapped_column(String(200))
    catatan: Mapped[Optional[str]] = mapped_column(Text)
    __table_args__ = (UniqueConstraint("unit_id", "periode_id"),)


# --------------------------------------------------------------------------- SKP


class Skp(Timestamped, Base):
    """Sasaran Kinerja Pegawai for one employee and year (PermenPANRB 6/2022 Pasal 5-20).

    Snapshot columns (``pegawai_*``, ``penilai_*``, ``atasan_penilai_*``) are
    what the document shows; they are filled at creation and refreshed only while
    the SKP is a draft. ``atasan_penilai`` may be outside the database (e.g. the
    Camat's supervisor at the regency), so snapshots are stored by value.
    A change after approval creates a new row with ``versi + 1`` and the old one
    gets status ``diganti``; ``pengganti_id`` links old → new.
    """

    __tablename__ = "skp"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    pegawai_id: Mapped[int] = mapped_column(ForeignKey("pegawai.id", ondelete="RESTRICT"), index=True)
    tahun: Mapped[int] = mapped_column(Integer, index=True)
    versi: Mapped[int] = mapped_column(Integer, default=1)
    pengganti_id: Mapped[Optional[int]] = mapped_column(ForeignKey("skp.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)  # StatusSkp
    pendekatan: Mapped[str] = mapped_column(String(20), default="kuantitatif")  # Pendekatan
    jenis_skp: Mapped[str] = mapped_column(String(20), default="non_jpt")  # JenisSkp
    periode_mulai: Mapped[date] = mapped_column(Date)
    periode_selesai: Mapped[date] = mapped_column(Date)
    pejabat_penilai_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("pegawai.id", ondelete="SET NULL"), index=True
    )
    atasan_penilai_id: Mapped[Optional[int]] = mapped_column(ForeignKey("pegawai.id", ondelete="SET NULL"))
    instansi: Mapped[Optional[str]] = mapped_column(String(300))

    # snapshots (kinerja-asn.md §3 header)
    pegawai_nama: Mapped[str] = mapped_column(String(300), default="")
    pegawai_nip: Mapped[Optional[str]] = mapped_column(String(18))
    pegawai_status_kepegawaian: Mapped[Optional[str]] = mapped_column(String(20))
    pegawai_pangkat: Mapped[Optional[str]] = mapped_column(String(200))  # "Penata Muda Tingkat I, III/b"
    pegawai_jabatan: Mapped[Optional[str]] = mapped_column(String(200))
    pegawai_unit: Mapped[Optional[str]] = mapped_column(String(300))
    penilai_nama: Mapped[Optional[str]] = mapped_column(String(300))
    penilai_nip: Mapped[Optional[str]] = mapped_column(String(18))
    penilai_status_kepegawaian: Mapped[Optional[str]] = mapped_column(String(20))
    penilai_pangkat: Mapped[Optional[str]] = mapped_column(String(200))
    penilai_jabatan: Mapped[Optional[str]] = mapped_column(String(200))
    penilai_unit: Mapped[Optional[str]] = mapped_column(String(300))
    atasan_penilai_nama: Mapped[Optional[str]] = mapped_column(String(300))
    atasan_penilai_nip: Mapped[Optional[str]] = mapped_column(String(18))
    atasan_penilai_status_kepegawaian: Mapped[Optional[str]] = mapped_column(String(20))
    atasan_penilai_pangkat: Mapped[Optional[str]] = mapped_column(String(200))
    atasan_penilai_jabatan: Mapped[Optional[str]] = mapped_column(String(200))
    atasan_penilai_unit: Mapped[Optional[str]] = mapped_column(String(300))

    # lampiran SKP (PermenPANRB 6/2022 lampiran)
    lampiran_dukungan_sumber_daya: Mapped[Optional[str]] = mapped_column(Text)
    lampiran_skema_pertanggungjawaban: Mapped[Optional[str]] = mapped_column(Text)
    lampiran_konsekuensi: Mapped[Optional[str]] = mapped_column(Text)

    catatan_pengembalian: Mapped[Optional[str]] = mapped_column(Text)
    diajukan_pada: Mapped[Optional[datetime]] = mapped_column(DateTime)
    disetujui_pada: Mapped[Optional[datetime]] = mapped_column(DateTime)
    disetujui_oleh: Mapped[Optional[str]] = mapped_column(String(100))
    tempat_tanggal_ttd: Mapped[Optional[str]] = mapped_column(String(200))
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    pegawai: Mapped["Pegawai"] = relationship(foreign_keys=[pegawai_id])
    pejabat_penilai: Mapped[Optional["Pegawai"]] = relationship(foreign_keys=[pejabat_penilai_id])
    atasan_penilai: Mapped[Optional["Pegawai"]] = relationship(foreign_keys=[atasan_penilai_id])
    rhk: Mapped[list["Rhk"]] = relationship(
        back_populates="skp", order_by=lambda: (Rhk.jenis.desc(), Rhk.urutan), cascade="all, delete-orphan"
    )
    perilaku: Mapped[list["PerilakuSkp"]] = relationship(
        back_populates="skp", order_by="PerilakuSkp.nomor", cascade="all, delete-orphan"
    )
    riwayat_status: Mapped[list["SkpStatusLog"]] = relationship(
        back_populates="skp", order_by="SkpStatusLog.id", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version_id}
    __table_args__ = (
        UniqueConstraint("pegawai_id", "tahun", "versi"),
        Index("ix_skp_tahun_status", "tahun", "status"),
    )


class SkpStatusLog(Base):
    """Status history of an SKP: who moved it, when, and why."""

    __tablename__ = "skp_status_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    skp_id: Mapped[int] = mapped_column(ForeignKey("skp.id", ondelete="CASCADE"), index=True)
    dari_status: Mapped[Optional[str]] = mapped_column(String(20))
    ke_status: Mapped[str] = mapped_column(String(20))
    waktu: Mapped[datetime] = mapped_column(DateTime, default=_now)
    user_id: Mapped[Optional[int]] = mapped_column(ForeignKey("pengguna.id", ondelete="SET NULL"))
    username: Mapped[Optional[str]] = mapped_column(String(100))
    catatan: Mapped[Optional[str]] = mapped_column(Text)

    skp: Mapped[Skp] = relationship(back_populates="riwayat_status")


class Rhk(Timestamped, Base):
    """Rencana Hasil Kerja. ``parent_rhk_id`` is the supervisor's RHK it intervenes
    (cascading, PermenPANRB 6/2022 Pasal 9); ``rhk_atasan_teks`` keeps the text of
    that RHK for printing, also when the supervisor's SKP is outside the database."""

    __tablename__ = "rhk"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    skp_id: Mapped[int] = mapped_column(ForeignKey("skp.id", ondelete="CASCADE"), index=True)
    jenis: Mapped[str] = mapped_column(String(20), default="utama")  # JenisRhk
    urutan: Mapped[int] = mapped_column(Integer, default=0)
    teks: Mapped[str] = mapped_column(Text)
    parent_rhk_id: Mapped[Optional[int]] = mapped_column(ForeignKey("rhk.id", ondelete="RESTRICT"), index=True)
    rhk_atasan_teks: Mapped[Optional[str]] = mapped_column(Text)
    perspektif: Mapped[Optional[str]] = mapped_column(String(30))  # Perspektif, JPT only
    penugasan_dari: Mapped[Optional[str]] = mapped_column(String(300))  # JPT only
    klasifikasi: Mapped[Optional[str]] = mapped_column(String(20))  # Klasifikasi, JPT only

    skp: Mapped[Skp] = relationship(back_populates="rhk")
    parent: Mapped[Optional["Rhk"]] = relationship(remote_side="Rhk.id", back_populates="children")
    children: Mapped[list["Rhk"]] = relationship(back_populates="parent")
    indikator: Mapped[list["Indikator"]] = relationship(
        back_populates="rhk", order_by="Indikator.urutan", cascade="all, delete-orphan"
    )


class Indikator(Timestamped, Base):
    """Indikator kinerja individu of an RHK, one per aspek usually (kinerja-asn.md §3).

    Kuantitatif: ``target_min`` (and ``target_max`` for a range) with ``satuan``.
    Kualitatif: ``target_teks`` describes the target.
    """

    __tablename__ = "indikator"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    rhk_id: Mapped[int] = mapped_column(ForeignKey("rhk.id", ondelete="CASCADE"), index=True)
    urutan: Mapped[int] = mapped_column(Integer, default=0)
    aspek: Mapped[str] = mapped_column(String(20), default="kuantitas")  # Aspek
    teks: Mapped[str] = mapped_column(Text)
    target_min: Mapped[Optional[float]] = mapped_column(Float)
    target_max: Mapped[Optional[float]] = mapped_column(Float)
    satuan: Mapped[Optional[str]] = mapped_column(String(100))
    target_teks: Mapped[Optional[str]] = mapped_column(Text)
    lebih_rendah_lebih_baik: Mapped[bool] = mapped_column(Boolean, default=False)
    # bound to a measure from the office's records (domain/ukuran.py): {"kunci", "lingkup", "jenis"}
    ikatan_ukuran: Mapped[Optional[dict[str, Any]]] = mapped_column(JSON)

    rhk: Mapped[Rhk] = relationship(back_populates="indikator")


class PerilakuSkp(Base):
    """One BerAKHLAK value on an SKP with the leader's ekspektasi khusus ("-" when none)."""

    __tablename__ = "perilaku_skp"
    id: Mapped[int] = mapped_column(primary_key=True)
    skp_id: Mapped[int] = mapped_column(ForeignKey("skp.id", ondelete="CASCADE"), index=True)
    nomor: Mapped[int] = mapped_column(Integer)
    kode: Mapped[str] = mapped_column(String(40))  # domain.berakhlak kode
    ekspektasi_khusus: Mapped[Optional[str]] = mapped_column(Text)

    skp: Mapped[Skp] = relationship(back_populates="perilaku")
    __table_args__ = (UniqueConstraint("skp_id", "kode"),)


# --------------------------------------------------------------------------- evaluation


class Evaluasi(Timestamped, Base):
    """Evaluation of one SKP for one period (periodic or annual), PermenPANRB 6/2022 Pasal 32-38.

    ``predikat`` is always derived from the two ratings by the matrix; it is
    stored for reporting and never typed. The annual evaluation may be
    pre-filled from the periods; ``alasan_penyesuaian`` records why the
    supervisor chose otherwise. Snapshots are taken when it is finalised.
    """

    __tablename__ = "evaluasi"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    skp_id: Mapped[int] = mapped_column(ForeignKey("skp.id", ondelete="CASCADE"), index=True)
    periode_id: Mapped[int] = mapped_column(ForeignKey("periode.id", ondelete="RESTRICT"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="draft")  # StatusEvaluasi

    # self-assessment: hidden from the supervisor until submitted
    self_rating_hasil: Mapped[Optional[str]] = mapped_column(String(20))
    self_rating_perilaku: Mapped[Optional[str]] = mapped_column(String(20))
    self_catatan: Mapped[Optional[str]] = mapped_column(Text)
    self_diajukan_pada: Mapped[Optional[datetime]] = mapped_column(DateTime)

    rating_hasil_kerja: Mapped[Optional[str]] = mapped_column(String(20))  # Rating
    rating_perilaku: Mapped[Optional[str]] = mapped_column(String(20))  # Rating
    predikat: Mapped[Optional[str]] = mapped_column(String(20), index=True)  # Predikat
    capaian_organisasi: Mapped[Optional[str]] = mapped_column(String(20))  # PredikatOrganisasi snapshot
    catatan_rekomendasi: Mapped[Optional[str]] = mapped_column(Text)
    alasan_penyesuaian: Mapped[Optional[str]] = mapped_column(Text)
    dinilai_pada: Mapped[Optional[datetime]] = mapped_column(DateTime)
    dinilai_oleh: Mapped[Optional[str]] = mapped_column(String(100))
    tempat_tanggal_ttd: Mapped[Optional[str]] = mapped_column(String(200))
    # the ratings as the pejabat penilai himself last set them; a different rating set by someone else
    # (an admin) needs a reason, kept here and shown to the penilai and the employee
    penilai_rating_hasil: Mapped[Optional[str]] = mapped_column(String(20))  # Rating
    penilai_rating_perilaku: Mapped[Optional[str]] = mapped_column(String(20))  # Rating
    perubahan_rating_oleh: Mapped[Optional[str]] = mapped_column(String(100))
    perubahan_rating_pada: Mapped[Optional[datetime]] = mapped_column(DateTime)
    perubahan_rating_alasan: Mapped[Optional[str]] = mapped_column(Text)
    # the unit's leader rated otherwise than his organisation's capaian implies (SE MenPANRB 3/2023)
    alasan_rating_pimpinan: Mapped[Optional[str]] = mapped_column(Text)
    # the whole printed Dokumen Evaluasi as data, frozen at finalisation: every reprint is the same text
    dokumen_final: Mapped[Optional[dict[str, Any]]] = mapped_column(JSON)

    # snapshots at finalisation (the Dokumen Evaluasi header)
    pegawai_nama: Mapped[Optional[str]] = mapped_column(String(300))
    pegawai_nip: Mapped[Optional[str]] = mapped_column(String(18))
    pegawai_pangkat: Mapped[Optional[str]] = mapped_column(String(200))
    pegawai_jabatan: Mapped[Optional[str]] = mapped_column(String(200))
    pegawai_unit: Mapped[Optional[str]] = mapped_column(String(300))
    penilai_nama: Mapped[Optional[str]] = mapped_column(String(300))
    penilai_nip: Mapped[Optional[str]] = mapped_column(String(18))
    penilai_pangkat: Mapped[Optional[str]] = mapped_column(String(200))
    penilai_jabatan: Mapped[Optional[str]] = mapped_column(String(200))
    penilai_unit: Mapped[Optional[str]] = mapped_column(String(300))
    atasan_penilai_nama: Mapped[Optional[str]] = mapped_column(String(300))
    atasan_penilai_nip: Mapped[Optional[str]] = mapped_column(String(18))
    atasan_penilai_pangkat: Mapped[Optional[str]] = mapped_column(String(200))
    atasan_penilai_jabatan: Mapped[Optional[str]] = mapped_column(String(200))
    atasan_penilai_unit: Mapped[Optional[str]] = mapped_column(String(300))
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    skp: Mapped[Skp] = relationship()
    periode: Mapped[Periode] = relationship()
    realisasi: Mapped[list["Realisasi"]] = relationship(back_populates="evaluasi", cascade="all, delete-orphan")
    umpan_balik_perilaku: Mapped[list["UmpanBalikPerilaku"]] = relationship(
        back_populates="evaluasi", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version_id}
    __table_args__ = (UniqueConstraint("skp_id", "periode_id"),)


class Realisasi(Timestamped, Base):
    """Per indicator and period: rencana aksi, realisasi, and the supervisor's feedback."""

    __tablename__ = "realisasi"
    id: Mapped[int] = mapped_column(primary_key=True)
    evaluasi_id: Mapped[int] = mapped_column(ForeignKey("evaluasi.id", ondelete="CASCADE"), index=True)
    indikator_id: Mapped[int] = mapped_column(ForeignKey("indikator.id", ondelete="CASCADE"), index=True)
    rencana_aksi: Mapped[Optional[str]] = mapped_column(Text)
    realisasi: Mapped[Optional[str]] = mapped_column(Text)
    realisasi_nilai: Mapped[Optional[float]] = mapped_column(Float)
    umpan_balik: Mapped[Optional[str]] = mapped_column(Text)
    # a bound indicator: the figure computed from the records and its basis (services/ukuran.py);
    # ``realisasi_nilai`` follows it unless the evaluator overrode it (``timpa_*``, with the reason)
    ukuran_nilai: Mapped[Optional[float]] = mapped_column(Float)
    ukuran_dasar: Mapped[Optional[str]] = mapped_column(Text)
    ukuran_dihitung_pada: Mapped[Optional[datetime]] = mapped_column(DateTime)
    timpa_alasan: Mapped[Optional[str]] = mapped_column(Text)
    timpa_oleh: Mapped[Optional[str]] = mapped_column(String(100))
    timpa_pada: Mapped[Optional[datetime]] = mapped_column(DateTime)

    evaluasi: Mapped[Evaluasi] = relationship(back_populates="realisasi")
    indikator: Mapped[Indikator] = relationship()
    bukti: Mapped[list["BuktiDukung"]] = relationship(back_populates="realisasi", cascade="all, delete-orphan")
    __table_args__ = (UniqueConstraint("evaluasi_id", "indikator_id"),)


class BuktiDukung(Timestamped, Base):
    """Evidence: a file copied into the data dir (path relative to it, sha256) or a link."""

    __tablename__ = "bukti_dukung"
    id: Mapped[int] = mapped_column(primary_key=True)
    realisasi_id: Mapped[int] = mapped_column(ForeignKey("realisasi.id", ondelete="CASCADE"), index=True)
    jenis: Mapped[str] = mapped_column(String(10), default="file")  # JenisBukti
    nama_asli: Mapped[Optional[str]] = mapped_column(String(500))
    path_relatif: Mapped[Optional[str]] = mapped_column(String(500))
    sha256: Mapped[Optional[str]] = mapped_column(String(64))
    ukuran: Mapped[Optional[int]] = mapped_column(Integer)
    url: Mapped[Optional[str]] = mapped_column(Text)
    keterangan: Mapped[Optional[str]] = mapped_column(Text)
    # generated by the app (the computed report of a bound indicator): replaced on recompute
    otomatis: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    realisasi: Mapped[Realisasi] = relationship(back_populates="bukti")


class BerkasBukti(Base):
    """The content of an evidence file kept in the database, one row per sha256.

    On a server every PC must open what another attached, so the file lives here (the PC's
    ``bukti`` folder is then only a cache). A single-PC office keeps its files in the folder
    beside the database; a copy to a server moves them in (services/cadangan.copy_to_database)."""

    __tablename__ = "berkas_bukti"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    isi: Mapped[bytes] = mapped_column(LargeBinary)
    ukuran: Mapped[int] = mapped_column(Integer)


class UmpanBalikPerilaku(Timestamped, Base):
    """Supervisor feedback per BerAKHLAK value for one evaluation."""

    __tablename__ = "umpan_balik_perilaku"
    id: Mapped[int] = mapped_column(primary_key=True)
    evaluasi_id: Mapped[int] = mapped_column(ForeignKey("evaluasi.id", ondelete="CASCADE"), index=True)
    kode: Mapped[str] = mapped_column(String(40))
    umpan_balik: Mapped[Optional[str]] = mapped_column(Text)

    evaluasi: Mapped[Evaluasi] = relationship(back_populates="umpan_balik_perilaku")
    __table_args__ = (UniqueConstraint("evaluasi_id", "kode"),)


class Masukan360(Timestamped, Base):
    """360° input by a peer or subordinate for one evaluation (informs, never replaces, the rating)."""

    __tablename__ = "masukan_360"
    id: Mapped[int] = mapped_column(primary_key=True)
    evaluasi_id: Mapped[int] = mapped_column(ForeignKey("evaluasi.id", ondelete="CASCADE"), index=True)
    pemberi_id: Mapped[int] = mapped_column(ForeignKey("pegawai.id", ondelete="CASCADE"), index=True)
    hubungan: Mapped[str] = mapped_column(String(20))  # Hubungan360
    anonim: Mapped[bool] = mapped_column(Boolean, default=True)
    diajukan_pada: Mapped[Optional[datetime]] = mapped_column(DateTime)

    nilai: Mapped[list["Masukan360Nilai"]] = relationship(back_populates="masukan", cascade="all, delete-orphan")
    __table_args__ = (UniqueConstraint("evaluasi_id", "pemberi_id"),)


class Masukan360Nilai(Base):
    __tablename__ = "masukan_360_nilai"
    id: Mapped[int] = mapped_column(primary_key=True)
    masukan_id: Mapped[int] = mapped_column(ForeignKey("masukan_360.id", ondelete="CASCADE"), index=True)
    kode: Mapped[str] = mapped_column(String(40))
    rating: Mapped[Optional[str]] = mapped_column(String(20))  # Rating
    komentar: Mapped[Optional[str]] = mapped_column(Text)

    masukan: Mapped[Masukan360] = relationship(back_populates="nilai")
    __table_args__ = (UniqueConstraint("masukan_id", "kode"),)


class PenilaianHistoris(Timestamped, Base):
    """Read-only appraisal under an older numeric scheme (kinerja-asn.md §6)."""

    __tablename__ = "penilaian_historis"
    id: Mapped[int] = mapped_column(primary_key=True)
    pegawai_id: Mapped[int] = mapped_column(ForeignKey("pegawai.id", ondelete="CASCADE"), index=True)
    tahun: Mapped[int] = mapped_column(Integer)
    skema: Mapped[str] = mapped_column(String(30))  # SkemaHistoris
    nilai_skp: Mapped[Optional[float]] = mapped_column(Float)
    nilai_perilaku: Mapped[Optional[float]] = mapped_column(Float)
    nilai_akhir: Mapped[Optional[float]] = mapped_column(Float)
    kategori: Mapped[Optional[str]] = mapped_column(String(30))
    detail: Mapped[Optional[dict[str, Any]]] = mapped_column(JSON)


# --------------------------------------------------------------------------- templates and phrases


class TemplateRhk(Timestamped, Base):
    """Reusable RHK for a jabatan (library seeded with kecamatan examples, extended by operators)."""

    __tablename__ = "template_rhk"
    id: Mapped[int] = mapped_column(primary_key=True)
    nama_jabatan: Mapped[str] = mapped_column(String(200), index=True)
    jenis_jabatan: Mapped[Optional[str]] = mapped_column(String(30))
    jenis: Mapped[str] = mapped_column(String(20), default="utama")
    urutan: Mapped[int] = mapped_column(Integer, default=0)
    teks: Mapped[str] = mapped_column(Text)
    perspektif: Mapped[Optional[str]] = mapped_column(String(30))

    indikator: Mapped[list["TemplateIndikator"]] = relationship(
        back_populates="template", order_by="TemplateIndikator.urutan", cascade="all, delete-orphan"
    )


class TemplateIndikator(Base):
    __tablename__ = "template_indikator"
    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("template_rhk.id", ondelete="CASCADE"), index=True)
    urutan: Mapped[int] = mapped_column(Integer, default=0)
    aspek: Mapped[str] = mapped_column(String(20), default="kuantitas")
    teks: Mapped[str] = mapped_column(Text)
    target_min: Mapped[Optional[float]] = mapped_column(Float)
    target_max: Mapped[Optional[float]] = mapped_column(Float)
    satuan: Mapped[Optional[str]] = mapped_column(String(100))
    target_teks: Mapped[Optional[str]] = mapped_column(Text)
    ikatan_ukuran: Mapped[Optional[dict[str, Any]]] = mapped_column(JSON)  # as Indikator.ikatan_ukuran

    template: Mapped[TemplateRhk] = relationship(back_populates="indikator")


class FrasaUmpanBalik(Base):
    """Standard feedback phrases offered to supervisors (``kategori``: hasil / perilaku)."""

    __tablename__ = "frasa_umpan_balik"
    id: Mapped[int] = mapped_column(primary_key=True)
    kategori: Mapped[str] = mapped_column(String(20))
    teks: Mapped[str] = mapped_column(Text)
    urutan: Mapped[int] = mapped_column(Integer, default=0)


# --------------------------------------------------------------------------- users, audit, exchange log


class Pengguna(Timestamped, Base):
    """An application account. ``password_hash`` is an argon2/scrypt hash, never plain text."""

    __tablename__ = "pengguna"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    nama: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20), default="operator")  # Role
    pegawai_id: Mapped[Optional[int]] = mapped_column(ForeignKey("pegawai.id", ondelete="SET NULL"))
    aktif: Mapped[bool] = mapped_column(Boolean, default=True)
    gagal_login: Mapped[int] = mapped_column(Integer, default=0)
    terkunci_sampai: Mapped[Optional[datetime]] = mapped_column(DateTime)
    harus_ganti_password: Mapped[bool] = mapped_column(Boolean, default=False)
    login_terakhir: Mapped[Optional[datetime]] = mapped_column(DateTime)


class AuditLog(Base):
    """Every write: who, when, what, before/after."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    waktu: Mapped[datetime] = mapped_column(DateTime, default=_now, index=True)
    user_id: Mapped[Optional[int]] = mapped_column(Integer)  # no FK: the log outlives accounts
    username: Mapped[Optional[str]] = mapped_column(String(100), index=True)
    aksi: Mapped[str] = mapped_column(String(100), index=True)  # service operation name
    entitas: Mapped[Optional[str]] = mapped_column(String(50), index=True)
    entitas_id: Mapped[Optional[str]] = mapped_column(String(50))
    ringkasan: Mapped[Optional[str]] = mapped_column(Text)
    sebelum: Mapped[Optional[dict[str, Any]]] = mapped_column(JSON)
    # JSON, never JSONB: the hash chain (db/audit_chain) hashes the text as stored, and the roster
    # import writes that text itself (db/bulk.json_texts); JSONB would re-spell it on PostgreSQL
    sesudah: Mapped[Optional[dict[str, Any]]] = mapped_column(JSON)
    #: tamper evidence: SHA-256 over the previous row's hash and this row (db/audit_chain.py)
    chain_hash: Mapped[Optional[str]] = mapped_column(String(64))


class LogPertukaran(Base):
    """Import/export log: which file, what came of it, the full report."""

    __tablename__ = "log_pertukaran"
    id: Mapped[int] = mapped_column(primary_key=True)
    waktu: Mapped[datetime] = mapped_column(DateTime, default=_now, index=True)
    username: Mapped[Optional[str]] = mapped_column(String(100))
    jenis: Mapped[str] = mapped_column(String(40))  # roster_import, employees_export, results_export, ...
    nama_file: Mapped[Optional[str]] = mapped_column(String(500))
    sha256: Mapped[Optional[str]] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20), default="ok")
    ringkasan: Mapped[Optional[dict[str, Any]]] = mapped_column(JSON)
    laporan: Mapped[Optional[dict[str, Any]]] = mapped_column(JSON)


# --------------------------------------------------------------------------- public service: SKM


class SkmSurvei(Timestamped, Base):
    """One Survei Kepuasan Masyarakat (PermenPANRB 14/2017): a service type in a period.

    ``unsur_tambahan`` lists the unit's own elements ([{"kode", "nama"}]);
    ``bobot`` (kode → weight as text) is set only then, and sums to 1.
    ``populasi`` is the number of service users in the period, for the
    minimum sample size."""

    __tablename__ = "skm_survei"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    unit_kerja_id: Mapped[Optional[int]] = mapped_column(ForeignKey("unit_kerja.id", ondelete="RESTRICT"), index=True)
    jenis_layanan: Mapped[str] = mapped_column(String(200))
    periode: Mapped[str] = mapped_column(String(100))  # "Semester I 2026"
    tanggal_mulai: Mapped[date] = mapped_column(Date)
    tanggal_selesai: Mapped[date] = mapped_column(Date)
    populasi: Mapped[Optional[int]] = mapped_column(Integer)
    unsur_tambahan: Mapped[Optional[list[Any]]] = mapped_column(JSON)
    bobot: Mapped[Optional[dict[str, Any]]] = mapped_column(JSON)
    catatan: Mapped[Optional[str]] = mapped_column(Text)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    responden: Mapped[list["SkmResponden"]] = relationship(
        back_populates="survei", cascade="all, delete-orphan", order_by="SkmResponden.nomor"
    )

    __mapper_args__ = {"version_id_col": version_id}


class SkmResponden(Timestamped, Base):
    """One filled questionnaire: the nine answers (1–4, NULL = not answered) and the respondent profile."""

    __tablename__ = "skm_responden"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    survei_id: Mapped[int] = mapped_column(ForeignKey("skm_survei.id", ondelete="CASCADE"), index=True)
    nomor: Mapped[int] = mapped_column(Integer)  # questionnaire number, as written on the paper form
    tanggal: Mapped[Optional[date]] = mapped_column(Date)
    u1: Mapped[Optional[int]] = mapped_column(Integer)
    u2: Mapped[Optional[int]] = mapped_column(Integer)
    u3: Mapped[Optional[int]] = mapped_column(Integer)
    u4: Mapped[Optional[int]] = mapped_column(Integer)
    u5: Mapped[Optional[int]] = mapped_column(Integer)
    u6: Mapped[Optional[int]] = mapped_column(Integer)
    u7: Mapped[Optional[int]] = mapped_column(Integer)
    u8: Mapped[Optional[int]] = mapped_column(Integer)
    u9: Mapped[Optional[int]] = mapped_column(Integer)
    jawaban_tambahan: Mapped[Optional[dict[str, Any]]] = mapped_column(JSON)  # kode → 1–4
    jenis_kelamin: Mapped[Optional[str]] = mapped_column(String(1))  # L / P
    umur: Mapped[Optional[int]] = mapped_column(Integer)
    pendidikan: Mapped[Optional[str]] = mapped_column(String(50))
    pekerjaan: Mapped[Optional[str]] = mapped_column(String(100))
    saran: Mapped[Optional[str]] = mapped_column(Text)
    sumber: Mapped[str] = mapped_column(String(20), default="entri")  # entri / impor

    survei: Mapped["SkmSurvei"] = relationship(back_populates="responden")


# --------------------------------------------------------------------------- evaluation meetings, coaching


class RapatEvaluasi(Timestamped, Base):
    """A rapat evaluasi kinerja of one unit (None = the whole kecamatan) for one period
    (PermenPANRB 6/2022 Pasal 5: evaluasi kinerja and its tindak lanjut; kinerja-asn.md §2)."""

    __tablename__ = "rapat_evaluasi"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    unit_kerja_id: Mapped[Optional[int]] = mapped_column(ForeignKey("unit_kerja.id", ondelete="RESTRICT"), index=True)
    periode_id: Mapped[int] = mapped_column(ForeignKey("periode.id", ondelete="RESTRICT"), index=True)
    judul: Mapped[str] = mapped_column(String(300))
    tanggal: Mapped[date] = mapped_column(Date)
    waktu: Mapped[Optional[str]] = mapped_column(String(50))  # "09.00 WITA - selesai"
    tempat: Mapped[Optional[str]] = mapped_column(String(200))
    pimpinan_id: Mapped[Optional[int]] = mapped_column(ForeignKey("pegawai.id", ondelete="SET NULL"))
    notulis_id: Mapped[Optional[int]] = mapped_column(ForeignKey("pegawai.id", ondelete="SET NULL"))
    kesimpulan: Mapped[Optional[str]] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="rencana")  # rencana / selesai
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    peserta: Mapped[list["PesertaRapat"]] = relationship(
        back_populates="rapat", cascade="all, delete-orphan", order_by="PesertaRapat.urutan"
    )

    __mapper_args__ = {"version_id_col": version_id}


class PesertaRapat(Timestamped, Base):
    """One participant of a meeting: attendance and the notes taken about him."""

    __tablename__ = "rapat_peserta"
    __table_args__ = (UniqueConstraint("rapat_id", "pegawai_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    rapat_id: Mapped[int] = mapped_column(ForeignKey("rapat_evaluasi.id", ondelete="CASCADE"), index=True)
    pegawai_id: Mapped[int] = mapped_column(ForeignKey("pegawai.id", ondelete="CASCADE"), index=True)
    urutan: Mapped[int] = mapped_column(Integer, default=0)
    kehadiran: Mapped[Optional[str]] = mapped_column(String(20))  # hadir/izin/sakit/dinas_luar/tanpa_keterangan
    capaian: Mapped[Optional[str]] = mapped_column(Text)  # what went well
    tantangan: Mapped[Optional[str]] = mapped_column(Text)
    solusi: Mapped[Optional[str]] = mapped_column(Text)

    rapat: Mapped[RapatEvaluasi] = relationship(back_populates="peserta")


class TindakLanjutRapat(Timestamped, Base):
    """A follow-up action agreed in a meeting: what, who, by when; open until closed (audited)."""

    __tablename__ = "tindak_lanjut_rapat"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    rapat_id: Mapped[int] = mapped_column(ForeignKey("rapat_evaluasi.id", ondelete="CASCADE"), index=True)
    pegawai_id: Mapped[int] = mapped_column(ForeignKey("pegawai.id", ondelete="CASCADE"), index=True)
    uraian: Mapped[str] = mapped_column(Text)
    tenggat: Mapped[Optional[date]] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="terbuka", index=True)  # terbuka / selesai
    ditutup_pada: Mapped[Optional[datetime]] = mapped_column(DateTime)
    ditutup_oleh: Mapped[Optional[str]] = mapped_column(String(100))
    catatan_penutupan: Mapped[Optional[str]] = mapped_column(Text)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version_id}


class BimbinganKinerja(Timestamped, Base):
    """A coaching session (pembinaan kinerja: bimbingan kinerja, PermenPANRB 6/2022 Pasal 5 and
    Lampiran); ``kompetensi`` holds the rows of the evaluasi kompetensi pegawai form."""

    __tablename__ = "bimbingan_kinerja"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    pegawai_id: Mapped[int] = mapped_column(ForeignKey("pegawai.id", ondelete="CASCADE"), index=True)
    pembimbing_id: Mapped[Optional[int]] = mapped_column(ForeignKey("pegawai.id", ondelete="SET NULL"), index=True)
    periode_id: Mapped[Optional[int]] = mapped_column(ForeignKey("periode.id", ondelete="SET NULL"))
    tanggal: Mapped[date] = mapped_column(Date)
    tempat: Mapped[Optional[str]] = mapped_column(String(200))
    topik: Mapped[str] = mapped_column(Text)
    catatan: Mapped[Optional[str]] = mapped_column(Text)  # what was discussed / found
    umpan_balik: Mapped[Optional[str]] = mapped_column(Text)  # feedback given to the employee
    tindak_lanjut: Mapped[Optional[str]] = mapped_column(Text)
    kompetensi: Mapped[Optional[list[Any]]] = mapped_column(JSON)  # [{kompetensi, standar, kondisi, rekomendasi}]
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version_id}


# --------------------------------------------------------------------------- recognition and incentive


class NomorUrut(Timestamped, Base):
    """An office numbering sequence (``jenis`` e.g. "piagam"; ``tahun`` 0 = never restarts).

    Incremented inside the unit of work that issues the number, so a rolled-back issue
    consumes nothing and an issued number is never handed out twice."""

    __tablename__ = "nomor_urut"
    id: Mapped[int] = mapped_column(primary_key=True)
    jenis: Mapped[str] = mapped_column(String(50))
    tahun: Mapped[int] = mapped_column(Integer, default=0)
    terakhir: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (UniqueConstraint("jenis", "tahun"),)


class AturanInsentif(Timestamped, Base):
    """One version of the regional performance-allowance rule (TPP, set yearly by Perkada).

    ``persen_predikat``: predikat value → percent (0–100) of the performance share paid;
    ``nilai_kelas``: kelas jabatan (as text) → monthly TPP amount in rupiah;
    ``porsi_kinerja``: percent of the TPP that depends on performance, the rest on discipline."""

    __tablename__ = "aturan_insentif"
    id: Mapped[int] = mapped_column(primary_key=True)
    berlaku_mulai: Mapped[date] = mapped_column(Date, unique=True)
    nama: Mapped[str] = mapped_column(String(200))
    porsi_kinerja: Mapped[float] = mapped_column(Float)
    persen_predikat: Mapped[dict[str, Any]] = mapped_column(JSON)
    nilai_kelas: Mapped[dict[str, Any]] = mapped_column(JSON)
    keterangan: Mapped[Optional[str]] = mapped_column(Text)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version_id}


class DisiplinInsentif(Timestamped, Base):
    """The discipline share attained by one employee in one month (percent 0–100), entered or imported."""

    __tablename__ = "disiplin_insentif"
    id: Mapped[int] = mapped_column(primary_key=True)
    pegawai_id: Mapped[int] = mapped_column(ForeignKey("pegawai.id", ondelete="CASCADE"), index=True)
    bulan: Mapped[str] = mapped_column(String(7))  # "2026-03"
    persen: Mapped[float] = mapped_column(Float)

    __table_args__ = (UniqueConstraint("pegawai_id", "bulan"),)


# --------------------------------------------------------------------------- service and complaint registers


class LayananStandar(Timestamped, Base):
    """A service standard (standar pelayanan): the service type and its promised time, e.g. "KTP, 1 hari kerja".

    ``satuan`` is "hari" (working days) or "jam" (working hours); requests copy the promise when they are
    recorded, so editing a standard later does not rewrite whether past requests were on time."""

    __tablename__ = "layanan_standar"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    nama: Mapped[str] = mapped_column(String(200), unique=True)
    waktu: Mapped[int] = mapped_column(Integer)
    satuan: Mapped[str] = mapped_column(String(10), default="hari")
    aktif: Mapped[bool] = mapped_column(Boolean, default=True)
    catatan: Mapped[Optional[str]] = mapped_column(Text)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version_id}


class HariLibur(Base):
    """A national holiday or cuti bersama: not a working day (the office keeps the list itself)."""

    __tablename__ = "hari_libur"
    id: Mapped[int] = mapped_column(primary_key=True)
    tanggal: Mapped[date] = mapped_column(Date, unique=True)
    keterangan: Mapped[str] = mapped_column(String(200), default="")


class LayananPermohonan(Timestamped, Base):
    """One service request at the front desk (register layanan): received, finished, who handled it.

    ``unit_kerja_id`` is the officer's unit when the request was recorded (an officer who moves later
    does not take his past requests along); ``janji_waktu``/``janji_satuan`` the standard's promise then."""

    __tablename__ = "layanan_permohonan"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    standar_id: Mapped[int] = mapped_column(ForeignKey("layanan_standar.id", ondelete="RESTRICT"), index=True)
    pegawai_id: Mapped[int] = mapped_column(ForeignKey("pegawai.id", ondelete="RESTRICT"), index=True)
    unit_kerja_id: Mapped[Optional[int]] = mapped_column(ForeignKey("unit_kerja.id", ondelete="SET NULL"), index=True)
    diterima: Mapped[datetime] = mapped_column(DateTime, index=True)
    selesai: Mapped[Optional[datetime]] = mapped_column(DateTime)
    janji_waktu: Mapped[int] = mapped_column(Integer)
    janji_satuan: Mapped[str] = mapped_column(String(10))
    nomor: Mapped[Optional[str]] = mapped_column(String(50))
    pemohon: Mapped[Optional[str]] = mapped_column(String(200))
    catatan: Mapped[Optional[str]] = mapped_column(Text)
    sumber: Mapped[str] = mapped_column(String(20), default="entri")  # entri / impor / demo
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version_id}


class Pengaduan(Timestamped, Base):
    """One community complaint (register pengaduan): channel, received, first response, resolved."""

    __tablename__ = "pengaduan"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    saluran: Mapped[str] = mapped_column(String(20))  # domain.layanan.Saluran
    diterima: Mapped[datetime] = mapped_column(DateTime, index=True)
    direspon: Mapped[Optional[datetime]] = mapped_column(DateTime)
    diselesaikan: Mapped[Optional[datetime]] = mapped_column(DateTime)
    pegawai_id: Mapped[Optional[int]] = mapped_column(ForeignKey("pegawai.id", ondelete="RESTRICT"), index=True)
    unit_kerja_id: Mapped[Optional[int]] = mapped_column(ForeignKey("unit_kerja.id", ondelete="SET NULL"), index=True)
    nomor: Mapped[Optional[str]] = mapped_column(String(50))
    pelapor: Mapped[Optional[str]] = mapped_column(String(200))
    perihal: Mapped[Optional[str]] = mapped_column(Text)
    sumber: Mapped[str] = mapped_column(String(20), default="entri")
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version_id}


class RekapLayanan(Timestamped, Base):
    """One unit's register figures for one month as a results package brought them (the regency
    compares kecamatan with these; an office's own figures come from its registers)."""

    __tablename__ = "rekap_layanan"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_kerja_id: Mapped[int] = mapped_column(ForeignKey("unit_kerja.id", ondelete="CASCADE"), index=True)
    bulan: Mapped[date] = mapped_column(Date)  # first day of the month
    jumlah: Mapped[int] = mapped_column(Integer, default=0)
    selesai: Mapped[int] = mapped_column(Integer, default=0)
    tepat_waktu: Mapped[int] = mapped_column(Integer, default=0)
    lewat_batas: Mapped[int] = mapped_column(Integer, default=0)
    persen_tepat_waktu: Mapped[Optional[float]] = mapped_column(Float)
    median_jam: Mapped[Optional[float]] = mapped_column(Float)
    p90_jam: Mapped[Optional[float]] = mapped_column(Float)
    pengaduan: Mapped[int] = mapped_column(Integer, default=0)
    direspon: Mapped[int] = mapped_column(Integer, default=0)
    pengaduan_selesai: Mapped[int] = mapped_column(Integer, default=0)
    rata_respon_jam: Mapped[Optional[float]] = mapped_column(Float)
    median_respon_jam: Mapped[Optional[float]] = mapped_column(Float)
    rata_selesai_jam: Mapped[Optional[float]] = mapped_column(Float)

    __table_args__ = (UniqueConstraint("unit_kerja_id", "bulan"),)


class RekapSkm(Timestamped, Base):
    """One survey's results (NRR per unsur, IKM, mutu) as a results package brought them."""

    __tablename__ = "rekap_skm"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)  # the survey's uid in the sending office
    kantor: Mapped[str] = mapped_column(String(50), default="")  # office code of the sender
    unit_kerja_id: Mapped[Optional[int]] = mapped_column(ForeignKey("unit_kerja.id", ondelete="SET NULL"), index=True)
    jenis_layanan: Mapped[str] = mapped_column(String(200))
    periode: Mapped[str] = mapped_column(String(100))
    tanggal_mulai: Mapped[date] = mapped_column(Date)
    tanggal_selesai: Mapped[date] = mapped_column(Date)
    populasi: Mapped[Optional[int]] = mapped_column(Integer)
    responden: Mapped[int] = mapped_column(Integer, default=0)
    nrr_u1: Mapped[Optional[float]] = mapped_column(Float)  # NRR of the nine unsur (PermenPANRB 14/2017)
    nrr_u2: Mapped[Optional[float]] = mapped_column(Float)
    nrr_u3: Mapped[Optional[float]] = mapped_column(Float)
    nrr_u4: Mapped[Optional[float]] = mapped_column(Float)
    nrr_u5: Mapped[Optional[float]] = mapped_column(Float)
    nrr_u6: Mapped[Optional[float]] = mapped_column(Float)
    nrr_u7: Mapped[Optional[float]] = mapped_column(Float)
    nrr_u8: Mapped[Optional[float]] = mapped_column(Float)
    nrr_u9: Mapped[Optional[float]] = mapped_column(Float)
    ikm: Mapped[Optional[float]] = mapped_column(Float)
    konversi: Mapped[Optional[float]] = mapped_column(Float)
    mutu: Mapped[Optional[str]] = mapped_column(String(1))
