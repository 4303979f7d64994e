"""The roster import report as a workbook the operator can fix the source file with:
"Ringkasan", "Baris" (every row and what happened to it) and "Masalah" (sheet,
row, column, value, message — sorted like the source file)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from asn_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from asn_desktop.excel import ExcelError
from asn_desktop.excel.safe import make_cell
from asn_desktop.fileio import write_atomic

_STATUS_FILL = {"baru": "E3F4E1", "berubah": "FFF4C2", "tetap": "F2F2F2", "ditolak": "F9D6D5", "duplikat": "E8EEF7"}


def write_import_report(path: Path | str, report: Any) -> Path:
    """Write ``report`` (services.pertukaran_pegawai.ImportReport) to ``path`` (.xlsx)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ExcelError(Msg.of(QT_TRANSLATE_NOOP("Pesan", "Nama berkas \"{berkas}\" harus berakhiran .xlsx."), berkas=path.name))
    bold = Font(bold=True, color="FFFFFF")
    head = PatternFill("solid", fgColor="1F4E79")
    wrap = Alignment(wrap_text=True, vertical="top")
    wb = Workbook(write_only=True)

    ws = wb.create_sheet("Ringkasan")
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 90
    c = report.counts
    lines = [
        ("Berkas", report.berkas), ("Lembar", report.sheet), ("Waktu", report.waktu),
        ("Ringkasan", str(report.ringkasan)), ("Disimpan", "Ya" if report.written else "Tidak"),
        ("Mode ketat", "Ya" if report.strict else "Tidak"), ("Baru", c["inserted"]), ("Berubah", c["updated"]),
        ("Tidak berubah", c["unchanged"]), ("Baris ditolak", c["rejected"]),
        ("Duplikat identik (dihitung sekali)", c["duplicates_counted_once"]),
        ("Unit kerja baru", ", ".join(report.units_baru) or "-"), ("Cadangan", report.backup or "-"),
        ("SHA-256 berkas", report.sha256),
    ]
    ws.append([make_cell(ws, "Laporan impor daftar pegawai", font=Font(bold=True, size=13))])
    for k, v in lines:
        ws.append([make_cell(ws, k, font=Font(bold=True)), make_cell(ws, v, alignment=wrap)])
    ws.append([])
    ws.append([make_cell(ws, "Kolom yang dikenali", font=Font(bold=True))])
    for col, header, fld in report.columns:
        ws.append([make_cell(ws, f"Kolom {col}"), make_cell(ws, f"{header} → {fld}")])
    unused = getattr(report, "unused", [])
    if unused:
        ws.append([])
        ws.append([make_cell(ws, "Kolom yang tidak diimpor", font=Font(bold=True))])
        for u in unused:
            ws.append([make_cell(ws, f"Kolom {u.column}"),
                       make_cell(ws, f"{u.header or '(tanpa judul)'} — contoh: {u.sample or '-'} ({u.reason})",
                                 alignment=wrap)])
    if getattr(report, "sheet_reason", ""):
        ws.append([make_cell(ws, "Pilihan lembar", font=Font(bold=True)),
                   make_cell(ws, str(report.sheet_reason), alignment=wrap)])

    ws = wb.create_sheet("Baris")
    for i, w in enumerate((8, 16, 21, 30, 90)):
        ws.column_dimensions["ABCDE"[i]].width = w
    ws.freeze_panes = "A2"
    ws.append([make_cell(ws, h, font=bold, fill=head) for h in ("Baris", "Status", "NIP", "Nama", "Keterangan")])
    for r in report.rows:
        fill = PatternFill("solid", fgColor=_STATUS_FILL.get(r.status, "FFFFFF"))
        ws.append([
            make_cell(ws, r.row), make_cell(ws, r.status_label, fill=fill), make_cell(ws, r.nip, text=True),
            make_cell(ws, r.nama), make_cell(ws, str(r.keterangan), alignment=wrap),
        ])

    ws = wb.create_sheet("Masalah")
    for i, w in enumerate((18, 8, 8, 24, 26, 100, 11)):
        ws.column_dimensions["ABCDEFG"[i]].width = w
    ws.freeze_panes = "A2"
    ws.append([make_cell(ws, h, font=bold, fill=head)
               for h in ("Lembar", "Baris", "Kolom", "Judul Kolom", "Nilai", "Pesan", "Tingkat")])
    for p in sorted(report.problems, key=lambda p: (p.row, p.column)):
        ws.append([
            make_cell(ws, p.sheet), make_cell(ws, p.row or None), make_cell(ws, p.column), make_cell(ws, p.header),
            make_cell(ws, p.value, text=True), make_cell(ws, p.message, alignment=wrap),
            make_cell(ws, "Ditolak" if p.level == "error" else "Peringatan"),
        ])
    return write_atomic(path, wb.save, error=ExcelError)
