"""The printed SKP (PermenPANRB 6/2022 lampiran; kinerja-asn.md §3-4).

Two layouts:

- non-JPT (administrasi, fungsional): hasil kerja columns
  ``NO | RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI | RENCANA HASIL KERJA | ASPEK |
  INDIKATOR KINERJA INDIVIDU | TARGET`` under **A. UTAMA** and **B. TAMBAHAN**;
- JPT / pimpinan unit kerja: ``NO | RENCANA HASIL KERJA | INDIKATOR KINERJA INDIVIDU |
  TARGET | PERSPEKTIF``, the RHK cell also naming *penugasan dari* and *klasifikasi*.

Both: header "SASARAN KINERJA PEGAWAI", "PENDEKATAN HASIL KERJA KUANTITATIF/KUALITATIF",
instansi and "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER TAHUN …", the two-column
identity block (snapshots), the perilaku table (BerAKHLAK with panduan and
ekspektasi khusus pimpinan), signatures, then the lampiran page (dukungan sumber
daya, skema pertanggungjawaban, konsekuensi) with signatures again.

The input is a plain :class:`SkpDokumen` (filled by ``services.skp``), so this
module knows nothing about the database. A4 or F4; tables split across pages
with their headers repeated; a not-yet-approved SKP carries a light status mark.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.platypus import Flowable, PageBreak
from reportlab.platypus.doctemplate import LayoutError

from asn_desktop.reports import pdf_common as pc


@dataclass
class SkpOrang:
    peran: str  # "PEGAWAI YANG DINILAI" / "PEJABAT PENILAI KINERJA"
    nama: str
    nip: str  # already spaced (domain.nip.format_nip)
    nip_label: str  # "NIP" or "NI PPPK"
    pangkat: str
    jabatan: str
    unit: str


@dataclass
class SkpIndikatorCetak:
    aspek: str
    teks: str
    target: str


@dataclass
class SkpRhkCetak:
    nomor: str  # "A.1"
    jenis: str  # "utama" / "tambahan"
    teks: str
    rhk_atasan: str = ""
    perspektif: str = ""
    penugasan_dari: str = ""
    klasifikasi: str = ""
    indikator: list[SkpIndikatorCetak] = field(default_factory=list)


@dataclass
class SkpPerilakuCetak:
    nomor: int
    nama: str
    panduan: list[str]
    ekspektasi: str


@dataclass
class SkpDokumen:
    jpt: bool
    kualitatif: bool
    instansi: str
    unit_organisasi: str
    periode: str  # "1 JANUARI SD 31 DESEMBER TAHUN 2026"
    tahun: int
    pegawai: SkpOrang
    penilai: SkpOrang
    rhk: list[SkpRhkCetak]
    perilaku: list[SkpPerilakuCetak]
    lampiran_dukungan: str = ""
    lampiran_skema: str = ""
    lampiran_konsekuensi: str = ""
    tempat_tanggal: str = ""  # above the penilai's signature
    status_label: str = ""  # "" when approved; otherwise printed as a light mark
    versi: int = 1


SIZE = 8.0  # body text in points
COMPACT_LIMIT = 700  # characters per cell in the fallback layout


def _titles(doc: SkpDokumen, lampiran: bool = False) -> list[str]:
    first = "LAMPIRAN SASARAN KINERJA PEGAWAI" if lampiran else "SASARAN KINERJA PEGAWAI"
    lines = [first, f"PENDEKATAN HASIL KERJA {'KUALITATIF' if doc.kualitatif else 'KUANTITATIF'}"]
    if doc.jpt:
        lines.append("BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI")
    return lines


def _head(doc: SkpDokumen, width: float, *, lampiran: bool = False) -> list[Flowable]:
    out = pc.title_block(_titles(doc, lampiran), size=SIZE, space_after=3 * pc.mm)
    out.append(pc.instansi_periode_row(doc.instansi or doc.unit_organisasi,
                                       f"PERIODE PENILAIAN: {doc.periode}", width, size=SIZE))
    return out


def _identity(doc: SkpDokumen, width: float) -> Flowable:
    blocks = [
        pc.PersonBlock(o.peran, pc.person_rows(o.nama, o.nip_label, o.nip, o.pangkat, o.jabatan, o.unit))
        for o in (doc.pegawai, doc.penilai)
    ]
    return pc.identity_table(blocks, width, size=SIZE)


def _hasil_non_jpt(doc: SkpDokumen, width: float) -> Flowable:
    st = pc.styles(SIZE)
    cols = [5, 22, 23, 9.5, 27, 13.5]
    w = [width * c / sum(cols) for c in cols]
    data: list[list[Any]] = [
        [pc.para("HASIL KERJA", st.section), "", "", "", "", ""],
        pc.header_row(["NO", "RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI", "RENCANA HASIL KERJA", "ASPEK",
                       "INDIKATOR KINERJA INDIVIDU", "TARGET"], size=SIZE),
    ]
    extra: list[Any] = [("SPAN", (0, 0), (-1, 0)), ("ALIGN", (0, 0), (-1, 0), "LEFT")]
    shade: list[int] = []
    for jenis, judul in (("utama", "A. UTAMA"), ("tambahan", "B. TAMBAHAN")):
        r0 = len(data)
        data.append([pc.para(judul, st.cell_bold), "", "", "", "", ""])
        extra.append(("SPAN", (0, r0), (-1, r0)))
        shade.append(r0)
        items = [r for r in doc.rhk if r.jenis == jenis]
        if not items:
            data.append(["-", "-", "-", "", "", ""])
            continue
        for k, r in enumerate(items, start=1):
            inds = r.indikator or [SkpIndikatorCetak("", "-", "-")]
            start = len(data)
            for j, ind in enumerate(inds):
                first = j == 0
                data.append([
                    str(k) if first else "",
                    pc.cell(r.rhk_atasan or "-", w[1]) if first else "",
                    pc.cell(r.teks, w[2]) if first else "",
                    pc.cell(ind.aspek, w[3]),
                    pc.cell(ind.teks, w[4]),
                    pc.cell(ind.target, w[5]),
                ])
            end = len(data) - 1
            if end > start:
                for c in (0, 1, 2):
                    extra.append(("SPAN", (c, start), (c, end)))
    extra.append(("ALIGN", (0, 2), (0, -1), "CENTER"))
    return pc.grid_table(data, w, header_rows=2, extra=extra, shade_rows=shade, size=SIZE)


def _hasil_jpt(doc: SkpDokumen, width: float) -> Flowable:
    st = pc.styles(SIZE)
    cols = [5, 33, 32, 15, 15]
    w = [width * c / sum(cols) for c in cols]
    data: list[list[Any]] = [
        [pc.para("HASIL KERJA", st.section), "", "", "", ""],
        pc.header_row(["NO", "RENCANA HASIL KERJA", "INDIKATOR KINERJA INDIVIDU", "TARGET", "PERSPEKTIF"],
                      size=SIZE),
    ]
    extra: list[Any] = [("SPAN", (0, 0), (-1, 0))]
    shade: list[int] = []
    for jenis, judul in (("utama", "A. UTAMA"), ("tambahan", "B. TAMBAHAN")):
        r0 = len(data)
        data.append([pc.para(judul, st.cell_bold), "", "", "", ""])
        extra.append(("SPAN", (0, r0), (-1, r0)))
        shade.append(r0)
        items = [r for r in doc.rhk if r.jenis == jenis]
        if not items:
            data.append(["-", "-", "", "", ""])
            continue
        for k, r in enumerate(items, start=1):
            notes = []
            if r.rhk_atasan:
                notes.append(f"<i>RHK atasan yang diintervensi:</i> {pc.markup(r.rhk_atasan)}")
            if r.penugasan_dari:
                notes.append(f"<i>Penugasan dari:</i> {pc.markup(r.penugasan_dari)}")
            if r.klasifikasi:
                notes.append(f"<i>Klasifikasi:</i> {pc.markup(r.klasifikasi)}")
            rhk_cell = pc.rich(pc.markup(r.teks) + "".join(f"<br/><font size={SIZE - 1}>{n}</font>" for n in notes),
                               st.cell)
            inds = r.indikator or [SkpIndikatorCetak("", "-", "-")]
            start = len(data)
            for j, ind in enumerate(inds):
                first = j == 0
                data.append([
                    str(k) if first else "",
                    rhk_cell if first else "",
                    pc.cell(ind.teks, w[2]),
                    pc.cell(ind.target, w[3]),
                    pc.cell(r.perspektif or "-", w[4]) if first else "",
                ])
            end = len(data) - 1
            if end > start:
                for c in (0, 1, 4):
                    extra.append(("SPAN", (c, start), (c, end)))
    extra.append(("ALIGN", (0, 2), (0, -1), "CENTER"))
    return pc.grid_table(data, w, header_rows=2, extra=extra, shade_rows=shade, size=SIZE)


def _perilaku(doc: SkpDokumen, width: float) -> Flowable:
    st = pc.styles(SIZE)
    cols = [5, 60, 35]
    w = [width * c / sum(cols) for c in cols]
    data: list[list[Any]] = [
        [pc.para("PERILAKU KERJA", st.section), "", ""],
        pc.header_row(["NO", "PERILAKU KERJA", "EKSPEKTASI KHUSUS PIMPINAN"], size=SIZE),
    ]
    for p in doc.perilaku:
        data.append([
            str(p.nomor),
            pc.bullets(p.panduan, st.cell, head=p.nama, mark="-"),
            pc.cell(p.ekspektasi or "-", w[2]),
        ])
    return pc.grid_table(data, w, header_rows=2, extra=[("SPAN", (0, 0), (-1, 0)), ("ALIGN", (0, 2), (0, -1), "CENTER")],
                         size=SIZE)


def _signatures(doc: SkpDokumen, width: float) -> Flowable:
    return pc.signature_row(
        pc.Signatory("Pegawai yang Dinilai", doc.pegawai.nama, doc.pegawai.nip, doc.pegawai.nip_label),
        pc.Signatory("Pejabat Penilai Kinerja", doc.penilai.nama, doc.penilai.nip, doc.penilai.nip_label,
                     tempat_tanggal=doc.tempat_tanggal),
        width, size=SIZE,
    )


def skp_flowables(doc: SkpDokumen, ukuran: str = "A4") -> list[Flowable]:
    """The SKP as flowables (the appraisal documents may embed parts of it)."""
    width = pc.frame_width(ukuran)
    flow: list[Flowable] = []
    flow += _head(doc, width)
    flow.append(_identity(doc, width))
    flow.append(pc.spacer(3))
    flow.append(_hasil_jpt(doc, width) if doc.jpt else _hasil_non_jpt(doc, width))
    flow.append(pc.spacer(3))
    flow.append(_perilaku(doc, width))
    flow.append(_signatures(doc, width))
    flow.append(PageBreak())
    flow += _head(doc, width, lampiran=True)
    flow.append(_identity(doc, width))
    flow.append(pc.spacer(3))
    for k, (judul, teks) in enumerate((
        ("DUKUNGAN SUMBER DAYA", doc.lampiran_dukungan),
        ("SKEMA PERTANGGUNGJAWABAN", doc.lampiran_skema),
        ("KONSEKUENSI", doc.lampiran_konsekuensi),
    ), start=1):
        flow.append(pc.text_section(judul, teks, width, size=SIZE, number=str(k)))
        flow.append(pc.spacer(2))
    flow.append(_signatures(doc, width))
    return flow


def _compact(doc: SkpDokumen) -> SkpDokumen:
    """Cut very long texts so no single row is taller than a page (fallback layout)."""

    def cut(s: str) -> str:
        return s if len(s) <= COMPACT_LIMIT else s[:COMPACT_LIMIT].rstrip() + " … (dipotong)"

    return replace(
        doc,
        rhk=[replace(r, teks=cut(r.teks), rhk_atasan=cut(r.rhk_atasan),
                     indikator=[replace(i, teks=cut(i.teks), target=cut(i.target)) for i in r.indikator[:12]])
             for r in doc.rhk],
        perilaku=[replace(p, ekspektasi=cut(p.ekspektasi)) for p in doc.perilaku],
    )


def render_skp(doc: SkpDokumen, out: str | Path | BinaryIO, *, ukuran: str = "A4",
               record_pages: list[str] | None = None) -> None:
    """Write the SKP PDF. A row taller than a page (pasted essays) falls back to a
    layout with shortened texts instead of failing."""
    decor = pc.PageDecor(
        footer_left=f"SKP {doc.tahun} · {doc.pegawai.nama} · {doc.pegawai.nip_label} {doc.pegawai.nip}"
        + (f" · versi {doc.versi}" if doc.versi > 1 else ""),
        mark=doc.status_label.upper() if doc.status_label else "",
    )
    judul = f"SKP {doc.tahun} {doc.pegawai.nama}"
    try:
        pc.build_pdf(out, skp_flowables(doc, ukuran), ukuran=ukuran, judul=judul, decor=decor,
                     record_pages=record_pages)
    except (LayoutError, TypeError, ValueError) as exc:
        if isinstance(exc, ValueError) and "Ukuran kertas" in str(exc):
            raise
        if hasattr(out, "seek"):
            out.seek(0)  # type: ignore[union-attr]
            out.truncate()  # type: ignore[union-attr]
        if record_pages is not None:
            record_pages.clear()
        pc.build_pdf(out, skp_flowables(_compact(doc), ukuran), ukuran=ukuran, judul=judul, decor=decor,
                     record_pages=record_pages)
