"""Dokumen Evaluasi Kinerja Pegawai (PDF), per employee or many in one file.

Layout follows the e-Kinerja / BKPSDM workbook document (kinerja-asn.md §3, §8):
title and period, the three identity blocks (pegawai yang dinilai, pejabat
penilai kinerja, atasan pejabat penilai kinerja) from the evaluation's
snapshots, capaian kinerja organisasi, predikat kinerja pegawai, hasil kerja with
realisasi and umpan balik (A. UTAMA / B. TAMBAHAN), perilaku kerja BerAKHLAK with
ekspektasi khusus and umpan balik, catatan/rekomendasi, signatures.

Pure data in (``DokumenEvaluasi``), reportlab out through the shared blocks of
``reports/pdf_common.py`` (A4/F4, identity and signature blocks): no database,
no Qt. Landscape, because the hasil kerja table has eight columns.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, PageBreak, Table

from asn_desktop.domain.nip import format_nip
from asn_desktop.domain.progress import Progress
from asn_desktop.fileio import write_atomic
from asn_desktop.reports import pdf_common as pc


@dataclass(frozen=True)
class Orang:
    nama: str = ""
    nip: str = ""
    pangkat: str = ""
    jabatan: str = ""
    unit: str = ""
    nip_label: str = "NIP"


@dataclass(frozen=True)
class BarisIndikator:
    aspek: str
    indikator: str
    target: str
    realisasi: str
    umpan_balik: str


@dataclass(frozen=True)
class BarisHasil:
    jenis: str  # "utama" / "tambahan"
    nomor: int
    rhk_atasan: str
    rhk: str
    perspektif: str
    indikator: tuple[BarisIndikator, ...]
    penugasan_dari: str = ""  # JPT: printed in the RHK cell, as on the JPT SKP
    klasifikasi: str = ""  # JPT: Organisasi / Individu


@dataclass(frozen=True)
class BarisPerilaku:
    nomor: int
    nama: str
    panduan: tuple[str, ...]
    ekspektasi: str
    umpan_balik: str


@dataclass(frozen=True)
class DokumenEvaluasi:
    instansi: str
    kantor: str
    judul_periode: str  # "TRIWULAN I" / "TAHUNAN"
    periode_penilaian: str  # "1 JANUARI SD 31 MARET TAHUN 2026"
    pegawai: Orang
    penilai: Orang
    atasan_penilai: Orang
    capaian_organisasi: str
    rating_hasil: str
    rating_perilaku: str
    predikat: str
    hasil: tuple[BarisHasil, ...]
    perilaku: tuple[BarisPerilaku, ...]
    catatan_rekomendasi: str = ""
    alasan_penyesuaian: str = ""
    tempat_tanggal: str = ""
    jpt: bool = False
    draf: bool = False
    pola_distribusi: tuple[tuple[str, int], ...] = field(default_factory=tuple)
    periode_label: str = ""  # "Triwulan IV 2026", for the page footer
    alasan_rating_pimpinan: str = ""  # the unit leader's rating differs from his capaian organisasi


# --------------------------------------------------------------------------- blocks

SIZE = 8.0
#: Page sizes offered to offices (pdf_common: A4, and F4/Folio 215 x 330 mm).
UKURAN_KERTAS = pc.PAGE_SIZES


def _identitas(d: DokumenEvaluasi, width: float) -> list[Flowable]:
    """The three identity blocks stacked (NO | label | value), as on the e-Kinerja document."""
    out: list[Flowable] = []
    for title, o in (
        ("PEGAWAI YANG DINILAI", d.pegawai),
        ("PEJABAT PENILAI KINERJA", d.penilai),
        ("ATASAN PEJABAT PENILAI KINERJA", d.atasan_penilai),
    ):
        rows = pc.person_rows(o.nama or "-", o.nip_label or "NIP", format_nip(o.nip) if o.nip else "-",
                              o.pangkat or "-", o.jabatan or "-", o.unit or "-")
        out.append(pc.identity_table([pc.PersonBlock(title, rows)], width, size=SIZE, label_ratio=0.2))
    return out


def _ringkasan(d: DokumenEvaluasi, width: float) -> Table:
    """Capaian kinerja organisasi and the unit's distribution; the ratings and the predikat
    follow the tables they sum up (printed once, as on the e-Kinerja document)."""
    st = pc.styles(SIZE)
    rows: list[list[Any]] = [
        [pc.para("CAPAIAN KINERJA ORGANISASI", st.cell_bold), pc.para((d.capaian_organisasi or "-").upper(), st.cell_bold)],
    ]
    if d.pola_distribusi:
        pola = ", ".join(f"{k}: {v}" for k, v in d.pola_distribusi)
        rows.append([pc.para("POLA DISTRIBUSI UNIT KERJA", st.cell_bold), pc.para(pola, st.cell)])
    label_w = 0.2 * width + 8 * pc.mm
    return pc.grid_table(rows, [label_w, width - label_w], header_rows=0)


def _dash(text: str) -> str:
    return text if text and text.strip() else "-"


def _hasil(d: DokumenEvaluasi, width: float, tail: list[Flowable]) -> Flowable:
    """Hasil kerja: the SKP's columns (same order, same headings) plus realisasi and umpan balik;
    an RHK row holds its indicators, and long texts flow on to the next page."""
    st = pc.styles(SIZE)
    if d.jpt:
        head = ["NO", "RENCANA HASIL KERJA", "INDIKATOR KINERJA INDIVIDU", "TARGET", "PERSPEKTIF",
                "REALISASI BERDASARKAN BUKTI DUKUNG", "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG"]
        ratios = [0.04, 0.21, 0.19, 0.09, 0.10, 0.17, 0.20]
    else:
        head = ["NO", "RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI", "RENCANA HASIL KERJA", "ASPEK",
                "INDIKATOR KINERJA INDIVIDU", "TARGET", "REALISASI BERDASARKAN BUKTI DUKUNG",
                "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG"]
        ratios = [0.035, 0.15, 0.15, 0.07, 0.17, 0.08, 0.16, 0.185]
    ncol = len(head)
    w = [r * width for r in ratios]
    header = [pc.GridRow([pc.Cell(pc.para("HASIL KERJA", st.section), span=ncol)], shade=pc.SHADE),
              pc.header_cells(head, size=SIZE - 0.5)]
    body: list[pc.GridRow] = []
    for jenis, label in (("utama", "A. UTAMA"), ("tambahan", "B. TAMBAHAN")):
        group = [h for h in d.hasil if h.jenis == jenis]
        body.append(pc.section_row(label, ncol, size=SIZE))
        if not group:
            body.append(pc.GridRow([pc.Cell("-", align="center")] + [pc.Cell("-") for _ in range(ncol - 1)]))
            continue
        for h in group:
            inds = h.indikator or (BarisIndikator("-", "-", "-", "-", "-"),)
            if d.jpt:
                # perspektif belongs to the RHK: printed once, its cell joined down beside the indicators
                stack = pc.Stack([[pc.Cell(pc.para(_dash(i.indikator))), pc.Cell(pc.para(_dash(i.target))),
                                   pc.Cell(pc.para(_dash(h.perspektif))) if k == 0 else pc.Cell(merge_up=True),
                                   pc.Cell(pc.para(_dash(i.realisasi))), pc.Cell(pc.para(_dash(i.umpan_balik)))]
                                  for k, i in enumerate(inds)], span=5)
                rhk = pc.rhk_jpt(h.rhk, h.rhk_atasan, h.penugasan_dari, h.klasifikasi, st.cell, SIZE)
                slots: list[pc.Slot] = [pc.Cell(str(h.nomor), align="center"), pc.Cell(rhk), stack]
            else:
                stack = pc.Stack([[pc.Cell(pc.para(_dash(i.aspek))), pc.Cell(pc.para(_dash(i.indikator))),
                                   pc.Cell(pc.para(_dash(i.target))), pc.Cell(pc.para(_dash(i.realisasi))),
                                   pc.Cell(pc.para(_dash(i.umpan_balik)))] for i in inds], span=5)
                slots = [pc.Cell(str(h.nomor), align="center"), pc.Cell(pc.para(_dash(h.rhk_atasan))),
                         pc.Cell(pc.para(_dash(h.rhk))), stack]
            body.append(pc.GridRow(slots))
    return pc.FlowTable(w, header, body, tail=tail, size=SIZE)


def _perilaku(d: DokumenEvaluasi, width: float, tail: list[Flowable]) -> Flowable:
    st = pc.styles(SIZE)
    small = pc.styles(SIZE - 0.5).cell
    header = [pc.GridRow([pc.Cell(pc.para("PERILAKU KERJA", st.section), span=4)], shade=pc.SHADE),
              pc.header_cells(["NO", "PERILAKU KERJA", "EKSPEKTASI KHUSUS PIMPINAN", "UMPAN BALIK BERKELANJUTAN"],
                              size=SIZE - 0.5)]
    body = [pc.GridRow([pc.Cell(str(b.nomor), align="center"), pc.Cell(pc.bullets(b.panduan, small, head=b.nama)),
                        pc.Cell(pc.para(_dash(b.ekspektasi))), pc.Cell(pc.para(_dash(b.umpan_balik)))])
            for b in d.perilaku]
    return pc.FlowTable([0.04 * width, 0.42 * width, 0.22 * width, 0.32 * width], header, body, tail=tail,
                        size=SIZE)


def _rating_line(label: str, value: str, width: float) -> Table:
    st = pc.styles(SIZE)
    label_w = 0.2 * width + 8 * pc.mm
    return pc.grid_table([[pc.para(label, st.cell_bold), pc.para((value or "-").upper(), st.cell_bold)]],
                         [label_w, width - label_w], header_rows=0, shade_rows=[0])


def _catatan(d: DokumenEvaluasi, width: float, tail: list[Flowable]) -> Flowable:
    st = pc.styles(SIZE)
    sections = [("CATATAN / REKOMENDASI", d.catatan_rekomendasi)]
    if d.alasan_penyesuaian:
        sections.append(("ALASAN PENYESUAIAN RATING TAHUNAN", d.alasan_penyesuaian))
    if d.alasan_rating_pimpinan:
        sections.append(("ALASAN RATING HASIL KERJA PIMPINAN UNIT BERBEDA DARI CAPAIAN KINERJA ORGANISASI",
                         d.alasan_rating_pimpinan))
    body: list[pc.GridRow] = []
    for judul, teks in sections:
        body.append(pc.GridRow([pc.Cell(pc.para(judul, st.cell_bold))], keep_with_next=True, shade=pc.SHADE))
        body.append(pc.GridRow([pc.Cell(pc.para(_dash(teks).strip(), st.cell))]))
    return pc.FlowTable([width], [], body, tail=tail, size=SIZE)


class _Footer(Flowable):
    """Zero-size marker: from the page it lands on, the page footer names this document
    (a bulk print's continuation pages still say whose document they are)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        pc.set_footer(self.canv, self.text)


def _footer_text(d: DokumenEvaluasi) -> str:
    nip = f" - {d.pegawai.nip_label or 'NIP'} {format_nip(d.pegawai.nip)}" if d.pegawai.nip else ""
    return f"Dokumen Evaluasi Kinerja Pegawai - {d.pegawai.nama}{nip} - {d.periode_label or d.judul_periode}"


def dokumen_flowables(d: DokumenEvaluasi, ukuran: str = "A4") -> list[Flowable]:
    """The flowables of one Dokumen Evaluasi (landscape ``ukuran``)."""
    width = pc.frame_width(ukuran, landscape=True)
    titles = ["DOKUMEN EVALUASI KINERJA PEGAWAI", f"PERIODE: {d.judul_periode}"]
    if d.draf:
        titles.append("DRAF - BELUM FINAL / BELUM DITANDATANGANI")
    story: list[Flowable] = [_Footer(_footer_text(d))]
    story += pc.title_block(titles, size=SIZE)
    left = " / ".join(x.upper() for x in (d.instansi, d.kantor) if x)
    story.append(pc.instansi_periode_row(left, f"PERIODE PENILAIAN: {d.periode_penilaian}", width, size=SIZE))
    story.append(pc.spacer(1.5))
    for block in _identitas(d, width):
        story += [block, pc.spacer(1.5)]
    story += [pc.spacer(1.5), _ringkasan(d, width), pc.spacer(3)]
    story.append(_hasil(d, width, [pc.spacer(1.5), _rating_line("RATING HASIL KERJA", d.rating_hasil, width)]))
    story.append(pc.spacer(3))
    story.append(_perilaku(d, width, [pc.spacer(1.5), _rating_line("RATING PERILAKU KERJA", d.rating_perilaku, width),
                                      pc.spacer(1.5), _rating_line("PREDIKAT KINERJA PEGAWAI", d.predikat, width)]))
    story.append(pc.spacer(3))
    story.append(_catatan(d, width, pc.signature_parts(
        pc.Signatory("Pegawai yang Dinilai", d.pegawai.nama, format_nip(d.pegawai.nip) if d.pegawai.nip else "",
                     d.pegawai.nip_label or "NIP"),
        pc.Signatory("Pejabat Penilai Kinerja", d.penilai.nama, format_nip(d.penilai.nip) if d.penilai.nip else "",
                     d.penilai.nip_label or "NIP", d.tempat_tanggal),
        width, size=SIZE,
    )))
    return story


# --------------------------------------------------------------------------- writer


def tulis_dokumen_evaluasi(
    docs: Sequence[DokumenEvaluasi],
    path: str | os.PathLike[str],
    *,
    ukuran: str = "A4",
    progress: Progress | None = None,
) -> Path:
    """Write ``docs`` into one PDF (each document starts on a new page); atomic rename into place.

    One document: footer with its name and period, a light "DRAF" mark while not
    final. Several (bulk): page numbers run through the batch, so a missing sheet
    is noticed; each draft says so under its title.
    """
    if not docs:
        raise ValueError("Tidak ada dokumen evaluasi untuk dicetak.")
    pc.page_size(ukuran)  # unknown size → ValueError before any work
    progress = progress or Progress.none()
    dest = Path(path)
    dest.parent.mkdir(parents=True, exist_ok=True)
    story: list[Flowable] = []
    for i, d in enumerate(docs):
        progress.step(i, len(docs) + 1, f"Menyusun dokumen {d.pegawai.nama}")
        if i:
            story.append(PageBreak())
        story += dokumen_flowables(d, ukuran)
    progress.step(len(docs), len(docs) + 1, "Menulis PDF")
    # the footer names the employee on every page (set by each document's first flowable)
    decor = pc.PageDecor(_footer_text(docs[0]), "DRAF" if len(docs) == 1 and docs[0].draf else "")
    return write_atomic(dest, lambda tmp: pc.build_pdf(tmp, story, ukuran=ukuran, landscape=True,
                                                       judul="Dokumen Evaluasi Kinerja Pegawai", decor=decor))
