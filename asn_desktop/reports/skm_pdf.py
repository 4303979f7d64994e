"""The printable Laporan Survei Kepuasan Masyarakat (PermenPANRB 14/2017).

Sections as such reports have them: identity of the survey, respondents (count
against the minimum sample, profile), per-unsur NRR table, IKM with the
converted value and mutu, the weakest unsur to improve first, the suggestions
received, and the signature of the Camat. No Qt, no database: the service
hands over a :class:`LaporanSkm`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm

from asn_desktop.domain.skm import HasilSkm, teks_desimal
from asn_desktop.reports import pdf_common as pc


@dataclass
class LaporanSkm:
    instansi: str
    kantor: str
    jenis_layanan: str
    periode: str
    rentang: str  # "1 Januari 2026 s.d. 30 Juni 2026"
    unit: str
    hasil: HasilSkm
    populasi: int | None
    sampel_minimum: int | None
    profil: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    saran: list[tuple[int, str]] = field(default_factory=list)
    tempat_tanggal: str = ""
    camat_nama: str = ""
    camat_nip: str = ""


def _n(value: Any, places: int) -> str:
    return "-" if value is None else teks_desimal(value, places, koma=True)


def render_laporan_skm(m: LaporanSkm, out: str | Path | BinaryIO, *, ukuran: str = "A4") -> None:
    st = pc.styles(9)
    w = pc.frame_width(ukuran)
    h = m.hasil
    flow: list[Any] = pc.title_block(
        ["LAPORAN SURVEI KEPUASAN MASYARAKAT", f"{m.jenis_layanan.upper()} — {m.periode.upper()}",
         m.kantor.upper() if m.kantor else ""], size=10)
    flow.append(pc.instansi_periode_row(m.instansi.upper() or m.kantor.upper(), f"PERIODE: {m.rentang}", w, size=9))
    flow.append(pc.spacer(3))

    flow.append(pc.section_bar("A. RESPONDEN", w, size=9))
    lines = [f"Unit pelayanan: {m.unit}", f"Jumlah responden: {h.responden}"]
    if m.populasi is not None:
        lines.append(f"Populasi pengguna layanan: {m.populasi}; sampel minimum (tabel Krejcie–Morgan): "
                     f"{m.sampel_minimum}" + ("" if (m.sampel_minimum or 0) <= h.responden else " — BELUM TERPENUHI"))
    flow.append(pc.bullets(lines, st.cell))
    if m.profil:
        rows: list[list[Any]] = [pc.header_row(["Profil", "Isian", "Jumlah", "%"], size=9)]
        for g, items in m.profil.items():
            for i, (v, n) in enumerate(items):
                pct = f"{n * 100 / h.responden:.1f}".replace(".", ",") if h.responden else "-"
                rows.append([g if i == 0 else "", pc.cell(v, 0.45 * w), str(n), pct])
        flow.append(pc.spacer(1))
        flow.append(pc.grid_table(rows, [0.25 * w, 0.45 * w, 0.15 * w, 0.15 * w], size=9,
                                  extra=[("ALIGN", (2, 1), (-1, -1), "RIGHT")]))
    flow.append(pc.spacer(3))

    flow.append(pc.section_bar("B. NILAI PER UNSUR PELAYANAN", w, size=9))
    weak = {u.kode for u in h.terlemah()}
    widths = [0.08 * w, 0.42 * w, 0.11 * w, 0.1 * w, 0.11 * w, 0.1 * w, 0.08 * w]
    rows = [pc.header_row(["Kode", "Unsur pelayanan", "Responden", "NRR", "NRR tertimbang", "NRR × 25", "Mutu"],
                          size=9)]
    shade = []
    for i, u in enumerate(h.unsur, 1):
        rows.append([u.kode, pc.cell(u.nama, widths[1]), str(u.jumlah_responden), _n(u.nrr, 4),
                     _n(u.nrr_tertimbang, 4), _n(u.konversi, 2), u.mutu.huruf if u.mutu else "-"])
        if u.kode in weak:
            shade.append(i)
    rows.append(["", pc.para("IKM (jumlah NRR tertimbang)", st.cell, bold=True), "", "", _n(h.ikm, 4), "", ""])
    marks: list[Any] = []
    for r in shade:  # the weakest unsur: grey and bold, readable on any printer
        marks += [("BACKGROUND", (0, r), (-1, r), pc.SHADE), ("FONT", (0, r), (-1, r), pc.FONT_BOLD, 9)]
    flow.append(pc.grid_table(rows, widths, size=9,
                              extra=[("ALIGN", (2, 1), (-1, -1), "RIGHT"), ("FONT", (4, -1), (4, -1), pc.FONT_BOLD, 9),
                                     *marks]))
    flow.append(pc.para("Baris tebal berlatar abu-abu: unsur dengan NRR terendah. Penimbang setiap unsur sama "
                        "(1/jumlah unsur) kecuali ditetapkan lain; NRR = jumlah nilai ÷ jumlah responden yang "
                        "mengisi unsur itu.", st.small))
    flow.append(pc.spacer(3))

    flow.append(pc.section_bar("C. INDEKS KEPUASAN MASYARAKAT", w, size=9))
    mutu = h.mutu
    rows = [pc.header_row(["IKM (skala 1–4)", "Nilai konversi (IKM × 25)", "Mutu pelayanan", "Kinerja unit"],
                          size=9),
            [_n(h.ikm, 4), _n(h.konversi, 2), mutu.huruf if mutu else "-", mutu.kinerja if mutu else "-"]]
    flow.append(pc.grid_table(rows, [w / 4] * 4, size=11, extra=[("ALIGN", (0, 1), (-1, -1), "CENTER"),
                                                                  ("FONT", (0, 1), (-1, -1), pc.FONT_BOLD, 12)]))
    for p in h.peringatan:
        flow.append(pc.para("Catatan: " + p, st.cell))
    flow.append(pc.spacer(3))

    flow.append(pc.section_bar("D. UNSUR TERLEMAH (PRIORITAS PERBAIKAN)", w, size=9))
    flow.append(pc.bullets([f"{u.kode} {u.nama}: NRR {_n(u.nrr, 4)} (mutu {u.mutu.huruf if u.mutu else '-'})"
                            for u in h.terlemah()] or ["-"], st.cell))
    flow.append(pc.spacer(3))

    flow.append(pc.section_bar("E. SARAN DAN MASUKAN MASYARAKAT", w, size=9))
    flow.append(pc.bullets([f"Kuesioner {n}: {t}" for n, t in m.saran] or ["Tidak ada saran yang diterima."],
                           st.cell))

    camat = pc.Signatory("Camat", m.camat_nama, m.camat_nip, tempat_tanggal=m.tempat_tanggal)
    flow.append(pc.signature_row(None, camat, w, size=9, space=14 * mm))
    pc.build_pdf(out, flow, ukuran=ukuran, judul=f"Laporan SKM {m.jenis_layanan} {m.periode}",
                 decor=pc.PageDecor(footer_left=f"Laporan SKM — {m.jenis_layanan}, {m.periode}"))
