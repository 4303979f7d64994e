"""Demo data: a realistic kecamatan (or, with many employees, a whole regency).

Built with bulk ``INSERT``s and pre-assigned ids, because ``--pegawai 15000``
(about 150,000 indicators and four evaluated periods) must build in well under
a minute for the benchmarks. Values follow the domain rules: NIPs consistent
with birth date and gender (kinerja-asn.md §7), golongan fitting the jabatan,
SKPs cascading from the Camat down (§2), predikat from the matrix (§5).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select

from asn_desktop.db.batch import INSERT_BATCH, in_chunks
from asn_desktop.db.bulk import ids_given
from asn_desktop.db import models as m
from asn_desktop.domain.berakhlak import BERAKHLAK
from asn_desktop.domain.enums import (
    Aspek,
    JenisJabatan,
    JenisPeriode,
    JenisRhk,
    JenisSkp,
    JenisUnit,
    JenjangFungsional,
    Pendekatan,
    Perspektif,
    Predikat,
    PredikatOrganisasi,
    Rating,
    SkemaPeriode,
    StatusEvaluasi,
    StatusKepegawaian,
    StatusPeriode,
    StatusSkp,
)
from asn_desktop.domain.golongan import PNS_GOLONGAN
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.domain.nama import format_nama
from asn_desktop.domain.periode import periode_defs
from asn_desktop.domain.progress import Progress
from asn_desktop.domain.rating import predikat_kinerja, rating_hasil_pimpinan
from asn_desktop.domain.roles import Permission
from asn_desktop.domain.tanggal import format_tanggal
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ServiceError
from asn_desktop.services.settings import OFFICE_KEY, OfficeInfo
from asn_desktop.services.snapshots import ROLES, office_atasan_snapshot, pangkat_label, snapshot_columns

# --------------------------------------------------------------------------- name pools

_DEPAN_L_TIMUR = [
    "Yohanes", "Agustinus", "Fransiskus", "Kornelis", "Marthen", "Yakob", "Dominggus", "Imanuel",
    "Marselinus", "Petrus", "Aleksander", "Yosef", "Stefanus", "Daniel", "Samuel", "Frederik",
    "Herman", "Lukas", "Melkianus", "Obed", "Paulus", "Ruben", "Simon", "Wilhelmus",
]
_DEPAN_P_TIMUR = [
    "Maria", "Yuliana", "Theresia", "Ferderika", "Novalina", "Selfina", "Elisabeth", "Veronika",
    "Yosefina", "Agustina", "Margaretha", "Debora", "Ester", "Magdalena", "Naomi", "Rambu",
    "Serlina", "Wilhelmina", "Yasinta", "Martha",
]
_BELAKANG_TIMUR = [
    "Benu", "Ndolu", "Lau", "Manafe", "Tefa", "Nope", "Bano", "Kolo", "Seran", "Fanggidae", "Pello",
    "Messakh", "Tallo", "Neno", "Taek", "Toda", "Kase", "Mbau", "Dethan", "Haning", "Lenggu",
    "Riwu", "Kana", "Amalo", "Sabu", "Ratu", "Bili", "Nubatonis", "Oematan", "Lakapu",
]
_NAMA_L_BARAT = [
    "Budi Santoso", "Agus Setiawan", "Rahmat Hidayat", "Andi Pratama", "Ahmad Fauzi", "Hendra Gunawan",
    "Muhammad Rizki", "Dedi Kurniawan", "I Made Suarta", "I Ketut Wirawan", "Bambang Sutrisno",
    "Teguh Prasetyo", "Arif Rahman", "Fajar Nugroho", "Rudi Hartono", "Syahrul Ramadhan",
    "Taufik Hidayatullah", "Yusuf Maulana", "Eko Purnomo", "La Ode Hasan", "Andi Baso Amir",
]
_NAMA_P_BARAT = [
    "Siti Aminah", "Dewi Lestari", "Nur Aisyah", "Putri Wulandari", "Rina Marlina", "Fitri Handayani",
    "Sri Rahayu", "Ni Luh Sari", "Ni Made Ayu Lestari", "Wahyuni Astuti", "Ratna Sari Dewi",
    "Indah Permatasari", "Yuni Kartika", "Lia Amelia", "Rosmawati", "Nurhayati Siregar",
    "Dian Puspitasari", "Eka Septiani", "Andi Nurul Fadhilah", "Wa Ode Sitti",
]
_KOTA_LAHIR = [
    "Kupang", "Soe", "Kefamenanu", "Atambua", "Ende", "Maumere", "Waingapu", "Rote", "Larantuka",
    "Ruteng", "Bajawa", "Makassar", "Surabaya", "Yogyakarta", "Denpasar", "Mataram", "Medan",
    "Bandung", "Ambon", "Manado",
]
_GELAR_S1 = ["S.Sos", "S.STP", "S.E.", "S.H.", "S.IP", "S.Kom", "S.AP", "S.Pd"]
_GELAR_S2 = ["M.Si", "M.AP", "M.M.", "M.H."]

_KELURAHAN = [
    "Penfui", "Oepura", "Sikumana", "Naimata", "Belo", "Fatukoa", "Kolhua", "Naikolan", "Maulafa",
    "Oebufu", "Liliba", "Oesapa", "Lasiana", "Kelapa Lima", "Airnona", "Bakunase", "Fontein",
    "Oetete", "Nunleu", "Manutapen",
]
_KECAMATAN = [
    "Maulafa", "Oebobo", "Kelapa Lima", "Alak", "Kota Raja", "Kota Lama", "Kupang Tengah",
    "Kupang Barat", "Kupang Timur", "Amarasi", "Amabi Oefeto", "Fatuleu", "Semau", "Sulamu",
    "Takari", "Taebenu", "Nekamese", "Amfoang Selatan", "Amfoang Utara", "Amfoang Barat Daya",
    "Amarasi Barat", "Amarasi Selatan", "Amarasi Timur", "Kupang Barat Laut", "Fatuleu Barat",
    "Fatuleu Tengah", "Semau Selatan", "Amfoang Tengah", "Amfoang Timur", "Amabi Oefeto Timur",
]
_SEKSI = [
    "Seksi Pemerintahan",
    "Seksi Ketenteraman dan Ketertiban Umum",
    "Seksi Pemberdayaan Masyarakat dan Desa",
    "Seksi Kesejahteraan Sosial",
    "Seksi Pelayanan Umum",
]
_SUBBAG = ["Subbagian Umum dan Kepegawaian", "Subbagian Perencanaan dan Keuangan"]

# --------------------------------------------------------------------------- SKP content

# RHK of a Camat (JPT layout: pimpinan unit kerja), with perspektif (kinerja-asn.md §3)
_RHK_CAMAT = [
    ("Meningkatnya kualitas pelayanan publik di kecamatan", Perspektif.PENERIMA_LAYANAN,
     [("Indeks kepuasan masyarakat terhadap layanan kecamatan", 82, None, "indeks")]),
    ("Terselenggaranya pemerintahan kelurahan yang efektif", Perspektif.PROSES_BISNIS,
     [("Persentase kelurahan dengan evaluasi kinerja kategori baik", 80, None, "%")]),
    ("Terwujudnya ketenteraman dan ketertiban umum di wilayah kecamatan", Perspektif.PENERIMA_LAYANAN,
     [("Persentase gangguan trantibum yang tertangani", 90, None, "%")]),
    ("Meningkatnya akuntabilitas kinerja dan keuangan kecamatan", Perspektif.ANGGARAN,
     [("Persentase realisasi anggaran kecamatan", 90, 100, "%")]),
]

# (RHK text, [(aspek, indikator, target_min, target_max, satuan)])
_RHK_POOL: dict[str, list[tuple[str, list[tuple[Aspek, str, float, float | None, str]]]]] = {
    "sekretaris": [
        ("Terkoordinasinya penyusunan dokumen perencanaan dan pelaporan kinerja kecamatan", [
            (Aspek.KUANTITAS, "Jumlah dokumen perencanaan dan laporan kinerja yang tersusun", 6, None, "dokumen"),
            (Aspek.KUALITAS, "Persentase dokumen yang diterima tanpa revisi", 90, None, "%"),
            (Aspek.WAKTU, "Ketepatan waktu penyampaian dokumen", 12, None, "bulan")]),
        ("Terselenggaranya administrasi umum dan kepegawaian yang tertib", [
            (Aspek.KUANTITAS, "Jumlah layanan administrasi kepegawaian yang diselesaikan", 120, None, "layanan"),
            (Aspek.KUALITAS, "Persentase layanan tanpa keluhan", 95, None, "%"),
            (Aspek.WAKTU, "Waktu penyelesaian layanan", 3, None, "hari kerja")]),
    ],
    "umum": [
        ("Tersedianya data kepegawaian kecamatan yang mutakhir", [
            (Aspek.KUANTITAS, "Jumlah data pegawai yang dimutakhirkan", 40, None, "data"),
            (Aspek.KUALITAS, "Persentase data sesuai dengan SIASN", 100, None, "%"),
            (Aspek.WAKTU, "Pemutakhiran data setiap bulan", 12, None, "bulan")]),
        ("Terkelolanya persuratan dan kearsipan kecamatan", [
            (Aspek.KUANTITAS, "Jumlah surat masuk dan keluar yang teradministrasi", 1200, None, "surat"),
            (Aspek.KUALITAS, "Persentase arsip yang tertata sesuai klasifikasi", 90, None, "%"),
            (Aspek.WAKTU, "Surat didistribusikan pada hari yang sama", 1, None, "hari")]),
    ],
    "keuangan": [
        ("Tersusunnya laporan keuangan kecamatan yang akuntabel", [
            (Aspek.KUANTITAS, "Jumlah laporan keuangan yang tersusun", 12, None, "laporan"),
            (Aspek.KUALITAS, "Persentase laporan tanpa koreksi BPKAD", 90, None, "%"),
            (Aspek.WAKTU, "Laporan disampaikan paling lambat tanggal 10 bulan berikutnya", 12, None, "bulan")]),
    ],
    "pemerintahan": [
        ("Terselenggaranya pembinaan administrasi pemerintahan kelurahan", [
            (Aspek.KUANTITAS, "Jumlah kelurahan yang dibina", 7, None, "kelurahan"),
            (Aspek.KUALITAS, "Persentase rekomendasi pembinaan yang ditindaklanjuti", 80, None, "%"),
            (Aspek.WAKTU, "Pembinaan dilaksanakan setiap triwulan", 4, None, "kali")]),
        ("Terlayaninya dokumen administrasi kependudukan tepat waktu", [
            (Aspek.KUANTITAS, "Jumlah dokumen pelayanan administrasi selesai tepat waktu", 600, None, "dokumen"),
            (Aspek.KUALITAS, "Persentase dokumen tanpa kesalahan data", 98, None, "%"),
            (Aspek.WAKTU, "Waktu penyelesaian per dokumen", 1, 2, "hari kerja")]),
    ],
    "trantib": [
        ("Tertanganinya pengaduan gangguan ketenteraman dan ketertiban umum", [
            (Aspek.KUANTITAS, "Jumlah pengaduan trantibum yang ditindaklanjuti", 48, None, "pengaduan"),
            (Aspek.KUALITAS, "Persentase pengaduan selesai tanpa konflik lanjutan", 90, None, "%"),
            (Aspek.WAKTU, "Waktu respon pengaduan masyarakat", 1, None, "hari")]),
    ],
    "pmd": [
        ("Meningkatnya partisipasi masyarakat dalam musrenbang kelurahan", [
            (Aspek.KUANTITAS, "Jumlah musrenbang kelurahan yang didampingi", 7, None, "kegiatan"),
            (Aspek.KUALITAS, "Persentase usulan prioritas yang terverifikasi", 85, None, "%"),
            (Aspek.WAKTU, "Pendampingan selesai sesuai jadwal musrenbang", 3, None, "bulan")]),
    ],
    "kesos": [
        ("Tersalurkannya data penerima bantuan sosial yang terverifikasi", [
            (Aspek.KUANTITAS, "Jumlah data calon penerima bantuan yang diverifikasi", 500, None, "KK"),
            (Aspek.KUALITAS, "Persentase data valid pada padanan DTKS", 95, None, "%"),
            (Aspek.WAKTU, "Verifikasi selesai setiap triwulan", 4, None, "triwulan")]),
    ],
    "pelayanan": [
        ("Meningkatnya kepuasan masyarakat atas pelayanan PATEN", [
            (Aspek.KUANTITAS, "Jumlah permohonan layanan PATEN yang diselesaikan", 900, None, "permohonan"),
            (Aspek.KUALITAS, "Indeks kepuasan masyarakat layanan PATEN", 80, None, "indeks"),
            (Aspek.WAKTU, "Waktu penyelesaian layanan sesuai standar pelayanan", 100, None, "%")]),
    ],
    "lurah": [
        ("Terselenggaranya pelayanan masyarakat di tingkat kelurahan", [
            (Aspek.KUANTITAS, "Jumlah surat keterangan dan pengantar yang diterbitkan", 700, None, "surat"),
            (Aspek.KUALITAS, "Persentase layanan tanpa pengaduan", 95, None, "%"),
            (Aspek.WAKTU, "Waktu penyelesaian layanan", 1, None, "hari kerja")]),
        ("Terlaksananya pemberdayaan masyarakat kelurahan", [
            (Aspek.KUANTITAS, "Jumlah kegiatan pemberdayaan yang dilaksanakan", 10, None, "kegiatan"),
            (Aspek.KUALITAS, "Persentase kegiatan sesuai rencana kerja", 90, None, "%"),
            (Aspek.WAKTU, "Pelaksanaan sesuai jadwal", 12, None, "bulan")]),
    ],
    "staf": [
        ("Terselesaikannya pengolahan data layanan seksi", [
            (Aspek.KUANTITAS, "Jumlah data layanan yang diolah", 300, None, "data"),
            (Aspek.KUALITAS, "Persentase data tanpa kesalahan input", 95, None, "%"),
            (Aspek.WAKTU, "Data diolah setiap bulan", 12, None, "bulan")]),
        ("Tersusunnya laporan kegiatan seksi", [
            (Aspek.KUANTITAS, "Jumlah laporan kegiatan yang disusun", 12, None, "laporan"),
            (Aspek.KUALITAS, "Persentase laporan diterima atasan tanpa perbaikan", 90, None, "%"),
            (Aspek.WAKTU, "Laporan disampaikan tepat waktu", 12, None, "bulan")]),
        ("Terlayaninya masyarakat pada loket pelayanan", [
            (Aspek.KUANTITAS, "Jumlah masyarakat yang dilayani", 1000, None, "orang"),
            (Aspek.KUALITAS, "Persentase layanan tanpa keluhan", 95, None, "%"),
            (Aspek.WAKTU, "Waktu tunggu layanan", 15, None, "menit")]),
    ],
}
_RHK_TAMBAHAN = ("Terlaksananya tugas sebagai anggota tim penyusun profil kecamatan", [
    (Aspek.KUANTITAS, "Jumlah dokumen profil kecamatan yang tersusun", 1, None, "dokumen")])

_SEKSI_POOL = {
    _SEKSI[0]: "pemerintahan", _SEKSI[1]: "trantib", _SEKSI[2]: "pmd", _SEKSI[3]: "kesos",
    _SEKSI[4]: "pelayanan", _SUBBAG[0]: "umum", _SUBBAG[1]: "keuangan",
}

_UMPAN_BALIK_HASIL = [
    "Target tercapai sesuai rencana, pertahankan.",
    "Capaian melampaui target; dokumentasikan praktik baiknya.",
    "Sebagian target belum tercapai; susun rencana percepatan.",
    "Kualitas output baik, perhatikan ketepatan waktu pelaporan.",
]
#: Feedback that agrees with the rating it accompanies.
_UMPAN_BALIK_MENURUT_RATING = {
    Rating.DI_ATAS: [_UMPAN_BALIK_HASIL[1], _UMPAN_BALIK_HASIL[0]],
    Rating.SESUAI: [_UMPAN_BALIK_HASIL[0], _UMPAN_BALIK_HASIL[3]],
    Rating.DI_BAWAH: [_UMPAN_BALIK_HASIL[2]],
}
_UMPAN_BALIK_PERILAKU = [
    "Sudah menunjukkan perilaku yang diharapkan.",
    "Pertahankan sikap ramah dan cekatan dalam melayani.",
    "Perlu lebih proaktif berkoordinasi dengan rekan kerja.",
    "Menjadi teladan bagi rekan kerja.",
]

# --------------------------------------------------------------------------- generation


@dataclass
class DemoResult:
    pegawai: int = 0
    unit: int = 0
    skp: int = 0
    indikator: int = 0
    evaluasi: int = 0
    tahun: int = 0
    detik: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)


@dataclass
class _Person:
    id: int
    unit_id: int
    atasan_id: int | None
    role: str  # camat, sekretaris, kasubbag, kasi, lurah, seklur, staf, jf
    pool: str
    row: dict[str, Any]


class _Ids:
    def __init__(self) -> None:
        self._n: dict[str, int] = {}

    def next(self, table: str) -> int:
        self._n[table] = self._n.get(table, 0) + 1
        return self._n[table]


class _Builder:
    def __init__(self, n_pegawai: int, tahun: int, seed: int, periode_dinilai: int | None) -> None:
        self.rng = random.Random(seed)
        self.n = max(8, n_pegawai)
        self.tahun = tahun
        self.ids = _Ids()
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.used_nip: set[str] = set()
        self.people: list[_Person] = []
        self.periode_dinilai = periode_dinilai
        self.org: dict[tuple[int, int], PredikatOrganisasi] = {}
        #: small demos finalise every evaluation through ``evaluasi.finalize`` (the frozen document included)
        self.lewat_finalisasi = self.n <= 100
        self.office: OfficeInfo | None = None
        self.now = datetime.now().replace(microsecond=0)

    def add(self, table: str, **values: Any) -> int:
        rid = self.ids.next(table)
        values["id"] = rid
        self.rows.setdefault(table, []).append(values)
        return rid

    # -- people ------------------------------------------------------------------
    def _nip(self, lahir: date, jk: str, pppk: bool, tmt: date) -> str:
        g = "1" if jk == "L" else "2"
        while True:
            seq = f"{self.rng.randint(1, 999):03d}"
            if pppk:
                nip = f"{lahir:%Y%m%d}{tmt.year}21{g}{seq}"
            else:
                nip = f"{lahir:%Y%m%d}{tmt:%Y%m}{g}{seq}"
            if nip not in self.used_nip:
                self.used_nip.add(nip)
                return nip

    def person(
        self,
        unit_id: int,
        atasan_id: int | None,
        role: str,
        pool: str,
        jabatan: str,
        jenis: JenisJabatan,
        gol_range: tuple[int, int],
        *,
        eselon: str | None = None,
        jenjang: JenjangFungsional | None = None,
        pppk_gol: str | None = None,
        s2: bool = False,
    ) -> _Person:
        rng = self.rng
        jk = rng.choice("LLP") if role in ("camat", "sekretaris") else rng.choice("LP")
        if rng.random() < 0.55:
            depan = rng.choice(_DEPAN_L_TIMUR if jk == "L" else _DEPAN_P_TIMUR)
            nama = f"{depan} {rng.choice(_BELAKANG_TIMUR)}"
        else:
            nama = rng.choice(_NAMA_L_BARAT if jk == "L" else _NAMA_P_BARAT)
        age_min, age_max = {"camat": (42, 56), "sekretaris": (40, 55), "staf": (22, 56)}.get(role, (30, 56))
        if pppk_gol:
            age_min, age_max = 24, 45
        lahir = date(self.tahun - rng.randint(age_min, age_max), rng.randint(1, 12), rng.randint(1, 28))
        pppk = pppk_gol is not None
        if pppk:
            tmt_cpns = date(rng.randint(max(2022, lahir.year + 20), self.tahun - 1), rng.choice((1, 4, 7)), 1)
        else:
            tmt_cpns = date(
                min(self.tahun - 1, lahir.year + rng.randint(22, 28)), rng.choice((1, 3, 4, 12)), 1
            )
        nip = self._nip(lahir, jk, pppk, tmt_cpns)
        if pppk:
            gol = pppk_gol
            status = StatusKepegawaian.PPPK.value
        else:
            lo, hi = gol_range
            # more years of service -> higher golongan, within the jabatan's range
            service = self.tahun - tmt_cpns.year
            rank = min(hi, max(lo, lo + service // 5 + rng.randint(-1, 0)))
            gol = _PNS_KODE[rank - 1]
            status = StatusKepegawaian.CPNS.value if service < 1 else StatusKepegawaian.PNS.value
        gelar_depan, gelar_belakang = "", ""
        if gol_range[0] >= 9 or pppk_gol in ("IX", "X"):
            gelar_belakang = rng.choice(_GELAR_S1)
            if s2 or (role in ("camat", "sekretaris") and rng.random() < 0.7):
                gelar_belakang += ", " + rng.choice(_GELAR_S2)
        elif pppk_gol == "VII" or (role == "staf" and rng.random() < 0.3):
            gelar_belakang = "A.Md."
        if role == "camat" and rng.random() < 0.3:
            gelar_depan = "Drs." if jk == "L" else "Dra."
            gelar_belakang = rng.choice(_GELAR_S2)
        pendidikan = (
            "S2" if "M." in gelar_belakang else "S1" if gelar_belakang.startswith("S.") or gelar_depan
            else "D-III" if gelar_belakang == "A.Md." else "SMA"
        )
        pid = self.ids.next("pegawai")
        tmt_gol = date(max(tmt_cpns.year + 1, self.tahun - rng.randint(0, 4)), rng.choice((4, 10)), 1)
        if tmt_gol.year > self.tahun or tmt_gol > date(self.tahun, 12, 31):
            tmt_gol = date(self.tahun, 4, 1)
        row = dict(
            id=pid,
            uid=m.new_uid(),
            nip=nip,
            nama=nama,
            gelar_depan=gelar_depan or None,
            gelar_belakang=gelar_belakang or None,
            tempat_lahir=rng.choice(_KOTA_LAHIR),
            tanggal_lahir=lahir,
            jenis_kelamin=jk,
            agama=rng.choices(["Kristen", "Katolik", "Islam", "Hindu"], [50, 30, 17, 3])[0],
            nik=f"5371{rng.randint(10, 99)}{lahir:%d}{lahir:%m}{lahir:%y}{rng.randint(1, 9999):04d}"[:16],
            email=f"{nama.split()[0].lower()}.{pid}@contoh.go.id",
            no_hp=f"0812{rng.randint(10000000, 99999999)}",
            status_kepegawaian=status,
            tmt_cpns=tmt_cpns,
            tmt_pns=None if pppk or status == "CPNS" else date(tmt_cpns.year + 1, tmt_cpns.month, 1),
            golongan=gol,
            tmt_golongan=tmt_gol,
            jenis_jabatan=jenis.value,
            jenjang=jenjang.value if jenjang else None,
            nama_jabatan=jabatan,
            tmt_jabatan=date(self.tahun - rng.randint(0, 5), rng.randint(1, 12), 1),
            eselon=eselon,
            kelas_jabatan={"camat": 11, "sekretaris": 9, "kasubbag": 8, "kasi": 8, "lurah": 8, "seklur": 7}.get(
                role, 6 if jenis == JenisJabatan.PELAKSANA else 8
            ),
            unit_id=unit_id,
            atasan_id=atasan_id,
            pendidikan_terakhir=pendidikan,
            tahun_lulus=lahir.year + (23 if pendidikan.startswith("S") else 20),
            tmt_pensiun=date(lahir.year + 58, lahir.month, 1),
            status="aktif",
            version_id=1,
            created_at=self.now,
            updated_at=self.now,
        )
        self.rows.setdefault("pegawai", []).append(row)
        self.add(
            "riwayat_golongan", pegawai_id=pid, golongan=gol, tmt=tmt_gol, jenis_kenaikan="Reguler",
            nomor_sk=f"800/{rng.randint(100, 999)}/BKPSDM/{tmt_gol.year}", created_at=self.now, updated_at=self.now,
        )
        self.add(
            "riwayat_jabatan", pegawai_id=pid, nama_jabatan=jabatan, jenis_jabatan=jenis.value,
            jenjang=row["jenjang"], eselon=eselon, tmt=row["tmt_jabatan"], created_at=self.now, updated_at=self.now,
        )
        self.add(
            "riwayat_pendidikan", pegawai_id=pid, jenjang=pendidikan, tahun_lulus=row["tahun_lulus"],
            nama_sekolah="Universitas Nusa Cendana" if pendidikan.startswith("S") else "SMA Negeri 1 Kupang",
            created_at=self.now, updated_at=self.now,
        )
        for _ in range(rng.randint(0, 3)):
            mulai = date(self.tahun - rng.randint(0, 1), rng.randint(1, 11), rng.randint(1, 20))
            self.add(
                "riwayat_diklat", pegawai_id=pid, jenis=rng.choice(["Teknis", "Fungsional", "Seminar"]),
                nama=rng.choice([
                    "Pelatihan Pelayanan Prima", "Bimtek Penyusunan SKP", "Pelatihan Pengelolaan Arsip Dinamis",
                    "Webinar Literasi Digital ASN", "Pelatihan Kepemimpinan Pengawas",
                    "Bimtek Aplikasi SRIKANDI", "Pelatihan Pengadaan Barang/Jasa",
                ]),
                penyelenggara=rng.choice(["BKPSDM", "BPSDMD Provinsi NTT", "LAN RI", "Kemendagri"]),
                tanggal_mulai=mulai, tanggal_selesai=mulai + timedelta(days=rng.randint(0, 4)),
                jp=float(rng.choice([2, 4, 8, 16, 24, 32])), created_at=self.now, updated_at=self.now,
            )
        p = _Person(pid, unit_id, atasan_id, role, pool, row)
        self.people.append(p)
        return p

    def unit(self, nama: str, jenis: JenisUnit, parent: int | None, urutan: int, kode: str | None = None) -> int:
        return self.add(
            "unit_kerja", uid=m.new_uid(), nama=nama, jenis=jenis.value, parent_id=parent, urutan=urutan,
            kode=kode, aktif=True, version_id=1, created_at=self.now, updated_at=self.now,
        )

    def kecamatan(self, nama: str, parent: int | None, n_target: int, idx: int) -> None:
        rng = self.rng
        start = len(self.people)
        root = self.unit(f"Kecamatan {nama}", JenisUnit.KECAMATAN, parent, idx, kode=f"KEC{idx + 1:02d}")
        camat = self.person(root, None, "camat", "camat", f"Camat {nama}", JenisJabatan.ADMINISTRATOR, (13, 14),
                            eselon="III.a", s2=True)
        heads: list[tuple[int, int]] = [(root, camat.id)]
        sekre = self.unit("Sekretariat Kecamatan", JenisUnit.SEKRETARIAT, root, 1)
        sekcam = self.person(sekre, camat.id, "sekretaris", "sekretaris", f"Sekretaris Kecamatan {nama}",
                             JenisJabatan.ADMINISTRATOR, (12, 13), eselon="III.b")
        heads.append((sekre, sekcam.id))
        subunits: list[tuple[int, _Person, str]] = []
        for i, sb in enumerate(_SUBBAG):
            u = self.unit(sb, JenisUnit.SUBBAGIAN, sekre, i + 1)
            k = self.person(u, sekcam.id, "kasubbag", _SEKSI_POOL[sb], f"Kepala {sb}", JenisJabatan.PENGAWAS,
                            (11, 12), eselon="IV.a")
            heads.append((u, k.id))
            subunits.append((u, k, _SEKSI_POOL[sb]))
        for i, sk in enumerate(_SEKSI):
            u = self.unit(sk, JenisUnit.SEKSI, root, 2 + i)
            k = self.person(u, camat.id, "kasi", _SEKSI_POOL[sk], f"Kepala {sk}", JenisJabatan.PENGAWAS,
                            (11, 12), eselon="IV.a")
            heads.append((u, k.id))
            subunits.append((u, k, _SEKSI_POOL[sk]))
        n_kel = 2 if n_target <= 60 else max(2, min(10, n_target // 60))
        kel_names = rng.sample(_KELURAHAN, n_kel) if n_kel <= len(_KELURAHAN) else _KELURAHAN
        for i, kn in enumerate(kel_names):
            u = self.unit(f"Kelurahan {kn}", JenisUnit.KELURAHAN, root, 10 + i)
            lurah = self.person(u, camat.id, "lurah", "lurah", f"Lurah {kn}", JenisJabatan.PENGAWAS, (11, 12),
                                eselon="IV.a")
            heads.append((u, lurah.id))
            sek = self.person(u, lurah.id, "seklur", "lurah", f"Sekretaris Kelurahan {kn}", JenisJabatan.PENGAWAS,
                              (10, 11), eselon="IV.b")
            subunits.append((u, sek, "staf"))
        for u, kid in heads:
            self.rows["unit_kerja"][u - 1]["kepala_id"] = kid
        # staff to reach the target
        made = len(self.people) - start
        remaining = max(0, n_target - made)
        jabatan_pelaksana = [
            "Pengelola Umum Operasional", "Operator Layanan Operasional", "Penata Layanan Operasional",
            "Pengadministrasi Perkantoran",
        ]
        for j in range(remaining):
            u, head, pool = subunits[j % len(subunits)]
            r = rng.random()
            if r < 0.12:
                self.person(u, head.id, "jf", "staf", "Analis Kebijakan Ahli Pertama",
                            JenisJabatan.FUNGSIONAL_KEAHLIAN, (9, 10), jenjang=JenjangFungsional.AHLI_PERTAMA)
            elif r < 0.18:
                self.person(u, head.id, "jf", "staf", "Pranata Komputer Terampil",
                            JenisJabatan.FUNGSIONAL_KETERAMPILAN, (6, 8), jenjang=JenjangFungsional.TERAMPIL)
            elif r < 0.32:
                self.person(u, head.id, "staf", "staf", rng.choice(jabatan_pelaksana), JenisJabatan.PELAKSANA,
                            (5, 8), pppk_gol=rng.choice(["V", "VII", "IX"]))
            else:
                self.person(u, head.id, "staf", pool if pool != "lurah" else "staf", rng.choice(jabatan_pelaksana),
                            JenisJabatan.PELAKSANA, (5, 9))

    # -- SKP and evaluation -----------------------------------------------------------
    def _snap(self, role: str, p: _Person | None, units: dict[int, str]) -> dict[str, Any]:
        """Snapshot columns of a person still held as a dict row (services/snapshots.py rules)."""
        if p is None:
            return {}
        r = p.row
        return snapshot_columns(role, {
            "nama": format_nama(r["gelar_depan"], r["nama"], r["gelar_belakang"]),
            "nip": r["nip"],
            "pangkat": pangkat_label(r["golongan"]),
            "jabatan": r["nama_jabatan"],
            "unit": units.get(r["unit_id"], ""),
        })

    def skps(self, office: OfficeInfo) -> None:
        rng = self.rng
        self.office = office
        units = {u["id"]: u["nama"] for u in self.rows["unit_kerja"]}
        by_id = {p.id: p for p in self.people}
        # supervisors first so subordinates can intervene their RHK
        depth: dict[int, int] = {}

        def d(p: _Person) -> int:
            if p.id not in depth:
                depth[p.id] = 0 if p.atasan_id is None else 1 + d(by_id[p.atasan_id])
            return depth[p.id]

        order = sorted(self.people, key=d)
        rhk_of: dict[int, list[tuple[int, str]]] = {}
        mulai, selesai = date(self.tahun, 1, 1), date(self.tahun, 12, 31)
        self.skp_ids: list[tuple[int, _Person, list[int]]] = []
        small = self.n <= 100
        for p in order:
            if small and p.role == "staf" and rng.random() < 0.08:
                continue  # a few without SKP yet: the overview shows them
            atasan = by_id.get(p.atasan_id) if p.atasan_id else None
            atasan2 = by_id.get(atasan.atasan_id) if atasan and atasan.atasan_id else None
            if small and p.role not in ("camat", "sekretaris"):
                status = rng.choices(
                    [StatusSkp.DISETUJUI, StatusSkp.DIAJUKAN, StatusSkp.DRAFT, StatusSkp.DIKEMBALIKAN], [80, 8, 8, 4]
                )[0]
            else:
                status = StatusSkp.DISETUJUI
            is_jpt = p.role == "camat"
            snap = {**self._snap("pegawai", p, units), **self._snap("penilai", atasan, units),
                    **self._snap("atasan_penilai", atasan2, units)}
            # the Camat's own supervisor sits at the regency: stored by value (kinerja-asn.md §3)
            if is_jpt and office.atasan_camat_nama:
                snap.update(snapshot_columns("penilai", office_atasan_snapshot(office)))
            elif atasan is not None and atasan.atasan_id is None and office.atasan_camat_nama:
                snap.update(snapshot_columns("atasan_penilai", office_atasan_snapshot(office)))
            sid = self.add(
                "skp", uid=m.new_uid(), pegawai_id=p.id, tahun=self.tahun, versi=1, status=status.value,
                pendekatan=Pendekatan.KUANTITATIF.value,
                jenis_skp=(JenisSkp.JPT if is_jpt else JenisSkp.NON_JPT).value,
                periode_mulai=mulai, periode_selesai=selesai,
                pejabat_penilai_id=atasan.id if atasan else None,
                atasan_penilai_id=atasan2.id if atasan2 else None,
                instansi=office.instansi, pegawai_status_kepegawaian=p.row["status_kepegawaian"],
                lampiran_dukungan_sumber_daya="Anggaran DPA Kecamatan; sarana komputer dan jaringan internet",
                lampiran_skema_pertanggungjawaban="Laporan bulanan kepada atasan langsung",
                lampiran_konsekuensi="Sesuai ketentuan peraturan perundang-undangan",
                catatan_pengembalian="Mohon lengkapi indikator kualitas." if status == StatusSkp.DIKEMBALIKAN else None,
                diajukan_pada=self.now if status != StatusSkp.DRAFT else None,
                disetujui_pada=self.now if status == StatusSkp.DISETUJUI else None,
                disetujui_oleh="demo" if status == StatusSkp.DISETUJUI else None,
                version_id=1, created_at=self.now, updated_at=self.now, **snap,
            )
            self.add("skp_status_log", skp_id=sid, dari_status=None, ke_status="draft", waktu=self.now,
                     username="demo", catatan="Dibuat (data demo)")
            if status != StatusSkp.DRAFT:
                self.add("skp_status_log", skp_id=sid, dari_status="draft", ke_status="diajukan", waktu=self.now,
                         username="demo")
            if status in (StatusSkp.DISETUJUI, StatusSkp.DIKEMBALIKAN):
                self.add("skp_status_log", skp_id=sid, dari_status="diajukan", ke_status=status.value,
                         waktu=self.now, username="demo", catatan=snap.get("catatan_pengembalian"))
            for b in BERAKHLAK:
                self.add("perilaku_skp", skp_id=sid, nomor=b.nomor, kode=b.kode,
                         ekspektasi_khusus=("Responsif terhadap pengaduan masyarakat"
                                            if b.nomor == 1 and p.role in ("camat", "lurah", "kasi") else "-"))
            my_rhk: list[tuple[int, str]] = []
            ind_ids: list[int] = []
            parents = rhk_of.get(atasan.id, []) if atasan else []
            if is_jpt:
                content = [(t, persp, [(Aspek.KUANTITAS, i, a, b2, s) for (i, a, b2, s) in inds])
                           for (t, persp, inds) in _RHK_CAMAT]
            else:
                pool = _RHK_POOL.get(p.pool, _RHK_POOL["staf"])
                picks = [pool[i % len(pool)] for i in range(3 if self.n > 100 else min(3, len(pool) + 1))]
                content = [(t, None, inds) for (t, inds) in picks]
            for i, (teks, persp, inds) in enumerate(content):
                parent = parents[i % len(parents)] if parents else None
                rid = self.add(
                    "rhk", uid=m.new_uid(), skp_id=sid, jenis=JenisRhk.UTAMA.value, urutan=i + 1, teks=teks,
                    parent_rhk_id=parent[0] if parent else None, rhk_atasan_teks=parent[1] if parent else None,
                    perspektif=persp.value if persp else None,
                    penugasan_dari="Wali Kota" if is_jpt else None, klasifikasi="organisasi" if is_jpt else None,
                    created_at=self.now, updated_at=self.now,
                )
                my_rhk.append((rid, teks))
                for k, (aspek, it, tmin, tmax, sat) in enumerate(inds):
                    ind_ids.append(self.add(
                        "indikator", uid=m.new_uid(), rhk_id=rid, urutan=k + 1, aspek=aspek.value, teks=it,
                        target_min=float(tmin), target_max=float(tmax) if tmax is not None else None, satuan=sat,
                        lebih_rendah_lebih_baik=aspek == Aspek.WAKTU and sat in ("hari", "hari kerja", "menit"),
                        created_at=self.now, updated_at=self.now,
                    ))
            if not is_jpt:
                t_teks, t_inds = _RHK_TAMBAHAN
                rid = self.add("rhk", uid=m.new_uid(), skp_id=sid, jenis=JenisRhk.TAMBAHAN.value, urutan=1,
                               teks=t_teks, created_at=self.now, updated_at=self.now)
                for k, (aspek, it, tmin, tmax, sat) in enumerate(t_inds):
                    ind_ids.append(self.add(
                        "indikator", uid=m.new_uid(), rhk_id=rid, urutan=k + 1, aspek=aspek.value, teks=it,
                        target_min=float(tmin), target_max=None, satuan=sat, lebih_rendah_lebih_baik=False,
                        created_at=self.now, updated_at=self.now,
                    ))
            rhk_of[p.id] = my_rhk
            if status == StatusSkp.DISETUJUI:
                self.skp_ids.append((sid, p, ind_ids))

    def periods_and_evaluations(self, skema: SkemaPeriode) -> None:
        rng = self.rng
        tid = self.add("tahun_kinerja", tahun=self.tahun, skema_periode=skema.value,
                       tanggal_mulai=date(self.tahun, 1, 1), tanggal_selesai=date(self.tahun, 12, 31), ditutup=False,
                       created_at=self.now, updated_at=self.now)
        today = date.today()
        periodik: list[tuple[int, Any]] = []
        with_org: list[int] = []
        defs = periode_defs(self.tahun, skema)
        n_eval = self.periode_dinilai
        if n_eval is None:
            n_eval = sum(1 for pd in defs if pd.jenis == JenisPeriode.PERIODIK and pd.selesai < today)
        k = 0
        for urutan, pd in enumerate(defs):
            if pd.jenis == JenisPeriode.PERIODIK:
                k += 1
                evaluated = k <= n_eval
                status = StatusPeriode.DITUTUP if evaluated else (
                    StatusPeriode.DIBUKA if pd.mulai <= today else StatusPeriode.BELUM_DIBUKA)
            else:
                evaluated = False
                status = StatusPeriode.BELUM_DIBUKA
            pid = self.add("periode", tahun_id=tid, nomor=pd.nomor, urutan=urutan, nama=pd.nama, jenis=pd.jenis.value,
                           tanggal_mulai=pd.mulai, tanggal_selesai=pd.selesai, status=status.value,
                           ditutup_pada=self.now if status == StatusPeriode.DITUTUP else None,
                           ditutup_oleh="demo" if status == StatusPeriode.DITUTUP else None,
                           created_at=self.now, updated_at=self.now)
            if evaluated:
                periodik.append((pid, pd))
                with_org.append(pid)
        # organisation predicate per unit for every evaluated period (set by the higher leader; the open
        # period gets its predicate when it ends, so the curve panel shows "belum ditetapkan" there),
        # then ratings that fit it: heads follow their unit, most units respect the curve
        units = self.rows["unit_kerja"]
        kepala_unit = {u["kepala_id"]: u["id"] for u in units if u.get("kepala_id")}
        anggota: dict[int, list[tuple[int, _Person, list[int]]]] = {}
        for item in self.skp_ids:
            anggota.setdefault(item[1].row["unit_id"], []).append(item)
        # one or two units break the curve on purpose, so the warning can be seen
        pelanggar = {u["id"] for u in units if u["nama"] == _SEKSI[2]}
        ind_info = {r["id"]: r for r in self.rows.get("indikator", [])}
        self.final_ttd: dict[int, date] = {}
        for pid in with_org:
            for u in units:
                members = anggota.get(u["id"], [])
                if u["id"] in pelanggar:
                    org = PredikatOrganisasi.BAIK
                elif len(members) <= 2:
                    org = PredikatOrganisasi.ISTIMEWA  # a tiny unit cannot show the spread a Baik unit needs
                else:
                    org = rng.choices([PredikatOrganisasi.ISTIMEWA, PredikatOrganisasi.BAIK], [30, 70])[0]
                self.add("predikat_organisasi", unit_id=u["id"], periode_id=pid, predikat=org.value,
                         ditetapkan_oleh="demo", created_at=self.now, updated_at=self.now)
                self.org[(u["id"], pid)] = org
        for pid, pd in periodik:
            bulan = pd.selesai.month - pd.mulai.month + 1
            ttd_day = min(pd.selesai + timedelta(days=5), max(date.today(), pd.selesai))
            for uid_, members in anggota.items():
                org = self.org[(uid_, pid)]
                plan = self._rencana_predikat(org, members, kepala_unit, pid, uid_ in pelanggar)
                for (sid, p, ind_ids), (h, pr) in zip(members, plan, strict=True):
                    pred = predikat_kinerja(h, pr)
                    snap = {k2: v for k2, v in self._snap_from_skp(sid).items()}
                    eid = self.add(
                        "evaluasi", uid=m.new_uid(), skp_id=sid, periode_id=pid, status=StatusEvaluasi.DINILAI.value,
                        rating_hasil_kerja=h.value, rating_perilaku=pr.value, predikat=pred.value,
                        capaian_organisasi=None, catatan_rekomendasi=None, dinilai_pada=self.now,
                        dinilai_oleh="demo", version_id=1, created_at=self.now, updated_at=self.now, **snap,
                    )
                    self.final_ttd[eid] = ttd_day
                    if not self.lewat_finalisasi:
                        # a regency-sized demo: the same frozen fields, filled in bulk (no per-document build)
                        led = kepala_unit.get(p.id)
                        cap = self.org[(led if led is not None else uid_, pid)]
                        kota = self.office.kota_ttd if self.office else ""
                        self.rows["evaluasi"][-1].update(
                            status=StatusEvaluasi.FINAL.value, capaian_organisasi=cap.value,
                            tempat_tanggal_ttd=f"{kota}, {format_tanggal(ttd_day)}" if kota else format_tanggal(ttd_day))
                    for iid in ind_ids:
                        nilai = _realisasi_demo(ind_info[iid], h, bulan, rng)
                        self.add("realisasi", evaluasi_id=eid, indikator_id=iid,
                                 rencana_aksi=f"Rencana aksi {pd.nama}", realisasi=None, realisasi_nilai=nilai,
                                 umpan_balik=rng.choice(_UMPAN_BALIK_MENURUT_RATING[h]), created_at=self.now,
                                 updated_at=self.now)
                    for b in BERAKHLAK:
                        self.add("umpan_balik_perilaku", evaluasi_id=eid, kode=b.kode,
                                 umpan_balik=rng.choice(_UMPAN_BALIK_PERILAKU), created_at=self.now,
                                 updated_at=self.now)

    def _rencana_predikat(
        self,
        org: PredikatOrganisasi,
        members: list[tuple[int, _Person, list[int]]],
        kepala_unit: dict[int, int],
        pid: int,
        langgar: bool,
    ) -> list[tuple[Rating, Rating]]:
        """(rating hasil, rating perilaku) per member of one unit for one period.

        A head's rating hasil kerja follows the capaian of the unit he leads (SE
        MenPANRB 3/2023); the others are spread so the unit keeps to its curve:
        Istimewa about a third Sangat Baik, Baik about a fifth Sangat Baik, at least
        one Butuh Perbaikan, Baik at most 70 %. ``langgar``: all Baik, no Butuh
        Perbaikan — the warning a Baik unit gets.
        """
        rng = self.rng
        out: list[tuple[Rating, Rating] | None] = [None] * len(members)
        others: list[int] = []
        for k, (_sid, p, _inds) in enumerate(members):
            led = kepala_unit.get(p.id)
            if led is not None:
                h = rating_hasil_pimpinan(self.org[(led, pid)])
                out[k] = (h, Rating.SESUAI)
            else:
                others.append(k)
        rng.shuffle(others)
        n = len(members)
        if langgar:
            plan = [Predikat.BAIK] * len(others)
        else:
            share_sb = 0.34 if org is PredikatOrganisasi.ISTIMEWA else 0.2
            n_bp = min(len(others), max(1, round(n * 0.15))) if n >= 2 else 0
            n_sb = int(n * share_sb)
            if org is PredikatOrganisasi.BAIK:  # Baik at most 70 %: the heads count as Baik too
                n_sb = max(n_sb, n - n_bp - math.floor(0.7 * n))
            n_sb = min(len(others) - n_bp, n_sb)
            plan = [Predikat.SANGAT_BAIK] * n_sb + [Predikat.BUTUH_PERBAIKAN] * n_bp
            plan += [Predikat.BAIK] * (len(others) - len(plan))
        pasangan = {
            Predikat.SANGAT_BAIK: [(Rating.DI_ATAS, Rating.DI_ATAS)],
            Predikat.BAIK: [(Rating.SESUAI, Rating.SESUAI)] * 4 + [(Rating.DI_ATAS, Rating.SESUAI)],
            Predikat.BUTUH_PERBAIKAN: [(Rating.DI_BAWAH, Rating.SESUAI)],
        }
        for k, pred in zip(others, plan, strict=True):
            out[k] = rng.choice(pasangan[pred])
        return [x for x in out if x is not None]

    def _snap_from_skp(self, sid: int) -> dict[str, Any]:
        s = self.rows["skp"][sid - 1]
        return {k: s.get(k) for r in ROLES for k in snapshot_columns(r, {})}


#: Realisasi against target by rating hasil kerja: above, as expected, below.
_FAKTOR = {Rating.DI_ATAS: (1.06, 1.15), Rating.SESUAI: (0.98, 1.03), Rating.DI_BAWAH: (0.7, 0.85)}
#: Units measured as a level (a share, an index) rather than a count that grows over the year.
_SATUAN_TINGKAT = ("%", "indeks")


def _realisasi_demo(ind: dict[str, Any], h: Rating, bulan: int, rng: random.Random) -> float:
    """A realisasi a reviewer would believe: near the target, in the target's unit, fitting the rating.

    Counts are the period's share of the annual target (a quarter of "12 bulan" is
    3 bulan, never 30); shares and indices are levels capped at 100; lower-is-better
    times shrink when the rating is above expectation.
    """
    target = float(ind["target_min"])
    satuan = (ind.get("satuan") or "").strip()
    f = rng.uniform(*_FAKTOR[h])
    if ind.get("lebih_rendah_lebih_baik"):
        return round(max(0.5, target / f), 1)
    if satuan in _SATUAN_TINGKAT:
        return round(min(100.0, target * f), 1)
    porsi = target * bulan / 12
    if satuan in ("bulan", "kali", "triwulan"):
        return float(max(1, min(round(porsi * f), max(1, round(porsi)))))  # cannot exceed the period
    return float(max(1, round(porsi * f)))


MIN_PEGAWAI = 13  # Camat, Sekcam, 2 Kasubbag, 5 Kasi, 2 Lurah + 2 Sekretaris Kelurahan

_PNS_KODE = [g.kode for g in PNS_GOLONGAN]  # I/a … IV/e by rank

_TABLE_ORDER = [
    "unit_kerja", "pegawai", "riwayat_golongan", "riwayat_jabatan", "riwayat_pendidikan", "riwayat_diklat",
    "skp", "skp_status_log", "perilaku_skp", "rhk", "indikator", "tahun_kinerja", "periode",
    "predikat_organisasi", "evaluasi", "realisasi", "umpan_balik_perilaku",
]


def build_demo(
    ctx: AppContext,
    n_pegawai: int = 40,
    *,
    tahun: int | None = None,
    seed: int = 2026,
    skema: SkemaPeriode = SkemaPeriode.TRIWULANAN,
    periode_dinilai: int | None = None,
    progress: Progress | None = None,
) -> DemoResult:
    """Fill an empty database with a demo kecamatan (or regency for large ``n_pegawai``)."""
    import time

    t0 = time.perf_counter()
    progress = progress or Progress.none()
    if n_pegawai < MIN_PEGAWAI or n_pegawai > 100_000:
        raise ServiceError(
            Msg.of(
                QT_TRANSLATE_NOOP("Pesan", "Jumlah pegawai demo harus antara {minimal} (susunan satu kecamatan) dan 100.000."),
                minimal=MIN_PEGAWAI,
            )
        )
    tahun = tahun or date.today().year
    with ctx.read() as s:
        for model in (m.Pegawai, m.UnitKerja, m.Skp, m.TahunKinerja):
            if (s.scalar(select(func.count()).select_from(model)) or 0) > 0:
                raise ServiceError(
                    Msg.of(
                        QT_TRANSLATE_NOOP("Pesan", "Data demo hanya dapat dibuat pada basis data kosong; basis data ini sudah berisi data ({tabel})."),
                        tabel=model.__tablename__,
                    )
                )
    b = _Builder(n_pegawai, tahun, seed, periode_dinilai)
    if n_pegawai <= 100:
        nama = "Maulafa"
        office = OfficeInfo(
            kode_kantor="5371041", nama_kantor=f"Kecamatan {nama}", instansi="Pemerintah Kota Kupang",
            kabupaten_kota="Kota Kupang", provinsi="Nusa Tenggara Timur", alamat="Jl. Adisucipto, Penfui",
            kota_ttd="Kupang", atasan_camat_nama="Dr. Fahrensy Priestley Funay, S.E., M.Si",
            atasan_camat_nip="197505122000031003", atasan_camat_pangkat="Pembina Utama Muda, IV/c",
            atasan_camat_jabatan="Sekretaris Daerah Kota Kupang", atasan_camat_unit="Sekretariat Daerah Kota Kupang",
        )
        b.kecamatan(nama, None, n_pegawai, 0)
    else:
        office = OfficeInfo(
            kode_kantor="5301", nama_kantor="Kabupaten Kupang (gabungan kecamatan)", instansi="Pemerintah Kabupaten Kupang",
            kabupaten_kota="Kabupaten Kupang", provinsi="Nusa Tenggara Timur", kota_ttd="Oelamasi",
            atasan_camat_nama="Sekretaris Daerah Kabupaten Kupang", atasan_camat_jabatan="Sekretaris Daerah",
        )
        root = b.unit("Pemerintah Kabupaten Kupang", JenisUnit.LAINNYA, None, 0, kode="5301")
        n_kec = max(2, round(n_pegawai / 600))
        per = n_pegawai // n_kec
        for i in range(n_kec):
            nm = _KECAMATAN[i % len(_KECAMATAN)] + ("" if i < len(_KECAMATAN) else f" {i // len(_KECAMATAN) + 1}")
            b.kecamatan(nm, root, per if i < n_kec - 1 else n_pegawai - per * (n_kec - 1), i)
            progress.step(i + 1, n_kec * 3, "Membuat pegawai")
    b.skps(office)
    progress.step(n_pegawai, n_pegawai * 3 // 2, "Membuat SKP")
    b.periods_and_evaluations(skema)
    with ctx.write("demo.buat", Permission.SETTINGS) as uow:
        conn = uow.session.connection()
        # unit_kerja.kepala_id points at pegawai: insert units first without it
        kepala = {u["id"]: u.pop("kepala_id", None) for u in b.rows["unit_kerja"]}
        for u in b.rows["unit_kerja"]:
            u["kepala_id"] = None
        total = sum(len(v) for v in b.rows.values())
        done = 0
        for t in _TABLE_ORDER:
            rows = b.rows.get(t, [])
            table = m.Base.metadata.tables[t]
            cols = {c.name for c in table.columns}
            for chunk in in_chunks(rows, INSERT_BATCH):
                keys = set().union(*(r.keys() for r in chunk))
                unknown = keys - cols
                assert not unknown, (t, unknown)
                conn.execute(insert(table), [{k: r.get(k) for k in keys} for r in chunk])
                done += len(chunk)
                progress.step(done, total, f"Menyimpan {t}")
            ids_given(conn, table)
        ut = m.UnitKerja.__table__
        for uid_, kid in kepala.items():
            if kid:
                conn.execute(ut.update().where(ut.c.id == uid_).values(kepala_id=kid))
        st = uow.session.get(m.Setting, OFFICE_KEY)
        if st is None:
            uow.session.add(m.Setting(key=OFFICE_KEY, value=asdict(office)))
        else:
            st.value = asdict(office)
        uow.session.flush()
        if b.lewat_finalisasi:
            # signed the way a penilai signs: capaian of the unit, place and date, the frozen document
            from asn_desktop.services.evaluasi import finalize

            s = uow.session
            for n, (eid, tgl) in enumerate(b.final_ttd.items()):
                ev_row = s.get(m.Evaluasi, eid)
                finalize(s, ctx, ev_row, f"{office.kota_ttd}, {format_tanggal(tgl)}")
                progress.step(n + 1, len(b.final_ttd), "Memfinalkan evaluasi")
        from asn_desktop.services.layanan import tambah_demo_layanan
        from asn_desktop.services.skm import tambah_demo_skm

        tambah_demo_skm(uow.session, tahun, seed=seed)  # one Survei Kepuasan Masyarakat, same transaction
        from asn_desktop.services.karier import tambah_demo_karier

        tambah_demo_karier(uow.session, tahun, seed=seed)  # past annual predikat, potensi assessments
        from asn_desktop.services.pembinaan import tambah_demo_pembinaan

        tambah_demo_pembinaan(uow.session, tahun)  # one past evaluation meeting and one coaching session
        from asn_desktop.services.penghargaan import tambah_demo_penghargaan

        tambah_demo_penghargaan(uow.session, tahun, office)  # two certificates and a TPP rule
        tambah_demo_layanan(uow.session, tahun, seed=seed)  # a quarter of service and complaint registers
        counts = {t: len(b.rows.get(t, [])) for t in _TABLE_ORDER}
        uow.audit(None, None, f"Data demo dibuat: {len(b.people)} pegawai", None, counts)
    return DemoResult(
        pegawai=len(b.people), unit=len(b.rows["unit_kerja"]), skp=len(b.rows.get("skp", [])),
        indikator=len(b.rows.get("indikator", [])), evaluasi=len(b.rows.get("evaluasi", [])), tahun=tahun,
        detik=round(time.perf_counter() - t0, 2), counts=counts,
    )


ProgressCallback = Callable[[int, int, str], None]
