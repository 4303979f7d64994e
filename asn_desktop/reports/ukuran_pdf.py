"""The computed report behind an indicator that measures itself, stored as its bukti dukung.

One page: whose evaluation, which indicator and measure, the figure with its basis and the
counts it came from, and when and by whom it was computed. No Qt, no database: the service
(services/ukuran.py) hands over a :class:`LaporanUkuran`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from asn_desktop.reports import pdf_common as pc


@dataclass
class LaporanUkuran:
    pegawai: str
    nip: str
    jabatan: str
    periode: str
    indikator: str
    ukuran: str
    lingkup: str
    jenis_layanan: str
    sumber: str
    keterangan: str
    nilai: str
    dasar: str
    rincian: list[tuple[str, str]] = field(default_factory=list)
    dihitung_pada: str = ""
    dihitung_oleh: str = ""


def render_laporan_ukuran(m: LaporanUkuran, *, ukuran: str = "A4") -> bytes:
    st = pc.styles(9)
    w = pc.frame_width(ukuran)
    flow: list[Any] = pc.title_block(["LAPORAN PERHITUNGAN REALISASI", "INDIKATOR KINERJA DARI CATATAN KANTOR"],
                                     size=10)
    kv = [("Pegawai", f"{m.pegawai}" + (f" — NIP {m.nip}" if m.nip else "")), ("Jabatan", m.jabatan or "-"),
          ("Periode penilaian", m.periode), ("Indikator", m.indikator), ("Ukuran", m.ukuran),
          ("Lingkup", m.lingkup), ("Jenis layanan", m.jenis_layanan), ("Sumber data", m.sumber)]
    flow.append(pc.grid_table([[pc.para(k, st.cell, bold=True), pc.cell(v, 0.7 * w)] for k, v in kv],
                              [0.3 * w, 0.7 * w], header_rows=0, size=9))
    flow.append(pc.spacer(3))
    flow.append(pc.section_bar("HASIL", w, size=9))
    flow.append(pc.grid_table([pc.header_row(["Realisasi dihitung", "Dasar perhitungan"], size=9),
                               [pc.para(m.nilai, st.cell, bold=True), pc.cell(m.dasar, 0.7 * w)]],
                              [0.3 * w, 0.7 * w], size=9))
    if m.rincian:
        flow.append(pc.spacer(3))
        flow.append(pc.section_bar("RINCIAN", w, size=9))
        rows: list[list[Any]] = [pc.header_row(["Uraian", "Angka"], size=9)]
        rows += [[pc.cell(k, 0.6 * w), pc.cell(v, 0.4 * w)] for k, v in m.rincian]
        flow.append(pc.grid_table(rows, [0.6 * w, 0.4 * w], size=9))
    flow.append(pc.spacer(3))
    flow.append(pc.para(f"Cara menghitung: {m.keterangan}", st.small))
    flow.append(pc.para(f"Dihitung oleh aplikasi pada {m.dihitung_pada} atas permintaan akun {m.dihitung_oleh}. "
                        "Angka dapat ditimpa pejabat penilai dengan alasan yang tercatat.", st.small))
    return pc.build_pdf_bytes(flow, ukuran=ukuran, judul=f"Perhitungan realisasi {m.pegawai}",
                              decor=pc.PageDecor(footer_left=f"Perhitungan realisasi — {m.pegawai}, {m.periode}"))
