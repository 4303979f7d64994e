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
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Table

from asn_desktop.domain.nip import format_nip
from asn_desktop.domain.progress import Progress
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
    st = pc.styles(SIZE)
    rows: list[list[Any]] = [
        [pc.para("CAPAIAN KINERJA ORGANISASI", st.cell_bold), pc.para((d.capaian_organisasi or "-").upper(), st.cell_bold)],
    ]
    if d.pola_distribusi:
        pola = ", ".join(f"{k}: {v}" for k, v in d.pola_distribusi)
        rows.append([pc.para("POLA DISTRIBUSI UNIT KERJA", st.cell_bold), pc.para(pola, st.cell)])
    rows += [
        [pc.para("RATING HASIL KERJA", st.cell_bold), pc.para((d.rating_hasil or "-").upper(), st.cell)],
        [pc.para("RATING PERILAKU KERJA", st.cell_bold), pc.para((d.rating_perilaku or "-").upper(), st.cell)],
        [pc.para("PREDIKAT KINERJA PEGAWAI", st.cell_bold), pc.para((d.predikat or "-").upper(), st.cell_bold)],
    ]
    label_w = 0.2 * width + 8 * pc.mm
    return pc.grid_table(rows, [label_w, width - label_w], header_rows=0, shade_rows=[len(rows) - 1])


def _hasil(d: DokumenEvaluasi, width: float) -> Table:
    """Hasil kerja: one row per indicator, RHK cells spanning its indicators."""
    st = pc.styles(SIZE)
    if d.jpt:
        head = ["NO", "RENCANA HASIL KERJA", "PERSPEKTIF", "INDIKATOR KINERJA INDIVIDU", "TARGET",
                "REALISASI BERDASARKAN BUKTI DUKUNG", "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG"]
        ratios = [0.04, 0.20, 0.10, 0.20, 0.09, 0.17, 0.20]
    else:
        head = ["NO", "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI", "RENCANA HASIL KERJA", "ASPEK",
                "INDIKATOR KINERJA INDIVIDU", "TARGET", "REALISASI BERDASARKAN BUKTI DUKUNG",
                "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG"]
        ratios = [0.035, 0.15, 0.15, 0.07, 0.17, 0.08, 0.16, 0.185]
    ncol = len(head)
    rows: list[list[Any]] = [pc.header_row(head, size=SIZE - 0.5)]
    extra: list[Any] = []
    shade: list[int] = []
    for jenis, label in (("utama", "A. UTAMA"), ("tambahan", "B. TAMBAHAN")):
        group = [h for h in d.hasil if h.jenis == jenis]
        rows.append([pc.para(label, st.cell_bold)] + [""] * (ncol - 1))
        extra.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
        shade.append(len(rows) - 1)
        if not group:
            rows.append([pc.para("-", st.cell_center)] + [""] * (ncol - 1))
            extra.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
            continue
        for h in group:
            inds = h.indikator or (BarisIndikator("", "", "", "", ""),)
            first = len(rows)
            for k, ind in enumerate(inds):
                lead = k == 0
                if d.jpt:
                    row = [pc.para(str(h.nomor) if lead else "", st.cell_center), pc.para(h.rhk if lead else ""),
                           pc.para(h.perspektif if lead else ""), pc.para(ind.indikator), pc.para(ind.target),
                           pc.para(ind.realisasi), pc.para(ind.umpan_balik)]
                else:
                    row = [pc.para(str(h.nomor) if lead else "", st.cell_center),
                           pc.para(h.rhk_atasan if lead else ""), pc.para(h.rhk if lead else ""),
                           pc.para(ind.aspek), pc.para(ind.indikator), pc.para(ind.target),
                           pc.para(ind.realisasi), pc.para(ind.umpan_balik)]
                rows.append(row)
            last = len(rows) - 1
            if last > first:
                for c in (0, 1, 2):
                    extra.append(("SPAN", (c, first), (c, last)))
    return pc.grid_table(rows, [r * width for r in ratios], header_rows=1, extra=extra, shade_rows=shade)


def _perilaku(d: DokumenEvaluasi, width: float) -> Table:
    st = pc.styles(SIZE)
    small = pc.styles(SIZE - 0.5).cell
    rows: list[list[Any]] = [pc.header_row(["NO", "PERILAKU KERJA", "EKSPEKTASI KHUSUS PIMPINAN",
                                            "UMPAN BALIK BERKELANJUTAN"], size=SIZE - 0.5)]
    for b in d.perilaku:
        rows.append([pc.para(str(b.nomor), st.cell_center), pc.bullets(b.panduan, small, head=b.nama),
                     pc.para(b.ekspektasi or "-"), pc.para(b.umpan_balik)])
    return pc.grid_table(rows, [0.04 * width, 0.42 * width, 0.22 * width, 0.32 * width], header_rows=1)


def _rating_line(label: str, value: str, width: float) -> Table:
    st = pc.styles(SIZE)
    label_w = 0.2 * width + 8 * pc.mm
    return pc.grid_table([[pc.para(label, st.cell_bold), pc.para((value or "-").upper(), st.cell_bold)]],
                         [label_w, width - label_w], header_rows=0, shade_rows=[0])


def dokumen_flowables(d: DokumenEvaluasi, ukuran: str = "A4") -> list[Flowable]:
    """The flowables of one Dokumen Evaluasi (landscape ``ukuran``)."""
    width = pc.frame_width(ukuran, landscape=True)
    titles = ["DOKUMEN EVALUASI KINERJA PEGAWAI", f"PERIODE: {d.judul_periode}"]
    if d.draf:
        titles.append("DRAF - BELUM FINAL / BELUM DITANDATANGANI")
    story: list[Flowable] = pc.title_block(titles, size=SIZE)
    left = " / ".join(x.upper() for x in (d.instansi, d.kantor) if x)
    story.append(pc.instansi_periode_row(left, f"PERIODE PENILAIAN: {d.periode_penilaian}", width, size=SIZE))
    story.append(pc.spacer(1.5))
    for block in _identitas(d, width):
        story += [block, pc.spacer(1.5)]
    story += [pc.spacer(1.5), _ringkasan(d, width)]
    story += [CondPageBreak(40 * pc.mm), pc.spacer(3), pc.section_bar("HASIL KERJA", width, size=SIZE),
              _hasil(d, width), pc.spacer(1.5), _rating_line("RATING HASIL KERJA", d.rating_hasil, width)]
    story += [CondPageBreak(60 * pc.mm), pc.spacer(3), pc.section_bar("PERILAKU KERJA", width, size=SIZE),
              _perilaku(d, width), pc.spacer(1.5),
              _rating_line("RATING PERILAKU KERJA", d.rating_perilaku, width), pc.spacer(1.5),
              _rating_line("PREDIKAT KINERJA PEGAWAI", d.predikat, width)]
    catatan: list[Flowable] = [pc.spacer(3),
                               pc.text_section("CATATAN / REKOMENDASI", d.catatan_rekomendasi, width, size=SIZE)]
    if d.alasan_penyesuaian:
        catatan += [pc.spacer(1.5), pc.text_section("ALASAN PENYESUAIAN RATING TAHUNAN", d.alasan_penyesuaian,
                                                    width, size=SIZE)]
    if d.alasan_rating_pimpinan:
        catatan += [pc.spacer(1.5), pc.text_section(
            "ALASAN RATING HASIL KERJA PIMPINAN UNIT BERBEDA DARI CAPAIAN KINERJA ORGANISASI",
            d.alasan_rating_pimpinan, width, size=SIZE)]
    story.append(KeepTogether(catatan))
    story.append(pc.signature_row(
        pc.Signatory("Pegawai yang Dinilai", d.pegawai.nama, format_nip(d.pegawai.nip) if d.pegawai.nip else "",
                     d.pegawai.nip_label or "NIP"),
        pc.Signatory("Pejabat Penilai Kinerja", d.penilai.nama, format_nip(d.penilai.nip) if d.penilai.nip else "",
                     d.penilai.nip_label or "NIP", d.tempat_tanggal),
        width, size=SIZE,
    ))
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
    if len(docs) == 1:
        d = docs[0]
        decor = pc.PageDecor(f"Dokumen Evaluasi Kinerja Pegawai - {d.pegawai.nama} - "
                             f"{d.periode_label or d.judul_periode}", "DRAF" if d.draf else "")
    else:
        decor = pc.PageDecor(f"Dokumen Evaluasi Kinerja Pegawai - {docs[0].periode_label or docs[0].judul_periode}"
                             f" - {len(docs)} pegawai")
    fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=".~", suffix=".pdf")
    os.close(fd)
    try:
        pc.build_pdf(Path(tmp), story, ukuran=ukuran, landscape=True, judul="Dokumen Evaluasi Kinerja Pegawai",
                     decor=decor)
        os.replace(tmp, dest)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return dest
