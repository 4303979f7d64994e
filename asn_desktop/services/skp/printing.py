"""Printing SKPs: the print model for reports/skp_pdf.py, one PDF (file, stream or
bytes for the preview) and one PDF per SKP into a folder."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from asn_desktop.domain.enums import StatusSkp
from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.domain.progress import Progress
from asn_desktop.domain.tanggal import format_tanggal
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ServiceError
from asn_desktop.services.settings import OfficeInfo, get_office
from asn_desktop.services.skp.types import PersonSnap, SkpDetail, SkpSummary
from asn_desktop.services.skp.reading import get_skp
from asn_desktop.services.skp.unit_overview import OverviewRow


#: Light mark printed across the pages of an SKP that is not (or no longer) in force.
_MARKS = {
    StatusSkp.DRAFT.value: "DRAFT",
    StatusSkp.DIAJUKAN.value: "DIAJUKAN",
    StatusSkp.DIKEMBALIKAN.value: "DIKEMBALIKAN",
    StatusSkp.DIGANTI.value: "TIDAK BERLAKU",
}


def _print_model(detail: SkpDetail, office: OfficeInfo) -> Any:
    from asn_desktop.domain.nip import format_nip
    from asn_desktop.reports.skp_pdf import (
        SkpDokumen,
        SkpIndikatorCetak,
        SkpOrang,
        SkpPerilakuCetak,
        SkpRhkCetak,
    )

    def orang(p: PersonSnap, peran: str) -> SkpOrang:
        label = "NI PPPK" if (p.status_kepegawaian or "").upper().startswith("PPPK") else "NIP"
        return SkpOrang(peran=peran, nama=p.nama, nip=format_nip(p.nip) if p.nip else "", nip_label=label,
                        pangkat=p.pangkat, jabatan=p.jabatan, unit=p.unit)

    if detail.tempat_tanggal_ttd:
        ttd = detail.tempat_tanggal_ttd
    elif detail.disetujui_pada is not None:
        tgl = format_tanggal(detail.disetujui_pada.date())
        ttd = f"{office.kota_ttd}, {tgl}" if office.kota_ttd else tgl
    else:
        kota = office.kota_ttd or ""
        ttd = f"{kota}, " + ("." * 28) if kota else "." * 34
    rhk = [
        SkpRhkCetak(
            nomor=r.nomor, jenis=r.jenis, teks=r.teks, rhk_atasan=r.rhk_atasan_teks,
            perspektif=r.perspektif_label, penugasan_dari=r.penugasan_dari, klasifikasi=r.klasifikasi_label,
            indikator=[SkpIndikatorCetak(i.aspek_label, i.teks, i.target) for i in r.indikator],
        )
        for r in detail.rhk
    ]
    mulai, selesai = detail.periode_mulai, detail.periode_selesai
    return SkpDokumen(
        jpt=detail.is_jpt,
        kualitatif=detail.is_kualitatif,
        instansi=(detail.instansi or office.instansi or "").upper(),
        unit_organisasi=office.nama_kantor,
        periode=f"{format_tanggal(mulai).upper()} SD {format_tanggal(selesai).upper()}"
        if (mulai, selesai) != (date(detail.tahun, 1, 1), date(detail.tahun, 12, 31))
        else f"1 JANUARI SD 31 DESEMBER TAHUN {detail.tahun}",
        tahun=detail.tahun,
        pegawai=orang(detail.pegawai, "PEGAWAI YANG DINILAI"),
        penilai=orang(detail.penilai, "PEJABAT PENILAI KINERJA"),
        rhk=rhk,
        perilaku=[SkpPerilakuCetak(p.nomor, p.nama, list(p.panduan), p.ekspektasi_khusus or "-") for p in detail.perilaku],
        lampiran_dukungan=detail.lampiran_dukungan_sumber_daya,
        lampiran_skema=detail.lampiran_skema_pertanggungjawaban,
        lampiran_konsekuensi=detail.lampiran_konsekuensi,
        tempat_tanggal=ttd,
        status_label=_MARKS.get(detail.status, ""),
        versi=detail.versi,
    )


def render_skp_pdf(ctx: AppContext, skp_id: int, out: str | Path | Any, *, ukuran: str = "A4") -> None:
    """Write one SKP as PDF (official non-JPT or JPT layout) to a path or binary stream."""
    from asn_desktop.reports.skp_pdf import render_skp

    detail = get_skp(ctx, skp_id, for_print=True)
    render_skp(_print_model(detail, get_office(ctx)), out, ukuran=ukuran)


def skp_pdf_bytes(ctx: AppContext, skp_id: int, *, ukuran: str = "A4") -> bytes:
    """The SKP as PDF bytes: what the preview shows is exactly what "Simpan PDF" writes."""
    import io

    buf = io.BytesIO()
    render_skp_pdf(ctx, skp_id, buf, ukuran=ukuran)
    return buf.getvalue()


def pdf_filename(detail: SkpDetail | SkpSummary | OverviewRow, tahun: int | None = None) -> str:
    """"SKP_2026_198609262015051001_Maria_Ndolu.pdf" — safe on Windows."""
    if isinstance(detail, SkpDetail):
        nip, nama, th, versi = detail.pegawai.nip, detail.pegawai.nama, detail.tahun, detail.versi
    elif isinstance(detail, SkpSummary):
        nip, nama, th, versi = detail.pegawai_nip, detail.pegawai_nama, detail.tahun, detail.versi
    else:
        nip, nama, th, versi = detail.nip, detail.nama, tahun or 0, detail.versi
    safe = re.sub(r"[^0-9A-Za-z]+", "_", nama.split(",")[0]).strip("_")[:60] or "pegawai"
    suffix = f"_v{versi}" if versi and versi > 1 else ""
    return f"SKP_{th}_{nip or 'tanpa-nip'}_{safe}{suffix}.pdf"


@dataclass
class BulkPdfResult:
    folder: Path
    files: list[Path]
    gagal: list[str]


def bulk_pdf(
    ctx: AppContext, skp_ids: Sequence[int], folder: str | Path, *, ukuran: str = "A4",
    progress: Progress | None = None,
) -> BulkPdfResult:
    """One PDF per SKP into ``folder`` (background job; cancel stops after the current file)."""
    from asn_desktop.reports.skp_pdf import render_skp

    progress = progress or Progress.none()
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ServiceError(Msg.of(
            QT_TRANSLATE_NOOP("Pesan", "Folder tujuan {folder} tidak dapat dibuat: {sebab}."),
            folder=folder, sebab=exc.strerror or exc,
        )) from exc
    office = get_office(ctx)
    files: list[Path] = []
    gagal: list[str] = []
    total = len(skp_ids)
    for n, sid in enumerate(skp_ids, start=1):
        progress.step(n - 1, total, f"Mencetak SKP {n} dari {total}")
        try:
            detail = get_skp(ctx, sid, for_print=True)
            path = folder / pdf_filename(detail)
            render_skp(_print_model(detail, office), path, ukuran=ukuran)  # atomic, see reports/skp_pdf
            files.append(path)
        except (ServiceError, OSError) as exc:
            gagal.append(f"SKP id {sid}: {getattr(exc, 'message', None) or exc}")
    progress.step(total, total, "Selesai")
    return BulkPdfResult(folder, files, gagal)
