"""Coded values stored in the database and exchange files.

The *value* of each member is the stable code written to SQLite and to Excel
exchange files; ``label`` is the Bahasa Indonesia text shown to people. Never
change a value without a migration.
"""

from __future__ import annotations

from enum import StrEnum


class LabeledEnum(StrEnum):
    """A StrEnum whose members carry a display label (Bahasa Indonesia)."""

    label: str

    def __new__(cls, value: str, label: str | None = None) -> "LabeledEnum":
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label if label is not None else value
        return obj

    @classmethod
    def from_label(cls, text: str) -> "LabeledEnum":
        """Find a member by its code or label, ignoring case and spacing."""
        key = " ".join(str(text).split()).casefold()
        for m in cls:
            if key in (m.value.casefold(), m.label.casefold()):
                return m
        raise ValueError(f"{text!r} bukan nilai {cls.__name__} yang dikenal")

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(m.value, m.label) for m in cls]


class JenisKelamin(LabeledEnum):
    """NIP digit 15: 1 male, 2 female (PP 11/2017 jo. Perka BKN NIP)."""

    L = ("L", "Laki-laki")
    P = ("P", "Perempuan")


class Agama(LabeledEnum):
    ISLAM = ("Islam", "Islam")
    KRISTEN = ("Kristen", "Kristen")
    KATOLIK = ("Katolik", "Katolik")
    HINDU = ("Hindu", "Hindu")
    BUDDHA = ("Buddha", "Buddha")
    KONGHUCU = ("Konghucu", "Konghucu")
    LAINNYA = ("Lainnya", "Lainnya")


class StatusKepegawaian(LabeledEnum):
    """Status kepegawaian (UU 20/2023; PPPK Paruh Waktu since 2025)."""

    CPNS = ("CPNS", "CPNS")
    PNS = ("PNS", "PNS")
    PPPK = ("PPPK", "PPPK")
    PPPK_PARUH_WAKTU = ("PPPK Paruh Waktu", "PPPK Paruh Waktu")

    @property
    def is_pppk(self) -> bool:
        return self in (StatusKepegawaian.PPPK, StatusKepegawaian.PPPK_PARUH_WAKTU)


class StatusPegawai(LabeledEnum):
    """Whether a person is still on the roster. People are never deleted."""

    AKTIF = ("aktif", "Aktif")
    PENSIUN = ("pensiun", "Pensiun")
    MUTASI = ("mutasi", "Mutasi")
    MENINGGAL = ("meninggal", "Meninggal")
    BERHENTI = ("berhenti", "Diberhentikan")


class JenisJabatan(LabeledEnum):
    """Jenis jabatan (UU 20/2023, PP 11/2017)."""

    JPT_UTAMA = ("jpt_utama", "JPT Utama")
    JPT_MADYA = ("jpt_madya", "JPT Madya")
    JPT_PRATAMA = ("jpt_pratama", "JPT Pratama")
    ADMINISTRATOR = ("administrator", "Administrator")
    PENGAWAS = ("pengawas", "Pengawas")
    PELAKSANA = ("pelaksana", "Pelaksana")
    FUNGSIONAL_KEAHLIAN = ("fungsional_keahlian", "Fungsional Keahlian")
    FUNGSIONAL_KETERAMPILAN = ("fungsional_keterampilan", "Fungsional Keterampilan")

    @property
    def is_jpt(self) -> bool:
        return self in (JenisJabatan.JPT_UTAMA, JenisJabatan.JPT_MADYA, JenisJabatan.JPT_PRATAMA)

    @property
    def is_fungsional(self) -> bool:
        return self in (JenisJabatan.FUNGSIONAL_KEAHLIAN, JenisJabatan.FUNGSIONAL_KETERAMPILAN)


class JenjangFungsional(LabeledEnum):
    """Jenjang jabatan fungsional (keahlian and keterampilan)."""

    AHLI_PERTAMA = ("ahli_pertama", "Ahli Pertama")
    AHLI_MUDA = ("ahli_muda", "Ahli Muda")
    AHLI_MADYA = ("ahli_madya", "Ahli Madya")
    AHLI_UTAMA = ("ahli_utama", "Ahli Utama")
    PEMULA = ("pemula", "Pemula")
    TERAMPIL = ("terampil", "Terampil")
    MAHIR = ("mahir", "Mahir")
    PENYELIA = ("penyelia", "Penyelia")


class JenisUnit(LabeledEnum):
    """Kinds of organisation unit at a kecamatan (PP 17/2018)."""

    KECAMATAN = ("kecamatan", "Kecamatan")
    SEKRETARIAT = ("sekretariat", "Sekretariat")
    SUBBAGIAN = ("subbagian", "Subbagian")
    SEKSI = ("seksi", "Seksi")
    KELURAHAN = ("kelurahan", "Kelurahan")
    LAINNYA = ("lainnya", "Lainnya")


class StatusSkp(LabeledEnum):
    """SKP workflow (Pasal 5 PermenPANRB 6/2022: disusun, diajukan, disetujui)."""

    DRAFT = ("draft", "Draft")
    DIAJUKAN = ("diajukan", "Diajukan")
    DISETUJUI = ("disetujui", "Disetujui")
    DIKEMBALIKAN = ("dikembalikan", "Dikembalikan")
    DIGANTI = ("diganti", "Diganti versi baru")


class Pendekatan(LabeledEnum):
    KUANTITATIF = ("kuantitatif", "Kuantitatif")
    KUALITATIF = ("kualitatif", "Kualitatif")


class JenisSkp(LabeledEnum):
    """Layout of the hasil kerja table: non-JPT or JPT/pimpinan unit (PermenPANRB 6/2022 lampiran)."""

    NON_JPT = ("non_jpt", "Non-JPT")
    JPT = ("jpt", "JPT / Pimpinan Unit Kerja")


class JenisRhk(LabeledEnum):
    UTAMA = ("utama", "Utama")
    TAMBAHAN = ("tambahan", "Tambahan")


class Aspek(LabeledEnum):
    KUANTITAS = ("kuantitas", "Kuantitas")
    KUALITAS = ("kualitas", "Kualitas")
    WAKTU = ("waktu", "Waktu")
    BIAYA = ("biaya", "Biaya")


class Perspektif(LabeledEnum):
    """Perspektif of a JPT RHK (balanced scorecard, PermenPANRB 6/2022)."""

    PENERIMA_LAYANAN = ("penerima_layanan", "Penerima Layanan")
    PROSES_BISNIS = ("proses_bisnis", "Proses Bisnis")
    PENGUATAN_INTERNAL = ("penguatan_internal", "Penguatan Internal")
    ANGGARAN = ("anggaran", "Anggaran")


class Klasifikasi(LabeledEnum):
    ORGANISASI = ("organisasi", "Organisasi")
    INDIVIDU = ("individu", "Individu")


class SkemaPeriode(LabeledEnum):
    """Periodic evaluation scheme chosen by the organisation (PermenPANRB 6/2022 Pasal 31)."""

    BULANAN = ("bulanan", "Bulanan")
    TRIWULANAN = ("triwulanan", "Triwulanan")
    SEMESTERAN = ("semesteran", "Semesteran")


class JenisPeriode(LabeledEnum):
    PERIODIK = ("periodik", "Periodik")
    TAHUNAN = ("tahunan", "Tahunan")


class StatusPeriode(LabeledEnum):
    BELUM_DIBUKA = ("belum_dibuka", "Belum dibuka")
    DIBUKA = ("dibuka", "Dibuka")
    DITUTUP = ("ditutup", "Ditutup")


class StatusEvaluasi(LabeledEnum):
    """Where an evaluation of one SKP for one period stands."""

    DRAFT = ("draft", "Belum dinilai")
    DIAJUKAN = ("diajukan", "Penilaian diri diajukan")
    DINILAI = ("dinilai", "Sudah dinilai")
    FINAL = ("final", "Final / ditandatangani")


class Rating(LabeledEnum):
    """Rating hasil kerja / perilaku kerja (PermenPANRB 6/2022 Pasal 35-36)."""

    DI_ATAS = ("di_atas", "Di Atas Ekspektasi")
    SESUAI = ("sesuai", "Sesuai Ekspektasi")
    DI_BAWAH = ("di_bawah", "Di Bawah Ekspektasi")


class Predikat(LabeledEnum):
    """Predikat kinerja pegawai (PermenPANRB 6/2022 lampiran; SE MenPANRB 3/2023)."""

    SANGAT_BAIK = ("sangat_baik", "Sangat Baik")
    BAIK = ("baik", "Baik")
    BUTUH_PERBAIKAN = ("butuh_perbaikan", "Butuh Perbaikan")
    KURANG = ("kurang", "Kurang/Misconduct")
    SANGAT_KURANG = ("sangat_kurang", "Sangat Kurang")


class PredikatOrganisasi(LabeledEnum):
    """Capaian kinerja organisasi (SE MenPANRB 3/2023)."""

    ISTIMEWA = ("istimewa", "Istimewa")
    BAIK = ("baik", "Baik")
    BUTUH_PERBAIKAN = ("butuh_perbaikan", "Butuh Perbaikan")
    KURANG = ("kurang", "Kurang")
    SANGAT_KURANG = ("sangat_kurang", "Sangat Kurang")


class Hubungan360(LabeledEnum):
    REKAN = ("rekan", "Rekan kerja")
    BAWAHAN = ("bawahan", "Bawahan")


class Role(LabeledEnum):
    """Application roles."""

    ADMIN = ("admin", "Admin")
    OPERATOR = ("operator", "Operator")
    PENILAI = ("penilai", "Penilai")
    PEGAWAI = ("pegawai", "Pegawai")


class SkemaHistoris(LabeledEnum):
    """Older numeric appraisal schemes kept as read-only history (kinerja-asn.md §6)."""

    PP46_2011 = ("pp46_2011", "PP 46/2011 (SKP + perilaku 60/40)")
    PP30_2019 = ("pp30_2019", "PP 30/2019")
    PERMENPANRB8_2021 = ("permenpanrb8_2021", "PermenPANRB 8/2021")
    #: e-Kinerja recaps of the current scheme, imported as history (predikat, BerAKHLAK)
    PERMENPANRB6_2022 = ("permenpanrb6_2022", "e-Kinerja (PermenPANRB 6/2022)")
    #: DP3 under PP 10/1979 (before PP 46/2011): aspect scores, rata-rata and sebutan
    DP3_PP10_1979 = ("dp3_pp10_1979", "DP3 (PP 10/1979)")


class JenisBukti(LabeledEnum):
    FILE = ("file", "Berkas")
    TAUTAN = ("tautan", "Tautan")
