"""Translations: English for the app, Indonesian for Qt's own buttons, catalogues complete and built."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from asn_desktop.services.context import AppContext
from asn_desktop.ui.i18n import install_translations
from scripts import i18n
from testkit import shot_dir

ROOT = Path(__file__).resolve().parents[2]
SHOTS = shot_dir("bundle")


def _shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def test_switching_to_english_translates_the_main_window_at_once(app: QApplication, qtbot, ctx: AppContext) -> None:
    from asn_desktop.ui.main_window import MainWindow

    install_translations(app, "id")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    nav = [win.nav.item(i).text() for i in range(win.nav.count())]
    assert "Pegawai" in nav and "Pengaturan" in nav
    assert win.menu_file.title() == "&Berkas"

    assert install_translations(app, "en") == "en"  # Pengaturan › Bahasa at run time
    app.processEvents()
    nav = [win.nav.item(i).text() for i in range(win.nav.count())]
    assert "Employees" in nav and "Settings" in nav and "Pegawai" not in nav
    assert win.menu_file.title() == "&File"
    assert win.lbl_db.text().startswith("Database: ")
    _shot(win, "main_window_switched_at_runtime.png")

    install_translations(app, "id")
    app.processEvents()
    assert win.nav.item(0).text() == [c.title() for c in win._classes][0]
    assert "Pegawai" in [win.nav.item(i).text() for i in range(win.nav.count())]


def test_a_language_switch_with_the_server_out_of_reach_keeps_the_office_name(
        app: QApplication, qtbot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    """Switching the language re-reads the office name for the window title; a server that went
    away meanwhile must not turn the switch into an error report."""
    from asn_desktop.services import settings
    from asn_desktop.services.errors import ServiceError
    from asn_desktop.ui.main_window import MainWindow

    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    assert win.windowTitle().endswith("Kecamatan Maulafa")

    def gone(_ctx: AppContext) -> None:
        raise ServiceError("Basis data tidak dapat ditulis; tidak ada yang diubah.")

    monkeypatch.setattr(settings, "get_office", gone)
    try:
        assert install_translations(app, "en") == "en"
        app.processEvents()
        assert win.menu_file.title() == "&File" and win.windowTitle().endswith("Kecamatan Maulafa")
    finally:
        install_translations(app, "id")
        app.processEvents()


def test_a_new_window_starts_in_the_saved_language(app: QApplication, qtbot, ctx: AppContext) -> None:
    from asn_desktop.services.settings import set_setting
    from asn_desktop.services.startup import peek_start
    from asn_desktop.ui.app import start_language
    from asn_desktop.ui.main_window import MainWindow

    set_setting(ctx, "bahasa", "en")
    assert start_language(app, peek_start(ctx.db.path)) == "en"  # run_gui's own start-up step
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    assert win.menu_help.title() == "&Help"
    assert win.windowTitle().endswith("(office not set up yet)")


def test_english_main_window_on_the_demo_office(app: QApplication, qtbot, demo_ctx: AppContext) -> None:
    from PySide6.QtWidgets import QAbstractButton

    from asn_desktop.ui.main_window import MainWindow

    install_translations(app, "en")
    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitUntil(lambda: win.page("pegawai") is not None)
    app.processEvents()
    page = win.page("pegawai")
    buttons = {b.text() for b in page.findChildren(QAbstractButton)}
    assert "Pegawai" not in {win.nav.item(i).text() for i in range(win.nav.count())}
    assert not {"Tambah pegawai", "&Tambah pegawai", "Simpan", "&Simpan"} & buttons, buttons
    _shot(win, "main_window_en.png")
    for key in ("skp", "penilaian", "laporan", "sinkronisasi", "pengaturan"):
        try:
            win.goto(key)
        except KeyError:
            continue
        app.processEvents()
        _shot(win, f"area_{key}_en.png")


def test_indonesian_qt_buttons_and_context_menu(app: QApplication, qtbot) -> None:
    install_translations(app, "id")
    box = QMessageBox(QMessageBox.Icon.Question, "Hapus pegawai", "Hapus data pegawai ini?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel)
    box.setDetailedText("NIP 198001012005011001")
    qtbot.addWidget(box)
    box.show()
    app.processEvents()
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Batal"
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Ya"
    assert box.button(QMessageBox.StandardButton.No).text() == "&Tidak"
    texts = [b.text() for b in box.buttons()]
    assert "Tampilkan Detail..." in texts
    _shot(box, "messagebox_id.png")

    save = QMessageBox(QMessageBox.Icon.Warning, "Simpan", "Simpan perubahan?",
                       QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                       | QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Apply)
    qtbot.addWidget(save)
    assert [save.button(b).text() for b in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard,
                                            QMessageBox.StandardButton.Close, QMessageBox.StandardButton.Apply)] \
        == ["Simpan", "Buang", "Tutup", "Terapkan"]

    edit = QLineEdit("Maulafa")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    items = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
    assert {"&Batalkan", "&Ulangi", "&Potong", "&Salin", "&Tempel", "Hapus", "Pilih Semua"} <= set(items)


def test_english_keeps_qt_buttons_english(app: QApplication, qtbot) -> None:
    install_translations(app, "en")
    box = QMessageBox(QMessageBox.Icon.Question, "x", "y",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Cancel"


def test_unknown_language_falls_back_to_indonesian(app: QApplication) -> None:
    assert install_translations(app, "xx") == "id"
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Batal"


# --------------------------------------------------------------------------- catalogues


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"%\d", text))


def test_english_catalogue_is_complete_and_keeps_placeholders() -> None:
    messages = i18n.read_ts(i18n.EN_TS)
    assert len(messages) > 100
    unfinished = [(m.context, m.source) for m in messages if not m.translation]
    assert unfinished == []
    for m in messages:
        forms = [m.translation] if isinstance(m.translation, str) else list(m.translation or [])
        for form in forms:  # every plural form keeps the placeholders of the source
            assert _placeholders(form) == _placeholders(m.source), (m.context, m.source, form)
        tr = " ".join(forms)
        if "<" in m.source:
            assert "<" in tr, (m.source, tr)  # rich text stays rich text


def test_built_catalogues_match_the_ts_files(tmp_path: Path) -> None:
    for ts in (i18n.EN_TS, i18n.QTBASE_TS):
        out = tmp_path / ts.with_suffix(".qm").name
        i18n.lrelease(ts, out)
        assert out.read_bytes() == ts.with_suffix(".qm").read_bytes(), f"{ts.name}: jalankan scripts/i18n.sh"


def test_qtbase_indonesian_uses_qts_own_source_texts() -> None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qm = folder / "qtbase_de.qm"
    if not qm.exists():
        pytest.skip("PySide6 tanpa katalog qtbase")
    known = set(i18n.read_qm_sources(qm))
    ours = json.loads(i18n.QTBASE_JSON.read_text(encoding="utf-8"))
    pairs = [(c, s) for c, v in ours.items() if not c.startswith("_") for s in v]
    assert len(pairs) > 150
    assert [p for p in pairs if p not in known] == []
    assert ours["QPlatformTheme"]["Cancel"] == "Batal"


def test_resolver_places_helper_and_variable_idioms(tmp_path: Path) -> None:
    mod = tmp_path / "halaman.py"
    mod.write_text(
        "def tr(context, text):\n"
        "    return QCoreApplication.translate(context, text)\n"
        "\n"
        "def label():\n"
        "    return tr('penilaian', 'belum ditetapkan')\n"
        "\n"
        "def dialog():\n"
        "    dlg = KonfirmasiDialog()\n"
        "    dlg.setWindowTitle(dlg.tr('Hapus'))\n"
        "\n"
        "def error():\n"
        "    tr = lambda s: QApplication.translate('errors', s)\n"
        "    return tr('Gagal')\n",
        encoding="utf-8",
    )
    msgs = [
        i18n.Message("", "penilaian", "belum ditetapkan", lines=[f"{mod}:5"]),
        i18n.Message("dlg", "Hapus", lines=[f"{mod}:9"]),
        i18n.Message("", "Gagal", lines=[f"{mod}:13"]),
    ]
    got = {(m.context, m.source, m.comment) for m in i18n.resolve_contexts(msgs)}
    assert got == {("penilaian", "belum ditetapkan", ""), ("KonfirmasiDialog", "Hapus", ""), ("errors", "Gagal", "")}


def test_tool_check_mode_changes_nothing_and_every_string_is_translated() -> None:
    """CI runs this: a new tr() text without English, or a catalogue not rebuilt, fails here."""
    before = {p.name: p.read_bytes() for p in i18n.FOLDER.iterdir()}
    proc = subprocess.run([sys.executable, "-m", "scripts.i18n", "--check"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert "teks" in proc.stdout  # the summary line: it ran lupdate over the code
    assert {p.name: p.read_bytes() for p in i18n.FOLDER.iterdir()} == before
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_pengaturan_bahasa_switches_at_once_and_is_kept_for_the_next_start(
    app: QApplication, qtbot, ctx: AppContext
) -> None:
    from asn_desktop.services.settings import get_setting
    from asn_desktop.ui.main_window import MainWindow
    from asn_desktop.ui.pengaturan.bahasa import BahasaTab

    install_translations(app, "id")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    page = win.goto("pengaturan")
    tab = page.findChildren(BahasaTab)[0]
    tab.load()
    tab.cb_lang.setCurrentIndex(tab.cb_lang.findData("en"))
    tab.btn_apply.click()
    app.processEvents()
    assert get_setting(ctx, "bahasa") == "en"  # read by run_gui at the next start
    assert "Employees" in [win.nav.item(i).text() for i in range(win.nav.count())]
    assert win.menu_view.title() == "&View"


@pytest.fixture
def english_window(app: QApplication, qtbot, demo_ctx: AppContext):  # type: ignore[no-untyped-def]
    """The main window on the demo office in English (Indonesian again afterwards)."""
    from asn_desktop.ui.main_window import MainWindow

    install_translations(app, "en")
    try:
        win = MainWindow(demo_ctx)
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        yield win
    finally:
        install_translations(app, "id")


def test_my_performance_reads_periods_and_ratings_in_english(qtbot, english_window) -> None:  # noqa: ANN001
    """Kinerja Saya in English: the period names and the two ratings of every row translated (the
    service keeps the report card's Indonesian); the printed report card stays Indonesian."""
    from PySide6.QtCore import Qt

    win = english_window
    page = win.goto("kinerja_saya")
    qtbot.waitUntil(lambda: page.m_predikat.rowCount() > 0)
    m = page.m_predikat
    cells = [[str(m.index(r, c).data(Qt.ItemDataRole.DisplayRole)) for c in range(m.columnCount())]
             for r in range(m.rowCount())]
    periods = {row[1] for row in cells}
    ratings = {row[c] for row in cells for c in (2, 3)} - {""}
    assert periods and not any(w in p for p in periods for w in ("Triwulan", "Semester", "Tahunan")), periods
    assert ratings and ratings <= {"Above Expectations", "As Expected", "Below Expectations"}, ratings
    assert "Triwulan" not in page.lbl_predikat.text()
    _shot(win, "kinerja_saya_en.png")


def test_no_translated_literal_hides_inside_an_f_string() -> None:
    """lupdate does not read inside f-strings: a ``self.tr('…')`` written there never reaches the
    catalogue and stays Indonesian in English (ten such texts did: "Kolom yang dikenali", "oleh")."""
    import io
    import tokenize

    call = re.compile(r"""\b(?:tr|translate|QT_TRANSLATE_NOOP|QT_TR_NOOP)\((?:\s*["'][^"']*["']\s*,)?\s*["']""")
    hidden = []
    for path in sorted((ROOT / "asn_desktop").rglob("*.py")):
        for tok in tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline):
            prefix = re.match(r"[A-Za-z]*", tok.string).group(0).lower() if tok.type == tokenize.STRING else ""
            if "f" in prefix and call.search(tok.string):
                hidden.append(f"{path.relative_to(ROOT)}:{tok.start[0]}: {tok.string[:80]}")
    assert not hidden, "\n".join(hidden)


def test_careers_and_service_dashboard_read_in_english(qtbot, english_window) -> None:  # noqa: ANN001
    """The nine-box's suggested directions (a PermenPANRB 3/2020 rule text the Excel list keeps in
    Indonesian) and the service dashboard's months are shown in English."""
    from PySide6.QtCore import Qt

    win = english_window
    page = win.goto("karier")
    page.tabs.setCurrentIndex(2)
    tal = page.tab_talenta
    tal.cb_tahun.setCurrentIndex(tal.cb_tahun.findData(2026))
    qtbot.waitUntil(lambda: tal.model.rowCount() > 0)
    col = [tal.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tal.model.columnCount())].index(
        "Direction")
    shown = {str(tal.model.index(r, col).data()) for r in range(tal.model.rowCount())}
    assert shown and not any(w in s for s in shown for w in ("Pengembangan", "Promosi", "Pembinaan", "Belum")), shown
    assert any(s.startswith("Cannot be placed yet:") for s in shown) or all(s[:1].isupper() for s in shown)

    heads = [b.text().split("\n")[0] for b in tal.boxes.values()]
    assert all(h.endswith(("person", "people")) for h in heads), heads
    assert not any(h.endswith(" 1 people") for h in heads), heads  # "Box 6 — 1 person"
    col = [tal.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tal.model.columnCount())].index(
        "Training needs")
    needs = {str(tal.model.index(r, col).data()) for r in range(tal.model.rowCount())} - {""}
    assert needs and not any("Pengembangan" in n or "kurang dari" in n for n in needs), needs

    page.tabs.setCurrentIndex(1)  # salary steps: the note of every row in English
    kgb = page.tab_kgb
    qtbot.waitUntil(lambda: kgb.model.rowCount() > 0)
    notes = {str(kgb.model.index(r, kgb.model.columnCount() - 1).data()) for r in range(kgb.model.rowCount())}
    assert notes and all(n.startswith(("annual predicate", "predicate", "the predicate")) for n in notes), notes

    reg = win.goto("register")
    reg.tabs.setCurrentWidget(reg.tab_dasbor)
    qtbot.waitUntil(lambda: reg.tab_dasbor.model.rowCount() > 0)
    months = {str(reg.tab_dasbor.model.index(r, 0).data()) for r in range(reg.tab_dasbor.model.rowCount())}
    assert any(m.startswith("January") for m in months) and not any("Januari" in m for m in months), months


def test_survey_results_read_in_english(qtbot, english_window) -> None:  # noqa: ANN001
    """The SKM results in English: the nine PermenPANRB 14/2017 elements, the service quality and
    the age groups translated (the printed report keeps the Lampiran's Indonesian)."""
    from asn_desktop.domain import skm as dskm

    win = english_window
    page = win.goto("layanan")
    page.tabs.setCurrentWidget(page.result_tab)
    qtbot.waitUntil(lambda: page.table.rowCount() == 9)
    names = [page.table.item(r, 1).text() for r in range(9)]
    assert names[0] == "Requirements" and not set(names) & set(dskm.NAMA_UNSUR.values()), names
    assert "(" in page.lbl_mutu.text() and "baik" not in page.lbl_mutu.text().lower()
    answers = {page.profil.item(r, 1).text() for r in range(page.profil.rowCount())}
    assert "< 20 years" in answers and not any("tahun" in a for a in answers), answers
    assert dskm.NAMA_UNSUR["U1"] == "Persyaratan"  # what the report prints
