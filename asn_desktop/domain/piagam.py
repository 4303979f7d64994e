"""What one Piagam Penghargaan shows: the snapshot stored with the issued certificate, so a
reprint shows exactly what was issued. Plain data: the certificate list reads it without the PDF
writer (reports/piagam_pdf.py, which imports reportlab)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any


@dataclass(frozen=True)
class DataPiagam:
    """Everything one certificate shows (stored as the snapshot of the issued certificate)."""

    nomor: str
    tanggal: str  # ISO date of issue
    tahun: int
    nama: str
    nip: str  # spaced form
    jabatan: str
    unit: str
    prestasi: str  # the achievement in words
    instansi: str  # "Pemerintah Kota Kupang"
    kantor: str  # "Kecamatan Maulafa"
    alamat: str
    tempat_tanggal: str  # "Kupang, 5 Desember 2026"
    ttd_jabatan: str  # "Camat Maulafa"
    ttd_nama: str
    ttd_nip: str
    ttd_pangkat: str = ""
    logo: str = ""  # base64 image, "" = none
    pangkat: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "DataPiagam":
        names = {f.name for f in fields(cls)}
        clean = {k: v for k, v in data.items() if k in names}
        for f in fields(cls):
            if f.name not in clean:
                clean[f.name] = 0 if f.name == "tahun" else ""
        return cls(**clean)
