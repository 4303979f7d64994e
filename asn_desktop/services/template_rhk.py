"""Pustaka RHK: reusable RHK with indicators per jabatan.

Seeding: the library is filled with realistic kecamatan examples **on first use**
(``ensure_seeded``), not by a data migration. Why: the examples are content that
operators edit and delete; a migration would re-run only on new databases, would
couple the shared Alembic chain to wording, and could not be re-offered later. A
setting (``pustaka_rhk.contoh``) records that seeding happened, so examples the
operator deleted do not come back; ``restore_examples`` re-adds them on request.

Matching a template to an employee: the template's ``nama_jabatan`` is compared
with the start of the employee's jabatan, case-insensitively ("Lurah" matches
"Lurah Naikolan" but not "Sekretaris Kelurahan Naikolan"); the longest match wins.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from asn_desktop.db.models import Indikator, Rhk, Setting, Skp, TemplateIndikator, TemplateRhk
from asn_desktop.domain.enums import Aspek, JenisRhk, Pendekatan, Perspektif
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.domain.nama import search_key
from asn_desktop.domain.roles import Permission
from asn_desktop.options import PUSTAKA_RHK_CONTOH
from asn_desktop.services.context import AppContext, row_dict
from asn_desktop.domain.angka import format_target
from asn_desktop.services.errors import NotFound, Problems
from asn_desktop.domain.ukuran import IkatanUkuran
from asn_desktop.services.indikator_input import IndikatorInput, check_indikator
from asn_desktop.services.pustaka_terukur import CONTOH_TERUKUR
from asn_desktop.services.ukuran import ikatan_of, set_ikatan

SEED_KEY = PUSTAKA_RHK_CONTOH.key
SEED_VERSION = 2  # 2: the examples with indicators bound to measures (services/pustaka_terukur.py)

K, Q, W, B = Aspek.KUANTITAS, Aspek.KUALITAS, Aspek.WAKTU, Aspek.BIAYA

# (jenis, RHK text, perspektif, [(aspek, indikator, target_min, target_max, satuan)])
_Seed = tuple[JenisRhk, str, Perspektif | None, list[tuple[Aspek, str, float, float | None, str]]]

#: Examples for the posts of a kecamatan (PP 17/2018) — editable by operators.
CONTOH: dict[str, list[_Seed]] = {
    "Camat": [
        (JenisRhk.UTAMA, "Meningkatnya kualitas pelayanan publik di kecamatan", Perspektif.PENERIMA_LAYANAN, [
            (K, "Indeks kepuasan masyarakat terhadap layanan kecamatan", 82, None, "indeks"),
        ]),
        (JenisRhk.UTAMA, "Terselenggaranya pemerintahan kelurahan yang efektif", Perspektif.PROSES_BISNIS, [
            (K, "Persentase kelurahan dengan evaluasi kinerja kategori baik", 80, None, "%"),
        ]),
        (JenisRhk.UTAMA, "Terwujudnya ketenteraman dan ketertiban umum di wilayah kecamatan",
         Perspektif.PENERIMA_LAYANAN, [
             (K, "Persentase gangguan trantibum yang tertangani", 90, None, "%"),
         ]),
        (JenisRhk.UTAMA, "Meningkatnya akuntabilitas kinerja dan keuangan kecamatan", Perspektif.ANGGARAN, [
            (K, "Persentase realisasi anggaran kecamatan", 90, 100, "%"),
            (K, "Nilai evaluasi SAKIP perangkat daerah", 70, None, "nilai"),
        ]),
    ],
    "Sekretaris Kecamatan": [
        (JenisRhk.UTAMA, "Terkoordinasinya penyusunan dokumen perencanaan dan pelaporan kinerja kecamatan", None, [
            (K, "Jumlah dokumen perencanaan dan laporan kinerja yang tersusun", 6, None, "dokumen"),
            (Q, "Persentase dokumen yang diterima tanpa revisi", 90, None, "%"),
            (W, "Ketepatan waktu penyampaian dokumen", 12, None, "bulan"),
        ]),
        (JenisRhk.UTAMA, "Terselenggaranya administrasi umum, kepegawaian, dan keuangan yang tertib", None, [
            (K, "Jumlah layanan administrasi umum dan kepegawaian yang diselesaikan", 120, None, "layanan"),
            (Q, "Persentase layanan tanpa keluhan", 95, None, "%"),
            (W, "Waktu penyelesaian layanan", 3, None, "hari kerja"),
        ]),
    ],
    "Kepala Subbagian Umum dan Kepegawaian": [
        (JenisRhk.UTAMA, "Tersedianya data kepegawaian kecamatan yang mutakhir", None, [
            (K, "Jumlah data pegawai yang dimutakhirkan", 40, None, "data"),
            (Q, "Persentase data sesuai dengan SIASN", 100, None, "%"),
            (W, "Pemutakhiran data setiap bulan", 12, None, "bulan"),
        ]),
        (JenisRhk.UTAMA, "Terkelolanya persuratan dan kearsipan kecamatan", None, [
            (K, "Jumlah surat masuk dan keluar yang teradministrasi", 1200, None, "surat"),
            (Q, "Persentase arsip yang tertata sesuai klasifikasi", 90, None, "%"),
            (W, "Surat didistribusikan pada hari yang sama", 1, None, "hari"),
        ]),
    ],
    "Kepala Subbagian Perencanaan dan Keuangan": [
        (JenisRhk.UTAMA, "Tersusunnya laporan keuangan kecamatan yang akuntabel", None, [
            (K, "Jumlah laporan keuangan yang tersusun", 12, None, "laporan"),
            (Q, "Persentase laporan tanpa koreksi BPKAD", 90, None, "%"),
            (W, "Laporan disampaikan paling lambat tanggal 10 bulan berikutnya", 12, None, "bulan"),
        ]),
        (JenisRhk.UTAMA, "Tersusunnya dokumen perencanaan anggaran kecamatan", None, [
            (K, "Jumlah dokumen RKA/DPA yang tersusun", 2, None, "dokumen"),
            (Q, "Persentase dokumen yang lolos verifikasi TAPD tanpa revisi", 90, None, "%"),
            (W, "Dokumen disampaikan sesuai jadwal penganggaran", 100, None, "%"),
        ]),
    ],
    "Kepala Seksi Pemerintahan": [
        (JenisRhk.UTAMA, "Terselenggaranya pembinaan administrasi pemerintahan kelurahan", None, [
            (K, "Jumlah kelurahan yang dibina", 7, None, "kelurahan"),
            (Q, "Persentase rekomendasi pembinaan yang ditindaklanjuti", 80, None, "%"),
            (W, "Pembinaan dilaksanakan setiap triwulan", 4, None, "kali"),
        ]),
        (JenisRhk.UTAMA, "Terlayaninya dokumen administrasi kependudukan tepat waktu", None, [
            (K, "Jumlah dokumen pelayanan administrasi selesai tepat waktu", 600, None, "dokumen"),
            (Q, "Persentase dokumen tanpa kesalahan data", 98, None, "%"),
            (W, "Waktu penyelesaian per dokumen", 1, 2, "hari kerja"),
        ]),
    ],
    "Kepala Seksi Ketenteraman dan Ketertiban Umum": [
        (JenisRhk.UTAMA, "Tertanganinya pengaduan gangguan ketenteraman dan ketertiban umum", None, [
            (K, "Jumlah pengaduan trantibum yang ditindaklanjuti", 48, None, "pengaduan"),
            (Q, "Persentase pengaduan selesai tanpa konflik lanjutan", 90, None, "%"),
            (W, "Waktu respon pengaduan masyarakat", 1, None, "hari"),
        ]),
        (JenisRhk.UTAMA, "Terlaksananya patroli dan penegakan peraturan daerah di wilayah kecamatan", None, [
            (K, "Jumlah patroli ketertiban yang dilaksanakan", 48, None, "kali"),
            (Q, "Persentase pelanggaran perda yang ditindaklanjuti", 85, None, "%"),
            (W, "Patroli dilaksanakan setiap minggu", 12, None, "bulan"),
        ]),
    ],
    "Kepala Seksi Pemberdayaan Masyarakat dan Desa": [
        (JenisRhk.UTAMA, "Meningkatnya partisipasi masyarakat dalam musrenbang kelurahan", None, [
            (K, "Jumlah musrenbang kelurahan yang didampingi", 7, None, "kegiatan"),
            (Q, "Persentase usulan prioritas yang terverifikasi", 85, None, "%"),
            (W, "Pendampingan selesai sesuai jadwal musrenbang", 3, None, "bulan"),
        ]),
        (JenisRhk.UTAMA, "Terbinanya lembaga kemasyarakatan kelurahan", None, [
            (K, "Jumlah LPM, PKK, dan RT/RW yang dibina", 30, None, "lembaga"),
            (Q, "Persentase lembaga yang menyampaikan laporan kegiatan", 80, None, "%"),
            (W, "Pembinaan dilaksanakan setiap semester", 2, None, "kali"),
        ]),
    ],
    "Kepala Seksi Kesejahteraan Sosial": [
        (JenisRhk.UTAMA, "Tersalurkannya data penerima bantuan sosial yang terverifikasi", None, [
            (K, "Jumlah data calon penerima bantuan yang diverifikasi", 500, None, "KK"),
            (Q, "Persentase data valid pada padanan DTKS", 95, None, "%"),
            (W, "Verifikasi selesai setiap triwulan", 4, None, "triwulan"),
        ]),
    ],
    "Kepala Seksi Pelayanan Umum": [
        (JenisRhk.UTAMA, "Meningkatnya kepuasan masyarakat atas pelayanan PATEN", None, [
            (K, "Jumlah permohonan layanan PATEN yang diselesaikan", 900, None, "permohonan"),
            (Q, "Indeks kepuasan masyarakat layanan PATEN", 80, None, "indeks"),
            (W, "Waktu penyelesaian layanan sesuai standar pelayanan", 100, None, "%"),
        ]),
        (JenisRhk.UTAMA, "Terkelolanya pengaduan masyarakat atas pelayanan kecamatan", None, [
            (K, "Jumlah pengaduan masyarakat yang ditindaklanjuti", 60, None, "pengaduan"),
            (Q, "Persentase pengaduan yang selesai", 90, None, "%"),
            (W, "Waktu respon pengaduan masyarakat", 1, 2, "hari kerja"),
        ]),
    ],
    "Lurah": [
        (JenisRhk.UTAMA, "Terselenggaranya pelayanan masyarakat di tingkat kelurahan", None, [
            (K, "Jumlah surat keterangan dan pengantar yang diterbitkan", 700, None, "surat"),
            (Q, "Indeks kepuasan masyarakat layanan kelurahan", 80, None, "indeks"),
            (W, "Waktu penyelesaian layanan", 1, None, "hari kerja"),
        ]),
        (JenisRhk.UTAMA, "Terlaksananya pemberdayaan masyarakat kelurahan", None, [
            (K, "Jumlah kegiatan pemberdayaan yang dilaksanakan", 10, None, "kegiatan"),
            (Q, "Persentase kegiatan sesuai rencana kerja", 90, None, "%"),
            (W, "Pelaksanaan sesuai jadwal", 12, None, "bulan"),
        ]),
    ],
    "Sekretaris Kelurahan": [
        (JenisRhk.UTAMA, "Terselenggaranya administrasi umum dan keuangan kelurahan", None, [
            (K, "Jumlah laporan administrasi dan keuangan kelurahan", 12, None, "laporan"),
            (Q, "Persentase laporan diterima tanpa perbaikan", 90, None, "%"),
            (W, "Laporan disampaikan tepat waktu", 12, None, "bulan"),
        ]),
    ],
    "Pengadministrasi Perkantoran": [
        (JenisRhk.UTAMA, "Terselesaikannya administrasi persuratan unit kerja", None, [
            (K, "Jumlah surat yang diagendakan dan didistribusikan", 600, None, "surat"),
            (Q, "Persentase surat tercatat tanpa kesalahan", 95, None, "%"),
            (W, "Surat diagendakan pada hari diterima", 1, None, "hari"),
        ]),
    ],
    "Operator Layanan Operasional": [
        (JenisRhk.UTAMA, "Terlayaninya masyarakat pada loket pelayanan", None, [
            (K, "Jumlah masyarakat yang dilayani", 1000, None, "orang"),
            (Q, "Persentase layanan tanpa keluhan", 95, None, "%"),
            (W, "Waktu tunggu layanan", 15, None, "menit"),
        ]),
        (JenisRhk.UTAMA, "Terinputnya data layanan ke aplikasi", None, [
            (K, "Jumlah data layanan yang diinput", 1000, None, "data"),
            (Q, "Persentase data tanpa kesalahan input", 98, None, "%"),
            (W, "Data diinput pada hari yang sama", 12, None, "bulan"),
        ]),
    ],
    "Pengelola Umum Operasional": [
        (JenisRhk.UTAMA, "Terkelolanya sarana dan prasarana kantor", None, [
            (K, "Jumlah barang milik daerah yang diinventarisasi", 300, None, "unit"),
            (Q, "Persentase sarana kantor dalam kondisi baik", 90, None, "%"),
            (W, "Inventarisasi dimutakhirkan setiap semester", 2, None, "kali"),
        ]),
    ],
    "Penata Layanan Operasional": [
        (JenisRhk.UTAMA, "Terselesaikannya pengolahan data layanan seksi", None, [
            (K, "Jumlah data layanan yang diolah", 300, None, "data"),
            (Q, "Persentase data tanpa kesalahan input", 95, None, "%"),
            (W, "Data diolah setiap bulan", 12, None, "bulan"),
        ]),
        (JenisRhk.UTAMA, "Tersusunnya laporan kegiatan seksi", None, [
            (K, "Jumlah laporan kegiatan yang disusun", 12, None, "laporan"),
            (Q, "Persentase laporan diterima atasan tanpa perbaikan", 90, None, "%"),
            (W, "Laporan disampaikan tepat waktu", 12, None, "bulan"),
        ]),
    ],
    "Analis Kebijakan Ahli Pertama": [
        (JenisRhk.UTAMA, "Tersusunnya kajian kebijakan pelayanan publik kecamatan", None, [
            (K, "Jumlah kajian/telaahan kebijakan yang disusun", 2, None, "dokumen"),
            (Q, "Persentase rekomendasi kajian yang diterima pimpinan", 80, None, "%"),
            (W, "Kajian selesai sesuai jadwal", 12, None, "bulan"),
        ]),
    ],
    "Pranata Komputer Terampil": [
        (JenisRhk.UTAMA, "Terpeliharanya sistem informasi dan jaringan kantor", None, [
            (K, "Jumlah perangkat dan jaringan yang dipelihara", 30, None, "unit"),
            (Q, "Persentase waktu layanan jaringan berfungsi", 95, None, "%"),
            (W, "Waktu respon gangguan", 1, None, "hari kerja"),
        ]),
    ],
    "Semua jabatan": [
        (JenisRhk.TAMBAHAN, "Terlaksananya tugas sebagai anggota tim penyusun profil kecamatan", None, [
            (K, "Jumlah dokumen profil kecamatan yang tersusun", 1, None, "dokumen"),
        ]),
    ],
}

#: Templates under this name are offered for every employee.
SEMUA_JABATAN = "Semua jabatan"


# =========================================================================== data


@dataclass
class TemplateIndikatorData:
    id: int
    aspek: str
    teks: str
    target_min: float | None
    target_max: float | None
    satuan: str
    target_teks: str
    target: str
    ikatan: IkatanUkuran | None = None  # bound to a measure (domain/ukuran.py)

    @property
    def aspek_label(self) -> str:
        try:
            return Aspek(self.aspek).label
        except ValueError:
            return self.aspek


@dataclass
class TemplateData:
    id: int
    nama_jabatan: str
    jenis_jabatan: str
    jenis: str
    urutan: int
    teks: str
    perspektif: str
    indikator: list[TemplateIndikatorData] = field(default_factory=list)

    @property
    def jenis_label(self) -> str:
        return JenisRhk(self.jenis).label if self.jenis in (j.value for j in JenisRhk) else self.jenis


@dataclass
class TemplateInput:
    nama_jabatan: str
    teks: str
    jenis: str = JenisRhk.UTAMA.value
    jenis_jabatan: str = ""
    perspektif: str = ""
    indikator: list[IndikatorInput] = field(default_factory=list)


# =========================================================================== seeding


def _seed_rows(s: Session, only_missing: bool, contoh: dict[str, list[Any]] | None = None) -> int:
    existing = {(search_key(t.nama_jabatan), search_key(t.teks)) for t in s.scalars(select(TemplateRhk))}
    n = 0
    semua = contoh if contoh is not None else {**{k: list(v) for k, v in CONTOH.items()}}
    if contoh is None:
        for k, v in CONTOH_TERUKUR.items():
            semua[k] = semua.get(k, []) + list(v)
    for jabatan, items in semua.items():
        for urutan, (jenis, teks, persp, inds) in enumerate(items, start=1):
            if only_missing and (search_key(jabatan), search_key(teks)) in existing:
                continue
            t = TemplateRhk(nama_jabatan=jabatan, jenis=jenis.value, urutan=urutan, teks=teks,
                            perspektif=persp.value if persp else None)
            for k, (aspek, it, tmin, tmax, sat, *ikatan) in enumerate(inds, start=1):
                t.indikator.append(TemplateIndikator(
                    urutan=k, aspek=aspek.value, teks=it, target_min=float(tmin),
                    target_max=float(tmax) if tmax is not None else None, satuan=sat,
                    ikatan_ukuran=ikatan[0].ke_json() if ikatan else None))
            s.add(t)
            n += 1
    return n


def ensure_seeded(ctx: AppContext) -> bool:
    """Fill the library with the kecamatan examples once (first use). True if it seeded now.

    Runs without a permission check: it writes shipped reference content, not user data.
    """
    with ctx.read() as s:
        if _seed_version(s) >= SEED_VERSION:
            return False
    with ctx.write("pustaka_rhk.isi_contoh") as uow:
        s = uow.session
        versi = _seed_version(s)
        if versi >= SEED_VERSION:
            return False
        if versi:  # seeded before: add only the newer examples, deleted old ones stay deleted
            n = _seed_rows(s, only_missing=True, contoh=CONTOH_TERUKUR)
            s.get(Setting, SEED_KEY).value = {"versi": SEED_VERSION}  # type: ignore[union-attr]
            uow.audit("template_rhk", None, f"Pustaka RHK ditambah {n} contoh indikator terukur")
            return True
        n = _seed_rows(s, only_missing=True)
        s.add(Setting(key=SEED_KEY, value={"versi": SEED_VERSION}))
        uow.audit("template_rhk", None, f"Pustaka RHK diisi {n} contoh jabatan kecamatan")
    return True


def _seed_version(s: Session) -> int:
    row = s.get(Setting, SEED_KEY)
    if row is None:
        return 0
    v = row.value.get("versi", 1) if isinstance(row.value, dict) else 1
    return v if isinstance(v, int) else 1


def restore_examples(ctx: AppContext) -> int:
    """Re-add the shipped examples the operator deleted; returns how many came back."""
    with ctx.write("pustaka_rhk.pulihkan_contoh", Permission.SKP_EDIT_ANY) as uow:
        n = _seed_rows(uow.session, only_missing=True)
        if uow.session.get(Setting, SEED_KEY) is None:
            uow.session.add(Setting(key=SEED_KEY, value={"versi": SEED_VERSION}))
        uow.audit("template_rhk", None, f"{n} contoh RHK dipulihkan")
    return n


# =========================================================================== reading


def _target(tmin: float | None, tmax: float | None, satuan: str | None, teks: str | None) -> str:
    return format_target(tmin, tmax, satuan, teks)


def templates_by_id(s: Session, template_ids: Sequence[int]) -> list[TemplateRhk]:
    """The chosen library RHKs in the order chosen; NotFound when some were deleted meanwhile."""
    rows = list(s.scalars(select(TemplateRhk).where(TemplateRhk.id.in_(list(template_ids)))
                          .options(selectinload(TemplateRhk.indikator))))
    if len(rows) != len(set(template_ids)):
        raise NotFound(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Sebagian RHK pustaka yang dipilih sudah dihapus; muat ulang pustaka."),
        ))
    order = {tid: k for k, tid in enumerate(template_ids)}
    rows.sort(key=lambda t: order[t.id])
    return rows


def _data(t: TemplateRhk) -> TemplateData:
    return TemplateData(
        id=t.id, nama_jabatan=t.nama_jabatan, jenis_jabatan=t.jenis_jabatan or "", jenis=t.jenis, urutan=t.urutan,
        teks=t.teks, perspektif=t.perspektif or "",
        indikator=[
            TemplateIndikatorData(i.id, i.aspek, i.teks, i.target_min, i.target_max, i.satuan or "",
                                  i.target_teks or "", _target(i.target_min, i.target_max, i.satuan, i.target_teks),
                                  ikatan_of(i))
            for i in t.indikator
        ],
    )


def load_library(s: Session) -> list[TemplateRhk]:
    return list(s.scalars(select(TemplateRhk).options(selectinload(TemplateRhk.indikator))
                          .order_by(TemplateRhk.nama_jabatan, TemplateRhk.jenis.desc(), TemplateRhk.urutan)))


def list_templates(ctx: AppContext, cari: str = "", nama_jabatan: str | None = None) -> list[TemplateData]:
    """The library (seeded on first use), filtered by words in jabatan, RHK or indicator text."""
    ensure_seeded(ctx)
    with ctx.read() as s:
        rows = load_library(s)
    words = search_key(cari).split()
    out = []
    for t in rows:
        if nama_jabatan is not None and t.nama_jabatan != nama_jabatan:
            continue
        if words:
            hay = search_key(t.nama_jabatan, t.teks, *(i.teks for i in t.indikator))
            if not all(w in hay for w in words):
                continue
        out.append(_data(t))
    return out


def jabatan_names(ctx: AppContext) -> list[str]:
    ensure_seeded(ctx)
    with ctx.read() as s:
        return sorted(set(s.scalars(select(TemplateRhk.nama_jabatan))), key=str.casefold)


def match_templates(library: Sequence[TemplateRhk], jabatan: str) -> list[TemplateRhk]:
    """Templates for a jabatan: the longest ``nama_jabatan`` that starts the jabatan,
    plus those for every jabatan (``SEMUA_JABATAN``)."""
    key = search_key(jabatan)
    best, best_len = None, 0
    for t in library:
        tk = search_key(t.nama_jabatan)
        if t.nama_jabatan == SEMUA_JABATAN or not tk:
            continue
        if (key == tk or key.startswith(tk + " ")) and len(tk) > best_len:
            best, best_len = t.nama_jabatan, len(tk)
    return [t for t in library if (best is not None and t.nama_jabatan == best) or t.nama_jabatan == SEMUA_JABATAN]


def suggest_for_skp(ctx: AppContext, skp_id: int) -> list[int]:
    """Template ids that fit the SKP owner's jabatan (pre-ticked in the picker)."""
    ensure_seeded(ctx)
    with ctx.read() as s:
        skp = s.get(Skp, skp_id)
        if skp is None:
            raise NotFound(Msg.of(QT_TRANSLATE_NOOP("Pesan", "SKP dengan id {skp_id} tidak ditemukan."), skp_id=skp_id))
        jabatan = skp.pegawai_jabatan or (skp.pegawai.nama_jabatan if skp.pegawai else "") or ""
        return [t.id for t in match_templates(load_library(s), jabatan) if t.nama_jabatan != SEMUA_JABATAN]


# =========================================================================== applying


def apply_to_skp(s: Session, skp: Skp, templates: Sequence[TemplateRhk]) -> int:
    """Append the templates as RHK with indicators (inside the caller's transaction)."""
    kual = skp.pendekatan == Pendekatan.KUALITATIF.value
    last: dict[str, int] = {}
    for r in s.scalars(select(Rhk).where(Rhk.skp_id == skp.id)):
        last[r.jenis] = max(last.get(r.jenis, 0), r.urutan)
    n = 0
    for t in templates:
        jenis = t.jenis if t.jenis in (j.value for j in JenisRhk) else JenisRhk.UTAMA.value
        last[jenis] = last.get(jenis, 0) + 1
        rhk = Rhk(skp_id=skp.id, jenis=jenis, urutan=last[jenis], teks=t.teks,
                  perspektif=t.perspektif if skp.jenis_skp == "jpt" else None)
        for k, i in enumerate(t.indikator, start=1):
            target_teks = i.target_teks
            if kual and not target_teks:
                target_teks = _target(i.target_min, i.target_max, i.satuan, None)
            rhk.indikator.append(Indikator(
                urutan=k, aspek=i.aspek, teks=i.teks, target_min=i.target_min, target_max=i.target_max,
                satuan=i.satuan, target_teks=target_teks,
                lebih_rendah_lebih_baik=_lebih_rendah(i),
                ikatan_ukuran=None if kual else i.ikatan_ukuran,  # a measure gives a number, not a description
            ))
        s.add(rhk)
        n += 1
    s.flush()
    return n


# =========================================================================== editing


def _lebih_rendah(i: TemplateIndikator) -> bool:
    ik = ikatan_of(i)
    if ik is not None and ik.ukuran is not None:
        return ik.ukuran.lebih_rendah_lebih_baik
    return i.aspek == Aspek.WAKTU.value and (i.satuan or "") in ("hari", "hari kerja", "menit", "jam")


def _check(data: TemplateInput) -> Problems:
    problems = Problems()
    if not (data.nama_jabatan or "").strip():
        problems.error("Nama jabatan", Msg.of(QT_TRANSLATE_NOOP("Pesan", "wajib diisi (mis. Kepala Seksi Pemerintahan, atau 'Semua jabatan').")))
    elif len(data.nama_jabatan) > 200:
        problems.error("Nama jabatan", Msg.of(QT_TRANSLATE_NOOP("Pesan", "terlalu panjang (maksimal 200 karakter).")))
    if not (data.teks or "").strip():
        problems.error("Rencana hasil kerja", Msg.of(QT_TRANSLATE_NOOP("Pesan", "uraian RHK wajib diisi.")))
    elif len(data.teks) > 2000:
        problems.error("Rencana hasil kerja", Msg.of(QT_TRANSLATE_NOOP("Pesan", "terlalu panjang (maksimal 2000 karakter).")))
    if data.jenis not in (j.value for j in JenisRhk):
        problems.error("Jenis", Msg.of(QT_TRANSLATE_NOOP("Pesan", "pilih utama atau tambahan.")))
    if data.perspektif and data.perspektif not in (p.value for p in Perspektif):
        problems.error("Perspektif", Msg.of(QT_TRANSLATE_NOOP("Pesan", "'{perspektif}' tidak dikenal."), perspektif=data.perspektif))
    for k, ind in enumerate(data.indikator, start=1):
        check_indikator(k, ind, False, problems)
    return problems


def save_template(ctx: AppContext, data: TemplateInput, template_id: int | None = None) -> TemplateData:
    """Add or change a library entry (operators extend the library)."""
    _check(data).raise_if_errors(Msg.of(QT_TRANSLATE_NOOP("Pesan", "RHK pustaka belum dapat disimpan.")))
    with ctx.write("pustaka_rhk.simpan", Permission.SKP_EDIT_ANY) as uow:
        s = uow.session
        if template_id is None:
            t = TemplateRhk(nama_jabatan="", teks="")
            s.add(t)
            before = None
        else:
            t = s.get(TemplateRhk, template_id)
            if t is None:
                raise NotFound(Msg.of(
                    QT_TRANSLATE_NOOP("Pesan", "RHK pustaka tidak ditemukan (mungkin sudah dihapus)."),
                ))
            before = row_dict(t)
        t.nama_jabatan = " ".join(data.nama_jabatan.split())
        t.jenis_jabatan = data.jenis_jabatan or None
        t.jenis = data.jenis
        t.teks = " ".join(data.teks.split())
        t.perspektif = data.perspektif or None
        if template_id is None:
            last = s.scalars(select(TemplateRhk.urutan).where(TemplateRhk.nama_jabatan == t.nama_jabatan)
                             .order_by(TemplateRhk.urutan.desc())).first()
            t.urutan = (last or 0) + 1
        t.indikator.clear()
        s.flush()
        for k, ind in enumerate(data.indikator, start=1):
            t.indikator.append(TemplateIndikator(
                urutan=k, aspek=ind.aspek, teks=" ".join(ind.teks.split()),
                target_min=None if ind.target_min is None else float(ind.target_min),
                target_max=None if ind.target_max is None else float(ind.target_max),
                satuan=(ind.satuan or "").strip() or None, target_teks=(ind.target_teks or "").strip() or None))
            set_ikatan(t.indikator[-1], ind.ikatan, f"Indikator {k}")
        uow.audit_change(t, before, f"RHK pustaka untuk {t.nama_jabatan} disimpan")
        s.flush()
        s.refresh(t)
        return _data(t)


def delete_template(ctx: AppContext, template_id: int) -> None:
    with ctx.write("pustaka_rhk.hapus", Permission.SKP_EDIT_ANY) as uow:
        t = uow.session.get(TemplateRhk, template_id)
        if t is None:
            raise NotFound(Msg.of(QT_TRANSLATE_NOOP("Pesan", "RHK pustaka tidak ditemukan (mungkin sudah dihapus).")))
        before = row_dict(t)
        uow.session.delete(t)
        uow.audit("template_rhk", template_id, f"RHK pustaka \"{t.teks[:60]}\" dihapus", before, None)


def save_rhk_as_template(ctx: AppContext, rhk_id: int, nama_jabatan: str) -> TemplateData:
    """Keep a well-written RHK of an SKP in the library for the next employee in that post."""
    with ctx.read() as s:
        rhk = s.get(Rhk, rhk_id)
        if rhk is None:
            raise NotFound(Msg.of(QT_TRANSLATE_NOOP("Pesan", "RHK tidak ditemukan.")))
        data = TemplateInput(
            nama_jabatan=nama_jabatan, teks=rhk.teks, jenis=rhk.jenis, perspektif=rhk.perspektif or "",
            indikator=[IndikatorInput(teks=i.teks, aspek=i.aspek, target_min=i.target_min, target_max=i.target_max,
                                      satuan=i.satuan or "", target_teks=i.target_teks or "", ikatan=ikatan_of(i))
                       for i in rhk.indikator],
        )
    return save_template(ctx, data)
