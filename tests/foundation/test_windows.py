"""What breaks on Windows, checked on Linux (docs/windows.md has one section per point).

Windows behaviour is simulated where Linux differs: ``os.replace`` raising PermissionError is what
Windows does when Excel or a PDF viewer holds the destination open; a log rename raising it is a
second process holding the log; ``PureWindowsPath`` gives Windows paths.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path, PureWindowsPath
from types import SimpleNamespace

import pytest

from asn_desktop import fileio
from asn_desktop.db.backup import backup_name, lock_holder, pid_alive
from asn_desktop.db.peek import connect_ro, lock_path, uri_path
from asn_desktop.domain.nama import format_nama, nama_berkas, nama_berkas_dari
from asn_desktop.excel import ExcelError
from asn_desktop.excel.laporan_xlsx import Kolom, Tabel, tulis_tabel
from asn_desktop.fileio import FileWriteError, windows_name_problem, write_atomic, write_text_atomic

# Names an office really types: degrees ending in a period, slashes and colons in period names,
# a kecamatan called "Con", quotes, and an employee literally named "Nul".
AWKWARD = [
    "Heri Lado, S.H.", "Drs. H. Yohanes Benu, M.Si.", "Semester 1/2026", "Triwulan I: Jan–Mar", "Con", "NUL", "com1",
    "LPT9.", 'Kantor "Lama"', "a<b>c|d?e*", "nama dengan spasi di akhir ", "...", "", "Ma'ruf Amin", "Élise Ñoño",
    "x" * 300, "aux.xlsx",
]


# --------------------------------------------------------------------------- the Windows name check itself


@pytest.mark.parametrize("name", ["CON", "con.xlsx", "Nul.pdf", "COM1.json", "lpt9", "a:b.xlsx", "a?b", 'a"b',
                                  "a<b", "a>b", "a|b", "a*b", "a/b", "a\\b", "S.H.", "laporan ", "tab\there", ""])
def test_windows_name_check_refuses_what_windows_refuses(name: str) -> None:
    assert windows_name_problem(name) is not None


@pytest.mark.parametrize("name", ["Dokumen_Evaluasi_Heri_S.H.pdf", "SKP_2026_1986_Maria.pdf", "console.xlsx",
                                  "CONTOH.xlsx", "com10.pdf", "laporan-paket-hasil.json", "Élise.xlsx"])
def test_windows_name_check_accepts_ordinary_names(name: str) -> None:
    assert windows_name_problem(name) is None


# --------------------------------------------------------------------------- every generated default name


@pytest.mark.parametrize("raw", AWKWARD)
def test_nama_berkas_always_gives_a_windows_name(raw: str) -> None:
    for name in (nama_berkas(raw), nama_berkas(raw, ext="pdf"), nama_berkas("Dokumen_Evaluasi", raw, ext=".pdf"),
                 nama_berkas_dari(f"Distribusi_Predikat_{raw}.xlsx"), nama_berkas_dari(raw)):
        assert windows_name_problem(name) is None, (raw, name)
        assert len(name) <= 170


def test_reserved_device_names_get_a_suffix_but_keep_their_extension() -> None:
    assert nama_berkas("CON", ext="xlsx") == "CON_.xlsx"
    assert nama_berkas_dari("nul.pdf") == "nul_.pdf"
    assert nama_berkas_dari("Tindak_Lanjut_2026.xlsx") == "Tindak_Lanjut_2026.xlsx"  # ordinary names unchanged
    assert nama_berkas_dari("laporan-paket-hasil.json") == "laporan-paket-hasil.json"


def test_every_generated_default_file_name_passes_the_windows_check(qtbot, monkeypatch, tmp_path: Path) -> None:
    """The names the app proposes: SKP PDFs, evaluation documents, backups, and whatever the save dialogs
    of the report and exchange areas are asked to suggest (period and employee names go in there)."""
    from PySide6.QtWidgets import QFileDialog, QWidget

    from asn_desktop.services.skp import pdf_filename
    from asn_desktop.ui.pages import laporan as lap_ui
    from asn_desktop.ui.sinkronisasi.common import ask_save

    names: list[str] = []
    for raw in AWKWARD:
        names.append(pdf_filename(SimpleNamespace(nip="198609262015051001", nama=raw, versi=2), 2026))
        names.append(nama_berkas("Dokumen_Evaluasi", raw, format_nama("Drs.", raw, "S.H."), ext="pdf"))
        names.append(backup_name("asn_kinerja", raw))
    suggested: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda _p, _t, start, _f="": (suggested.append(start), ("", ""))[1]))
    monkeypatch.setattr(lap_ui, "SAVE_PATH", None)
    parent = QWidget()
    qtbot.addWidget(parent)
    for raw in AWKWARD:  # the templates the areas use, filled with awkward period/office names
        ask_save(parent, "t", f"formulir-{raw}.xlsx")
        ask_save(parent, "t", f"{raw}-laporan-impor.json")
        lap_ui.ask_save_path(parent, "t", f"Distribusi_Predikat_{raw}.xlsx", "Excel (*.xlsx)")
        lap_ui.ask_save_path(parent, "t", f"Dokumen_Evaluasi_{raw}.pdf", "PDF (*.pdf)")
    names += [Path(s).name for s in suggested]
    assert len(suggested) == 4 * len(AWKWARD)
    bad = {n: windows_name_problem(n) for n in names if windows_name_problem(n)}
    assert not bad


# --------------------------------------------------------------------------- replacing a file that is open


def _held_open_on_windows(monkeypatch: pytest.MonkeyPatch, target: Path, times: int = 99) -> list[int]:
    """os.replace onto ``target`` fails like Windows with the file open in Excel (``times`` times)."""
    real = os.replace
    calls: list[int] = []

    def replace(src, dst, *a, **k):  # type: ignore[no-untyped-def]
        if Path(dst) == target and len(calls) < times:
            calls.append(1)
            raise PermissionError(13, "The process cannot access the file because it is being used by another process")
        return real(src, dst, *a, **k)

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(fileio, "ON_WINDOWS", True)
    monkeypatch.setattr(fileio.time, "sleep", lambda _s: None)
    return calls


def test_export_onto_a_workbook_open_in_excel_says_so_and_keeps_the_old_file(monkeypatch, tmp_path: Path) -> None:
    dest = tmp_path / "Kelengkapan_2026.xlsx"
    tabel = Tabel("Data", "Kelengkapan", [Kolom("NIP", 20)], [["1986"]])
    tulis_tabel(dest, tabel)
    before = dest.read_bytes()
    _held_open_on_windows(monkeypatch, dest)
    with pytest.raises(FileWriteError) as err:
        tulis_tabel(dest, Tabel("Data", "Kelengkapan baru", [Kolom("NIP", 20)], [["2000"]]))
    assert str(err.value) == ('Berkas "Kelengkapan_2026.xlsx" sedang dibuka di program lain (Excel?). '
                              "Tutup berkas itu, lalu ulangi.")
    assert dest.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Kelengkapan_2026.xlsx"]  # no temp file left behind


def test_exchange_writers_give_the_same_message_as_their_own_error(monkeypatch, tmp_path: Path) -> None:
    from asn_desktop.excel.matriks import MatriksSheet, write_matriks

    dest = tmp_path / "matriks.xlsx"
    dest.write_bytes(b"old")
    _held_open_on_windows(monkeypatch, dest)
    with pytest.raises(ExcelError, match=r'"matriks.xlsx" sedang dibuka di program lain \(Excel\?\)'):
        write_matriks(dest, MatriksSheet(judul="M", instansi="", pemimpin="", kolom=[], baris=[]))
    assert dest.read_bytes() == b"old"


def test_skp_pdf_onto_a_pdf_open_in_a_viewer_is_refused_cleanly(monkeypatch, tmp_path: Path) -> None:
    from asn_desktop.reports import skp_pdf

    dest = tmp_path / "SKP.pdf"
    dest.write_bytes(b"%PDF old")
    _held_open_on_windows(monkeypatch, dest)
    monkeypatch.setattr(skp_pdf, "skp_flowables", lambda _d, _u: [])
    monkeypatch.setattr(skp_pdf.pc, "build_pdf", lambda target, *_a, **_k: Path(target).write_bytes(b"%PDF new"))
    doc = SimpleNamespace(tahun=2026, versi=1, status_label="", pegawai=SimpleNamespace(nama="A", nip_label="NIP",
                                                                                        nip="1"))
    with pytest.raises(FileWriteError, match="sedang dibuka di program lain"):
        skp_pdf.render_skp(doc, dest)  # type: ignore[arg-type]
    assert dest.read_bytes() == b"%PDF old"


def test_a_scanner_holding_the_new_file_for_a_moment_is_waited_out(monkeypatch, tmp_path: Path) -> None:
    dest = tmp_path / "laporan.json"
    calls = _held_open_on_windows(monkeypatch, dest, times=2)
    write_text_atomic(dest, '{"a": "Élise"}')
    assert len(calls) == 2
    assert dest.read_text(encoding="utf-8") == '{"a": "Élise"}'


def test_a_failed_write_leaves_the_old_file_and_no_temp_file(tmp_path: Path) -> None:
    dest = tmp_path / "a.xlsx"
    dest.write_bytes(b"old")

    def boom(tmp: Path) -> None:
        tmp.write_bytes(b"half")
        raise ValueError("kaput")

    with pytest.raises(ValueError):
        write_atomic(dest, boom)
    assert dest.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.xlsx"]


def test_names_and_paths_windows_refuses_are_refused_before_any_work(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(fileio, "ON_WINDOWS", True)
    written: list[Path] = []
    with pytest.raises(FileWriteError, match="nama perangkat yang dicadangkan Windows"):
        write_atomic(tmp_path / "NUL.xlsx", written.append)
    deep = tmp_path / ("folder_panjang_" * 20) / "laporan.xlsx"
    with pytest.raises(FileWriteError, match="terlalu panjang untuk Windows"):
        write_atomic(deep, written.append)
    assert written == [] and list(tmp_path.iterdir()) == []
    assert fileio.windows_path_problem(PureWindowsPath("C:/") / ("a" * 250) / "b.xlsx") is not None


def test_temp_file_name_is_short_so_it_does_not_cross_the_path_limit_first(tmp_path: Path) -> None:
    seen: list[Path] = []
    write_atomic(tmp_path / ("n" * 120 + ".xlsx"), lambda p: (seen.append(p), p.write_bytes(b"x")))
    assert len(seen[0].name) < 20


def test_json_reports_are_utf8_without_bom_with_plain_newlines(tmp_path: Path) -> None:
    dest = write_text_atomic(tmp_path / "r.json", '{\n  "nama": "Ma\u2019ruf → Kupang"\n}')
    raw = dest.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r\n" not in raw
    assert raw.decode("utf-8").endswith("Kupang\"\n}")


# --------------------------------------------------------------------------- the log


@pytest.fixture
def fresh_log():
    root = logging.getLogger("asn_desktop")
    saved = list(root.handlers), root.level
    for h in saved[0]:
        root.removeHandler(h)
    yield root
    for h in list(root.handlers):
        root.removeHandler(h)
        h.close()
    for h in saved[0]:
        root.addHandler(h)
    root.setLevel(saved[1])


def test_log_is_set_up_once_whoever_asks_first(fresh_log, tmp_path: Path) -> None:
    from asn_desktop.ui import crash
    from asn_desktop.ui.app import setup_logging

    db = tmp_path / "kantor.db"
    setup_logging(db)
    assert crash.ensure_log(tmp_path / "elsewhere") == tmp_path / "logs" / "asn_desktop.log"
    setup_logging(db)
    assert len([h for h in fresh_log.handlers if isinstance(h, logging.FileHandler)]) == 1


def test_log_rotation_refused_by_another_process_loses_no_record(fresh_log, tmp_path: Path, capsys) -> None:
    from asn_desktop.paths import open_log

    path = open_log(tmp_path / "logs", max_bytes=2_000, backups=2)
    assert path is not None
    handler = next(h for h in fresh_log.handlers if isinstance(h, logging.FileHandler))
    attempts: list[int] = []

    def refused(_src: str, _dst: str) -> None:
        attempts.append(1)
        raise PermissionError(13, "The process cannot access the file because it is being used by another process")

    handler.rotate = refused  # type: ignore[method-assign]
    for i in range(200):
        fresh_log.info("baris %03d Élise", i)
    handler.flush()
    text = path.read_text(encoding="utf-8")
    assert all(f"baris {i:03d} Élise" in text for i in range(200))
    assert "Traceback" not in capsys.readouterr().err
    assert 1 <= len(attempts) < 100  # retried as the file grows by a tenth, not on every one of 200 records
    del handler.rotate
    for i in range(200):
        fresh_log.info("lagi %03d", i)
    assert (tmp_path / "logs" / "asn_desktop.log.1").exists()  # rotation resumes once the log is free


# --------------------------------------------------------------------------- SQLite paths, URIs and locks


def test_sqlite_uri_for_a_windows_share_a_drive_and_odd_folder_names() -> None:
    assert uri_path(PureWindowsPath(r"\\nas\data\Kantor #2\asn.db")) == "////nas/data/Kantor%20%232/asn.db"
    assert uri_path(PureWindowsPath(r"C:\Users\Ani\AppData\Local\asn-desktop\asn_kinerja.db")) == (
        "/C:/Users/Ani/AppData/Local/asn-desktop/asn_kinerja.db")
    assert uri_path(PureWindowsPath(r"D:\50% kinerja?\a.db")) == "/D:/50%25%20kinerja%3F/a.db"


def test_read_only_connection_opens_a_database_in_a_folder_with_uri_characters(tmp_path: Path) -> None:
    folder = tmp_path / "Kantor #2 50% ?"
    folder.mkdir()
    db = folder / "asn.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    ro = connect_ro(db)
    try:
        assert ro.execute("SELECT count(*) FROM t").fetchone() == (0,)
    finally:
        ro.close()


def test_lock_of_a_crashed_window_is_ignored_and_a_live_one_named(tmp_path: Path) -> None:
    import socket

    db = tmp_path / "kantor.db"
    lock_path(db).write_text(f"{os.getpid()}\nASN\n{socket.gethostname()}\n", encoding="utf-8")
    assert lock_holder(db) == f"PID {os.getpid()} di {socket.gethostname()}"
    dead = 2**22 + 12345
    assert not pid_alive(dead)
    lock_path(db).write_text(f"{dead}\nASN\n{socket.gethostname()}\n", encoding="utf-8")
    assert lock_holder(db) is None


def test_backup_survives_an_antivirus_scan_of_the_new_copy(monkeypatch, tmp_path: Path) -> None:
    from asn_desktop.db.backup import backup_database

    src = tmp_path / "kantor.db"
    con = sqlite3.connect(src)
    con.execute("CREATE TABLE t (x)")
    con.execute("INSERT INTO t VALUES ('Élise')")
    con.commit()
    con.close()
    dest = tmp_path / "backups" / "kantor-20261205-101010-manual.db"
    calls = _held_open_on_windows(monkeypatch, dest, times=2)
    out = backup_database(src, dest)
    assert len(calls) == 2 and out == dest
    con = sqlite3.connect(out)
    try:
        assert con.execute("SELECT x FROM t").fetchall() == [("Élise",)]
    finally:
        con.close()
    assert not list(dest.parent.glob("*.part"))


def test_report_export_onto_a_workbook_open_in_excel_shows_the_message_not_a_crash(
        qtbot, demo_ctx, monkeypatch, tmp_path: Path) -> None:
    """What the operator sees: a warning naming the file and Excel, the old workbook kept, no crash report."""
    from PySide6.QtWidgets import QMessageBox

    import asn_desktop.ui.pages.laporan as lap_ui
    from asn_desktop.ui import crash
    from asn_desktop.ui.jobs import wait_for_jobs

    dest = tmp_path / "Kelengkapan_2026.xlsx"
    dest.write_bytes(b"workbook the operator has open")
    page = lap_ui.LaporanPage(demo_ctx)
    qtbot.addWidget(page)
    page.buka_hasil = False
    page.show()
    page.activate()
    monkeypatch.setattr(lap_ui, "SAVE_PATH", lambda *_a: str(dest))
    _held_open_on_windows(monkeypatch, dest)
    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(crash, "show_crash", lambda *_a: pytest.fail("a file open in Excel must not be a crash"))
    page.tab_kelengkapan.ekspor()
    assert wait_for_jobs()
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == ['Berkas "Kelengkapan_2026.xlsx" sedang dibuka di program lain (Excel?). '
                     "Tutup berkas itu, lalu ulangi."]
    assert dest.read_bytes() == b"workbook the operator has open"


def test_saving_an_exchange_report_onto_an_open_file_warns_and_keeps_it(qtbot, monkeypatch, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from asn_desktop.ui.sinkronisasi import dialogs

    dest = tmp_path / "laporan-7.json"
    dest.write_text("lama", encoding="utf-8")
    dlg = dialogs.ReportDialog({"id": 7, "jenis": "impor_pegawai", "laporan": {}})
    qtbot.addWidget(dlg)
    monkeypatch.setattr(dialogs, "ask_save", lambda *_a, **_k: dest)
    _held_open_on_windows(monkeypatch, dest)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    dlg.save()
    assert shown == ['Berkas "laporan-7.json" sedang dibuka di program lain (Excel?). Tutup berkas itu, lalu ulangi.']
    assert dest.read_text(encoding="utf-8") == "lama"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["laporan-7.json"]
