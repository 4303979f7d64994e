"""The Pegawai area with real widgets offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pegawai_helpers import NIP_BARU, Struktur, find_struktur, row, struktur  # noqa: F401 (fixture)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from asn_desktop.db.session import open_database
from asn_desktop.domain.enums import Role
from asn_desktop.services import organisasi as org
from asn_desktop.services import pegawai as svc
from asn_desktop.services.context import Actor, AppContext
from asn_desktop.ui.jobs import wait_for_jobs
from asn_desktop.ui.pages.pegawai import PegawaiPage
from asn_desktop.ui.pegawai.editor import ProfileDialog
from asn_desktop.ui.pegawai.widgets import DateField


@pytest.fixture
def page(qtbot, demo_ctx: AppContext) -> Iterator[PegawaiPage]:
    p = PegawaiPage(demo_ctx)
    qtbot.addWidget(p)
    p.resize(1100, 700)
    p.show()
    p.activate()
    yield p
    for d in list(p.open_dialogs):
        d._initial = d._snapshot()  # no unsaved-changes prompt while tearing down
        d.close()
    wait_for_jobs()


def _wait_job(qtbot, condition) -> None:  # type: ignore[no-untyped-def]
    wait_for_jobs()
    qtbot.waitUntil(condition, timeout=5000)


def _line(dlg: ProfileDialog, key: str) -> QLineEdit:
    w = dlg.fields[key]
    assert isinstance(w, QLineEdit)
    return w


# --------------------------------------------------------------------------- list


def test_typing_in_search_narrows_the_rows(qtbot, page: PegawaiPage, struktur: Struktur) -> None:
    assert page.model.rowCount() == 40
    camat = row(page.ctx, struktur.camat_id)
    qtbot.keyClicks(page.search, "camat")  # jabatan: the Camat and the Sekretaris Kecamatan
    qtbot.waitUntil(lambda: page.model.rowCount() < 40, timeout=2000)
    assert camat.id in {r.id for r in page.model.visible_rows()} and page.model.rowCount() == 2
    qtbot.keyClicks(page.search, " " + camat.nama_inti.upper())  # narrows further, case-insensitive
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.model.row_at(0).id == camat.id
    assert "1 dari 40 pegawai" in page.lbl_count.text()
    page.search.clear()
    qtbot.keyClicks(page.search, camat.nip[:8] + " " + camat.nip[8:12])  # NIP typed with a space
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.model.rowCount() == 40, timeout=2000)
    page.view.setFocus()
    qtbot.keyClicks(page.view, "camat")  # typing in the table goes on in the search box
    assert page.search.text() == "camat"
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=2000)


def test_unit_filter_includes_sub_units(qtbot, page: PegawaiPage, struktur: Struktur) -> None:
    page.show_unit(struktur.sekretariat.id)
    expected = {r.id for r in svc.list_pegawai_rows(page.ctx)
                if r.unit_id in org.descendant_ids(page.units, struktur.sekretariat.id)}
    assert {r.id for r in page.model.visible_rows()} == expected and len(expected) > 1
    page.chk_sub.setChecked(False)
    assert {r.unit_id for r in page.model.visible_rows()} == {struktur.sekretariat.id}


def test_retired_people_are_hidden_by_default_and_shown_by_the_status_filter(
    qtbot, page: PegawaiPage, struktur: Struktur
) -> None:
    target = struktur.staff_of(page.ctx, struktur.seksi[0])[0]
    page.change_status([target.id], "pensiun", date(2026, 5, 1), "Batas usia pensiun")
    _wait_job(qtbot, lambda: page.model.view_row_of(target.id) == -1)
    assert page.model.rowCount() == 39
    assert "tersembunyi" in page.last_message
    page.set_status_filter("pensiun")
    assert [r.id for r in page.model.visible_rows()] == [target.id]
    r = page.model.view_row_of(target.id)
    assert page.model.data(page.model.index(r, 6)) == "Pensiun 01-05-2026"
    # the Status column shows the whole status with its date, not "Pensiun 0…"
    fm = page.view.fontMetrics()
    assert page.view.columnWidth(6) >= fm.horizontalAdvance("Pensiun 01-05-2026") + 8
    page.set_status_filter(None)  # Semua status
    assert page.model.rowCount() == 40


def test_bulk_move_to_another_unit_then_undo(qtbot, page: PegawaiPage, struktur: Struktur) -> None:
    src, dst = struktur.seksi[0], struktur.seksi[1]
    ids = [r.id for r in struktur.staff_of(page.ctx, src)]
    page.select_ids(ids)
    assert len(page.selected_rows()) == len(ids)
    assert page.act_move.isEnabled() and page.act_atasan.isEnabled()
    page.move_selected_to(dst.id, True)
    _wait_job(qtbot, lambda: all(page.model.find(i).unit_id == dst.id for i in ids))
    assert all(page.model.find(i).atasan_id == dst.kepala_id for i in ids)
    assert all(row(page.ctx, i).unit_id == dst.id for i in ids)
    assert page.act_undo.isEnabled() and "Ctrl+Z" in page.last_message
    page.confirm_undo = lambda step: True  # type: ignore[method-assign]
    page.undo()
    _wait_job(qtbot, lambda: all(page.model.find(i).unit_id == src.id for i in ids))
    assert all(row(page.ctx, i).atasan_id == src.kepala_id for i in ids)


def test_bulk_supervisor_cycle_is_refused_with_a_message(qtbot, page: PegawaiPage, struktur: Struktur,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("asn_desktop.ui.errors.show_error", lambda parent, exc, tb=None: shown.append(str(exc)))
    staff = struktur.staff_of(page.ctx, struktur.seksi[0])[0]
    camat = page.model.find(struktur.camat_id)
    assert camat is not None
    page.set_atasan_selected(staff.id, [camat])
    _wait_job(qtbot, lambda: bool(shown))
    assert "lingkaran" in shown[0]
    assert row(page.ctx, struktur.camat_id).atasan_id is None
    assert not page.undo_stack


# --------------------------------------------------------------------------- profile editor


def test_editing_and_saving_a_profile_persists_after_reopening(qtbot, page: PegawaiPage, struktur: Struktur) -> None:
    target = struktur.staff_of(page.ctx, struktur.seksi[2])[0]
    page.select_ids([target.id])
    dlg = page.edit_current()
    assert isinstance(dlg, ProfileDialog) and dlg.isVisible()
    _line(dlg, "gelar_depan").setText("Ir.")
    _line(dlg, "no_hp").setText("0812 3456 7890")
    _line(dlg, "email").setText("pegawai.uji@kupangkota.go.id")
    assert dlg.is_dirty()
    assert dlg.save()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=2000)
    assert page.model.find(target.id).nama.startswith("Ir. ")
    assert "tersimpan" in page.last_message
    path = page.ctx.db.target
    page.ctx.db.dispose()
    db2 = open_database(path)
    try:
        again = svc.get_profil(AppContext(db2, Actor.system("x")), target.id).data
    finally:
        db2.dispose()
    assert (again.gelar_depan, again.no_hp, again.email) == ("Ir.", "0812 3456 7890", "pegawai.uji@kupangkota.go.id")


def test_invalid_nip_is_refused_with_a_message(qtbot, page: PegawaiPage, struktur: Struktur) -> None:
    target = struktur.staff_of(page.ctx, struktur.seksi[1])[0]
    dlg = page.open_profile(target.id)
    assert dlg is not None
    dlg.tabs.setCurrentIndex(3)
    _line(dlg, "nip").setText("1986 0926")
    _line(dlg, "nama").setText("Nama Baru")
    assert not dlg.save()
    assert dlg.isVisible()
    assert dlg.banner.isVisible() and "Simpan ditolak" in dlg.banner.text() and "NIP" in dlg.banner.text()
    assert dlg.messages["nip"].isVisible() and dlg.messages["nip"].level == "error"
    assert dlg.tabs.currentIndex() == 0  # brought to the field
    assert row(page.ctx, target.id).nama == target.nama  # nothing written


def test_nip_mismatch_shows_warnings_beside_the_fields_but_saves(qtbot, page: PegawaiPage, struktur: Struktur) -> None:
    target = struktur.staff_of(page.ctx, struktur.seksi[3])[0]
    dlg = page.open_profile(target.id)
    assert dlg is not None
    lahir = dlg.fields["tanggal_lahir"]
    assert isinstance(lahir, DateField)
    lahir.set_value(date(1970, 1, 2))
    dlg.validate()
    assert dlg.messages["tanggal_lahir"].level == "warning"
    assert "berbeda" in dlg.messages["tanggal_lahir"].text()
    assert dlg.messages["nip"].level == ""
    assert dlg.save()


def test_unsaved_changes_prompt(qtbot, page: PegawaiPage, struktur: Struktur) -> None:
    target = struktur.staff_of(page.ctx, struktur.seksi[4])[0]
    dlg = page.open_profile(target.id)
    assert dlg is not None
    answers = iter(["cancel", "discard"])
    asked: list[str] = []

    def ask() -> str:
        asked.append("?")
        return next(answers)

    dlg.ask_unsaved = ask  # type: ignore[method-assign]
    _line(dlg, "tempat_lahir").setText("Atambua")
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert dlg.isVisible() and asked == ["?"]
    dlg.reject()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=2000)
    assert row(page.ctx, target.id).nama == target.nama
    assert svc.get_profil(page.ctx, target.id).data.tempat_lahir != "Atambua"


def test_new_employee_from_the_gui(qtbot, page: PegawaiPage, struktur: Struktur) -> None:
    page.show_unit(struktur.seksi[0].id)
    dlg = page.new_pegawai()
    assert dlg is not None
    _line(dlg, "nip").setText("19900517 201503 2 001")
    _line(dlg, "nama").setText("Dra. Maria Ndolu, M.Si")
    _line(dlg, "nama").editingFinished.emit()  # pasting a printed name splits the gelar
    assert (_line(dlg, "gelar_depan").text(), _line(dlg, "nama").text(), _line(dlg, "gelar_belakang").text()) == (
        "Dra.", "Maria Ndolu", "M.Si")
    dlg.fill_from_nip()
    assert dlg.collect().tanggal_lahir == date(1990, 5, 17) and dlg.collect().jenis_kelamin == "P"
    gol = dlg.fields["golongan"]
    assert isinstance(gol, QComboBox)
    gol.setCurrentIndex(gol.findData("III/a"))
    assert dlg.collect().unit_id == struktur.seksi[0].id
    asked: list[list[str]] = []
    dlg.ask_incomplete = lambda missing: asked.append(missing) or "save"  # type: ignore[method-assign]
    assert dlg.save()
    assert asked == [["jabatan"]]  # no jabatan yet: warned, saved anyway
    new = next(r for r in page.model.all_rows() if r.nip == NIP_BARU)
    assert new.atasan_id == struktur.seksi[0].kepala_id and page.model.view_row_of(new.id) >= 0
    assert page.selected_rows()[0].id == new.id


def test_incomplete_new_employee_warns_confirms_and_shows_despite_the_search(qtbot, page: PegawaiPage) -> None:
    page.search.setText("zzz tidak ada orang ini")
    page.apply_search()
    assert page.model.rowCount() == 0
    dlg = page.new_pegawai()
    assert dlg is not None
    _line(dlg, "nip").setText(NIP_BARU)
    _line(dlg, "nama").setText("Yohana Lake")
    unit = dlg.fields["unit_id"]
    assert isinstance(unit, QComboBox)
    unit.setCurrentIndex(unit.findData(None))
    asked: list[list[str]] = []
    answer = ["complete"]
    dlg.ask_incomplete = lambda missing: asked.append(missing) or answer[0]  # type: ignore[method-assign]
    assert not dlg.save()  # "Lengkapi sekarang": nothing saved, the first missing field has the focus
    assert asked == [["unit kerja", "jabatan", "golongan"]]
    assert not any(r.nip == NIP_BARU for r in page.model.all_rows())
    answer[0] = "save"
    assert dlg.save()
    new = next(r for r in page.model.all_rows() if r.nip == NIP_BARU)
    assert page.search.text() == "" and page.model.view_row_of(new.id) >= 0  # not hidden by the old search
    assert page.selected_rows()[0].id == new.id
    assert "Yohana Lake" in page.last_message and "ditambahkan" in page.last_message
    banner = page.window().findChild(QWidget, "hasilBanner")
    assert banner is not None and banner.isVisible()


def test_golongan_choices_follow_status_kepegawaian(qtbot, page: PegawaiPage) -> None:
    dlg = page.new_pegawai()
    assert dlg is not None
    sk, gol = dlg.fields["status_kepegawaian"], dlg.fields["golongan"]
    assert isinstance(sk, QComboBox) and isinstance(gol, QComboBox)
    sk.setCurrentIndex(sk.findData("PNS"))
    assert gol.findData("III/a") > 0 and gol.findData("IX") < 0
    sk.setCurrentIndex(sk.findData("PPPK"))
    assert gol.findData("IX") > 0 and gol.findData("III/a") < 0
    assert "NI PPPK" in dlg.lbl_nip.text().replace("&", "")


def test_adding_a_riwayat_golongan_updates_the_current_golongan_live(qtbot, page: PegawaiPage,
                                                                       struktur: Struktur) -> None:
    target = next(r for r in struktur.staff_of(page.ctx, struktur.seksi[0]) if r.status_kepegawaian == "PNS")
    dlg = page.open_profile(target.id)
    assert dlg is not None
    tab = dlg.show_riwayat("golongan")
    n = tab.model.rowCount()
    tab.add_entry(svc.RiwayatGolonganData(golongan="IV/b", tmt=date(2028, 4, 1), jenis_kenaikan="Reguler"))
    assert tab.model.rowCount() == n + 1 and tab.model.entries[0].golongan == "IV/b"  # newest first
    assert dlg.collect().golongan == "IV/b" and dlg.collect().tmt_golongan == date(2028, 4, 1)
    assert dlg.save()
    assert page.model.find(target.id).golongan == "IV/b"


def test_diklat_tab_shows_progress_toward_20_jp(qtbot, page: PegawaiPage, struktur: Struktur) -> None:
    target = struktur.staff_of(page.ctx, struktur.seksi[0])[0]
    dlg = page.open_profile(target.id)
    assert dlg is not None
    tab = dlg.show_riwayat("diklat")
    tab.spin_year.setValue(2030)
    assert tab.bar.value() == 0
    tab.add_entry(svc.RiwayatDiklatData(nama="Pelatihan Pelayanan Prima", tanggal_mulai=date(2030, 3, 1),
                                        tanggal_selesai=date(2030, 3, 3), jp=24))
    assert tab.bar.value() == 20 and "tercapai" in tab.lbl_jp.text()


def test_photo_is_scaled_and_stored_with_the_record(qtbot, page: PegawaiPage, struktur: Struktur,
                                                     tmp_path: Path) -> None:
    img = QImage(1600, 1200, QImage.Format.Format_RGB32)
    img.fill(QColor("#3366aa"))
    path = tmp_path / "foto.png"
    assert img.save(str(path))
    target = struktur.staff_of(page.ctx, struktur.seksi[1])[0]
    dlg = page.open_profile(target.id)
    assert dlg is not None
    dlg.choose_photo_file = lambda: str(path)  # type: ignore[method-assign]
    dlg.load_photo()
    assert dlg.save()
    foto = svc.get_profil(page.ctx, target.id).data.foto
    assert foto is not None and foto.startswith(b"\xff\xd8")  # JPEG
    stored = QImage.fromData(foto)
    assert max(stored.width(), stored.height()) == 400 and len(foto) < 100_000
    bad = tmp_path / "bukan.jpg"
    bad.write_bytes(b"ini bukan gambar")
    dlg2 = page.open_profile(target.id)
    assert dlg2 is not None
    dlg2.choose_photo_file = lambda: str(bad)  # type: ignore[method-assign]
    dlg2.load_photo()
    assert dlg2.messages["foto"].level == "error" and not dlg2.is_dirty()


def test_supervisor_cycle_in_the_editor_is_refused(qtbot, page: PegawaiPage, struktur: Struktur) -> None:
    kasi = struktur.seksi[0].kepala_id
    staff = struktur.staff_of(page.ctx, struktur.seksi[0])[0]
    assert kasi is not None
    dlg = page.open_profile(kasi)
    assert dlg is not None
    dlg.set_atasan(staff.id)
    assert not dlg.save()
    assert "lingkaran" in dlg.banner.text()
    assert dlg.messages["atasan_id"].level == "error"
    assert dlg.tabs.currentIndex() == 2  # Jabatan & Unit


def test_read_only_for_penilai(qtbot, demo_ctx: AppContext) -> None:
    s = find_struktur(demo_ctx)
    ctx = demo_ctx.as_actor(Actor(9, "penilai", Role.PENILAI, s.camat_id))
    p = PegawaiPage(ctx)
    qtbot.addWidget(p)
    p.activate()
    assert p.model.rowCount() == 40
    assert not p.act_new.isEnabled()
    p.select_ids([s.camat_id])
    assert not p.act_move.isEnabled() and p.act_edit.isEnabled()
    dlg = p.edit_current()
    assert dlg is not None and not dlg.btn_save.isVisible() and _line(dlg, "nama").isReadOnly()
    nama = _line(dlg, "nama")
    assert "background-color" in nama.styleSheet() and "admin atau operator" in nama.toolTip()
    assert "background-color" in dlg.ed_atasan.styleSheet() and "admin atau operator" in dlg.ed_atasan.toolTip()
    dlg.close()


# --------------------------------------------------------------------------- organisation tabs


def test_organisation_tab_tree_and_show_employees(qtbot, page: PegawaiPage, struktur: Struktur) -> None:
    assert page.org.tree.topLevelItemCount() == 0  # built lazily
    page.tabs.setCurrentIndex(1)
    tree = page.org.tree
    assert tree.topLevelItemCount() == 1 and tree.topLevelItem(0).text(0) == struktur.root.nama
    assert tree.topLevelItem(0).childCount() == 1 + len(struktur.seksi) + len(struktur.kelurahan)
    page.org.select_unit(struktur.kelurahan[0].id)
    page.org.show_employees()
    assert page.tabs.currentIndex() == 0
    assert {r.unit_id for r in page.model.visible_rows()} == {struktur.kelurahan[0].id}


def test_organisation_tab_merge_with_confirmation(qtbot, page: PegawaiPage, struktur: Struktur,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    src, dst = struktur.kelurahan
    people = [r.id for r in page.model.all_rows() if r.unit_id == src.id]
    page.tabs.setCurrentWidget(page.org)  # the tree is built when its tab is shown
    page.org.select_unit(src.id)
    assert page.org.current_id() == src.id
    from asn_desktop.ui.pegawai import unit_tree

    class FakePicker:
        def __init__(self, *a: object, **k: object) -> None:
            pass

        def exec(self) -> int:
            return 1

        def unit_id(self) -> int:
            return dst.id

    monkeypatch.setattr(unit_tree, "UnitPickerDialog", FakePicker)
    asked: list[str] = []
    page.org.confirm = lambda title, text: asked.append(text) or False  # type: ignore[method-assign]
    page.org.merge_unit()
    assert asked and src.nama in asked[0] and row(page.ctx, people[0]).unit_id == src.id  # declined: unchanged
    page.org.confirm = lambda title, text: True  # type: ignore[method-assign]
    page.org.merge_unit()
    assert all(page.model.find(i).unit_id == dst.id for i in people)
    assert src.id not in page.org.items  # archived units hidden unless "Tampilkan arsip"
    page.org.chk_archived.setChecked(True)
    assert src.id in page.org.items


def test_tanpa_atasan_tab_lists_the_camat_apart(qtbot, page: PegawaiPage, struktur: Struktur) -> None:
    assert page.tanpa.table.rowCount() == 1 and page.tanpa.missing_count() == 0
    assert page.tabs.tabText(2) == "Tanpa Atasan"
    kasi = struktur.seksi[0].kepala_id
    assert kasi is not None
    page.change_status([kasi], "meninggal", date(2026, 4, 1))
    _wait_job(qtbot, lambda: page.tanpa.missing_count() > 0)
    assert page.tabs.tabText(2).startswith("Tanpa Atasan (")
    page.tanpa.table.selectAll()
    ids = page.tanpa.selected_ids()
    new_head = next(i for i in ids if i != struktur.camat_id)
    org.set_unit_head(page.ctx, struktur.seksi[0].id, new_head)
    page.atasan_follow_head(ids)
    _wait_job(qtbot, lambda: page.tanpa.missing_count() == 0)


def test_keyboard_enter_opens_the_profile_and_ctrl_s_saves(qtbot, page: PegawaiPage, struktur: Struktur) -> None:
    target = struktur.staff_of(page.ctx, struktur.seksi[0])[0]
    page.select_ids([target.id])
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(page.open_dialogs), timeout=2000)
    dlg = page.open_dialogs[-1]
    assert dlg.profil.data.id == target.id
    _line(dlg, "tempat_lahir").setText("Waingapu")
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=2000)
    qtbot.keyClick(_line(dlg, "tempat_lahir"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=2000)
    assert svc.get_profil(page.ctx, target.id).data.tempat_lahir == "Waingapu"


def test_unreadable_date_is_an_error_not_a_guess(qtbot, page: PegawaiPage, struktur: Struktur) -> None:
    target = struktur.staff_of(page.ctx, struktur.seksi[0])[0]
    dlg = page.open_profile(target.id)
    assert dlg is not None
    tmt = dlg.fields["tmt_cpns"]
    assert isinstance(tmt, DateField)
    tmt.edit.setText("31-02-2015")
    assert not dlg.save()
    assert dlg.messages["tmt_cpns"].level == "error" and "Februari" in dlg.messages["tmt_cpns"].text()
    assert dlg.tabs.currentIndex() == 1  # Kepegawaian
    tmt.edit.setText("1 Maret 2015")
    dlg.validate()
    assert dlg.messages["tmt_cpns"].level != "error" and tmt.value() == date(2015, 3, 1)


def test_empty_database_page_and_first_employee(qtbot, ctx: AppContext) -> None:
    p = PegawaiPage(ctx)
    qtbot.addWidget(p)
    p.show()
    p.activate()
    assert p.model.rowCount() == 0 and p.lbl_empty.isVisible() and "Belum ada pegawai" in p.lbl_empty.text()
    unit = org.create_unit(ctx, "Kecamatan Uji", None, "kecamatan")
    p.refresh()
    dlg = p.new_pegawai()
    assert dlg is not None
    _line(dlg, "nip").setText(NIP_BARU)
    _line(dlg, "nama").setText("Pegawai Pertama")
    unit_combo = dlg.fields["unit_id"]
    assert isinstance(unit_combo, QComboBox)
    unit_combo.setCurrentIndex(unit_combo.findData(unit.id))
    dlg.ask_incomplete = lambda missing: "save"  # type: ignore[method-assign]
    assert dlg.save()
    assert p.model.rowCount() == 1 and not p.lbl_empty.isVisible()
    assert p.model.row_at(0).atasan_id is None  # nobody above: outside the database
