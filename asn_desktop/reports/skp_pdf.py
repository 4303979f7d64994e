"""The printed SKP (PermenPANRB 6/2022 lampiran; kinerja-asn.md §3-4).

Two layouts:

- non-JPT (administrasi, fungsional): hasil kerja columns
  ``NO | RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI | RENCANA HASIL KERJA | ASPEK |
  INDIKATOR KINERJA INDIVIDU | TARGET`` under **A. UTAMA** and **B. TAMBAHAN**;
- JPT / pimpinan unit kerja: ``NO | RENCANA HASIL KERJA | INDIKATOR KINERJA INDIVIDU |
  TARGET | PERSPEKTIF``, the RHK cell also naming *penugasan dari* and *klasifikasi*.

Both: header "SASARAN KINERJA PEGAWAI", "PENDEKATAN HASIL KERJA KUANTITATIF/KUALITATIF",
"BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL" (or "... PIMPINAN TINGGI DAN PIMPINAN UNIT
KERJA MANDIRI"),
instansi and "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER TAHUN …", the two-column
identity block (snapshots), the perilaku table (BerAKHLAK with panduan and
ekspektasi khusus pimpinan), signatures, then the lampiran page (dukungan sumber
daya, skema pertanggungjawaban, konsekuensi) with signatures again.

The input is a plain :class:`SkpDokumen` (filled by ``services.skp``), so this
module knows nothing about the database. A4 or F4; tables split across pages
with their headers repeated and long texts flowing on (``pdf_common.FlowTable``: nothing is
cut, a header keeps rows under it, signatures stay with the table above them); a
not-yet-approved SKP carries a light status mark.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, PageBreak

from asn_desktop.fileio import write_atomic
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


def _titles(doc: SkpDokumen, lampiran: bool = False) -> list[str]:
    first = "LAMPIRAN SASARAN KINERJA PEGAWAI" if lampiran else "SASARAN KINERJA PEGAWAI"
    lines = [first, f"PENDEKATAN HASIL KERJA {'KUALITATIF' if doc.kualitatif else 'KUANTITATIF'}"]
    # the two forms of the PermenPANRB 6/2022 lampiran name whom they are for
    lines.append("BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI" if doc.jpt
                 else "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL")
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
    header = [
        pc.GridRow([pc.Cell(pc.para("HASIL KERJA", st.section), span=6)], shade=pc.SHADE),
        pc.header_cells(["NO", "RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI", "RENCANA HASIL KERJA", "ASPEK",
                         "INDIKATOR KINERJA INDIVIDU", "TARGET"], size=SIZE),
    ]
    body: list[pc.GridRow] = []
    for jenis, judul in (("utama", "A. UTAMA"), ("tambahan", "B. TAMBAHAN")):
        body.append(pc.section_row(judul, 6, size=SIZE))
        items = [r for r in doc.rhk if r.jenis == jenis]
        if not items:
            body.append(pc.GridRow([pc.Cell("-", align="center")] + [pc.Cell("-") for _ in range(5)]))
            continue
        for k, r in enumerate(items, start=1):
            inds = r.indikator or [SkpIndikatorCetak("-", "-", "-")]
            stack = pc.Stack([[pc.Cell(pc.cell(i.aspek or "-", w[3])), pc.Cell(pc.cell(i.teks or "-", w[4])),
                               pc.Cell(pc.cell(i.target or "-", w[5]))] for i in inds], span=3)
            body.append(pc.GridRow([pc.Cell(str(k), align="center"), pc.Cell(pc.cell(r.rhk_atasan or "-", w[1])),
                                    pc.Cell(pc.cell(r.teks, w[2])), stack]))
    return pc.FlowTable(w, header, body, size=SIZE)


def _hasil_jpt(doc: SkpDokumen, width: float) -> Flowable:
    st = pc.styles(SIZE)
    cols = [5, 33, 32, 15, 15]
    w = [width * c / sum(cols) for c in cols]
    header = [
        pc.GridRow([pc.Cell(pc.para("HASIL KERJA", st.section), span=5)], shade=pc.SHADE),
        pc.header_cells(["NO", "RENCANA HASIL KERJA", "INDIKATOR KINERJA INDIVIDU", "TARGET", "PERSPEKTIF"],
                        size=SIZE),
    ]
    body: list[pc.GridRow] = []
    for jenis, judul in (("utama", "A. UTAMA"), ("tambahan", "B. TAMBAHAN")):
        body.append(pc.section_row(judul, 5, size=SIZE))
        items = [r for r in doc.rhk if r.jenis == jenis]
        if not items:
            body.append(pc.GridRow([pc.Cell("-", align="center")] + [pc.Cell("-") for _ in range(4)]))
            continue
        for k, r in enumerate(items, start=1):
            inds = r.indikator or [SkpIndikatorCetak("", "-", "-")]
            stack = pc.Stack([[pc.Cell(pc.cell(i.teks or "-", w[2])), pc.Cell(pc.cell(i.target or "-", w[3]))]
                              for i in inds], span=2)
            rhk = pc.rhk_jpt(r.teks, r.rhk_atasan, r.penugasan_dari, r.klasifikasi, st.cell, SIZE)
            body.append(pc.GridRow([pc.Cell(str(k), align="center"), pc.Cell(rhk), stack,
                                    pc.Cell(pc.cell(r.perspektif or "-", w[4]))]))
    return pc.FlowTable(w, header, body, size=SIZE)


def _perilaku(doc: SkpDokumen, width: float, tail: list[Flowable]) -> Flowable:
    st = pc.styles(SIZE)
    cols = [5, 60, 35]
    w = [width * c / sum(cols) for c in cols]
    header = [
        pc.GridRow([pc.Cell(pc.para("PERILAKU KERJA", st.section), span=3)], shade=pc.SHADE),
        pc.header_cells(["NO", "PERILAKU KERJA", "EKSPEKTASI KHUSUS PIMPINAN"], size=SIZE),
    ]
    body = [pc.GridRow([pc.Cell(str(p.nomor), align="center"),
                        pc.Cell(pc.bullets(p.panduan, st.cell, head=p.nama, mark="-")),
                        pc.Cell(pc.cell(p.ekspektasi or "-", w[2]))]) for p in doc.perilaku]
    return pc.FlowTable(w, header, body, tail=tail, size=SIZE)


def _lampiran(doc: SkpDokumen, width: float, tail: list[Flowable]) -> Flowable:
    """The three lampiran texts in one flowing table; long texts continue on the next page."""
    st = pc.styles(SIZE)
    body: list[pc.GridRow] = []
    for k, (judul, teks) in enumerate((
        ("DUKUNGAN SUMBER DAYA", doc.lampiran_dukungan),
        ("SKEMA PERTANGGUNGJAWABAN", doc.lampiran_skema),
        ("KONSEKUENSI", doc.lampiran_konsekuensi),
    ), start=1):
        body.append(pc.GridRow([pc.Cell(pc.para(f"{k}. {judul}", st.cell_bold))], keep_with_next=True,
                               shade=pc.SHADE))
        body.append(pc.GridRow([pc.Cell(pc.para(teks.strip() if teks and teks.strip() else "-", st.cell))]))
    return pc.FlowTable([width], [], body, tail=tail, size=SIZE)


def _signatures(doc: SkpDokumen, width: float) -> list[Flowable]:
    return pc.signature_parts(
        pc.Signatory("Pegawai yang Dinilai", doc.pegawai.nama, doc.pegawai.nip, doc.pegawai.nip_label),
        pc.Signatory("Pejabat Penilai Kinerja", doc.penilai.nama, doc.penilai.nip, doc.penilai.nip_label,
                     tempat_tanggal=doc.tempat_tanggal),
        width, size=SIZE,
    )


def skp_flowables(doc: SkpDokumen, ukuran: str = "A4") -> list[Flowable]:
    """The SKP as flowables (the appraisal documents may embed parts of it).

    The signatures travel with the end of the table above them (never alone on a page)."""
    width = pc.frame_width(ukuran)
    flow: list[Flowable] = []
    flow += _head(doc, width)
    flow.append(_identity(doc, width))
    flow.append(pc.spacer(3))
    flow.append(_hasil_jpt(doc, width) if doc.jpt else _hasil_non_jpt(doc, width))
    flow.append(pc.spacer(3))
    flow.append(_perilaku(doc, width, _signatures(doc, width)))
    flow.append(PageBreak())
    flow += _head(doc, width, lampiran=True)
    flow.append(_identity(doc, width))
    flow.append(pc.spacer(3))
    flow.append(_lampiran(doc, width, _signatures(doc, width)))
    return flow


def render_skp(doc: SkpDokumen, out: str | Path | BinaryIO, *, ukuran: str = "A4",
               record_boxes: list[pc.DrawnBox] | None = None) -> None:
    """Write the SKP PDF. Long texts (pasted essays) flow on across pages, never cut.

    A path is written atomically (asn_desktop/fileio.py): a PDF open in a viewer on Windows gives
    a clear message and is left as it was."""
    decor = pc.PageDecor(
        footer_left=f"SKP {doc.tahun} · {doc.pegawai.nama} · {doc.pegawai.nip_label} {doc.pegawai.nip}"
        + (f" · versi {doc.versi}" if doc.versi > 1 else ""),
        mark=doc.status_label.upper() if doc.status_label else "",
    )
    flow = skp_flowables(doc, ukuran)

    def build(target: str | Path | BinaryIO) -> None:
        pc.build_pdf(target, flow, ukuran=ukuran, judul=f"SKP {doc.tahun} {doc.pegawai.nama}",
                     decor=decor, record_boxes=record_boxes)

    if isinstance(out, (str, Path)):
        write_atomic(Path(out), build)
    else:
        build(out)
