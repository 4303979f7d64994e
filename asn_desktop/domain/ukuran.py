"""Measures an indicator (IKI) can be bound to, so its realisasi comes from the office's own records.

kinerja-asn.md §9: a kecamatan is judged by complaint response time, timeliness of
finishing services, and community satisfaction (IKM, PermenPANRB 14/2017). Each
measure here names its source record, unit, who it may be computed for and which
direction is better; ``services/ukuran.py`` computes them. No database, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from asn_desktop.domain.enums import LabeledEnum
from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg


class Lingkup(LabeledEnum):
    """Whose records a measure counts."""

    PEGAWAI = ("pegawai", "Pegawai sendiri")
    UNIT = ("unit", "Unit kerja pegawai")
    KECAMATAN = ("kecamatan", "Seluruh kecamatan")


class Sumber(LabeledEnum):
    SKM = ("skm", "Survei Kepuasan Masyarakat")
    LAYANAN = ("layanan", "Register layanan")
    PENGADUAN = ("pengaduan", "Register pengaduan")


@dataclass(frozen=True)
class Ukuran:
    kunci: str
    label: str
    satuan: str
    sumber: Sumber
    lingkup: tuple[Lingkup, ...]
    lebih_rendah_lebih_baik: bool
    pakai_jenis: bool  # narrowed by a service type (empty = all services)
    desimal: int
    keterangan: str


_SEMUA = (Lingkup.PEGAWAI, Lingkup.UNIT, Lingkup.KECAMATAN)

#: The registry. Keys are stored in the database (``ikatan_ukuran``): never rename one.
UKURAN: dict[str, Ukuran] = {u.kunci: u for u in (
    Ukuran("ikm_layanan", "IKM layanan (nilai konversi 25–100)", "nilai", Sumber.SKM,
           # an SKM measures a service unit, not a person (PermenPANRB 14/2017)
           (Lingkup.UNIT, Lingkup.KECAMATAN), False, True, 2,
           "IKM × 25 dari survei SKM yang periodenya beririsan dengan periode penilaian "
           "(PermenPANRB 14/2017); beberapa survei digabung menurut jumlah responden."),
    Ukuran("persen_tepat_waktu", "% layanan selesai tepat waktu", "%", Sumber.LAYANAN, _SEMUA, False, True, 1,
           ("Layanan yang selesai dalam standar pelayanan dibanding layanan yang selesai ditambah yang belum "
            "selesai tetapi sudah lewat batas waktunya (register layanan, jam kerja).")),
    Ukuran("rata_respon_pengaduan", "Rata-rata waktu respon pengaduan (jam kerja)", "jam", Sumber.PENGADUAN, _SEMUA,
           True, False, 1, "Rata-rata jam kerja dari pengaduan diterima sampai respon pertama (register pengaduan)."),
    Ukuran("jumlah_layanan_selesai", "Jumlah layanan diselesaikan", "layanan", Sumber.LAYANAN, _SEMUA, False,
           True, 0, "Banyaknya permohonan layanan yang selesai dalam periode penilaian."),
)}


@dataclass(frozen=True)
class IkatanUkuran:
    """An indicator's binding: which measure, whose records, which service (``jenis`` "" = all)."""

    kunci: str
    lingkup: str
    jenis: str = ""

    @property
    def ukuran(self) -> Ukuran | None:
        return UKURAN.get(self.kunci)

    def ke_json(self) -> dict[str, Any]:
        return {"kunci": self.kunci, "lingkup": self.lingkup, "jenis": self.jenis}

    @property
    def uraian(self) -> str:
        """One line for screens and the audit log: "IKM layanan … — Unit kerja pegawai — layanan KTP"."""
        u = self.ukuran
        try:
            lk = Lingkup(self.lingkup).label
        except ValueError:
            lk = self.lingkup
        teks = f"{u.label if u else self.kunci} — {lk}"
        return f"{teks} — layanan {self.jenis}" if self.jenis else teks


def dari_json(value: Mapping[str, Any] | None) -> IkatanUkuran | None:
    """The stored binding, or None; a damaged value is kept readable (``periksa`` names the problem)."""
    if not value or not isinstance(value, Mapping) or not value.get("kunci"):
        return None
    return IkatanUkuran(str(value.get("kunci")), str(value.get("lingkup") or ""), str(value.get("jenis") or "").strip())


def periksa(ikatan: IkatanUkuran) -> list[str]:
    """What is wrong with a binding (empty = fine), in words for the form."""
    u = ikatan.ukuran
    if u is None:
        return [f"ukuran '{ikatan.kunci}' tidak dikenal."]
    out: list[str] = []
    try:
        lk = Lingkup(ikatan.lingkup)
    except ValueError:
        return [f"lingkup '{ikatan.lingkup}' tidak dikenal (pegawai, unit, kecamatan)."]
    if lk not in u.lingkup:
        out.append(f"ukuran '{u.label}' tidak dapat dihitung untuk lingkup '{lk.label}' "
                   f"(pilih: {', '.join(x.label for x in u.lingkup)}).")
    if ikatan.jenis and not u.pakai_jenis:
        out.append(f"ukuran '{u.label}' tidak dibedakan menurut jenis layanan; kosongkan jenis layanan.")
    if len(ikatan.jenis) > 200:
        out.append("jenis layanan terlalu panjang (maksimal 200 karakter).")
    return out


def pastikan(ikatan: IkatanUkuran) -> IkatanUkuran:
    problems = periksa(ikatan)
    if problems:
        raise DomainError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Ikatan ukuran tidak valid: {masalah}"),
                                 masalah=" ".join(problems)))
    return ikatan


def format_nilai(ukuran: Ukuran, nilai: float | None) -> str:
    """The figure with the decimal comma and the measure's places: "94,2 %", "312 layanan"."""
    if nilai is None:
        return "-"
    teks = f"{nilai:,.{ukuran.desimal}f}".replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")
    return f"{teks} {ukuran.satuan}".strip() if ukuran.satuan != "%" else f"{teks} %"
