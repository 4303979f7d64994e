"""The one-page Rapor Kinerja of an employee for a year (transparency to staff, kinerja-asn.md §2, §5):
ratings per period, the trend of the annual predikat, awards, training against 20 JP, follow-ups.
No Qt, no database: the service hands over a :class:`RaporKinerja` built from ``services/rapor``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.graphics.shapes import Drawing, Line, PolyLine, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from asn_desktop.domain.enums import Predikat
from asn_desktop.domain.nip import format_nip
from asn_desktop.domain.rating import PREDIKAT_ORDER, predikat_rank
from asn_desktop.domain.tanggal import format_tanggal
from asn_desktop.fileio import write_atomic
from asn_desktop.reports import pdf_common as pc

if TYPE_CHECKING:
    from asn_desktop.services.rapor import KinerjaPegawai

SIZE = 8.0


@dataclass
class RaporKinerja:
    data: "KinerjaPegawai"
    kantor: str
    instansi: str
    kota: str = ""
    dicetak: date | None = None


def _tren(points: list[tuple[str, Predikat]], width: float) -> Drawing:
    """Annual predikat per year as a small line chart: five levels, Sangat Baik at the top."""
    h = 30 * mm
    d = Drawing(width, h)
    left, right, bottom, top = 30 * mm, 6 * mm, 6 * mm, 3 * mm
    levels = list(reversed(PREDIKAT_ORDER))  # Sangat Kurang (bottom) … Sangat Baik (top)
    step_y = (h - bottom - top) / (len(levels) - 1)
    for i, p in enumerate(levels):
        y = bottom + i * step_y
        d.add(Line(left, y, width - right, y, strokeColor=colors.HexColor("#CCCCCC"), strokeWidth=0.4))
        d.add(String(left - 2 * mm, y - 2, p.label, fontName=pc.FONT, fontSize=6.5, textAnchor="end"))
    if not points:
        d.add(String((left + width - right) / 2, h / 2, "Belum ada predikat tahunan", fontName=pc.FONT_ITALIC,
                     fontSize=7, textAnchor="middle"))
        return d
    n = len(points)
    span = width - left - right
    xs = [left + span * (i + 0.5) / n for i in range(n)]
    ys = [bottom + (predikat_rank(p) - 1) * step_y for _l, p in points]
    if n > 1:
        pts: list[float] = []
        for x, y in zip(xs, ys):
            pts += [x, y]
        d.add(PolyLine(pts, strokeColor=colors.black, strokeWidth=1.2))
    for (label, _p), x, y in zip(points, xs, ys):
        d.add(Line(x - 1.6, y - 1.6, x + 1.6, y + 1.6, strokeColor=colors.black, strokeWidth=2.4))
        d.add(Line(x - 1.6, y + 1.6, x + 1.6, y - 1.6, strokeColor=colors.black, strokeWidth=2.4))
        d.add(String(x, 0.5 * mm, label, fontName=pc.FONT, fontSize=6.5, textAnchor="middle"))
    return d


def _flow(r: RaporKinerja, ukuran: str = "A4") -> list[Any]:
    k = r.data
    st = pc.styles(SIZE)
    w = pc.frame_width(ukuran)
    flow: list[Any] = pc.title_block(["RAPOR KINERJA PEGAWAI", f"TAHUN {k.tahun}", r.kantor.upper()], size=10)
    flow.append(pc.identity_table([pc.PersonBlock("PEGAWAI", pc.person_rows(
        k.nama, "NIP", format_nip(k.nip) if k.nip else "-", k.pangkat or "-", k.jabatan or "-", k.unit or "-",
        instansi=r.instansi or None))], w, size=SIZE, label_ratio=0.25))
    flow.append(pc.spacer(2))

    flow.append(pc.section_bar(f"A. PREDIKAT KINERJA TAHUN {k.tahun}", w, size=SIZE))
    rows: list[list[Any]] = [pc.header_row(["Periode", "Rating hasil kerja", "Rating perilaku kerja", "Predikat",
                                            "Status"], size=SIZE)]
    for p in [x for x in k.predikat if x.tahun == k.tahun]:
        rows.append([p.periode, p.rating_hasil or "-", p.rating_perilaku or "-",
                     pc.para(p.predikat.label if p.predikat else (p.nilai_lama or "-"), st.cell_bold), p.status])
    if len(rows) == 1:
        rows.append(["-", "-", "-", "-", "Belum ada evaluasi"])
    if not k.predikat_terlihat:
        rows.append([pc.para("Predikat tidak dapat dilihat dengan akun pencetak.", st.small), "", "", "", ""])
    flow.append(pc.grid_table(rows, [0.22 * w, 0.2 * w, 0.2 * w, 0.18 * w, 0.2 * w], size=SIZE))
    flow.append(pc.spacer(2))

    flow.append(pc.section_bar("B. TREN PREDIKAT TAHUNAN", w, size=SIZE))
    tren = [(str(p.tahun), p.predikat) for p in k.tren() if p.predikat is not None][-6:]
    if not any(lbl == str(k.tahun) for lbl, _p in tren):
        latest = [p for p in k.predikat if p.tahun == k.tahun and not p.tahunan and p.predikat is not None]
        if latest:  # the year's annual is not rated yet: its latest period, marked as provisional
            tren.append((f"{latest[-1].periode} {k.tahun} (sementara)", latest[-1].predikat))
    flow.append(_tren(tren, w))
    flow.append(pc.spacer(2))

    half = (w - 4 * mm) / 2
    pel = k.pelatihan_tahun()
    left = [pc.para(f"C. PENGEMBANGAN KOMPETENSI {k.tahun}", st.cell_bold),
            pc.para(f"{pel.jp:g} dari 20 JP ({pel.persen} %) — PP 17/2020 Pasal 203".replace(".", ","), st.cell)]
    left += [pc.para(f"- {n} ({format_tanggal(t) if t else '-'}): {jp:g} JP".replace(".", ","), st.cell)
             for n, t, jp in pel.kegiatan[:6]] or [pc.para("- Belum ada kegiatan tercatat.", st.cell)]
    right = [pc.para("D. PENGHARGAAN", st.cell_bold)]
    right += [pc.para(f"- {a.tahun or '-'}: {a.nama}" + (f" ({a.pemberi})" if a.pemberi else ""), st.cell)
              for a in k.penghargaan[:6]] or [pc.para("- Belum ada penghargaan tercatat.", st.cell)]
    flow.append(pc.grid_table([[left, right]], [half + 2 * mm, half + 2 * mm], header_rows=0, size=SIZE))
    flow.append(pc.spacer(2))

    flow.append(pc.section_bar("E. TINDAK LANJUT", w, size=SIZE))
    def line(t: Any) -> str:
        return (f"{t.sumber}: {t.uraian}" + (f" (batas {format_tanggal(t.batas)})" if t.batas else "")
                + (f" — {t.status}" if t.status else ""))

    items = [line(t) for t in (k.tindak_lanjut_rapat or [])[:6]] + [line(t) for t in k.tindak_lanjut[:4]]
    if k.tindak_lanjut_rapat is None:
        from asn_desktop.services.rapor import SLOT_TINDAK_LANJUT_RAPAT

        items.append(SLOT_TINDAK_LANJUT_RAPAT)
    flow.append(pc.grid_table([[pc.bullets(items or ["Tidak ada tindak lanjut."], st.cell)]], [w], header_rows=0,
                              size=SIZE))

    tgl = format_tanggal(r.dicetak or date.today())
    penilai = (pc.Signatory("Pejabat Penilai Kinerja", k.penilai_nama, format_nip(k.penilai_nip) if k.penilai_nip
                            else "") if k.penilai_nama else None)
    pegawai = pc.Signatory("Pegawai", k.nama, format_nip(k.nip) if k.nip else "", tempat_tanggal=f"{r.kota}, {tgl}" if r.kota else tgl)
    flow.append(pc.signature_row(penilai, pegawai, w, size=SIZE, space=12 * mm))
    return flow


def render_rapor(r: RaporKinerja, out: Any, *, ukuran: str = "A4") -> None:
    pc.build_pdf(out, _flow(r, ukuran), ukuran=ukuran, judul=f"Rapor Kinerja {r.data.tahun} {r.data.nama}",
                 decor=pc.PageDecor(footer_left=f"Rapor Kinerja {r.data.tahun} — {r.data.nama}"))


def tulis_rapor(r: RaporKinerja, path: str | Path, *, ukuran: str = "A4") -> Path:
    """Write the PDF atomically (an existing file stays as it was when writing fails)."""
    from asn_desktop.services.errors import ServiceError

    return write_atomic(Path(path), lambda tmp: render_rapor(r, tmp, ukuran=ukuran), error=ServiceError)
