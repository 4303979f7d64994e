"""Dokumen Evaluasi Kinerja Pegawai (PDF), per employee or many in one file.

Layout follows the e-Kinerja / BKPSDM workbook document (kinerja-asn.md §3, §8):
title and period, the three identity blocks (pegawai yang dinilai, pejabat
penilai kinerja, atasan pejabat penilai kinerja) from the evaluation's
snapshots, capaian kinerja organisasi, predikat kinerja pegawai, hasil kerja with
realisasi and umpan balik (A. UTAMA / B. TAMBAHAN), perilaku kerja BerAKHLAK with
ekspektasi khusus and umpan balik, catatan/rekomendasi, signatures.

Pure data in (``DokumenEvaluasi``), reportlab out: no database, no Qt.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from asn_desktop.domain.progress import Progress
from asn_desktop.domain.nip import format_nip


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


# --------------------------------------------------------------------------- styles


def _styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()["Normal"]
    s = {
        "n": ParagraphStyle("n", parent=base, fontName="Helvetica", fontSize=8.5, leading=10.5),
        "b": ParagraphStyle("b", parent=base, fontName="Helvetica-Bold", fontSize=8.5, leading=10.5),
        "small": ParagraphStyle("small", parent=base, fontName="Helvetica", fontSize=7.5, leading=9),
        "title": ParagraphStyle("title", parent=base, fontName="Helvetica-Bold", fontSize=12, leading=15,
                                alignment=TA_CENTER),
        "sub": ParagraphStyle("sub", parent=base, fontName="Helvetica-Bold", fontSize=9.5, leading=12,
                              alignment=TA_CENTER),
        "h": ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=9.5, leading=12, spaceBefore=4,
                            spaceAfter=3),
        "th": ParagraphStyle("th", parent=base, fontName="Helvetica-Bold", fontSize=7.5, leading=9,
                             alignment=TA_CENTER),
        "c": ParagraphStyle("c", parent=base, fontName="Helvetica", fontSize=8.5, leading=10.5, alignment=TA_CENTER),
    }
    return s


def _p(text: str | None, style: ParagraphStyle) -> Paragraph:
    """A paragraph from plain text (escaped; newlines kept)."""
    return Paragraph(escape(text or "").replace("\n", "<br/>") or "&nbsp;", style)


_GRID = [
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
]
_HEAD_BG = colors.Color(0.87, 0.90, 0.95)


# --------------------------------------------------------------------------- blocks


def _identitas(d: DokumenEvaluasi, st: dict[str, ParagraphStyle], width: float) -> Table:
    """The three identity blocks (NO | label | value), as on the e-Kinerja document."""
    rows: list[list[object]] = []
    spans: list[tuple[str, tuple[int, int], tuple[int, int]]] = []
    heads: list[int] = []
    for title, o in (
        ("PEGAWAI YANG DINILAI", d.pegawai),
        ("PEJABAT PENILAI KINERJA", d.penilai),
        ("ATASAN PEJABAT PENILAI KINERJA", d.atasan_penilai),
    ):
        heads.append(len(rows))
        rows.append([_p("NO", st["th"]), _p(title, st["b"]), ""])
        spans.append(("SPAN", (1, len(rows) - 1), (2, len(rows) - 1)))
        for i, (label, value) in enumerate(
            (("NAMA", o.nama), (o.nip_label or "NIP", format_nip(o.nip) if o.nip else ""), ("PANGKAT/GOL. RUANG", o.pangkat),
             ("JABATAN", o.jabatan), ("UNIT KERJA", o.unit)),
            start=1,
        ):
            rows.append([_p(str(i), st["c"]), _p(label, st["n"]), _p(value or "-", st["n"])])
    t = Table(rows, colWidths=[10 * mm, 55 * mm, width - 65 * mm], repeatRows=0)
    style = list(_GRID) + spans + [("BACKGROUND", (0, h), (-1, h), _HEAD_BG) for h in heads]
    t.setStyle(TableStyle(style))
    return t


def _ringkasan(d: DokumenEvaluasi, st: dict[str, ParagraphStyle], width: float) -> Table:
    rows = [
        [_p("CAPAIAN KINERJA ORGANISASI", st["b"]), _p((d.capaian_organisasi or "-").upper(), st["b"])],
        [_p("RATING HASIL KERJA", st["b"]), _p((d.rating_hasil or "-").upper(), st["n"])],
        [_p("RATING PERILAKU KERJA", st["b"]), _p((d.rating_perilaku or "-").upper(), st["n"])],
        [_p("PREDIKAT KINERJA PEGAWAI", st["b"]), _p((d.predikat or "-").upper(), st["b"])],
    ]
    if d.pola_distribusi:
        pola = ", ".join(f"{k}: {v}" for k, v in d.pola_distribusi)
        rows.insert(1, [_p("POLA DISTRIBUSI UNIT KERJA", st["b"]), _p(pola, st["n"])])
    t = Table(rows, colWidths=[65 * mm, width - 65 * mm])
    t.setStyle(TableStyle(list(_GRID) + [("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), _HEAD_BG)]))
    return t


def _hasil(d: DokumenEvaluasi, st: dict[str, ParagraphStyle], width: float) -> Table:
    """Hasil kerja: one row per indicator, RHK cells spanning its indicators."""
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
    rows: list[list[object]] = [[_p(h, st["th"]) for h in head]]
    style: list[tuple] = list(_GRID) + [("BACKGROUND", (0, 0), (-1, 0), _HEAD_BG)]
    for jenis, label in (("utama", "A. UTAMA"), ("tambahan", "B. TAMBAHAN")):
        group = [h for h in d.hasil if h.jenis == jenis]
        rows.append([_p(label, st["b"])] + [""] * (ncol - 1))
        style += [("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)),
                  ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.Color(0.95, 0.95, 0.95))]
        if not group:
            rows.append([_p("-", st["c"])] + [""] * (ncol - 1))
            style.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
            continue
        for h in group:
            inds = h.indikator or (BarisIndikator("", "", "", "", ""),)
            first = len(rows)
            for k, ind in enumerate(inds):
                if d.jpt:
                    row = [
                        _p(str(h.nomor) if k == 0 else "", st["c"]),
                        _p(h.rhk if k == 0 else "", st["n"]),
                        _p(h.perspektif if k == 0 else "", st["n"]),
                        _p(ind.indikator, st["n"]), _p(ind.target, st["n"]),
                        _p(ind.realisasi, st["n"]), _p(ind.umpan_balik, st["n"]),
                    ]
                else:
                    row = [
                        _p(str(h.nomor) if k == 0 else "", st["c"]),
                        _p(h.rhk_atasan if k == 0 else "", st["n"]),
                        _p(h.rhk if k == 0 else "", st["n"]),
                        _p(ind.aspek, st["n"]), _p(ind.indikator, st["n"]), _p(ind.target, st["n"]),
                        _p(ind.realisasi, st["n"]), _p(ind.umpan_balik, st["n"]),
                    ]
                rows.append(row)
            last = len(rows) - 1
            if last > first:
                span_cols = (0, 1, 2) if not d.jpt else (0, 1, 2)
                for c in span_cols:
                    style.append(("SPAN", (c, first), (c, last)))
    t = Table(rows, colWidths=[r * width for r in ratios], repeatRows=1)
    t.setStyle(TableStyle(style))
    return t


def _perilaku(d: DokumenEvaluasi, st: dict[str, ParagraphStyle], width: float) -> Table:
    head = ["NO", "PERILAKU KERJA", "EKSPEKTASI KHUSUS PIMPINAN", "UMPAN BALIK BERKELANJUTAN"]
    rows: list[list[object]] = [[_p(h, st["th"]) for h in head]]
    for b in d.perilaku:
        panduan = "<br/>".join(f"- {escape(x)}" for x in b.panduan)
        cell = Paragraph(f"<b>{escape(b.nama)}</b><br/>{panduan}", st["small"])
        rows.append([_p(str(b.nomor), st["c"]), cell, _p(b.ekspektasi or "-", st["n"]),
                     _p(b.umpan_balik, st["n"])])
    t = Table(rows, colWidths=[0.04 * width, 0.42 * width, 0.22 * width, 0.32 * width], repeatRows=1)
    t.setStyle(TableStyle(list(_GRID) + [("BACKGROUND", (0, 0), (-1, 0), _HEAD_BG)]))
    return t


def _rating_line(label: str, value: str, st: dict[str, ParagraphStyle], width: float) -> Table:
    t = Table([[_p(label, st["b"]), _p((value or "-").upper(), st["b"])]], colWidths=[65 * mm, width - 65 * mm])
    t.setStyle(TableStyle(list(_GRID) + [("BACKGROUND", (0, 0), (0, 0), _HEAD_BG)]))
    return t


def _doc_story(d: DokumenEvaluasi, st: dict[str, ParagraphStyle], width: float) -> list[object]:
    story: list[object] = []
    story.append(_p("DOKUMEN EVALUASI KINERJA PEGAWAI", st["title"]))
    story.append(_p(f"PERIODE: {d.judul_periode}", st["sub"]))
    if d.draf:
        story.append(_p("DRAF — BELUM FINAL / BELUM DITANDATANGANI", st["sub"]))
    story.append(Spacer(1, 4 * mm))
    left = "<br/>".join(escape(x.upper()) for x in (d.instansi, d.kantor) if x) or "&nbsp;"
    head = Table(
        [[Paragraph(f"<b>{left}</b>", st["n"]),
          Paragraph(f"<b>PERIODE PENILAIAN:</b><br/>{escape(d.periode_penilaian)}", st["n"])]],
        colWidths=[width * 0.55, width * 0.45],
    )
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [head, Spacer(1, 3 * mm), _identitas(d, st, width), Spacer(1, 3 * mm), _ringkasan(d, st, width)]
    story += [CondPageBreak(40 * mm), _p("HASIL KERJA", st["h"]), _hasil(d, st, width), Spacer(1, 2 * mm),
              _rating_line("RATING HASIL KERJA", d.rating_hasil, st, width)]
    story += [CondPageBreak(60 * mm), _p("PERILAKU KERJA", st["h"]), _perilaku(d, st, width), Spacer(1, 2 * mm),
              _rating_line("RATING PERILAKU KERJA", d.rating_perilaku, st, width), Spacer(1, 2 * mm),
              _rating_line("PREDIKAT KINERJA PEGAWAI", d.predikat, st, width)]
    catatan = [_p("CATATAN / REKOMENDASI", st["h"]), _box(d.catatan_rekomendasi or "-", st, width)]
    if d.alasan_penyesuaian:
        catatan += [Spacer(1, 2 * mm), _p("ALASAN PENYESUAIAN RATING TAHUNAN", st["h"]),
                    _box(d.alasan_penyesuaian, st, width)]
    story.append(KeepTogether(catatan))
    story.append(Spacer(1, 6 * mm))
    story.append(KeepTogether(_signatures(d, st, width)))
    return story


def _box(text: str, st: dict[str, ParagraphStyle], width: float) -> Table:
    t = Table([[_p(text, st["n"])]], colWidths=[width], minRowHeights=[14 * mm])
    t.setStyle(TableStyle(_GRID))
    return t


def _signatures(d: DokumenEvaluasi, st: dict[str, ParagraphStyle], width: float) -> Table:
    """Two signature columns: the employee (left) and the pejabat penilai (right, under the date)."""

    def col(role: str, o: Orang, dated: str) -> list[object]:
        return [
            _p(dated, st["c"]),
            _p(role, st["c"]),
            Spacer(1, 18 * mm),
            Paragraph(f"<u><b>{escape(o.nama or '.' * 40)}</b></u>", st["c"]),
            _p(f"{o.nip_label or 'NIP'}. {format_nip(o.nip)}" if o.nip else "", st["c"]),
        ]

    t = Table([[col("Pegawai yang Dinilai", d.pegawai, ""),
                col("Pejabat Penilai Kinerja", d.penilai, d.tempat_tanggal)]],
              colWidths=[width / 2, width / 2])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    return t


#: Page sizes offered to offices: A4, and F4/Folio (215 x 330 mm), common in Indonesian offices.
UKURAN_KERTAS: dict[str, tuple[float, float]] = {"A4": A4, "F4": (215 * mm, 330 * mm)}


def _page_size(ukuran: str) -> tuple[float, float]:
    try:
        return UKURAN_KERTAS[ukuran.upper()]
    except KeyError:
        raise ValueError(f"Ukuran kertas '{ukuran}' tidak dikenal; pilih A4 atau F4.") from None


# --------------------------------------------------------------------------- writer


def _footer(canvas, doc) -> None:  # noqa: ANN001 - reportlab callback
    canvas.saveState()
    canvas.setFont("Helvetica", 7)
    w, _h = doc.pagesize
    canvas.drawString(doc.leftMargin, 8 * mm, "Dokumen Evaluasi Kinerja Pegawai - PermenPANRB 6/2022")
    canvas.drawRightString(w - doc.rightMargin, 8 * mm, f"Halaman {doc.page}")
    canvas.restoreState()


def tulis_dokumen_evaluasi(
    docs: Sequence[DokumenEvaluasi],
    path: str | os.PathLike[str],
    *,
    ukuran: str = "A4",
    progress: Progress | None = None,
) -> Path:
    """Write ``docs`` into one PDF (each document starts on a new page); atomic rename into place."""
    if not docs:
        raise ValueError("Tidak ada dokumen evaluasi untuk dicetak.")
    progress = progress or Progress.none()
    page = landscape(_page_size(ukuran))
    dest = Path(path)
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=".~", suffix=".pdf")
    os.close(fd)
    margin = 12 * mm
    try:
        doc = SimpleDocTemplate(tmp, pagesize=page, leftMargin=margin, rightMargin=margin, topMargin=margin,
                                bottomMargin=14 * mm, title="Dokumen Evaluasi Kinerja Pegawai",
                                author="ASN Kinerja Desktop")
        width = page[0] - 2 * margin
        st = _styles()
        story: list[object] = []
        for i, d in enumerate(docs):
            progress.step(i, len(docs), f"Menyusun dokumen {d.pegawai.nama}")
            if i:
                story.append(PageBreak())
            story += _doc_story(d, st, width)
        progress.step(len(docs), len(docs) + 1, "Menulis PDF")
        footer = _footer
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
        os.replace(tmp, dest)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return dest
