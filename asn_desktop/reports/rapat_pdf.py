"""Printed documents of evaluation meetings and coaching (no Qt, no database).

- **Notulen / berita acara rapat evaluasi kinerja**: identity of the meeting, the
  attendance list with a signature column, notes per person (what went well, tantangan,
  solusi), the follow-up actions (what, who, due date, status), the conclusion, and the
  signatures of the chair and the note-taker. PermenPANRB 6/2022 prescribes no minutes
  format; this follows the Tata Naskah Dinas pattern of a notulen.
- **Pembinaan kinerja** (PermenPANRB 6/2022 Pasal 5 and Lampiran, "Format B.1.x"):
  the *umpan balik pelaksanaan bimbingan kinerja* and the *evaluasi kompetensi pegawai*.
  The exact Lampiran layout could not be obtained here; both are built on the
  Lampiran's common frame — title, instansi and period line, the two-sided identity
  table (pegawai | pejabat penilai kinerja), a numbered grid, signatures of both sides —
  with the columns the regulation names for each form.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, KeepTogether

from asn_desktop.reports import pdf_common as pc


@dataclass
class BarisHadir:
    nama: str
    nip: str
    jabatan: str
    kehadiran: str


@dataclass
class BarisPeserta:
    nama: str
    capaian: str
    tantangan: str
    solusi: str


@dataclass
class BarisTindakLanjut:
    uraian: str
    penanggung_jawab: str
    tenggat: str
    status: str


@dataclass
class NotulenRapat:
    instansi: str
    kantor: str
    alamat: str
    judul: str
    unit: str
    periode: str
    hari_tanggal: str
    waktu: str
    tempat: str
    pimpinan: str
    pimpinan_jabatan: str
    pimpinan_nip: str
    notulis: str
    notulis_nip: str
    hadir: list[BarisHadir] = field(default_factory=list)
    peserta: list[BarisPeserta] = field(default_factory=list)
    tindak_lanjut: list[BarisTindakLanjut] = field(default_factory=list)
    kesimpulan: str = ""
    tempat_tanggal: str = ""


def _kop(instansi: str, kantor: str, alamat: str, w: float, size: float) -> list[Any]:
    lines = [x for x in (instansi.upper(), kantor.upper()) if x]
    out: list[Any] = pc.title_block(lines or ["-"], size=size, space_after=1 * mm)
    if alamat:
        st = pc.styles(size - 1)
        out.append(pc.para(alamat, st.cell_center))
    out.append(pc.spacer(1))
    out.append(HRFlowable(width=w, thickness=1.2, color=pc.GRID, spaceAfter=3 * mm))
    return out


def render_notulen(m: NotulenRapat, out: str | Path | BinaryIO, *, ukuran: str = "A4") -> None:
    size = 9
    st = pc.styles(size)
    w = pc.frame_width(ukuran)
    flow: list[Any] = _kop(m.instansi, m.kantor, m.alamat, w, size)
    flow += pc.title_block(["NOTULEN RAPAT EVALUASI KINERJA", m.judul.upper()], size=size)
    ident = [("Unit kerja", m.unit), ("Periode yang dievaluasi", m.periode), ("Hari, tanggal", m.hari_tanggal),
             ("Waktu", m.waktu or "-"), ("Tempat", m.tempat or "-"),
             ("Pimpinan rapat", m.pimpinan + (f" ({m.pimpinan_jabatan})" if m.pimpinan_jabatan else "")),
             ("Notulis", m.notulis or "-"),
             ("Peserta", f"{sum(1 for h in m.hadir if h.kehadiran == 'Hadir')} hadir dari {len(m.hadir)} undangan")]
    flow.append(pc.grid_table([[pc.para(k, st.cell), pc.cell(v, 0.7 * w, st.cell)] for k, v in ident], [0.3 * w, 0.7 * w],
                              header_rows=0, size=size))
    flow.append(pc.spacer(3))

    flow.append(pc.section_bar("A. DAFTAR HADIR", w, size=size))
    widths = [0.06 * w, 0.3 * w, 0.3 * w, 0.14 * w, 0.2 * w]
    rows: list[list[Any]] = [pc.header_row(["No", "Nama / NIP", "Jabatan", "Kehadiran", "Tanda tangan"], size=size)]
    for i, h in enumerate(m.hadir, 1):
        rows.append([str(i), pc.cell(h.nama + (f"\nNIP {h.nip}" if h.nip else ""), widths[1], st.cell),
                     pc.cell(h.jabatan, widths[2], st.cell), h.kehadiran,
                     f"{i}. ........" if h.kehadiran == "Hadir" else ""])
    flow.append(pc.grid_table(rows, widths, size=size, extra=[("ALIGN", (0, 1), (0, -1), "CENTER"),
                                                              ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                                                              ("TOPPADDING", (0, 1), (-1, -1), 5),
                                                              ("BOTTOMPADDING", (0, 1), (-1, -1), 5)]))
    flow.append(pc.spacer(3))

    flow.append(pc.section_bar("B. PEMBAHASAN PER PEGAWAI", w, size=size))
    widths = [0.06 * w, 0.2 * w, 0.25 * w, 0.245 * w, 0.245 * w]
    rows = [pc.header_row(["No", "Nama", "Capaian yang berjalan baik", "Tantangan", "Solusi"], size=size)]
    for i, p in enumerate(m.peserta, 1):
        rows.append([str(i), pc.cell(p.nama, widths[1], st.cell), pc.cell(p.capaian or "-", widths[2], st.cell),
                     pc.cell(p.tantangan or "-", widths[3], st.cell), pc.cell(p.solusi or "-", widths[4], st.cell)])
    if not m.peserta:
        rows.append(["", pc.para("Tidak ada catatan per pegawai.", st.cell), "", "", ""])
    flow.append(pc.grid_table(rows, widths, size=size, extra=[("ALIGN", (0, 1), (0, -1), "CENTER")]))
    flow.append(pc.spacer(3))

    flow.append(pc.section_bar("C. TINDAK LANJUT", w, size=size))
    widths = [0.06 * w, 0.46 * w, 0.22 * w, 0.14 * w, 0.12 * w]
    rows = [pc.header_row(["No", "Tindak lanjut", "Penanggung jawab", "Tenggat", "Status"], size=size)]
    for i, t in enumerate(m.tindak_lanjut, 1):
        rows.append([str(i), pc.cell(t.uraian, widths[1], st.cell), pc.cell(t.penanggung_jawab, widths[2], st.cell), t.tenggat,
                     t.status])
    if not m.tindak_lanjut:
        rows.append(["", pc.para("Tidak ada tindak lanjut.", st.cell), "", "", ""])
    flow.append(pc.grid_table(rows, widths, size=size, extra=[("ALIGN", (0, 1), (0, -1), "CENTER")]))
    flow.append(pc.spacer(3))

    flow.append(KeepTogether([pc.text_section("D. KESIMPULAN", m.kesimpulan, w, size=size)]))
    left = pc.Signatory("Notulis,", m.notulis, m.notulis_nip)
    right = pc.Signatory("Pimpinan Rapat,", m.pimpinan, m.pimpinan_nip, tempat_tanggal=m.tempat_tanggal)
    flow.append(pc.signature_row(left, right, w, size=size, space=16 * mm))
    pc.build_pdf(out, flow, ukuran=ukuran, judul=f"Notulen {m.judul}",
                 decor=pc.PageDecor(footer_left=f"Notulen rapat evaluasi kinerja — {m.unit}, {m.periode}"))


# --------------------------------------------------------------------------- pembinaan kinerja


@dataclass
class Orang:
    nama: str
    nip: str
    pangkat: str
    jabatan: str
    unit: str


@dataclass
class BarisKompetensi:
    kompetensi: str
    standar: str
    kondisi: str
    rekomendasi: str


@dataclass
class FormulirBimbingan:
    instansi: str
    periode: str  # "1 Juli s.d. 30 September 2026" or the period's name
    pegawai: Orang
    pembimbing: Orang
    tanggal: str
    tempat: str
    topik: str
    catatan: str
    umpan_balik: str
    tindak_lanjut: str
    kompetensi: list[BarisKompetensi] = field(default_factory=list)
    tempat_tanggal: str = ""


def _identitas(f: FormulirBimbingan, w: float, size: float) -> Any:
    def rows(o: Orang) -> list[tuple[str, str]]:
        return pc.person_rows(o.nama, "NIP", o.nip, o.pangkat, o.jabatan, o.unit)

    return pc.identity_table([pc.PersonBlock("PEGAWAI YANG DIBIMBING", rows(f.pegawai)),
                              pc.PersonBlock("PEJABAT PENILAI KINERJA / PEMBIMBING", rows(f.pembimbing))],
                             w, size=size)


def _ttd(f: FormulirBimbingan, w: float, size: float) -> Any:
    left = pc.Signatory("Pegawai yang Dibimbing,", f.pegawai.nama, f.pegawai.nip)
    right = pc.Signatory("Pejabat Penilai Kinerja,", f.pembimbing.nama, f.pembimbing.nip,
                         tempat_tanggal=f.tempat_tanggal)
    return pc.signature_row(left, right, w, size=size, space=16 * mm)


def render_umpan_balik_bimbingan(f: FormulirBimbingan, out: str | Path | BinaryIO, *, ukuran: str = "A4") -> None:
    """Umpan balik pelaksanaan bimbingan kinerja (PermenPANRB 6/2022 Lampiran, Format B.1.x)."""
    size = 8.5
    st = pc.styles(size)
    w = pc.frame_width(ukuran)
    flow: list[Any] = pc.title_block(["UMPAN BALIK PELAKSANAAN BIMBINGAN KINERJA", f.instansi.upper()], size=size)
    flow.append(pc.instansi_periode_row(f.instansi.upper(), f"PERIODE: {f.periode}", w, size=size))
    flow.append(pc.spacer(1))
    flow.append(_identitas(f, w, size))
    flow.append(pc.spacer(3))
    widths = [0.05 * w, 0.13 * w, 0.2 * w, 0.22 * w, 0.2 * w, 0.2 * w]
    rows: list[list[Any]] = [
        pc.header_row(["NO", "TANGGAL / TEMPAT", "TOPIK / PERMASALAHAN KINERJA", "URAIAN BIMBINGAN",
                       "UMPAN BALIK", "RENCANA TINDAK LANJUT"], size=size),
        pc.header_row(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"], size=size),
        ["1", pc.cell(f.tanggal + (f"\n{f.tempat}" if f.tempat else ""), widths[1], st.cell), pc.cell(f.topik, widths[2], st.cell),
         pc.cell(f.catatan or "-", widths[3], st.cell), pc.cell(f.umpan_balik or "-", widths[4], st.cell),
         pc.cell(f.tindak_lanjut or "-", widths[5], st.cell)],
    ]
    flow.append(pc.grid_table(rows, widths, header_rows=2, size=size, extra=[("ALIGN", (0, 2), (0, -1), "CENTER")]))
    flow.append(_ttd(f, w, size))
    pc.build_pdf(out, flow, ukuran=ukuran, judul=f"Umpan balik bimbingan kinerja {f.pegawai.nama}",
                 decor=pc.PageDecor(footer_left=f"Umpan balik pelaksanaan bimbingan kinerja — {f.pegawai.nama}"))


def render_evaluasi_kompetensi(f: FormulirBimbingan, out: str | Path | BinaryIO, *, ukuran: str = "A4") -> None:
    """Evaluasi kompetensi pegawai (PermenPANRB 6/2022 Lampiran, Format B.1.x): per competency the
    standard of the position, the present condition and the recommended development."""
    size = 8.5
    st = pc.styles(size)
    w = pc.frame_width(ukuran)
    flow: list[Any] = pc.title_block(["EVALUASI KOMPETENSI PEGAWAI", f.instansi.upper()], size=size)
    flow.append(pc.instansi_periode_row(f.instansi.upper(), f"PERIODE: {f.periode}", w, size=size))
    flow.append(pc.spacer(1))
    flow.append(_identitas(f, w, size))
    flow.append(pc.spacer(3))
    widths = [0.05 * w, 0.25 * w, 0.2 * w, 0.25 * w, 0.25 * w]
    rows: list[list[Any]] = [
        pc.header_row(["NO", "KOMPETENSI (TEKNIS / MANAJERIAL / SOSIAL KULTURAL)", "STANDAR KOMPETENSI JABATAN",
                       "KONDISI SAAT INI / KESENJANGAN", "REKOMENDASI PENGEMBANGAN"], size=size),
        pc.header_row(["(1)", "(2)", "(3)", "(4)", "(5)"], size=size),
    ]
    for i, k in enumerate(f.kompetensi, 1):
        rows.append([str(i), pc.cell(k.kompetensi, widths[1], st.cell), pc.cell(k.standar or "-", widths[2], st.cell),
                     pc.cell(k.kondisi or "-", widths[3], st.cell), pc.cell(k.rekomendasi or "-", widths[4], st.cell)])
    if not f.kompetensi:
        rows.append(["", pc.para("Belum ada kompetensi yang dievaluasi.", st.cell), "", "", ""])
    flow.append(pc.grid_table(rows, widths, header_rows=2, size=size, extra=[("ALIGN", (0, 2), (0, -1), "CENTER")]))
    flow.append(pc.spacer(2))
    flow.append(pc.text_section("CATATAN PEJABAT PENILAI KINERJA", f.umpan_balik, w, size=size))
    flow.append(_ttd(f, w, size))
    pc.build_pdf(out, flow, ukuran=ukuran, judul=f"Evaluasi kompetensi {f.pegawai.nama}",
                 decor=pc.PageDecor(footer_left=f"Evaluasi kompetensi pegawai — {f.pegawai.nama}"))
