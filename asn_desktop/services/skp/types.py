"""What the SKP services hand out and take in: plain dataclasses, no session.

The windows (ui/skp/) and the printers read these; the rules that fill them live in
the sibling modules. ``EDITABLE`` is here because both the data (``SkpDetail.editable``)
and the operations need the same list of statuses in which an SKP may still change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from asn_desktop.domain.enums import Aspek, JenisRhk, JenisSkp, Klasifikasi, Pendekatan, Perspektif, StatusSkp
from asn_desktop.services.indikator_input import IndikatorInput
from asn_desktop.services.ukuran import IkatanUkuran


#: Statuses in which the content (and the snapshots) may still change.
EDITABLE = (StatusSkp.DRAFT.value, StatusSkp.DIKEMBALIKAN.value)

MAX_LAMPIRAN = 10_000
MAX_ALASAN = 2000


def _label(enum_cls: Any, value: str | None) -> str:
    if not value:
        return ""
    try:
        return enum_cls(value).label
    except ValueError:
        return value


# =========================================================================== result types


@dataclass(frozen=True)
class PersonSnap:
    """The header fields of one person as frozen on the SKP."""

    nama: str = ""
    nip: str = ""
    pangkat: str = ""
    jabatan: str = ""
    unit: str = ""
    status_kepegawaian: str = ""


@dataclass
class IndikatorData:
    id: int
    rhk_id: int
    urutan: int
    aspek: str
    teks: str
    target_min: float | None
    target_max: float | None
    satuan: str
    target_teks: str
    lebih_rendah_lebih_baik: bool
    target: str  # formatted target, as printed ("12 dokumen", "1 – 2 hari kerja", description)
    ikatan: IkatanUkuran | None = None  # realisasi measured from the office's records

    @property
    def aspek_label(self) -> str:
        try:
            return Aspek(self.aspek).label
        except ValueError:
            return self.aspek


@dataclass
class RhkData:
    id: int
    skp_id: int
    jenis: str
    urutan: int
    nomor: str  # "A.1" / "B.2"
    teks: str
    parent_rhk_id: int | None
    rhk_atasan_teks: str
    perspektif: str
    penugasan_dari: str
    klasifikasi: str
    indikator: list[IndikatorData] = field(default_factory=list)
    #: who intervenes this RHK ("Nama (Jabatan)"): a parent cannot be removed while listed
    diintervensi_oleh: list[str] = field(default_factory=list)
    #: ``version_id`` of the SKP as loaded with this RHK (after ``save_rhk``: the new one)
    skp_version_id: int = 0

    @property
    def perspektif_label(self) -> str:
        return _label(Perspektif, self.perspektif)

    @property
    def klasifikasi_label(self) -> str:
        return _label(Klasifikasi, self.klasifikasi)


@dataclass
class PerilakuData:
    nomor: int
    kode: str
    nama: str
    panduan: tuple[str, ...]
    ekspektasi_khusus: str


@dataclass
class StatusLogData:
    dari_status: str | None
    ke_status: str
    waktu: datetime
    username: str
    catatan: str

    @property
    def ke_label(self) -> str:
        return _label(StatusSkp, self.ke_status)

    @property
    def dari_label(self) -> str:
        return _label(StatusSkp, self.dari_status) if self.dari_status else ""


@dataclass
class SkpVersion:
    id: int
    versi: int
    status: str
    disetujui_pada: datetime | None
    created_at: datetime | None


@dataclass
class SkpPermissions:
    """What the acting user may do with this SKP now (the UI mirrors it)."""

    edit: bool = False
    submit: bool = False
    withdraw: bool = False
    approve: bool = False
    return_: bool = False
    revise: bool = False
    delete: bool = False


@dataclass
class SkpDetail:
    id: int
    uid: str
    pegawai_id: int
    tahun: int
    versi: int
    status: str
    pendekatan: str
    jenis_skp: str
    periode_mulai: date
    periode_selesai: date
    pejabat_penilai_id: int | None
    atasan_penilai_id: int | None
    instansi: str
    pegawai: PersonSnap
    penilai: PersonSnap
    atasan_penilai: PersonSnap
    lampiran_dukungan_sumber_daya: str
    lampiran_skema_pertanggungjawaban: str
    lampiran_konsekuensi: str
    catatan_pengembalian: str
    diajukan_pada: datetime | None
    disetujui_pada: datetime | None
    disetujui_oleh: str
    tempat_tanggal_ttd: str
    pengganti_id: int | None
    version_id: int
    rhk: list[RhkData]
    perilaku: list[PerilakuData]
    riwayat: list[StatusLogData]
    versi_lain: list[SkpVersion]
    boleh: SkpPermissions
    #: header fields whose live value differs from the snapshot (refreshable while draft)
    snapshot_berubah: list[str] = field(default_factory=list)

    @property
    def status_label(self) -> str:
        return _label(StatusSkp, self.status)

    @property
    def is_jpt(self) -> bool:
        return self.jenis_skp == JenisSkp.JPT.value

    @property
    def is_kualitatif(self) -> bool:
        return self.pendekatan == Pendekatan.KUALITATIF.value

    @property
    def editable(self) -> bool:
        return self.status in EDITABLE

    def rhk_of(self, jenis: str) -> list[RhkData]:
        return [r for r in self.rhk if r.jenis == jenis]


@dataclass
class SkpSummary:
    """One row of an SKP list."""

    id: int
    pegawai_id: int
    tahun: int
    versi: int
    status: str
    pegawai_nama: str
    pegawai_nip: str
    pegawai_jabatan: str
    penilai_nama: str
    jumlah_rhk: int

    @property
    def status_label(self) -> str:
        return _label(StatusSkp, self.status)


@dataclass
class Problem:
    pesan: str
    peringatan: bool = False
    rhk_id: int | None = None


@dataclass
class ValidationReport:
    """Result of :func:`validate_skp`: errors block submitting, warnings do not."""

    masalah: list[Problem]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.masalah if not p.peringatan]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.masalah if p.peringatan]

    @property
    def ok(self) -> bool:
        return not self.errors


# =========================================================================== inputs


@dataclass
class RhkInput:
    """An RHK with its indicators (upserted by ``id``; indicators not listed are removed).

    ``parent_rhk_id``: the supervisor's RHK it intervenes, chosen from
    :func:`parent_options`. ``rhk_atasan_teks`` is used only without a parent
    (the supervisor's SKP is outside the database, e.g. the Camat's).
    """

    teks: str
    jenis: str = JenisRhk.UTAMA.value
    parent_rhk_id: int | None = None
    rhk_atasan_teks: str = ""
    perspektif: str = ""
    penugasan_dari: str = ""
    klasifikasi: str = ""
    indikator: list[IndikatorInput] = field(default_factory=list)


@dataclass
class HeaderInput:
    """Header choices of a draft SKP."""

    pendekatan: str
    jenis_skp: str
    pejabat_penilai_id: int | None
    tempat_tanggal_ttd: str = ""
    #: why the pejabat penilai is not the direct supervisor (Operator/Admin only)
    alasan_penilai: str = ""
